// chart_data.hpp — the data of one chart, shared by the ImGui view and the SVG/PNG export.
//
// The builders turn reports into rows and series through the core's counting rule
// (aggregate(): totals and their parts are never counted twice, units never added).
// Drawing code (src/ui/chart_*.cpp) and the SVG writer (chart_svg.hpp) only read a
// ChartData, so what is exported is exactly what is on screen. Platform-free: the CLI
// and the tests use it too. Display texts (titles, "not stated", "other") come in
// through ChartTexts, so the core needs no string table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/aggregate.hpp"
#include "core/figure_columns.hpp"
#include "core/number_text.hpp"
#include "core/report.hpp"

namespace gongkai {

// The charts a user picks. Line is only a shape (ChartData::kind of a trend drawn as a line);
// Template, Trend, Ranking and KeyCompare are drawn in the shapes above them (ChartData::kind
// says which): template tables (chart_template.hpp) and key figures across reports
// (chart_key_figures.hpp).
enum class ChartKind { Bars, Stacked, Donut, Treemap, Compare, Line, Template, Trend, Ranking, KeyCompare };
inline constexpr ChartKind kChartKinds[] = {ChartKind::Bars,     ChartKind::Stacked, ChartKind::Donut,
                                            ChartKind::Treemap,  ChartKind::Compare, ChartKind::Template,
                                            ChartKind::Trend,    ChartKind::Ranking, ChartKind::KeyCompare};
// "bars", "stacked", "donut", "treemap", "compare", "line", "template", "trend", "ranking", "keycompare"
const char* chart_kind_name(ChartKind kind);
std::optional<ChartKind> parse_chart_kind(std::string_view name);

// One bar / stack / slice / treemap leaf / group of compared bars.
struct ChartRow {
    std::string label;                 // full display text (the drawing shortens it, never the data)
    std::string key;                   // the group's value ("" = not stated): what a drill-down filters on
    std::vector<std::string> path;     // treemap: {area, topic, category} display texts
    std::string unit;
    std::vector<double> values;        // one per series; a missing value is 0 with present[i] false
    std::vector<bool> present;         // compare: whether the report states anything for this row
    std::size_t figures = 0;           // counted figures that went in
    std::vector<std::string> quotes;   // quotes of those figures (at most kChartMaxQuotes)
    // Key figures and template cells, per series: where the value comes from (a JSON Pointer
    // into the report such as /tables/applications/new/total, or /figures/<i>), its key-figure
    // status ("stated", "derived", ...) and the report it belongs to. Empty for figure charts.
    std::vector<std::string> sources;
    std::vector<std::string> statuses;
    std::vector<std::string> report_ids;
    double total() const;              // sum over the series
};
inline constexpr std::size_t kChartMaxQuotes = 3;

// An overall total taken out of the bars (e.g. 主动公开 9538 条, the report's proactive total
// whose areas are stated apart from it): drawn as a figure above the chart, never as a bar
// beside its own parts.
struct ChartKpi {
    std::string label;     // the total's name, e.g. 主动公开 · 各类政府信息
    std::string series;    // compare: which report it belongs to
    double value = 0;
    std::string unit;
    std::string figure_id;  // a prose figure's id, or
    std::string location;   // a table cell's JSON Pointer (/tables/applications/new/total)
    std::string quote;
};

struct ChartData {
    ChartKind kind = ChartKind::Bars;
    std::string title;
    std::string subtitle;
    std::string label_header;          // column header of the row labels, e.g. 领域
    std::vector<std::string> series;   // legend entries; one (possibly empty) for single-series charts
    std::vector<bool> hidden;          // per series: hidden by the legend
    std::vector<bool> hidden_rows;     // donut: per slice, hidden by the legend
    std::vector<ChartRow> rows;        // sorted as drawn (largest first)
    std::vector<ChartKpi> kpis;        // overall totals shown apart from the bars
    // Bars and compare show one unit at a time (never 条 and 件 on one axis): the unit shown,
    // and every unit the measure has there, the largest first (more than one: a unit switch).
    std::string unit;
    std::vector<std::string> units;
    std::string source;                // the chart's source line (数据来源…), "" = none
    bool differences = false;          // grouped bars: a table of changes goes with them (compare)
    bool select_rows = false;          // a click on a bar selects it (its cells and quotes), no drill
    bool shares = true;                // a bar's share of its unit's total means something (not across years)

