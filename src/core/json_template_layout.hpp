// json_template_layout.hpp — the shape of the 2019 and 2021 template tables as data:
// which 第二十条 clauses, items and columns each version has, and the application-table
// rows in template order. The loader validates against it; the saver writes in its order.
// Mirrors docs/report-format.md, "Template tables".
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace gongkai::layout {

struct ProactiveClause {
    std::string_view template_version;           // "2019" or "2021"
    std::string_view clause;                     // "20.1", ...
    std::array<std::string_view, 2> items;       // "" = unused slot
    std::array<std::string_view, 3> columns;     // in template order; "" = unused slot
};

inline constexpr std::array<ProactiveClause, 9> kProactiveClauses = {{
    {"2021", "20.1", {"规章", "行政规范性文件"}, {"made", "repealed", "in_force"}},
    {"2021", "20.5", {"行政许可", ""}, {"decisions", "", ""}},
    {"2021", "20.6", {"行政处罚", "行政强制"}, {"decisions", "", ""}},
    {"2021", "20.8", {"行政事业性收费", ""}, {"fees", "", ""}},
    {"2019", "20.1", {"规章", "规范性文件"}, {"produced", "published", "total_published"}},
    {"2019", "20.5", {"行政许可", "其他对外管理服务事项"}, {"previous_items", "change", "decisions"}},
    {"2019", "20.6", {"行政处罚", "行政强制"}, {"previous_items", "change", "decisions"}},
    {"2019", "20.8", {"行政事业性收费", ""}, {"previous_items", "change", ""}},
    {"2019", "20.9", {"政府集中采购", ""}, {"procurement_items", "procurement_amount", ""}},
}};

inline const ProactiveClause* find_clause(std::string_view version, std::string_view clause) {
    for (const auto& c : kProactiveClauses)
        if (c.template_version == version && c.clause == clause) return &c;
    return nullptr;
}

// 本年增/减 may go down.
inline bool column_may_be_negative(std::string_view column) { return column == "change"; }
// Amounts in 万元 may have decimals.
inline bool column_may_be_fractional(std::string_view column) {
    return column == "fees" || column == "procurement_amount";
}

// Rows of 收到和处理政府信息公开申请情况, in template order. Only the 三（六）其他处理 rows
// differ: one row in 2019, three in 2021.
inline constexpr std::array<std::string_view, 23> kApplicationRows2019 = {
    "new", "carried_over", "granted", "partially_granted",
    "denied.state_secret", "denied.prohibited_by_law", "denied.three_safety_one_stability",
    "denied.third_party_rights", "denied.internal_affairs", "denied.process_information",
    "denied.enforcement_files", "denied.query_matters",
    "unable.not_held", "unable.needs_creation", "unable.unclear_after_correction",
    "not_processed.petition_complaint", "not_processed.repeated", "not_processed.publications",
    "not_processed.mass_repeated", "not_processed.confirm_or_reissue",
    "other", "total", "carried_forward"};
inline constexpr std::array<std::string_view, 25> kApplicationRows2021 = {
    "new", "carried_over", "granted", "partially_granted",
    "denied.state_secret", "denied.prohibited_by_law", "denied.three_safety_one_stability",
    "denied.third_party_rights", "denied.internal_affairs", "denied.process_information",
    "denied.enforcement_files", "denied.query_matters",
    "unable.not_held", "unable.needs_creation", "unable.unclear_after_correction",
    "not_processed.petition_complaint", "not_processed.repeated", "not_processed.publications",
    "not_processed.mass_repeated", "not_processed.confirm_or_reissue",
    "other.no_correction", "other.no_fee", "other.other", "total", "carried_forward"};

// The row keys of `template_version` ("2019" or "2021"); empty for any other version.
inline std::span<const std::string_view> application_rows(std::string_view template_version) {
    if (template_version == "2019") return kApplicationRows2019;
    if (template_version == "2021") return kApplicationRows2021;
    return {};
}

inline constexpr std::array<std::string_view, 5> kCaseOutcomeKeys = {"maintained", "corrected", "other", "pending",
                                                                     "total"};

}  // namespace gongkai::layout
