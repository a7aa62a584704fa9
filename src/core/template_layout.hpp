// template_layout.hpp — the 2019 and 2021 templates' tables 二, 三 and 四 as they are printed:
// rows in print order with their printed labels (Chinese as printed, and an English rendering),
// the group headings that hold no cells (三、本年度办理结果, （三）不予公开, ...), the applicant
// column groups of table 三 and the two-level header of table 四.
//
// json_template_layout.hpp says which keys a report file may hold (the loader's contract);
// this file says how a reader sees them, so that the explorer, the accessible mirror and the
// exports name a cell the same way: by table, row key, column key, its JSON Pointer and its
// printed labels. Row and column keys are those of docs/report-format.md, "Template tables".
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.hpp"

namespace gongkai {

// A label as the template prints it, and in English.
struct LayoutLabel {
    std::string_view zh;
    std::string_view en;
};

// The three tables of the template, by their printed numbers.
enum class TemplateTableId {
    Proactive,     // 二、主动公开政府信息情况 (JSON: tables.proactive)
    Applications,  // 三、收到和处理政府信息公开申请情况 (JSON: tables.applications)
    Cases,         // 四、政府信息公开行政复议、行政诉讼情况 (JSON: tables.review, litigation_*)
};
// "proactive", "applications", "reviews_and_lawsuits": the `table` of a listed cell.
const char* template_table_name(TemplateTableId id);
LayoutLabel template_table_title(TemplateTableId id);  // 三、收到和处理政府信息公开申请情况 ...

// ---- Table 二: one block per 第二十条 clause ---------------------------------------------

struct LayoutColumn {
    std::string_view key;  // JSON key of the cell, e.g. "made", "natural_person", "maintained"
    LayoutLabel label;     // its own header cell: 本年制发件数, 商业企业, 结果维持
    LayoutLabel group;     // the header cell spanning it, or empty: 法人或其他组织, 未经复议直接起诉
};

struct ProactiveBlock {
    std::string_view clause;               // "20.1"
    LayoutLabel heading;                   // 第二十条第（一）项
    std::span<const std::string_view> items;  // 规章, 行政规范性文件: the printed rows
    std::span<const LayoutColumn> columns;    // after the 信息内容 column
};

// The blocks of `template_version` ("2019" or "2021") in print order; empty for another version.
std::span<const ProactiveBlock> proactive_blocks(std::string_view template_version);
// English for a 第二十条 item (规章 -> Rules); the item itself when unknown.
std::string_view proactive_item_english(std::string_view item);
// The label of a proactive column key in `template_version` (decisions is 本年处理决定数量 in
// 2021, 处理决定数量 in 2019); the key itself when unknown.
LayoutLabel proactive_column_label(std::string_view template_version, std::string_view column);

// ---- Table 三: rows × applicant columns ------------------------------------------------

struct ApplicationRowLayout {
    std::string_view key;    // row key ("new", "denied.state_secret"); empty for a group heading
    LayoutLabel label;       // its own printed cell: 1.属于国家秘密
    LayoutLabel full;        // with its groups: 三（三）不予公开 1.属于国家秘密
    int depth = 0;           // 0: 一、二、三、四; 1: （一）…（七）; 2: the numbered sub-rows
    std::string_view group;  // the row key prefix of a numbered sub-row: "denied", "unable",
                             // "not_processed", "other"; for a heading, the group it opens
};

// Every printed row of table 三 of `template_version`, headings included, in print order. A
// version other than "2019" and "2021" gets the 2021 rows.
std::span<const ApplicationRowLayout> application_row_layout(std::string_view template_version);
// The row of `key` (a cell row, not a heading) in either version; nullptr when unknown.
const ApplicationRowLayout* find_application_row(std::string_view key);

// 自然人 | 法人或其他组织: 商业企业 科研机构 社会公益组织 法律服务机构 其他 | 总计, in the order
// of kApplicationColumns; the five organisation columns carry the group 法人或其他组织.
std::span<const LayoutColumn> application_columns();
LayoutLabel application_columns_heading();  // 申请人情况

// ---- Table 四: 行政复议 | 行政诉讼 (未经复议直接起诉, 复议后起诉) × five results ----------

struct CaseBlock {
    std::string_view key;  // "review", "litigation_direct", "litigation_after_review"
    LayoutLabel label;     // 行政复议, 未经复议直接起诉, 复议后起诉
    LayoutLabel group;     // 行政诉讼 for the two kinds of lawsuit, empty for 行政复议
    std::optional<CaseOutcomes> TemplateTables::*cells;
};
std::span<const CaseBlock> case_blocks();
std::span<const LayoutColumn> case_columns();  // 结果维持 结果纠正 其他结果 尚未审结 总计

// The 2019 or 2021 layout a report's tables follow: meta.template_version when it is one of
// them, otherwise guessed from the cells (2021 rows other.*, 2021 columns made/repealed).
std::string_view template_layout_version(const Report& report);

// ---- Listing a report's cells --------------------------------------------------------------

// One cell of a report's template tables, named every way a reader or an export needs.
struct TemplateCell {
    TemplateTableId table = TemplateTableId::Applications;
    std::string clause;   // table 二 only: "20.1"
    std::string row;      // table 二: the item (规章); 三: the row key; 四: "review", ...
    std::string column;   // the column key: "made", "natural_person", "maintained", ...
    std::optional<double> value;  // none for a blank cell of table 三
    std::string pointer;  // JSON Pointer into the report: /tables/applications/new/total
    std::string row_zh, row_en;        // full row label: 三（三）不予公开 1.属于国家秘密
    std::string column_zh, column_en;  // full column label: 法人或其他组织 商业企业
};

// Every cell of the report's tables in print order (二, 三, 四; within a table row by row).
// Rows and blocks the report does not have are left out; a blank cell of a present table-三 row
// is listed with no value. Empty when the report has no tables.
std::vector<TemplateCell> template_cells(const Report& report);

// The cell at `pointer` (as template_cells lists it); none when the report has no such cell.
std::optional<TemplateCell> template_cell_at(const Report& report, std::string_view pointer);

}  // namespace gongkai
