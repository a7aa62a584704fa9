// export_summary.hpp — what a report's summary says, worked out once for its two writers,
// summary_markdown (export_markdown.cpp) and summary_html (export_html.cpp), which only
// lay it out and escape it. Internal to the core.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/audit.hpp"
#include "core/key_figures.hpp"
#include "core/report.hpp"
#include "core/scorecard.hpp"
#include "core/table_cells.hpp"

namespace gongkai::detail {

struct SummaryAreaRow {
    std::string area;  // "" when not stated
    double total = 0;
    std::string share;  // of the unit's sum, "41.2%"; "–" when the sum is 0
    std::size_t figures = 0;
};

// Published information of one unit by area, each part counted once (aggregate()).
struct SummaryAreaTable {
    std::string unit;
    std::vector<SummaryAreaRow> rows;
    double sum = 0;
};

struct Summary {
    std::vector<KeyFigure> headline;         // the report's key figures (关键指标) that it states
    std::vector<TableCell> cells;            // the template tables in long format
    std::vector<const Figure*> key_figures;  // top-level figures: nobody's parts, not shares; at most 40
    std::size_t more_key_figures = 0;        // how many more there are
    std::vector<SummaryAreaTable> by_area;   // by unit
    std::vector<std::pair<const char*, double>> applications;  // row label, the 总计 column
    std::vector<const Finding*> findings;    // the report's own
    Scorecard score;                         // its score card (docs/scorecard.md); no continuity flags
};

// A score point's line: "5/5", "—" (not applicable), "!" (flagged).
std::string score_points_text(const ScorePoint& p);

Summary summarise(const Report& report, const std::vector<Finding>& findings);

// Where a key figure or a cell comes from, in one line: "/tables/applications/new/total “50”",
// "derived: sum of ...", or the prose quote.
std::string key_figure_source_text(const KeyFigure& k);
std::string cell_source_text(const TableCell& c);
// A key figure's label and status in `l`; a cell's row and column labels in `l`.
std::string key_figure_label(std::string_view name, Language l);
std::string key_figure_status_word(KeyFigureStatus s, Language l);
std::string cell_row_label(const TableCell& c, Language l);
std::string cell_column_label(const TableCell& c, Language l);

// An applications row's label (Summary::applications) in `l`: "本年新收 (new)" in English as
// ever, "本年新收" in Chinese.
std::string application_row_label(const char* label, Language l);

// "warning" / "警告".
std::string severity_word(Severity s, Language l);

// The rule as an export names it: its code in English (the machine column as it always was),
// its name in words with the code in brackets in Chinese ("分项之和与总数不符（parts-sum）").
std::string rule_label(const std::string& rule, Language l);

// ">", "<", "≈" for a figure stated as over, under or about its value; "" otherwise.
const char* qualifier_sign(const Figure& f);

}  // namespace gongkai::detail
