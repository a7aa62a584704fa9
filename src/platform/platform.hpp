// platform.hpp — the few services the app needs from its host (a browser today).
//
// The UI and the app wiring call only these functions; src/platform/web/ implements
// them with Emscripten and web/gongkai-glue.js, and is the only code that includes
// emscripten.h; src/platform/null/ implements them natively for the UI model's tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_source.hpp"

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

// One finger on the canvas (a phone, a tablet), in CSS pixels from the canvas' top-left.
// Touches never reach the app as mouse events: the browser's emulated mouse would press
// where the finger lands and turn every drag into a drag-selection. `fingers` is how many
// are down now; a second finger ends the gesture (Cancel).
enum class TouchPhase { Start, Move, End, Cancel };
struct TouchEvent {
    TouchPhase phase = TouchPhase::Start;
    float x = 0, y = 0;
    int fingers = 1;
};
void set_touch_handler(std::function<void(const TouchEvent&)> handler);

// Asks for a new frame to be drawn soon (the app sleeps while nothing changes).
void request_redraw();
// True once, after request_redraw() or a browser event the app should redraw for.
bool take_redraw_request();

// True once all of the app's code is in: the web build loads the code its first view does not
// run (gongkai.deferred.wasm) after the first frame. Work that only that code does (key
// figures, the charts and tables mirrors) waits for it rather than pull it into the first view.
bool all_code_loaded();

// Seconds since an arbitrary start, monotonic.
double now_seconds();

// ---- files ------------------------------------------------------------------

// Files the user hands the app — chosen in the picker, dropped onto the page, or named by
// the page URL (?report=) — all arrive through one handler, once per file, from the main
// loop (never inside a browser callback). `error` is set instead of `bytes` when a file
// could not be read or fetched. The bytes stay on the browser's side until read
// (handed_bytes.hpp): a big file is never copied whole into wasm memory.
struct IncomingFile {
    std::string name;
    std::unique_ptr<ByteSource> bytes;
    std::string error;
};
void set_incoming_file_handler(std::function<void(IncomingFile)> handler);

// Opens the browser's file picker (a real <input type=file>); the chosen files arrive
// through the incoming-file handler. `accept` is an <input accept> list, e.g. ".json,.txt".
void open_file_picker(std::string_view accept, bool multiple);

// Fetches a URL relative to the page; only the page's own origin is allowed (anything else
// arrives as an IncomingFile with an error). The result arrives through the handler.
void fetch_file(std::string_view url);

// Values of a query parameter of the page's URL: ?report=a.json&report=b.json -> {a.json, b.json}.
std::vector<std::string> url_query_values(std::string_view name);

// Files still being read or fetched, for a progress indicator. total 0 = unknown size.
struct FileProgress {
    std::string name;
    double loaded = 0, total = 0;
};
std::vector<FileProgress> files_in_progress();

// Offers `bytes` to the user as a download called `file_name`.
void download(std::string_view file_name, std::string_view mime_type, std::string_view bytes);

// Puts text on the clipboard (best effort: browsers may refuse without a user gesture).
void copy_to_clipboard(std::string_view text);
// The text the browser last handed us for pasting (a paste event on the page), or what we
// last copied: ImGui's own text fields paste from here (Ctrl+V).
std::string clipboard_text();

// ---- the system clipboard, read when the user asks (src/platform/web/clipboard_web.cpp) ----
// Starts reading the system clipboard (navigator.clipboard.readText); the answer arrives
// on a later frame through take_clipboard_read(). Browsers may refuse (no permission, no
// clipboard API): the answer then says so, and the app offers a box to paste into.
void read_clipboard();
struct ClipboardRead {
    bool ok = false;
    std::string text;    // when ok
    std::string error;   // when refused: what the browser said
};
std::optional<ClipboardRead> take_clipboard_read();
// A visible <textarea> over the canvas (CSS pixels from its top-left) to paste text into, by
// keys or a phone's long press. Text pasted into it arrives through take_paste_box_text().
void show_paste_box(float x, float y, float w, float h, std::string_view placeholder);
void hide_paste_box();
std::optional<std::string> take_paste_box_text();   // a paste into the box, once
std::string paste_box_value();                      // what the box holds now (typed or pasted)

