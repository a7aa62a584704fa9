// welcome_window.cpp — the welcome on a first visit (Help → Welcome reopens it), and its
// text in the accessible mirror (<section id="a11y-welcome">).
//
// Shown once: dismissing it (its button, its close box, Esc) is remembered across visits in
// the browser's storage (platform::lasting_setting), so it never greets a returning reader.
#include <algorithm>
#include <string>
#include <vector>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/import_review.hpp"

namespace gongkai::ui {
namespace {

constexpr const char* kDismissedSetting = "welcomeDismissed";

// The welcome's paragraphs, in order: what Gongkai is, the report shown, its editor's notes.
constexpr const char* kParagraphs[] = {"welcome.what", "welcome.real", "welcome.notes"};
// The three ways to bring a report of your own.
constexpr const char* kWays[] = {"welcome.way.open", "welcome.way.drop", "welcome.way.paste"};

bool g_decided = false;     // the stored setting has been read
bool g_was_shown = false;   // the welcome was open on the last frame

void decide_first_visit(App& app) {
    if (g_decided) return;
    g_decided = true;
    if (platform::lasting_setting(kDismissedSetting).empty()) app.show_welcome = true;
}

// Closed by any route since the last frame: remember it, so the next visit starts without it.
void remember_dismissal(const App& app) {
    if (g_was_shown && !app.show_welcome) platform::set_lasting_setting(kDismissedSetting, "1");
    g_was_shown = app.show_welcome;
}

void bullet_text(const char* key) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", tr(key));
}

}  // namespace

void draw_welcome_window(App& app) {
    decide_first_visit(app);
    if (app.show_welcome) {
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        const float font = ImGui::GetFontSize();
        // Never wider than the window: at a large font on a narrow screen the text wraps instead.
        const float width = std::min(font * 34.0f, vp->WorkSize.x - font * 2.0f);
        ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
        // About as tall as its text at any font size, within the window (beyond that it scrolls).
        ImGui::SetNextWindowSize(ImVec2(width, std::min(font * 26.0f, vp->WorkSize.y * 0.9f)), ImGuiCond_Appearing);
        if (ImGui::Begin(tr_id("welcome.title"), &app.show_welcome,
                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
            app.remember_item("welcome.window");
            for (const char* key : kParagraphs) {
                ImGui::TextWrapped("%s", tr(key));
                ImGui::Spacing();
            }
            ImGui::SeparatorText(tr("welcome.ways"));
            for (const char* key : kWays) bullet_text(key);
            ImGui::Spacing();
            ImGui::TextDisabled("%s", tr("welcome.reopen"));
            ImGui::Spacing();
            if (ImGui::Button(tr_id("welcome.start"))) app.show_welcome = false;
            app.remember_item("welcome.close");
            ImGui::SameLine();
            if (ImGui::Button(tr_id("welcome.open"))) {
                app.show_welcome = false;
                app.open_files();
            }
            app.remember_item("welcome.open");
            ImGui::SameLine();
            if (ImGui::Button(tr_id("welcome.paste"))) {
                app.show_welcome = false;
                open_paste_review(app);
            }
            app.remember_item("welcome.paste");
            ImGui::SameLine();
            if (ImGui::Button(tr_id("welcome.help"))) {
                app.show_welcome = false;
                app.show_help = true;
            }
            app.remember_item("welcome.help");
        }
        ImGui::End();
    }
    remember_dismissal(app);
}

void update_welcome_mirror(const App& app) {
    static bool shown = false;
    static Language lang = Language::Chinese;
    static bool first = true;
    if (!first && shown == app.show_welcome && lang == language()) return;
    first = false;
    shown = app.show_welcome;
    lang = language();
    // Closed: an empty section, so a screen reader finds no welcome that is not on screen.
    std::vector<std::string> items;
    if (shown) {
        for (const char* key : kParagraphs) items.emplace_back(tr(key));
        const std::string ways = tr("welcome.ways");
        for (const char* key : kWays) items.push_back(ways + ": " + tr(key));
        items.emplace_back(tr("welcome.reopen"));
    }
    platform::set_accessible_list("welcome", shown ? tr("welcome.title") : "", items);
}

}  // namespace gongkai::ui
