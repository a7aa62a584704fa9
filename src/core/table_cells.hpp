// table_cells.hpp — the template tables in long format for the exports and `gongkai stats
// --cells`: one row per stated cell (table, row, column, labels, value, unit, where it stands),
// in print order. Built on template_cells (template_layout.hpp), which names the cells; this
// adds what an export needs beside: the unit, and the cell's digits in the text.
#pragma once

#include <string>
#include <vector>

#include "core/report.hpp"

namespace gongkai {

struct TableCell {
    std::string table;     // "proactive" (table 二), "applications" (三), "reviews_and_lawsuits" (四)
    std::string row;       // proactive: the item (规章, 行政许可 ...); applications: the row key (new,
                           // denied.state_secret ...); reviews_and_lawsuits: review, litigation_direct,
                           // litigation_after_review
    std::string clause;    // proactive only: 20.1, 20.5 ...
    std::string column;    // made, decisions ...; natural_person ... total; maintained ... total
    std::string row_zh, column_zh;  // the template's printed labels (template_layout.hpp)
    double value = 0;
    std::string unit;      // 件 (documents, decisions, applications, cases), 项 (items), 万元 (amounts)
    std::string location;  // the cell's JSON Pointer, e.g. /tables/applications/new/total
    const Quote* source = nullptr;  // its digits in Report::text, when the importer recorded them
};

// Every stated cell of `report`'s tables (none when it has no tables); blank cells are left out.
// The source pointers stay valid while `report` lives unchanged.
std::vector<TableCell> table_cells(const Report& report);

// Table cells of several reports summed by fields among table, row, column, report, region,
// year (in the order given): what `gongkai stats --cells --by ...` prints.
struct CellGroup {
    std::vector<std::string> keys;  // one per field of `by`
    std::string unit;               // never summed across units: one group per unit
    double total = 0;
    std::size_t cells = 0;
};
// False (and `error` set) for an unknown field. Groups come in the order first met (print order).
bool cell_groups(const std::vector<Report>& reports, const std::vector<std::string>& by,
                 std::vector<CellGroup>& out, std::string& error);

}  // namespace gongkai
