// import_numbers.hpp — counts in prose: a number followed by a unit ("186条", "30.77%",
// "1,200 件", "9 538条", "100余条", "1.2万人次"). Dates, document numbers (〔2017〕32号),
// ordinals (第3条) and durations (3个工作日) are not counts and are not returned.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::import_detail {

struct NumberToken {
    std::size_t start = 0;       // first digit
    std::size_t number_end = 0;  // after the last digit
    std::size_t end = 0;         // after the unit
    double value = 0;            // after any 万 multiplier
    std::u32string unit;         // canonical unit: 条 件 项 人次 件次 次 个 家 人 批 场 期 篇 份 宗 起 户 名 元 万元 亿元 %
    std::string qualifier;       // "over" for 100余条 / 100多条
    std::string note;            // how an unusual spelling was read (stray spaces, 万, separators)
};

// Scans text[begin, end) once, left to right.
std::vector<NumberToken> scan_numbers(std::u32string_view text, std::size_t begin, std::size_t end);

}  // namespace gongkai::import_detail
