// report_list_view.cpp — the loaded reports, and the details of the selected one.
#include <cstdio>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"  // RenderTextEllipsis
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {
namespace {

void detail_row(const char* key, const std::string& value) {
    if (value.empty()) return;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", tr(key));
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", value.c_str());
}

void draw_details(const Report& r) {
    ImGui::SeparatorText(tr("panel.details"));
    if (ImGui::BeginTable("##meta", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch);
        detail_row("meta.issuer", r.meta.issuer);
        std::string region = r.meta.region.name;
        if (!r.meta.region.parent.empty()) region = r.meta.region.parent + " · " + region;
        detail_row("meta.region", region);
        detail_row("meta.year", r.meta.year ? std::to_string(*r.meta.year) : std::string());
        if (!r.meta.period_from.empty() || !r.meta.period_to.empty())
            detail_row("meta.period", r.meta.period_from + " – " + r.meta.period_to);
        if (!r.meta.template_version.empty()) {
            const std::string key = "template." + r.meta.template_version;
            detail_row("meta.template", tr(key.c_str()));
        }
        ImGui::EndTable();
    }
    if (!r.meta.notes.empty()) {
        ImGui::SeparatorText(tr("meta.notes"));
        for (const Note& n : r.meta.notes) {
            const std::string kind = "note.kind." + n.kind;
            ImGui::TextDisabled("%s", tr(kind.c_str()));
            ImGui::Indent();
            // The note in the UI's language; when it exists only in the other one, that text
            // with a visible mark ("（仅有英文）"), never nothing.
            bool other = false;
            const std::string& text = note_text(n, language() == Language::Chinese, other);
            ImGui::TextWrapped("%s", text.c_str());
            if (other) ImGui::TextDisabled("%s", tr("note.other_language"));
            ImGui::Unindent();
        }
    }
}

}  // namespace

void draw_report_list(App& app) {
    ImGui::SeparatorText(tr("panel.reports"));
    if (app.reports.empty()) {
        ImGui::TextWrapped("%s", tr("status.no_reports"));
        return;
    }
    // Only the rows in view are drawn: a collection of 10,000 reports costs what 20 cost.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(app.reports.size()));
    if (app.selected >= 0) clipper.IncludeItemByIndex(app.selected);  // keyboard navigation needs it
    // While a link waits for its report, no loaded report is shown as the chosen one.
    const bool waiting = !app.waiting_for.empty();
    std::string remove_id;   // removed after the list is drawn, not while it is walked
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Report& r = app.reports[i];
            ImGui::PushID(i);
            const std::string& title = r.meta.title.empty() ? r.id : r.meta.title;
            // Two lines per report: the title, then region · year · figure count.
            const float line = ImGui::GetTextLineHeightWithSpacing();
            const ImVec2 start = ImGui::GetCursorScreenPos();
            if (ImGui::Selectable("##report", app.selected == i && !waiting, ImGuiSelectableFlags_None,
                                  ImVec2(0, line * 2 - ImGui::GetStyle().ItemSpacing.y)))
                app.select_report(i);
            const std::string key = "report." + r.id;
            app.remember_item(key.c_str());
            // Right click (or long press): remove this report; Undo brings it back.
            if (ImGui::BeginPopupContextItem("##report-menu")) {
                if (ImGui::MenuItem(tr_id("report.remove"))) remove_id = r.id;
                app.remember_item("report.menu.remove");
                ImGui::EndPopup();
            }
            if (ImGui::IsItemHovered()) ImGui::SetItemTooltip("%s (%s)", title.c_str(), r.id.c_str());
            // Long titles end in "…" (the full title is in the tooltip).
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const float right = start.x + ImGui::GetContentRegionAvail().x;
            ImGui::RenderTextEllipsis(dl, start, ImVec2(right, start.y + line), right, title.c_str(), nullptr, nullptr);
            char sub[256];
            std::snprintf(sub, sizeof sub, "%s · %s · %d %s", r.meta.region.name.c_str(),
                          r.meta.year ? std::to_string(*r.meta.year).c_str() : "—", static_cast<int>(r.figures.size()),
                          tr("status.figures"));
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::RenderTextEllipsis(dl, ImVec2(start.x, start.y + line), ImVec2(right, start.y + line * 2), right, sub,
                                      nullptr, nullptr);
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
    }
    if (!remove_id.empty()) app.unload(remove_id);
    if (waiting) return;   // the section tree and details would be another report's
    draw_section_tree(app);
    if (const Report* r = app.current()) draw_details(*r);
}

}  // namespace gongkai::ui
