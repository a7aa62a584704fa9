// audit_rules.hpp — the audit's rule families, one file each (internal to the core).
//
//   audit_parts.cpp      parts-sum        parts of a breakdown vs the stated total
//   audit_shares.cpp     share-mismatch   a percentage vs its counts
//                        shares-sum       the shares of a complete breakdown vs 100%
//   audit_tables.cpp     table-identity   the 2019/2021 template tables' own sums
//   audit_years.cpp      year-continuity  consecutive reports of the same issuer
//   audit_duplicates.cpp duplicate-figure the same figure stated twice
//
// docs/audit-rules.md describes each rule, its severity and its tolerance.
#pragma once

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
void audit_year_continuity(const std::vector<Report>& reports, std::vector<Finding>& out);
void audit_duplicates(const Report& report, std::vector<Finding>& out);

// A finding about figures of `report`: fills ids and quotes from the figures, in the given order.
Finding figure_finding(const Report& report, Severity severity, const char* rule,
                       const std::vector<std::uint32_t>& figures, std::string message,
                       double stated, double expected);

// "47 条", "30.77%": a number with its unit as the report would write it.
std::string with_unit(double value, const std::string& unit);

}  // namespace gongkai::detail
