// chart_view.cpp — the charts tab: state, cached data, controls, exports, accessible mirror.
//
// [SECTION] State changes
// [SECTION] Building and caching the chart data
// [SECTION] Exports (SVG, PNG)
// [SECTION] Page API (state().view, setView, chartData)
// [SECTION] Accessible mirror
// [SECTION] The tab: controls, breadcrumb, legend (the plot is in chart_draw.cpp)
#include "ui/chart_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>

#include <nlohmann/json.hpp>

#include "core/chart_csv.hpp"
#include "core/chart_key_figures.hpp"
#include "core/chart_svg.hpp"
#include "core/export.hpp"
#include "core/key_figures.hpp"
#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/palette.hpp"

namespace gongkai::ui {

// ============================================================================
// [SECTION] State changes
// ============================================================================

std::optional<Field> drill_next(Field field) {
    switch (field) {
        case Field::Area: return Field::Topic;
        case Field::Topic: return Field::Department;
        case Field::Department: return Field::Category;
        case Field::Region:
        case Field::Year: return Field::Area;  // all reports: a region or a year, then its areas
        default: return std::nullopt;
    }
}

Field chart_field(const ChartState& s) {
    Field f = s.grouping;
    for (std::size_t i = 0; i < s.drill.size(); ++i)
        if (auto next = drill_next(f)) f = *next;
    return f;
}

namespace {

void changed(App& app) {
    ++app.chart.revision;
    platform::request_redraw();
}

const char* field_key(Field f) {
    switch (f) {
        case Field::Area: return "col.area";
        case Field::Topic: return "col.topic";
        case Field::Department: return "col.department";
        case Field::Category: return "col.category";
        case Field::Unit: return "col.unit";
        case Field::Region: return "col.region";
        case Field::Year: return "col.year";
        default: return "col.report";
    }
}

}  // namespace

void chart_set_kind(App& app, ChartKind kind) {
    if (app.chart.kind == kind || kind == ChartKind::Line) return;
    app.chart.kind = kind;
    app.chart.selected.clear();
    changed(app);
}

void chart_set_unit(App& app, const std::string& unit) {
    if (app.chart.unit == unit) return;
    app.chart.unit = unit;
    changed(app);
}

void chart_select(App& app, const std::string& key) {
    app.chart.selected = app.chart.selected == key ? std::string() : key;  // a second click lets go
    changed(app);
}

void chart_set_grouping(App& app, Field grouping) {
    app.chart.grouping = grouping;
    app.chart.drill.clear();
    changed(app);
}

namespace {

// Switches the bars' scope; false when it was already so. The drill path belongs to the old
// scope, and region and year group only across reports.
bool set_scope(ChartState& s, bool all) {
    if (s.all_reports == all) return false;
    s.all_reports = all;
    s.drill.clear();
    if (!all && std::find(std::begin(kChartGroupings), std::end(kChartGroupings), s.grouping) == std::end(kChartGroupings))
        s.grouping = Field::Area;
    return true;
}

}  // namespace

void chart_set_all_reports(App& app, bool all) {
    if (set_scope(app.chart, all)) changed(app);
}

void chart_drill(App& app, const std::string& key) {
    ChartState& s = app.chart;
    const Field f = chart_field(s);
    if (!drill_next(f)) return;  // categories are the last level
    s.drill.emplace_back(f, key);
    changed(app);
}

void chart_back(App& app, std::size_t depth) {
    if (depth >= app.chart.drill.size()) return;
    app.chart.drill.resize(depth);
    changed(app);
}

void chart_toggle_series(App& app, const std::string& name) {
    auto& hidden = app.chart.hidden[app.chart.kind];
    if (!hidden.erase(name)) hidden.insert(name);
    changed(app);
}

// ============================================================================
// [SECTION] Building and caching
// ============================================================================

namespace {

std::string measure_name(const std::string& measure) {
    const std::string key = "measure." + measure;
    const char* t = tr(key.c_str());
    return key == t ? measure : std::string(t);
}

std::string breakdown_name(const std::string& breakdown) {
    if (breakdown.empty()) return tr("chart.breakdown.parts");
    const std::string key = "chart.breakdown." + breakdown;
    const char* t = tr(key.c_str());
    return key == t ? breakdown : std::string(t);
}

std::string format(const char* pattern, const std::string& a, const std::string& b = {}) {
    char buf[512];
    std::snprintf(buf, sizeof buf, pattern, a.c_str(), b.c_str());
    return buf;
}

ChartTexts base_texts() {
    ChartTexts t;
    t.not_stated = tr("figures.not_stated");
    t.other = tr("chart.other");
    t.remainder = tr("chart.remainder");
    return t;
}

std::vector<BreakdownChoice> choices_of(const App& app) {
    const Report* r = app.current();
    return r ? breakdown_choices(*r) : std::vector<BreakdownChoice>{};
}

int choice_index(const ChartState& s, const std::vector<BreakdownChoice>& choices) {
    if (choices.empty()) return -1;
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (choices[i].total_id == s.breakdown_total && choices[i].breakdown == s.breakdown) return static_cast<int>(i);
    return 0;
}

std::string choice_label(const BreakdownChoice& c) {
    return c.total_label + " " + chart_number(c.total_value) + c.unit + " · " + breakdown_name(c.breakdown);
}

void apply_hidden(const ChartState& s, ChartData& d) {
    auto it = s.hidden.find(s.kind);
    if (it == s.hidden.end()) return;
    if (d.kind == ChartKind::Donut) {
        d.hidden_rows.assign(d.rows.size(), false);
        for (std::size_t i = 0; i < d.rows.size(); ++i) d.hidden_rows[i] = it->second.count(d.rows[i].label) > 0;
    } else {
        for (std::size_t i = 0; i < d.series.size(); ++i) d.hidden[i] = it->second.count(d.series[i]) > 0;
    }
}

}  // namespace

namespace {

// Display names of the fixed keys of template tables and key figures ("chart.t.<key>").
std::string chart_label(std::string_view key) {
    const std::string k = "chart.t." + std::string(key);
    const char* t = tr(k.c_str());
    return k == t ? std::string(key) : std::string(t);
}

std::string report_name(const Report& r) { return r.meta.title.empty() ? r.id : r.meta.title; }

// "数据来源：<title>" for one report, "数据来源：3 份报告（a；b；c）" for several.
std::string source_line(const std::vector<const Report*>& reports) {
    if (reports.empty()) return {};
    std::string names;
    for (std::size_t i = 0; i < reports.size() && i < 4; ++i) names += (i ? "；" : "") + report_name(*reports[i]);
    if (reports.size() > 4) names += "；…";
    char buf[1024];
    if (reports.size() == 1)
        std::snprintf(buf, sizeof buf, tr("chart.source.one"), names.c_str());
    else
        std::snprintf(buf, sizeof buf, tr("chart.source.many"), static_cast<int>(reports.size()), names.c_str());
    return buf;
}

// The reports a comparison holds: at most one per palette colour (beyond that bars and legend
// stop being readable, and thousands of loaded reports would make every frame heavy); the
// current report is always among them.
std::vector<const Report*> compared_reports(const App& app) {
    constexpr std::size_t kMaxCompared = 8;
    std::vector<const Report*> all;
    for (const Report& r : app.reports)
        if (all.size() < kMaxCompared) all.push_back(&r);
    const Report* report = app.current();
    if (report && std::find(all.begin(), all.end(), report) == all.end()) all.back() = report;
    return all;
}

// The body of a report for its trend: region name, else issuer.
std::string body_of(const Report& r) { return r.meta.region.name.empty() ? r.meta.issuer : r.meta.region.name; }

// The loaded reports of the current report's body, in year order (at most one per palette colour).
std::vector<const Report*> same_body(const App& app) {
    std::vector<const Report*> out;
    const Report* report = app.current();
    if (!report) return out;
    const std::string body = body_of(*report);
    for (const Report& r : app.reports)
        if (&r == report || (!body.empty() && body_of(r) == body)) out.push_back(&r);
    std::stable_sort(out.begin(), out.end(), [](const Report* a, const Report* b) {
        return a->meta.year.value_or(0) < b->meta.year.value_or(0);
    });
    constexpr std::size_t kMaxYears = 8;  // the latest years: one palette colour each
    if (out.size() > kMaxYears) out.erase(out.begin(), out.end() - kMaxYears);
    return out;
}

std::vector<KeyFigureSet> key_figure_sets(const std::vector<const Report*>& reports) {
    std::vector<KeyFigureSet> out;
    out.reserve(reports.size());
    for (const Report* r : reports) out.push_back({r, key_figures(*r)});
    return out;
}

std::string kf_name(const std::string& name) { return chart_label("kf." + name); }

}  // namespace

ChartData build_chart(const App& app) {
    const ChartState& s = app.chart;
    const Report* report = app.current();
    ChartData d;
    d.kind = s.kind;
    if (!report) return d;
    ChartTexts t = base_texts();
    t.label = chart_label;
    const std::string measure = measure_name(s.measure);
    const std::string in_report = report_name(*report);
    std::vector<const Report*> sources{report};
    switch (s.kind) {
        case ChartKind::Bars: {
            const Field f = chart_field(s);
            t.title = format(tr("chart.title.bars"), measure, tr(field_key(f)));
            t.subtitle = in_report;
            for (const auto& [field, value] : s.drill) t.subtitle += " › " + (value.empty() ? t.not_stated : value);
            t.label_header = tr(field_key(f));
            if (s.all_reports) {
                char all[128];
                std::snprintf(all, sizeof all, tr("chart.subtitle.all"), static_cast<int>(app.reports.size()));
                t.subtitle = all;
                for (const auto& [field, value] : s.drill) t.subtitle += " › " + (value.empty() ? t.not_stated : value);
                d = bar_chart(app.columns(), f, s.measure, s.drill, t, s.unit);
                sources.clear();
                for (const Report& r : app.reports) sources.push_back(&r);
                break;
            }
            ChartOptions options;
            options.totals_apart = chart_totals_apart(*report);
            options.unit = s.unit;
            d = bar_chart(*report, f, s.measure, s.drill, t, options);
            break;
        }
        case ChartKind::Stacked:
            t.title = format(tr("chart.title.stacked"), measure);
            t.subtitle = in_report;
            t.label_header = tr("col.area");
            d = stacked_chart(*report, Field::Area, Field::Department, s.measure, 8, t);
            if (!d.rows.empty()) d.subtitle += " · " + std::string(tr("col.unit")) + " " + d.rows.front().unit;
            break;
        case ChartKind::Donut: {
            const auto choices = choices_of(app);
            const int i = choice_index(s, choices);
            if (i < 0) {
                t.title = tr("chart.kind.donut");
                d = ChartData{};
                d.kind = ChartKind::Donut;
                d.title = t.title;
                break;
            }
            t.title = choice_label(choices[i]);
            t.subtitle = in_report;
            t.label_header = breakdown_name(choices[i].breakdown);
            d = donut_chart(*report, choices[i], t);
            break;
        }
        case ChartKind::Treemap:
            t.title = format(tr("chart.title.treemap"), measure);
            t.subtitle = in_report;
            t.label_header = tr("col.category");
            d = treemap_chart(*report, s.measure, t);
            if (!d.rows.empty()) d.subtitle += " · " + std::string(tr("col.unit")) + " " + d.rows.front().unit;
            break;
        case ChartKind::Compare: {
            sources = compared_reports(app);
            t.title = format(tr("chart.title.compare"), measure, tr(field_key(s.grouping)));
            t.label_header = tr(field_key(s.grouping));
            if (app.reports.size() > sources.size()) {
                char note[128];
                std::snprintf(note, sizeof note, tr("chart.compare.first"), static_cast<int>(sources.size()),
                              static_cast<int>(app.reports.size()));
                t.subtitle = note;
            }
            std::vector<std::vector<std::string>> apart;
            for (const Report* r : sources) apart.push_back(chart_totals_apart(*r));
            d = compare_chart(sources, s.grouping, s.measure, t, apart, s.unit);
            break;
        }
        case ChartKind::Line:  // a shape, never a state
        case ChartKind::Template: {
            const std::string which = template_chart_name(s.template_chart);
            t.title = tr(("chart.template." + which).c_str());
            t.subtitle = in_report;
            t.label_header = tr(("chart.template.header." + which).c_str());
            d = template_chart(*report, s.template_chart, s.template_donut, t);
            break;
        }
        case ChartKind::Trend: {
            // One body's trend: the loaded reports of the current report's region (or issuer).
            sources = same_body(app);
            const std::string body = body_of(*report);
            t.title = format(tr("chart.title.trend"), kf_name(s.key_figure), body.empty() ? in_report : body);
            t.label_header = tr("col.year");
            d = key_figure_trend(key_figure_sets(sources), s.key_figure, s.trend_line, t, s.unit);
            break;
        }
        case ChartKind::Ranking: {
            sources.clear();
            for (const Report& r : app.reports) sources.push_back(&r);
            t.title = format(tr("chart.title.ranking"), kf_name(s.key_figure));
            char all[128];
            std::snprintf(all, sizeof all, tr("chart.subtitle.all"), static_cast<int>(app.reports.size()));
            t.subtitle = all;
            t.label_header = tr("col.report");
            d = key_figure_ranking(key_figure_sets(sources), s.key_figure, t, s.unit);
            break;
        }
        case ChartKind::KeyCompare: {
            // The current body's reports in year order when it has several (2020 against 2021),
            // else the loaded reports side by side.
            sources = same_body(app);
            if (sources.size() < 2) sources = compared_reports(app);
            t.title = tr("chart.title.keycompare");
            t.label_header = tr("chart.kf");
            if (app.reports.size() > sources.size()) {
                char note[128];
                std::snprintf(note, sizeof note, tr("chart.compare.first"), static_cast<int>(sources.size()),
                              static_cast<int>(app.reports.size()));
                t.subtitle = note;
            }
            d = key_figure_compare(key_figure_sets(sources), t, s.unit);
            break;
        }
    }
    // One unit at a time: the subtitle says which, and whether others exist.
    if ((d.kind == ChartKind::Bars || d.kind == ChartKind::Compare || d.kind == ChartKind::Line) && !d.unit.empty()) {
        d.subtitle += (d.subtitle.empty() ? "" : " · ") + std::string(tr("col.unit")) + " " + d.unit;
        if (d.units.size() > 1) {
            char note[160];
            std::snprintf(note, sizeof note, tr("chart.units.more"), static_cast<int>(d.units.size() - 1));
            d.subtitle += note;
        }
    }
    d.source = source_line(sources);
    apply_hidden(s, d);
    return d;
}

namespace {

struct Cache {
    std::string signature;
    ChartData data;
    std::vector<BreakdownChoice> choices;
};
Cache g_cache;

// Everything the chart depends on, as a short string: compared once per frame, which is
// far cheaper than rebuilding (aggregate() walks every figure).
std::string signature(const App& app) {
    const ChartState& s = app.chart;
    std::string sig = std::to_string(app.generation) + '|' + std::to_string(app.selected) + '|' +
                      std::to_string(app.reports.size()) + '|' + language_code(language()) + '|' +
                      std::to_string(s.revision);
    return sig;
}

void refresh(App& app) {
    std::string sig = signature(app);
    if (sig == g_cache.signature) return;
    g_cache.signature = std::move(sig);
    g_cache.choices = choices_of(app);
    g_cache.data = build_chart(app);
}

}  // namespace

const ChartData& current_chart(App& app) {
    refresh(app);
    return g_cache.data;
}

const std::vector<BreakdownChoice>& chart_breakdowns(App& app) {
    refresh(app);
    return g_cache.choices;
}

int chart_breakdown_index(App& app) { return choice_index(app.chart, chart_breakdowns(app)); }

// ============================================================================
// [SECTION] Exports
// ============================================================================

std::optional<ExportFile> chart_export(const App& app, std::string_view format) {
    if (format != "svg" && format != "png" && format != "chart_csv") return std::nullopt;
    const Report* report = app.current();
    if (!report) return std::nullopt;
    const ChartData d = build_chart(app);
    if (d.rows.empty()) return std::nullopt;  // never an empty picture: the tab says why there is none
    const ChartState& s = app.chart;
    // The name says which chart: chart-bars-area, chart-bars-topic-稳增长, chart-donut-channel, ...
    std::string view = std::string("chart-") + chart_kind_name(s.kind);
    if (s.kind == ChartKind::Bars || s.kind == ChartKind::Compare)
        view += std::string("-") + field_name(s.kind == ChartKind::Bars ? chart_field(s) : s.grouping);
    if (s.kind == ChartKind::Bars)
        for (const auto& step : s.drill) view += "-" + (step.second.empty() ? std::string("none") : step.second);
    if (s.kind == ChartKind::Donut) {
        const auto choices = choices_of(app);
        const int i = choice_index(s, choices);
        if (i >= 0) view += "-" + choices[i].total_id + (choices[i].breakdown.empty() ? "" : "-" + choices[i].breakdown);
    }
    if (s.kind == ChartKind::Template)
        view += std::string("-") + template_chart_name(s.template_chart) +
                (s.template_chart == TemplateChart::Outcomes && s.template_donut ? "-donut" : "");
    if (s.kind == ChartKind::Trend || s.kind == ChartKind::Ranking) view += "-" + s.key_figure;
    if (d.units.size() > 1 && d.unit != d.units.front()) view += "-" + d.unit;  // the other unit of several
    ExportFile f;
    if (format == "chart_csv") {
        ChartCsvTexts texts;
        texts.label = tr("chart.label");
        texts.value = tr("col.value");
        texts.unit = tr("col.unit");
        texts.share = tr("chart.share");
        texts.difference = tr("chart.compare.diff");
        texts.change = tr("chart.compare.change");
        texts.status = tr("chart.csv.status");
        texts.source = tr("chart.csv.source");
        texts.report = tr("col.report");
        texts.total = tr("chart.kpi");
        texts.absent = tr("chart.absent");
        f.bytes = chart_csv(d, texts);
    } else {
        SvgOptions options;
        options.total_text = tr("chart.total");
        options.kpi_text = tr("chart.kpi");
        options.absent_text = tr("chart.absent");
        f.bytes = chart_svg(d, options).svg;
    }
    // Compare holds every loaded report: the name does not claim one region and year.
    if (s.kind == ChartKind::Bars && s.all_reports) view += "-all";
    const bool across = s.kind == ChartKind::Compare || s.kind == ChartKind::KeyCompare ||
                        s.kind == ChartKind::Ranking || (s.kind == ChartKind::Bars && s.all_reports);
    const Report* who = across && app.reports.size() > 1 ? nullptr : report;
    // A trend is one body's over the years: named by the body, not by one year.
    Report body;
    body.id = report->id;
    body.meta.region = report->meta.region;
    if (s.kind == ChartKind::Trend) who = &body;
    const char* ext = format == "svg" ? "svg" : format == "png" ? "png" : "csv";
    f.file_name = export_file_name(who, view, ext);
    f.mime_type = format == "svg" ? "image/svg+xml" : format == "png" ? "image/png" : "text/csv;charset=utf-8";
    return f;
}

bool chart_download(const App& app, std::string_view format) {
    auto f = chart_export(app, format);
    if (!f) return false;
    if (format == "png")
        platform::download_svg_as_png(f->file_name, f->bytes);
    else
        platform::download(f->file_name, f->mime_type, f->bytes);
    return true;
}

// ============================================================================
// [SECTION] Page API
// ============================================================================

nlohmann::json chart_view_json(const App& app) {
    const ChartState& s = app.chart;
    nlohmann::json drill = nlohmann::json::array();
    for (const auto& [field, value] : s.drill) drill.push_back({{"field", field_name(field)}, {"value", value}});
    nlohmann::json hidden = nlohmann::json::array();
    if (auto it = s.hidden.find(s.kind); it != s.hidden.end())
        for (const std::string& name : it->second) hidden.push_back(name);
    nlohmann::json tooltip = nullptr;
    if (s.tooltip) {
        tooltip = {{"label", s.tooltip->label},   {"value", s.tooltip->value},   {"unit", s.tooltip->unit},
                   {"series", s.tooltip->series}, {"quotes", s.tooltip->quotes}};
        tooltip["share"] = s.tooltip->share >= 0 ? nlohmann::json(s.tooltip->share) : nlohmann::json(nullptr);
    }
    nlohmann::json breakdown = nullptr;
    if (!s.breakdown_total.empty()) breakdown = {{"total", s.breakdown_total}, {"breakdown", s.breakdown}};
    return {{"chartKind", chart_kind_name(s.kind)},
            {"unit", s.unit},
            {"templateChart", template_chart_name(s.template_chart)},
            {"templateStyle", s.template_donut ? "donut" : "stacked"},
            {"keyFigure", s.key_figure},
            {"trendStyle", s.trend_line ? "line" : "bars"},
            {"chartSelected", s.selected.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.selected)},
            {"scope", s.all_reports ? "all" : "report"},
            {"grouping", field_name(s.grouping)},
            {"chartField", field_name(chart_field(s))},
            {"measure", s.measure},
            {"drill", drill},
            {"hiddenSeries", hidden},
            {"breakdown", breakdown},
            {"chartTooltip", tooltip}};
}

