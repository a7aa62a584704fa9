// export.hpp — CSV and Markdown output of figures, aggregations and summaries.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/aggregate.hpp"
#include "core/audit.hpp"
#include "core/report.hpp"

namespace gongkai {

// One CSV cell: RFC 4180 quoting, and formula-injection protection as OWASP
// recommends (a cell starting with = + - @ tab or CR gets a leading apostrophe).
std::string csv_cell(std::string_view text);

// All figures of the reports (that pass the filter): UTF-8 with BOM, CRLF, one header row.
// The header names the columns by their machine names (report_id, area, …), which every
// importer of the CSV can rely on; with `header` = Chinese, by their Chinese names instead.
std::string figures_csv(const std::vector<Report>& reports, const Filter& filter = {},
                        Language header = Language::English);
// The header row's words: the machine names (report_id, area, …), or the columns' names in
// Chinese or English words (报告编号 / Report id) for a reader's spreadsheet.
enum class CsvHeader { Machine, Chinese, English };
std::string figures_csv(const std::vector<Report>& reports, const Filter& filter, CsvHeader header);

// An aggregation as CSV (same conventions); `by` names the key columns.
std::string groups_csv(const std::vector<Group>& groups, const std::vector<Field>& by);

// The template tables' cells of the reports in long format, one row per cell:
// report_id,region,year,template,table,clause,row,column,row_label,column_label,value,unit,location,
// quote,quote_start,quote_end (the labels as the template prints them).
std::string cells_csv(const std::vector<Report>& reports);
// The same as JSON: {"cells": [{"report", "table", "clause"?, "row", "column", "row_label", "column_label", "value", "unit",
// "location", "quote"?, "quote_start"?, "quote_end"?}]}.
std::string cells_json(const std::vector<Report>& reports);

// The key figures (docs/key-figures.md), one row per report and name:
// report,title,region,year,key_figure,label,value,unit,status,source,location,how,quote,prose_value.
std::string key_figures_csv(const std::vector<Report>& reports);
// {"reports":[{"id","title","region","year","key_figures":{NAME:{"value","status","source","quote",...}}}]},
// as `gongkai key-figures --format json` prints it.
std::string key_figures_json(const std::vector<Report>& reports);

// A readable Markdown summary of one report: key figures, counts by area, audit findings.
// Headings and findings in `language`; the report's own data is never translated.
std::string summary_markdown(const Report& report, const std::vector<Finding>& findings,
                             Language language = Language::English);

// The same summary as a standalone HTML page (UTF-8, no scripts, no external resources).
// Every text from the report is HTML-escaped, so a report can never inject markup.
std::string summary_html(const Report& report, const std::vector<Finding>& findings,
                         Language language = Language::English);

// A file name that says what a download holds, safe on every OS:
// e.g. export_file_name(report, "figures", "csv") -> "阜新市-2017-figures.csv".
std::string export_file_name(const Report* report, std::string_view view, std::string_view extension);

}  // namespace gongkai
