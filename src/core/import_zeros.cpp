// import_zeros.cpp — see import_zeros.hpp.
#include "core/import_zeros.hpp"

#include <cstdint>

#include "core/import_text.hpp"
#include "core/zero_phrases.hpp"

namespace gongkai::import_detail {
namespace {

bool ends_clause(char32_t c) {
    return c == U'。' || c == U';' || c == U',' || c == U':' || c == U'!' || c == U'?' || c == U'\n';
}

Figure zero(std::u32string_view text, std::size_t b, std::size_t e, const Place& place, const char* measure,
            const char* category) {
    Figure f;
    f.area = u32_to_utf8(place.area);
    f.topic = u32_to_utf8(place.topic);
    f.category = category;
    f.value = 0;
    f.unit = "件";
    f.measure = measure;
    f.notes.push_back(kStatedInWordsNote);
    Quote q;
    q.start = static_cast<std::int64_t>(b);
    q.end = static_cast<std::int64_t>(e);
    q.text = u32_to_utf8(text.substr(b, e - b));
    f.quote = std::move(q);
    return f;
}

}  // namespace

std::vector<Figure> zero_figures(std::u32string_view text, std::u32string_view simple, std::size_t begin,
                                 std::size_t end, const Place& place) {
    std::vector<Figure> out;
    std::size_t b = begin;
    for (std::size_t i = begin; i <= end; ++i) {
        if (i < end && !ends_clause(simple[i])) continue;
        std::size_t s = b, e = i;
        b = i + 1;
        while (s < e && is_blank(simple[s])) ++s;
        while (e > s && is_blank(simple[e - 1])) --e;
        if (e == s) continue;
        const std::u32string_view words = simple.substr(s, e - s);
        if (has_count_digits(words) || says_running_total(words)) continue;
        if (says_no_applications(words)) out.push_back(zero(text, s, e, place, "requests", "政府信息公开申请"));
        if (says_none_of(words, U"行政复议")) out.push_back(zero(text, s, e, place, "cases", "行政复议"));
        if (says_none_of(words, U"行政诉讼")) out.push_back(zero(text, s, e, place, "cases", "行政诉讼"));
    }
    return out;
}

}  // namespace gongkai::import_detail
