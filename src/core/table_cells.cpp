// table_cells.cpp — the template tables in long format (table_cells.hpp).
#include "core/table_cells.hpp"

#include <algorithm>
#include <map>

#include "core/json_template_layout.hpp"

namespace gongkai {

namespace {

void add(const TemplateTables& t, std::vector<TableCell>& out, std::string table, std::string row,
         std::string column, double value, std::string location) {
    TableCell c;
    c.table = std::move(table);
    c.row = std::move(row);
    c.column = std::move(column);
    c.value = value;
    c.unit = c.column == "fees" || c.column == "procurement_amount" ? "万元"
             : c.column == "previous_items" || c.column == "change" || c.column == "procurement_items" ? "项"
                                                                                                       : "件";
    c.source = t.source_of(location);
    c.location = std::move(location);
    out.push_back(std::move(c));
}

void application_row(const TemplateTables& t, const std::string& key, const ApplicationRow& row,
                     std::vector<TableCell>& out) {
    for (std::size_t k = 0; k < row.size(); ++k)
        if (row[k])
            add(t, out, "applications", key, kApplicationColumns[k], *row[k],
                "/tables/applications/" + key + "/" + kApplicationColumns[k]);
}

}  // namespace

std::vector<TableCell> table_cells(const Report& report) {
    std::vector<TableCell> out;
    if (!report.tables) return out;
    const TemplateTables& t = *report.tables;
    for (std::size_t i = 0; i < t.proactive.size(); ++i) {
        const ProactiveRow& row = t.proactive[i];
        const std::string at = "/tables/proactive/" + std::to_string(i) + "/";
        // The template's column order, then (hand-built models only) any other by name.
        std::vector<std::string> columns;
        if (const auto* clause = layout::find_clause(report.meta.template_version, row.clause))
            for (auto c : clause->columns)
                if (!c.empty() && row.columns.count(std::string(c))) columns.emplace_back(c);
        for (const auto& [name, value] : row.columns)
            if (std::find(columns.begin(), columns.end(), name) == columns.end()) columns.push_back(name);
        for (const std::string& c : columns) {
            add(t, out, "proactive", row.item, c, row.columns.at(c), at + c);
            out.back().clause = row.clause;
        }
    }
    std::vector<std::string> done;
    for (auto key : layout::application_rows(report.meta.template_version)) {
        const auto it = t.applications.find(std::string(key));
        if (it == t.applications.end()) continue;
        application_row(t, it->first, it->second, out);
        done.push_back(it->first);
    }
    for (const auto& [key, row] : t.applications)
        if (std::find(done.begin(), done.end(), key) == done.end()) application_row(t, key, row, out);
    const std::pair<const char*, const std::optional<CaseOutcomes>*> kinds[] = {
        {"review", &t.review}, {"litigation_direct", &t.litigation_direct},
        {"litigation_after_review", &t.litigation_after_review}};
    for (const auto& [name, cases] : kinds) {
        if (!*cases) continue;
        const CaseOutcomes& o = **cases;
        const std::optional<double>* cells[] = {&o.maintained, &o.corrected, &o.other, &o.pending, &o.total};
        for (std::size_t k = 0; k < layout::kCaseOutcomeKeys.size(); ++k)
            if (*cells[k])
                add(t, out, "review_litigation", name, std::string(layout::kCaseOutcomeKeys[k]), **cells[k],
                    std::string("/tables/") + name + "/" + std::string(layout::kCaseOutcomeKeys[k]));
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
    // First-seen order of the groups: the template's order for table/row/column.
    std::map<std::vector<std::string>, std::size_t> index;
    out.clear();
    for (const Report& r : reports) {
        for (const TableCell& c : table_cells(r)) {
            std::vector<std::string> keys;
            for (const std::string& f : by) {
                if (f == "table") keys.push_back(c.table);
                else if (f == "row") keys.push_back(c.row);
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
