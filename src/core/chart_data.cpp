// chart_data.cpp — builders of ChartData and the geometry shared by screen and SVG.
//
// [SECTION] Names, numbers, palette
// [SECTION] ChartData helpers
// [SECTION] Builders: bars, stacked, donut, treemap, compare
// [SECTION] Ticks
// [SECTION] Squarified treemap
#include "core/chart_data.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace gongkai {

// ============================================================================
// [SECTION] Names, numbers, palette
// ============================================================================

const char* chart_kind_name(ChartKind kind) {
    switch (kind) {
        case ChartKind::Bars: return "bars";
        case ChartKind::Stacked: return "stacked";
        case ChartKind::Donut: return "donut";
        case ChartKind::Treemap: return "treemap";
        case ChartKind::Compare: return "compare";
        case ChartKind::Line: return "line";
        case ChartKind::Template: return "template";
        case ChartKind::Trend: return "trend";
        case ChartKind::Ranking: return "ranking";
        case ChartKind::KeyCompare: return "keycompare";
    }
    return "bars";
}

std::optional<ChartKind> parse_chart_kind(std::string_view name) {
    for (ChartKind k : kChartKinds)
        if (name == chart_kind_name(k)) return k;
    if (name == "line") return ChartKind::Line;
    return std::nullopt;
}

Rgb series_colour(std::size_t index) {
    // Okabe & Ito (2008), reordered so neighbours differ most; black is replaced by grey
    // because the UI background is dark.
    static constexpr Rgb kPalette[] = {
        {0, 114, 178},   // blue
        {230, 159, 0},   // orange
        {0, 158, 115},   // bluish green
        {213, 94, 0},    // vermillion
        {86, 180, 233},  // sky blue
        {204, 121, 167}, // reddish purple
        {240, 228, 66},  // yellow
        {153, 153, 153}, // grey
    };
    return kPalette[index % (sizeof kPalette / sizeof kPalette[0])];
}

std::string css_colour(Rgb c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

Rgb text_colour_on(Rgb bg) {
    const auto lin = [](std::uint8_t v) {
        const double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * lin(bg.r) + 0.7152 * lin(bg.g) + 0.0722 * lin(bg.b);
    // Contrast with black (l + .05) / .05 against white 1.05 / (l + .05): equal at l ≈ 0.179.
    return l > 0.179 ? Rgb{0, 0, 0} : Rgb{255, 255, 255};
}

// ============================================================================
// [SECTION] ChartData helpers
// ============================================================================

double ChartRow::total() const {
    double t = 0;
    for (double v : values) t += v;
    return t;
}

double ChartData::unit_total(const std::string& of_unit) const {
    double t = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ChartRow& r = rows[i];
        if (r.unit != of_unit || !row_visible(i)) continue;
        for (std::size_t s = 0; s < r.values.size(); ++s)
            if (series_visible(s)) t += r.values[s];
    }
    return t;
}

bool ChartData::several_units() const {
    for (const ChartRow& r : rows)
        if (r.unit != rows.front().unit) return true;
    return false;
}

std::string ChartData::row_label(const ChartRow& row) const {
    return several_units() ? row.label + "（" + row.unit + "）" : row.label;
}

double ChartData::max_value() const {
    double m = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ChartRow& r = rows[i];
        if (!row_visible(i)) continue;
        if (kind == ChartKind::Stacked) {
            double t = 0;
            for (std::size_t s = 0; s < r.values.size(); ++s)
                if (series_visible(s)) t += r.values[s];
            m = std::max(m, t);
        } else {
            for (std::size_t s = 0; s < r.values.size(); ++s)
                if (series_visible(s)) m = std::max(m, r.values[s]);
        }
    }
    return m;
}

// ============================================================================
// [SECTION] Builders
// ============================================================================

