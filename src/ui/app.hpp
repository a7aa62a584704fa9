// app.hpp — the state of the Gongkai explorer and the operations its UI offers.
//
// The views (one per file in src/ui/) draw this state with Dear ImGui; the page API
// (src/app/page_api.cpp) reads and drives the same state, so a test that goes
// through window.gongkai exercises what a user's click would.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/aggregate.hpp"
#include "core/audit.hpp"
#include "core/byte_source.hpp"
#include "core/diagnostic.hpp"
#include "core/export_dispatch.hpp"
#include "core/figure_columns.hpp"
#include "core/load.hpp"
#include "core/number_text.hpp"
#include "core/report.hpp"
#include "ui/chart_view.hpp"
#include "ui/i18n.hpp"
#include "ui/scores_view.hpp"
#include "ui/keyboard.hpp"
#include "ui/template_tables_view.hpp"

struct ImVec4;  // imgui.h

namespace gongkai::ui {

enum class Tab { Figures, Tables, Chart, Audit, Errors, Scores };
const char* tab_name(Tab tab);  // "figures", "tables", "chart", "audit", "errors", "scores"
std::optional<Tab> parse_tab(std::string_view name);

// What a download holds (core/export_dispatch.hpp): the same bytes go to the browser and to
// gongkai.exportData().
// Formats: "csv" (figures of the current report), "csv_view" (the figures table as filtered
// now), "json" (the current report), "collection" (every loaded report), "md" and "html"
// (summary of the current report), "scores_csv" and "scores_json" (every loaded report's score card).
inline constexpr const char* kExportFormats[] = {"csv", "csv_view", "json", "collection", "md", "html",
                                                 "scores_csv", "scores_json"};

struct LoadOutcome {
    bool ok = false;
    std::vector<Diagnostic> diagnostics;   // of this load only
    std::vector<std::string> report_ids;   // the reports it added or replaced
    bool asked = false;                     // nothing added yet: the user is asked first (App::duplicate)
};

// Screen rectangle of a named UI item, in CSS pixels from the canvas' top-left.
struct ItemRect {
    float x = 0, y = 0, w = 0, h = 0;
};

// Sorting of the figures table: which column, which way.
struct FigureSort {
    int column = -1;   // -1: report order
    bool descending = false;
};

// Columns of the figures table (also the columns of a copied selection).
enum FigureColumn { kColArea, kColTopic, kColDepartment, kColCategory, kColValue, kColUnit, kColQuote, kFigureColumns };
const char* figure_column_name(int column);   // "area", ..., "quote" (API and item keys)
const char* figure_column_key(int column);    // i18n key: "col.area", ...

// What the figures table shows: empty = any. The same filter makes the "current view" CSV.
struct FigureFilter {
    std::string search;      // substring of area, topic, department, category or quote
    std::string area, topic, department, category, unit;
    bool empty() const {
        return search.empty() && area.empty() && topic.empty() && department.empty() && category.empty() &&
               unit.empty();
    }
    bool operator==(const FigureFilter&) const = default;
};

// The table's filter in the core's terms (the same matching as the CLI's filters).
Filter core_filter(const FigureFilter& f);

// A file received (picker, drop, URL) and waiting to be parsed: shown in the progress
// window for a frame first, so a large file's parsing phase is visible (App::loads_shown).
struct PendingLoad {
    std::string name;
    std::unique_ptr<ByteSource> bytes;
    int frames_shown = 0;
};

// What a report's view was when the user left it (filters, selection, drill-down): it comes
// back when they return to that report, never applied to another one.
struct ReportView {
    FigureFilter filter;
    std::vector<std::string> selection;                 // figure ids
    std::string focused;                                // figure id
    std::vector<std::pair<Field, std::string>> drill;   // the chart's drill-down (one report's bars)
    std::string breakdown_total, breakdown;             // the donut's choice
};

// A report that was removed, kept so that Undo puts it back where it was.
struct RemovedReport {
    Report report;
    int index = 0;
    bool was_selected = false;
    std::optional<ReportView> view;
};

// An import that is the same report as one already loaded: waits for the user to say
// whether it replaces that one or joins beside it (a modal, src/ui/duplicate_view.cpp).
struct DuplicateQuestion {
    Report incoming;
    std::string file_name;
    std::string existing_id;
    bool same_figures = false;   // identical, not only the same text
};
enum class DuplicateAnswer { Replace, KeepBoth, Cancel };

// A screen narrower than this (CSS pixels) gets the phone layout (src/ui/phone_layout.cpp):
// one column, one pane at a time, sheets for details and source, touch-sized targets.
inline constexpr float kPhoneWidth = 700;
inline bool phone_layout(float css_width) { return css_width < kPhoneWidth; }
inline constexpr float kPhoneFontSize = 18;   // the default there (readable at arm's length)
inline constexpr float kTouchTarget = 44;     // CSS pixels: the least height a finger hits
// What the phone layout shows over its content.
enum class PhoneSheet { None, Reports, Details, Source };

// How the app looks: font size (CSS pixels) and theme, kept for the browser session.
inline constexpr float kFontSizes[] = {14, 16, 18, 20, 24, 28};
inline constexpr float kDefaultFontSize = 16;

class App {
public:
    // ---- operations (UI and page API) --------------------------------------
    // Loads report JSON (a report or a collection). Reports already loaded stay;
    // a report whose id is already loaded is replaced. Never throws.
    LoadOutcome load(std::string_view file_name, std::string_view bytes);
    // The same, read from `source` a chunk at a time (a large collection handed over by page
    // script is never copied whole into memory).
    LoadOutcome load(std::string_view file_name, ByteSource& source);

