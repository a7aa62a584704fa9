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

// A word of the summary in `l` (the catalog's export.* entries).
std::string w(const char* code, Language l) { return catalog_text(code, l, code); }

void metadata(std::string& out, const Report& r, Language l) {
    const Meta& m = r.meta;
    const std::string colon = l == Language::Chinese ? "：" : ": ";
    const auto item = [&](const char* code, const std::string& value) { out += "- " + w(code, l) + colon + value + "\n"; };
    item("export.report", md(r.id));
    if (!m.issuer.empty()) item("export.issuer", md(m.issuer));
    if (!m.region.name.empty()) {
        std::string region = md(m.region.name);
        std::string extra;
        if (!m.region.level.empty()) extra += md(m.region.level);
        if (!m.region.parent.empty())
            extra += (extra.empty() ? "" : ", ") + render(Message("export.in_region").text("parent", md(m.region.parent)), l);
        if (!extra.empty()) region += " (" + extra + ")";
        item("export.region", region);
    }
    if (m.year) item("export.year", std::to_string(*m.year));
    if (!m.period_from.empty() || !m.period_to.empty())
        item("export.period", md(m.period_from) + " – " + md(m.period_to));
    if (!m.template_version.empty()) item("export.template", md(m.template_version));
    if (!m.source.url.empty()) item("export.source", md(m.source.url));
    if (!m.source.published.empty()) item("export.published", md(m.source.published));
    if (!m.source.retrieved.empty()) item("export.retrieved", md(m.source.retrieved));
    if (!m.language.empty()) item("export.language", md(m.language));
    item("export.figures", std::to_string(r.figures.size()));
}

void headline(std::string& out, const detail::Summary& s, Language l) {
    if (s.headline.empty()) return;
    out += "\n## " + w("export.headline", l) + "\n\n| " + w("export.key_figure", l) + " | " + w("export.value", l) +
           " | " + w("export.status", l) + " | " + w("export.source", l) + " |\n| --- | ---: | --- | --- |\n";
    for (const KeyFigure& k : s.headline)
        out += "| " + md(detail::key_figure_label(k.name, l)) + " | " +
               (k.value ? detail::format_number(*k.value) + " " + md(k.unit) : std::string("–")) + " | " +
               detail::key_figure_status_word(k.status, l) + " | " + md(detail::key_figure_source_text(k)) + " |\n";
}

void cells(std::string& out, const detail::Summary& s, Language l) {
    if (s.cells.empty()) return;
    out += "\n## " + w("export.cells", l) + "\n\n| " + w("export.table", l) + " | " + w("export.row", l) + " | " +
           w("export.column", l) + " | " + w("export.value", l) + " | " + w("export.source", l) +
           " |\n| --- | --- | --- | ---: | --- |\n";
    for (const TableCell& c : s.cells)
        out += "| " + md(c.table) + " | " + md(detail::cell_row_label(c, l)) + " | " + md(detail::cell_column_label(c, l)) +
               " | " + detail::format_number(c.value) + " | " + md(detail::cell_source_text(c)) + " |\n";
}

void key_figures(std::string& out, const detail::Summary& s, Language l) {
    if (s.key_figures.empty()) return;
    out += "\n## " + w("export.top_level", l) + "\n\n";
    out += "| " + w("export.area", l) + " | " + w("export.topic", l) + " | " + w("export.department", l) + " | " +
           w("export.category", l) + " | " + w("export.value", l) + " | " + w("export.quote", l) + " |\n";
    out += "| --- | --- | --- | --- | ---: | --- |\n";
    for (const Figure* f : s.key_figures) {
        std::string value = detail::format_number(f->value) + " " + md(f->unit);
        if (const char* sign = detail::qualifier_sign(*f); *sign) value = sign + (" " + value);
        out += "| " + or_dash(f->area) + " | " + or_dash(f->topic) + " | " + or_dash(f->department) + " | " +
               or_dash(f->category) + " | " + value + " | " + (f->quote ? or_dash(f->quote->text) : "–") + " |\n";
    }
    if (s.more_key_figures)
        out += "\n" + render(Message("export.more").number("n", static_cast<double>(s.more_key_figures)), l) + "\n";
}

