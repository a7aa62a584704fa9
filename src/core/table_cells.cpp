// table_cells.cpp — the template tables in long format (table_cells.hpp).
#include "core/table_cells.hpp"

#include <algorithm>
#include <map>

#include "core/template_layout.hpp"

namespace gongkai {

namespace {

std::string unit_of(const std::string& column) {
    if (column == "fees" || column == "procurement_amount") return "万元";
    if (column == "previous_items" || column == "change" || column == "procurement_items") return "项";
    return "件";
}

}  // namespace

std::vector<TableCell> table_cells(const Report& report) {
    std::vector<TableCell> out;
    if (!report.tables) return out;
    for (TemplateCell& t : template_cells(report)) {
        if (!t.value) continue;
        TableCell c;
        c.table = template_table_name(t.table);
        c.row = std::move(t.row);
        c.clause = std::move(t.clause);
        c.column = std::move(t.column);
        c.row_zh = std::move(t.row_zh);
        c.column_zh = std::move(t.column_zh);
        c.value = *t.value;
        c.unit = unit_of(c.column);
        c.source = report.tables->source_of(t.pointer);
        c.location = std::move(t.pointer);
        out.push_back(std::move(c));
    }
    return out;
}

bool cell_groups(const std::vector<Report>& reports, const std::vector<std::string>& by, std::vector<CellGroup>& out,
                 std::string& error) {
    static const char* const kFields[] = {"table", "row", "column", "report", "region", "year"};
    for (const std::string& f : by) {
        if (std::find(std::begin(kFields), std::end(kFields), f) == std::end(kFields)) {
            error = "unknown cell field \"" + f + "\"; expected table, row, column, report, region or year";
            return false;
        }
    }
    std::map<std::vector<std::string>, std::size_t> index;  // keys + unit -> position in out
    out.clear();
    for (const Report& r : reports) {
        for (const TableCell& c : table_cells(r)) {
            std::vector<std::string> keys;
            for (const std::string& f : by) {
                if (f == "table") keys.push_back(c.table);
                else if (f == "row") keys.push_back(c.clause.empty() ? c.row : c.clause + " " + c.row);
                else if (f == "column") keys.push_back(c.column);
                else if (f == "report") keys.push_back(r.id);
                else if (f == "region") keys.push_back(r.meta.region.name);
                else keys.push_back(r.meta.year ? std::to_string(*r.meta.year) : "");
            }
            std::vector<std::string> key = keys;
            key.push_back(c.unit);
            auto [it, added] = index.emplace(std::move(key), out.size());
            if (added) out.push_back({std::move(keys), c.unit, 0, 0});
            out[it->second].total += c.value;
            out[it->second].cells += 1;
        }
    }
    return true;
}

}  // namespace gongkai