    // The bytes of an export; nullopt when the format is unknown or nothing is loaded.
    std::optional<ExportFile> export_file(std::string_view format) const;
    // Exports through a browser download (what the File menu does).
    bool download(std::string_view format) const;

    // Selects a report; this also ends the wait for a linked one (waiting_for).
    void select_report(int index);
    void clear_errors();

    // Loads a file by its kind: .txt/.htm/.html go to the text importer, the rest is report JSON.
    LoadOutcome load_any(std::string_view file_name, ByteSource& bytes);
    // Files from the user arrive here: parsed on a later frame, after the progress shows.
    void queue_load(std::string name, std::unique_ptr<ByteSource> bytes);
    // A file that could not be read or fetched: an error in the errors panel.
    void add_load_error(std::string_view file_name, Message what);
    // Opens the file picker (File → Open, Ctrl+O).
    void open_files();
    // A file from the host (picker, drop, a ?report= URL): queued, or its error shown when it
    // could not be read or fetched.
    void receive_file(std::string name, std::unique_ptr<ByteSource> bytes, std::string_view error);
    // The load queue, stepped by the frame: a file the last frame showed as waiting is parsed
    // (advance_load_queue, before drawing); the files waiting now were shown (loads_shown, after).
    void advance_load_queue();
    void loads_shown();
    // The bundled sample files (File → Samples) and loading one of them.
    std::vector<std::string> sample_files() const;
    void load_sample(const std::string& name);
    // Adds loaded reports (replacing same ids), re-runs the audit, selects the first new one.
    void add_reports(std::vector<Report>&& loaded, std::string_view file_name, LoadOutcome& out);

    // ---- reports kept, removed, linked ---------------------------------------------------
    // Adds a report that came without an id of its own (a paste, an imported text): it gets
    // a readable id made unique among the loaded reports. When it is the same report as one
    // already loaded, nothing is added yet: `duplicate` asks the user (answer_duplicate).
    LoadOutcome add_imported(Report&& report, std::string_view file_name);
    LoadOutcome answer_duplicate(DuplicateAnswer answer);
    // Removes a loaded report (from the tab, and so from browser storage); Undo brings it back.
    bool unload(std::string_view id);
    bool undo_unload();

    // ---- browsing: filter, rows, selection --------------------------------------
    // Rows of the figures table: figure indices of the current report, filtered and sorted.
    const std::vector<int>& view_rows() const;
    void set_filter(const FigureFilter& f);
    bool is_selected(int figure) const;
    void set_selected(int figure, bool on);
    void clear_selection();
    void select_figures(const std::vector<int>& figures, bool scroll);  // replaces the selection
    std::vector<int> selection() const;                 // figure indices, report order
    // Shows a figure in the details panel and its quote in the source view.
    void focus_figure(int figure, bool scroll_source);
    // The selected rows as tab-separated text with a header row (pastes into Excel).
    std::string selection_tsv() const;
    // Selects the figures of an audit finding and shows their quotes.
    void select_finding(int index);
    // Findings (indices into `findings`) of the current report.
    std::vector<int> current_findings() const;

