// export_markdown.cpp — a readable Markdown summary of one report.
//
// Everything that comes from the report is escaped: a report's text must never turn into
// markup, links or HTML in whatever renders the summary (| would also break the tables).
#include <string>

#include "core/export.hpp"
#include "core/export_summary.hpp"
#include "core/number_text.hpp"

namespace gongkai {

namespace {

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

void headline(std::string& out, const detail::Summary& s) {
    if (s.headline.empty()) return;
    out += "\n## Key figures (关键指标)\n\n| Key figure | Value | Status | Source |\n| --- | ---: | --- | --- |\n";
    for (const KeyFigure& k : s.headline)
        out += std::string("| ") + key_figure_label_zh(k.name) + " (" + md(k.name) + ") | " +
               detail::format_number(k.value.value_or(0)) + " " + md(k.unit) + " | " +
               key_figure_status_name(k.status) + " | " + md(detail::key_figure_source_text(k)) + " |\n";
}

void cells(std::string& out, const detail::Summary& s) {
    if (s.cells.empty()) return;
    out += "\n## Template table cells\n\n| Table | Row | Column | Value | Source |\n| --- | --- | --- | ---: | --- |\n";
    for (const TableCell& c : s.cells)
        out += "| " + md(c.table) + " | " + md(c.row_zh.empty() ? c.row : c.row_zh) + " | " +
               md(c.column_zh.empty() ? c.column : c.column_zh) + " | " + detail::format_number(c.value) + " | " + md(detail::cell_source_text(c)) +
               " |\n";
}

void key_figures(std::string& out, const detail::Summary& s) {
    if (s.key_figures.empty()) return;
    out += "\n## Top-level figures\n\n";
    out += "| Area | Topic | Department | Category | Value | Quote |\n";
    out += "| --- | --- | --- | --- | ---: | --- |\n";
    for (const Figure* f : s.key_figures) {
        std::string value = detail::format_number(f->value) + " " + md(f->unit);
        if (const char* sign = detail::qualifier_sign(*f); *sign) value = sign + (" " + value);
        out += "| " + or_dash(f->area) + " | " + or_dash(f->topic) + " | " + or_dash(f->department) + " | " +
               or_dash(f->category) + " | " + value + " | " + (f->quote ? or_dash(f->quote->text) : "–") + " |\n";
    }
    if (s.more_key_figures) out += "\n… and " + std::to_string(s.more_key_figures) + " more.\n";
}

void counts_by_area(std::string& out, const detail::Summary& s) {
    if (s.by_area.empty()) return;
    out += "\n## Published information by area\n\n";
    out += "Each part counted once: a total through its parts (see docs/report-format.md).\n";
    for (const detail::SummaryAreaTable& t : s.by_area) {
        out += "\n| Area | Count (" + md(t.unit) + ") | Share | Figures |\n| --- | ---: | ---: | ---: |\n";
        for (const detail::SummaryAreaRow& row : t.rows)
            out += "| " + (row.area.empty() ? std::string("(not stated)") : md(row.area)) + " | " +
                   detail::format_number(row.total) + " | " + row.share + " | " + std::to_string(row.figures) + " |\n";
        out += "| **Total** | **" + detail::format_number(t.sum) + "** | | |\n";
    }
}

void applications(std::string& out, const detail::Summary& s) {
    if (s.applications.empty()) return;
    out += "\n## Applications (template table, 总计 column)\n\n| Row | Total |\n| --- | ---: |\n";
    for (const auto& [label, total] : s.applications)
        out += std::string("| ") + label + " | " + detail::format_number(total) + " |\n";
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

void findings_table(std::string& out, const detail::Summary& s) {
    out += "\n## Audit findings\n\n";
    if (s.findings.empty()) {
        out += "No findings.\n";
        return;
    }
    out += "| Severity | Rule | Finding |\n| --- | --- | --- |\n";
    for (const Finding* f : s.findings)
        out += std::string("| ") + severity_name(f->severity) + " | " + md(f->rule) + " | " + md(f->message) + " |\n";
}

}  // namespace

std::string summary_markdown(const Report& report, const std::vector<Finding>& findings) {
    std::string out = "# " + (report.meta.title.empty() ? md(report.id) : md(report.meta.title)) + "\n\n";
    const detail::Summary summary = detail::summarise(report, findings);
    metadata(out, report);
    headline(out, summary);
    key_figures(out, summary);
    counts_by_area(out, summary);
    applications(out, summary);
    cells(out, summary);
    notes(out, report);
    findings_table(out, summary);
    return out;
}

}  // namespace gongkai
