// scores_view.cpp — the Scores tab (评分): the current report's score card and the ranking of
// every loaded report (docs/scorecard.md), with their hidden HTML mirror.
//
// Every point of a card is a row that opens its evidence where the app already shows such
// things: an audit finding in the audit tab, a figure in the figures table, a template cell in
// the tables tab; words of the text (a section's heading) are highlighted in the source panel
// while the tab stays on the card. The ranking's rows select their report.
#include "ui/scores_view.hpp"

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/template_tables_view.hpp"

namespace gongkai::ui {

namespace {

std::string points_text(const ScorePoint& p) {
    if (!p.applicable) return tr("scores.not_applicable");
    if (p.flag) return tr("scores.flag");
    return display_number(p.earned) + " / " + display_number(p.max);
}

std::string report_name(const Report& r) { return r.meta.title.empty() ? r.id : r.meta.title; }

int report_index(const App& app, const std::string& id) {
    for (int i = 0; i < static_cast<int>(app.reports.size()); ++i)
        if (app.reports[i].id == id) return i;
    return -1;
}

}  // namespace

const std::vector<Scorecard>& score_cards(const App& app) {
    if (app.scores.generation != app.generation || app.scores.cards.size() != app.reports.size()) {
        try {
            app.scores.cards = score_reports(app.reports, app.findings);
        } catch (const std::exception&) {
            app.scores.cards.clear();  // never a number without its source: no card rather than a wrong one
        }
        app.scores.generation = app.generation;
    }
    return app.scores.cards;
}

const Scorecard* current_score_card(const App& app) {
    const Report* r = app.current();
    if (!r) return nullptr;
    for (const Scorecard& c : score_cards(app))
        if (c.report_id == r->id) return &c;
    return nullptr;
}

bool open_score_evidence(App& app, const std::string& rule, std::size_t evidence) {
    const Scorecard* card = current_score_card(app);
    if (!card) return false;
    const ScorePoint* point = nullptr;
    for (const ScorePoint& p : card->points)
        if (p.rule == rule) point = &p;
    if (!point || evidence >= point->evidence.size()) return false;
    const ScoreEvidence e = point->evidence[evidence];  // a copy: selecting a report may rebuild the cards
    app.scores.point = rule;
    app.scores.point_report = card->report_id;
    app.scores.quote_begin = app.scores.quote_end = -1;
    // Last year's report (continuity): show it first.
    if (const Report* r = app.current(); r && !e.report_id.empty() && e.report_id != r->id) {
        const int other = report_index(app, e.report_id);
        if (other < 0) return false;
        app.select_report(other);
    }
    const Report* r = app.current();
    if (!r) return false;
    if (e.finding >= 0 && e.finding < static_cast<int>(app.findings.size())) {
        app.select_finding(e.finding);
        app.pending_tab = app.tab = Tab::Audit;
        return true;
    }
    if (e.location.rfind("/figures/", 0) == 0) {
        const int index = std::atoi(e.location.c_str() + 9);
        if (index >= 0 && index < static_cast<int>(r->figures.size())) {
            clear_table_focus(app);
            app.select_figures({index}, true);
            app.focus_figure(index, true);
            app.pending_tab = app.tab = Tab::Figures;
            return true;
        }
    }
    if (e.location.rfind("/tables/", 0) == 0 && r->tables) {
        // A cell, or a whole table: the table tab opens on it.
        if (e.location.find('/', 8) != std::string::npos) focus_cell(app, e.location);
        app.pending_tab = app.tab = Tab::Tables;
        return true;
    }
    if (e.start && e.end) {
        app.scores.quote_begin = *e.start;
        app.scores.quote_end = *e.end;
        app.scroll_source = true;
    }
    return true;
}

bool score_evidence_quote(const App& app, std::int64_t& begin, std::int64_t& end) {
    const Report* r = app.current();
    if (!r || app.tab != Tab::Scores || app.scores.point_report != r->id || app.scores.quote_begin < 0) return false;
    begin = app.scores.quote_begin;
    end = app.scores.quote_end;
    return true;
}

void draw_scores_panel(App& app) {
    const std::vector<Scorecard>& cards = score_cards(app);
    const Scorecard* card = current_score_card(app);
    const float em = ImGui::GetFontSize();
    if (!app.current() || !card) {
        ImGui::TextWrapped("%s", tr("status.no_reports"));
        return;
    }
    // ---- the current report's card ----
    ImGui::Text(tr("scores.total"), display_number(card->score).c_str(), display_number(card->earned).c_str(),
                display_number(card->max).c_str());
    app.remember_item("scores.total");
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(card->era == "template" ? "scores.era.template" : "scores.era.narrative"));
    ImGui::TextDisabled("%s", tr("scores.hint"));
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable;
    if (ImGui::BeginTable("##score-card", 4, flags)) {
        ImGui::TableSetupColumn(tr_id("scores.col.dimension"), ImGuiTableColumnFlags_WidthFixed, 5 * em);
        ImGui::TableSetupColumn(tr_id("scores.col.rule"), ImGuiTableColumnFlags_WidthFixed, 12 * em);
        ImGui::TableSetupColumn(tr_id("scores.col.points"), ImGuiTableColumnFlags_WidthFixed, 5 * em);
        ImGui::TableSetupColumn(tr_id("scores.col.why"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableHeadersRow();
        std::string open;
        for (const ScorePoint& p : card->points) {
            ImGui::TableNextRow();
            ImGui::PushID(p.rule.c_str());
            ImGui::TableNextColumn();
            const bool chosen = app.scores.point == p.rule && app.scores.point_report == card->report_id;
            if (ImGui::Selectable("##point", chosen, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap) &&
                !p.evidence.empty())
                open = p.rule;
            const std::string key = "scores.point." + p.rule;
            app.remember_item(key.c_str());
            if (ImGui::IsItemHovered() && !p.evidence.empty()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(28 * em);
                ImGui::TextDisabled("%s", tr("scores.col.evidence"));
                ImGui::TextUnformatted(score_evidence_text(p).c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::SameLine(0, 0);
            ImGui::TextUnformatted(score_dimension_name(p.dimension, language()).c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", score_rule_name(p.rule, language()).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(points_text(p).c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", render(p.what, language()).c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (!open.empty()) open_score_evidence(app, open);  // after the table: it may change the report
    }

    // ---- the ranking of every loaded report ----
    ImGui::Spacing();
    ImGui::SeparatorText(tr("scores.ranking"));
    if (ImGui::BeginTable("##score-ranking", 4, flags)) {
        ImGui::TableSetupColumn(tr_id("scores.col.rank"), ImGuiTableColumnFlags_WidthFixed, 3 * em);
        ImGui::TableSetupColumn(tr_id("scores.col.report"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr_id("scores.col.year"), ImGuiTableColumnFlags_WidthFixed, 4 * em);
        ImGui::TableSetupColumn(tr_id("scores.col.score"), ImGuiTableColumnFlags_WidthFixed, 5 * em);
        ImGui::TableHeadersRow();
        int pick = -1, rank = 0;
        for (std::size_t i : score_ranking(cards)) {
            if (i >= app.reports.size()) continue;
            const Report& r = app.reports[i];
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextColumn();
            char label[32];
            std::snprintf(label, sizeof label, "%d##rank", ++rank);
            if (ImGui::Selectable(label, static_cast<int>(i) == app.selected, ImGuiSelectableFlags_SpanAllColumns))
                pick = static_cast<int>(i);
            const std::string key = "scores.rank." + r.id;
            app.remember_item(key.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(report_name(r).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.meta.year ? std::to_string(*r.meta.year).c_str() : "—");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(display_number(cards[i].score).c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (pick >= 0) app.select_report(pick);
    }
}

void update_scores_mirror(App& app) {
    static std::uint64_t generation = ~0ull;
    static int report = -2;
    static Language lang = Language::Chinese;
    static bool first = true;
    if (!first && generation == app.generation && report == app.selected && lang == language()) return;
    first = false;
    generation = app.generation;
    report = app.selected;
    lang = language();

    const std::vector<Scorecard>& cards = score_cards(app);
    std::vector<std::vector<std::string>> rows;
    int rank = 0;
    for (std::size_t i : score_ranking(cards))
        if (i < app.reports.size())
            rows.push_back({std::to_string(++rank), report_name(app.reports[i]), app.reports[i].id,
                            display_number(cards[i].score)});
    platform::set_accessible_table("scores", tr("scores.ranking"),
                                   {tr("scores.col.rank"), tr("scores.col.report"), "id", tr("scores.col.score")}, rows);

    std::vector<std::string> items;
    std::string caption = tr("scores.card");
    if (const Scorecard* card = current_score_card(app)) {
        caption += " — " + report_name(*app.current()) + " · ";
        caption += std::string(tr("scores.col.score")) + " " + display_number(card->score);
        for (const ScorePoint& p : card->points) {
            std::string item = score_dimension_name(p.dimension, lang) + " · " + score_rule_name(p.rule, lang) + " · " +
                               points_text(p) + " · " + render(p.what, lang);
            if (!p.evidence.empty()) item += " · " + std::string(tr("scores.col.evidence")) + " " + score_evidence_text(p);
            items.push_back(std::move(item));
        }
    } else {
        items.push_back(tr("status.no_reports"));
    }
    platform::set_accessible_list("score-card", caption, items);
}

nlohmann::json scores_view_json(const App& app) {
    nlohmann::json out = {{"point", app.scores.point.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.scores.point)},
                          {"pointReport", app.scores.point_report},
                          {"quote", nullptr},
                          {"score", nullptr}};
    if (app.scores.quote_begin >= 0) out["quote"] = {app.scores.quote_begin, app.scores.quote_end};
    if (const Scorecard* card = current_score_card(app)) out["score"] = card->score;
    nlohmann::json ranking = nlohmann::json::array();
    const std::vector<Scorecard>& cards = score_cards(app);
    for (std::size_t i : score_ranking(cards)) ranking.push_back({{"id", cards[i].report_id}, {"score", cards[i].score}});
    out["ranking"] = std::move(ranking);
    return out;
}

}  // namespace gongkai::ui
