// chart_key_figures.hpp — charts of key figures (关键指标) across the loaded reports: one
// body's trend by year, every report ranked, and two or more reports side by side.
//
// The key figures come from key_figures.hpp (one definition for both eras); these builders
// only arrange them. Every row keeps, per series, where its number comes from (a table cell's
// JSON Pointer or a prose figure) and its status, so a click on a bar can show the cell or
// the quote. Units are never mixed on one axis: rows in another unit than the one shown are
// left out and the chart lists the units it has (ChartData::units) for a switch.
#pragma once

#include <string>
#include <vector>

#include "core/chart_data.hpp"
#include "core/key_figures.hpp"
#include "core/report.hpp"

namespace gongkai {

// A report with its key figures (computed once by the caller: key_figures() reads the tables
// and the prose).
struct KeyFigureSet {
    const Report* report = nullptr;
    KeyFigures figures;
};

// The overall totals of a report the bars show apart, as KPIs (ChartOptions::totals_apart,
// FigureColumns): the ids of its key figures' totals stated in prose.
std::vector<std::string> chart_totals_apart(const Report& report);

// Whether `name` is one of kKeyFigureNames.
bool is_key_figure_name(std::string_view name);

// One body's key figure by year (rows in year order, label = year; reports without a year are
// left out; two reports of one year are labelled with their names). `line`: drawn as a line
// (ChartKind::Line), else as bars in year order. A year whose report does not state it is
// present = false ("—"). texts.name("kf.<name>") names the key figure in the title's place.
ChartData key_figure_trend(const std::vector<KeyFigureSet>& reports, const std::string& name, bool line,
                           const ChartTexts& texts, const std::string& unit = {});

// The key figure of every report, largest first (label = the report's name, report_names());
// reports that do not state it come last as "—".
ChartData key_figure_ranking(const std::vector<KeyFigureSet>& reports, const std::string& name,
                             const ChartTexts& texts, const std::string& unit = {});

// Key figures of two or more reports side by side: one row per key figure (label
// texts.name("kf.<name>")), one series per report, with the table of changes
// (ChartData::differences). A key figure a report does not state is present = false.
ChartData key_figure_compare(const std::vector<KeyFigureSet>& reports, const ChartTexts& texts,
                             const std::string& unit = {});

}  // namespace gongkai
