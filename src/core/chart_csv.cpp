// chart_csv.cpp — a chart's data as CSV (see the header).
#include "core/chart_csv.hpp"

#include <cmath>
#include <cstdio>
#include <vector>

#include "core/export.hpp"

namespace gongkai {

namespace {

// Numbers the chart formats itself ("+25", "-3", "+100.0%") are written as they are: csv_cell
// would prefix a leading + or - with an apostrophe (formula-injection protection, for text).
bool our_number(const std::string& cell) {
    if (cell.empty()) return false;
    for (char c : cell)
        if (!((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == '%' || c == 'e')) return false;
    return true;
}

void add_row(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        out += our_number(cells[i]) ? cells[i] : csv_cell(cells[i]);
    }
    out += "\r\n";
}

std::string percent(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f%%", v);
    return buf;
}

std::string share(double v, double total) {
    if (!(total > 0)) return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * v / total);
    return buf;
}

std::string signed_number(double v) { return (v > 0 ? "+" : "") + display_number(v); }

// "a; b" of the non-empty per-series texts, each prefixed by its series when there are several.
std::string joined(const ChartData& d, const std::vector<std::string>& per_series) {
    std::string out;
    for (std::size_t s = 0; s < per_series.size(); ++s) {
        if (per_series[s].empty() || !d.series_visible(s)) continue;
        if (!out.empty()) out += "; ";
        if (per_series.size() > 1 && s < d.series.size() && !d.series[s].empty()) out += d.series[s] + ": ";
        out += per_series[s];
    }
    return out;
}

}  // namespace

std::string chart_csv(const ChartData& d, const ChartCsvTexts& t) {
    std::string out = "\xEF\xBB\xBF";
    const bool multi = d.series.size() > 1;
    const bool changes = d.differences && d.series.size() >= 2;
    bool traced = false;  // template cells and key figures say where each number comes from
    for (const ChartRow& r : d.rows) traced = traced || !r.sources.empty();

    std::vector<std::string> header{d.label_header.empty() ? t.label : d.label_header};
    std::vector<std::size_t> shown;
    for (std::size_t s = 0; s < d.series.size(); ++s) {
        if (!d.series_visible(s)) continue;
        shown.push_back(s);
        header.push_back(multi && !d.series[s].empty() ? d.series[s] : t.value);
    }
    header.push_back(t.unit);
    if (changes) {
        for (std::size_t s = 1; s < d.series.size(); ++s) {
            header.push_back(t.difference + " (" + d.series[s] + " − " + d.series[0] + ")");
            header.push_back(t.change + " (" + d.series[s] + ")");
        }
    } else if (!multi && d.shares) {
        header.push_back(t.share);
    }
    if (traced) {
        header.push_back(t.status);
        header.push_back(t.source);
        header.push_back(t.report);
    }
    add_row(out, header);

    for (std::size_t i = 0; i < d.rows.size(); ++i) {
        if (!d.row_visible(i)) continue;
        const ChartRow& r = d.rows[i];
        std::vector<std::string> cells{r.label};
        for (std::size_t s : shown) {
            const bool present = s >= r.present.size() || r.present[s];
            cells.push_back(present ? display_number(r.values[s]) : t.absent);
        }
        cells.push_back(r.unit);
        if (changes) {
            for (std::size_t s = 1; s < d.series.size(); ++s) {
                const auto diff = compare_difference(r, 0, s);
                const auto pct = compare_percent(r, 0, s);
                cells.push_back(diff ? signed_number(*diff) : t.absent);
                cells.push_back(pct ? percent(*pct) : t.absent);
            }
        } else if (!multi && d.shares) {
            const bool present = r.present.empty() || r.present[0];
            cells.push_back(present ? share(r.values[0], d.unit_total(r.unit)) : "");
        }
        if (traced) {
            cells.push_back(joined(d, r.statuses));
            cells.push_back(joined(d, r.sources));
            std::vector<std::string> ids = r.report_ids;
            // One report for every series: named once.
            bool same = !ids.empty();
            for (const std::string& id : ids) same = same && id == ids.front();
            cells.push_back(same ? ids.front() : joined(d, ids));
        }
        add_row(out, cells);
    }
    if (!d.kpis.empty()) {
        out += "\r\n";
        for (const ChartKpi& k : d.kpis)
            add_row(out, {t.total, (k.series.empty() ? "" : k.series + " · ") + k.label, display_number(k.value), k.unit,
                          k.location.empty() ? k.figure_id : k.location, k.quote});
    }
    if (!d.source.empty()) {
        out += "\r\n";
        add_row(out, {d.source});
    }
    return out;
}

}  // namespace gongkai
