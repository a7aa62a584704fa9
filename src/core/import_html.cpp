// import_html.cpp — one forward pass over the markup (no recursion on the input, no
// backtracking); tables are collected cell by cell and laid out on a grid when they close.
//
// [SECTION] characters and tags
// [SECTION] content container
// [SECTION] table grid
// [SECTION] page chrome
// [SECTION] the pass
#include "core/import_html.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <utility>

#include "core/import_text.hpp"

namespace gongkai::import_detail {
namespace {

// ---- [SECTION] characters and tags ----------------------------------------------------------

char32_t lower(char32_t c) { return (c >= U'A' && c <= U'Z') ? c + 32 : c; }

bool starts_at_ci(std::u32string_view text, std::size_t pos, std::u32string_view lower_prefix) {
    if (pos > text.size() || text.size() - pos < lower_prefix.size()) return false;
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

bool one_of(std::u32string_view name, std::initializer_list<std::u32string_view> names) {
    for (auto n : names)
        if (name == n) return true;
    return false;
}

bool is_block_tag(std::u32string_view name) {
    return one_of(name, {U"p", U"div", U"br", U"tr", U"li", U"h1", U"h2", U"h3", U"h4", U"h5", U"h6", U"table",
                         U"ul", U"ol", U"section", U"article", U"header", U"footer", U"title", U"blockquote",
                         U"pre", U"dd", U"dt", U"hr", U"caption", U"main", U"center", U"form", U"dl"});
}

// Elements whose content is never report text: code, styles, navigation, controls.
bool is_skipped_element(std::u32string_view name) {
    return one_of(name, {U"script", U"style", U"nav", U"aside", U"select", U"button", U"noscript", U"iframe",
                         U"svg", U"object", U"template", U"textarea"});
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

struct Tag {
    std::u32string name;  // lower case
    bool closing = false;
    std::u32string_view attributes;
    std::size_t end = 0;  // just past '>'
};

// Reads the tag at `i` (in[i] == '<'); false when it is a lone '<' in text.
bool read_tag(std::u32string_view in, std::size_t i, Tag& tag) {
    const std::size_t n = in.size();
    std::size_t j = i + 1;
    tag.closing = j < n && in[j] == U'/';
    if (tag.closing) ++j;
    const std::size_t name_start = j;
    while (j < n && (is_ascii_alpha(in[j]) || is_ascii_digit(in[j]))) ++j;
    if (j == name_start && !(j < n && (in[j] == U'!' || in[j] == U'?'))) return false;
    tag.name.clear();
    for (std::size_t k = name_start; k < j; ++k) tag.name.push_back(lower(in[k]));
    const std::size_t attr_start = j;
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
    tag.attributes = in.substr(attr_start, j - attr_start);
    tag.end = j < n ? j + 1 : n;
    return true;
}

// The value of attribute `lower_name` (unquoted), "" when absent.
std::u32string attribute(std::u32string_view attrs, std::u32string_view lower_name) {
    std::size_t at = 0;
    while ((at = find_ci(attrs, at, lower_name)) != std::u32string_view::npos) {
        const bool word_start = at == 0 || attrs[at - 1] == U' ' || attrs[at - 1] == U'\t' ||
                                attrs[at - 1] == U'\n' || attrs[at - 1] == U'"' || attrs[at - 1] == U'\'';
        std::size_t j = at + lower_name.size();
        while (j < attrs.size() && attrs[j] == U' ') ++j;
        if (!word_start || j >= attrs.size() || attrs[j] != U'=') { at += lower_name.size(); continue; }
        ++j;
        while (j < attrs.size() && attrs[j] == U' ') ++j;
        if (j >= attrs.size()) return {};
        const char32_t q = attrs[j];
        if (q == U'"' || q == U'\'') {
            const std::size_t e = attrs.find(q, j + 1);
            return std::u32string(attrs.substr(j + 1, (e == std::u32string_view::npos ? attrs.size() : e) - j - 1));
        }
        std::size_t e = j;
        while (e < attrs.size() && attrs[e] != U' ' && attrs[e] != U'>' && attrs[e] != U'\t') ++e;
        return std::u32string(attrs.substr(j, e - j));
    }
    return {};
}

int span_attribute(std::u32string_view attrs, std::u32string_view name, int limit) {
    const std::u32string v = attribute(attrs, name);
    int n = 0;
    for (char32_t c : v) {
        if (!is_ascii_digit(c)) break;
        n = std::min(limit, n * 10 + static_cast<int>(c - U'0'));
    }
    return std::clamp(n, 1, limit);
}

// Decodes the entity at in[i] == '&'; 0 when it is not one. `next` is set past it.
char32_t read_entity(std::u32string_view in, std::size_t i, std::size_t& next) {
    const std::size_t n = in.size();
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
    if (decoded != 0 && j < n && in[j] == U';') ++j;
    next = j;
    return decoded;
}

// Where the skipped element that opened at `from` (its name `name`) ends, same-name nesting counted.
std::size_t skip_element(std::u32string_view in, std::size_t from, const std::u32string& name) {
    if (name == U"script" || name == U"style" || name == U"textarea") {
        const std::size_t end = find_ci(in, from, U"</" + name);
        if (end == std::u32string_view::npos) return in.size();
        const std::size_t close = in.find(U'>', end);
        return close == std::u32string_view::npos ? in.size() : close + 1;
    }
    int depth = 1;
    std::size_t i = from;
    Tag tag;
    while (i < in.size()) {
        const std::size_t lt = in.find(U'<', i);
        if (lt == std::u32string_view::npos) return in.size();
        if (!read_tag(in, lt, tag)) { i = lt + 1; continue; }
        if (tag.name == name) depth += tag.closing ? -1 : 1;
        i = tag.end;
        if (depth == 0) return i;
    }
    return in.size();
}

// ---- [SECTION] content container --------------------------------------------------------------

// id/class words content-management systems give the element holding an article's body.
bool names_content(std::u32string_view attrs) {
    std::u32string v = attribute(attrs, U"id") + U" " + attribute(attrs, U"class");
    for (auto& c : v) c = lower(c);
    for (std::u32string_view w : {U"trs_editor", U"custom_unionstyle", U"article", U"content", U"zoom", U"detail",
                                  U"zwnr", U"neirong", U"maintext", U"main-text", U"text_con", U"con_txt", U"news_txt",
                                  U"pages_content", U"body-text", U"ucap"})
        if (v.find(w) != std::u32string::npos) return true;
    return false;
}

std::size_t han_between(std::u32string_view in, std::size_t from, std::size_t to) {
    std::size_t count = 0;
    bool in_tag = false;
    for (std::size_t i = from; i < to; ++i) {
        const char32_t c = in[i];
        if (c == U'<') in_tag = true;
        else if (c == U'>') in_tag = false;
        else if (!in_tag && is_han(c)) ++count;
    }
    return count;
}

struct Range {
    std::size_t start = 0, end = 0;
};

// The smallest content container holding most of the page's text; the whole page when none.
Range content_range(std::u32string_view in, bool& found) {
    found = false;
    const std::size_t total = han_between(in, 0, in.size());
    Range best{0, in.size()};
    if (total == 0) return best;
    std::size_t i = 0;
    int candidates = 0;
    Tag tag;
    while (i < in.size() && candidates < 24) {
        const std::size_t lt = in.find(U'<', i);
        if (lt == std::u32string_view::npos) break;
        if (!read_tag(in, lt, tag)) { i = lt + 1; continue; }
        i = tag.end;
        if (tag.closing || tag.name.empty() || is_skipped_element(tag.name) || !names_content(tag.attributes)) continue;
        ++candidates;
        const std::size_t end = skip_element(in, tag.end, tag.name);
        // Most of the page's Han text, with the navigation and footer around it left out.
        if (han_between(in, tag.end, end) * 10 >= total * 6 && end - tag.end < best.end - best.start) {
            best = {tag.end, end};
            found = true;
        }
    }
    return best;
}

// ---- [SECTION] table grid ---------------------------------------------------------------------

struct HtmlCell {
    std::u32string text;  // '\n' where a block element broke the line
    int colspan = 1, rowspan = 1;
};

struct HtmlTable {
    std::vector<std::vector<HtmlCell>> rows;
    std::u32string before;  // text inside <table> but outside any cell (a caption)
    bool in_cell = false;
    bool has_nested_table = false;
    bool cell_space = false;  // collapsed whitespace waiting inside the open cell
    std::size_t number = 0;  // 1-based, document order of opening
};

// Cell text on one line: whitespace runs (line breaks included) become one space, or
// nothing between two Han characters (a heading broken over lines, 本年制发<br>件数).
std::u32string one_line(std::u32string_view text) {
    std::u32string out;
    bool space = false;
    for (char32_t c : text) {
        if (c == U' ' || c == U'\n' || c == U'\t' || c == 0xA0 || c == 0x3000) {
            space = true;
            continue;
        }
        if (space && !out.empty() && !(is_han(out.back()) && is_han(c))) out.push_back(U' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

enum class CellKind { Empty, Number, Label };

CellKind classify(std::u32string_view text) {
    const auto t = trim(text);
    if (t.empty() || t == U"-" || t == U"—" || t == U"——" || t == U"/" || t == U"--" || t == U"无") return CellKind::Empty;
    std::size_t i = 0;
    auto ascii = [](char32_t c) { return (c >= 0xFF01 && c <= 0xFF5E) ? c - 0xFF01 + 0x21 : c; };
    if (ascii(t[0]) == U'+' || ascii(t[0]) == U'-') ++i;
    bool digit = false;
    for (; i < t.size(); ++i) {
        const char32_t c = ascii(t[i]);
        if (is_ascii_digit(c)) digit = true;
        else if (c != U'.' && c != U',') return CellKind::Label;
    }
    return digit ? CellKind::Number : CellKind::Label;
}

struct Placed {
    std::size_t row = 0, col = 0, rows = 1, cols = 1;
    std::u32string text;  // one line
    CellKind kind = CellKind::Empty;
};

// Column words of the template tables: a row's numbers under these headings must stand in
// exactly this order, all of them, or the row is not the template's.
constexpr std::array<std::u32string_view, 7> kApplicantColumns = {U"自然人", U"商业企业", U"科研机构", U"社会公益组织",
                                                                  U"法律服务机构", U"其他", U"总计"};

// 自然人 and the kinds of organisation name the applications table alone (总计 and 其他 do not).
bool is_applicant_heading(std::u32string_view t) {
    for (std::size_t k = 0; k + 2 < kApplicantColumns.size(); ++k)
        if (t == kApplicantColumns[k]) return true;
    return false;
}

// Rows of tables other than the template's are passed on as they are: only the template's
// tables have columns whose meaning the importer relies on.
bool is_template_like(const std::vector<Placed>& cells) {
    for (const auto& p : cells)
        for (std::u32string_view w : {U"本年新收", U"第二十条", U"结果维持", U"予以公开", U"自然人", U"行政许可", U"信息内容"})
            if (contains(p.text, w)) return true;
    return false;
}

struct RenderedTable {
    std::u32string text;
    std::vector<SetAsideRow> set_aside;  // `line` relative to the block (0-based), fixed up later
};

// A layout table (one holding tables) is a column of blocks: each cell's text in order.
RenderedTable render_layout(const HtmlTable& t) {
    RenderedTable out;
    if (!trim(t.before).empty()) out.text += std::u32string(trim(t.before)) + U"\n";
    for (const auto& row : t.rows)
        for (const auto& cell : row) {
            const auto body = trim(cell.text);
            if (body.empty()) continue;
            out.text.append(body);
            out.text.push_back(U'\n');
        }
    return out;
}

// Sentinel written before a kept-aside row's line; html_to_text turns it into a line number.
constexpr char32_t kSetAsideMark = 0xE000;

RenderedTable render_grid(const HtmlTable& t) {
    RenderedTable out;
    if (t.has_nested_table) return render_layout(t);
    // Place the cells: HTML's table model, spans clipped to the table and bounded so that a
    // hostile rowspan/colspan cannot make the grid explode.
    constexpr std::size_t kMaxCols = 256;
    constexpr std::size_t kMaxSlots = std::size_t{1} << 20;
    const std::size_t nrows = t.rows.size();
    std::vector<std::vector<int>> grid(nrows);
    std::vector<Placed> cells;
    std::size_t width = 0;
    bool spans = false;
    for (std::size_t r = 0; r < nrows; ++r) {
        std::size_t c = 0;
        for (const auto& cell : t.rows[r]) {
            while (c < grid[r].size() && grid[r][c] >= 0) ++c;
            if (c >= kMaxCols) break;
            Placed p;
            p.row = r;
            p.col = c;
            p.cols = std::min<std::size_t>(static_cast<std::size_t>(cell.colspan), kMaxCols - c);
            p.rows = std::min<std::size_t>(static_cast<std::size_t>(cell.rowspan), nrows - r);
            if ((p.cols * p.rows) > 1) spans = true;
            if (static_cast<double>(width + p.cols) * static_cast<double>(nrows) > static_cast<double>(kMaxSlots)) break;
            p.text = one_line(cell.text);
            p.kind = classify(p.text);
            const int id = static_cast<int>(cells.size());
            cells.push_back(std::move(p));
            const Placed& q = cells.back();
            for (std::size_t rr = r; rr < r + q.rows; ++rr) {
                if (grid[rr].size() < c + q.cols) grid[rr].resize(c + q.cols, -1);
                for (std::size_t cc = c; cc < c + q.cols; ++cc)
                    if (grid[rr][cc] < 0) grid[rr][cc] = id;
            }
            width = std::max(width, c + q.cols);
            c += q.cols;
        }
    }
    for (auto& row : grid) row.resize(width, -1);
    // Padding columns (empty from top to bottom) carry nothing.
    std::vector<bool> padding(width, true);
    for (std::size_t r = 0; r < nrows; ++r)
        for (std::size_t c = 0; c < width; ++c)
            if (grid[r][c] >= 0 && cells[static_cast<std::size_t>(grid[r][c])].kind != CellKind::Empty) padding[c] = false;

    if (!trim(t.before).empty()) out.text += one_line(t.before) + U"\n";
    const bool checked = is_template_like(cells);
    std::vector<std::size_t> header_rows;  // the run of label-only rows before the current data rows
    bool last_was_header = false;
    for (std::size_t r = 0; r < nrows; ++r) {
        // The row's own cells, left to right.
        std::vector<const Placed*> own;
        bool any_number = false;
        bool any_text = false;
        for (std::size_t c = 0; c < width; ++c) {
            const int id = grid[r][c];
            if (id < 0 || padding[c]) continue;
            const Placed& p = cells[static_cast<std::size_t>(id)];
            if (p.row != r || p.col != c) continue;
            own.push_back(&p);
            any_number = any_number || p.kind == CellKind::Number;
            any_text = any_text || p.kind != CellKind::Empty;
        }
        // A number from a row above, reaching into this one, belongs to neither row alone.
        std::u32string reason;
        for (std::size_t c = 0; c < width && reason.empty(); ++c) {
            const int id = grid[r][c];
            if (id < 0) continue;
            const Placed& p = cells[static_cast<std::size_t>(id)];
            if (checked && p.kind == CellKind::Number && p.rows > 1) reason = U"span";
        }
        if (!any_text && reason.empty()) continue;
        if (!any_number && reason.empty()) {
            if (!last_was_header) header_rows.clear();
            header_rows.push_back(r);
            last_was_header = true;
        } else {
            last_was_header = false;
        }
        if (checked && any_number && reason.empty()) {
            // Every number must stand under one heading of exactly its width (the grid was
            // drawn with spans, so columns mean something); after the first number, no labels.
            bool seen_number = false;
            std::vector<std::u32string> headings;
            for (const Placed* p : own) {
                if (p->kind == CellKind::Label && seen_number) { reason = U"label_after_number"; break; }
                if (p->kind == CellKind::Label) continue;  // the row's own labels
                if (p->kind == CellKind::Empty && (!seen_number || p->cols == 1)) continue;
                if (p->kind == CellKind::Number) seen_number = true;
                if (!spans || header_rows.empty()) continue;
                const Placed* heading = nullptr;
                for (auto h = header_rows.rbegin(); h != header_rows.rend() && !heading; ++h) {
                    const int id = grid[*h][p->col];
                    if (id >= 0 && cells[static_cast<std::size_t>(id)].kind == CellKind::Label)
                        heading = &cells[static_cast<std::size_t>(id)];
                }
                if (!heading) { reason = U"heading"; break; }
                if (heading->col != p->col || heading->cols != p->cols) { reason = U"span"; break; }
                headings.push_back(heading->text);
            }
            if (reason.empty()) {
                bool applicant = false;
                for (const auto& h : headings) applicant = applicant || is_applicant_heading(h);
                if (applicant) {
                    bool same = headings.size() == kApplicantColumns.size();
                    for (std::size_t k = 0; same && k < headings.size(); ++k) same = headings[k] == kApplicantColumns[k];
                    if (!same) reason = U"order";
                }
            }
        }
        if (!reason.empty()) {
            SetAsideRow aside;
            aside.line = static_cast<std::size_t>(std::count(out.text.begin(), out.text.end(), U'\n'));
            aside.table = t.number;
            aside.row = r + 1;
            aside.reason = u32_to_utf8(reason);
            std::u32string label;
            std::u32string all;
            for (const Placed* p : own) {
                if (!all.empty()) all += U" | ";
                all += p->text;
                if (p->kind == CellKind::Label) {
                    if (!label.empty()) label.push_back(U' ');
                    label += p->text;
                }
            }
            aside.label = u32_to_utf8(label);
            aside.cells = u32_to_utf8(all);
            out.set_aside.push_back(std::move(aside));
            // The labels stay (the text reads on); the numbers are not offered to the reader.
            out.text.push_back(kSetAsideMark);
            out.text += label;
            out.text.push_back(U'\n');
            continue;
        }
        bool first = true;
        for (const Placed* p : own) {
            if (!first) out.text.push_back(U'\t');
            first = false;
            out.text += p->text;
        }
        out.text.push_back(U'\n');
    }
    return out;
}

// ---- [SECTION] page chrome --------------------------------------------------------------------

// Lines a page wraps around the report: print/close buttons, share and QR-code lines,
// source/date/hit-count lines, breadcrumbs, font-size switches. Short lines only.
bool is_chrome_line(std::u32string_view line) {
    line = trim(line);
    if (line.empty() || line.size() > 80 || contains(line, U"\t")) return false;
    if (contains(line, U"打印") && (contains(line, U"关闭") || contains(line, U"本页") || contains(line, U"窗口")))
        return true;
    for (std::u32string_view w : {U"分享到", U"扫一扫", U"二维码", U"微信扫", U"点击数", U"点击量", U"浏览次数", U"阅读次数",
                                  U"访问次数", U"当前位置", U"您的位置", U"您现在的位置", U"【大】", U"【中】【小】", U"字号:",
                                  U"字号："})
        if (contains(line, w)) return true;
    std::size_t b = 0;
    while (b < line.size() && (line[b] == U'【' || line[b] == U'[' || line[b] == U' ')) ++b;
    for (std::u32string_view w : {U"来源", U"信息来源", U"发布时间", U"发布日期", U"发布机构", U"作者", U"责任编辑", U"编辑"}) {
        if (!starts_at(line, b, w)) continue;
        const std::size_t after = b + w.size();
        if (after < line.size() && (line[after] == U'：' || line[after] == U':' || line[after] == U'】')) return true;
    }
    if (starts_at(line, b, U"首页") && (contains(line, U">") || contains(line, U"»") || contains(line, U"›") ||
                                          contains(line, U"＞") || contains(line, U"→")))
        return true;
    return false;
}

// ---- [SECTION] the pass -----------------------------------------------------------------------

// Text being written: the document, a table cell, or the text of a table outside its cells.
struct Sink {
    std::u32string* text = nullptr;
    bool* pending_space = nullptr;
};

}  // namespace

bool looks_like_html(std::u32string_view text) {
    const auto head = text.substr(0, 4096);
    for (std::u32string_view marker : {U"<!doctype", U"<html", U"<body", U"<p>", U"<p ", U"<div", U"<table", U"<br",
                                       U"<td", U"<span", U"<meta"})
        if (find_ci(head, 0, marker) != std::u32string_view::npos) return true;
    return false;
}

std::string declared_charset(std::string_view bytes) {
    std::string head(bytes.substr(0, 4096));
    for (auto& c : head) c = static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
    const std::size_t at = head.find("charset=");
    if (at == std::string::npos || head.find("<meta") == std::string::npos) return "";
    std::size_t b = at + 8;
    while (b < head.size() && (head[b] == '"' || head[b] == '\'' || head[b] == ' ')) ++b;
    std::size_t e = b;
    while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_')) ++e;
    return head.substr(b, e - b);
}

HtmlText html_to_text(std::u32string_view whole) {
    HtmlText result;
    // The page's <title> first (the report's name, when the container leaves out the heading).
    std::u32string title_line;
    Range range{0, whole.size()};
    {
        bool found = false;
        range = content_range(whole, found);
        result.content_container = found;
        if (found) {
            const std::size_t t = find_ci(whole, 0, U"<title");
            if (t != std::u32string_view::npos && t < range.start) {
                const std::size_t gt = whole.find(U'>', t);
                const std::size_t end = gt == std::u32string_view::npos ? gt : find_ci(whole, gt, U"</title");
                if (end != std::u32string_view::npos) title_line = std::u32string(trim(whole.substr(gt + 1, end - gt - 1)));
            }
        }
    }
    const std::u32string_view in = whole.substr(range.start, range.end - range.start);

    std::u32string doc;
    bool doc_space = false;
    if (!title_line.empty()) {
        const HtmlText t = html_to_text(U"<p>" + title_line + U"</p>");
        doc = t.text;
    }
    std::vector<std::unique_ptr<HtmlTable>> tables;  // open tables, innermost last
    std::vector<SetAsideRow> pending_aside;
    std::size_t table_count = 0;
    bool table_scratch_space = false;

    auto sink = [&]() -> Sink {
        if (!tables.empty()) {
            HtmlTable& t = *tables.back();
            if (t.in_cell && !t.rows.empty() && !t.rows.back().empty()) {
                return {&t.rows.back().back().text, &t.cell_space};
            }
            return {&t.before, &table_scratch_space};
        }
        return {&doc, &doc_space};
    };
    auto newline = [&](Sink s) {
        *s.pending_space = false;
        if (!s.text->empty() && s.text->back() != U'\n') s.text->push_back(U'\n');
    };
    auto put = [&](Sink s, char32_t c) {
        if (*s.pending_space && !s.text->empty() && s.text->back() != U'\n' && s.text->back() != U'\t')
            s.text->push_back(U' ');
        *s.pending_space = false;
        s.text->push_back(c);
    };
    auto close_table = [&] {
        std::unique_ptr<HtmlTable> t = std::move(tables.back());
        tables.pop_back();
        RenderedTable r = render_grid(*t);
        Sink s = sink();
        newline(s);
        // Kept-aside rows are found again by their mark once the whole text is written.
        for (auto& a : r.set_aside) pending_aside.push_back(std::move(a));
        s.text->append(r.text);
        newline(s);
    };

    std::size_t i = 0;
    const std::size_t n = in.size();
    Tag tag;
    while (i < n) {
        const char32_t c = in[i];
        if (c == U'<') {
            if (starts_at(in, i, U"<!--")) {
                const std::size_t end = in.find(U"-->", i + 4);
                i = end == std::u32string_view::npos ? n : end + 3;
                continue;
            }
            if (!read_tag(in, i, tag)) {
                put(sink(), c);
                ++i;
                continue;
            }
            i = tag.end;
            const std::u32string& name = tag.name;
            if (!tag.closing && is_skipped_element(name)) {
                i = skip_element(in, i, name);
                continue;
            }
            if (name == U"footer" && !tag.closing) {
                i = skip_element(in, i, name);
                continue;
            }
            if (name == U"table") {
                if (!tag.closing) {
                    if (!tables.empty() && tables.back()->in_cell) tables.back()->has_nested_table = true;
                    if (tables.size() >= 32) continue;  // deeper nesting reads as one table
                    tables.push_back(std::make_unique<HtmlTable>());
                    tables.back()->number = ++table_count;
                } else if (!tables.empty()) {
                    close_table();
                }
                continue;
            }
            if (!tables.empty()) {
                HtmlTable& t = *tables.back();
                if (name == U"tr") {
                    if (!tag.closing) t.rows.emplace_back();
                    t.in_cell = false;
                    continue;
                }
                if (name == U"td" || name == U"th") {
                    if (tag.closing) {
                        t.in_cell = false;
                    } else {
                        if (t.rows.empty()) t.rows.emplace_back();
                        HtmlCell cell;
                        cell.colspan = span_attribute(tag.attributes, U"colspan", 256);
                        cell.rowspan = span_attribute(tag.attributes, U"rowspan", 4096);
                        t.rows.back().push_back(std::move(cell));
                        t.in_cell = true;
                        t.cell_space = false;
                    }
                    continue;
                }
                if (one_of(name, {U"thead", U"tbody", U"tfoot", U"colgroup", U"col"})) continue;
            }
            if (is_block_tag(name)) newline(sink());
            continue;
        }
        if (c == U'&') {
            std::size_t next = i + 1;
            const char32_t decoded = read_entity(in, i, next);
            if (decoded != 0) {
                put(sink(), decoded);  // &nbsp; is a real space, not collapsible
                i = next;
                continue;
            }
            put(sink(), c);
            ++i;
            continue;
        }
        if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f') {
            *sink().pending_space = true;
            ++i;
            continue;
        }
        put(sink(), c);
        ++i;
    }
    while (!tables.empty()) close_table();  // unclosed tables end with the page

    // Page chrome out, kept-aside rows located.
    std::u32string out;
    out.reserve(doc.size());
    std::size_t line_no = 1;
    std::size_t aside_index = 0;
    std::size_t b = 0;
    while (b < doc.size()) {
        std::size_t e = doc.find(U'\n', b);
        if (e == std::u32string::npos) e = doc.size();
        std::u32string_view line(doc.data() + b, e - b);
        b = e + 1;
        if (!line.empty() && line[0] == kSetAsideMark) {
            line.remove_prefix(1);
            if (aside_index < pending_aside.size()) {
                pending_aside[aside_index].line = line_no;
                result.set_aside.push_back(std::move(pending_aside[aside_index]));
                ++aside_index;
            }
        } else if (is_chrome_line(line)) {
            ++result.chrome_lines;
            continue;
        }
        out.append(line);
        if (e < doc.size() || !line.empty()) out.push_back(U'\n');
        ++line_no;
    }
    result.text = std::move(out);
    return result;
}

std::u32string strip_html(std::u32string_view html) { return html_to_text(html).text; }

}  // namespace gongkai::import_detail