void counts_by_area(std::string& out, const detail::Summary& s, Language l) {
    if (s.by_area.empty()) return;
    out += "\n## " + w("export.by_area", l) + "\n\n";
    out += w("export.by_area.note_md", l) + "\n";
    for (const detail::SummaryAreaTable& t : s.by_area) {
        out += "\n| " + w("export.area", l) + " | " + w("export.count", l) + " (" + md(t.unit) + ") | " +
               w("export.share", l) + " | " + w("export.figures", l) + " |\n| --- | ---: | ---: | ---: |\n";
        for (const detail::SummaryAreaRow& row : t.rows)
            out += "| " + (row.area.empty() ? w("export.not_stated", l) : md(row.area)) + " | " +
                   detail::format_number(row.total) + " | " + row.share + " | " + std::to_string(row.figures) + " |\n";
        out += "| **" + w("export.total", l) + "** | **" + detail::format_number(t.sum) + "** | | |\n";
    }
}

void applications(std::string& out, const detail::Summary& s, Language l) {
    if (s.applications.empty()) return;
    out += "\n## " + w("export.applications", l) + "\n\n| " + w("export.row", l) + " | " + w("export.total", l) +
           " |\n| --- | ---: |\n";
    for (const auto& [label, total] : s.applications)
        out += "| " + detail::application_row_label(label, l) + " | " + detail::format_number(total) + " |\n";
}

void notes(std::string& out, const Report& r, Language l) {
    if (r.meta.notes.empty()) return;
    out += "\n## " + w("export.notes", l) + "\n\n";
    for (const Note& n : r.meta.notes) {
        bool other = false;
        out += "- " + or_dash(n.kind) + ": " + md(note_text(n, l == Language::Chinese, other));
        if (other) out += " " + w("export.other_language", l);
        if (n.quote && !n.quote->text.empty()) out += " (“" + md(n.quote->text) + "”)";
        out += "\n";
    }
}

void findings_table(std::string& out, const detail::Summary& s, Language l) {
    out += "\n## " + w("export.findings", l) + "\n\n";
    if (s.findings.empty()) {
        out += w("export.no_findings", l) + "\n";
        return;
    }
    out += "| " + w("export.severity", l) + " | " + w("export.rule", l) + " | " + w("export.finding", l) +
           " |\n| --- | --- | --- |\n";
    for (const Finding* f : s.findings)
        out += "| " + detail::severity_word(f->severity, l) + " | " + md(detail::rule_label(f->rule, l)) + " | " +
               md(finding_message(*f, l)) + " |\n";
}

void score_table(std::string& out, const detail::Summary& s, Language l) {
    out += "\n## " + w("score.summary.heading", l) + "\n\n";
    out += md(render(Message("score.summary.total")
                         .number("score", s.score.score)
                         .number("earned", s.score.earned)
                         .number("max", s.score.max),
                     l)) +
           "\n\n| " + w("score.summary.rule", l) + " | " + w("score.summary.points", l) + " | " +
           w("score.summary.why", l) + " | " + w("score.summary.evidence", l) + " |\n| --- | --- | --- | --- |\n";
    for (const ScorePoint& p : s.score.points)
        out += "| " + md(score_rule_name(p.rule, l)) + " | " + md(detail::score_points_text(p)) + " | " +
               md(render(p.what, l)) + " | " + or_dash(score_evidence_text(p)) + " |\n";
}

}  // namespace

std::string summary_markdown(const Report& report, const std::vector<Finding>& findings, Language l) {
    std::string out = "# " + (report.meta.title.empty() ? md(report.id) : md(report.meta.title)) + "\n\n";
    const detail::Summary summary = detail::summarise(report, findings);
    metadata(out, report, l);
    headline(out, summary, l);
    key_figures(out, summary, l);
    counts_by_area(out, summary, l);
    applications(out, summary, l);
    cells(out, summary, l);
    notes(out, report, l);
    findings_table(out, summary, l);
    score_table(out, summary, l);
    return out;
}

}  // namespace gongkai