std::string apply_chart_view(App& app, const nlohmann::json& j) {
    ChartState& s = app.chart;
    const ChartState before = s;
    auto fail = [&](std::string e) {
        s = before;  // all or nothing
        return e;
    };
    auto grouping_of = [&](const nlohmann::json& v) -> std::optional<Field> {
        if (!v.is_string()) return std::nullopt;
        auto f = parse_field(v.get<std::string>());
        const Field* begin = s.all_reports ? std::begin(kAllReportsGroupings) : std::begin(kChartGroupings);
        const Field* end = s.all_reports ? std::end(kAllReportsGroupings) : std::end(kChartGroupings);
        if (!f || std::find(begin, end, *f) == end) return std::nullopt;
        return f;
    };
    bool touched = false;
    if (auto it = j.find("scope"); it != j.end()) {
        if (!it->is_string() || (*it != "report" && *it != "all")) return fail("scope must be report or all");
        set_scope(s, *it == "all");
        touched = true;
    }
    if (auto it = j.find("chartKind"); it != j.end()) {
        auto k = it->is_string() ? parse_chart_kind(it->get<std::string>()) : std::nullopt;
        if (!k || *k == ChartKind::Line)
            return fail("chartKind must be one of bars, stacked, donut, treemap, compare, template, trend, ranking, "
                        "keycompare");
        if (s.kind != *k) s.selected.clear();
        s.kind = *k;
        touched = true;
    }
    if (auto it = j.find("unit"); it != j.end()) {
        if (!it->is_string()) return fail("unit must be a string (\"\" = the largest)");
        s.unit = it->get<std::string>();
        touched = true;
    }
    if (auto it = j.find("templateChart"); it != j.end()) {
        auto c = it->is_string() ? parse_template_chart(it->get<std::string>()) : std::nullopt;
        if (!c) return fail("templateChart must be one of documents, decisions, fees, applicants, outcomes, cases");
        if (s.template_chart != *c) s.selected.clear();
        s.template_chart = *c;
        touched = true;
    }
    if (auto it = j.find("templateStyle"); it != j.end()) {
        if (!it->is_string() || (*it != "stacked" && *it != "donut")) return fail("templateStyle must be stacked or donut");
        s.template_donut = *it == "donut";
        touched = true;
    }
    if (auto it = j.find("keyFigure"); it != j.end()) {
        if (!it->is_string() || !is_key_figure_name(it->get<std::string>()))
            return fail("keyFigure must be a key figure name (applications_received, proactive_total, ...)");
        if (s.key_figure != it->get<std::string>()) s.selected.clear();
        s.key_figure = it->get<std::string>();
        touched = true;
    }
    if (auto it = j.find("trendStyle"); it != j.end()) {
        if (!it->is_string() || (*it != "line" && *it != "bars")) return fail("trendStyle must be line or bars");
        s.trend_line = *it == "line";
        touched = true;
    }
    if (auto it = j.find("chartSelected"); it != j.end()) {
        if (!it->is_null() && !it->is_string()) return fail("chartSelected must be a row key or null");
        s.selected = it->is_null() ? std::string() : it->get<std::string>();
        touched = true;
    }
    if (auto it = j.find("grouping"); it != j.end()) {
        auto f = grouping_of(*it);
        if (!f)
            return fail(s.all_reports ? "grouping must be one of area, topic, department, category, region, year"
                                      : "grouping must be one of area, topic, department, category (region and year "
                                        "need scope all)");
        s.grouping = *f;
        s.drill.clear();
        touched = true;
    }
    if (auto it = j.find("measure"); it != j.end()) {
        if (!it->is_string() || it->get<std::string>().empty()) return fail("measure must be a non-empty string");
        s.measure = it->get<std::string>();
        touched = true;
    }
    if (auto it = j.find("drill"); it != j.end()) {
        if (!it->is_array()) return fail("drill must be an array of values (or {field, value} objects)");
        s.drill.clear();
        for (const auto& step : *it) {
            const nlohmann::json& value = step.is_object() && step.contains("value") ? step["value"] : step;
            if (!value.is_string()) return fail("each drill step must be a string value");
            const Field f = chart_field(s);
            if (!drill_next(f)) return fail("drill goes deeper than categories");
            s.drill.emplace_back(f, value.get<std::string>());
        }
        touched = true;
    }
    if (auto it = j.find("hiddenSeries"); it != j.end()) {
        if (!it->is_array()) return fail("hiddenSeries must be an array of legend names");
        auto& hidden = s.hidden[s.kind];
        hidden.clear();
        for (const auto& name : *it) {
            if (!name.is_string()) return fail("hiddenSeries must hold strings");
            hidden.insert(name.get<std::string>());
        }
        touched = true;
    }
    if (auto it = j.find("breakdown"); it != j.end()) {
        if (!it->is_object() || !(*it)["total"].is_string())
            return fail("breakdown must be {total: figure id, breakdown: label}");
        s.breakdown_total = (*it)["total"].get<std::string>();
        s.breakdown = it->contains("breakdown") && (*it)["breakdown"].is_string() ? (*it)["breakdown"].get<std::string>() : "";
        bool found = false;
        for (const BreakdownChoice& c : choices_of(app))
            found = found || (c.total_id == s.breakdown_total && c.breakdown == s.breakdown);
        if (!found) return fail("the current report has no such total with that breakdown");
        touched = true;
    }
    if (touched) changed(app);
    return {};
}

