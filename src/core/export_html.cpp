// export_html.cpp — the report summary as a standalone HTML page.
//
// Same content as summary_markdown (export_markdown.cpp), most of it from summarise()
// (export_summary.hpp): metadata, key figures, published information by area, the
// applications table's totals, notes and audit findings. The page has no script and loads
// nothing; everything from the report goes through html() so a report's text can never
// become markup (a title of "<script>" stays text).
#include <string>

#include "core/export.hpp"
#include "core/export_summary.hpp"
#include "core/number_text.hpp"

namespace gongkai {

namespace {

// Escapes the five characters that matter in element content and quoted attributes.
std::string html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\0': break;  // never valid in HTML text
            default: out += c;
        }
    }
    return out;
}

std::string or_dash(std::string_view text) { return text.empty() ? std::string("–") : html(text); }

void meta_row(std::string& out, const char* label, std::string_view value) {
    if (value.empty()) return;
    out += "<tr><th scope=\"row\">";
    out += label;
    out += "</th><td>" + html(value) + "</td></tr>\n";
}

// A word of the summary in `l` (the catalog's export.* entries): never from the report, so
// it needs no escaping.
std::string w(const char* code, Language l) { return catalog_text(code, l, code); }

void metadata(std::string& out, const Report& r, Language l) {
    const Meta& m = r.meta;
    out += "<table class=\"meta\">\n";
    meta_row(out, w("export.report", l).c_str(), r.id);
    meta_row(out, w("export.issuer", l).c_str(), m.issuer);
    std::string region = m.region.name;
    if (!region.empty() && !m.region.parent.empty())
        region += " (" + render(Message("export.in_region").text("parent", m.region.parent), l) + ")";
    meta_row(out, w("export.region", l).c_str(), region);
    if (m.year) meta_row(out, w("export.year", l).c_str(), std::to_string(*m.year));
    if (!m.period_from.empty() || !m.period_to.empty())
        meta_row(out, w("export.period", l).c_str(), m.period_from + " – " + m.period_to);
    meta_row(out, w("export.template", l).c_str(), m.template_version);
    // Shown as text, never as a link: the URL is not ours to vouch for.
    meta_row(out, w("export.source", l).c_str(), m.source.url);
    meta_row(out, w("export.published", l).c_str(), m.source.published);
    meta_row(out, w("export.retrieved", l).c_str(), m.source.retrieved);
    meta_row(out, w("export.figures", l).c_str(), std::to_string(r.figures.size()));
    out += "</table>\n";
}

void headline(std::string& out, const detail::Summary& s, Language l) {
    if (s.headline.empty()) return;
    out += "<h2>" + w("export.headline", l) + "</h2>\n<table>\n<thead><tr><th>" + w("export.key_figure", l) +
           "</th><th class=\"num\">" + w("export.value", l) + "</th><th>" + w("export.status", l) + "</th><th>" +
           w("export.source", l) + "</th></tr></thead>\n<tbody>\n";
    for (const KeyFigure& k : s.headline)
        out += "<tr><td>" + html(detail::key_figure_label(k.name, l)) + "</td><td class=\"num\">" +
               (k.value ? detail::format_number(*k.value) + " " + html(k.unit) : std::string("–")) + "</td><td>" +
               html(detail::key_figure_status_word(k.status, l)) + "</td><td>" + html(detail::key_figure_source_text(k)) +
               "</td></tr>\n";
    out += "</tbody>\n</table>\n";
}

void cells(std::string& out, const detail::Summary& s, Language l) {
    if (s.cells.empty()) return;
    out += "<h2>" + w("export.cells", l) + "</h2>\n<table>\n<thead><tr><th>" + w("export.table", l) + "</th><th>" +
           w("export.row", l) + "</th><th>" + w("export.column", l) + "</th><th class=\"num\">" + w("export.value", l) +
           "</th><th>" + w("export.source", l) + "</th></tr></thead>\n<tbody>\n";
    for (const TableCell& c : s.cells)
        out += "<tr><td>" + html(c.table) + "</td><td>" + html(detail::cell_row_label(c, l)) + "</td><td>" +
               html(detail::cell_column_label(c, l)) + "</td><td class=\"num\">" + detail::format_number(c.value) +
               "</td><td>" + html(detail::cell_source_text(c)) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
}

