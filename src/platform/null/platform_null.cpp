// platform_null.cpp — platform.hpp with no host: a native build of the UI model (tests).
#include "platform/null/platform_null.hpp"

#include <utility>

#include "platform/platform.hpp"

namespace gongkai::platform {

namespace null {

namespace {
Record g_record;
double g_now = 0;
std::vector<std::string> g_report_urls;
bool g_redraw = true;
}  // namespace

Record& record() { return g_record; }

void reset(double now, std::vector<std::string> report_urls) {
    g_record = Record{};
    g_now = now;
    g_report_urls = std::move(report_urls);
}

void set_now(double seconds) { g_now = seconds; }

}  // namespace null

double device_pixel_ratio() { return 1; }
CanvasSize canvas_size() { return {}; }
void set_canvas_buffer_size(int, int) {}
void run_main_loop(std::function<void()>) {}
void set_wheel_handler(std::function<void(float, float)>) {}
void request_redraw() { null::g_redraw = true; }
bool take_redraw_request() { return std::exchange(null::g_redraw, false); }
bool all_code_loaded() { return true; }   // natively there is one binary: all of it is loaded
double now_seconds() { return null::g_now; }

void set_incoming_file_handler(std::function<void(IncomingFile)>) {}
void open_file_picker(std::string_view, bool) { ++null::g_record.file_pickers; }
void fetch_file(std::string_view url) { null::g_record.fetched.emplace_back(url); }
std::vector<std::string> url_query_values(std::string_view name) {
    return name == "report" ? null::g_report_urls : std::vector<std::string>{};
}
std::vector<FileProgress> files_in_progress() { return {}; }
void download(std::string_view file_name, std::string_view mime_type, std::string_view bytes) {
    null::g_record.downloads.push_back({std::string(file_name), std::string(mime_type), std::string(bytes)});
}

void copy_to_clipboard(std::string_view text) { null::g_record.clipboard = std::string(text); }
std::string clipboard_text() { return null::g_record.clipboard; }
void read_clipboard() {}
std::optional<ClipboardRead> take_clipboard_read() { return std::nullopt; }
void show_paste_box(float, float, float, float, std::string_view) {}
void hide_paste_box() {}
std::optional<std::string> take_paste_box_text() { return std::nullopt; }
std::string paste_box_value() { return {}; }

void show_text_overlay(const TextOverlay&) {}
void hide_text_overlay() {}
TextOverlayEvents take_text_overlay_events() { return {}; }

std::string session_setting(std::string_view) { return {}; }
void set_session_setting(std::string_view, std::string_view) {}
std::string lasting_setting(std::string_view) { return {}; }
void set_lasting_setting(std::string_view, std::string_view) {}
void set_accessible_list(std::string_view, std::string_view, const std::vector<std::string>&) {}
void set_accessible_table(std::string_view, std::string_view, const std::vector<std::string>&,
                          const std::vector<std::vector<std::string>>&) {}
void set_accessible_tables(std::string_view, std::string_view, std::string_view, const std::vector<AccessibleTable>&) {}
void download_svg_as_png(std::string_view file_name, std::string_view svg) {
    null::g_record.downloads.push_back({std::string(file_name), "image/png", std::string(svg)});
}

std::string take_font_bytes() { return {}; }
bool font_failed() { return true; }
void notify_ready() {}
void frame_drawn(std::uint64_t) {}

std::optional<std::string> storage_take_initial() { return std::nullopt; }
void storage_save(std::string_view) {}
void storage_clear() {}
void storage_set_aside(std::string_view) {}
std::optional<StorageProblem> storage_take_problem() { return std::nullopt; }
std::optional<std::string> take_url_state() { return std::nullopt; }
void set_url_state(std::string_view state, bool) { null::g_record.url_state = std::string(state); }

bool gbk_table(char16_t*, std::size_t) { return false; }

}  // namespace gongkai::platform
