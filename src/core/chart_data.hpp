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
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/aggregate.hpp"
#include "core/figure_columns.hpp"
#include "core/report.hpp"

namespace gongkai {

enum class ChartKind { Bars, Stacked, Donut, Treemap, Compare };
inline constexpr ChartKind kChartKinds[] = {ChartKind::Bars, ChartKind::Stacked, ChartKind::Donut,
                                            ChartKind::Treemap, ChartKind::Compare};
const char* chart_kind_name(ChartKind kind);  // "bars", "stacked", "donut", "treemap", "compare"
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
    double total() const;              // sum over the series
};
inline constexpr std::size_t kChartMaxQuotes = 3;

struct ChartData {
    ChartKind kind = ChartKind::Bars;
    std::string title;
    std::string subtitle;
    std::string label_header;          // column header of the row labels, e.g. 领域
    std::vector<std::string> series;   // legend entries; one (possibly empty) for single-series charts
    std::vector<bool> hidden;          // per series: hidden by the legend
    std::vector<bool> hidden_rows;     // donut: per slice, hidden by the legend
    std::vector<ChartRow> rows;        // sorted as drawn (largest first)

    bool series_visible(std::size_t s) const { return s >= hidden.size() || !hidden[s]; }
    bool row_visible(std::size_t r) const { return r >= hidden_rows.size() || !hidden_rows[r]; }
    // Sum of the visible values of the rows in `unit` (shares are taken within one unit).
    double unit_total(const std::string& unit) const;
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
};

// ---- builders ----------------------------------------------------------------------

// Horizontal bars: `field` groups the figures of `measure` that pass `drill` (field = value
// pairs, the drill-down path). One row per (value, unit).
ChartData bar_chart(const Report& report, Field field, const std::string& measure,
                    const std::vector<std::pair<Field, std::string>>& drill, const ChartTexts& texts);

// The same across every report of a collection, from its columns (figure_columns.hpp): fast
// enough to regroup a million figures while the user clicks. `field` may also be Region or
// Year. Rows carry no quotes (a bar sums figures of many reports).
ChartData bar_chart(const FigureColumns& columns, Field field, const std::string& measure,
                    const std::vector<std::pair<Field, std::string>>& drill, const ChartTexts& texts);

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

// Compare: one series per report, rows by `field` (value, unit) over all of them.
ChartData compare_chart(const std::vector<const Report*>& reports, Field field, const std::string& measure,
                        const ChartTexts& texts);

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

// 47, 30.77, 1234 (no grouping: the reports write 1234).
std::string chart_number(double value);

}  // namespace gongkai
