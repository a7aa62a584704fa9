// platform_web.cpp — the platform interface for browsers (Emscripten 3.1.6).
//
// This directory is the only code that includes emscripten.h. Browser services that
// Emscripten's own libraries lack (downloads, clipboard, file picker, the font fetch)
// are in web/gongkai-glue.js, linked with --js-library; they are declared below.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <string>
#include <utility>

#include "platform/handed_bytes.hpp"
#include "platform/platform.hpp"

// ---- web/gongkai-glue.js --------------------------------------------------------
extern "C" {
void gongkai_js_download(const char* name, const char* mime, const void* data, int size);
void gongkai_js_copy_to_clipboard(const char* text, int size);
void gongkai_js_open_file_picker(const char* accept, int multiple);
void gongkai_js_fetch_file(const char* url);
char* gongkai_js_url_query_values(const char* name);   // JSON array, malloc'ed
char* gongkai_js_clipboard_text();                      // malloc'ed, or null
void gongkai_js_show_text_overlay(const char* json);
void gongkai_js_hide_text_overlay();
char* gongkai_js_session_get(const char* key);          // malloc'ed, or null
void gongkai_js_session_set(const char* key, const char* value);
char* gongkai_js_lasting_get(const char* key);          // malloc'ed, or null
void gongkai_js_lasting_set(const char* key, const char* value);
void gongkai_js_set_accessible_list(const char* json);
void gongkai_js_set_accessible_table(const char* json);            // charts
void gongkai_js_set_accessible_tables(const char* json);           // template tables
void gongkai_js_download_svg_as_png(const char* name, const void* svg, int size);  // charts
void gongkai_js_install_page_handlers();
int gongkai_js_font_status();                 // 0 pending, 1 ready, -1 failed
int gongkai_js_code_loaded();                 // 1 once gongkai.deferred.wasm is instantiated
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
std::function<void(const TouchEvent&)> g_touch;
std::function<void()> g_frame;

std::function<void(IncomingFile)> g_incoming;
std::deque<IncomingFile> g_files;
std::map<int, FileProgress> g_progress;     // by the glue's transfer id
TextOverlayEvents g_overlay_events;
std::string g_clipboard;                     // what we last copied (when no paste has come)

// Takes a string the glue allocated with _malloc.
std::string take_js_string(char* s) {
    if (!s) return {};
    std::string out(s);
    std::free(s);
    return out;
}

// A minimal JSON string writer for the few objects we hand to the glue (no nlohmann here:
// the platform layer stays small and independent of the core's dependencies).
void json_string(std::string& out, std::string_view s) {
    out += '"';
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
}

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
    while (!g_files.empty() && g_incoming) {
        IncomingFile f = std::move(g_files.front());
        g_files.pop_front();
        g_incoming(std::move(f));
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
    // Setting a canvas' width or height, even to its current value, resets its drawing buffer.
    int w = 0, h = 0;
    emscripten_get_canvas_element_size(kCanvas, &w, &h);
    if (w != width || h != height) emscripten_set_canvas_element_size(kCanvas, width, height);
}

void run_main_loop(std::function<void()> frame) {
    g_frame = std::move(frame);
    emscripten_set_wheel_callback(kCanvas, nullptr, EM_FALSE, on_wheel);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    gongkai_js_install_page_handlers();  // drop target, paste, the overlay input
    // fps 0 = requestAnimationFrame; simulate_infinite_loop = true: main() never returns.
    emscripten_set_main_loop(loop_tick, 0, true);
}

void set_wheel_handler(std::function<void(float, float)> handler) { g_wheel = std::move(handler); }

void set_touch_handler(std::function<void(const TouchEvent&)> handler) { g_touch = std::move(handler); }

void request_redraw() { g_redraw = true; }

bool take_redraw_request() {
    const bool r = g_redraw;
    g_redraw = false;
    return r;
}

bool all_code_loaded() {
    static bool loaded = false;  // never unloaded: ask the page only until it is
    if (!loaded) loaded = gongkai_js_code_loaded() != 0;
    return loaded;
}

double now_seconds() { return emscripten_get_now() / 1000.0; }

void set_incoming_file_handler(std::function<void(IncomingFile)> handler) { g_incoming = std::move(handler); }

void open_file_picker(std::string_view accept, bool multiple) {
    const std::string acc(accept);
    gongkai_js_open_file_picker(acc.c_str(), multiple ? 1 : 0);
}

void fetch_file(std::string_view url) {
    const std::string u(url);
    gongkai_js_fetch_file(u.c_str());
}

std::vector<std::string> url_query_values(std::string_view name) {
    // The glue returns a JSON array of strings; parse just that shape.
    const std::string n(name);
    const std::string json = take_js_string(gongkai_js_url_query_values(n.c_str()));
    std::vector<std::string> out;
    std::string cur;
    bool in = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (!in) {
            if (c == '"') { in = true; cur.clear(); }
            continue;
        }
        if (c == '\\' && i + 1 < json.size()) {
            const char e = json[++i];
            if (e == 'n') cur += '\n';
            else if (e == 't') cur += '\t';
            else if (e == 'r') cur += '\r';
            else if (e == 'u' && i + 4 < json.size()) {
                // The glue escapes only control characters this way (ASCII range).
                cur += static_cast<char>(std::strtol(json.substr(i + 1, 4).c_str(), nullptr, 16) & 0x7f);
                i += 4;
            } else cur += e;
        } else if (c == '"') {
            in = false;
            out.push_back(cur);
        } else {
            cur += c;
        }
    }
    return out;
}

