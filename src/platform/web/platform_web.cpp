// platform_web.cpp — the platform interface for browsers (Emscripten 3.1.6).
//
// This directory is the only code that includes emscripten.h. Browser services that
// Emscripten's own libraries lack (downloads, clipboard, file picker, the font fetch)
// are in web/gongkai-glue.js, linked with --js-library; they are declared below.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <string>
#include <utility>

#include "platform/platform.hpp"

// ---- web/gongkai-glue.js --------------------------------------------------------
extern "C" {
void gongkai_js_download(const char* name, const char* mime, const void* data, int size);
void gongkai_js_copy_to_clipboard(const char* text, int size);
void gongkai_js_open_file_picker(int request, const char* accept, int multiple);
int gongkai_js_font_status();                 // 0 pending, 1 ready, -1 failed
int gongkai_js_font_size();
void gongkai_js_font_copy(void* destination);
void gongkai_js_notify_ready();
void gongkai_js_frame_drawn(double frame);
}

namespace gongkai::platform {
namespace {

const char* const kCanvas = "#canvas";

bool g_redraw = true;
std::function<void(float, float)> g_wheel;
std::function<void()> g_frame;

struct PendingFile {
    int request;
    std::string name, bytes;
};
std::map<int, FileCallback> g_pickers;
std::deque<PendingFile> g_files;
int g_next_request = 1;

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
    // Same scaling as Dear ImGui's own Emscripten wheel handler (SDL's convention):
    // 100 pixels, 3 lines or 1/80 page make one step.
    float multiplier = 0.0f;
    if (ev->deltaMode == DOM_DELTA_PIXEL) multiplier = 1.0f / 100.0f;
    else if (ev->deltaMode == DOM_DELTA_LINE) multiplier = 1.0f / 3.0f;
    else if (ev->deltaMode == DOM_DELTA_PAGE) multiplier = 80.0f;
    if (g_wheel) g_wheel(static_cast<float>(ev->deltaX) * -multiplier, static_cast<float>(ev->deltaY) * -multiplier);
    g_redraw = true;
    return EM_TRUE;  // the page itself never scrolls
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    g_redraw = true;
    return EM_FALSE;
}

void loop_tick() {
    // Files picked since the last frame are handed over here, outside any JS callback.
    while (!g_files.empty()) {
        PendingFile f = std::move(g_files.front());
        g_files.pop_front();
        auto it = g_pickers.find(f.request);
        if (it != g_pickers.end()) it->second(std::move(f.name), std::move(f.bytes));
        g_redraw = true;
    }
    if (g_frame) g_frame();
}

}  // namespace

double device_pixel_ratio() {
    const double r = emscripten_get_device_pixel_ratio();
    return r > 0 ? r : 1.0;
}

CanvasSize canvas_size() {
    CanvasSize s;
    emscripten_get_element_css_size(kCanvas, &s.css_width, &s.css_height);
    return s;
}

void set_canvas_buffer_size(int width, int height) {
    emscripten_set_canvas_element_size(kCanvas, width, height);
}

void run_main_loop(std::function<void()> frame) {
    g_frame = std::move(frame);
    emscripten_set_wheel_callback(kCanvas, nullptr, EM_FALSE, on_wheel);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    // fps 0 = requestAnimationFrame; simulate_infinite_loop = true: main() never returns.
    emscripten_set_main_loop(loop_tick, 0, true);
}

void set_wheel_handler(std::function<void(float, float)> handler) { g_wheel = std::move(handler); }

void request_redraw() { g_redraw = true; }

bool take_redraw_request() {
    const bool r = g_redraw;
    g_redraw = false;
    return r;
}

double now_seconds() { return emscripten_get_now() / 1000.0; }

void open_file_picker(std::string_view accept, bool multiple, FileCallback on_file) {
    const int request = g_next_request++;
    g_pickers[request] = std::move(on_file);
    const std::string acc(accept);
    gongkai_js_open_file_picker(request, acc.c_str(), multiple ? 1 : 0);
}

void download(std::string_view file_name, std::string_view mime_type, std::string_view bytes) {
    const std::string name(file_name), mime(mime_type);
    gongkai_js_download(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void copy_to_clipboard(std::string_view text) {
    gongkai_js_copy_to_clipboard(text.data(), static_cast<int>(text.size()));
}

std::string take_font_bytes() {
    if (gongkai_js_font_status() != 1) return {};
    const int size = gongkai_js_font_size();
    if (size <= 0) return {};
    std::string bytes(static_cast<size_t>(size), '\0');
    gongkai_js_font_copy(bytes.data());
    return bytes;
}

bool font_failed() { return gongkai_js_font_status() < 0; }

void notify_ready() { gongkai_js_notify_ready(); }

void frame_drawn(std::uint64_t frame) { gongkai_js_frame_drawn(static_cast<double>(frame)); }

}  // namespace gongkai::platform

// Called by web/gongkai-glue.js when the user has chosen a file in the picker.
extern "C" EMSCRIPTEN_KEEPALIVE void gongkai_platform_file_picked(int request, const char* name, const char* data,
                                                                  int size) {
    gongkai::platform::g_files.push_back({request, name ? name : "", std::string(data, static_cast<size_t>(size))});
    gongkai::platform::g_redraw = true;
}
