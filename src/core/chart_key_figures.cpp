// chart_key_figures.cpp — trend, ranking and comparison of key figures (see the header).
#include "core/chart_key_figures.hpp"

#include <algorithm>
#include <map>

namespace gongkai {

std::vector<std::string> chart_totals_apart(const Report& report) {
    std::vector<std::string> ids;
    const KeyFigures k = key_figures(report);
    for (const char* name : {"proactive_total", "applications_received", "handled_total", "reviews_total",
                             "lawsuits_total"}) {
        const KeyFigure* f = k.find(name);
        if (f && f->source == KeyFigureSourceKind::Prose && !f->figure_id.empty()) ids.push_back(f->figure_id);
    }
    return ids;
}

bool is_key_figure_name(std::string_view name) {
    for (const char* n : kKeyFigureNames)
        if (name == n) return true;
    return false;
}

namespace {

bool stated(const KeyFigure* k) { return k && k->value && k->status != KeyFigureStatus::Absent; }

// The units `name` has over the reports, the most frequent first.
std::vector<std::string> units_of(const std::vector<KeyFigureSet>& reports, const std::string& name) {
    std::map<std::string, std::size_t> count;
    std::vector<std::string> order;
    for (const KeyFigureSet& r : reports) {
        const KeyFigure* k = r.figures.find(name);
        if (!stated(k)) continue;
        if (count[k->unit]++ == 0) order.push_back(k->unit);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](const std::string& a, const std::string& b) { return count[a] > count[b]; });
    return order;
}

std::string pick(const std::vector<std::string>& units, const std::string& wanted) {
    if (std::find(units.begin(), units.end(), wanted) != units.end()) return wanted;
    return units.empty() ? std::string() : units.front();
}

// One series' value of a row from a key figure (absent: 0 with present false).
void put(ChartRow& row, std::size_t s, const Report& report, const KeyFigure* k) {
    row.report_ids[s] = report.id;
    if (!stated(k)) {
        row.statuses[s] = key_figure_status_name(k ? k->status : KeyFigureStatus::Absent);
        return;
    }
    row.values[s] = *k->value;
    row.present[s] = true;
    row.sources[s] = k->location;
    row.statuses[s] = key_figure_status_name(k->status);
    row.figures += 1;
    if (!k->quote.empty() && row.quotes.size() < kChartMaxQuotes) row.quotes.push_back(k->quote);
}

ChartRow empty_row(std::size_t series) {
    ChartRow row;
    row.values.assign(series, 0.0);
    row.present.assign(series, false);
    row.sources.assign(series, {});
    row.statuses.assign(series, {});
    row.report_ids.assign(series, {});
    return row;
}

void start(ChartData& d, ChartKind kind, const ChartTexts& texts) {
    d.kind = kind;
    d.title = texts.title;
    d.subtitle = texts.subtitle;
    d.label_header = texts.label_header;
    d.series = {""};
    d.hidden = {false};
    d.select_rows = true;
    d.shares = false;  // a year's or a report's part of the sum over them says nothing
}

}  // namespace

ChartData key_figure_trend(const std::vector<KeyFigureSet>& reports, const std::string& name, bool line,
                           const ChartTexts& texts, const std::string& unit) {
    ChartData d;
    start(d, line ? ChartKind::Line : ChartKind::Bars, texts);
    d.units = units_of(reports, name);
    d.unit = pick(d.units, unit);
    std::vector<const KeyFigureSet*> dated;
    for (const KeyFigureSet& r : reports)
        if (r.report && r.report->meta.year) dated.push_back(&r);
    std::stable_sort(dated.begin(), dated.end(), [](const KeyFigureSet* a, const KeyFigureSet* b) {
        return *a->report->meta.year < *b->report->meta.year;
    });
    std::map<int, int> per_year;
    for (const KeyFigureSet* r : dated) ++per_year[*r->report->meta.year];
    std::vector<const Report*> all;
    for (const KeyFigureSet* r : dated) all.push_back(r->report);
    const std::vector<std::string> names = report_names(all);
    for (std::size_t i = 0; i < dated.size(); ++i) {
        const Report& report = *dated[i]->report;
        const KeyFigure* k = dated[i]->figures.find(name);
        if (stated(k) && k->unit != d.unit) continue;  // another unit: never on this axis
        ChartRow row = empty_row(1);
        const int year = *report.meta.year;
        row.key = report.id;
        row.label = per_year[year] > 1 ? names[i] : std::to_string(year);
        row.unit = d.unit;
        put(row, 0, report, k);
        d.rows.push_back(std::move(row));
    }
    return d;  // in year order: a trend reads left to right, top to bottom
}

ChartData key_figure_ranking(const std::vector<KeyFigureSet>& reports, const std::string& name,
                             const ChartTexts& texts, const std::string& unit) {
    ChartData d;
    start(d, ChartKind::Bars, texts);
    d.units = units_of(reports, name);
    d.unit = pick(d.units, unit);
    std::vector<const Report*> all;
    for (const KeyFigureSet& r : reports) all.push_back(r.report);
    const std::vector<std::string> names = report_names(all);
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const KeyFigure* k = reports[i].figures.find(name);
        if (stated(k) && k->unit != d.unit) continue;
        ChartRow row = empty_row(1);
        row.key = reports[i].report->id;
        row.label = names[i];
        row.unit = d.unit;
        put(row, 0, *reports[i].report, k);
        d.rows.push_back(std::move(row));
    }
    std::stable_sort(d.rows.begin(), d.rows.end(), [](const ChartRow& a, const ChartRow& b) {
        if (a.present[0] != b.present[0]) return static_cast<bool>(a.present[0]);  // the stated first, "—" last
        return a.values[0] > b.values[0];
    });
    return d;
}

ChartData key_figure_compare(const std::vector<KeyFigureSet>& reports, const ChartTexts& texts,
                             const std::string& unit) {
    ChartData d;
    start(d, ChartKind::Compare, texts);
    d.differences = true;
    std::vector<const Report*> all;
    for (const KeyFigureSet& r : reports) all.push_back(r.report);
    d.series = report_names(all);
    d.hidden.assign(d.series.size(), false);
    // The units over every key figure of every report, the most frequent first.
    std::map<std::string, std::size_t> count;
    for (const KeyFigureSet& r : reports)
        for (const KeyFigure& k : r.figures.figures)
            if (stated(&k) && count[k.unit]++ == 0) d.units.push_back(k.unit);
    std::stable_sort(d.units.begin(), d.units.end(),
                     [&](const std::string& a, const std::string& b) { return count[a] > count[b]; });
    d.unit = pick(d.units, unit);
    for (const char* name : kKeyFigureNames) {
        // A key figure is in this unit when some report states it so; a report stating it in
        // another unit is absent from this row (and present in that unit's).
        bool in_unit = false;
        for (const KeyFigureSet& r : reports) {
            const KeyFigure* k = r.figures.find(name);
            in_unit = in_unit || (stated(k) && k->unit == d.unit);
        }
        if (!in_unit) continue;
        ChartRow row = empty_row(reports.size());
        row.key = name;
        row.label = texts.name(std::string("kf.") + name);
        row.unit = d.unit;
        for (std::size_t s = 0; s < reports.size(); ++s) {
            const KeyFigure* k = reports[s].figures.find(name);
            put(row, s, *reports[s].report, stated(k) && k->unit == d.unit ? k : nullptr);
        }
        d.rows.push_back(std::move(row));
    }
    return d;  // the key figures' own order
}

}  // namespace gongkai
