// platform.hpp — the few services the app needs from its host (a browser today).
//
// The UI and the app wiring call only these functions; src/platform/web/ implements
// them with Emscripten and web/gongkai-glue.js, and is the only code that includes
// emscripten.h. A native implementation would fill the same interface.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace gongkai::platform {

// ---- the window and its pixels ---------------------------------------------

// Ratio of device pixels to CSS pixels (2 on most high-DPI screens).
double device_pixel_ratio();

struct CanvasSize {
    double css_width = 0, css_height = 0;  // what the page lays out, in CSS pixels
};
CanvasSize canvas_size();

// Sets the drawing buffer of the canvas (device pixels); its CSS size is left to the page.
void set_canvas_buffer_size(int width, int height);

// Runs `frame` once per display refresh until the page closes. Does not return.
void run_main_loop(std::function<void()> frame);

// Wheel deltas in "steps" (one notch of a mouse wheel = 1), positive = up / left.
// The GLFW emulation of Emscripten 3.1.6 quantises wheel deltas, so we take them from the DOM.
void set_wheel_handler(std::function<void(float dx, float dy)> handler);

// Asks for a new frame to be drawn soon (the app sleeps while nothing changes).
void request_redraw();
// True once, after request_redraw() or a browser event the app should redraw for.
bool take_redraw_request();

// Seconds since an arbitrary start, monotonic.
double now_seconds();

// ---- files ------------------------------------------------------------------

// Opens the browser's file picker. `on_file` is called once per chosen file, later,
// from the main loop's thread. `accept` is an <input accept> list, e.g. ".json,.txt".
using FileCallback = std::function<void(std::string name, std::string bytes)>;
void open_file_picker(std::string_view accept, bool multiple, FileCallback on_file);

// Offers `bytes` to the user as a download called `file_name`.
void download(std::string_view file_name, std::string_view mime_type, std::string_view bytes);

// Puts text on the clipboard (best effort: browsers may refuse without a user gesture).
void copy_to_clipboard(std::string_view text);

// ---- start-up assets -----------------------------------------------------------

// The UI font, fetched by the page next to the .wasm (a separate, cacheable file).
// Empty until it has arrived; the bytes are handed over once.
std::string take_font_bytes();
// True when the font could not be fetched at all (the app then falls back to ImGui's font).
bool font_failed();

// Tells the page that the first frame with the default report is on screen (resolves gongkai.ready).
void notify_ready();
// Tells the page a frame was drawn (gongkai.debug.nextFrame() waits on it).
void frame_drawn(std::uint64_t frame_number);

}  // namespace gongkai::platform
