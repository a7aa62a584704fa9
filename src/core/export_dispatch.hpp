// export_dispatch.hpp — an export by its format's name: the bytes, the file name that says what
// they hold, and the MIME type. The page (File → Export, gongkai.exportData) and the CLI
// (`gongkai export --format ...`) both come here, so a format means the same bytes in both.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/aggregate.hpp"
#include "core/audit.hpp"
#include "core/chart_csv.hpp"
#include "core/chart_data.hpp"
#include "core/chart_svg.hpp"
#include "core/export.hpp"
#include "core/message.hpp"
#include "core/report.hpp"

namespace gongkai {

struct ExportFile {
    std::string file_name;
    std::string mime_type;
    std::string bytes;
};

// How the reports' formats are written.
struct ReportExportOptions {
    Filter filter;                              // csv: only the figures that pass
    std::string csv_view = "figures";           // csv: what the file name says it holds
    CsvHeader csv_header = CsvHeader::Machine;  // csv: the header's words
    Language language = Language::English;      // md, html, scores: the summaries' words
};

// The reports' formats:
//   "csv"         every figure of `reports`, one row each (figures_csv)
//   "json"        one report's JSON, or a collection when there are several
//   "collection"  a collection, whatever the count
//   "md"          a Markdown summary per report (separated by a "---" rule)
//   "html"        the HTML summary of one report (nullopt for several: one page, one report)
//   "scores_csv", "scores_json"  every report's scorecard (a ranking is only meaningful across them)
// Summaries take the findings of their own report from `findings`. nullopt when the format is
// not one of these (or html without exactly one report); no report gives an empty export.
std::optional<ExportFile> export_reports(std::string_view format, const std::vector<Report>& reports,
                                         const std::vector<Finding>& findings,
                                         const ReportExportOptions& options = {});
bool is_report_export_format(std::string_view format);

// A chart's formats: "svg" (the picture, chart_svg) and "chart_csv" (its data, chart_csv),
// named by `named_by` (nullptr: several reports) and `view` (e.g. "chart-bars-area").
// nullopt when the chart has no rows: never an empty picture.
struct ChartExportTexts {
    SvgOptions svg;
    ChartCsvTexts csv;
};
std::optional<ExportFile> export_chart(std::string_view format, const ChartData& chart, const Report* named_by,
                                       std::string_view view, const ChartExportTexts& texts = {});

// The chart `gongkai export --format svg` draws, the explorer's first chart: a report's
// published figures in bars by `field`, its overall totals shown apart (English texts).
ChartData default_bar_chart(const Report& report, Field field = Field::Area);

}  // namespace gongkai
