// chart_template.cpp — charts of the template tables (see the header).
#include "core/chart_template.hpp"

#include <algorithm>
#include <array>

namespace gongkai {

const char* template_chart_name(TemplateChart c) {
    switch (c) {
        case TemplateChart::Documents: return "documents";
        case TemplateChart::Decisions: return "decisions";
        case TemplateChart::Fees: return "fees";
        case TemplateChart::Applicants: return "applicants";
        case TemplateChart::Outcomes: return "outcomes";
        case TemplateChart::Cases: return "cases";
    }
    return "documents";
}

std::optional<TemplateChart> parse_template_chart(std::string_view name) {
    for (TemplateChart c : kTemplateCharts)
        if (name == template_chart_name(c)) return c;
    return std::nullopt;
}

namespace {

constexpr std::size_t kTotalColumn = kApplicationColumns.size() - 1;
constexpr std::array<const char*, 6> kOutcomeGroups = {"granted", "partially_granted", "denied",
                                                       "unable",  "not_processed",     "other"};
constexpr std::array<const char*, 4> kResults = {"maintained", "corrected", "other", "pending"};

ChartData start(ChartKind kind, const ChartTexts& texts, std::size_t series) {
    ChartData d;
    d.kind = kind;
    d.title = texts.title;
    d.subtitle = texts.subtitle;
    d.label_header = texts.label_header;
    d.series.assign(series, "");
    d.hidden.assign(series, false);
    d.select_rows = true;
    return d;
}

ChartRow row_of(std::string key, std::string label, std::string unit, std::size_t series) {
    ChartRow r;
    r.key = std::move(key);
    r.label = std::move(label);
    r.unit = std::move(unit);
    r.values.assign(series, 0.0);
    r.present.assign(series, false);
    r.sources.assign(series, {});
    r.statuses.assign(series, {});
    r.report_ids.assign(series, {});
    return r;
}

void set(ChartRow& r, std::size_t s, double v, std::string source, const Report& report) {
    r.values[s] += v;
    r.present[s] = true;
    if (!r.sources[s].empty()) r.sources[s] += ", ";
    r.sources[s] += source;
    r.statuses[s] = "stated";
    r.report_ids[s] = report.id;
    r.figures += 1;
}

void finish(ChartData& d) {
    d.units.clear();
    for (const ChartRow& r : d.rows)
        if (std::find(d.units.begin(), d.units.end(), r.unit) == d.units.end()) d.units.push_back(r.unit);
    d.unit = d.units.empty() ? std::string() : d.units.front();
}

// 20.x rows with `column`, one bar each.
ChartData by_item(const Report& report, const TemplateTables& t, const char* column, const char* unit,
                  const ChartTexts& texts) {
    ChartData d = start(ChartKind::Bars, texts, 1);
    for (std::size_t i = 0; i < t.proactive.size(); ++i) {
        const ProactiveRow& p = t.proactive[i];
        auto it = p.columns.find(column);
        if (it == p.columns.end()) continue;
        ChartRow r = row_of(p.clause + " " + p.item, p.item, unit, 1);
        set(r, 0, it->second, "/tables/proactive/" + std::to_string(i) + "/" + column, report);
        d.rows.push_back(std::move(r));
    }
    finish(d);
    return d;  // template order
}

ChartData documents(const Report& report, const TemplateTables& t, const ChartTexts& texts) {
    const bool v2019 = report.meta.template_version == "2019";
    const std::array<const char*, 3> columns = v2019 ? std::array<const char*, 3>{"produced", "published", "total_published"}
                                                     : std::array<const char*, 3>{"made", "repealed", "in_force"};
    ChartData d = start(ChartKind::Compare, texts, columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) d.series[c] = texts.name(std::string("template.col.") + columns[c]);
    for (std::size_t i = 0; i < t.proactive.size(); ++i) {
        const ProactiveRow& p = t.proactive[i];
        if (p.clause != "20.1") continue;
        ChartRow r = row_of(p.item, p.item, "件", columns.size());
        for (std::size_t c = 0; c < columns.size(); ++c) {
            auto it = p.columns.find(columns[c]);
            if (it != p.columns.end())
                set(r, c, it->second, "/tables/proactive/" + std::to_string(i) + "/" + columns[c], report);
        }
        if (r.figures > 0) d.rows.push_back(std::move(r));
    }
    finish(d);
    return d;
}

std::string cell(const char* row, std::size_t column) {
    return std::string("/tables/applications/") + row + "/" + kApplicationColumns[column];
}

// The applicant columns (not 总计) with a number in any row of table 三.
std::vector<std::size_t> applicant_columns(const TemplateTables& t) {
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < kTotalColumn; ++c) {
        bool any = false;
        for (const auto& [key, cells] : t.applications) any = any || cells[c].has_value();
        if (any) out.push_back(c);
    }
    return out;
}

void total_kpi(ChartData& d, const TemplateTables& t, const char* row, std::string label) {
    auto it = t.applications.find(row);
    if (it == t.applications.end() || !it->second[kTotalColumn]) return;
    ChartKpi k;
    k.label = std::move(label);
    k.value = *it->second[kTotalColumn];
    k.unit = "件";
    k.location = cell(row, kTotalColumn);
    d.kpis.push_back(std::move(k));
}

ChartData applicants(const Report& report, const TemplateTables& t, const ChartTexts& texts) {
    ChartData d = start(ChartKind::Bars, texts, 1);
    auto it = t.applications.find("new");
    if (it == t.applications.end()) return d;
    for (std::size_t c : applicant_columns(t)) {
        if (!it->second[c]) continue;
        ChartRow r = row_of(kApplicationColumns[c], texts.name(std::string("applicant.") + kApplicationColumns[c]),
                            "件", 1);
        set(r, 0, *it->second[c], cell("new", c), report);
        d.rows.push_back(std::move(r));
    }
    total_kpi(d, t, "new", texts.name("applicant.total"));
    finish(d);
    return d;  // the template's column order
}

// The outcome group of a table-三 row key ("denied.state_secret" -> "denied"), or "".
std::string group_of(const std::string& key) {
    const std::string head = key.substr(0, key.find('.'));
    for (const char* g : kOutcomeGroups)
        if (head == g) return head;
    return {};
}

ChartData outcomes(const Report& report, const TemplateTables& t, bool donut, const ChartTexts& texts) {
    if (donut) {
        ChartData d = start(ChartKind::Donut, texts, 1);
        for (const char* g : kOutcomeGroups) {
            ChartRow r = row_of(g, texts.name(std::string("outcome.") + g), "件", 1);
            for (const auto& [key, cells] : t.applications)
                if (group_of(key) == g && cells[kTotalColumn])
                    set(r, 0, *cells[kTotalColumn], cell(key.c_str(), kTotalColumn), report);
            if (r.present[0] && r.values[0] > 0) d.rows.push_back(std::move(r));
        }
        total_kpi(d, t, "total", texts.name("outcome.total"));
        finish(d);
        return d;
    }
    ChartData d = start(ChartKind::Stacked, texts, kOutcomeGroups.size());
    for (std::size_t g = 0; g < kOutcomeGroups.size(); ++g) d.series[g] = texts.name(std::string("outcome.") + kOutcomeGroups[g]);
    for (std::size_t c : applicant_columns(t)) {
        ChartRow r = row_of(kApplicationColumns[c], texts.name(std::string("applicant.") + kApplicationColumns[c]),
                            "件", kOutcomeGroups.size());
        for (std::size_t g = 0; g < kOutcomeGroups.size(); ++g)
            for (const auto& [key, cells] : t.applications)
                if (group_of(key) == kOutcomeGroups[g] && cells[c]) set(r, g, *cells[c], cell(key.c_str(), c), report);
        if (r.figures > 0) d.rows.push_back(std::move(r));
    }
    total_kpi(d, t, "total", texts.name("outcome.total"));
    finish(d);
    return d;
}

ChartData cases(const Report& report, const TemplateTables& t, const ChartTexts& texts) {
    ChartData d = start(ChartKind::Stacked, texts, kResults.size());
    for (std::size_t s = 0; s < kResults.size(); ++s) d.series[s] = texts.name(std::string("case.") + kResults[s]);
    const std::array<std::pair<const char*, const std::optional<CaseOutcomes>*>, 3> kinds = {{
        {"review", &t.review}, {"litigation_direct", &t.litigation_direct},
        {"litigation_after_review", &t.litigation_after_review}}};
    for (const auto& [kind, outcomes] : kinds) {
        if (!*outcomes) continue;
        const CaseOutcomes& o = **outcomes;
        ChartRow r = row_of(kind, texts.name(std::string("case.") + kind), "件", kResults.size());
        const std::array<const std::optional<double>*, 4> values = {&o.maintained, &o.corrected, &o.other, &o.pending};
        for (std::size_t s = 0; s < kResults.size(); ++s)
            if (*values[s]) set(r, s, **values[s], std::string("/tables/") + kind + "/" + kResults[s], report);
        if (o.total) {
            ChartKpi k;
            k.label = r.label + " · " + texts.name("case.total");
            k.value = *o.total;
            k.unit = "件";
            k.location = std::string("/tables/") + kind + "/total";
            d.kpis.push_back(std::move(k));
        }
        if (r.figures > 0) d.rows.push_back(std::move(r));
    }
    finish(d);
    return d;
}

}  // namespace

ChartData template_chart(const Report& report, TemplateChart which, bool donut, const ChartTexts& texts) {
    if (!report.tables) {
        ChartData d = start(which == TemplateChart::Outcomes && donut ? ChartKind::Donut : ChartKind::Bars, texts, 1);
        return d;
    }
    const TemplateTables& t = *report.tables;
    switch (which) {
        case TemplateChart::Documents: return documents(report, t, texts);
        case TemplateChart::Decisions: return by_item(report, t, "decisions", "件", texts);
        case TemplateChart::Fees: return by_item(report, t, "fees", "万元", texts);
        case TemplateChart::Applicants: return applicants(report, t, texts);
        case TemplateChart::Outcomes: return outcomes(report, t, donut, texts);
        case TemplateChart::Cases: return cases(report, t, texts);
    }
    return start(ChartKind::Bars, texts, 1);
}

}  // namespace gongkai
