// import_normalise.cpp — a single linear pass, line by line.
#include "core/import_normalise.hpp"

namespace gongkai::import_detail {
namespace {

char32_t fold(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;  // full-width ASCII
    if (c == 0x3000 || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F) return U' ';
    return c;
}

}  // namespace

std::u32string normalise_text(std::u32string_view in, std::vector<std::size_t>* origin) {
    std::u32string out;
    out.reserve(in.size());
    if (origin) {
        origin->clear();
        origin->reserve(in.size() + 1);
    }
    auto push = [&](char32_t c, std::size_t from) {
        out.push_back(c);
        if (origin) origin->push_back(from);
    };
    auto pop = [&] {
        out.pop_back();
        if (origin) origin->pop_back();
    };
    std::size_t line_start = 0;  // in `out`
    auto end_line = [&](std::size_t from) {
        while (out.size() > line_start && out.back() == U' ') pop();
        push(U'\n', from);
        line_start = out.size();
    };
    for (std::size_t i = 0; i < in.size(); ++i) {
        const std::size_t from = i;
        char32_t c = in[i];
        if (c == U'\r') {
            if (i + 1 < in.size() && in[i + 1] == U'\n') ++i;
            end_line(from);
            continue;
        }
        // A form feed alone on its line is a page break (a PDF's text, import_pdf.hpp): kept, so
        // that a quote's page follows from its offset. Anywhere else it ends the line.
        if (c == 0x0C && out.size() == line_start && (i + 1 == in.size() || in[i + 1] == U'\n' || in[i + 1] == U'\r')) {
            out.push_back(c);
            continue;
        }
        if (c == U'\n' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85) {
            end_line(from);
            continue;
        }
        const char32_t folded = fold(c);
        if (folded == c) {
            if (c == 0xFEFF || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xAD) continue;
            if (c < 0x20 && c != U'\t') continue;
            if (c == 0x7F || (c >= 0x80 && c < 0xA0)) continue;
        }
        c = folded;
        if (c == U' ' && out.size() == line_start) continue;  // leading spaces (indentation)
        push(c, from);
    }
    while (out.size() > line_start && out.back() == U' ') pop();
    if (origin) origin->push_back(in.size());
    return out;
}

std::u32string fold_width(std::u32string_view text) {
    std::u32string out(text);
    for (char32_t& c : out) c = c == U'\r' ? U' ' : fold(c);
    return out;
}

bool span_in_original(const std::vector<std::size_t>& origin, std::int64_t& start, std::int64_t& end) {
    if (origin.empty() || start < 0 || end < start || static_cast<std::size_t>(end) >= origin.size()) return false;
    const std::size_t s = origin[static_cast<std::size_t>(start)];
    const std::size_t e = end > start ? origin[static_cast<std::size_t>(end - 1)] + 1 : s;
    start = static_cast<std::int64_t>(s);
    end = static_cast<std::int64_t>(e);
    return true;
}

}  // namespace gongkai::import_detail
