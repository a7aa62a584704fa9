// zero_phrases.cpp — see zero_phrases.hpp.
#include "core/zero_phrases.hpp"

#include <initializer_list>

#include "core/import_text.hpp"

namespace gongkai::import_detail {
namespace {

bool contains_any(std::u32string_view text, std::initializer_list<std::u32string_view> words) {
    for (auto w : words)
        if (contains(text, w)) return true;
    return false;
}

// A clause whose only 申请 is 申请人 (未收到申请人补正材料) speaks of an applicant.
bool names_applications(std::u32string_view c) {
    for (std::size_t at = c.find(U"申请"); at != std::u32string_view::npos; at = c.find(U"申请", at + 2))
        if (at + 2 >= c.size() || c[at + 2] != U'人') return true;
    return false;
}

}  // namespace

bool says_running_total(std::u32string_view c) {
    return contains_any(c, {U"累计", U"累积", U"历年", U"到目前", U"至今", U"迄今", U"截至目前"});
}

bool is_consultation(std::u32string_view c) { return contains_any(c, {U"咨询", U"来电", U"来访"}); }

bool says_no_applications(std::u32string_view c) {
    if (!names_applications(c) || is_consultation(c) || contains_any(c, {U"复议", U"诉讼"})) return false;
    if (contains_any(c, {U"未收到", U"没有收到", U"未接到", U"没有接到", U"未受理", U"没有受理", U"未发生", U"没有发生",
                         U"未有", U"零报告"}))
        return true;
    return contains_any(c, {U"无申请", U"无依申请", U"无政府信息公开申请", U"无信息公开申请", U"无公开申请"});
}

bool says_none_of(std::u32string_view c, std::u32string_view what) {
    const std::size_t at = c.find(what);
    if (at == std::u32string_view::npos) return false;
    if (contains_any(c, {U"纠正", U"纠错", U"败诉", U"胜诉", U"撤销", U"维持"})) return false;
    const std::u32string_view before = c.substr(0, at);
    return contains_any(before, {U"未发生", U"没有发生", U"未收到", U"没有收到", U"未接到", U"未有", U"没有",
                                 U"未出现", U"无", U"零"});
}

bool says_no_fees(std::u32string_view c) {
    if (contains(c, U"行政事业性")) return false;
    const bool fee = contains_any(c, {U"信息处理费", U"费用", U"收费"});
    return fee && contains_any(c, {U"未收取", U"没有收取", U"未收", U"不收取", U"免收", U"无收费", U"零收费"});
}

bool has_count_digits(std::u32string_view t) {
    auto digit = [](char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); };
    for (std::size_t i = 0; i < t.size();) {
        if (!digit(t[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < t.size() && digit(t[j])) ++j;
        const bool date = j < t.size() && (t[j] == U'年' || t[j] == U'月' || t[j] == U'日' || t[j] == U'号');
        if (!date) return true;
        i = j;
    }
    return false;
}

}  // namespace gongkai::import_detail