namespace {

std::string shown(const std::string& value, const ChartTexts& texts) {
    return value.empty() ? texts.not_stated : value;
}

void start(ChartData& d, ChartKind kind, const ChartTexts& texts) {
    d.kind = kind;
    d.title = texts.title;
    d.subtitle = texts.subtitle;
    d.label_header = texts.label_header;
}

// The unit holding most of `measure` in the report: stacks and tiles never add units.
std::string main_unit(const std::vector<Report>& one, const std::string& measure) {
    Filter f;
    f.measure = measure;
    const std::vector<Group> units = aggregate(one, {Field::Unit}, f);
    return units.empty() ? std::string() : units.front().unit;  // sorted by total, descending
}

// Adds the quotes of the counted figures to the rows they went into.
template <class RowOf>
void add_quotes(const std::vector<Report>& reports, const Filter& filter, std::vector<ChartRow>& rows, RowOf row_of) {
    for (const CountedFigure& c : counted_figures(reports, filter)) {
        const Report& r = reports[c.report_index];
        const Figure& f = r.figures[c.figure_index];
        if (!f.quote || f.quote->text.empty()) continue;
        const std::size_t i = row_of(r, f);
        if (i >= rows.size() || rows[i].quotes.size() >= kChartMaxQuotes) continue;
        rows[i].quotes.push_back(f.quote->text);
    }
}

// One bar: a group of one field.
ChartRow bar_row(const Group& g, const ChartTexts& texts) {
    ChartRow row;
    row.key = g.keys.empty() ? std::string() : g.keys[0];
    row.label = shown(row.key, texts);
    row.unit = g.unit;
    row.values = {g.total};
    row.present = {true};
    row.figures = g.figures;
    return row;
}

void sort_rows(std::vector<ChartRow>& rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const ChartRow& a, const ChartRow& b) {
        return a.total() > b.total();
    });
}

}  // namespace

namespace {

std::string kpi_label(const Figure& f) {
    std::string label = f.area.str();
    const std::string what = !f.category.empty() ? f.category.str() : f.topic.str();
    if (!what.empty() && what != label) label += (label.empty() ? "" : " · ") + what;
    return label.empty() ? f.id.str() : label;
}

// The report as the bars count it: the overall totals in `ids` that stand alone (no part is
// linked to them) are taken out and returned as KPIs of `measure`.
// Only what grouping reads is copied (id, the meta's region and year, the figures): not the
// source text, sections, tables or notes, which a chart never counts.
Report without_totals(const Report& report, const std::vector<std::string>& ids, const std::string& measure,
                      std::vector<ChartKpi>& kpis, const std::string& series) {
    Report out;
    out.id = report.id;
    out.meta.title = report.meta.title;
    out.meta.issuer = report.meta.issuer;
    out.meta.region = report.meta.region;
    out.meta.year = report.meta.year;
    out.meta.template_version = report.meta.template_version;
    std::set<std::string> linked;
    for (const Figure& f : report.figures)
        if (!f.parent.empty()) linked.insert(f.parent.str());
    out.figures.reserve(report.figures.size());
    for (const Figure& f : report.figures) {
        const bool apart = !ids.empty() && f.parent.empty() && !linked.count(f.id.str()) &&
                           std::find(ids.begin(), ids.end(), f.id.str()) != ids.end();
        if (!apart) {
            out.figures.push_back(f);
            continue;
        }
        if (!measure.empty() && f.measure.str() != measure) continue;
        ChartKpi k;
        k.label = kpi_label(f);
        k.series = series;
        k.value = f.value;
        k.unit = f.unit.str();
        k.figure_id = f.id.str();
        if (f.quote) k.quote = f.quote->text.str();
        kpis.push_back(std::move(k));
    }
    return out;
}

// Units of `filter` (its unit ignored), the largest first.
std::vector<std::string> units_of(const std::vector<Report>& reports, Filter filter) {
    filter.unit.clear();
    std::vector<std::string> out;
    for (const Group& g : aggregate(reports, {Field::Unit}, filter))
        if (std::find(out.begin(), out.end(), g.unit) == out.end()) out.push_back(g.unit);
    return out;
}

std::string pick_unit(const std::vector<std::string>& units, const std::string& wanted) {
    if (std::find(units.begin(), units.end(), wanted) != units.end()) return wanted;
    return units.empty() ? std::string() : units.front();
}

}  // namespace

