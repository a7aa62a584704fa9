// app.cpp — App operations (load, export) and the fixed layout that hosts the views.
#include "ui/app.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <unordered_map>

#include "core/aggregate.hpp"
#include "core/chart_key_figures.hpp"
#include "core/export.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "imgui.h"
#include "imgui_internal.h"   // ImGuiWindow::Hidden (remember_rect)
#include "platform/platform.hpp"
#include "ui/chart_view.hpp"
#include "ui/i18n.hpp"
#include "ui/import_review.hpp"

namespace gongkai::ui {

const char* tab_name(Tab tab) {
    switch (tab) {
        case Tab::Figures: return "figures";
        case Tab::Tables: return "tables";
        case Tab::Chart: return "chart";
        case Tab::Audit: return "audit";
        case Tab::Errors: return "errors";
        case Tab::Scores: return "scores";
    }
    return "figures";
}

std::optional<Tab> parse_tab(std::string_view name) {
    for (Tab t : {Tab::Figures, Tab::Tables, Tab::Chart, Tab::Audit, Tab::Errors, Tab::Scores})
        if (name == tab_name(t)) return t;
    return std::nullopt;
}

std::string format_number(double value) {
    char buf[64];
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.1e15)
        std::snprintf(buf, sizeof buf, "%.0f", value);
    else
        std::snprintf(buf, sizeof buf, "%.10g", value);
    return buf;
}

