// key_figures.hpp — a report's headline numbers (关键指标), one definition for both eras.
//
// The same names for a 2017 narrative report and a 2021 template report: how much was
// published proactively, how many applications came in and how they were handled, reviews and
// lawsuits. Each key figure says how it is known (its status) and where it comes from (a
// template-table cell or a prose figure's quote), so nothing is shown that cannot be traced.
// Template tables win where present; prose fills what they leave out. Where both state a number
// and they differ, both are kept (value from the table, prose_value from the prose) and the
// audit reports it (rule prose-vs-table). Documented in docs/key-figures.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.hpp"

namespace gongkai {

enum class KeyFigureStatus {
    Stated,         // digits in the report (a table cell or a prose figure)
    StatedInWords,  // a zero said in words: 未收到政府信息公开申请, 未发生行政复议 ...
    Derived,        // computed from table cells or figures (KeyFigure::how says how)
    Cumulative,     // a running total (累计), not this year's count
    Absent,         // the report does not say
};
const char* key_figure_status_name(KeyFigureStatus s);  // "stated", "stated_in_words", ...
std::optional<KeyFigureStatus> parse_key_figure_status(std::string_view name);

// Where a key figure's value comes from.
enum class KeyFigureSourceKind { None, Table, Prose };
const char* key_figure_source_name(KeyFigureSourceKind k);  // "none", "table", "prose"

struct KeyFigure {
    std::string name;                 // stable machine name, e.g. "applications_received"
    std::optional<double> value;      // none when absent
    std::string unit;                 // 条, 件, 万元 (from the data where it says)
    KeyFigureStatus status = KeyFigureStatus::Absent;
    KeyFigureSourceKind source = KeyFigureSourceKind::None;
    // For a table source: the JSON Pointer of the cell, e.g. /tables/applications/new/total.
    // For a prose source: /figures/<index>, and figure_id names the figure (may be empty for a
    // zero said in words, which is not a figure: then the quote is the words).
    std::string location;
    std::string figure_id;
    std::string how;                  // for Derived: e.g. "sum of denied.* cells in column total"
    std::string quote;                // the words in Report::text (prose), empty for a table cell
    std::optional<std::int64_t> quote_start, quote_end;  // code points into Report::text
    // When the prose also states this number and it differs from the table's.
    std::optional<double> prose_value;
    std::string prose_figure_id;
    std::string prose_quote;          // the prose's words for prose_value, when they differ
    std::optional<std::int64_t> prose_quote_start, prose_quote_end;
    // For a Derived figure from the tables: the JSON Pointers of the cells it adds up (drill-down).
    std::vector<std::string> cells;
};

// The names, in display order. The first thirteen are a contract of the CLI and the page.
inline constexpr const char* kKeyFigureNames[] = {
    "proactive_total",        // 主动公开政府信息总数
    "applications_received",  // 本年新收政府信息公开申请数量
    "applications_carried_over",  // 上年结转
    "granted",                // 予以公开
    "partially_granted",      // 部分公开
    "refused",                // 不予公开
    "unable_to_provide",      // 无法提供
    "not_processed",          // 不予处理
    "other_handling",         // 其他处理
    "handled_total",          // 办理结果总计
    "carried_forward",        // 结转下年度继续办理
    "reviews_total",          // 行政复议总计
    "lawsuits_total",         // 行政诉讼总计 (直接起诉 + 复议后起诉)
    "reviews_maintained", "reviews_corrected", "reviews_other", "reviews_pending",
    "lawsuits_maintained", "lawsuits_corrected", "lawsuits_other", "lawsuits_pending",
    "fees",                   // 信息处理费 collected (元 or 万元 as stated)
};

struct KeyFigures {
    std::vector<KeyFigure> figures;  // one per name of kKeyFigureNames, in that order
    const KeyFigure* find(std::string_view name) const;
};

// Never throws; every name is present (status Absent when the report does not say).
KeyFigures key_figures(const Report& report);

// The Chinese and English labels of a key figure's name ("" for an unknown name).
const char* key_figure_label_zh(std::string_view name);
const char* key_figure_label_en(std::string_view name);

}  // namespace gongkai