ChartData bar_chart(const Report& report, Field field, const std::string& measure,
                    const std::vector<std::pair<Field, std::string>>& drill, const ChartTexts& texts,
                    const ChartOptions& options) {
    ChartData d;
    start(d, ChartKind::Bars, texts);
    d.series = {""};
    d.hidden = {false};
    std::vector<Report> one;
    one.push_back(without_totals(report, options.totals_apart, measure, d.kpis, {}));
    Filter filter;
    filter.measure = measure;
    filter.equals = drill;
    d.units = units_of(one, filter);
    d.unit = pick_unit(d.units, options.unit);
    if (d.unit.empty()) return d;
    filter.unit = d.unit;
    std::map<std::pair<std::string, std::string>, std::size_t> index;  // (key, unit) -> row
    for (const Group& g : aggregate(one, {field}, filter)) {
        ChartRow row = bar_row(g, texts);
        index[{row.key, row.unit}] = d.rows.size();
        d.rows.push_back(std::move(row));
    }
    add_quotes(one, filter, d.rows, [&](const Report& r, const Figure& f) {
        auto it = index.find({field_value(r, f, field), f.unit});
        return it == index.end() ? d.rows.size() : it->second;
    });
    return d;  // aggregate() already sorted by total, descending
}

ChartData bar_chart(const FigureColumns& columns, Field field, const std::string& measure,
                    const std::vector<std::pair<Field, std::string>>& drill, const ChartTexts& texts,
                    const std::string& unit) {
    ChartData d;
    start(d, ChartKind::Bars, texts);
    d.series = {""};
    d.hidden = {false};
    Filter filter;
    filter.measure = measure;
    filter.equals = drill;
    for (const Group& g : columns.aggregate({Field::Unit}, filter))
        if (std::find(d.units.begin(), d.units.end(), g.unit) == d.units.end()) d.units.push_back(g.unit);
    d.unit = pick_unit(d.units, unit);
    if (d.unit.empty()) return d;
    filter.unit = d.unit;
    for (const Group& g : columns.aggregate({field}, filter)) {
        d.rows.push_back(bar_row(g, texts));
    }
    // The reports' overall totals left out of the bars: one KPI per total's name, summed over
    // the reports the drill-down keeps.
    for (const Group& g : columns.apart().aggregate({Field::Area, Field::Category, Field::Topic}, filter)) {
        ChartKpi k;
        std::string label = g.keys[0];
        const std::string& what = !g.keys[1].empty() ? g.keys[1] : g.keys[2];
        if (!what.empty() && what != label) label += (label.empty() ? "" : " · ") + what;
        k.label = label;
        k.value = g.total;
        k.unit = g.unit;
        d.kpis.push_back(std::move(k));
    }
    return d;  // sorted by total, descending, as aggregate() sorts
}