    bool series_visible(std::size_t s) const { return s >= hidden.size() || !hidden[s]; }
    bool row_visible(std::size_t r) const { return r >= hidden_rows.size() || !hidden_rows[r]; }
    // Sum of the visible values of the rows in `unit` (shares are taken within one unit).
    double unit_total(const std::string& of_unit) const;
    bool several_units() const;
    // The row's label with its unit appended when the chart mixes units ("建议提案办理（件）").
    std::string row_label(const ChartRow& row) const;
    // Largest visible value (bars, compare) or visible stack (stacked).
    double max_value() const;
};

// Display texts the builders need, in the UI's language.
struct ChartTexts {
    std::string not_stated = "（未注明）";
    std::string other = "其他";
    std::string remainder = "其余（未细分）";
    std::string title;      // put into ChartData::title as is
    std::string subtitle;
    std::string label_header;
    // Display text of a fixed name (template columns, outcomes, key figures): "applicant.
    // natural_person" -> 自然人. The default returns the name.
    std::function<std::string(std::string_view)> label;
    std::string name(std::string_view key) const { return label ? label(key) : std::string(key); }
};

// What the bars and the comparison leave out and which unit they show.
struct ChartOptions {
    // Ids of overall totals (the key figures' totals, from key_figures.hpp) to take out of the
    // bars and show as KPIs. Only a total none of whose parts is linked to it is taken out:
    // one with linked parts is already drawn as the sum of those parts.
    std::vector<std::string> totals_apart;
    std::string unit;  // "" = the unit holding most of the measure
};

// ---- builders ----------------------------------------------------------------------

// Horizontal bars: `field` groups the figures of `measure` that pass `drill` (field = value
// pairs, the drill-down path). One row per (value, unit).
ChartData bar_chart(const Report& report, Field field, const std::string& measure,
                    const std::vector<std::pair<Field, std::string>>& drill, const ChartTexts& texts,
                    const ChartOptions& options = {});

// The same across every report of a collection, from its columns (figure_columns.hpp): fast
// enough to regroup a million figures while the user clicks. `field` may also be Region or
// Year. Rows carry no quotes (a bar sums figures of many reports).
ChartData bar_chart(const FigureColumns& columns, Field field, const std::string& measure,
                    const std::vector<std::pair<Field, std::string>>& drill, const ChartTexts& texts,
                    const std::string& unit = {});

// Stacked bars: rows by `row_field`, stacks by `stack_field`; the `max_series - 1` largest
// stacks get their own series, the rest are summed into texts.other.
ChartData stacked_chart(const Report& report, Field row_field, Field stack_field, const std::string& measure,
                        std::size_t max_series, const ChartTexts& texts);

// A total that is broken down into parts (e.g. 依申请 requests by channel).
struct BreakdownChoice {
    std::string total_id;   // the total figure
    std::string breakdown;  // the parts' breakdown label ("" when unlabelled)
    std::string total_label;  // the total's category (else topic, area, id), e.g. 依申请公开政府信息
    double total_value = 0;
    std::string unit;
    std::size_t parts = 0;
};
// Every (total, breakdown) of the report with at least two parts in the total's unit;
// labelled breakdowns first, then by report order.
std::vector<BreakdownChoice> breakdown_choices(const Report& report);
// Donut: one row per part, plus a texts.remainder row when the parts fall short of the total.
ChartData donut_chart(const Report& report, const BreakdownChoice& choice, const ChartTexts& texts);

// Treemap of the whole report: area -> topic -> category, counted figures of `measure` in the
// unit holding most of it (units are never added). Rows are the leaves with their path.
ChartData treemap_chart(const Report& report, const std::string& measure, const ChartTexts& texts);

// Compare: one series per report, rows by `field` over all of them, in one unit. A row a
// report does not state has present[s] false: "not in this report", never a fall to zero.
// `totals_apart[s]` are report s's overall totals (as ChartOptions::totals_apart).
ChartData compare_chart(const std::vector<const Report*>& reports, Field field, const std::string& measure,
                        const ChartTexts& texts, const std::vector<std::vector<std::string>>& totals_apart = {},
                        const std::string& unit = {});

// A report's name in charts: "阜新市 2017" (region and year), else its id; made unique with
// the id when two reports would read the same.
std::vector<std::string> report_names(const std::vector<const Report*>& reports);

// The change from `from` to `to` of a compared row, nullopt when either side is absent
// (and the percent change also when `from` is 0).
std::optional<double> compare_difference(const ChartRow& row, std::size_t from, std::size_t to);
std::optional<double> compare_percent(const ChartRow& row, std::size_t from, std::size_t to);

// The measures a report states (sorted, "share" excluded: percentages are never summed).
std::vector<std::string> chart_measures(const Report& report);

// ---- geometry shared by the screen and the SVG ---------------------------------------

// Axis ticks: a 1, 2 or 5 × 10^n step giving about `target` ticks up to `max`, and the axis end.
struct Ticks {
    double step = 1;
    double end = 1;  // a multiple of step, >= max
};
Ticks nice_ticks(double max, int target = 5, bool whole = true);

struct TreemapTile {
    double x = 0, y = 0, w = 0, h = 0;
    int depth = 0;             // 0 area, 1 topic, 2 category (leaf)
    std::size_t row = 0;       // leaf: index into ChartData::rows
    std::size_t area = 0;      // colour index: which area it belongs to
    std::string label;
    double value = 0;
};
// Squarified treemap (Bruls, Huizing, van Wijk 2000) of the rows' paths in a w × h box.
// `header` is the height kept at the top of an area and a topic for its label.
std::vector<TreemapTile> layout_treemap(const ChartData& data, double w, double h, double header = 0,
                                        double pad = 0);

// ---- palette ----------------------------------------------------------------------------

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};
// Okabe–Ito: distinguishable with the common colour-vision deficiencies. Cycles after 8.
Rgb series_colour(std::size_t index);
std::string css_colour(Rgb c);  // "#0072b2"
// Black or white, whichever reads better on `background` (WCAG relative luminance).
Rgb text_colour_on(Rgb background);

}  // namespace gongkai
