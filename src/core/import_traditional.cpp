// import_traditional.cpp — binary search in a table generated from OpenCC (scripts/gen-t2s-table).
#include "core/import_traditional.hpp"

namespace gongkai::import_detail {
namespace {
#include "core/import_t2s_table.inc"
}  // namespace

char32_t to_simplified(char32_t c) {
    if (c < 0x3400 || c > 0xFFFF) return c;
    std::size_t lo = 0;
    std::size_t hi = sizeof(kTraditionalToSimplified) / sizeof(kTraditionalToSimplified[0]);
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        const char32_t key = kTraditionalToSimplified[mid][0];
        if (key == c) return kTraditionalToSimplified[mid][1];
        if (key < c) lo = mid + 1;
        else hi = mid;
    }
    return c;
}

std::u32string simplified_copy(std::u32string_view text) {
    std::u32string out(text);
    for (auto& c : out) c = to_simplified(c);
    return out;
}

std::size_t count_traditional(std::u32string_view text) {
    std::size_t n = 0;
    for (char32_t c : text) n += to_simplified(c) != c;
    return n;
}

}  // namespace gongkai::import_detail