std::string format_rounded(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

// ---------------------------------------------------------------------------
// [SECTION] Operations
// ---------------------------------------------------------------------------

LoadOutcome App::load(std::string_view file_name, std::string_view bytes) {
    return take_loaded(file_name, [&] { return load_json(bytes, file_name); });
}

LoadOutcome App::load(std::string_view file_name, ByteSource& source) {
    return take_loaded(file_name, [&] { return load_json(source, file_name); });
}

LoadOutcome App::take_loaded(std::string_view file_name, const std::function<LoadResult()>& run_loader) {
    LoadOutcome out;
    LoadResult result;
    try {
        result = run_loader();
    } catch (const std::exception& e) {
        // The core reports problems as diagnostics; anything thrown is a bug we still survive.
        result.diagnostics.push_back(make_diagnostic(Severity::Error, std::string(file_name), 0, 0, "",
                                                     std::move(Message("app.internal_error.loading").text("what", e.what()))));
        result.reports.clear();
    }
    out.diagnostics = result.diagnostics;
    out.ok = result.ok();
    errors.insert(errors.end(), result.diagnostics.begin(), result.diagnostics.end());
    ++generation;   // before add_reports, which restores a selection keyed on the generation
    add_reports(std::move(result.reports), file_name, out);
    // Show the user what went wrong, where. `tab` too, as setView does: the page API's state
    // says so at once, not only after the next frame has switched tabs.
    if (!out.ok) pending_tab = tab = Tab::Errors;
    platform::request_redraw();
    return out;
}

void App::add_reports(std::vector<Report>&& loaded, std::string_view file_name, LoadOutcome& out) {
    if (loaded.empty()) return;
    leave_report();   // the view of the report shown until now is kept for coming back
    int first_new = -1, linked = -1;
    // A report with a loaded id replaces it. One map, not a search per report: collections
    // bring thousands at once.
    std::unordered_map<std::string, int> index_of;
    index_of.reserve(reports.size() + loaded.size());
    for (int i = 0; i < static_cast<int>(reports.size()); ++i) index_of.emplace(reports[i].id, i);
    reports.reserve(reports.size() + loaded.size());
    for (Report& r : loaded) {
        out.report_ids.push_back(r.id);
        auto [it, added] = index_of.emplace(r.id, static_cast<int>(reports.size()));
        if (!waiting_for.empty() && r.id == waiting_for) linked = it->second;
        if (added) reports.push_back(std::move(r));
        else reports[static_cast<std::size_t>(it->second)] = std::move(r);
        if (first_new < 0) first_new = it->second;
    }
    try {
        findings = audit(reports);
    } catch (const std::exception& e) {
        findings.clear();
        errors.push_back(make_diagnostic(Severity::Error, std::string(file_name), 0, 0, "",
                                         std::move(Message("app.internal_error.audit").text("what", e.what()))));
    }
    // The report a link is waiting for has come: show it (the link's view follows, session.cpp).
    selected = linked >= 0 ? linked : first_new;
    if (linked >= 0) waiting_for.clear(), waiting_title.clear();
    ++generation;
    arrive_at_report();   // its own view, or the defaults: never the previous report's filter
}

const FigureColumns& App::columns() const {
    if (columns_generation_ != generation) {
        // Each report's overall totals stay out of the bars (shown as KPIs), as in one report's chart.
        std::vector<std::vector<std::string>> apart;
        apart.reserve(reports.size());
        for (const Report& r : reports) apart.push_back(chart_totals_apart(r));
        columns_ = FigureColumns(reports, apart);
        columns_generation_ = generation;
    }
    return columns_;
}

// The figures CSV's header: machine names when chosen, else the words of the export language.
CsvHeader App::csv_header() const {
    if (export_machine_header) return CsvHeader::Machine;
    return export_lang() == Language::Chinese ? CsvHeader::Chinese : CsvHeader::English;
}

std::optional<ExportFile> App::export_file(std::string_view format) const {
    if (format == "svg" || format == "png" || format == "chart_csv") return chart_export(*this, format);  // the current chart
    const Report* report = current();
    if (!report) return std::nullopt;
    ExportFile f;
    try {
        if (format == "csv") {
            f.bytes = figures_csv({*report}, {}, csv_header());
            f.mime_type = "text/csv;charset=utf-8";
            f.file_name = export_file_name(report, "figures", "csv");
        } else if (format == "json") {
            f.bytes = save_report_json(*report);
            f.mime_type = "application/json";
            f.file_name = export_file_name(report, "report", "json");
        } else if (format == "collection") {
            f.bytes = save_collection_json(reports);
            f.mime_type = "application/json";
            f.file_name = export_file_name(nullptr, "collection", "json");
        } else if (format == "csv_view") {
            // The figures table as filtered now; the name says which view.
            const std::vector<Report> one{*report};
            f.bytes = figures_csv(one, core_filter(filter), csv_header());
            f.mime_type = "text/csv;charset=utf-8";
            std::string view = "figures";
            for (const std::string* part : {&filter.area, &filter.topic, &filter.department, &filter.category,
                                            &filter.unit, &filter.search})
                if (!part->empty()) view += "-" + *part;
            if (filter.empty()) view += "-all";
            f.file_name = export_file_name(report, view, "csv");
        } else if (format == "html") {
            std::vector<Finding> own;
            for (const Finding& x : findings)
                if (finding_involves(x, report->id)) own.push_back(x);
            f.bytes = summary_html(*report, own, export_lang());
            f.mime_type = "text/html;charset=utf-8";
            f.file_name = export_file_name(report, "summary", "html");
        } else if (format == "md") {
            std::vector<Finding> own;
            for (const Finding& x : findings)
                if (finding_involves(x, report->id)) own.push_back(x);
            f.bytes = summary_markdown(*report, own, export_lang());
            f.mime_type = "text/markdown;charset=utf-8";
            f.file_name = export_file_name(report, "summary", "md");
        } else if (format == "scores_csv" || format == "scores_json") {
            // Every loaded report's card: a ranking is only meaningful across them.
            const std::vector<Scorecard> cards = score_reports(reports, findings);
            const bool csv = format == "scores_csv";
            f.bytes = csv ? scorecards_csv(reports, cards, export_lang()) : scorecards_json(reports, cards, export_lang());
            f.mime_type = csv ? "text/csv;charset=utf-8" : "application/json";
            f.file_name = export_file_name(nullptr, "scores", csv ? "csv" : "json");
        } else {
            return std::nullopt;
        }
    } catch (const std::exception&) {
        return std::nullopt;
    }
    return f;
}

bool App::download(std::string_view format) const {
    if (format == "svg" || format == "png" || format == "chart_csv") return chart_download(*this, format);  // PNG: drawn by the browser
    auto f = export_file(format);
    if (!f) return false;
    platform::download(f->file_name, f->mime_type, f->bytes);
    return true;
}

void App::select_report(int index) {
    if (index < 0 || index >= static_cast<int>(reports.size())) return;
    waiting_for.clear();   // the user picked a report: no longer waiting for a linked one
    waiting_title.clear();
    if (index == selected) return;
    leave_report();
    selected = index;  // the table keeps its sort: the sort arrow stays true
    ++generation;
    arrive_at_report();   // this report's filters, selection and drill-down, as it was left
    platform::request_redraw();
}

void App::clear_errors() {
    errors.clear();
    ++generation;
    platform::request_redraw();
}

void App::remember_item(const char* key) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    remember_rect(key, a.x, a.y, b.x - a.x, b.y - a.y);
    // The item the keyboard is on (state().view.keyboard.item): where the arrows have got to.
    if (const ImGuiID id = ImGui::GetItemID(); id != 0 && id == ImGui::GetFocusID()) keyboard.item = key;
}

