// zero_phrases.hpp — the words reports use to say "none" instead of writing 0
// (未收到政府信息公开申请, 无申请, 零报告, 未发生行政复议, 未收取信息处理费) and the words that mark a
// running total (累计, 到目前). One list for the importer (figures with value 0) and for key figures.
// Every function takes one clause of simplified text; a clause holding a digit is never a zero
// in words (the caller checks has_count_digits).
#pragma once

#include <string_view>

namespace gongkai::import_detail {

// 累计, 累积, 历年, 到目前, 至今, 迄今, 截至目前: the count runs over more than the year.
bool says_running_total(std::u32string_view clause);

// 咨询, 来电, 来访: consultations, kept apart from applications.
bool is_consultation(std::u32string_view clause);

// "未收到…申请", "没有收到…申请", "无申请", "未发生依申请公开", "零报告" (not 申请人 alone, not
// consultations, not reviews or lawsuits).
bool says_no_applications(std::u32string_view clause);

// "未发生…行政复议": a negation before `what`; a clause about outcomes (无一例被纠正, 零败诉) is not.
bool says_none_of(std::u32string_view clause, std::u32string_view what);

// "未收取信息处理费", "免收费用" (not 行政事业性收费).
bool says_no_fees(std::u32string_view clause);

// Digits that state a count: ASCII or full-width digits, except those of a date (2018年, 12月31日).
// "2018年度未收到政府信息公开申请" is a zero in words; "未收到申请2件以上" is not.
bool has_count_digits(std::u32string_view clause);

// The note on a figure the importer read from such words; key figures give it the status
// stated_in_words.
inline constexpr const char* kStatedInWordsNote = "stated in words, not digits: read as 0";

// The note on a figure whose words say 累计 / 到目前 / 历年: a running total, not the year's count;
// key figures give it the status cumulative.
inline constexpr const char* kRunningTotalNote = "running total (累计, 到目前): more than the year's count";

}  // namespace gongkai::import_detail
