// import_numbers.cpp — hand-written scanner (no regex: linear, no recursion).
#include "core/import_numbers.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

#include "core/import_text.hpp"

namespace gongkai::import_detail {
namespace {

struct UnitSpec {
    std::u32string_view text;
    std::u32string_view not_before;  // characters that turn the unit into another word (个月, 条例)
};

// Longest first, so that 人次 wins over 人 and 万元 over 元.
constexpr std::array<UnitSpec, 24> kUnits = {{
    {U"人次", U""}, {U"件次", U""}, {U"批次", U""}, {U"万元", U""}, {U"亿元", U""},
    {U"条", U"例件款目龙"}, {U"件", U"事"}, {U"项", U"目"}, {U"次", U"日性"}, {U"个", U"月小季星百工年"},
    {U"家", U"庭属长"}, {U"人", U"民员口"}, {U"批", U"复准示"}, {U"场", U"所地景合"}, {U"期", U"间限刊满"},
    {U"篇", U""}, {U"份", U"额"}, {U"宗", U"旨教族"}, {U"台", U"账湾风上下阶前面区"}, {U"起", U"诉草始来"}, {U"户", U"籍口型"}, {U"名", U"单称录义额"},
    {U"元", U""}, {U"%", U""},
}};

bool unit_is_money(std::u32string_view u) { return u == U"元" || u == U"万元" || u == U"亿元"; }

// ---- Chinese numerals as counts (两台, 三个, 六个方面, 一名, 十二条, 二十余件) ----

int chinese_digit(char32_t c) {
    constexpr std::u32string_view kDigits = U"零一二三四五六七八九";
    if (c == U'〇') return 0;
    if (c == U'两') return 2;
    const std::size_t at = kDigits.find(c);
    return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}
bool is_count_numeral(char32_t c) {
    return chinese_digit(c) >= 0 || c == U'十' || c == U'百' || c == U'千' || c == U'万';
}

// 十二 -> 12, 二十三 -> 23, 一百零五 -> 105, 两千 -> 2000, 三万 -> 30000; -1 for what is not
// one number: 一二 / 二三 (a list or a range), 百 or 万 alone (百姓, 万家).
double chinese_count_value(std::u32string_view t) {
    double total = 0, section = 0;
    int digit = -1;
    bool after_digit = false;
    for (char32_t c : t) {
        if (const int d = chinese_digit(c); d >= 0) {
            if (after_digit && digit != 0) return -1;
            digit = d;
            after_digit = true;
            continue;
        }
        after_digit = false;
        if (c == U'万') {
            section += std::max(digit, 0);
            if (section == 0) return -1;
            total += section * 10000;
            section = 0;
            digit = -1;
            continue;
        }
        const double mult = c == U'十' ? 10 : c == U'百' ? 100 : 1000;
        if (digit == 0 || (digit < 0 && mult != 10)) return -1;
        section += (digit < 0 ? 1 : digit) * mult;
        digit = -1;
    }
    return total + section + std::max(digit, 0);
}

// Characters before a numeral that make it part of a word: 第一 (ordinal), 统一, 进一步, 唯一,
// 之一, 每一, 其一, 另一, 这一, 万一, 不一 ...
constexpr std::u32string_view kNotBeforeChinese = U"第统进唯之每同某单初逐划专星周任其另这那哪整不归合再跑逢";

// Units a Chinese numeral may count; 起 (一起 = together), 期, 户 and money are left to digits.
constexpr std::array<std::u32string_view, 17> kChineseUnits = {
    U"人次", U"件次", U"批次", U"个", U"名", U"条", U"件", U"项", U"次", U"场", U"批", U"家", U"人",
    U"份", U"宗", U"篇", U"台"};

// Words after 个 that make a slogan or the report's own outline, not a count: 四个意识,
// 两个维护, 分为十一个部分.
constexpr std::array<std::u32string_view, 8> kNotCountedAfterGe = {
    U"意识", U"自信", U"维护", U"确立", U"代表", U"全面", U"务必", U"部分"};

// A count written in Chinese numerals at `i` (the first numeral), or nothing.
bool read_chinese_count(std::u32string_view s, std::size_t begin, std::size_t i, std::size_t end, NumberToken& tok) {
    if (i > begin && (is_count_numeral(s[i - 1]) || is_ascii_digit(s[i - 1]) ||
                      kNotBeforeChinese.find(s[i - 1]) != std::u32string_view::npos))
        return false;
    std::size_t j = i;
    while (j < end && j - i < 8 && is_count_numeral(s[j])) ++j;
    const double value = chinese_count_value(s.substr(i, j - i));
    if (value <= 0) return false;  // 零件 is a part of a machine; zeros in words are read elsewhere
    tok = NumberToken{};
    tok.start = i;
    tok.number_end = j;
    std::size_t u = j;
    if (u < end && (s[u] == U'余' || s[u] == U'多')) {
        tok.qualifier = "over";
        ++u;
    }
    for (const auto& spec : kUnits) {
        if (!starts_at(s, u, spec.text)) continue;
        const std::size_t after = u + spec.text.size();
        if (after < end && spec.not_before.find(s[after]) != std::u32string_view::npos) return false;
        if (std::find(kChineseUnits.begin(), kChineseUnits.end(), spec.text) == kChineseUnits.end()) return false;
        if (spec.text == U"个")
            for (auto w : kNotCountedAfterGe)
                if (starts_at(s, after, w) || starts_at(s, after, U"百分点")) return false;
        // 一次 (最多跑一次), 一人 (一人一档): idioms far more often than counts of one.
        if (value == 1 && (spec.text == U"次" || spec.text == U"人" || spec.text == U"人次")) return false;
        tok.unit = spec.text;
        tok.end = after;
        tok.value = value;
        return true;
    }
    return false;
}

}  // namespace

std::vector<NumberToken> scan_numbers(std::u32string_view s, std::size_t begin, std::size_t end) {
    std::vector<NumberToken> out;
    std::size_t i = begin;
    while (i < end) {
        if (!is_ascii_digit(s[i])) {
            NumberToken tok;
            if (is_count_numeral(s[i]) && read_chinese_count(s, begin, i, end, tok)) {
                out.push_back(tok);
                i = tok.end;
            } else {
                ++i;
            }
            continue;
        }
        const std::size_t start = i;
        // Part of a larger token (GB2312, v1.2, 3.5.1)?
        if (start > begin) {
            const char32_t p = s[start - 1];
            if (is_ascii_alpha(p) || p == U'.' || p == U'_' || p == U'/' || p == U'第') {
                while (i < end && (is_ascii_digit(s[i]) || s[i] == U'.')) ++i;
                continue;
            }
        }
        std::u32string digits;
        std::string note;
        std::size_t j = i;
        while (j < end && is_ascii_digit(s[j])) digits.push_back(s[j++]);
        std::size_t first_group = digits.size();
        // Thousands separators: 1,200 or 12,345,678 (each group exactly three digits).
        bool separated = false;
        while (first_group <= 3 && j + 3 < end && s[j] == U',' && is_ascii_digit(s[j + 1]) && is_ascii_digit(s[j + 2]) && is_ascii_digit(s[j + 3]) &&
               (j + 4 >= end || !is_ascii_digit(s[j + 4]))) {
            digits.append(s.substr(j + 1, 3));
            j += 4;
            separated = true;
        }
        // Stray spaces between digit groups (9 538条): taken only if a unit follows.
        std::size_t k = j;
        std::u32string spaced = digits;
        bool has_spaces = false;
        while (!separated && k + 1 < end && s[k] == U' ' && is_ascii_digit(s[k + 1])) {
            std::size_t m = k + 1;
            while (m < end && is_ascii_digit(s[m])) spaced.push_back(s[m++]);
            k = m;
            has_spaces = true;
        }
        auto read_tail = [&](std::size_t pos, std::u32string& ds, NumberToken& tok) -> bool {
            // Decimal part.
            std::u32string frac;
            if (pos + 1 < end && s[pos] == U'.' && is_ascii_digit(s[pos + 1])) {
                ++pos;
                while (pos < end && is_ascii_digit(s[pos])) frac.push_back(s[pos++]);
            }
            tok.number_end = pos;
            std::size_t u = pos;
            while (u < end && u - pos < 2 && s[u] == U' ') ++u;
            if (u < end && (s[u] == U'余' || s[u] == U'多')) {
                tok.qualifier = "over";
                ++u;
            }
            double multiplier = 1;
            if (u < end && s[u] == U'万' && !starts_at(s, u, U"万元")) {
                multiplier = 10000;
                ++u;
            }
            for (const auto& spec : kUnits) {
                if (!starts_at(s, u, spec.text)) continue;
                const std::size_t after = u + spec.text.size();
                if (after < end && spec.not_before.find(s[after]) != std::u32string_view::npos) break;
                if (spec.text == U"个" && starts_at(s, after, U"百分点")) break;
                if (multiplier != 1 && unit_is_money(spec.text)) break;
                tok.unit = spec.text;
                tok.end = after;
                break;
            }
            if (tok.unit.empty()) return false;
            // Fractions only for % and money; "3.5条" is not a count we understand.
            if (!frac.empty() && multiplier == 1 && tok.unit != U"%" && !unit_is_money(tok.unit)) return false;
            std::string ascii;
            for (char32_t d : ds) ascii.push_back(static_cast<char>(d));
            if (!frac.empty()) {
                ascii.push_back('.');
                for (char32_t d : frac) ascii.push_back(static_cast<char>(d));
            }
            double v = std::strtod(ascii.c_str(), nullptr);  // exact decimal rounding: 30.77 stays 30.77
            v *= multiplier;
            if (multiplier != 1) v = std::round(v);
            if (!(v <= 9007199254740992.0)) return false;
            tok.value = v;
            if (multiplier != 1) {
                if (!tok.note.empty()) tok.note += "; ";
                tok.note += "stated in 万 (ten thousands)";
            }
            return true;
        };
        NumberToken tok;
        tok.start = start;
        bool ok = false;
        if (has_spaces) {
            tok.note = "number written with spaces between its digits";
            ok = read_tail(k, spaced, tok);
            if (!ok) {
                tok = NumberToken{};
                tok.start = start;
            }
        }
        if (!ok) {
            tok.note.clear();  // thousands separators (1,200) are ordinary, not a guess
            ok = read_tail(j, digits, tok);
        }
        // A range (3-5条) or a date-like run is not a count.
        if (ok) {
            out.push_back(tok);
            i = tok.end;
        } else {
            i = std::max(j, i + 1);
            while (i < end && (is_ascii_digit(s[i]) || s[i] == U'.')) ++i;
        }
    }
    return out;
}

}  // namespace gongkai::import_detail
