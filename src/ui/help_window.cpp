// help_window.cpp — what the app does and its keyboard shortcuts (Help → Help, F1).
#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {

void draw_help_window(App& app) {
    if (!app.show_help) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32, 0), ImGuiCond_Appearing);
    if (ImGui::Begin(tr_id("help.title"), &app.show_help, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        app.remember_item("help.window");
        ImGui::TextWrapped("%s", tr("help.intro"));
        ImGui::SeparatorText(tr("help.shortcuts"));
        struct Shortcut { const char* keys; const char* what; };
        const Shortcut shortcuts[] = {
            {"Ctrl+O", "help.key.open"},     {"Ctrl+E", "help.key.export"},   {"Ctrl+F", "help.key.find"},
            {"Esc", "help.key.escape"},      {"Ctrl+A", "help.key.select_all"}, {"Ctrl+C", "help.key.copy"},
            {"Shift+click", "help.key.range"}, {"Ctrl+click", "help.key.toggle"}, {"Tab / ↑ ↓ ← →", "help.key.nav"},
            {"Enter / Space", "help.key.activate"}, {"F1", "help.key.help"},
        };
        if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthFixed);
            ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch);
            for (const Shortcut& s : shortcuts) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(s.keys);
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", tr(s.what));
            }
            ImGui::EndTable();
        }
        // The audit's rules in words, as the audit tab names them, with their codes.
        ImGui::SeparatorText(tr("help.audit"));
        for (const char* rule : {"parts-sum", "share-mismatch", "shares-sum", "table-identity", "year-continuity",
                                 "duplicate-figure"}) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", rule_title(rule).c_str());
            ImGui::Indent();
            ImGui::TextWrapped("%s", rule_explanation(rule).c_str());
            ImGui::TextDisabled("%s %s", tr("audit.code"), rule);
            ImGui::Unindent();
        }
        ImGui::SeparatorText(tr("help.loading"));
        ImGui::TextWrapped("%s", tr("help.loading.text"));
        ImGui::SeparatorText(tr("help.access"));
        ImGui::TextWrapped("%s", tr("help.access.text"));
        ImGui::Spacing();
        if (ImGui::Button(tr_id("about.close"))) app.show_help = false;
        app.remember_item("help.close");
    }
    ImGui::End();
}

}  // namespace gongkai::ui