ChartData stacked_chart(const Report& report, Field row_field, Field stack_field, const std::string& measure,
                        std::size_t max_series, const ChartTexts& texts) {
    ChartData d;
    start(d, ChartKind::Stacked, texts);
    const std::vector<Report> one{report};
    Filter filter;
    filter.measure = measure;
    filter.unit = main_unit(one, measure);
    if (filter.unit.empty()) return d;

    // Series: the largest stacks; the rest become "other".
    const std::vector<Group> stacks = aggregate(one, {stack_field}, filter);
    max_series = std::max<std::size_t>(max_series, 2);
    std::map<std::string, std::size_t> series_of;
    const bool overflow = stacks.size() > max_series;
    const std::size_t own = overflow ? max_series - 1 : stacks.size();
    for (std::size_t i = 0; i < own; ++i) {
        series_of[stacks[i].keys[0]] = d.series.size();
        d.series.push_back(shown(stacks[i].keys[0], texts));
    }
    const std::size_t other = d.series.size();
    if (overflow) d.series.push_back(texts.other);
    d.hidden.assign(d.series.size(), false);

    std::map<std::string, std::size_t> row_of;
    for (const Group& g : aggregate(one, {row_field, stack_field}, filter)) {
        auto [it, added] = row_of.emplace(g.keys[0], d.rows.size());
        if (added) {
            ChartRow row;
            row.key = g.keys[0];
            row.label = shown(row.key, texts);
            row.unit = g.unit;
            row.values.assign(d.series.size(), 0.0);
            row.present.assign(d.series.size(), false);
            d.rows.push_back(std::move(row));
        }
        ChartRow& row = d.rows[it->second];
        auto s = series_of.find(g.keys[1]);
        const std::size_t si = s == series_of.end() ? other : s->second;
        row.values[si] += g.total;
        row.present[si] = true;
        row.figures += g.figures;
    }
    add_quotes(one, filter, d.rows, [&](const Report& r, const Figure& f) {
        auto it = row_of.find(field_value(r, f, row_field));
        return it == row_of.end() ? d.rows.size() : it->second;
    });
    sort_rows(d.rows);
    return d;
}

namespace {

const std::string& figure_name(const Figure& f) {
    if (!f.category.empty()) return f.category;
    if (!f.topic.empty()) return f.topic;
    if (!f.department.empty()) return f.department;
    if (!f.area.empty()) return f.area;
    return f.id;
}

bool is_part(const Figure& part, const Figure& total) { return part.unit == total.unit && part.unit != "%"; }

}  // namespace

std::vector<BreakdownChoice> breakdown_choices(const Report& report) {
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < report.figures.size(); ++i) index.emplace(report.figures[i].id, i);
    // (total index, breakdown) -> parts, in order of first appearance.
    std::vector<std::pair<std::size_t, std::string>> order;
    std::map<std::pair<std::size_t, std::string>, std::size_t> parts;
    for (const Figure& f : report.figures) {
        if (f.parent.empty()) continue;
        auto t = index.find(f.parent);
        if (t == index.end() || !is_part(f, report.figures[t->second]) || &report.figures[t->second] == &f) continue;
        const auto key = std::make_pair(t->second, f.breakdown);
        if (parts[key]++ == 0) order.push_back(key);
    }
    std::vector<BreakdownChoice> out;
    for (const auto& key : order) {
        if (parts[key] < 2) continue;
        const Figure& t = report.figures[key.first];
        BreakdownChoice c;
        c.total_id = t.id;
        c.breakdown = key.second;
        c.total_label = figure_name(t);
        c.total_value = t.value;
        c.unit = t.unit;
        c.parts = parts[key];
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const BreakdownChoice& a, const BreakdownChoice& b) {
        return !a.breakdown.empty() && b.breakdown.empty();
    });
    return out;
}

ChartData donut_chart(const Report& report, const BreakdownChoice& choice, const ChartTexts& texts) {
    ChartData d;
    start(d, ChartKind::Donut, texts);
    d.series = {""};
    d.hidden = {false};
    const Figure* total = report.find_figure(choice.total_id);
    if (!total) return d;
    double sum = 0;
    for (const Figure& f : report.figures) {
        if (f.parent != total->id || &f == total || !is_part(f, *total) || f.breakdown != choice.breakdown) continue;
        ChartRow row;
        row.key = f.id;
        row.label = figure_name(f);
        row.unit = f.unit;
        row.values = {f.value};
        row.present = {true};
        row.figures = 1;
        if (f.quote && !f.quote->text.empty()) row.quotes.push_back(f.quote->text);
        sum += f.value;
        d.rows.push_back(std::move(row));
    }
    const double rest = total->value - sum;
    if (rest > 1e-9 * std::max(1.0, std::fabs(total->value))) {
        ChartRow row;
        row.key = total->id;
        row.label = texts.remainder;
        row.unit = total->unit;
        row.values = {rest};
        row.present = {true};
        row.figures = 1;
        if (total->quote && !total->quote->text.empty()) row.quotes.push_back(total->quote->text);
        d.rows.push_back(std::move(row));
    }
    return d;  // report order: a breakdown reads as the report lists it
}

