// audit_view.cpp — the core's audit findings for the current report.
#include <cstdio>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {

ImVec4 severity_colour(Severity s) {
    switch (s) {
        case Severity::Error: return ImVec4(0.84f, 0.37f, 0.0f, 1.0f);    // Okabe–Ito vermillion
        case Severity::Warning: return ImVec4(0.90f, 0.62f, 0.0f, 1.0f);  // orange
        case Severity::Info: return ImVec4(0.34f, 0.71f, 0.91f, 1.0f);    // sky blue
    }
    return ImVec4(1, 1, 1, 1);
}

const char* severity_label(Severity s) {
    switch (s) {
        case Severity::Error: return tr("severity.error");
        case Severity::Warning: return tr("severity.warning");
        case Severity::Info: return tr("severity.info");
    }
    return "";
}

void draw_audit_panel(App& app) {
    const Report* report = app.current();
    if (!report) {
        ImGui::TextWrapped("%s", tr("status.no_reports"));
        return;
    }
    std::vector<const Finding*> mine;
    for (const Finding& f : app.findings)
        if (finding_involves(f, report->id)) mine.push_back(&f);
    if (mine.empty()) {
        ImGui::TextWrapped("%s", tr("audit.none"));
        return;
    }
    ImGui::TextDisabled(tr("audit.count"), static_cast<int>(mine.size()));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY;
    const float em = ImGui::GetFontSize();
    // Where five columns would leave the explanation a sliver (large text, a narrow window), the
    // rule and the two numbers go on the explanation's first line instead. One table per font
    // size: the fixed widths are in that size's ems, not the last one's.
    const bool compact = ImGui::GetContentRegionAvail().x < em * 34.0f;
    ImGui::PushID(static_cast<int>(em));
    if (!ImGui::BeginTable(compact ? "##audit-compact" : "##audit", compact ? 2 : 5, flags)) {
        ImGui::PopID();
        return;
    }
    keyboard_panel_target(app, Panel::Centre);   // Tab to the centre: the arrows go through the findings
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr_id("col.severity"), ImGuiTableColumnFlags_WidthFixed, 4 * em);
    if (!compact) {
        ImGui::TableSetupColumn(tr_id("col.rule"), ImGuiTableColumnFlags_WidthFixed, 10 * em);
        ImGui::TableSetupColumn(tr_id("col.stated"), ImGuiTableColumnFlags_WidthFixed, 5 * em);
        ImGui::TableSetupColumn(tr_id("col.expected"), ImGuiTableColumnFlags_WidthFixed, 5 * em);
    }
    ImGui::TableSetupColumn(tr_id("col.message"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < mine.size(); ++i) {
        const Finding& f = *mine[i];
        ImGui::TableNextRow();
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextColumn();
        // The whole row is one selectable: clicking selects the finding's figures and shows
        // their quotes in the source view; a double click opens the figures table.
        const int index = static_cast<int>(mine[i] - app.findings.data());
        if (ImGui::Selectable("##finding", app.selected_finding == index,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap |
                                  ImGuiSelectableFlags_AllowDoubleClick)) {
            app.select_finding(index);
            if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) app.pending_tab = Tab::Figures;
        }
        const std::string key = "audit.finding." + std::to_string(i);
        app.remember_item(key.c_str());
        ImGui::SameLine(0, 0);
        ImGui::TextColored(severity_colour(f.severity), "%s", severity_label(f.severity));
        // What the arithmetic gives, to a precision a reader compares with the report.
        const std::string expected = display_rounded(f.expected, 3);
        // The rule in words; its explanation and machine code on hover (the code also goes
        // into the details and every export).
        const auto rule_tooltip = [&] {
            if (!ImGui::IsItemHovered()) return;
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(24 * em);
            ImGui::TextUnformatted(rule_explanation(f.rule).c_str());
            ImGui::TextDisabled("%s %s · %s", tr("audit.code"), f.rule.c_str(), f.what.code.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        };
        if (compact) {
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s · %s %s · %s %s", rule_title(f.rule).c_str(), tr("col.stated"),
                               display_number(f.stated).c_str(), tr("col.expected"), expected.c_str());
            ImGui::PopStyleColor();
            rule_tooltip();
        } else {
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", rule_title(f.rule).c_str());
            rule_tooltip();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(display_number(f.stated).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(expected.c_str());
            ImGui::TableNextColumn();
        }
        ImGui::TextWrapped("%s", say(f).c_str());
        if (i == 0) app.remember_item("audit.message.0");   // its width: the layout tests
        // The quotes are what a reader checks the arithmetic against.
        for (const std::string& q : f.quotes) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("“%s”", q.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    ImGui::PopID();
}

}  // namespace gongkai::ui
