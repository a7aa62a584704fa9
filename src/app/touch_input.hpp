// touch_input.hpp — one finger on a touch screen, turned into what Dear ImGui understands:
// a drag scrolls the list, table or chart under the finger (the content follows it), a tap
// is a click where the finger lifted. ImGui alone would see a mouse button held down and
// drag-select rows instead of scrolling.
#pragma once

#include "platform/platform.hpp"

namespace gongkai::touch {

// A finger moved less than this (CSS pixels) between landing and lifting: a tap, not a drag.
inline constexpr float kTapSlop = 10.0f;

// Feeds one touch event to ImGui's input queue (pointer position, clicks) and collects the
// drag for the next frame. Call from the platform's touch handler.
void on_touch(const platform::TouchEvent& e);

// Scrolls the window under the finger by the drag collected since the last frame. Call
// after ImGui::NewFrame() (which finds the hovered window) and before the UI is drawn.
void apply_scroll();

}  // namespace gongkai::touch