    // ---- look ------------------------------------------------------------------------
    void set_font_size(float px);
    void set_high_contrast(bool on);
    // Applies font size and theme to ImGui's style; called before ImGui::NewFrame().
    void before_frame();
    void apply_touch_sizes(bool phone);   // bigger frames and rows on a phone (look.cpp)

    // ---- state ---------------------------------------------------------------
    std::vector<Report> reports;
    std::vector<Diagnostic> errors;      // every load diagnostic, oldest first
    std::vector<Finding> findings;       // audit() of every loaded report
    int selected = -1;                   // index into reports, -1 = none
    Tab tab = Tab::Figures;
    FigureSort figure_sort;
    std::uint64_t generation = 0;        // bumps on every change of reports (caches key on it)
    FigureFilter filter;
    std::uint64_t filter_revision = 0;   // bumps on every filter change
    int focused_figure = -1;             // figure shown in details/source, -1 = none
    int selected_finding = -1;           // index into findings, -1 = none
    bool scroll_source = false;          // the source view scrolls to the focused quote once
    bool scroll_table = false;           // the table scrolls to the focused row once
    std::vector<PendingLoad> pending_loads;
    float font_size = kDefaultFontSize;
    bool high_contrast = false;
    ChartState chart;                    // the charts tab (src/ui/chart_view.hpp)
    TablesState tables;                  // the tables tab (src/ui/template_tables_view.hpp)
    ScoresState scores;                  // the scores tab (src/ui/scores_view.hpp)
    KeyboardState keyboard;              // menu bar and panel focus by keyboard (src/ui/keyboard.hpp)
    std::map<std::string, ReportView> report_views;   // by report id: views left behind
    bool on_phone = false;                             // the last frame had the phone layout
    PhoneSheet phone_sheet = PhoneSheet::None;         // the phone layout's sheet, if open
    std::optional<DuplicateQuestion> duplicate;        // an import waiting for replace / keep both
    std::optional<RemovedReport> removed;              // the last removed report (Undo)
    double removed_until = 0;                          // the Undo toast shows until then
    // A link named a report that is not loaded: its id (and title, when the link carried it).
    // No other report's content is shown in its place until it loads or the user picks one.
    std::string waiting_for, waiting_title;

    const Report* current() const {
        return selected >= 0 && selected < static_cast<int>(reports.size()) ? &reports[selected] : nullptr;
    }
    // Every loaded report's counted figures as columns, rebuilt after the reports change:
    // charts over all reports regroup through them within a frame, even at a million figures.
    const FigureColumns& columns() const;

    // ---- drawing ---------------------------------------------------------------
    // One frame of the whole UI (menu bar + fixed layout filling the main viewport).
    void draw();

    // Records the rectangle of the last ImGui item under `key` (used by tests to click
    // real positions). Rects of the last drawn frame are kept until the next one. Nothing is
    // recorded from a window drawn unseen (an auto-sized window's first frame): it is laid
    // out there at a place it then leaves.
    // The tab bar and the open tab's content (both layouts); `bar_flags` are ImGuiTabBarFlags.
    void draw_tabs(int bar_flags);

    void remember_item(const char* key);
    void remember_rect(const char* key, float x, float y, float w, float h);
    const std::map<std::string, ItemRect>& item_rects() const { return last_rects_; }

