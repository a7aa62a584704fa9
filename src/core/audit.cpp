// audit.cpp — runs every audit rule over the reports (rules in audit_*.cpp, see audit_rules.hpp).
#include "core/audit.hpp"

#include "core/audit_rules.hpp"
#include "core/number_text.hpp"

namespace gongkai {

namespace detail {

Finding make_finding(const Report& report, const char* rule, std::string location, Message what,
                     double stated, double expected) {
    Finding finding;
    finding.severity = Severity::Warning;
    finding.rule = rule;
    finding.report_id = report.id;
    finding.location = std::move(location);
    finding.message = render(what, Language::English);
    finding.what = std::move(what);
    finding.stated = stated;
    finding.expected = expected;
    // A table cell's digits, when the importer recorded where they stand: the finding is shown
    // on its words like a figure's.
    if (report.tables && finding.location.rfind("/tables/", 0) == 0)
        if (const Quote* q = report.tables->source_of(finding.location)) finding.quotes.push_back(q->text);
    return finding;
}

Finding make_finding(const Report& report, const char* rule, std::string location, std::string message,
                     double stated, double expected) {
    return make_finding(report, rule, std::move(location), Message("audit.uncoded").text("text", std::move(message)),
                        stated, expected);
}

Finding figure_finding(const Report& report, Severity severity, const char* rule,
                       const std::vector<std::uint32_t>& figures, Message what,
                       double stated, double expected) {
    Finding finding = make_finding(report, rule, figures.empty() ? "" : "/figures/" + std::to_string(figures.front()),
                                   std::move(what), stated, expected);
    finding.severity = severity;
    for (std::uint32_t i : figures) {
        const Figure& f = report.figures[i];
        finding.figure_ids.push_back(f.id);
        if (f.quote && !f.quote->text.empty()) finding.quotes.push_back(f.quote->text);
    }
    return finding;
}

void breakdowns_of(const Report& report, const FigureTree& tree, std::uint32_t total,
                   std::vector<const std::string*>& out) {
    out.clear();
    for (std::uint32_t c : tree.children(total)) {
        const Figure& part = report.figures[c];
        if (!is_part_of(part, report.figures[total])) continue;
        bool seen = false;
        for (const std::string* b : out) seen = seen || *b == part.breakdown;
        if (!seen) out.push_back(&part.breakdown.str());
    }
}

std::string with_unit(double value, const std::string& unit) {
    if (unit == "%" || unit.empty()) return format_number(value) + unit;
    return format_number(value) + " " + unit;
}

Message& breakdown_arg(Message& m, const std::string& breakdown) {
    if (breakdown.empty()) return m;
    const std::string code = "breakdown." + breakdown;
    if (message_template(code, Language::English)) return m.phrase("breakdown", Message(code));
    return m.text("breakdown", breakdown);
}

Message& figure_number(Message& m, const char* name, const Figure& f) {
    return m.number(name, f.value, f.unit.str(), f.qualifier.str());
}

}  // namespace detail

std::string finding_message(const Finding& finding, Language language) {
    return finding.what.empty() ? finding.message : render(finding.what, language);
}

bool finding_involves(const Finding& finding, const std::string& report_id) {
    if (finding.report_id == report_id) return true;
    for (const std::string& r : finding.related_reports)
        if (r == report_id) return true;
    return false;
}

std::string rule_name(const std::string& rule, Language language) {
    return catalog_text("rule." + rule, language, rule);
}

std::string rule_about(const std::string& rule, Language language) {
    return catalog_text("rule." + rule + ".about", language, "");
}

std::vector<Finding> audit(const std::vector<Report>& reports) {
    std::vector<Finding> findings;
    detail::FigureTree tree;  // one index, rebuilt per report, reusing its memory
    for (const Report& report : reports) {
        tree.build(report);
        detail::audit_parts_sum(report, tree, findings);
        detail::audit_shares(report, tree, findings);
        detail::audit_table_identities(report, findings);
        detail::audit_prose_vs_tables(report, findings);
        detail::audit_duplicates(report, findings);
    }
    detail::audit_year_continuity(reports, findings);
    detail::audit_family(reports, findings);
    return findings;
}

}  // namespace gongkai
