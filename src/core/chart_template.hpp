// chart_template.hpp — charts of a template report's tables (2019 and 2021 templates):
// 第二十条 items, applications by applicant type, their outcomes, reviews and lawsuits.
//
// Rows and series come straight from Report::tables; every value keeps the JSON Pointer of
// its cell (ChartRow::sources), so a click shows where it is. Fixed names (applicant types,
// outcome groups, results, column names) come through ChartTexts::name with the keys below;
// the items (规章, 行政许可, ...) are the report's own words.
#pragma once

#include <optional>
#include <string_view>

#include "core/chart_data.hpp"
#include "core/report.hpp"

namespace gongkai {

enum class TemplateChart {
    Documents,   // 20.1 规章 / 规范性文件: 制发 / 废止 / 现行有效 (2019: 新制作 / 新公开 / 对外公开总数)
    Decisions,   // 20.5, 20.6: 处理决定数量 by item
    Fees,        // 20.8: 收费金额 (万元)
    Applicants,  // 三: 本年新收申请 by applicant type (the 总计 column as the chart's total)
    Outcomes,    // 三: outcome groups by applicant type (stacked), or of the 总计 column (donut)
    Cases,       // 四: 行政复议 and 行政诉讼 by result (stacked)
};
inline constexpr TemplateChart kTemplateCharts[] = {TemplateChart::Documents,  TemplateChart::Decisions,
                                                    TemplateChart::Fees,       TemplateChart::Applicants,
                                                    TemplateChart::Outcomes,   TemplateChart::Cases};
// "documents", "decisions", "fees", "applicants", "outcomes", "cases"
const char* template_chart_name(TemplateChart c);
std::optional<TemplateChart> parse_template_chart(std::string_view name);

// Name keys given to ChartTexts::name:
//   template.col.<column>   a 第二十条 column (made, repealed, in_force, decisions, fees, ...)
//   applicant.<column>      an applicant column of table 三 (natural_person, ..., total)
//   outcome.<group>         granted, partially_granted, denied, unable, not_processed, other
//   case.<kind>             review, litigation_direct, litigation_after_review
//   case.<result>           maintained, corrected, other, pending, total
// `donut` applies to Outcomes only. A report without the table gives no rows (the caller
// says why). Totals stated by the table are KPIs, never bars beside their parts.
ChartData template_chart(const Report& report, TemplateChart which, bool donut, const ChartTexts& texts);

}  // namespace gongkai