std::vector<FileProgress> files_in_progress() {
    std::vector<FileProgress> out;
    for (const auto& [id, p] : g_progress) out.push_back(p);
    return out;
}

void download(std::string_view file_name, std::string_view mime_type, std::string_view bytes) {
    const std::string name(file_name), mime(mime_type);
    gongkai_js_download(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void copy_to_clipboard(std::string_view text) {
    g_clipboard.assign(text);
    gongkai_js_copy_to_clipboard(text.data(), static_cast<int>(text.size()));
}

std::string clipboard_text() {
    // A paste event stores its text in the glue; prefer it over our own last copy.
    char* pasted = gongkai_js_clipboard_text();
    if (pasted) return take_js_string(pasted);
    return g_clipboard;
}

void show_text_overlay(const TextOverlay& o) {
    std::string j = "{\"key\":";
    json_string(j, o.key);
    char nums[160];
    std::snprintf(nums, sizeof nums, ",\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f,\"font\":%.2f", o.x, o.y, o.w, o.h,
                  o.font_px);
    j += nums;
    j += ",\"value\":";
    json_string(j, o.value);
    j += ",\"placeholder\":";
    json_string(j, o.placeholder);
    j += ",\"colour\":";
    json_string(j, o.colour);
    j += ",\"background\":";
    json_string(j, o.background);
    j += ",\"border\":";
    json_string(j, o.border);
    j += "}";
    gongkai_js_show_text_overlay(j.c_str());
}

void hide_text_overlay() { gongkai_js_hide_text_overlay(); }

TextOverlayEvents take_text_overlay_events() {
    TextOverlayEvents e = std::move(g_overlay_events);
    g_overlay_events = {};
    return e;
}

std::string session_setting(std::string_view key) {
    const std::string k(key);
    return take_js_string(gongkai_js_session_get(k.c_str()));
}

void set_session_setting(std::string_view key, std::string_view value) {
    const std::string k(key), v(value);
    gongkai_js_session_set(k.c_str(), v.c_str());
}

std::string lasting_setting(std::string_view key) {
    const std::string k(key);
    return take_js_string(gongkai_js_lasting_get(k.c_str()));
}

void set_lasting_setting(std::string_view key, std::string_view value) {
    const std::string k(key), v(value);
    gongkai_js_lasting_set(k.c_str(), v.c_str());
}

void set_accessible_list(std::string_view id, std::string_view caption, const std::vector<std::string>& items) {
    std::string j = "{\"id\":";
    json_string(j, id);
    j += ",\"caption\":";
    json_string(j, caption);
    j += ",\"items\":[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) j += ',';
        json_string(j, items[i]);
    }
    j += "]}";
    gongkai_js_set_accessible_list(j.c_str());
}

// charts (issue 5) ----------------------------------------------------------------------
void set_accessible_table(std::string_view id, std::string_view caption, const std::vector<std::string>& header,
                          const std::vector<std::vector<std::string>>& rows) {
    const auto list = [](std::string& j, const std::vector<std::string>& cells) {
        j += '[';
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) j += ',';
            json_string(j, cells[i]);
        }
        j += ']';
    };
    std::string j = "{\"id\":";
    json_string(j, id);
    j += ",\"caption\":";
    json_string(j, caption);
    j += ",\"header\":";
    list(j, header);
    j += ",\"rows\":[";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (r) j += ',';
        list(j, rows[r]);
    }
    j += "]}";
    gongkai_js_set_accessible_table(j.c_str());
}

