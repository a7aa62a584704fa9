// main_web.cpp — the one place that wires GLFW, WebGL, Dear ImGui, the platform and the UI.
//
// [SECTION] Input: GLFW callbacks in CSS pixels
// [SECTION] Fonts
// [SECTION] Frame
// [SECTION] main
//
// Coordinates: ImGui works in CSS pixels (io.DisplaySize) and draws into a canvas whose
// drawing buffer has devicePixelRatio times as many pixels (io.DisplayFramebufferScale).
// ImGui 1.92 rasterises glyphs at that density, so text is crisp on high-DPI screens.
// Emscripten 3.1.6's GLFW knows nothing of devicePixelRatio: it reports the mouse in
// drawing-buffer pixels, so the callbacks below divide by the scale we set.
#include <GLFW/glfw3.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "app/app_instance.hpp"
#include "app/session.hpp"
#include "app/touch_input.hpp"
#include "backends/browser_font.hpp"
#include "backends/webgl_renderer.hpp"
#include "core/file_bytes.hpp"
#include "core/import_encoding.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "platform/browser_glyphs.hpp"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai {
namespace {

ui::App g_app;
GLFWwindow* g_window = nullptr;
bool g_fonts_ready = false;
bool g_ready = false;
std::uint64_t g_frames = 0;
double g_busy_until = 0;       // keep drawing until then (hover delays, window settling)
int g_buffer_w = 0, g_buffer_h = 0;
float g_scale_x = 1, g_scale_y = 1;  // drawing-buffer pixels per CSS pixel

// Where the mouse is, in CSS pixels; -FLT_MAX when it is outside the canvas.
bool g_mouse_inside = false;
ImVec2 g_mouse(-FLT_MAX, -FLT_MAX);

constexpr float kFontSize = 16.0f;   // CSS pixels: Chinese needs more than ImGui's 13
constexpr const char* kBundledReportsDir = "/reports";   // --embed-file target
constexpr const char* kDefaultReportId = "fuxin-2017";

// ---------------------------------------------------------------------------
// [SECTION] Input: GLFW callbacks in CSS pixels
// ---------------------------------------------------------------------------

void busy() { platform::request_redraw(); }

void on_cursor_pos(GLFWwindow* w, double x, double y) {
    ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_Mouse);   // after a touch, a mouse again
    g_mouse = ImVec2(static_cast<float>(x) / g_scale_x, static_cast<float>(y) / g_scale_y);
    g_mouse_inside = true;
    ImGui_ImplGlfw_CursorPosCallback(w, g_mouse.x, g_mouse.y);
    busy();
}
void on_cursor_enter(GLFWwindow* w, int entered) {
    g_mouse_inside = entered != 0;
    ImGui_ImplGlfw_CursorEnterCallback(w, entered);
    busy();
}
void on_mouse_button(GLFWwindow* w, int button, int action, int mods) {
    ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
    busy();
}
void on_key(GLFWwindow* w, int key, int scancode, int action, int mods) {
    ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
    busy();
}
void on_char(GLFWwindow* w, unsigned int c) {
    ImGui_ImplGlfw_CharCallback(w, c);
    busy();
}
void on_focus(GLFWwindow* w, int focused) {
    ImGui_ImplGlfw_WindowFocusCallback(w, focused);
    busy();
}

void install_input_callbacks(GLFWwindow* w) {
    // Replaces the callbacks ImGui_ImplGlfw installed, and forwards to them.
    glfwSetCursorPosCallback(w, on_cursor_pos);
    glfwSetCursorEnterCallback(w, on_cursor_enter);
    glfwSetMouseButtonCallback(w, on_mouse_button);
    glfwSetKeyCallback(w, on_key);
    glfwSetCharCallback(w, on_char);
    glfwSetWindowFocusCallback(w, on_focus);
    platform::set_wheel_handler([](float dx, float dy) { ImGui::GetIO().AddMouseWheelEvent(dx, dy); });
    // A finger: the pointer stays where it last touched (as a phone's browser keeps hover).
    platform::set_touch_handler([](const platform::TouchEvent& e) {
        if (e.phase == platform::TouchPhase::Start && e.fingers == 1) {
            g_mouse = ImVec2(e.x, e.y);
            g_mouse_inside = true;
        }
        touch::on_touch(e);
        busy();
    });
}

// ---------------------------------------------------------------------------
// [SECTION] Fonts
// ---------------------------------------------------------------------------