nlohmann::json chart_data_json(App& app) {
    const ChartData& d = current_chart(app);
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < d.rows.size(); ++i) {
        const ChartRow& r = d.rows[i];
        nlohmann::json present = nlohmann::json::array();
        for (std::size_t s = 0; s < r.values.size(); ++s) present.push_back(s >= r.present.size() || r.present[s]);
        rows.push_back({{"label", r.label},     {"key", r.key},         {"unit", r.unit},
                        {"values", r.values},   {"present", present},   {"path", r.path},
                        {"figures", r.figures}, {"quotes", r.quotes},   {"hidden", !d.row_visible(i)},
                        {"sources", r.sources}, {"statuses", r.statuses}, {"reportIds", r.report_ids}});
    }
    nlohmann::json hidden = nlohmann::json::array();
    for (std::size_t s = 0; s < d.series.size(); ++s) hidden.push_back(!d.series_visible(s));
    nlohmann::json kpis = nlohmann::json::array();
    for (const ChartKpi& k : d.kpis)
        kpis.push_back({{"label", k.label}, {"series", k.series}, {"value", k.value}, {"unit", k.unit},
                        {"figureId", k.figure_id}, {"location", k.location}, {"quote", k.quote}});
    return {{"kind", chart_kind_name(d.kind)}, {"chart", chart_kind_name(app.chart.kind)},
            {"title", d.title},                 {"subtitle", d.subtitle},
            {"labelHeader", d.label_header},    {"series", d.series}, {"seriesHidden", hidden},
            {"rows", rows},                     {"kpis", kpis},       {"unit", d.unit},
            {"units", d.units},                 {"source", d.source}, {"differences", d.differences}};
}

