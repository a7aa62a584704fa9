// audit.cpp — runs every audit rule over the reports (rules in audit_*.cpp, see audit_rules.hpp).
#include "core/audit.hpp"

#include "core/audit_rules.hpp"
#include "core/number_text.hpp"

namespace gongkai {

namespace detail {

Finding figure_finding(const Report& report, Severity severity, const char* rule,
                       const std::vector<std::uint32_t>& figures, std::string message,
                       double stated, double expected) {
    Finding finding;
    finding.severity = severity;
    finding.rule = rule;
    finding.report_id = report.id;
    if (!figures.empty()) finding.location = "/figures/" + std::to_string(figures.front());
    for (std::uint32_t i : figures) {
        const Figure& f = report.figures[i];
        finding.figure_ids.push_back(f.id);
        if (f.quote && !f.quote->text.empty()) finding.quotes.push_back(f.quote->text);
    }
    finding.message = std::move(message);
    finding.stated = stated;
    finding.expected = expected;
    return finding;
}

std::string with_unit(double value, const std::string& unit) {
    if (unit == "%" || unit.empty()) return format_number(value) + unit;
    return format_number(value) + " " + unit;
}

}  // namespace detail

std::vector<Finding> audit(const std::vector<Report>& reports) {
    std::vector<Finding> findings;
    detail::FigureTree tree;  // one index, rebuilt per report, reusing its memory
    for (const Report& report : reports) {
        tree.build(report);
        detail::audit_parts_sum(report, tree, findings);
        detail::audit_shares(report, tree, findings);
        detail::audit_table_identities(report, findings);
        detail::audit_duplicates(report, findings);
    }
    detail::audit_year_continuity(reports, findings);
    return findings;
}

}  // namespace gongkai
