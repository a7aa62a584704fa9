// import_html.cpp — a single forward pass over the markup; no recursion, no backtracking.
#include "core/import_html.hpp"

#include <array>
#include <utility>

#include "core/import_text.hpp"

namespace gongkai::import_detail {
namespace {

char32_t lower(char32_t c) { return (c >= U'A' && c <= U'Z') ? c + 32 : c; }

bool starts_at_ci(std::u32string_view text, std::size_t pos, std::u32string_view lower_prefix) {
    if (text.size() - pos < lower_prefix.size()) return false;
    for (std::size_t k = 0; k < lower_prefix.size(); ++k)
        if (lower(text[pos + k]) != lower_prefix[k]) return false;
    return true;
}

// Finds `lower_needle` (case-insensitively) from pos; npos when absent.
std::size_t find_ci(std::u32string_view text, std::size_t pos, std::u32string_view lower_needle) {
    for (std::size_t i = pos; i + lower_needle.size() <= text.size(); ++i)
        if (lower(text[i]) == lower_needle[0] && starts_at_ci(text, i, lower_needle)) return i;
    return std::u32string_view::npos;
}

bool is_block_tag(std::u32string_view name) {
    static constexpr std::array<std::u32string_view, 24> kBlocks = {
        U"p", U"div", U"br", U"tr", U"li", U"h1", U"h2", U"h3", U"h4", U"h5", U"h6", U"table",
        U"ul", U"ol", U"section", U"article", U"header", U"footer", U"title", U"blockquote",
        U"pre", U"dd", U"dt", U"hr"};
    for (auto b : kBlocks)
        if (name == b) return true;
    return false;
}

char32_t named_entity(std::u32string_view name) {
    static constexpr std::array<std::pair<std::u32string_view, char32_t>, 24> kEntities = {{
        {U"nbsp", U' '}, {U"amp", U'&'}, {U"lt", U'<'}, {U"gt", U'>'}, {U"quot", U'"'},
        {U"apos", U'\''}, {U"ldquo", U'“'}, {U"rdquo", U'”'}, {U"lsquo", U'‘'}, {U"rsquo", U'’'},
        {U"middot", U'·'}, {U"mdash", U'—'}, {U"ndash", U'–'}, {U"hellip", U'…'}, {U"times", U'×'},
        {U"divide", U'÷'}, {U"yen", U'¥'}, {U"copy", U'©'}, {U"reg", U'®'}, {U"emsp", U' '},
        {U"ensp", U' '}, {U"thinsp", U' '}, {U"bull", U'•'}, {U"deg", U'°'},
    }};
    for (const auto& [n, c] : kEntities)
        if (n == name) return c;
    return 0;
}

}  // namespace

bool looks_like_html(std::u32string_view text) {
    const auto head = text.substr(0, 4096);
    for (std::u32string_view marker : {U"<!doctype", U"<html", U"<body", U"<p>", U"<p ", U"<div", U"<table", U"<br",
                                       U"<td", U"<span", U"<meta"})
        if (find_ci(head, 0, marker) != std::u32string_view::npos) return true;
    return false;
}

std::u32string strip_html(std::u32string_view in) {
    std::u32string out;
    out.reserve(in.size() / 2);
    bool pending_space = false;  // collapsed source whitespace waiting to be written
    int cells_in_row = 0;
    auto newline = [&] {
        pending_space = false;
        if (!out.empty() && out.back() != U'\n') out.push_back(U'\n');
    };
    auto put = [&](char32_t c) {
        if (pending_space && !out.empty() && out.back() != U'\n' && out.back() != U'\t') out.push_back(U' ');
        pending_space = false;
        out.push_back(c);
    };
    std::size_t i = 0;
    const std::size_t n = in.size();
    while (i < n) {
        const char32_t c = in[i];
        if (c == U'<') {
            if (starts_at(in, i, U"<!--")) {
                const std::size_t end = in.find(U"-->", i + 4);
                i = end == std::u32string_view::npos ? n : end + 3;
                continue;
            }
            // Tag name.
            std::size_t j = i + 1;
            const bool closing = j < n && in[j] == U'/';
            if (closing) ++j;
            const std::size_t name_start = j;
            while (j < n && (is_ascii_alpha(in[j]) || is_ascii_digit(in[j]))) ++j;
            if (j == name_start && !(j < n && (in[j] == U'!' || in[j] == U'?'))) {
                put(c);  // a lone '<' in text
                ++i;
                continue;
            }
            std::u32string name;
            for (std::size_t k = name_start; k < j; ++k) name.push_back(lower(in[k]));
            // Skip to the end of the tag, honouring quoted attribute values.
            char32_t quote = 0;
            while (j < n) {
                if (quote) {
                    if (in[j] == quote) quote = 0;
                } else if (in[j] == U'"' || in[j] == U'\'') {
                    quote = in[j];
                } else if (in[j] == U'>') {
                    break;
                }
                ++j;
            }
            i = j < n ? j + 1 : n;
            if (!closing && (name == U"script" || name == U"style")) {
                const std::u32string end_tag = U"</" + name;
                const std::size_t end = find_ci(in, i, end_tag);
                if (end == std::u32string_view::npos) { i = n; continue; }
                const std::size_t close = in.find(U'>', end);
                i = close == std::u32string_view::npos ? n : close + 1;
                continue;
            }
            if (name == U"td" || name == U"th") {
                if (!closing) {
                    if (cells_in_row > 0) { pending_space = false; out.push_back(U'\t'); }
                    ++cells_in_row;
                }
                continue;
            }
            if (name == U"tr") cells_in_row = 0;
            if (is_block_tag(name)) newline();
            continue;
        }
        if (c == U'&') {
            std::size_t j = i + 1;
            char32_t decoded = 0;
            if (j < n && in[j] == U'#') {
                ++j;
                const bool hex = j < n && (in[j] == U'x' || in[j] == U'X');
                if (hex) ++j;
                char32_t v = 0;
                std::size_t digits = 0;
                while (j < n && digits < 8) {
                    const char32_t d = in[j];
                    int dv = -1;
                    if (is_ascii_digit(d)) dv = static_cast<int>(d - U'0');
                    else if (hex && lower(d) >= U'a' && lower(d) <= U'f') dv = static_cast<int>(lower(d) - U'a' + 10);
                    if (dv < 0) break;
                    v = v * (hex ? 16 : 10) + static_cast<char32_t>(dv);
                    ++digits;
                    ++j;
                }
                if (digits > 0 && v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) decoded = v;
            } else {
                const std::size_t name_start = j;
                while (j < n && j - name_start < 10 && is_ascii_alpha(in[j])) ++j;
                decoded = named_entity(in.substr(name_start, j - name_start));
            }
            if (decoded != 0) {
                if (j < n && in[j] == U';') ++j;
                if (decoded == U' ' && in[i + 1] != U'#') {
                    put(U' ');  // &nbsp; is a real space, not collapsible
                } else {
                    put(decoded);
                }
                i = j;
                continue;
            }
            put(c);
            ++i;
            continue;
        }
        if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f') {
            pending_space = true;
            ++i;
            continue;
        }
        put(c);
        ++i;
    }
    return out;
}

}  // namespace gongkai::import_detail
