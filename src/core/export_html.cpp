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

void metadata(std::string& out, const Report& r) {
    const Meta& m = r.meta;
    out += "<table class=\"meta\">\n";
    meta_row(out, "Report", r.id);
    meta_row(out, "Issuer", m.issuer);
    std::string region = m.region.name;
    if (!region.empty() && !m.region.parent.empty()) region += " (in " + m.region.parent + ")";
    meta_row(out, "Region", region);
    if (m.year) meta_row(out, "Year", std::to_string(*m.year));
    if (!m.period_from.empty() || !m.period_to.empty()) meta_row(out, "Period", m.period_from + " – " + m.period_to);
    meta_row(out, "Template", m.template_version);
    meta_row(out, "Source", m.source.url);  // shown as text, never as a link: the URL is not ours to vouch for
    meta_row(out, "Published", m.source.published);
    meta_row(out, "Retrieved", m.source.retrieved);
    meta_row(out, "Figures", std::to_string(r.figures.size()));
    out += "</table>\n";
}

void headline(std::string& out, const detail::Summary& s) {
    if (s.headline.empty()) return;
    out += "<h2>Key figures (关键指标)</h2>\n<table>\n<thead><tr><th>Key figure</th><th class=\"num\">Value</th>"
           "<th>Status</th><th>Source</th></tr></thead>\n<tbody>\n";
    for (const KeyFigure& k : s.headline)
        out += std::string("<tr><td>") + key_figure_label_zh(k.name) + " (" + k.name + ")</td><td class=\"num\">" +
               detail::format_number(k.value.value_or(0)) + " " + html(k.unit) + "</td><td>" +
               key_figure_status_name(k.status) + "</td><td>" + html(detail::key_figure_source_text(k)) +
               "</td></tr>\n";
    out += "</tbody>\n</table>\n";
}

void cells(std::string& out, const detail::Summary& s) {
    if (s.cells.empty()) return;
    out += "<h2>Template table cells</h2>\n<table>\n<thead><tr><th>Table</th><th>Row</th><th>Column</th>"
           "<th class=\"num\">Value</th><th>Source</th></tr></thead>\n<tbody>\n";
    for (const TableCell& c : s.cells)
        out += "<tr><td>" + html(c.table) + "</td><td>" + html(c.row_zh.empty() ? c.row : c.row_zh) +
               "</td><td>" + html(c.column_zh.empty() ? c.column : c.column_zh) + "</td><td class=\"num\">" + detail::format_number(c.value) +
               "</td><td>" + html(detail::cell_source_text(c)) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
}

void key_figures(std::string& out, const detail::Summary& s) {
    if (s.key_figures.empty()) return;
    out += "<h2>Top-level figures</h2>\n<table>\n<thead><tr><th>Area</th><th>Topic</th><th>Department</th>"
           "<th>Category</th><th class=\"num\">Value</th><th>Quote</th></tr></thead>\n<tbody>\n";
    for (const Figure* f : s.key_figures) {
        std::string value = detail::format_number(f->value) + " " + html(f->unit);
        if (const char* sign = detail::qualifier_sign(*f); *sign) value = html(sign) + " " + value;
        out += "<tr><td>" + or_dash(f->area) + "</td><td>" + or_dash(f->topic) + "</td><td>" + or_dash(f->department) +
               "</td><td>" + or_dash(f->category) + "</td><td class=\"num\">" + value + "</td><td>" +
               (f->quote ? or_dash(f->quote->text) : std::string("–")) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
    if (s.more_key_figures) out += "<p>… and " + std::to_string(s.more_key_figures) + " more.</p>\n";
}

void counts_by_area(std::string& out, const detail::Summary& s) {
    if (s.by_area.empty()) return;
    out += "<h2>Published information by area</h2>\n"
           "<p>Each part counted once: a total through its parts.</p>\n";
    for (const detail::SummaryAreaTable& t : s.by_area) {
        out += "<table>\n<thead><tr><th>Area</th><th class=\"num\">Count (" + html(t.unit) +
               ")</th><th class=\"num\">Share</th><th class=\"num\">Figures</th></tr></thead>\n<tbody>\n";
        for (const detail::SummaryAreaRow& row : t.rows)
            out += "<tr><td>" + (row.area.empty() ? std::string("(not stated)") : html(row.area)) +
                   "</td><td class=\"num\">" + detail::format_number(row.total) + "</td><td class=\"num\">" +
                   row.share + "</td><td class=\"num\">" + std::to_string(row.figures) + "</td></tr>\n";
        out += "</tbody>\n<tfoot><tr><th>Total</th><th class=\"num\">" + detail::format_number(t.sum) +
               "</th><th></th><th></th></tr></tfoot>\n</table>\n";
    }
}

void applications(std::string& out, const detail::Summary& s) {
    if (s.applications.empty()) return;
    out += "<h2>Applications (template table, 总计 column)</h2>\n<table>\n<thead><tr><th>Row</th>"
           "<th class=\"num\">Total</th></tr></thead>\n<tbody>\n";
    for (const auto& [label, total] : s.applications)
        out += std::string("<tr><td>") + label + "</td><td class=\"num\">" + detail::format_number(total) +
               "</td></tr>\n";
    out += "</tbody>\n</table>\n";
}

void notes(std::string& out, const Report& r) {
    if (r.meta.notes.empty()) return;
    out += "<h2>Notes</h2>\n<ul>\n";
    for (const Note& n : r.meta.notes) {
        out += "<li>" + or_dash(n.kind) + ": " + html(n.message);
        if (n.quote && !n.quote->text.empty()) out += " (“" + html(n.quote->text) + "”)";
        out += "</li>\n";
    }
    out += "</ul>\n";
}

void findings_table(std::string& out, const detail::Summary& s) {
    out += "<h2>Audit findings</h2>\n";
    if (s.findings.empty()) {
        out += "<p>No findings.</p>\n";
        return;
    }
    out += "<table>\n<thead><tr><th>Severity</th><th>Rule</th><th>Finding</th></tr></thead>\n<tbody>\n";
    for (const Finding* f : s.findings) {
        out += std::string("<tr class=\"") + severity_name(f->severity) + "\"><td>" + severity_name(f->severity) +
               "</td><td>" + html(f->rule) + "</td><td>" + html(f->message);
        for (const std::string& q : f->quotes) out += "<br><q>" + html(q) + "</q>";
        out += "</td></tr>\n";
    }
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

std::string summary_html(const Report& report, const std::vector<Finding>& findings) {
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
    metadata(out, report);
    headline(out, summary);
    key_figures(out, summary);
    counts_by_area(out, summary);
    applications(out, summary);
    cells(out, summary);
    notes(out, report);
    findings_table(out, summary);
    out += "<footer><p>Made with Gongkai from the report JSON; check every figure against the report itself.</p></footer>\n";
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace gongkai
