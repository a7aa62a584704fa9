// errors_view.cpp — load diagnostics with their location (file:line:column or JSON pointer).
#include <cstdio>
#include <string>

#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {

namespace {

std::string location_of(const Diagnostic& d) {
    std::string loc;
    if (d.line > 0) {
        loc = std::to_string(d.line);
        if (d.column > 0) loc += ":" + std::to_string(d.column);
    }
    if (!d.pointer.empty()) loc += (loc.empty() ? "" : " ") + d.pointer;
    return loc;
}

}  // namespace

void draw_errors_panel(App& app) {
    if (app.errors.empty()) {
        ImGui::TextWrapped("%s", tr("errors.none"));
        return;
    }
    ImGui::TextDisabled(tr("errors.count"), static_cast<int>(app.errors.size()));
    ImGui::SameLine();
    if (ImGui::SmallButton(tr_id("errors.clear"))) {
        app.clear_errors();
        return;
    }
    app.remember_item("errors.clear");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##errors", 4, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr_id("col.severity"), ImGuiTableColumnFlags_WidthFixed, 4 * em);
    ImGui::TableSetupColumn(tr_id("col.file"), ImGuiTableColumnFlags_WidthFixed, 10 * em);
    ImGui::TableSetupColumn(tr_id("col.location"), ImGuiTableColumnFlags_WidthFixed, 10 * em);
    ImGui::TableSetupColumn(tr_id("col.message"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    // Newest first: the load the user just did is what they are looking for.
    for (int i = static_cast<int>(app.errors.size()) - 1; i >= 0; --i) {
        const Diagnostic& d = app.errors[i];
        ImGui::TableNextRow();
        ImGui::PushID(i);
        ImGui::TableNextColumn();
        ImGui::TextColored(severity_colour(d.severity), "%s", severity_label(d.severity));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(d.file.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(location_of(d).c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", say(d).c_str());
        if (!d.what.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s %s", tr("audit.code"), d.what.code.c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace gongkai::ui
