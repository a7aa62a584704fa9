// chart_model.cpp — the charts tab's model: state changes, cached data, exports, page API, mirror.
//
// [SECTION] State changes
// [SECTION] Building and caching the chart data
// [SECTION] Exports (SVG, PNG)
// [SECTION] Page API (state().view, setView, chartData)
// [SECTION] Accessible mirror
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
#include "platform/platform.hpp"
#include "ui/model/model_changed.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {

void chart_changed(App& app) {
    ++app.chart.revision;
    model_changed();
}

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


const char* chart_field_key(Field f) {
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


void chart_set_kind(App& app, ChartKind kind) {
    if (app.chart.kind == kind || kind == ChartKind::Line) return;
    app.chart.kind = kind;
    app.chart.selected.clear();
    chart_changed(app);
}

void chart_set_unit(App& app, const std::string& unit) {
    if (app.chart.unit == unit) return;
    app.chart.unit = unit;
    chart_changed(app);
}

void chart_select(App& app, const std::string& key) {
    app.chart.selected = app.chart.selected == key ? std::string() : key;  // a second click lets go
    chart_changed(app);
}

void chart_set_grouping(App& app, Field grouping) {
    app.chart.grouping = grouping;
    app.chart.drill.clear();
    chart_changed(app);
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
    if (set_scope(app.chart, all)) chart_changed(app);
}

void chart_drill(App& app, const std::string& key) {
    ChartState& s = app.chart;
    const Field f = chart_field(s);
    if (!drill_next(f)) return;  // categories are the last level
    s.drill.emplace_back(f, key);
    chart_changed(app);
}

void chart_back(App& app, std::size_t depth) {
    if (depth >= app.chart.drill.size()) return;
    app.chart.drill.resize(depth);
    chart_changed(app);
}

void chart_toggle_series(App& app, const std::string& name) {
    auto& hidden = app.chart.hidden[app.chart.kind];
    if (!hidden.erase(name)) hidden.insert(name);
    chart_changed(app);
}

// ============================================================================
// [SECTION] Building and caching
// ============================================================================


std::string chart_measure_name(const std::string& measure) {
    const std::string key = "measure." + measure;
    const char* t = tr(key.c_str());
    return key == t ? measure : std::string(t);
}

namespace {

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

}  // namespace

std::string chart_choice_label(const BreakdownChoice& c) {
    return c.total_label + " " + display_number(c.total_value) + c.unit + " · " + breakdown_name(c.breakdown);
}

namespace {

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

}  // namespace

std::string chart_key_figure_name(const std::string& name) { return chart_label("kf." + name); }

ChartData build_chart(const App& app) {
    const ChartState& s = app.chart;
    const Report* report = app.current();
    ChartData d;
    d.kind = s.kind;
    if (!report) return d;
    ChartTexts t = base_texts();
    t.label = chart_label;
    const std::string measure = chart_measure_name(s.measure);
    const std::string in_report = report_name(*report);
    std::vector<const Report*> sources{report};
    switch (s.kind) {
        case ChartKind::Bars: {
            const Field f = chart_field(s);
            t.title = format(tr("chart.title.bars"), measure, tr(chart_field_key(f)));
            t.subtitle = in_report;
            for (const auto& [field, value] : s.drill) t.subtitle += " › " + (value.empty() ? t.not_stated : value);
            t.label_header = tr(chart_field_key(f));
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
            t.title = chart_choice_label(choices[i]);
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
            t.title = format(tr("chart.title.compare"), measure, tr(chart_field_key(s.grouping)));
            t.label_header = tr(chart_field_key(s.grouping));
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
            t.title = format(tr("chart.title.trend"), chart_key_figure_name(s.key_figure), body.empty() ? in_report : body);
            t.label_header = tr("col.year");
            d = key_figure_trend(key_figure_sets(sources), s.key_figure, s.trend_line, t, s.unit);
            break;
        }
        case ChartKind::Ranking: {
            sources.clear();
            for (const Report& r : app.reports) sources.push_back(&r);
            t.title = format(tr("chart.title.ranking"), chart_key_figure_name(s.key_figure));
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
    ChartExportTexts texts;
    texts.csv.label = tr("chart.label");
    texts.csv.value = tr("col.value");
    texts.csv.unit = tr("col.unit");
    texts.csv.share = tr("chart.share");
    texts.csv.difference = tr("chart.compare.diff");
    texts.csv.change = tr("chart.compare.change");
    texts.csv.status = tr("chart.csv.status");
    texts.csv.source = tr("chart.csv.source");
    texts.csv.report = tr("col.report");
    texts.csv.total = tr("chart.kpi");
    texts.csv.absent = tr("chart.absent");
    texts.svg.total_text = tr("chart.total");
    texts.svg.kpi_text = tr("chart.kpi");
    texts.svg.absent_text = tr("chart.absent");
    return export_chart(format, d, who, view, texts);
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
    if (touched) chart_changed(app);
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
                   display_number(k.value) + " " + k.unit;
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
                if (d.series_visible(s)) cells.push_back(r.present[s] ? display_number(r.values[s]) : tr("chart.absent"));
        } else {
            const bool present = r.present.empty() || r.present[0];
            cells.push_back(present ? display_number(r.values[0]) : tr("chart.absent"));
        }
        cells.push_back(r.unit);
        if (changes) {
            // First against last; a row one of them lacks has no change ("—"), never −100%.
            const auto diff = compare_difference(r, 0, r.values.size() - 1);
            const auto pct = compare_percent(r, 0, r.values.size() - 1);
            cells.push_back(diff ? (*diff > 0 ? "+" : "") + display_number(*diff) : "—");
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


}  // namespace gongkai::ui
