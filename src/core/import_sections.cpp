// import_sections.cpp — paragraphs under a 问题/改进/措施 heading, by their own labels.
#include "core/import_sections.hpp"

#include "core/import_text.hpp"

namespace gongkai::import_detail {
namespace {

std::string kind_of(std::u32string_view t) {
    const bool problems = contains(t, U"问题") || contains(t, U"不足");
    const bool measures = contains(t, U"措施") || contains(t, U"改进") || contains(t, U"计划") ||
                          contains(t, U"打算") || contains(t, U"下一步") || contains(t, U"整改");
    if (problems && !measures) return "problems";
    if (measures && !problems) return "measures";
    if (problems && measures) return "both";
    return "";
}

}  // namespace

std::vector<Section> read_sections(std::u32string_view text, std::u32string_view s, const std::vector<Line>& lines) {
    std::vector<Section> out;
    std::string heading_kind;
    std::string heading;
    for (const auto& l : lines) {
        if (l.in_table) continue;
        if (l.level > 0) {
            heading_kind = kind_of(s.substr(l.title_start, l.title_end - l.title_start));
            heading = u32_to_utf8(text.substr(l.title_start, l.title_end - l.title_start));
            if (l.body_start >= l.end) continue;
        }
        if (heading_kind.empty()) continue;
        const std::size_t b = l.level > 0 ? l.body_start : l.start;
        const auto para = trim(s.substr(b, l.end - b));
        if (para.empty()) continue;
        // A paragraph's own label ("存在问题:", "整改措施:") wins over the heading's.
        std::string kind = heading_kind;
        std::string this_heading = heading;
        std::u32string_view body_text = para;
        const std::size_t colon = para.find(U':');
        if (colon != std::u32string_view::npos && colon <= 12) {
            const std::string own = kind_of(para.substr(0, colon));
            if (own == "problems" || own == "measures") {
                kind = own;
                const std::size_t off = static_cast<std::size_t>(para.data() - s.data());
                this_heading = u32_to_utf8(text.substr(off, colon));
                body_text = trim(para.substr(colon + 1));
            }
        }
        if (kind == "both") kind = "other";
        const std::size_t off = static_cast<std::size_t>(body_text.data() - s.data());
        const std::string body = u32_to_utf8(text.substr(off, body_text.size()));
        if (!out.empty() && out.back().heading == this_heading && out.back().kind == kind) {
            out.back().text += "\n" + body;
        } else {
            out.push_back({kind, this_heading, body});
        }
    }
    return out;
}

}  // namespace gongkai::import_detail
