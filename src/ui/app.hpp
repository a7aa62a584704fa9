// app.hpp — the state of the Gongkai explorer and the operations its UI offers.
//
// The views (one per file in src/ui/) draw this state with Dear ImGui; the page API
// (src/app/page_api.cpp) reads and drives the same state, so a test that goes
// through window.gongkai exercises what a user's click would.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/audit.hpp"
#include "core/diagnostic.hpp"
#include "core/report.hpp"

struct ImVec4;  // imgui.h

namespace gongkai::ui {

enum class Tab { Figures, Chart, Audit, Errors };
const char* tab_name(Tab tab);                       // "figures", "chart", "audit", "errors"
std::optional<Tab> parse_tab(std::string_view name);

// What a download holds: the same bytes go to the browser and to gongkai.exportData().
struct ExportFile {
    std::string file_name;
    std::string mime_type;
    std::string bytes;
};
// Formats: "csv" (figures of the current report), "json" (the current report),
// "collection" (every loaded report), "md" (summary of the current report).
inline constexpr const char* kExportFormats[] = {"csv", "json", "collection", "md"};

struct LoadOutcome {
    bool ok = false;
    std::vector<Diagnostic> diagnostics;   // of this load only
    std::vector<std::string> report_ids;   // the reports it added or replaced
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

class App {
public:
    // ---- operations (UI and page API) --------------------------------------
    // Loads report JSON (a report or a collection). Reports already loaded stay;
    // a report whose id is already loaded is replaced. Never throws.
    LoadOutcome load(std::string_view file_name, std::string_view bytes);

    // The bytes of an export; nullopt when the format is unknown or nothing is loaded.
    std::optional<ExportFile> export_file(std::string_view format) const;
    // Exports through a browser download (what the File menu does).
    bool download(std::string_view format) const;

    void select_report(int index);
    void clear_errors();

    // ---- state ---------------------------------------------------------------
    std::vector<Report> reports;
    std::vector<Diagnostic> errors;      // every load diagnostic, oldest first
    std::vector<Finding> findings;       // audit() of every loaded report
    int selected = -1;                   // index into reports, -1 = none
    Tab tab = Tab::Figures;
    FigureSort figure_sort;
    std::uint64_t generation = 0;        // bumps on every change of reports (caches key on it)

    const Report* current() const {
        return selected >= 0 && selected < static_cast<int>(reports.size()) ? &reports[selected] : nullptr;
    }

    // ---- drawing ---------------------------------------------------------------
    // One frame of the whole UI (menu bar + fixed layout filling the main viewport).
    void draw();

    // Records the rectangle of the last ImGui item under `key` (used by tests to click
    // real positions). Rects of the last drawn frame are kept until the next one.
    void remember_item(const char* key);
    const std::map<std::string, ItemRect>& item_rects() const { return last_rects_; }

    // Set by the page API or a menu; the tab bar applies it on the next frame.
    std::optional<Tab> pending_tab;
    bool show_about = false;
    std::string toast;             // a short message shown for a moment
    double toast_until = 0;

private:
    std::map<std::string, ItemRect> rects_;
    std::map<std::string, ItemRect> last_rects_;
};

// The views: one per file in src/ui/.
void draw_main_menu(App& app);
void draw_report_list(App& app);
void draw_figures_table(App& app);
void draw_area_chart(App& app);
void draw_audit_panel(App& app);
void draw_errors_panel(App& app);
void draw_about_window(App& app);

// Formatting shared by the views.
std::string format_number(double value);   // 47, 30.77, 1234 (no grouping: the reports write 1234)
std::string format_rounded(double value, int decimals);  // at most `decimals` decimals, trailing zeros dropped
::ImVec4 severity_colour(Severity severity);   // colour-blind-safe (Okabe–Ito)
const char* severity_label(Severity severity);       // in the current language

}  // namespace gongkai::ui
