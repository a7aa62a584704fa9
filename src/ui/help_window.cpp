// help_window.cpp — what the app does and its keyboard shortcuts (Help → Help, F1).
#include <algorithm>

#include <string>
#include <vector>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {
namespace {

// The help's sections of prose, in order (headings and texts are i18n keys).
struct Section { const char* heading; const char* text; };
constexpr Section kSections[] = {
    {"help.loading", "help.loading.text"}, {"help.review", "help.review.text"},
    {"help.paste", "help.paste.text"},     {"help.tables", "help.tables.text"},
    {"help.charts", "help.charts.text"},   {"help.scores", "help.scores.text"},
    {"help.keyboard", "help.keyboard.text"},
};
struct Level { Severity severity; const char* text; };
constexpr Level kLevels[] = {
    {Severity::Error, "help.audit.error"}, {Severity::Warning, "help.audit.warning"}, {Severity::Info, "help.audit.info"}};

}  // namespace

void draw_help_window(App& app) {
    if (!app.show_help) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    // Within the window at any font size: the text wraps and the window scrolls.
    const float font = ImGui::GetFontSize();
    const float width = std::min(font * 32.0f, vp->WorkSize.x - font * 2.0f);
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y * 0.85f), ImGuiCond_Appearing);
    if (ImGui::Begin(tr_id("help.title"), &app.show_help, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        app.remember_item("help.window");
        ImGui::TextWrapped("%s", tr("help.intro"));
        for (const Section& s : kSections) {
            ImGui::SeparatorText(tr(s.heading));
            ImGui::TextWrapped("%s", tr(s.text));
        }
        // The audit's levels, each in the colour the app shows it in.
        ImGui::SeparatorText(tr("help.audit"));
        for (const Level& l : kLevels) {
            ImGui::TextColored(severity_colour(l.severity), "%s", severity_label(l.severity));
            ImGui::SameLine();
            ImGui::TextWrapped("%s", tr(l.text));
        }
        // The audit's rules in words, as the audit tab names them, with their codes.
        for (const char* rule : {"parts-sum", "share-mismatch", "shares-sum", "table-identity", "year-continuity",
                                 "prose-vs-table", "duplicate-figure", "family-coverage", "family-sum"}) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", rule_title(rule).c_str());
            ImGui::Indent();
            ImGui::TextWrapped("%s", rule_explanation(rule).c_str());
            ImGui::TextDisabled("%s %s", tr("audit.code"), rule);
            ImGui::Unindent();
        }
        ImGui::SeparatorText(tr("help.exports"));
        ImGui::TextWrapped("%s", tr("help.exports.text"));
        ImGui::SeparatorText(tr("help.shortcuts"));
        struct Shortcut { const char* keys; const char* what; };
        const Shortcut shortcuts[] = {
            {"Ctrl+O", "help.key.open"},     {"Ctrl+E", "help.key.export"},   {"Ctrl+F", "help.key.find"},
            {"Esc", "help.key.escape"},      {"Ctrl+A", "help.key.select_all"}, {"Ctrl+C", "help.key.copy"},
            {"Shift+click", "help.key.range"}, {"Ctrl+click", "help.key.toggle"}, {"Alt / F10", "help.key.menu"},
            {"Tab / Shift+Tab", "help.key.panels"}, {"↑ ↓ ← →", "help.key.nav"},
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
        ImGui::SeparatorText(tr("help.access"));
        ImGui::TextWrapped("%s", tr("help.access.text"));
        ImGui::Spacing();
        if (ImGui::Button(tr_id("about.close"))) app.show_help = false;
        app.remember_item("help.close");
    }
    ImGui::End();
}

// The help's prose as a visually hidden list while the window is open (a screen reader cannot
// read the canvas); empty when it is closed.
void update_help_mirror(const App& app) {
    static bool shown = false;
    static Language lang = Language::Chinese;
    static bool first = true;
    if (!first && shown == app.show_help && lang == language()) return;
    first = false;
    shown = app.show_help;
    lang = language();
    std::vector<std::string> items;
    if (shown) {
        items.emplace_back(tr("help.intro"));
        for (const Section& s : kSections) items.push_back(std::string(tr(s.heading)) + ": " + tr(s.text));
        for (const Level& l : kLevels)
            items.push_back(std::string(tr("help.audit")) + ": " + severity_label(l.severity) + " — " + tr(l.text));
        items.push_back(std::string(tr("help.exports")) + ": " + tr("help.exports.text"));
        items.push_back(std::string(tr("help.access")) + ": " + tr("help.access.text"));
    }
    platform::set_accessible_list("help", shown ? tr("help.title") : "", items);
}

}  // namespace gongkai::ui
