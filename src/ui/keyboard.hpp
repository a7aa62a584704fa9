// keyboard.hpp — the explorer by keyboard alone: Alt or F10 to the menu bar, Tab and Shift+Tab
// from panel to panel (the focused one framed), arrows, Enter and Space inside a panel (Dear
// ImGui's own navigation), Esc back out. Drawn and handled by src/ui/keyboard.cpp.
#pragma once

#include <cstdint>
#include <string>

namespace gongkai::ui {

class App;

// The panels Tab cycles through, in their order on screen.
enum class Panel { Reports, Centre, Details, Source };
inline constexpr int kPanels = 4;
const char* panel_name(Panel panel);   // "reports", "centre", "details", "source"

struct KeyboardState {
    int focused = -1;            // the panel that has the keyboard (a Panel), -1 = none
    int request = -1;            // a panel to give the keyboard to (when it is next drawn)
    int request_frame = 0;       // the frame the request is for
    int applied = -1;            // the panel that took the request this frame
    bool menu_bar = false;       // the menu bar had the keyboard as the last frame ended (Alt, F10)
    bool alt_alone = false;      // Alt is down and no other key was pressed with it
    std::string item;            // the named item (App::remember_item) the keyboard is on, if any
    std::uint32_t windows[kPanels] = {};   // each panel's window id, from the last frame
    int drawn[kPanels] = {};               // the frame each panel was last drawn (Tab skips hidden ones)
};

// Start of a frame, before any view draws: Alt/F10 and Tab/Shift+Tab.
void keyboard_begin_frame(App& app);
// Inside a panel's window, first thing: records it, gives it the keyboard when asked, frames it
// when it has the keyboard.
void keyboard_panel(App& app, Panel panel);
// Inside the window of a panel where its arrows belong (a table's scrolling rows, a chart's
// bars): the keyboard comes here rather than to the panel's outer window.
void keyboard_panel_target(App& app, Panel panel);
// End of a frame: the request is done.
void keyboard_end_frame(App& app);
// True when Esc this frame belongs to the menu bar (it leaves the menu, nothing else).
bool keyboard_menu_owns_escape(const App& app);

}  // namespace gongkai::ui