// ============================================================================
// [SECTION] Accessible mirror
// ============================================================================

namespace {

std::string percent(double v, double total) {
    if (!(total > 0)) return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * v / total);
    return buf;
}

}  // namespace

void update_chart_mirror(App& app) {
    if (app.tab != Tab::Chart) app.chart.tooltip.reset();  // no chart on screen: no tooltip either
    // The charts are the deferred code's: the mirror follows once it is loaded (the tab itself
    // loads it at once when opened before).
    if (!platform::all_code_loaded()) return;
    static std::string last;
    const ChartData& d = current_chart(app);
    if (g_cache.signature == last) return;
    last = g_cache.signature;

    std::string caption = d.title;
    if (!d.subtitle.empty()) caption += " — " + d.subtitle;
    for (const ChartKpi& k : d.kpis)
        caption += " · " + std::string(tr("chart.kpi")) + " " + (k.series.empty() ? "" : k.series + " ") + k.label + " " +
                   chart_number(k.value) + " " + k.unit;
    std::vector<std::string> header{d.label_header.empty() ? tr("chart.label") : d.label_header};
    std::vector<std::vector<std::string>> rows;
    const bool multi = d.kind == ChartKind::Stacked || d.kind == ChartKind::Compare;
    if (d.kind == ChartKind::Treemap) header = {tr("col.area"), tr("col.topic"), tr("col.category")};
    if (multi) {
        for (std::size_t s = 0; s < d.series.size(); ++s)
            if (d.series_visible(s)) header.push_back(d.series[s]);
    } else {
        header.push_back(tr("col.value"));
    }
    header.push_back(tr("col.unit"));
    const bool changes = d.differences && d.series.size() >= 2;
    if (changes) {
        header.push_back(tr("chart.compare.diff"));
        header.push_back(tr("chart.compare.change"));
    } else if (!multi && d.shares) {
        header.push_back(tr("chart.share"));
    }
    for (std::size_t i = 0; i < d.rows.size(); ++i) {
        if (!d.row_visible(i)) continue;
        const ChartRow& r = d.rows[i];
        std::vector<std::string> cells;
        if (d.kind == ChartKind::Treemap)
            cells = {r.path[0], r.path[1], r.path[2]};
        else
            cells = {r.label};
        if (multi) {
            for (std::size_t s = 0; s < d.series.size(); ++s)
                if (d.series_visible(s)) cells.push_back(r.present[s] ? chart_number(r.values[s]) : tr("chart.absent"));
        } else {
            const bool present = r.present.empty() || r.present[0];
            cells.push_back(present ? chart_number(r.values[0]) : tr("chart.absent"));
        }
        cells.push_back(r.unit);
        if (changes) {
            // First against last; a row one of them lacks has no change ("—"), never −100%.
            const auto diff = compare_difference(r, 0, r.values.size() - 1);
            const auto pct = compare_percent(r, 0, r.values.size() - 1);
            cells.push_back(diff ? (*diff > 0 ? "+" : "") + chart_number(*diff) : "—");
            char buf[32] = "—";
            if (pct) std::snprintf(buf, sizeof buf, "%+.1f%%", *pct);
            cells.push_back(buf);
        } else if (!multi && d.shares) {
            const bool present = r.present.empty() || r.present[0];
            cells.push_back(present ? percent(r.values[0], d.unit_total(r.unit)) : "");
        }
        rows.push_back(std::move(cells));
    }
    platform::set_accessible_table("chart-data", caption, header, rows);
}

