// keyboard.cpp — see keyboard.hpp.
//
// Dear ImGui already moves through the items of one window with the arrows and activates them
// with Enter/Space; what it does not do for this layout: Alt toggles only a menu bar of the
// focused window (ours is the main menu bar, a window of its own), and Tab walks item by item
// through one window. So Alt/F10 put the keyboard on the main menu bar, and Tab (claimed from
// ImGui while the main layout has the keyboard) moves it from panel to panel.
#include "ui/keyboard.hpp"

#include <cstring>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"   // FocusWindow, NavInitWindow, key owners: the nav layer of another window
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {
namespace {

constexpr const char* kPanelNames[kPanels] = {"reports", "centre", "details", "source"};

ImGuiWindow* menu_bar_window() { return ImGui::FindWindowByName("##MainMenuBar"); }

// Puts the keyboard on the main menu bar's first menu (what Alt does for a window's own bar).
void enter_menu_bar() {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* bar = menu_bar_window();
    if (!bar) return;
    ImGuiWindow* from = g.NavWindow;
    ImGui::FocusWindow(bar);
    if (from && from != bar) bar->NavLastChildNavWindow = from;   // Esc comes back here
    bar->NavLastIds[ImGuiNavLayer_Menu] = 0;
    g.NavLayer = ImGuiNavLayer_Menu;
    ImGui::NavInitWindow(bar, true);
    ImGui::SetNavCursorVisibleAfterMove();
}

// The keyboard (not the mouse: its clicks hide the navigation cursor) is on the menu bar or in
// one of its menus.
bool menu_bar_has_keyboard() {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* bar = menu_bar_window();
    if (!bar || !g.NavWindow || !g.NavCursorVisible) return false;
    if (g.NavWindow == bar) return g.NavLayer == ImGuiNavLayer_Menu;
    // One of its menus: a popup whose parent chain leads to the bar.
    for (ImGuiWindow* w = g.NavWindow; w; w = w->ParentWindow)
        if (w == bar) return true;
    return false;
}

// Asks for `panel` to take the keyboard: this frame, or the next when asked at a frame's end.
void ask(KeyboardState& k, Panel panel) {
    k.request = static_cast<int>(panel);
    k.request_frame = ImGui::GetFrameCount() + (GImGui->WithinFrameScope ? 0 : 1);
}

// Gives the keyboard back to the panel it came from (or the centre) when leaving the menu bar.
void leave_menu_bar(KeyboardState& k) {
    ImGuiWindow* bar = menu_bar_window();
    ImGuiWindow* back = bar ? bar->NavLastChildNavWindow : nullptr;
    if (bar) ImGui::ClosePopupsOverWindow(bar, false);
    if (back && back != bar && back->WasActive) ImGui::FocusWindow(back);
    else ask(k, Panel::Centre);
}

// The panel whose window (or a window inside it) has the keyboard, -1 when none does.
int panel_with_keyboard(const KeyboardState& k) {
    ImGuiContext& g = *GImGui;
    for (ImGuiWindow* w = g.NavWindow; w; w = w->ParentWindow)
        for (int p = 0; p < kPanels; ++p)
            if (k.windows[p] != 0 && w->ID == k.windows[p]) return p;
    return -1;
}

// The main layout (not a dialog, a menu or the review) has the keyboard, or nothing has.
bool layout_has_keyboard() {
    ImGuiContext& g = *GImGui;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return false;
    if (!g.NavWindow) return true;
    const char* root = g.NavWindow->RootWindow ? g.NavWindow->RootWindow->Name : "";
    return std::strcmp(root, "##root") == 0 || std::strcmp(root, "##MainMenuBar") == 0;
}

}  // namespace

const char* panel_name(Panel panel) { return kPanelNames[static_cast<int>(panel)]; }

void keyboard_begin_frame(App& app) {
    KeyboardState& k = app.keyboard;
    const ImGuiIO& io = ImGui::GetIO();
    const bool typing = io.WantTextInput || !app.overlay_key.empty();
    k.focused = panel_with_keyboard(k);
    // The window the keyboard was in is gone (another tab now fills the centre): the panel's
    // current window takes it, so the arrows keep working.
    if (GImGui->NavWindow && !GImGui->NavWindow->WasActive && k.focused >= 0 && k.request < 0)
        ask(k, static_cast<Panel>(k.focused));
    const bool was_in_menu = k.menu_bar;   // as the last frame ended (ImGui may have moved since)
    // Alt is ours: ImGui's Alt toggles the menu layer of the focused window, which has none.
    const ImGuiID owner = ImGui::GetID("##keyboard");
    ImGui::SetKeyOwner(ImGuiMod_Alt, owner);
    ImGui::SetKeyOwner(ImGuiKey_LeftAlt, owner);
    ImGui::SetKeyOwner(ImGuiKey_RightAlt, owner);
    if (typing) {
        k.alt_alone = false;
        return;
    }
    // Alt pressed and released alone, or F10: to the menu bar (again: back to where it was).
    bool to_menu = ImGui::IsKeyPressed(ImGuiKey_F10, false);
    const bool alt_down = ImGui::IsKeyDown(ImGuiKey_LeftAlt) || ImGui::IsKeyDown(ImGuiKey_RightAlt);
    if (ImGui::IsKeyPressed(ImGuiKey_LeftAlt, false) || ImGui::IsKeyPressed(ImGuiKey_RightAlt, false)) k.alt_alone = true;
    else if (alt_down && (io.KeyCtrl || io.KeyShift || io.InputQueueCharacters.Size > 0)) k.alt_alone = false;
    for (ImGuiKey key = ImGuiKey_NamedKey_BEGIN; alt_down && key < ImGuiKey_NamedKey_END; key = static_cast<ImGuiKey>(key + 1))
        if (key != ImGuiKey_LeftAlt && key != ImGuiKey_RightAlt && key != ImGuiKey_ReservedForModAlt &&
            ImGui::IsKeyPressed(key, false))
            k.alt_alone = false;
    if (!alt_down && k.alt_alone) {
        k.alt_alone = false;
        to_menu = true;
    }
    if (to_menu) {
        if (was_in_menu || menu_bar_has_keyboard()) {
            leave_menu_bar(k);
        } else {
            enter_menu_bar();
        }
        model_changed();
    }
    // Tab / Shift+Tab: the next / previous panel. Claimed from ImGui (which would walk item by
    // item) while the main layout has the keyboard; dialogs keep ImGui's Tab.
    if (!layout_has_keyboard()) return;
    ImGui::SetKeyOwner(ImGuiKey_Tab, owner);
    if (ImGui::IsKeyPressed(ImGuiKey_Tab, ImGuiInputFlags_Repeat, owner) && !io.KeyCtrl && !io.KeyAlt) {
        const int step = io.KeyShift ? kPanels - 1 : 1;
        const int from = k.focused >= 0 ? k.focused : (io.KeyShift ? 0 : kPanels - 1);
        // The next panel drawn in the last frame (the chart tab shows no details panel until asked).
        const int frame = ImGui::GetFrameCount();
        for (int n = 1, p = (from + step) % kPanels; n <= kPanels; ++n, p = (p + step) % kPanels)
            if (k.drawn[p] >= frame - 1) {
                ask(k, static_cast<Panel>(p));
                break;
            }
        if (menu_bar_has_keyboard()) ImGui::ClosePopupsOverWindow(menu_bar_window(), false);
        model_changed();
    }
}

void keyboard_panel(App& app, Panel panel) {
    KeyboardState& k = app.keyboard;
    const int p = static_cast<int>(panel);
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    k.windows[p] = w->ID;
    k.drawn[p] = ImGui::GetFrameCount();
    if (k.request == p) {
        ImGui::SetWindowFocus();
        ImGui::SetNavCursorVisibleAfterMove();
        k.focused = p;
        k.applied = p;
    }
    if (k.focused == p && GImGui->NavCursorVisible && !menu_bar_has_keyboard()) {
        // The visible focus while the keyboard is in use: the panel framed in the navigation colour.
        ImDrawList* dl = ImGui::GetWindowDrawList();
        ImGui::PushClipRect(w->Rect().Min, w->Rect().Max, false);
        dl->AddRect(ImVec2(w->Pos.x + 1, w->Pos.y + 1), ImVec2(w->Pos.x + w->Size.x - 1, w->Pos.y + w->Size.y - 1),
                    ImGui::GetColorU32(ImGuiCol_NavCursor), 0, 0, 2.0f);
        ImGui::PopClipRect();
        const std::string key = std::string("panel.focus.") + kPanelNames[p];
        app.remember_rect(key.c_str(), w->Pos.x, w->Pos.y, w->Size.x, w->Size.y);
    }
}

void keyboard_panel_target(App& app, Panel panel) {
    if (app.keyboard.request == static_cast<int>(panel)) {
        ImGui::SetWindowFocus();
        ImGui::SetNavCursorVisibleAfterMove();
    }
}

void keyboard_end_frame(App& app) {
    KeyboardState& k = app.keyboard;
    ImGuiContext& g = *GImGui;
    // Done, or for a panel that was not drawn: dropped. One made below waits for the next frame.
    if (k.request >= 0 && (k.applied == k.request || k.request_frame <= ImGui::GetFrameCount())) k.request = -1;
    k.applied = -1;
    // A menu item chosen by Enter closed its menu and left the keyboard on the bar: it goes back
    // where it came from (unless the item opened a window, which has it now).
    if (k.menu_bar && g.NavActivateId != 0 && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) &&
        g.NavWindow == menu_bar_window())
        leave_menu_bar(k);
    k.menu_bar = menu_bar_has_keyboard();
}

bool keyboard_menu_owns_escape(const App& app) { return app.keyboard.menu_bar; }

}  // namespace gongkai::ui
