// audit_rules.hpp — the audit's rule families, one file each (internal to the core).
//
//   audit_parts.cpp      parts-sum        parts of a breakdown vs the stated total
//   audit_shares.cpp     share-mismatch   a percentage vs its counts
//                        shares-sum       the shares of a complete breakdown vs 100%
//   audit_tables.cpp     table-identity   the 2019/2021 template tables' own sums
//   audit_prose_tables.cpp prose-vs-table a prose sentence restating a template-table cell
//   audit_years.cpp      year-continuity  consecutive reports of the same issuer
//   audit_duplicates.cpp duplicate-figure the same figure stated twice
//   audit_family.cpp     family-coverage  a parent body's report and its children's present
//                        family-sum       a total the parent claims for the whole (全县) vs its children's
//
// docs/audit-rules.md describes each rule, its severity and its tolerance.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "core/audit.hpp"
#include "core/figure_tree.hpp"

namespace gongkai::detail {

void audit_parts_sum(const Report& report, const FigureTree& tree, std::vector<Finding>& out);
void audit_shares(const Report& report, const FigureTree& tree, std::vector<Finding>& out);
void audit_table_identities(const Report& report, std::vector<Finding>& out);
void audit_prose_vs_tables(const Report& report, std::vector<Finding>& out);
void audit_year_continuity(const std::vector<Report>& reports, std::vector<Finding>& out);
void audit_duplicates(const Report& report, std::vector<Finding>& out);
void audit_family(const std::vector<Report>& reports, std::vector<Finding>& out);

// Which body a report is about: its region (name and parent), or without one its issuer; ""
// when neither is stated. Reports of the same body in consecutive years continue each other.
std::string same_body_key(const Report& r);

// The applications table's columns as the template prints them, in kApplicationColumns order.
inline constexpr std::array<const char*, 7> kColumnLabels = {
    "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};

// A warning about `report` at `location` (a JSON pointer), involving no figure: the table rules.
// When `location` is a template cell whose source is known, its digits are the finding's quote.
// `what` is the finding as a message code with arguments (message.hpp); its English rendering
// becomes Finding::message. A new rule adds its codes to message_catalog.cpp, in both
// languages, and a name and explanation under "rule.<rule>" and "rule.<rule>.about".
Finding make_finding(const Report& report, const char* rule, std::string location, Message what,
                     double stated, double expected);
// The same for a rule whose wording has no code yet: the English sentence travels as the
// argument of audit.uncoded, which the Chinese UI marks as English only.
Finding make_finding(const Report& report, const char* rule, std::string location, std::string message,
                     double stated, double expected);

// A finding about figures of `report`: fills ids and quotes from the figures, in the given order.
Finding figure_finding(const Report& report, Severity severity, const char* rule,
                       const std::vector<std::uint32_t>& figures, Message what,
                       double stated, double expected);

// The distinct breakdowns among the parts of `total` (its children in `tree`), in order of
// their first part: one total may be broken down several ways (by channel, by outcome).
void breakdowns_of(const Report& report, const FigureTree& tree, std::uint32_t total,
                   std::vector<const std::string*>& out);

// "47 条", "30.77%": a number with its unit as the report would write it.
std::string with_unit(double value, const std::string& unit);

// The breakdown's name as the argument "breakdown": worded by the catalog for the usual ones
// (breakdown.outcome: "outcome" / "办理结果"), as the report names it otherwise; none when "".
Message& breakdown_arg(Message& m, const std::string& breakdown);

// The figure's value as a message argument: value, unit and qualifier (over, under, about).
Message& figure_number(Message& m, const char* name, const Figure& f);

}  // namespace gongkai::detail
