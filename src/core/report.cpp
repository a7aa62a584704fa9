// report.cpp — the few rules of the model that are code rather than data.
#include "core/report.hpp"

namespace gongkai {

bool unit_allows_fraction(const std::string& unit) {
    // Percentages and money are measured, not counted; everything else counts things.
    return unit == "%" || unit == "元" || unit == "万元" || unit == "亿元";
}

const std::string& note_text(const Note& note, bool chinese, bool& other) {
    other = false;
    if (note.untagged) return note.message;
    if (chinese && !note.message_zh.empty()) return note.message_zh;
    if (!chinese && !note.message.empty()) return note.message;
    other = true;
    return chinese ? note.message : note.message_zh;
}

}  // namespace gongkai