ChartData treemap_chart(const Report& report, const std::string& measure, const ChartTexts& texts) {
    ChartData d;
    start(d, ChartKind::Treemap, texts);
    d.series = {""};
    d.hidden = {false};
    const std::vector<Report> one{report};
    Filter filter;
    filter.measure = measure;
    filter.unit = main_unit(one, measure);
    if (filter.unit.empty()) return d;
    std::map<std::vector<std::string>, std::size_t> index;
    for (const Group& g : aggregate(one, {Field::Area, Field::Topic, Field::Category}, filter)) {
        if (g.total <= 0) continue;
        ChartRow row;
        row.key = g.keys[2];
        // An empty topic collapses (the leaf hangs off its area); an empty area or leaf is named.
        row.path = {shown(g.keys[0], texts), g.keys[1], shown(g.keys[2], texts)};
        row.label = row.path[2];
        row.unit = g.unit;
        row.values = {g.total};
        row.present = {true};
        row.figures = g.figures;
        index[g.keys] = d.rows.size();
        d.rows.push_back(std::move(row));
    }
    add_quotes(one, filter, d.rows, [&](const Report& r, const Figure& f) {
        auto it = index.find({field_value(r, f, Field::Area), field_value(r, f, Field::Topic),
                              field_value(r, f, Field::Category)});
        return it == index.end() ? d.rows.size() : it->second;
    });
    return d;
}

ChartData compare_chart(const std::vector<const Report*>& reports, Field field, const std::string& measure,
                        const ChartTexts& texts, const std::vector<std::vector<std::string>>& totals_apart,
                        const std::string& unit) {
    ChartData d;
    start(d, ChartKind::Compare, texts);
    const std::size_t n = reports.size();
    d.series = report_names(reports);
    d.hidden.assign(n, false);
    d.differences = true;

    Filter filter;
    filter.measure = measure;
    std::vector<std::vector<Report>> counted(n);
    std::vector<Report> all;
    static const std::vector<std::string> kNone;
    for (std::size_t s = 0; s < n; ++s) {
        counted[s].push_back(without_totals(*reports[s], s < totals_apart.size() ? totals_apart[s] : kNone, measure,
                                            d.kpis, d.series[s]));
    }
    // The units over every report, the largest first.
    std::map<std::string, double> unit_sums;
    for (std::size_t s = 0; s < n; ++s)
        for (const Group& g : aggregate(counted[s], {Field::Unit}, filter)) unit_sums[g.unit] += g.total;
    for (const auto& [u, total] : unit_sums) d.units.push_back(u);
    std::stable_sort(d.units.begin(), d.units.end(),
                     [&](const std::string& a, const std::string& b) { return unit_sums[a] > unit_sums[b]; });
    d.unit = pick_unit(d.units, unit);
    if (d.unit.empty()) return d;
    filter.unit = d.unit;

    std::map<std::pair<std::string, std::string>, std::size_t> index;
    for (std::size_t s = 0; s < n; ++s) {
        for (const Group& g : aggregate(counted[s], {field}, filter)) {
            const std::string key = g.keys.empty() ? std::string() : g.keys[0];
            auto [it, added] = index.emplace(std::make_pair(key, g.unit), d.rows.size());
            if (added) {
                ChartRow row;
                row.key = key;
                row.label = shown(key, texts);
                row.unit = g.unit;
                row.values.assign(n, 0.0);
                row.present.assign(n, false);
                d.rows.push_back(std::move(row));
            }
            ChartRow& row = d.rows[it->second];
            row.values[s] = g.total;
            row.present[s] = true;
            row.figures += g.figures;
        }
    }
    sort_rows(d.rows);
    return d;
}