// ---- typing: an HTML <input> over an ImGui text field ------------------------------
// A browser's IME does not compose into a canvas (emscripten#12718, imgui#3654), so while
// the user types into a field, a real <input> lies exactly over it and forwards its value.
struct TextOverlay {
    std::string key;                 // which field (stable across frames)
    float x = 0, y = 0, w = 0, h = 0; // CSS pixels from the canvas' top-left
    float font_px = 16;
    std::string value;               // put into the input when it first appears
    std::string placeholder;
    std::string colour, background, border;  // CSS colours matching the current theme
};
// Shows the overlay (focusing it) or moves it when it is already shown for that key.
void show_text_overlay(const TextOverlay& overlay);
void hide_text_overlay();
// What happened in the overlay since the last call.
struct TextOverlayEvents {
    std::string key;
    bool changed = false;     // `value` holds the input's new value
    std::string value;
    bool closed = false;      // focus left it, or Esc / Enter was pressed
    bool submitted = false;   // Enter
};
TextOverlayEvents take_text_overlay_events();

// ---- session settings and the accessible mirror --------------------------------------
// Small settings kept for the browser session (sessionStorage): font size, theme.
std::string session_setting(std::string_view key);
void set_session_setting(std::string_view key, std::string_view value);
// Small settings kept across visits (localStorage): whether the welcome was dismissed.
std::string lasting_setting(std::string_view key);
void set_lasting_setting(std::string_view key, std::string_view value);

// A visually hidden HTML list (not hidden from screen readers) mirroring what the canvas
// shows. `id` names the list; items are plain text (set as textContent, never markup).
void set_accessible_list(std::string_view id, std::string_view caption, const std::vector<std::string>& items);

// charts (issue 5): the current chart's data as a visually hidden HTML <table> with a
// <caption> (`id` names it); every cell is plain text (textContent, never markup).
void set_accessible_table(std::string_view id, std::string_view caption, const std::vector<std::string>& header,
                          const std::vector<std::vector<std::string>>& rows);
// Template tables: several HTML <table>s in one visually hidden <section id="a11y-<id>">, each
// with a caption, header rows whose cells may span columns and rows, and body rows whose first
// cell heads its row. `note` (e.g. why a report has no tables) is a paragraph before them. A
// cell's `pointer` becomes its data-pointer attribute. Text only (textContent, never markup).
struct AccessibleCell {
    std::string text;
    int colspan = 1;
    int rowspan = 1;
    std::string pointer;
};
struct AccessibleTable {
    std::string id;  // the table's id is "a11y-<section id>-<id>"
    std::string caption;
    std::vector<std::vector<AccessibleCell>> head, body;
    std::string note;  // a paragraph after the table ("" = none)
};
void set_accessible_tables(std::string_view id, std::string_view caption, std::string_view note,
                           const std::vector<AccessibleTable>& tables);
// Offers a chart as a PNG download: the browser draws `svg` on an offscreen canvas and saves
// canvas.toBlob() (asynchronous; web/gongkai-api.js, Module.gongkaiSvgToPng).
void download_svg_as_png(std::string_view file_name, std::string_view svg);

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

// ---- what survives a reload: stored reports, the address (src/platform/web/session_web.cpp) ----

// The user's reports are kept in browser storage (IndexedDB, web/storage.js) as one snapshot.
// The snapshot stored by the last completed save, handed over once when the start-up read has
// finished: "" when nothing is stored or storage is unavailable; nullopt while still reading.
std::optional<std::string> storage_take_initial();
// Stores `bytes` as the new snapshot. Atomic: until the new one is completely written, the
// previous one stays the stored state (a reload mid-save leaves it intact).
void storage_save(std::string_view bytes);
// Removes everything stored (the snapshot and set-aside data).
void storage_clear();
// Copies the stored snapshot aside (quarantine) with a reason, e.g. when it no longer loads.
void storage_set_aside(std::string_view reason);
// Something storage met that the user must know about: damaged data set aside, quota
// exceeded, storage unavailable. Taken once each.
struct StorageProblem {
    bool error = true;   // false: a warning
    std::string message;   // in English, as the page wrote it (empty when `code` says it all)
    std::string code;      // what happened ("quota", "damaged", ...; web/storage.js), for the UI's wording
    std::string detail;    // what the browser said, shown inside that wording
};
std::optional<StorageProblem> storage_take_problem();

// The URL's hash (without '#') when it changed from outside the app: the address at
// start-up, Back/Forward, an edited address. nullopt when nothing new arrived.
std::optional<std::string> take_url_state();
// Shows `state` as the URL's hash: as a new history entry (Back returns to the previous one)
// or in place of the current entry.
void set_url_state(std::string_view state, bool new_entry);

// ---- text import -----------------------------------------------------------------------------
// The two-byte GBK table (core/import_encoding.hpp's GbkTableSource) from the host's own
// GB18030 decoder; false when the host has none. Installed once where the app is wired.
bool gbk_table(char16_t* table, std::size_t entries);

}  // namespace gongkai::platform