void key_figures(std::string& out, const detail::Summary& s, Language l) {
    if (s.key_figures.empty()) return;
    out += "<h2>" + w("export.top_level", l) + "</h2>\n<table>\n<thead><tr><th>" + w("export.area", l) +
           "</th><th>" + w("export.topic", l) + "</th><th>" + w("export.department", l) + "</th><th>" +
           w("export.category", l) + "</th><th class=\"num\">" + w("export.value", l) + "</th><th>" +
           w("export.quote", l) + "</th></tr></thead>\n<tbody>\n";
    for (const Figure* f : s.key_figures) {
        std::string value = detail::format_number(f->value) + " " + html(f->unit);
        if (const char* sign = detail::qualifier_sign(*f); *sign) value = html(sign) + " " + value;
        out += "<tr><td>" + or_dash(f->area) + "</td><td>" + or_dash(f->topic) + "</td><td>" + or_dash(f->department) +
               "</td><td>" + or_dash(f->category) + "</td><td class=\"num\">" + value + "</td><td>" +
               (f->quote ? or_dash(f->quote->text) : std::string("–")) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
    if (s.more_key_figures)
        out += "<p>" + render(Message("export.more").number("n", static_cast<double>(s.more_key_figures)), l) + "</p>\n";
}

void counts_by_area(std::string& out, const detail::Summary& s, Language l) {
    if (s.by_area.empty()) return;
    out += "<h2>" + w("export.by_area", l) + "</h2>\n<p>" + w("export.by_area.note", l) + "</p>\n";
    for (const detail::SummaryAreaTable& t : s.by_area) {
        out += "<table>\n<thead><tr><th>" + w("export.area", l) + "</th><th class=\"num\">" + w("export.count", l) +
               " (" + html(t.unit) + ")</th><th class=\"num\">" + w("export.share", l) + "</th><th class=\"num\">" +
               w("export.figures", l) + "</th></tr></thead>\n<tbody>\n";
        for (const detail::SummaryAreaRow& row : t.rows)
            out += "<tr><td>" + (row.area.empty() ? w("export.not_stated", l) : html(row.area)) +
                   "</td><td class=\"num\">" + detail::format_number(row.total) + "</td><td class=\"num\">" +
                   row.share + "</td><td class=\"num\">" + std::to_string(row.figures) + "</td></tr>\n";
        out += "</tbody>\n<tfoot><tr><th>" + w("export.total", l) + "</th><th class=\"num\">" +
               detail::format_number(t.sum) +
               "</th><th></th><th></th></tr></tfoot>\n</table>\n";
    }
}

void applications(std::string& out, const detail::Summary& s, Language l) {
    if (s.applications.empty()) return;
    out += "<h2>" + w("export.applications", l) + "</h2>\n<table>\n<thead><tr><th>" + w("export.row", l) +
           "</th><th class=\"num\">" + w("export.total", l) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& [label, total] : s.applications)
        out += "<tr><td>" + detail::application_row_label(label, l) + "</td><td class=\"num\">" +
               detail::format_number(total) +
               "</td></tr>\n";
    out += "</tbody>\n</table>\n";
}

void notes(std::string& out, const Report& r, Language l) {
    if (r.meta.notes.empty()) return;
    out += "<h2>" + w("export.notes", l) + "</h2>\n<ul>\n";
    for (const Note& n : r.meta.notes) {
        bool other = false;
        out += "<li>" + or_dash(n.kind) + ": " + html(note_text(n, l == Language::Chinese, other));
        if (other) out += " " + w("export.other_language", l);
        if (n.quote && !n.quote->text.empty()) out += " (“" + html(n.quote->text) + "”)";
        out += "</li>\n";
    }
    out += "</ul>\n";
}

void findings_table(std::string& out, const detail::Summary& s, Language l) {
    out += "<h2>" + w("export.findings", l) + "</h2>\n";
    if (s.findings.empty()) {
        out += "<p>" + w("export.no_findings", l) + "</p>\n";
        return;
    }
    out += "<table>\n<thead><tr><th>" + w("export.severity", l) + "</th><th>" + w("export.rule", l) + "</th><th>" +
           w("export.finding", l) + "</th></tr></thead>\n<tbody>\n";
    for (const Finding* f : s.findings) {
        out += std::string("<tr class=\"") + severity_name(f->severity) + "\"><td>" +
               detail::severity_word(f->severity, l) + "</td><td>" + html(detail::rule_label(f->rule, l)) +
               "</td><td>" + html(finding_message(*f, l));
        for (const std::string& q : f->quotes) out += "<br><q>" + html(q) + "</q>";
        out += "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

void score_table(std::string& out, const detail::Summary& s, Language l) {
    out += "<h2>" + w("score.summary.heading", l) + "</h2>\n<p>" +
           html(render(Message("score.summary.total")
                           .number("score", s.score.score)
                           .number("earned", s.score.earned)
                           .number("max", s.score.max),
                       l)) +
           "</p>\n<table class=\"score\">\n<thead><tr><th>" + w("score.summary.rule", l) + "</th><th>" +
           w("score.summary.points", l) + "</th><th>" + w("score.summary.why", l) + "</th><th>" +
           w("score.summary.evidence", l) + "</th></tr></thead>\n<tbody>\n";
    for (const ScorePoint& p : s.score.points)
        out += "<tr><td>" + html(score_rule_name(p.rule, l)) + "</td><td class=\"num\">" +
               html(detail::score_points_text(p)) + "</td><td>" + html(render(p.what, l)) + "</td><td>" +
               html(score_evidence_text(p)) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
}

// Only characters that are safe in a lang attribute (BCP 47 is letters, digits and '-').
std::string language_tag(const Report& r) {
    std::string tag;
    for (char c : r.meta.language)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') tag += c;
    return tag.empty() ? std::string("zh-Hans") : tag;
}

}  // namespace

std::string summary_html(const Report& report, const std::vector<Finding>& findings, Language l) {
    const std::string title = report.meta.title.empty() ? report.id : report.meta.title;
    std::string out;
    out.reserve(8192);
    out += "<!doctype html>\n<html lang=\"" + language_tag(report) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + html(title) + "</title>\n";
    out += "<style>\n"
           "body{font-family:\"WenQuanYi Micro Hei\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;"
           "max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5;color:#111;background:#fff}\n"
           "table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #999;padding:0.25em 0.5em;"
           "text-align:left;vertical-align:top}.num{text-align:right}table.meta th{background:#f2f2f2}\n"
           "tr.error td:first-child{color:#a33c00;font-weight:bold}tr.warning td:first-child{color:#8a5a00}\n"
           "</style>\n</head>\n<body>\n";
    out += "<h1>" + html(title) + "</h1>\n";
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
    out += "<footer><p>" + w("export.footer", l) + "</p></footer>\n";
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace gongkai