// ============================================================================
// [SECTION] The tab
// ============================================================================

namespace {

// A row of toggle buttons; the active one is drawn as selected. Returns the clicked index.
int segmented(App& app, const char* key_prefix, const std::vector<std::pair<std::string, std::string>>& items,
              int active) {
    int clicked = -1;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            // Wrap rather than run off the panel (nine chart kinds in English).
            ImGui::SameLine(0, 2);
            const float w = ImGui::CalcTextSize(items[i].second.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
            if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
        }
        const bool on = static_cast<int>(i) == active;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        const std::string label = items[i].second + "###" + key_prefix + items[i].first;
        if (ImGui::Button(label.c_str())) clicked = static_cast<int>(i);
        if (on) ImGui::PopStyleColor();
        app.remember_item((std::string(key_prefix) + items[i].first).c_str());
    }
    return clicked;
}

void draw_controls(App& app) {
    ChartState& s = app.chart;
    std::vector<std::pair<std::string, std::string>> kinds;
    int active = 0;
    for (ChartKind k : kChartKinds) {
        if (k == s.kind) active = static_cast<int>(kinds.size());
        kinds.emplace_back(chart_kind_name(k), tr((std::string("chart.kind.") + chart_kind_name(k)).c_str()));
    }
    if (int c = segmented(app, "chart.kind.", kinds, active); c >= 0) chart_set_kind(app, kChartKinds[c]);

    // Export buttons, right-aligned on the same line; off while there is nothing to draw
    // (the tab says why), so an empty picture is never saved.
    const float export_w = ImGui::CalcTextSize(tr("chart.export_svg")).x + ImGui::CalcTextSize(tr("chart.export_png")).x +
                           ImGui::CalcTextSize(tr("chart.export_csv")).x + ImGui::GetStyle().FramePadding.x * 6 +
                           ImGui::GetStyle().ItemSpacing.x * 2;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < export_w) ImGui::NewLine();  // no room left on the kinds' line
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - export_w));
    const bool empty = current_chart(app).rows.empty();
    ImGui::BeginDisabled(empty);
    for (const char* format : {"svg", "png", "csv"}) {
        if (std::string_view(format) != "svg") ImGui::SameLine();
        const std::string key = std::string("chart.export_") + format;
        if (ImGui::Button(tr_id(key.c_str()))) chart_download(app, std::string_view(format) == "csv" ? "chart_csv" : format);
        if (empty && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr("chart.export_empty"));
        app.remember_item(key.c_str());
    }
    ImGui::EndDisabled();

    // Second line: what the chart groups by and counts.
    if (s.kind == ChartKind::Bars || s.kind == ChartKind::Compare) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.group"));
        ImGui::SameLine();
        std::vector<std::pair<std::string, std::string>> groups;
        std::vector<Field> offered;
        int g_active = 0;
        const bool all = s.kind == ChartKind::Bars && s.all_reports;
        for (Field f : all ? std::span<const Field>(kAllReportsGroupings) : std::span<const Field>(kChartGroupings)) {
            if (f == s.grouping) g_active = static_cast<int>(groups.size());
            groups.emplace_back(field_name(f), tr(field_key(f)));
            offered.push_back(f);
        }
        if (int c = segmented(app, "chart.group.", groups, g_active); c >= 0) chart_set_grouping(app, offered[c]);
        ImGui::SameLine(0, ImGui::GetFontSize());
    }
    if (s.kind == ChartKind::Bars) {
        // The bars of this report, or of every loaded report together.
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.scope"));
        ImGui::SameLine();
        const std::vector<std::pair<std::string, std::string>> scopes = {{"report", tr("chart.scope.report")},
                                                                          {"all", tr("chart.scope.all")}};
        if (int c = segmented(app, "chart.scope.", scopes, s.all_reports ? 1 : 0); c >= 0)
            chart_set_all_reports(app, c == 1);
        ImGui::SameLine(0, ImGui::GetFontSize());
    }
    if (s.kind == ChartKind::Template) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.template"));
        ImGui::SameLine();
        std::vector<std::pair<std::string, std::string>> items;
        int chosen = 0;
        for (TemplateChart c : kTemplateCharts) {
            if (c == s.template_chart) chosen = static_cast<int>(items.size());
            items.emplace_back(template_chart_name(c), tr((std::string("chart.template.short.") + template_chart_name(c)).c_str()));
        }
        if (int c = segmented(app, "chart.template.", items, chosen); c >= 0 && kTemplateCharts[c] != s.template_chart) {
            s.template_chart = kTemplateCharts[c];
            s.selected.clear();
            changed(app);
        }
        if (s.template_chart == TemplateChart::Outcomes) {
            ImGui::SameLine(0, ImGui::GetFontSize());
            const std::vector<std::pair<std::string, std::string>> styles = {{"stacked", tr("chart.kind.stacked")},
                                                                              {"donut", tr("chart.kind.donut")}};
            if (int c = segmented(app, "chart.style.", styles, s.template_donut ? 1 : 0); c >= 0 && (c == 1) != s.template_donut) {
                s.template_donut = c == 1;
                changed(app);
            }
        }
        return;
    }
    if (s.kind == ChartKind::Trend || s.kind == ChartKind::Ranking) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.kf"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
        if (ImGui::BeginCombo("##chart-keyfigure", kf_name(s.key_figure).c_str())) {
            for (const char* name : kKeyFigureNames) {
                if (ImGui::Selectable(kf_name(name).c_str(), s.key_figure == name) && s.key_figure != name) {
                    s.key_figure = name;
                    s.selected.clear();
                    changed(app);
                }
                app.remember_item((std::string("chart.keyfigure.") + name).c_str());
            }
            ImGui::EndCombo();
        }
        app.remember_item("chart.keyfigure");
        if (s.kind == ChartKind::Trend) {
            ImGui::SameLine(0, ImGui::GetFontSize());
            const std::vector<std::pair<std::string, std::string>> styles = {{"line", tr("chart.style.line")},
                                                                              {"bars", tr("chart.kind.bars")}};
            if (int c = segmented(app, "chart.style.", styles, s.trend_line ? 0 : 1); c >= 0 && (c == 0) != s.trend_line) {
                s.trend_line = c == 0;
                changed(app);
            }
        }
        return;
    }
    if (s.kind == ChartKind::KeyCompare) return;
    if (s.kind != ChartKind::Donut) {
        const Report* r = app.current();
        const std::vector<std::string> measures = r ? chart_measures(*r) : std::vector<std::string>{};
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.measure"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 9,
                                         ImGui::CalcTextSize(measure_name(s.measure).c_str()).x + ImGui::GetFrameHeight() * 2));
        if (ImGui::BeginCombo("##chart-measure", measure_name(s.measure).c_str())) {
            for (const std::string& m : measures) {
                if (ImGui::Selectable(measure_name(m).c_str(), m == s.measure)) {
                    s.measure = m;
                    s.unit.clear();
                    s.drill.clear();
                    changed(app);
                }
                app.remember_item(("chart.measure." + m).c_str());
            }
            ImGui::EndCombo();
        }
        app.remember_item("chart.measure");
    } else {
        const auto& choices = chart_breakdowns(app);
        const int current = chart_breakdown_index(app);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.breakdown"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24));
        const std::string preview = current >= 0 ? choice_label(choices[current]) : std::string();
        if (ImGui::BeginCombo("##chart-breakdown", preview.c_str())) {
            for (std::size_t i = 0; i < choices.size(); ++i) {
                ImGui::PushID(static_cast<int>(i));
                if (ImGui::Selectable(choice_label(choices[i]).c_str(), static_cast<int>(i) == current)) {
                    s.breakdown_total = choices[i].total_id;
                    s.breakdown = choices[i].breakdown;
                    changed(app);
                }
                ImGui::PopID();
                app.remember_item(("chart.breakdown." + std::to_string(i)).c_str());
            }
            ImGui::EndCombo();
        }
        app.remember_item("chart.breakdown");
    }
}