std::vector<std::string> report_names(const std::vector<const Report*>& reports) {
    std::vector<std::string> names;
    for (const Report* r : reports) {
        std::string name = r->meta.region.name;
        if (r->meta.year) name += (name.empty() ? "" : " ") + std::to_string(*r->meta.year);
        if (name.empty()) name = r->id;
        names.push_back(name);
    }
    // Two reports of the same region and year: only the ids tell them apart.
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t j = 0; j < names.size(); ++j)
            if (i != j && names[i] == names[j]) names[i] += " (" + reports[i]->id + ")";
    return names;
}

std::optional<double> compare_difference(const ChartRow& row, std::size_t from, std::size_t to) {
    if (from >= row.values.size() || to >= row.values.size()) return std::nullopt;
    if (from < row.present.size() && !row.present[from]) return std::nullopt;
    if (to < row.present.size() && !row.present[to]) return std::nullopt;
    return row.values[to] - row.values[from];
}

std::optional<double> compare_percent(const ChartRow& row, std::size_t from, std::size_t to) {
    const auto diff = compare_difference(row, from, to);
    if (!diff || row.values[from] == 0) return std::nullopt;
    return 100.0 * *diff / std::fabs(row.values[from]);
}

std::vector<std::string> chart_measures(const Report& report) {
    std::set<std::string> all;
    for (const Figure& f : report.figures)
        if (!f.measure.empty() && f.measure != "share" && f.unit != "%") all.insert(f.measure);
    std::vector<std::string> out(all.begin(), all.end());
    // "published" is what the charts are about: first.
    auto it = std::find(out.begin(), out.end(), "published");
    if (it != out.end()) std::rotate(out.begin(), it, it + 1);
    return out;
}

// ============================================================================
// [SECTION] Ticks
// ============================================================================

Ticks nice_ticks(double max, int target, bool whole) {
    Ticks t;
    if (!(max > 0) || !std::isfinite(max)) return t;
    target = std::max(1, target);
    const double raw = max / target;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
    if (whole) step = std::max(1.0, step);  // counts are whole numbers: no tick at 0.5
    t.step = step;
    t.end = std::max(step, std::ceil(max / step - 1e-9) * step);
    return t;
}

// ============================================================================
// [SECTION] Squarified treemap
// ============================================================================

namespace {

struct Node {
    std::string label;
    double value = 0;
    std::size_t row = 0;
    std::size_t area = 0;
    std::vector<Node> children;
};

struct Box {
    double x, y, w, h;
};

// The worst aspect ratio of a row of areas laid along a side of length `side`.
double worst(double sum, double smallest, double largest, double side) {
    const double s2 = sum * sum, w2 = side * side;
    return std::max(w2 * largest / s2, s2 / (w2 * smallest));
}

// Lays out `nodes` (sorted by value, descending, all > 0) in `box`; calls place(node, box).
template <class Place>
void squarify(std::vector<Node*>& nodes, Box box, Place place) {
    double total = 0;
    for (Node* n : nodes) total += n->value;
    if (total <= 0 || box.w <= 0 || box.h <= 0) return;
    const double scale = box.w * box.h / total;  // value -> area
    std::size_t i = 0;
    while (i < nodes.size()) {
        const double side = std::min(box.w, box.h);
        std::size_t j = i;
        double sum = 0, lo = 0, hi = 0, best = 0;
        while (j < nodes.size()) {
            const double a = nodes[j]->value * scale;
            const double nsum = sum + a, nlo = j == i ? a : std::min(lo, a), nhi = std::max(hi, a);
            const double r = worst(nsum, nlo, nhi, side);
            if (j > i && r > best) break;  // adding it makes the row worse: start a new row
            sum = nsum;
            lo = nlo;
            hi = nhi;
            best = r;
            ++j;
        }
        const double thick = side > 0 ? sum / side : 0;
        double offset = 0;
        const bool column = box.w >= box.h;  // lay the row along the shorter side
        for (std::size_t k = i; k < j; ++k) {
            const double len = thick > 0 ? nodes[k]->value * scale / thick : 0;
            place(*nodes[k], column ? Box{box.x, box.y + offset, thick, len} : Box{box.x + offset, box.y, len, thick});
            offset += len;
        }
        if (column) {
            box.x += thick;
            box.w -= thick;
        } else {
            box.y += thick;
            box.h -= thick;
        }
        i = j;
    }
}

void sort_desc(std::vector<Node>& nodes) {
    std::stable_sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.value > b.value; });
    for (Node& n : nodes) sort_desc(n.children);
}

