// audit_rules.hpp — the audit's rule families, one file each (internal to the core).
//
//   audit_parts.cpp      parts-sum        parts of a breakdown vs the stated total
//   audit_shares.cpp     share-mismatch   a percentage vs its counts
//                        shares-sum       the shares of a complete breakdown vs 100%
//   audit_tables.cpp     table-identity   the 2019/2021 template tables' own sums
//   audit_prose_tables.cpp prose-vs-table a prose sentence restating a template-table cell
//   audit_years.cpp      year-continuity  consecutive reports of the same issuer
//   audit_duplicates.cpp duplicate-figure the same figure stated twice
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

// The applications table's columns as the template prints them, in kApplicationColumns order.
inline constexpr std::array<const char*, 7> kColumnLabels = {
    "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};

// A warning about `report` at `location` (a JSON pointer), involving no figure: the table rules.
// When `location` is a template cell whose source is known, its digits are the finding's quote.
Finding make_finding(const Report& report, const char* rule, std::string location, std::string message,
                     double stated, double expected);

// A finding about figures of `report`: fills ids and quotes from the figures, in the given order.
Finding figure_finding(const Report& report, Severity severity, const char* rule,
                       const std::vector<std::uint32_t>& figures, std::string message,
                       double stated, double expected);

// The distinct breakdowns among the parts of `total` (its children in `tree`), in order of
// their first part: one total may be broken down several ways (by channel, by outcome).
void breakdowns_of(const Report& report, const FigureTree& tree, std::uint32_t total,
                   std::vector<const std::string*>& out);

// "47 条", "30.77%": a number with its unit as the report would write it.
std::string with_unit(double value, const std::string& unit);

}  // namespace gongkai::detail
