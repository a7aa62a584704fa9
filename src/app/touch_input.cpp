// touch_input.cpp — a drag scrolls, a tap clicks (see touch_input.hpp).
#include "app/touch_input.hpp"

#include <cmath>
#include <cstddef>

#include "imgui.h"
#include "imgui_internal.h"   // ImGuiWindow: scroll limits, parent, SetScrollX/Y(window)

namespace gongkai::touch {
namespace {

struct Gesture {
    bool active = false;     // one finger is down
    bool dragging = false;   // it moved further than a tap may
    ImVec2 start, last;
};
Gesture g_gesture;
ImVec2 g_pending(0, 0);   // drag since the last frame, CSS pixels (finger movement)

// The window a drag along one axis moves: the one under the finger when it can scroll that
// way, else the child windows' parents, as ImGui routes a mouse wheel.
ImGuiWindow* scroll_target(ImGuiWindow* w, int axis) {
    while (w) {
        if (w->ScrollMax[static_cast<std::size_t>(axis)] > 0.0f && !(w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) return w;
        if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) return nullptr;
        w = w->ParentWindow;
    }
    return nullptr;
}

}  // namespace

void on_touch(const platform::TouchEvent& e) {
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 at(e.x, e.y);
    switch (e.phase) {
        case platform::TouchPhase::Start:
            if (e.fingers != 1) {   // a second finger: no tap, no scroll (pinch is the browser's)
                g_gesture = {};
                return;
            }
            g_gesture = Gesture{true, false, at, at};
            // The pointer goes where the finger is (hover shows what a tap would hit); the
            // button waits until we know whether this is a tap.
            io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
            io.AddMousePosEvent(at.x, at.y);
            return;
        case platform::TouchPhase::Move:
            if (!g_gesture.active) return;
            if (!g_gesture.dragging && std::hypot(at.x - g_gesture.start.x, at.y - g_gesture.start.y) > kTapSlop)
                g_gesture.dragging = true;   // the content moves from where the finger landed
            if (g_gesture.dragging) {
                g_pending.x += at.x - g_gesture.last.x;
                g_pending.y += at.y - g_gesture.last.y;
                g_gesture.last = at;
            }
            return;
        case platform::TouchPhase::End:
            if (g_gesture.active && !g_gesture.dragging) {
                // A tap: press and release where it landed. ImGui's queue gives each its own
                // frame, so the item is hovered before the press, as with a mouse.
                io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
                io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
                io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
            }
            g_gesture = {};
            return;
        case platform::TouchPhase::Cancel:
            g_gesture = {};
            return;
    }
}

void apply_scroll() {
    if (g_pending.x == 0.0f && g_pending.y == 0.0f) return;
    ImGuiWindow* hovered = GImGui->HoveredWindow;
    if (g_pending.y != 0.0f)
        if (ImGuiWindow* w = scroll_target(hovered, ImGuiAxis_Y)) ImGui::SetScrollY(w, w->Scroll.y - g_pending.y);
    if (g_pending.x != 0.0f)
        if (ImGuiWindow* w = scroll_target(hovered, ImGuiAxis_X)) ImGui::SetScrollX(w, w->Scroll.x - g_pending.x);
    g_pending = ImVec2(0, 0);
}

}  // namespace gongkai::touch