void lay_out(std::vector<Node>& nodes, Box box, int depth, double header, double pad,
             std::vector<TreemapTile>& out) {
    std::vector<Node*> ptrs;
    for (Node& n : nodes)
        if (n.value > 0) ptrs.push_back(&n);
    squarify(ptrs, box, [&](Node& n, Box b) {
        TreemapTile t;
        t.x = b.x;
        t.y = b.y;
        t.w = b.w;
        t.h = b.h;
        t.depth = n.children.empty() ? 2 : depth;
        t.row = n.row;
        t.area = n.area;
        t.label = n.label;
        t.value = n.value;
        out.push_back(t);
        if (n.children.empty()) return;
        // Room for the label at the top, and a small inset so nested boxes show.
        Box inner{b.x + pad, b.y + header, b.w - 2 * pad, b.h - header - pad};
        if (inner.w <= 1 || inner.h <= 1) inner = b;  // too small for a frame: fill it
        lay_out(n.children, inner, depth + 1, header, pad, out);
    });
}

}  // namespace

std::vector<TreemapTile> layout_treemap(const ChartData& data, double w, double h, double header, double pad) {
    std::vector<Node> areas;
    for (std::size_t r = 0; r < data.rows.size(); ++r) {
        const ChartRow& row = data.rows[r];
        const double v = row.values.empty() ? 0 : row.values[0];
        if (!(v > 0) || row.path.size() != 3) continue;
        auto find = [](std::vector<Node>& list, const std::string& label) -> Node& {
            for (Node& n : list)
                if (n.label == label && !n.children.empty()) return n;
            list.push_back(Node{label, 0, 0, 0, {}});
            return list.back();
        };
        auto ai = std::find_if(areas.begin(), areas.end(), [&](const Node& n) { return n.label == row.path[0]; });
        if (ai == areas.end()) {
            areas.push_back(Node{row.path[0], 0, 0, areas.size(), {}});
            ai = areas.end() - 1;
        }
        Node& area = *ai;
        area.value += v;
        std::vector<Node>* parent = &area.children;
        if (!row.path[1].empty()) {
            Node& topic = find(area.children, row.path[1]);
            if (topic.children.empty()) topic.area = area.area;
            topic.value += v;
            parent = &topic.children;
        }
        parent->push_back(Node{row.path[2], v, r, area.area, {}});
    }
    // A node with children is an area or a topic; a leaf never has children.
    sort_desc(areas);
    // Colours follow the areas' order by size, so the largest area is always the first colour.
    for (std::size_t i = 0; i < areas.size(); ++i) {
        areas[i].area = i;
        for (Node& t : areas[i].children) {
            t.area = i;
            for (Node& l : t.children) l.area = i;
        }
    }
    std::vector<TreemapTile> out;
    lay_out(areas, Box{0, 0, w, h}, 0, header, pad, out);
    return out;
}

}  // namespace gongkai
