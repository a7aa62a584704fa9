// chart_view.hpp — what the charts tab shows (kind, grouping, drill-down, hidden series)
// and the operations on it shared by the UI, the page API and the exports.
//
// The chart's data is built by the core (core/chart_data.hpp) and cached: it is rebuilt
// only when the reports, the chart state or the language change, never per frame.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/aggregate.hpp"
#include "core/chart_data.hpp"
#include "core/chart_template.hpp"

namespace gongkai::ui {

class App;
struct ExportFile;

// The bar, slice or tile under the mouse in the last frame (shown as a tooltip).
struct ChartTooltip {
    std::string label;
    double value = 0;
    std::string unit;
    double share = -1;   // percent of its unit's total; -1 = not applicable
    std::string series;  // stacked/compare: the series of the hovered segment
    std::vector<std::string> quotes;
};

struct ChartState {
    ChartKind kind = ChartKind::Bars;
    Field grouping = Field::Area;                       // bars / compare: the first level
    bool all_reports = false;                           // bars: every loaded report, not the current one
    std::string measure = "published";
    std::vector<std::pair<Field, std::string>> drill;   // bars: the drill-down path (field = value)
    std::string breakdown_total;                        // donut: the total's figure id ("" = first choice)
    std::string breakdown;                              // donut: its breakdown label
    std::map<ChartKind, std::set<std::string>> hidden;  // legend entries switched off, by name
    std::string unit;                                   // bars, compare, key figures: the unit shown ("" = the largest)
    TemplateChart template_chart = TemplateChart::Documents;  // template: which table's chart
    bool template_donut = false;                        // template outcomes: a donut, not stacked bars
    std::string key_figure = "applications_received";   // trend, ranking: which key figure
    bool trend_line = true;                             // trend: a line, else bars by year
    std::string selected;                               // template, key figures: the row shown in details (its key)
    std::optional<ChartTooltip> tooltip;                // set while drawing
    std::uint64_t revision = 0;                         // bumps on every change
};

// The field the bars group by now: the grouping, one level down per drill step.
Field chart_field(const ChartState& s);
// The next level of a drill-down (area -> topic -> department -> category), or nullopt.
std::optional<Field> drill_next(Field field);
// The groupings offered: area, topic, department, category; across all reports, also region
// and year.
inline constexpr Field kChartGroupings[] = {Field::Area, Field::Topic, Field::Department, Field::Category};
inline constexpr Field kAllReportsGroupings[] = {Field::Area,     Field::Topic,  Field::Department,
                                                 Field::Category, Field::Region, Field::Year};

// State changes (each bumps the revision and asks for a redraw).
void chart_set_kind(App& app, ChartKind kind);
void chart_set_grouping(App& app, Field grouping);   // also clears the drill-down
void chart_set_all_reports(App& app, bool all);      // bars over every report or the current one
void chart_drill(App& app, const std::string& key);  // into a bar
void chart_back(App& app, std::size_t depth);        // to a breadcrumb level (0 = top)
void chart_toggle_series(App& app, const std::string& name);
void chart_set_unit(App& app, const std::string& unit);
void chart_select(App& app, const std::string& key);  // template, key figures: a bar's cells and quotes

// The chart as it is now (cached; rebuilt only when its inputs change).
const ChartData& current_chart(App& app);
// Built afresh (exports are const and rare).
ChartData build_chart(const App& app);
// Donut choices of the current report, and the index of the chosen one (-1 = none).
const std::vector<BreakdownChoice>& chart_breakdowns(App& app);
int chart_breakdown_index(App& app);

// Exports "svg" and "png": the SVG document, named by export_file_name (region-year-view).
// For "png" the bytes are the same SVG; the browser rasterises it (web/gongkai-api.js).
// "chart_csv": the chart's data as CSV (UTF-8 with BOM, CRLF), with where each number comes
// from and the source line. Nothing when the chart has no rows (the tab says why).
std::optional<ExportFile> chart_export(const App& app, std::string_view format);
bool chart_download(const App& app, std::string_view format);

// For the page API: state().view's chart keys, and setView's.
nlohmann::json chart_view_json(const App& app);
std::string apply_chart_view(App& app, const nlohmann::json& view);  // "" or the error
nlohmann::json chart_data_json(App& app);                          // gongkai.chartData()

// Keeps the visually hidden HTML table of the current chart's data in step (accessibility).
void update_chart_mirror(App& app);

// Drawing (src/ui/chart_draw.cpp).
void draw_chart_plot(App& app, const ChartData& data);

}  // namespace gongkai::ui
