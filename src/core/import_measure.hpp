// import_measure.hpp — what kind of quantity a figure is (docs/report-format.md, "Measure
// vocabulary") and what a breakdown of a total is called (channel, timeliness, outcome).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::import_detail {

struct MeasureGuess {
    std::string measure;  // published, requests, share, powers, organisations, activities, people, cases, money, other
    bool sure = true;     // false when nothing in the words decided it
};

// `unit` canonical; `category`, `area` and `clause` (the whole clause) simplified text;
// `disclosure_verb`: the clause says 公开/发布/公布.
MeasureGuess guess_measure(std::u32string_view unit, std::u32string_view category, std::u32string_view area,
                           std::u32string_view clause, bool disclosure_verb);

// Name of one breakdown of a total from the categories of its parts: "channel" (当面, 网络,
// 信函 ...), "timeliness" (按时, 延期 ...), "outcome" (公开, 不予公开, 不属于 ...), or "".
std::string breakdown_name(const std::vector<std::u32string>& categories);

}  // namespace gongkai::import_detail