void draw_breadcrumb(App& app) {
    ChartState& s = app.chart;
    ImGui::AlignTextToFramePadding();
    // Level 0 is "all of the report"; then one crumb per drill step.
    std::size_t go_to = SIZE_MAX;
    for (std::size_t i = 0; i <= s.drill.size(); ++i) {
        if (i > 0) {
            ImGui::SameLine(0, 4);
            ImGui::TextDisabled("›");
            ImGui::SameLine(0, 4);
        }
        std::string text = i == 0 ? std::string(tr("chart.crumb.all"))
                                  : (s.drill[i - 1].second.empty() ? std::string(tr("figures.not_stated"))
                                                                   : s.drill[i - 1].second);
        const bool last = i == s.drill.size();
        const std::string key = "chart.crumb." + std::to_string(i);
        if (last) {
            ImGui::TextUnformatted(text.c_str());
        } else {
            text += "###" + key;
            if (ImGui::SmallButton(text.c_str())) go_to = i;
        }
        app.remember_item(key.c_str());
    }
    if (drill_next(chart_field(s))) {
        ImGui::SameLine(0, ImGui::GetFontSize());
        ImGui::TextDisabled("%s", tr(s.drill.empty() ? "chart.hint.drill" : "chart.hint.back"));
    }
    if (go_to != SIZE_MAX) chart_back(app, go_to);
}