// The browser's own Chinese font (src/backends/browser_font.cpp), else the font file, which
// arrives from the page. Until one is there nothing is drawn: a frame in ImGui's built-in
// font would show boxes for every Chinese character.
bool try_install_font() {
    ImGuiIO& io = ImGui::GetIO();
    // First choice: the browser draws the glyphs with the system's Chinese fonts (nothing to
    // download). Only a browser without any asks for the font file.
    static bool file_requested = false;
    if (!file_requested) {
        if (ImFont* font = add_browser_font(io.Fonts, kFontSize)) {
            io.FontDefault = font;
            return true;
        }
        platform::request_font_file();
        file_requested = true;
    }
    std::string bytes = platform::take_font_bytes();
    if (!bytes.empty()) {
        // The atlas takes ownership and frees with ImGui's allocator.
        void* data = IM_ALLOC(bytes.size());
        std::copy(bytes.begin(), bytes.end(), static_cast<char*>(data));
        ImFontConfig cfg;
        std::snprintf(cfg.Name, sizeof cfg.Name, "WenQuanYi Micro Hei (subset)");
        // No glyph ranges: with ImGui 1.92's dynamic atlas, glyphs are rasterised on first use.
        ImFont* font = io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), kFontSize, &cfg);
        if (font) {
            io.FontDefault = font;
            return true;
        }
        std::fprintf(stderr, "gongkai: the UI font could not be read; falling back to ImGui's font\n");
    } else if (!platform::font_failed()) {
        return false;  // still downloading
    }
    io.Fonts->AddFontDefault();
    return true;
}

// ---------------------------------------------------------------------------
// [SECTION] Frame
// ---------------------------------------------------------------------------

// Where files reach the app from outside (picker, drop, ?report= URLs): wired here, with the
// first frame drawn, never by a view. (The importer's GBK table is wired in main.)
void wire_sources() {
    platform::set_incoming_file_handler([](platform::IncomingFile f) {
        g_app.receive_file(std::move(f.name), std::move(f.bytes), f.error);
    });
    for (const std::string& url : platform::url_query_values("report")) platform::fetch_file(url);
}

// The drawing buffer the canvas needs: its CSS size times devicePixelRatio.
struct BufferSize {
    double css_w, css_h;
    int w, h;
};
BufferSize wanted_buffer_size() {
    const platform::CanvasSize css = platform::canvas_size();
    const double dpr = platform::device_pixel_ratio();
    const double cw = std::max(1.0, css.css_width), ch = std::max(1.0, css.css_height);
    return {cw, ch, std::max(1, static_cast<int>(std::lround(cw * dpr))), std::max(1, static_cast<int>(std::lround(ch * dpr)))};
}

void resize_canvas() {
    const BufferSize size = wanted_buffer_size();
    if (size.w != g_buffer_w || size.h != g_buffer_h) {
        platform::set_canvas_buffer_size(size.w, size.h);
        g_buffer_w = size.w;
        g_buffer_h = size.h;
        platform::request_redraw();
    }
    g_scale_x = static_cast<float>(size.w / size.css_w);
    g_scale_y = static_cast<float>(size.h / size.css_h);
}

