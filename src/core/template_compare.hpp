// template_compare.hpp — two or more reports' template tables side by side, cell by cell.
//
// Cells are matched by what they mean, not where they are stored: table, 第二十条 clause and
// item, row key and column key (a 规章 row may be /tables/proactive/0 in one report and
// /tables/proactive/2 in another). A cell one report lacks stays absent — a difference with an
// absent cell is no difference at all ("—"), never a change of −100%.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/report.hpp"
#include "core/template_layout.hpp"

namespace gongkai {

struct CellComparison {
    TemplateTableId table = TemplateTableId::Applications;
    std::string clause, row, column;   // as TemplateCell
    std::string row_zh, row_en, column_zh, column_en;
    std::vector<std::optional<double>> values;  // one per report; none: absent or blank
    std::vector<std::string> pointers;          // one per report; "" where the report lacks the cell
};

// The cells of every report, in the print order of the first report that has each cell.
std::vector<CellComparison> compare_template_cells(const std::vector<const Report*>& reports);

// other − base; none when either is absent.
std::optional<double> cell_difference(const std::optional<double>& base, const std::optional<double>& other);
// (other − base) / base × 100; none when either is absent or base is 0.
std::optional<double> cell_percent_change(const std::optional<double>& base, const std::optional<double>& other);

}  // namespace gongkai