void draw_legend(App& app, const ChartData& d) {
    std::vector<std::string> names;
    const bool rows_are_entries = d.kind == ChartKind::Donut;
    if (rows_are_entries)
        for (const ChartRow& r : d.rows) names.push_back(r.label);
    else
        names = d.series;
    const float em = ImGui::GetFontSize();
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    std::string toggled;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const bool visible = rows_are_entries ? d.row_visible(i) : d.series_visible(i);
        const float w = em * 1.2f + ImGui::CalcTextSize(names[i].c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("##legend", ImVec2(w, ImGui::GetFrameHeight()))) toggled = names[i];
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        app.remember_item(("chart.legend." + std::to_string(i)).c_str());
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float h = ImGui::GetFrameHeight();
        if (hovered) dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBgHovered), 3);
        const ImVec2 sw(p.x + em * 0.2f, p.y + (h - em * 0.8f) * 0.5f);
        if (visible)
            dl->AddRectFilled(sw, ImVec2(sw.x + em * 0.8f, sw.y + em * 0.8f), palette_colour(i), 2);
        else
            dl->AddRect(sw, ImVec2(sw.x + em * 0.8f, sw.y + em * 0.8f), palette_colour(i), 2, 0, 1.5f);
        const ImVec2 tp(p.x + em * 1.2f, p.y + (h - em) * 0.5f);
        dl->AddText(tp, ImGui::GetColorU32(visible ? ImGuiCol_Text : ImGuiCol_TextDisabled), names[i].c_str());
        if (!visible) {
            const float tw = ImGui::CalcTextSize(names[i].c_str()).x;
            dl->AddLine(ImVec2(tp.x, tp.y + em * 0.55f), ImVec2(tp.x + tw, tp.y + em * 0.55f),
                        ImGui::GetColorU32(ImGuiCol_TextDisabled));
        }
        if (hovered) ImGui::SetTooltip("%s", tr(visible ? "chart.legend.hide" : "chart.legend.show"));
    }
    if (!toggled.empty()) chart_toggle_series(app, toggled);
}

// The totals shown apart from the bars (主动公开 9538 条), each with its quote on hover; a
// click shows the figure in the details and source views.
void draw_kpis(App& app, const ChartData& d) {
    for (std::size_t i = 0; i < d.kpis.size(); ++i) {
        const ChartKpi& k = d.kpis[i];
        if (i > 0) ImGui::SameLine(0, ImGui::GetFontSize());
        const std::string text = std::string(tr("chart.kpi")) + "：" + (k.series.empty() ? "" : k.series + " · ") + k.label +
                                 " " + format_number(k.value) + " " + k.unit + "###chart.kpi." + std::to_string(i);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
        const bool clicked = ImGui::SmallButton(text.c_str());
        ImGui::PopStyleColor();
        app.remember_item(("chart.kpi." + std::to_string(i)).c_str());
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
            ImGui::TextUnformatted(tr("chart.kpi.why"));
            if (!k.quote.empty()) ImGui::TextWrapped("“%s”", k.quote.c_str());
            if (!k.location.empty()) ImGui::TextDisabled("%s", k.location.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        if (clicked && !k.figure_id.empty() && k.series.empty())
            if (const Report* r = app.current())
                for (std::size_t f = 0; f < r->figures.size(); ++f)
                    if (r->figures[f].id == k.figure_id) app.focus_figure(static_cast<int>(f), true);
    }
}

// One unit at a time: a switch when the measure has several (条 and 件 never share an axis).
void draw_units(App& app, const ChartData& d) {
    if (d.units.size() < 2) return;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("chart.unit"));
    ImGui::SameLine();
    std::vector<std::pair<std::string, std::string>> items;
    int active = 0;
    for (const std::string& u : d.units) {
        if (u == d.unit) active = static_cast<int>(items.size());
        items.emplace_back(u, u);
    }
    if (int c = segmented(app, "chart.unit.", items, active); c >= 0) chart_set_unit(app, d.units[c]);
}