void frame() {
    if (!g_fonts_ready) {
        g_fonts_ready = try_install_font();
        if (!g_fonts_ready) return;
        platform::request_redraw();
    }
    resize_canvas();

    // Sleep while nothing changes (a laptop's fan stays quiet); after any event keep
    // drawing a little longer so hover delays and auto-sized windows settle.
    const double now = platform::now_seconds();
    ImGuiIO& io = ImGui::GetIO();
    // Two sources, both taken every frame: the host's events and the model's changes.
    const bool host_event = platform::take_redraw_request();
    const bool model_event = ui::take_model_changed();
    if (host_event || model_event) g_busy_until = std::max(g_busy_until, now + 0.75);
    if (now >= g_busy_until && g_frames >= 3 && !io.WantTextInput) {
        webgl::check_shaders_once();   // a wait for the GPU, harmless now
        return;
    }

    // Stored reports and the URL hash (src/app/session.cpp), applied before the UI is drawn.
    session::frame(g_app);

    ImGui_ImplGlfw_NewFrame();
    // GLFW's idea of the window size is stale (we size the canvas ourselves): override.
    io.DisplaySize = ImVec2(static_cast<float>(g_buffer_w) / g_scale_x, static_cast<float>(g_buffer_h) / g_scale_y);
    io.DisplayFramebufferScale = ImVec2(g_scale_x, g_scale_y);
    // ImGui_ImplGlfw may have polled GLFW's cursor in buffer pixels; restate it in CSS pixels.
    if (g_mouse_inside)
        io.AddMousePosEvent(g_mouse.x, g_mouse.y);
    else
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);

    // Once, with the first frame drawn (as the font is ready): files from the host and the
    // ?report= URLs start arriving only when the app can show them.
    static bool wired = false;
    if (!wired) {
        wired = true;
        wire_sources();
    }
    g_app.before_frame();   // font size and theme (View menu) apply from this frame on
    ImGui::NewFrame();
    touch::apply_scroll();   // a finger's drag scrolls what is under it
    g_app.draw();
    ImGui::Render();
    draw_pending_glyphs(io.Fonts);   // the glyphs first used in this frame, drawn at once

    glViewport(0, 0, g_buffer_w, g_buffer_h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    webgl::render(*ImGui::GetDrawData());

    ++g_frames;
    platform::frame_drawn(g_frames);
    // Two frames: the first lays out auto-sized items, the second shows them settled.
    // Ready also waits for the stored reports and the URL's view (session::settled).
    if (!g_ready && g_frames >= 2 && session::settled()) {
        g_ready = true;
        platform::notify_ready();
    }
}

// Loads every report embedded in the module; selects the default one.
void load_bundled_reports() {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(kBundledReportsDir, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& p : files) {
        if (auto bytes = gongkai::read_file_bytes(p.string())) g_app.load(p.filename().string(), *bytes);
    }
    for (int i = 0; i < static_cast<int>(g_app.reports.size()); ++i)
        if (g_app.reports[i].id == kDefaultReportId) g_app.select_report(i);
    g_app.tab = ui::Tab::Figures;
    g_app.pending_tab = g_app.errors.empty() ? ui::Tab::Figures : ui::Tab::Errors;
}

void setup_style() {
    ImGuiStyle& style = ImGui::GetStyle();
    ImGui::StyleColorsDark(&style);
    style.FontSizeBase = kFontSize;
    style.WindowRounding = 4;
    style.FrameRounding = 3;
    style.TabRounding = 3;
    style.CellPadding = ImVec2(6, 4);
    style.ItemSpacing = ImVec2(8, 6);
}

}  // namespace

ui::App& app_instance() { return g_app; }
bool app_is_ready() { return g_ready; }

}  // namespace gongkai

// ---------------------------------------------------------------------------
// [SECTION] main
// ---------------------------------------------------------------------------

int main() {
    using namespace gongkai;
    glfwSetErrorCallback([](int code, const char* what) { std::fprintf(stderr, "GLFW error %d: %s\n", code, what); });
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // ImGui needs no depth or stencil buffer and no alpha channel: fewer buffers to allocate
    // and clear, and an opaque canvas is cheaper to composite.
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    // At the size the canvas' buffer already has: resizing a WebGL drawing buffer makes the GPU
    // side allocate it again, which took over half a second with a software renderer.
    const BufferSize size = wanted_buffer_size();
    g_window = glfwCreateWindow(size.w, size.h, "Gongkai", nullptr, nullptr);
    if (!g_window) {
        std::fprintf(stderr, "gongkai: could not create a WebGL 2 context\n");
        return 1;
    }
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is fixed; nothing to persist
    // The first view's Chinese glyphs fill a 512 x 512 atlas (at devicePixelRatio 1): start
    // there instead of growing from 512 x 128 twice, a new texture each time, in the first frame.
    io.Fonts->TexMinHeight = 512;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    setup_style();
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    webgl::init();
    install_input_callbacks(g_window);
    // Emscripten 3.1.6's GLFW has no clipboard: ImGui's fields copy and paste through the
    // platform (paste events on the page, navigator.clipboard for copies).
    ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
    pio.Platform_GetClipboardTextFn = [](ImGuiContext*) -> const char* {
        static std::string text;
        text = platform::clipboard_text();
        return text.c_str();
    };
    pio.Platform_SetClipboardTextFn = [](ImGuiContext*, const char* text) { platform::copy_to_clipboard(text ? text : ""); };

    // The importer's GBK table is the browser's (the web build leaves the core's own out).
    import_detail::set_gbk_table_source(&platform::gbk_table);
    load_bundled_reports();
    session::start(g_app);   // what is bundled is not stored
    platform::run_main_loop(frame);
    return 0;
}
