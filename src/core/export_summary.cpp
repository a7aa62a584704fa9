// export_summary.cpp — the content of the report summary (export_summary.hpp).
#include "core/export_summary.hpp"

#include <algorithm>

#include "core/aggregate.hpp"
#include "core/number_text.hpp"

namespace gongkai::detail {

namespace {

constexpr std::size_t kMaxKeyFigures = 40;

// The report's top-level numbers: figures that are nobody's part (section totals and
// stand-alone counts), in report order.
void key_figures(const Report& r, Summary& s) {
    for (const Figure& f : r.figures) {
        if (!f.parent.empty() || f.unit == "%") continue;
        if (s.key_figures.size() < kMaxKeyFigures) s.key_figures.push_back(&f);
        else ++s.more_key_figures;
    }
}

void by_area(const Report& r, Summary& s) {
    Filter published;
    published.measure = "published";
    const std::vector<Report> one{r};
    const std::vector<Group> groups = aggregate(one, {Field::Area}, published);
    std::vector<std::string> units;
    for (const Group& g : groups)
        if (std::find(units.begin(), units.end(), g.unit) == units.end()) units.push_back(g.unit);
    std::sort(units.begin(), units.end());
    for (const std::string& unit : units) {
        SummaryAreaTable& t = s.by_area.emplace_back();
        t.unit = unit;
        for (const Group& g : groups)
            if (g.unit == unit) t.sum += g.total;
        for (const Group& g : groups) {
            if (g.unit != unit) continue;
            const std::string share = t.sum > 0 ? format_fixed(100.0 * g.total / t.sum, 1) + "%" : "–";
            t.rows.push_back({g.keys[0], g.total, share, g.figures});
        }
    }
}

void applications(const Report& r, Summary& s) {
    if (!r.tables) return;
    static constexpr std::pair<const char*, const char*> kRows[] = {
        {"new", "本年新收 (new)"},
        {"carried_over", "上年结转 (carried over)"},
        {"total", "办理总计 (handled)"},
        {"carried_forward", "结转下年度 (carried forward)"}};
    for (const auto& [key, label] : kRows) {
        const auto it = r.tables->applications.find(key);
        if (it != r.tables->applications.end() && it->second[6]) s.applications.emplace_back(label, *it->second[6]);
    }
}

}  // namespace

std::string key_figure_source_text(const KeyFigure& k) {
    std::string text;
    if (k.status == KeyFigureStatus::Derived) text = "derived: " + k.how;
    else if (k.source == KeyFigureSourceKind::Table) text = k.location + (k.quote.empty() ? "" : " “" + k.quote + "”");
    else if (!k.quote.empty()) text = "“" + k.quote + "”";
    else text = k.location;
    if (k.prose_value) text += "; the text says " + format_number(*k.prose_value);
    return text;
}

std::string cell_source_text(const TableCell& c) {
    return c.source ? "“" + c.source->text.str() + "”" + (c.source->start ? " at " + std::to_string(*c.source->start) : "")
                    : std::string("–");
}

Summary summarise(const Report& report, const std::vector<Finding>& findings) {
    Summary s;
    KeyFigures all = gongkai::key_figures(report);
    for (KeyFigure& k : all.figures)
        if (k.status != KeyFigureStatus::Absent) s.headline.push_back(std::move(k));
    s.cells = table_cells(report);
    key_figures(report, s);
    by_area(report, s);
    applications(report, s);
    for (const Finding& f : findings)
        if (f.report_id == report.id) s.findings.push_back(&f);
    s.score = score_report(report, findings, nullptr);
    return s;
}

std::string application_row_label(const char* label, Language l) {
    if (l == Language::English) return label;
    const std::string_view text(label);
    return std::string(text.substr(0, text.find(" (")));
}

std::string severity_word(Severity s, Language l) {
    return catalog_text(std::string("severity.") + severity_name(s), l, severity_name(s));
}

std::string key_figure_label(std::string_view name, Language l) {
    const char* zh = key_figure_label_zh(name);
    const char* en = key_figure_label_en(name);
    if (l == Language::Chinese) return *zh ? std::string(zh) : std::string(name);
    return (*en ? std::string(en) : std::string(name)) + " (" + std::string(name) + ")";
}

std::string key_figure_status_word(KeyFigureStatus s, Language l) {
    const char* name = key_figure_status_name(s);
    return catalog_text(std::string("export.status.") + name, l, name);
}

std::string cell_row_label(const TableCell& c, Language l) {
    const std::string& label = l == Language::Chinese ? c.row_zh : c.row_en;
    return label.empty() ? c.row : label;
}

std::string cell_column_label(const TableCell& c, Language l) {
    const std::string& label = l == Language::Chinese ? c.column_zh : c.column_en;
    return label.empty() ? c.column : label;
}

std::string rule_label(const std::string& rule, Language l) {
    if (l == Language::English) return rule;
    return rule_name(rule, l) + "（" + rule + "）";
}

const char* qualifier_sign(const Figure& f) {
    if (f.qualifier == "over") return ">";
    if (f.qualifier == "under") return "<";
    if (f.qualifier == "about") return "≈";
    return "";
}

std::string score_points_text(const ScorePoint& p) {
    if (!p.applicable) return "—";
    if (p.flag) return "!";
    return format_number(p.earned) + "/" + format_number(p.max);
}

}  // namespace gongkai::detail
