// template_tables_view.hpp — what the Tables tab (表格) shows: the focused cell (or key
// figure) whose source the details and source panels show, and the reports compared cell by
// cell with the current one. Drawn by template_tables_view.cpp, compare in
// template_tables_compare.cpp, the KPI strip in key_figure_cards.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/report.hpp"
#include "core/template_compare.hpp"
#include "core/template_layout.hpp"

namespace gongkai::ui {

class App;

struct TablesState {
    // The template-table cell shown in the details and source panels: its JSON Pointer
    // (/tables/applications/new/total), "" = none. Belongs to report `focus_report`.
    std::string cell;
    // The key figure shown there instead (its name, e.g. "applications_received"), "" = none.
    std::string key_figure;
    std::string focus_report;
    // Reports compared with the current one, cell by cell (ids; the current one is left out).
    std::vector<std::string> compare;
    // When comparing: the table shown, table 三's applicant column shown (index into kApplicationColumns; -1 = all),
    // and whether equal cells are left out.
    // Which table is compared (-1 = all; table 三 by default: table 二's columns differ between
    // the 2019 and 2021 layouts).
    int compare_table = static_cast<int>(TemplateTableId::Applications);
    int compare_column = 6;
    bool only_differences = false;
    std::string jump;  // a table to scroll to on the next frame ("proactive", ...)
};

// Focus a cell or a key figure of the current report (the figure focus is dropped).
void focus_cell(App& app, std::string pointer);
void focus_key_figure(App& app, std::string name);
void clear_table_focus(App& app);

// Where the focused cell's or key figure's words are in the current report's text: code-point
// offsets [begin, end); false when it has none (a cell typed in by hand, an absent figure).
bool table_focus_quote(const App& app, std::int64_t& begin, std::int64_t& end);
// Draws the focused cell or key figure in the details panel; false when none is focused.
bool draw_table_focus_details(App& app);

// A template label in the current language.
const char* lang_label(const LayoutLabel& label);

// The quote of a template cell (what the importer read), or nullptr.
const Quote* cell_quote(const Report& report, const std::string& pointer);

// Why a report has no table 三 to show, as an i18n key: "tables.images" (its heading is in
// the text but no cell was read), "tables.narrative", "tables.none"; "" when it has one.
const char* missing_tables_key(const Report& report);

// The Tables tab; the "compare with" picker and the cell-by-cell comparison
// (template_tables_compare.cpp); the KPI strip over the tabs (key_figure_cards.cpp).
void draw_template_tables(App& app);
void draw_tables_compare_picker(App& app, const Report& report);
void draw_tables_compare(App& app, const Report& report);
void draw_key_figure_cards(App& app);
// The focused key figure's quote, and its details (key_figure_cards.cpp).
bool key_figure_quote(const App& app, std::int64_t& begin, std::int64_t& end);
bool draw_key_figure_details(App& app);

// The comparison as drawn (template_tables_compare.cpp), shared with the mirror: the reports
// (the earliest year first: the base of the differences), the cells after the tab's filters,
// and a difference and a percent change as text ("—" when a side is absent).
std::vector<const Report*> compared_reports(const App& app, const Report& current);
std::vector<CellComparison> compared_cells(const App& app, const std::vector<const Report*>& reports);
std::string compare_difference_text(const std::optional<double>& base, const std::optional<double>& other);
std::string compare_percent_text(const std::optional<double>& base, const std::optional<double>& other);
std::string compare_report_name(const Report& report);

// For the page API's state().view.tables: {cell, keyFigure, compare, quote, message}.
nlohmann::json tables_view_json(const App& app);

// The tables (and key figures) as HTML tables for screen readers, kept in step each frame.
void update_tables_mirror(App& app);

}  // namespace gongkai::ui
