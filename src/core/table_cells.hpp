// table_cells.hpp — the template tables in long format: one row per cell (table, row, column,
// value, where it stands), in the template's order. What the exports and `gongkai stats --cells`
// write, so that a spreadsheet or a script never has to know the nested JSON shape.
#pragma once

#include <string>
#include <vector>

#include "core/report.hpp"

namespace gongkai {

struct TableCell {
    std::string table;     // "proactive" (table 二), "applications" (table 三), "review_litigation" (table 四)
    std::string row;       // proactive: the item (规章, 行政许可 ...); applications: the row key (new,
                           // denied.state_secret ...); review_litigation: review, litigation_direct,
                           // litigation_after_review
    std::string clause;    // proactive only: 20.1, 20.5 ...
    std::string column;    // made, decisions ...; natural_person ... total; maintained ... total
    double value = 0;
    std::string unit;      // 件 (documents, decisions, applications, cases), 项 (items), 万元 (amounts)
    std::string location;  // the cell's JSON Pointer, e.g. /tables/applications/new/total
    const Quote* source = nullptr;  // its digits in Report::text, when the importer recorded them
};

// Every stated cell of `report`'s tables (none when it has no tables). The pointers into
// `report` stay valid while it lives unchanged.
std::vector<TableCell> table_cells(const Report& report);

// Table cells of several reports summed by fields among table, row, column, report, region,
// year (the order given): what `gongkai stats --cells --by ...` prints.
struct CellGroup {
    std::vector<std::string> keys;  // one per field of `by`
    std::string unit;               // never summed across units: one group per unit
    double total = 0;
    std::size_t cells = 0;
};
// Fields: "table", "row", "column", "report", "region", "year". False (and `error` set) for
// an unknown field.
bool cell_groups(const std::vector<Report>& reports, const std::vector<std::string>& by,
                 std::vector<CellGroup>& out, std::string& error);

}  // namespace gongkai