    // Set by the page API or a menu; the tab bar applies it on the next frame.
    std::optional<Tab> pending_tab;
    bool show_about = false;
    bool show_help = false;
    bool show_welcome = false;           // the first visit's welcome (Help → Welcome reopens it)
    bool show_export = false;
    int export_choice = 0;               // index into kExportFormats in the export window
    // The language of the summaries' words and the CSV header: the UI's unless chosen in the
    // export window; the CSV header may keep the machine column names (report_id, area, …).
    std::optional<Language> export_language;
    bool export_machine_header = false;
    Language export_lang() const { return export_language.value_or(language()); }
    CsvHeader csv_header() const;
    std::optional<ExportFile> text_view;  // the text view window (where downloads are refused)
    std::string focus_request;           // a text field to focus next frame ("figures.search")
    std::string overlay_key;             // the text field the HTML overlay is over, if any
    std::string toast;             // a short message shown for a moment (show_toast)
    double toast_until = 0;
    // Shows `text` for `seconds` at the bottom right: copies, storage problems, refusals.
    void show_toast(std::string text, double seconds = 2.0);

private:
    // Runs a loader and takes in what it read: the reports, its diagnostics, the audit.
    LoadOutcome take_loaded(std::string_view file_name, const std::function<LoadResult()>& run_loader);

    std::map<std::string, ItemRect> rects_;
    std::map<std::string, ItemRect> last_rects_;
    // The figures table's rows and the selection, for the current report.
    // A cache of view_rows(): mutable because it never changes an answer.
    mutable std::vector<int> rows_;
    mutable std::uint64_t rows_generation_ = ~0ull, rows_filter_ = ~0ull;
    mutable int rows_report_ = -2;
    mutable FigureSort rows_sort_{-2, false};
    mutable FigureColumns columns_;
    mutable std::uint64_t columns_generation_ = ~0ull;
    std::vector<std::uint8_t> selected_;   // one flag per figure of the current report
    int selection_report_ = -2;
    std::uint64_t selection_generation_ = ~0ull;
    void sync_selection();
    // Per-report views: kept when leaving a report, restored (or reset) when arriving.
    void leave_report();
    void arrive_at_report();
    void draw_desktop_layout();   // three panes, or stacked on a narrow desktop window
    bool applied_high_contrast_ = false;
    int applied_phone_ = -1;      // the touch sizes in the style: -1 not yet, 0 desktop, 1 phone
    float applied_font_size_ = 0;
};

// The views: one per file in src/ui/.
void draw_main_menu(App& app);
void draw_report_list(App& app);
void draw_phone_layout(App& app);   // under kPhoneWidth: one column, a bar, a sheet
void draw_figures_table(App& app);
void draw_area_chart(App& app);
void draw_audit_panel(App& app);
void draw_errors_panel(App& app);
void draw_about_window(App& app);
void draw_section_tree(App& app);
void draw_source_view(App& app);
void draw_details_panel(App& app);
// The audit findings (indices into App::findings) that involve one figure or cell: a
// clickable list under a heading (details panel), or plain lines (a tooltip).
void draw_findings_list(App& app, const std::vector<int>& findings);
void draw_finding_lines(const App& app, const std::vector<int>& findings);
void draw_finding_lines(const std::vector<Finding>& all, const std::vector<int>& findings);
void draw_help_window(App& app);
void draw_welcome_window(App& app);       // shown once, on a first visit
void update_welcome_mirror(const App& app);   // its text in <section id="a11y-welcome">
void update_help_mirror(const App& app);      // the help's text in <section id="a11y-help">
void draw_export_window(App& app);
void draw_text_view_window(App& app);
void draw_loading_window(App& app);
void draw_duplicate_question(App& app);   // the modal of App::duplicate
void draw_undo_toast(App& app);           // "removed … Undo"
void draw_waiting_banner(App& app);       // a linked report that is not loaded
void handle_shortcuts(App& app);
void shortcuts_end_frame();   // remembers whether a popup was open (Esc belongs to it)
void update_accessible_mirror(App& app);
// A single-line text field that types through the HTML overlay (IME, paste). Returns true
// when `value` changed this frame. `key` is the item key and the overlay's key.
bool text_field(App& app, const char* key, std::string& value, const char* hint, float width);
// Hides the overlay when its field was not drawn this frame (end of App::draw).
void finish_text_fields(App& app);

// Formatting shared by the views (numbers: display_number in core/number_text.hpp).
::ImVec4 severity_colour(Severity severity);   // colour-blind-safe (Okabe–Ito)
const char* severity_label(Severity severity);       // in the current language

}  // namespace gongkai::ui