// The words around a table cell's digits in its report's text ("…申请数量\t40\t6…", the digits
// in 【】), from the cell's recorded offsets (code points); "" when it has none.
std::string cell_in_context(const Report& r, const std::string& pointer) {
    if (!r.tables) return {};
    const Quote* q = r.tables->source_of(pointer);
    if (!q || !q->start || !q->end || *q->end < *q->start) return {};
    constexpr std::int64_t kAround = 24;
    const std::int64_t from = std::max<std::int64_t>(0, *q->start - kAround), to = *q->end + kAround;
    std::string out = from > 0 ? "…" : "";
    std::int64_t cp = -1;
    for (std::size_t i = 0; i < r.text.size(); ++i) {
        const auto c = static_cast<unsigned char>(r.text[i]);
        if ((c & 0xC0) != 0x80) {
            ++cp;
            if (cp == *q->start) out += "【";
            if (cp == *q->end) out += "】";
            if (cp >= to) return out + "…";
        }
        if (cp >= from) out += (r.text[i] == '\t' || r.text[i] == '\n') ? ' ' : r.text[i];
    }
    if (cp + 1 == *q->end) out += "】";
    return out;
}

// The chosen bar or point: each series' value, status, cell or figure, and quote; a prose
// figure of the current report opens in the details and source views.
void draw_selected(App& app, const ChartData& d) {
    const ChartRow* row = nullptr;
    for (const ChartRow& r : d.rows)
        if (r.key == app.chart.selected) row = &r;
    if (!row) return;
    ImGui::BeginChild("##chart-selected", ImVec2(0, 0), ImGuiChildFlags_Borders);
    ImGui::TextUnformatted(row->label.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr_id("chart.selected.close"))) chart_select(app, row->key);
    app.remember_item("chart.selected.close");
    for (std::size_t s = 0; s < row->values.size(); ++s) {
        ImGui::PushID(static_cast<int>(s));
        const bool present = s >= row->present.size() || row->present[s];
        std::string line = d.series.size() > 1 ? d.series[s] + "：" : std::string();
        line += present ? format_number(row->values[s]) + " " + row->unit : std::string(tr("chart.absent"));
        const std::string status = s < row->statuses.size() ? row->statuses[s] : std::string();
        if (!status.empty()) {
            const std::string key = "chart.status." + status;
            const char* t = tr(key.c_str());
            line += "（" + (key == t ? status : std::string(t)) + "）";
        }
        ImGui::TextUnformatted(line.c_str());
        const std::string source = s < row->sources.size() ? row->sources[s] : std::string();
        if (!source.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s %s", tr("chart.csv.source"), source.c_str());
            // A prose figure: /figures/<index> of its report, shown in the source view.
            const std::string id = s < row->report_ids.size() ? row->report_ids[s] : std::string();
            if (source.rfind("/tables/", 0) == 0 && source.find(',') == std::string::npos)
                for (const Report& r : app.reports)
                    if (r.id == id)
                        if (const std::string context = cell_in_context(r, source); !context.empty())
                            ImGui::TextWrapped("%s", context.c_str());
            if (source.rfind("/figures/", 0) == 0 && !id.empty()) {
                ImGui::SameLine();
                if (ImGui::SmallButton(tr_id("chart.selected.show"))) {
                    for (std::size_t i = 0; i < app.reports.size(); ++i)
                        if (app.reports[i].id == id) app.select_report(static_cast<int>(i));
                    app.focus_figure(std::atoi(source.c_str() + 9), true);
                }
                app.remember_item(("chart.selected.show." + std::to_string(s)).c_str());
            }
        }
        ImGui::PopID();
    }
    for (const std::string& q : row->quotes) ImGui::TextWrapped("“%s”", q.c_str());
    ImGui::EndChild();
    app.remember_item("chart.selected");
}

}  // namespace

void draw_area_chart(App& app) {
    app.chart.tooltip.reset();
    const Report* report = app.current();
    if (!report) {
        ImGui::TextWrapped("%s", tr("status.no_reports"));
        return;
    }
    // Esc steps back one drill level (when no window, popup or text field has it).
    if (app.chart.kind == ChartKind::Bars && !app.chart.drill.empty() && ImGui::IsKeyPressed(ImGuiKey_Escape, false) &&
        !ImGui::GetIO().WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) && !app.text_view &&
        !app.show_export && !app.show_help && !app.show_about && !keyboard_menu_owns_escape(app))
        chart_back(app, app.chart.drill.size() - 1);

    draw_controls(app);
    const ChartData& d = current_chart(app);
    const ChartKind kind = app.chart.kind;
    ImGui::Separator();
    ImGui::TextUnformatted(d.title.c_str());
    if (!d.subtitle.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", d.subtitle.c_str());
    }
    draw_kpis(app, d);
    draw_units(app, d);
    if (kind == ChartKind::Bars) draw_breadcrumb(app);
    // The donut's legend is beside its ring (chart_draw.cpp): one legend, never two.
    if (d.kind == ChartKind::Stacked || d.kind == ChartKind::Compare) draw_legend(app, d);
    if ((kind == ChartKind::Compare || kind == ChartKind::KeyCompare) && app.reports.size() < 2) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", tr("chart.compare.need"));
    }
    if (kind == ChartKind::Trend && d.rows.size() == 1) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", tr("chart.trend.need"));
    }
    if (d.rows.empty()) {
        ImGui::Spacing();
        const bool no_tables = kind == ChartKind::Template && !report->tables;
        ImGui::TextWrapped("%s", tr(no_tables ? "chart.template.none" : "chart.empty"));
        return;
    }
    ImGui::Spacing();
    if (d.select_rows && !app.chart.selected.empty()) {
        // The plot keeps most of the room; the chosen bar's cells and quotes go below it.
        const float details_h = ImGui::GetFontSize() * 7;
        ImGui::BeginChild("##chart-main", ImVec2(0, std::max(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().y - details_h)));
        draw_chart_plot(app, d);
        ImGui::EndChild();
        draw_selected(app, d);
    } else {
        draw_chart_plot(app, d);
    }
}

}  // namespace gongkai::ui
