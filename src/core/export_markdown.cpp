// export_markdown.cpp — a readable Markdown summary of one report.
//
// Everything that comes from the report is escaped: a report's text must never turn into
// markup, links or HTML in whatever renders the summary (| would also break the tables).
#include <algorithm>
#include <string>

#include "core/export.hpp"
#include "core/number_text.hpp"

namespace gongkai {

namespace {

constexpr std::size_t kMaxKeyFigures = 40;

// Escapes Markdown and inline-HTML specials; newlines become spaces (cells are one line).
std::string md(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
            case '|': case '#': case '~': case '!': case '$':
                out += '\\';
                out += c;
                break;
            case '&': out += "&amp;"; break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                out += ' ';
                break;
            case '\n': case '\t': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

std::string or_dash(std::string_view text) { return text.empty() ? std::string("–") : md(text); }

void metadata(std::string& out, const Report& r) {
    const Meta& m = r.meta;
    out += "- Report: " + md(r.id) + "\n";
    if (!m.issuer.empty()) out += "- Issuer: " + md(m.issuer) + "\n";
    if (!m.region.name.empty()) {
        out += "- Region: " + md(m.region.name);
        std::string extra;
        if (!m.region.level.empty()) extra += md(m.region.level);
        if (!m.region.parent.empty()) extra += (extra.empty() ? "" : ", ") + std::string("in ") + md(m.region.parent);
        if (!extra.empty()) out += " (" + extra + ")";
        out += "\n";
    }
    if (m.year) out += "- Year: " + std::to_string(*m.year) + "\n";
    if (!m.period_from.empty() || !m.period_to.empty())
        out += "- Period: " + md(m.period_from) + " – " + md(m.period_to) + "\n";
    if (!m.template_version.empty()) out += "- Template: " + md(m.template_version) + "\n";
    if (!m.source.url.empty()) out += "- Source: " + md(m.source.url) + "\n";
    if (!m.source.published.empty()) out += "- Published: " + md(m.source.published) + "\n";
    if (!m.source.retrieved.empty()) out += "- Retrieved: " + md(m.source.retrieved) + "\n";
    if (!m.language.empty()) out += "- Language: " + md(m.language) + "\n";
    out += "- Figures: " + std::to_string(r.figures.size()) + "\n";
}

// The report's top-level numbers: figures that are nobody's part (section totals and
// stand-alone counts), in report order.
void key_figures(std::string& out, const Report& r) {
    std::vector<const Figure*> roots;
    for (const Figure& f : r.figures)
        if (f.parent.empty() && f.unit != "%") roots.push_back(&f);
    if (roots.empty()) return;
    out += "\n## Key figures\n\n";
    out += "| Area | Topic | Department | Category | Value | Quote |\n";
    out += "| --- | --- | --- | --- | ---: | --- |\n";
    for (std::size_t i = 0; i < roots.size() && i < kMaxKeyFigures; ++i) {
        const Figure& f = *roots[i];
        std::string value = detail::format_number(f.value) + " " + md(f.unit);
        if (f.qualifier == "over") value = "> " + value;
        if (f.qualifier == "under") value = "< " + value;
        if (f.qualifier == "about") value = "≈ " + value;
        out += "| " + or_dash(f.area) + " | " + or_dash(f.topic) + " | " + or_dash(f.department) + " | " +
               or_dash(f.category) + " | " + value + " | " + (f.quote ? or_dash(f.quote->text) : "–") + " |\n";
    }
    if (roots.size() > kMaxKeyFigures)
        out += "\n… and " + std::to_string(roots.size() - kMaxKeyFigures) + " more.\n";
}

void counts_by_area(std::string& out, const Report& r) {
    Filter published;
    published.measure = "published";
    const std::vector<Report> one{r};
    const std::vector<Group> groups = aggregate(one, {Field::Area}, published);
    if (groups.empty()) return;
    std::vector<std::string> units;
    for (const Group& g : groups)
        if (std::find(units.begin(), units.end(), g.unit) == units.end()) units.push_back(g.unit);
    std::sort(units.begin(), units.end());

    out += "\n## Published information by area\n\n";
    out += "Each part counted once: a total through its parts (see docs/report-format.md).\n";
    for (const std::string& unit : units) {
        double sum = 0;
        for (const Group& g : groups)
            if (g.unit == unit) sum += g.total;
        out += "\n| Area | Count (" + md(unit) + ") | Share | Figures |\n| --- | ---: | ---: | ---: |\n";
        for (const Group& g : groups) {
            if (g.unit != unit) continue;
            const std::string share = sum > 0 ? detail::format_fixed(100.0 * g.total / sum, 1) + "%" : "–";
            out += "| " + (g.keys[0].empty() ? std::string("(not stated)") : md(g.keys[0])) + " | " +
                   detail::format_number(g.total) + " | " + share + " | " + std::to_string(g.figures) + " |\n";
        }
        out += "| **Total** | **" + detail::format_number(sum) + "** | | |\n";
    }
}

void applications(std::string& out, const Report& r) {
    if (!r.tables || r.tables->applications.empty()) return;
    static constexpr std::pair<const char*, const char*> kRows[] = {
        {"new", "本年新收 (new)"},
        {"carried_over", "上年结转 (carried over)"},
        {"total", "办理总计 (handled)"},
        {"carried_forward", "结转下年度 (carried forward)"}};
    std::string rows;
    for (const auto& [key, label] : kRows) {
        const auto it = r.tables->applications.find(key);
        if (it == r.tables->applications.end() || !it->second[6]) continue;
        rows += std::string("| ") + label + " | " + detail::format_number(*it->second[6]) + " |\n";
    }
    if (rows.empty()) return;
    out += "\n## Applications (template table, 总计 column)\n\n| Row | Total |\n| --- | ---: |\n" + rows;
}

void notes(std::string& out, const Report& r) {
    if (r.meta.notes.empty()) return;
    out += "\n## Notes\n\n";
    for (const Note& n : r.meta.notes) {
        out += "- " + or_dash(n.kind) + ": " + md(n.message);
        if (n.quote && !n.quote->text.empty()) out += " (“" + md(n.quote->text) + "”)";
        out += "\n";
    }
}

void findings_table(std::string& out, const Report& r, const std::vector<Finding>& findings) {
    out += "\n## Audit findings\n\n";
    std::string rows;
    std::size_t count = 0;
    for (const Finding& f : findings) {
        if (f.report_id != r.id) continue;
        ++count;
        rows += std::string("| ") + severity_name(f.severity) + " | " + md(f.rule) + " | " + md(f.message) + " |\n";
    }
    if (count == 0) {
        out += "No findings.\n";
        return;
    }
    out += "| Severity | Rule | Finding |\n| --- | --- | --- |\n" + rows;
}

}  // namespace

std::string summary_markdown(const Report& report, const std::vector<Finding>& findings) {
    std::string out = "# " + (report.meta.title.empty() ? md(report.id) : md(report.meta.title)) + "\n\n";
    metadata(out, report);
    key_figures(out, report);
    counts_by_area(out, report);
    applications(out, report);
    notes(out, report);
    findings_table(out, report, findings);
    return out;
}

}  // namespace gongkai
