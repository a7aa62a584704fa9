// export_html.cpp — the report summary as a standalone HTML page.
//
// Same content as summary_markdown (export_markdown.cpp): metadata, key figures, published
// information by area, the applications table's totals, notes and audit findings. The page
// has no script and loads nothing; everything from the report goes through html() so a
// report's text can never become markup (a title of "<script>" stays text).
#include <algorithm>
#include <string>

#include "core/export.hpp"
#include "core/number_text.hpp"

namespace gongkai {

namespace {

constexpr std::size_t kMaxKeyFigures = 40;

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

void key_figures(std::string& out, const Report& r) {
    std::vector<const Figure*> roots;
    for (const Figure& f : r.figures)
        if (f.parent.empty() && f.unit != "%") roots.push_back(&f);
    if (roots.empty()) return;
    out += "<h2>Key figures</h2>\n<table>\n<thead><tr><th>Area</th><th>Topic</th><th>Department</th>"
           "<th>Category</th><th class=\"num\">Value</th><th>Quote</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < roots.size() && i < kMaxKeyFigures; ++i) {
        const Figure& f = *roots[i];
        std::string value = detail::format_number(f.value) + " " + html(f.unit);
        if (f.qualifier == "over") value = "&gt; " + value;
        if (f.qualifier == "under") value = "&lt; " + value;
        if (f.qualifier == "about") value = "≈ " + value;
        out += "<tr><td>" + or_dash(f.area) + "</td><td>" + or_dash(f.topic) + "</td><td>" + or_dash(f.department) +
               "</td><td>" + or_dash(f.category) + "</td><td class=\"num\">" + value + "</td><td>" +
               (f.quote ? or_dash(f.quote->text) : std::string("–")) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
    if (roots.size() > kMaxKeyFigures)
        out += "<p>… and " + std::to_string(roots.size() - kMaxKeyFigures) + " more.</p>\n";
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
    out += "<h2>Published information by area</h2>\n"
           "<p>Each part counted once: a total through its parts.</p>\n";
    for (const std::string& unit : units) {
        double sum = 0;
        for (const Group& g : groups)
            if (g.unit == unit) sum += g.total;
        out += "<table>\n<thead><tr><th>Area</th><th class=\"num\">Count (" + html(unit) +
               ")</th><th class=\"num\">Share</th><th class=\"num\">Figures</th></tr></thead>\n<tbody>\n";
        for (const Group& g : groups) {
            if (g.unit != unit) continue;
            const std::string share = sum > 0 ? detail::format_fixed(100.0 * g.total / sum, 1) + "%" : "–";
            out += "<tr><td>" + (g.keys[0].empty() ? std::string("(not stated)") : html(g.keys[0])) +
                   "</td><td class=\"num\">" + detail::format_number(g.total) + "</td><td class=\"num\">" + share +
                   "</td><td class=\"num\">" + std::to_string(g.figures) + "</td></tr>\n";
        }
        out += "</tbody>\n<tfoot><tr><th>Total</th><th class=\"num\">" + detail::format_number(sum) +
               "</th><th></th><th></th></tr></tfoot>\n</table>\n";
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
        rows += std::string("<tr><td>") + label + "</td><td class=\"num\">" + detail::format_number(*it->second[6]) +
                "</td></tr>\n";
    }
    if (rows.empty()) return;
    out += "<h2>Applications (template table, 总计 column)</h2>\n<table>\n<thead><tr><th>Row</th>"
           "<th class=\"num\">Total</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n";
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

void findings_table(std::string& out, const Report& r, const std::vector<Finding>& findings) {
    out += "<h2>Audit findings</h2>\n";
    std::string rows;
    for (const Finding& f : findings) {
        if (f.report_id != r.id) continue;
        rows += std::string("<tr class=\"") + severity_name(f.severity) + "\"><td>" + severity_name(f.severity) +
                "</td><td>" + html(f.rule) + "</td><td>" + html(f.message);
        for (const std::string& q : f.quotes) rows += "<br><q>" + html(q) + "</q>";
        rows += "</td></tr>\n";
    }
    if (rows.empty()) {
        out += "<p>No findings.</p>\n";
        return;
    }
    out += "<table>\n<thead><tr><th>Severity</th><th>Rule</th><th>Finding</th></tr></thead>\n<tbody>\n" + rows +
           "</tbody>\n</table>\n";
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
    metadata(out, report);
    key_figures(out, report);
    counts_by_area(out, report);
    applications(out, report);
    notes(out, report);
    findings_table(out, report, findings);
    out += "<footer><p>Made with Gongkai from the report JSON; check every figure against the report itself.</p></footer>\n";
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace gongkai
