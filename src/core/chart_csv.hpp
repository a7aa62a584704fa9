// chart_csv.hpp — a chart's data as CSV: what the picture shows, in numbers (the chart
// tab's CSV export, beside SVG and PNG).
//
// One row per bar/slice/point with its value per visible series, unit, share (one unit's
// total) or change (compared charts), and, for template cells and key figures, the status and
// where each number comes from. Totals shown apart (ChartData::kpis) and the source line
// follow the rows. UTF-8 with BOM, CRLF, cells through csv_cell (export.hpp).
#pragma once

#include <string>

#include "core/chart_data.hpp"

namespace gongkai {

// Column headers and words, in the export's language.
struct ChartCsvTexts {
    std::string label = "label";
    std::string value = "value";
    std::string unit = "unit";
    std::string share = "share";
    std::string difference = "difference";
    std::string change = "change";
    std::string status = "status";
    std::string source = "source";
    std::string report = "report";
    std::string total = "total";     // first cell of a KPI row
    std::string absent = "—";        // a value the report does not state
};

std::string chart_csv(const ChartData& data, const ChartCsvTexts& texts = {});

}  // namespace gongkai
