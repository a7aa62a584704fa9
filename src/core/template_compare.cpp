// template_compare.cpp — matching template cells across reports (see template_compare.hpp).
#include "core/template_compare.hpp"

#include <unordered_map>

namespace gongkai {

std::vector<CellComparison> compare_template_cells(const std::vector<const Report*>& reports) {
    std::vector<CellComparison> out;
    std::unordered_map<std::string, std::size_t> by_meaning;
    for (std::size_t r = 0; r < reports.size(); ++r) {
        if (!reports[r]) continue;
        for (TemplateCell& cell : template_cells(*reports[r])) {
            const std::string meaning = std::string(template_table_name(cell.table)) + '\x1f' + cell.clause + '\x1f' +
                                        cell.row + '\x1f' + cell.column;
            auto [it, added] = by_meaning.emplace(meaning, out.size());
            if (added) {
                CellComparison c;
                c.table = cell.table;
                c.clause = cell.clause;
                c.row = cell.row;
                c.column = cell.column;
                c.row_zh = std::move(cell.row_zh);
                c.row_en = std::move(cell.row_en);
                c.column_zh = std::move(cell.column_zh);
                c.column_en = std::move(cell.column_en);
                c.values.resize(reports.size());
                c.pointers.resize(reports.size());
                out.push_back(std::move(c));
            }
            CellComparison& c = out[it->second];
            c.values[r] = cell.value;
            c.pointers[r] = std::move(cell.pointer);
        }
    }
    return out;
}

std::optional<double> cell_difference(const std::optional<double>& base, const std::optional<double>& other) {
    if (!base || !other) return std::nullopt;
    return *other - *base;
}

std::optional<double> cell_percent_change(const std::optional<double>& base, const std::optional<double>& other) {
    if (!base || !other || *base == 0) return std::nullopt;
    return (*other - *base) / *base * 100.0;
}

}  // namespace gongkai
