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
};

Summary summarise(const Report& report, const std::vector<Finding>& findings);

// Where a key figure or a cell comes from, in one line: "/tables/applications/new/total “50”",
// "derived: sum of ...", or the prose quote.
std::string key_figure_source_text(const KeyFigure& k);
std::string cell_source_text(const TableCell& c);

// ">", "<", "≈" for a figure stated as over, under or about its value; "" otherwise.
const char* qualifier_sign(const Figure& f);

}  // namespace gongkai::detail
