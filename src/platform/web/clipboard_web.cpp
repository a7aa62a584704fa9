// clipboard_web.cpp — reading the system clipboard on request, and the box to paste into when
// the browser refuses (web/gongkai-glue.js: gongkai_js_read_clipboard, gongkai_js_paste_box).
#include <cstdlib>
#include <string>

#include "platform/platform.hpp"

extern "C" {
void gongkai_js_read_clipboard();
char* gongkai_js_clipboard_read_result(int* status);   // malloc'ed, or null; status 1 ok, 2 refused
void gongkai_js_paste_box(int show, float x, float y, float w, float h, const char* placeholder);
char* gongkai_js_paste_box_take(int current);          // malloc'ed, or null
}

namespace gongkai::platform {
namespace {

std::optional<std::string> take(char* s) {
    if (!s) return std::nullopt;
    std::string out(s);
    std::free(s);
    return out;
}

}  // namespace

void read_clipboard() { gongkai_js_read_clipboard(); }

std::optional<ClipboardRead> take_clipboard_read() {
    int status = 0;
    std::optional<std::string> s = take(gongkai_js_clipboard_read_result(&status));
    if (!s) return std::nullopt;
    ClipboardRead r;
    r.ok = status == 1;
    (r.ok ? r.text : r.error) = std::move(*s);
    return r;
}

void show_paste_box(float x, float y, float w, float h, std::string_view placeholder) {
    gongkai_js_paste_box(1, x, y, w, h, std::string(placeholder).c_str());
}

void hide_paste_box() { gongkai_js_paste_box(0, 0, 0, 0, 0, ""); }

std::optional<std::string> take_paste_box_text() { return take(gongkai_js_paste_box_take(0)); }

std::string paste_box_value() { return take(gongkai_js_paste_box_take(1)).value_or(std::string()); }

}  // namespace gongkai::platform