void App::remember_rect(const char* key, float x, float y, float w, float h) {
    if (const ImGuiWindow* window = ImGui::GetCurrentWindowRead(); window != nullptr && window->Hidden) return;
    rects_[key] = ItemRect{x, y, w, h};
}

// ---------------------------------------------------------------------------
// [SECTION] Layout: menu bar on top, report list on the left, tabs in the centre
// ---------------------------------------------------------------------------

void App::draw() {
    rects_.clear();
    keyboard.item.clear();
    load_from_url();  // once: installs the file handler, fetches ?report= URLs
    // Files received earlier were shown in the progress window for a frame: parse them now.
    if (!pending_loads.empty() && pending_loads.front().frames_shown > 0) {
        PendingLoad next = std::move(pending_loads.front());
        pending_loads.erase(pending_loads.begin());
        load_any(next.name, *next.bytes);
        platform::request_redraw();
    }
    handle_shortcuts(*this);
    draw_main_menu(*this);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    on_phone = phone_layout(vp->WorkSize.x);
    if (on_phone)
        draw_phone_layout(*this);
    else
        draw_desktop_layout();

    draw_about_window(*this);
    // Asked here, not only inside: a closed window's code is not loaded with the first view.
    if (show_help) draw_help_window(*this);
    draw_welcome_window(*this);
    draw_export_window(*this);
    draw_text_view_window(*this);
    draw_loading_window(*this);
    draw_import_review(*this);   // over the layout while a text import is being reviewed
    if (duplicate) draw_duplicate_question(*this);   // the same report imported again: replace or keep both?
    draw_undo_toast(*this);

    if (!toast.empty() && platform::now_seconds() < toast_until) {
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 16, vp->WorkPos.y + vp->WorkSize.y - 16),
                                ImGuiCond_Always, ImVec2(1, 1));
        ImGui::SetNextWindowBgAlpha(0.9f);
        ImGui::Begin("##toast", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                         ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                         ImGuiWindowFlags_NoInputs);
        ImGui::TextUnformatted(toast.c_str());
        ImGui::End();
    }

    finish_text_fields(*this);
    update_accessible_mirror(*this);
    update_welcome_mirror(*this);
    update_help_mirror(*this);
    update_chart_mirror(*this);  // the current chart as an HTML table
    // The template tables' and the scores' mirrors are the deferred code's (platform::all_code_loaded):
    // asked here, so the first view does not load them.
    if (platform::all_code_loaded()) {
        update_tables_mirror(*this);  // the template tables and key figures as HTML tables
        update_scores_mirror(*this);  // the ranking and the current score card
    }
    shortcuts_end_frame();
    keyboard_end_frame(*this);
    last_rects_.swap(rects_);
}

