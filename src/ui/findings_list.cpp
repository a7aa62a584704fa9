// findings_list.cpp — the audit findings that involve one thing (a figure, a table cell), as
// the details panel lists them: severity, the message in the reader's language, and a click
// that selects every figure the finding involves.
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {

void draw_findings_list(App& app, const std::vector<int>& findings) {
    ImGui::SeparatorText(tr("panel.figure_findings"));
    if (findings.empty()) {
        ImGui::TextDisabled("%s", tr("details.no_findings"));
        return;
    }
    int shown = 0;
    for (int i : findings) {
        if (i < 0 || i >= static_cast<int>(app.findings.size())) continue;
        const Finding& x = app.findings[i];
        ImGui::PushID(i);
        ImGui::TextColored(severity_colour(x.severity), "%s", severity_label(x.severity));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        // say(): the message code rendered in the UI's language (x.message is English, for logs).
        if (ImGui::Selectable(say(x).c_str(), app.selected_finding == i)) app.select_finding(i);
        app.remember_item(("details.finding." + std::to_string(shown++)).c_str());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s\n%s %s · %s", rule_title(x.rule).c_str(), tr("audit.code"), x.rule.c_str(),
                              x.what.code.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
}

void draw_finding_lines(const App& app, const std::vector<int>& findings) {
    draw_finding_lines(app.findings, findings);
}

void draw_finding_lines(const std::vector<Finding>& all, const std::vector<int>& findings) {
    for (int i : findings) {
        if (i < 0 || i >= static_cast<int>(all.size())) continue;
        const Finding& f = all[i];
        ImGui::Separator();
        ImGui::TextColored(severity_colour(f.severity), "%s", severity_label(f.severity));
        ImGui::SameLine();
        ImGui::TextWrapped("%s", say(f).c_str());
    }
}

}  // namespace gongkai::ui
