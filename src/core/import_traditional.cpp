// import_traditional.cpp — binary search in a table generated from OpenCC (scripts/gen-t2s-table).
#include "core/import_traditional.hpp"

#include <vector>

namespace gongkai::import_detail {
namespace {
#include "core/import_t2s_table.inc"
}  // namespace

namespace {
// The table unpacked once into a direct lookup over the BMP (128 KiB): one load per character.
const std::vector<char16_t>& lookup() {
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> t(0x10000);
        for (std::size_t c = 0; c < t.size(); ++c) t[c] = static_cast<char16_t>(c);
        for (const auto& pair : kTraditionalToSimplified) t[pair[0]] = static_cast<char16_t>(pair[1]);
        return t;
    }();
    return table;
}
}  // namespace

char32_t to_simplified(char32_t c) {
    if (c < 0x3400 || c > 0xFFFF) return c;
    return lookup()[c];
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