void App::draw_tabs(int bar_flags) {
    if (ImGui::BeginTabBar("##tabs", bar_flags)) {
        struct TabDef { Tab tab; const char* key; void (*draw)(App&); };
        const TabDef tabs[] = {
            {Tab::Figures, "tab.figures", draw_figures_table},
            {Tab::Tables, "tab.tables", draw_template_tables},
            {Tab::Chart, "tab.chart", draw_area_chart},
            {Tab::Audit, "tab.audit", draw_audit_panel},
            {Tab::Errors, "tab.errors", draw_errors_panel},
            {Tab::Scores, "tab.scores", draw_scores_panel},
        };
        const std::optional<Tab> forced = pending_tab;
        pending_tab.reset();
        for (const TabDef& t : tabs) {
            // The errors tab shows how many diagnostics there are.
            char label[128];
            if (t.tab == Tab::Errors && !errors.empty())
                std::snprintf(label, sizeof label, "%s (%d)###%s", tr(t.key), static_cast<int>(errors.size()), t.key);
            else if (t.tab == Tab::Audit && current())
                std::snprintf(label, sizeof label, "%s (%d)###%s", tr(t.key),
                              static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                  [&](const Finding& f) { return finding_involves(f, current()->id); })), t.key);
            else
                std::snprintf(label, sizeof label, "%s###%s", tr(t.key), t.key);
            const ImGuiTabItemFlags flags = (forced && *forced == t.tab) ? ImGuiTabItemFlags_SetSelected : 0;
            const bool open = ImGui::BeginTabItem(label, nullptr, flags);
            remember_item(t.key);
            if (open) {
                // A forced tab opens on the next frame (ImGui applies SetSelected then); until it
                // does, the old tab is still open here: keep `tab` on the forced one, so the state
                // (and the URL hash, src/app/session.cpp) never flickers back.
                tab = forced ? *forced : t.tab;
                ImGui::BeginChild("##tab-body", ImVec2(0, 0));
                keyboard_panel(*this, Panel::Centre);
                t.draw(*this);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
}

void App::draw_desktop_layout() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##root", nullptr, root_flags);
    ImGui::PopStyleVar();

    // Left column: reports and the section tree; right column: details and source text.
    // Fixed shares of the width within sensible bounds. When three columns do not fit (a narrow
    // window, large text) details and source move under the centre, side by side: they never
    // vanish, and nothing shrinks to a sliver.
    const float font = ImGui::GetFontSize();
    const bool stacked = vp->WorkSize.x <= font * 48.0f;
    const float left_w = std::clamp(vp->WorkSize.x * 0.2f, font * (stacked ? 9.0f : 11.0f), font * 18.0f);
    // The chart tab has its own place for what a bar holds: details and source join it only once a
    // figure is shown (a chart's "show in text"), never as an empty third of the tab.
    const bool chart_alone = tab == Tab::Chart && focused_figure < 0;
    const bool show_right = !stacked && !chart_alone;
    const float right_w = show_right ? std::clamp(vp->WorkSize.x * 0.27f, font * 14.0f, font * 28.0f) : 0.0f;
    ImGui::BeginChild("##left", ImVec2(left_w, 0), ImGuiChildFlags_Borders);
    keyboard_panel(*this, Panel::Reports);
    draw_report_list(*this);   // the section tree and the report's details below the list
    ImGui::EndChild();
    ImGui::SameLine();

    // A link to a report that is not loaded: say so, and show no other report in its place.
    const bool waiting = !waiting_for.empty();
    const float centre_w = show_right && !waiting ? -(right_w + ImGui::GetStyle().ItemSpacing.x) : 0.0f;
    // Stacked: the centre ends where the details and source strip begins.
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float strip_h = stacked && !waiting && !chart_alone ? std::max(avail_h * 0.34f, font * 7.0f) : 0.0f;
    const float centre_h = strip_h > 0 ? -(strip_h + ImGui::GetStyle().ItemSpacing.y) : 0.0f;
    if (stacked) ImGui::BeginGroup();
    ImGui::BeginChild("##centre", ImVec2(centre_w, centre_h), ImGuiChildFlags_None);
    if (waiting) draw_waiting_banner(*this);
    else draw_key_figure_cards(*this);  // the report's headline numbers, over every tab
    if (!waiting) draw_tabs(0);
    ImGui::EndChild();
    if (show_right && !waiting) {
        ImGui::SameLine();
        ImGui::BeginChild("##right", ImVec2(0, 0), ImGuiChildFlags_None);
        const float details_h = ImGui::GetContentRegionAvail().y * 0.42f;
        ImGui::BeginChild("##details", ImVec2(0, details_h), ImGuiChildFlags_Borders);
        keyboard_panel(*this, Panel::Details);
        draw_details_panel(*this);
        ImGui::EndChild();
        remember_item("panel.details");
        ImGui::BeginChild("##source", ImVec2(0, 0), ImGuiChildFlags_Borders);
        keyboard_panel(*this, Panel::Source);
        draw_source_view(*this);
        ImGui::EndChild();
        remember_item("panel.source");
        ImGui::EndChild();
    } else if (stacked && !waiting && !chart_alone) {
        ImGui::BeginChild("##right", ImVec2(0, 0), ImGuiChildFlags_None);
        const float details_w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.45f;
        ImGui::BeginChild("##details", ImVec2(details_w, 0), ImGuiChildFlags_Borders);
        keyboard_panel(*this, Panel::Details);
        draw_details_panel(*this);
        ImGui::EndChild();
        remember_item("panel.details");
        ImGui::SameLine();
        ImGui::BeginChild("##source", ImVec2(0, 0), ImGuiChildFlags_Borders);
        keyboard_panel(*this, Panel::Source);
        draw_source_view(*this);
        ImGui::EndChild();
        remember_item("panel.source");
        ImGui::EndChild();
    }
    if (stacked) ImGui::EndGroup();
    ImGui::End();

}

}  // namespace gongkai::ui
