// import_zeros.hpp — figures of value 0 from words that say "none": 未收到政府信息公开申请,
// 无申请, 零报告, 未发生依申请公开情况 (requests, 件), 未发生行政复议 / 行政诉讼 (cases, 件).
// The phrases are those of zero_phrases.hpp; a clause with count digits is never read here.
#pragma once

#include <string_view>
#include <vector>

#include "core/import_structure.hpp"
#include "core/report.hpp"

namespace gongkai::import_detail {

// The zeros said in words in simple[begin, end) (one prose line), as figures without ids:
// value 0, the measure and unit of what is denied, category, the clause as quote (from `text`)
// and the note kStatedInWordsNote. `place` gives their area and topic.
std::vector<Figure> zero_figures(std::u32string_view text, std::u32string_view simple, std::size_t begin,
                                 std::size_t end, const Place& place);

}  // namespace gongkai::import_detail
