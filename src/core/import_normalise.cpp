// import_normalise.cpp — a single linear pass, line by line.
#include "core/import_normalise.hpp"

namespace gongkai::import_detail {

std::u32string normalise_text(std::u32string_view in) {
    std::u32string out;
    out.reserve(in.size());
    std::size_t line_start = 0;  // in `out`
    auto end_line = [&] {
        while (out.size() > line_start && out.back() == U' ') out.pop_back();
        out.push_back(U'\n');
        line_start = out.size();
    };
    for (std::size_t i = 0; i < in.size(); ++i) {
        char32_t c = in[i];
        if (c == U'\r') {
            if (i + 1 < in.size() && in[i + 1] == U'\n') ++i;
            end_line();
            continue;
        }
        // A form feed alone on its line is a page break (a PDF's text, import_pdf.hpp): kept, so
        // that a quote's page follows from its offset. Anywhere else it ends the line.
        if (c == 0x0C && out.size() == line_start && (i + 1 == in.size() || in[i + 1] == U'\n' || in[i + 1] == U'\r')) {
            out.push_back(c);
            continue;
        }
        if (c == U'\n' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85) {
            end_line();
            continue;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) c = c - 0xFF01 + 0x21;  // full-width ASCII
        else if (c == 0x3000 || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F) c = U' ';
        else if (c == 0xFEFF || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xAD) continue;
        else if (c < 0x20 && c != U'\t') continue;
        else if (c == 0x7F || (c >= 0x80 && c < 0xA0)) continue;
        if (c == U' ' && out.size() == line_start) continue;  // leading spaces (indentation)
        out.push_back(c);
    }
    while (out.size() > line_start && out.back() == U' ') out.pop_back();
    return out;
}

}  // namespace gongkai::import_detail