// template tables ---------------------------------------------------------------------
void set_accessible_tables(std::string_view id, std::string_view caption, std::string_view note,
                           const std::vector<AccessibleTable>& tables) {
    const auto rows = [](std::string& j, const std::vector<std::vector<AccessibleCell>>& rs) {
        j += '[';
        for (std::size_t r = 0; r < rs.size(); ++r) {
            if (r) j += ',';
            j += '[';
            for (std::size_t c = 0; c < rs[r].size(); ++c) {
                const AccessibleCell& cell = rs[r][c];
                if (c) j += ',';
                j += "{\"text\":";
                json_string(j, cell.text);
                j += ",\"colspan\":" + std::to_string(cell.colspan) + ",\"rowspan\":" + std::to_string(cell.rowspan);
                j += ",\"pointer\":";
                json_string(j, cell.pointer);
                j += '}';
            }
            j += ']';
        }
        j += ']';
    };
    std::string j = "{\"id\":";
    json_string(j, id);
    j += ",\"caption\":";
    json_string(j, caption);
    j += ",\"note\":";
    json_string(j, note);
    j += ",\"tables\":[";
    for (std::size_t t = 0; t < tables.size(); ++t) {
        if (t) j += ',';
        j += "{\"id\":";
        json_string(j, tables[t].id);
        j += ",\"caption\":";
        json_string(j, tables[t].caption);
        j += ",\"note\":";
        json_string(j, tables[t].note);
        j += ",\"head\":";
        rows(j, tables[t].head);
        j += ",\"body\":";
        rows(j, tables[t].body);
        j += '}';
    }
    j += "]}";
    gongkai_js_set_accessible_tables(j.c_str());
}

void download_svg_as_png(std::string_view file_name, std::string_view svg) {
    const std::string name(file_name);
    gongkai_js_download_svg_as_png(name.c_str(), svg.data(), static_cast<int>(svg.size()));
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

// Called by web/gongkai-glue.js when a file has been read or fetched (picker, drop, URL):
// `error` is null on success, and the bytes wait in JavaScript under `handle`. `transfer` ends
// that file's progress entry.
extern "C" EMSCRIPTEN_KEEPALIVE void gongkai_platform_file_arrived(int transfer, const char* name, int handle,
                                                                   const char* error) {
    using namespace gongkai::platform;
    IncomingFile f;
    f.name = name ? name : "";
    if (error) f.error = error;
    else f.bytes = handed_bytes(handle);
    g_files.push_back(std::move(f));
    g_progress.erase(transfer);
    g_redraw = true;
}

// Reading progress of a file on its way (bytes so far, total or 0 when unknown).
extern "C" EMSCRIPTEN_KEEPALIVE void gongkai_platform_file_progress(int transfer, const char* name, double loaded,
                                                                    double total) {
    using namespace gongkai::platform;
    FileProgress& p = g_progress[transfer];
    p.name = name ? name : "";
    p.loaded = loaded;
    p.total = total;
    g_redraw = true;
}

// The overlay input's value changed (typing, an IME composition ending, a paste), or it closed.
extern "C" EMSCRIPTEN_KEEPALIVE void gongkai_platform_text_overlay_event(const char* key, const char* value,
                                                                         int closed, int submitted) {
    using namespace gongkai::platform;
    TextOverlayEvents& e = g_overlay_events;
    e.key = key ? key : "";
    if (value) {
        e.changed = true;
        e.value = value;
    }
    if (closed) e.closed = true;
    if (submitted) e.submitted = true;
    g_redraw = true;
}

// A finger on the canvas (web/gongkai-glue.js, installed with the page handlers): phase 0
// start, 1 move, 2 end, 3 cancel; CSS pixels from the canvas' top-left.
extern "C" EMSCRIPTEN_KEEPALIVE void gongkai_platform_touch(int phase, double x, double y, int fingers) {
    using namespace gongkai::platform;
    if (phase < 0 || phase > 3) return;
    if (g_touch) g_touch(TouchEvent{static_cast<TouchPhase>(phase), static_cast<float>(x), static_cast<float>(y), fingers});
    g_redraw = true;
}
