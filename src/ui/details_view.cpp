// details_view.cpp — every field of the focused figure, its quote and its audit findings.
#include <string>

#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {
namespace {

void row(const char* key, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", tr(key));
    ImGui::TableNextColumn();
    if (value.empty())
        ImGui::TextDisabled("—");
    else
        ImGui::TextWrapped("%s", value.c_str());
}

// A figure as a reader names it: its category, else its topic or area; never its id.
std::string reader_label(const Figure& f) {
    if (!f.category.empty()) return f.category;
    if (!f.topic.empty()) return f.topic;
    if (!f.area.empty()) return f.area;
    return tr("figures.not_stated");
}

// A word the report format spells as a code (a measure, a breakdown) in the reader's language;
// "" when there is no such word (the code itself is not for readers).
std::string coded_word(const char* prefix, const std::string& code) {
    if (code.empty()) return {};
    const std::string key = prefix + code;
    const char* t = tr(key.c_str());
    return key == t ? std::string() : std::string(t);
}

const char* qualifier_text(const std::string& q) {
    if (q == "over") return tr("qualifier.over");
    if (q == "under") return tr("qualifier.under");
    if (q == "about") return tr("qualifier.about");
    return "";
}

}  // namespace

void draw_details_panel(App& app) {
    if (app.tab == Tab::Tables && draw_table_focus_details(app)) return;  // a cell or a key figure
    ImGui::SeparatorText(tr("panel.figure"));
    const Report* report = app.current();
    if (!report) return;
    if (app.focused_figure < 0 || app.focused_figure >= static_cast<int>(report->figures.size())) {
        ImGui::TextWrapped("%s", tr("details.none"));
        return;
    }
    const Figure& f = report->figures[app.focused_figure];
    if (ImGui::BeginTable("##figure", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch);
        std::string value = display_number(f.value) + " " + f.unit;
        if (!f.qualifier.empty()) value = std::string(qualifier_text(f.qualifier)) + " " + value;
        row("col.value", value);
        row("col.area", f.area);
        row("col.topic", f.topic);
        row("col.department", f.department);
        row("col.category", f.category);
        if (const std::string m = coded_word("measure.", f.measure); !m.empty()) row("field.measure", m);
        if (!f.parent.empty())
            if (const Figure* p = report->find_figure(f.parent))
                row("field.parent", reader_label(*p) + " (" + display_number(p->value) + p->unit + ")");
        if (const std::string b = coded_word("chart.breakdown.", f.breakdown); !b.empty()) row("field.breakdown", b);
        if (!f.share_of.empty())
            if (const Figure* w = report->find_figure(f.share_of))
                row("field.share_of", reader_label(*w) + " (" + display_number(w->value) + w->unit + ")");
        if (f.unsure) row("field.unsure", tr("field.unsure.yes"));
        ImGui::EndTable();
    }
    if (f.quote && !f.quote->text.empty()) {
        ImGui::SeparatorText(tr("col.quote"));
        ImGui::TextWrapped("“%s”", f.quote->text.c_str());
    }
    if (!f.notes.empty()) {
        ImGui::SeparatorText(tr("figures.notes"));
        for (const std::string& n : f.notes) ImGui::BulletText("%s", render_figure_note(n, language()).c_str());
    }
    // The audit findings that involve this figure; clicking one selects all its figures.
    std::vector<int> mine;
    for (int i : app.current_findings())
        for (const std::string& id : app.findings[i].figure_ids)
            if (id == f.id) {
                mine.push_back(i);
                break;
            }
    draw_findings_list(app, mine);
}

}  // namespace gongkai::ui
