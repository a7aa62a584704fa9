// import_tables.cpp — template tables as a stream of label and number cells.
//
// Layout-independent on purpose: whether a row came as "规章\t0\t0\t0", "规章  0  0  0" or
// four lines, it becomes the same cells (label 规章, numbers 0 0 0). Tab-separated empty
// cells are kept as blanks so that positions survive.
//
// [SECTION] cells
// [SECTION] regions
// [SECTION] proactive table
// [SECTION] applications table
// [SECTION] review and litigation table
#include "core/import_tables.hpp"

#include <array>
#include <cstdlib>

#include "core/import_text.hpp"
#include "core/json_template_layout.hpp"

namespace gongkai::import_detail {
namespace {

// ---- [SECTION] cells ----------------------------------------------------------------------

struct Cell {
    enum Kind { Label, Number, Blank } kind = Label;
    std::u32string text;
    double value = 0;
    std::size_t start = 0, end = 0;  // a number's digits in the text (code points)
};

// Where a number cell stands in the text, kept beside the numbers read from a row.
struct Span {
    std::size_t start = 0, end = 0;
};

bool parse_number_cell(std::u32string_view t, double& value) {
    t = trim(t);
    if (t.empty()) return false;
    bool negative = false;
    std::size_t i = 0;
    if (t[0] == U'+' || t[0] == U'-') {
        negative = t[0] == U'-';
        i = 1;
        if (i == t.size()) return false;
    }
    // Digits go through strtod (exact decimal rounding), commas dropped: 356.42 stays 356.42.
    std::string ascii;
    bool any = false;
    bool dot = false;
    for (; i < t.size(); ++i) {
        const char32_t c = t[i];
        if (is_ascii_digit(c)) {
            any = true;
            ascii.push_back(static_cast<char>(c));
        } else if (c == U'.' && !dot) {
            dot = true;
            ascii.push_back('.');
        } else if (c == U',' && !dot) {
            continue;
        } else {
            return false;
        }
    }
    if (!any || ascii.back() == '.') return false;  // "1." is an enumerator, not a number
    const double v = std::strtod(ascii.c_str(), nullptr);
    value = negative ? -v : v;
    return true;
}

bool is_dash(std::u32string_view t) {
    t = trim(t);
    return t == U"-" || t == U"—" || t == U"/" || t == U"——" || t == U"--" || t == U"无";
}

// One line -> cells. Tabs separate cells (empty ones kept); otherwise runs of spaces do, and a
// single space separates numbers ("0 0 0") and a label from numbers ("规章 0 0 0").
// `base` is the line's offset in the text: number cells record where their digits are.
// A line of pipes: "规章 | 0 | 0 | 0 |", "| 规章 | 0 |" or "行政许可|150" (Markdown-like; the
// outer pipes are borders, not empty cells). Only lines inside a table region are read so.
bool is_piped(std::u32string_view line) { return line.find(U'|') != std::u32string_view::npos; }

// A rule between a piped header and its rows: "|---|:---:|".
bool is_rule_line(std::u32string_view line) {
    for (char32_t c : line)
        if (c != U'|' && c != U'-' && c != U':' && c != U'+' && c != U'=' && !is_blank(c)) return false;
    return true;
}

void line_cells(std::u32string_view line, std::vector<Cell>& out, std::size_t base = 0) {
    std::vector<std::u32string_view> parts;
    const char32_t* const origin = line.data();  // offsets are counted from here
    const bool piped = is_piped(line);
    if (piped) {
        if (is_rule_line(line)) return;
        // `line` is narrowed, never copied, so that offsets stay right.
        line = trim(line);
        if (!line.empty() && line.front() == U'|') line.remove_prefix(1);
        if (!line.empty() && line.back() == U'|') line.remove_suffix(1);
    }
    const char32_t separator = piped ? U'|' : U'\t';
    const bool tabs = piped || line.find(U'\t') != std::u32string_view::npos;
    std::size_t b = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == separator || (piped && line[i] == U'\t')) {
            parts.push_back(line.substr(b, i - b));
            b = i + 1;
        }
    }
    for (auto part : parts) {
        part = trim(part);
        if (part.empty() || is_dash(part)) {
            if (tabs) out.push_back({Cell::Blank, {}, 0});
            continue;
        }
        // Split on spaces; join neighbouring words into one label.
        std::u32string label;
        std::size_t s = 0;
        for (std::size_t i = 0; i <= part.size(); ++i) {
            if (i < part.size() && part[i] != U' ') continue;
            const auto word = part.substr(s, i - s);
            s = i + 1;
            if (word.empty()) continue;
            double v = 0;
            if (parse_number_cell(word, v)) {
                if (!label.empty()) { out.push_back({Cell::Label, label, 0}); label.clear(); }
                const std::size_t at = base + static_cast<std::size_t>(word.data() - origin);
                out.push_back({Cell::Number, std::u32string(word), v, at, at + word.size()});
            } else if (is_dash(word)) {
                if (!label.empty()) { out.push_back({Cell::Label, label, 0}); label.clear(); }
                if (tabs) out.push_back({Cell::Blank, {}, 0});
            } else {
                if (!label.empty()) label.push_back(U' ');
                label.append(word);
            }
        }
        if (!label.empty()) out.push_back({Cell::Label, label, 0});
    }
}

std::vector<Cell> region_cells(std::u32string_view s, const std::vector<Line>& lines, std::size_t from, std::size_t to) {
    std::vector<Cell> cells;
    for (std::size_t i = from; i < to && i < lines.size(); ++i)
        line_cells(s.substr(lines[i].start, lines[i].end - lines[i].start), cells, lines[i].start);
    return cells;
}

// ---- [SECTION] regions --------------------------------------------------------------------

std::u32string_view line_text(std::u32string_view s, const Line& l) { return s.substr(l.start, l.end - l.start); }

bool starts_with_l1_marker(std::u32string_view t) {
    t = trim(t);
    std::size_t j = 0;
    while (j < t.size() && j < 3 && is_chinese_numeral(t[j])) ++j;
    return j > 0 && j < t.size() && (t[j] == U'、' || t[j] == U'.');
}

std::size_t find_line(std::u32string_view s, const std::vector<Line>& lines, std::size_t from, std::u32string_view what) {
    for (std::size_t i = from; i < lines.size(); ++i)
        if (contains(line_text(s, lines[i]), what)) return i;
    return lines.size();
}

// ---- [SECTION] proactive table ------------------------------------------------------------

struct RawProactive {
    std::string clause;
    std::string item;
    std::vector<std::optional<double>> numbers;
    std::vector<Span> spans;  // parallel to numbers
};

std::string clause_of(std::u32string_view label) {
    const std::size_t at = label.find(U"第二十条");
    if (at == std::u32string_view::npos) return "";
    const auto rest = label.substr(at + 4);
    const std::size_t open = rest.find(U'(');
    const std::size_t close = rest.find(U')');
    if (open == std::u32string_view::npos || close == std::u32string_view::npos || close <= open) return "";
    const int n = chinese_numeral_value(rest.substr(open + 1, close - open - 1));
    return n > 0 ? "20." + std::to_string(n) : "";
}

std::string proactive_item(std::u32string_view label) {
    static constexpr std::array<std::u32string_view, 8> kItems = {
        U"其他对外管理服务事项", U"行政规范性文件", U"规范性文件", U"规章", U"行政许可",
        U"行政处罚", U"行政强制", U"行政事业性收费"};
    for (auto item : kItems)
        if (contains(label, item)) return u32_to_utf8(item);
    if (contains(label, U"政府集中采购") || contains(label, U"集中采购")) return "政府集中采购";
    return "";
}

std::vector<RawProactive> read_proactive(const std::vector<Cell>& cells) {
    std::vector<RawProactive> rows;
    std::string clause;
    RawProactive* current = nullptr;
    for (const auto& c : cells) {
        if (c.kind == Cell::Label) {
            if (auto cl = clause_of(c.text); !cl.empty()) {
                clause = cl;
                current = nullptr;
                continue;
            }
            const std::string item = proactive_item(c.text);
            if (!item.empty() && !clause.empty() && !contains(c.text, U"数量") && !contains(c.text, U"件数")) {
                rows.push_back({clause, item, {}, {}});
                current = &rows.back();
            } else {
                current = nullptr;  // a header cell
            }
            continue;
        }
        if (!current) continue;
        if (c.kind == Cell::Blank) current->numbers.push_back(std::nullopt);
        else current->numbers.push_back(c.value);
        current->spans.push_back({c.start, c.end});
    }
    return rows;
}

// The clause a row's item belongs to in `version` (the 2019 and 2021 templates list the same
// items under the same clauses), or nullptr when the template has no such item.
const layout::ProactiveClause* clause_of_item(const std::string& version, const std::string& item) {
    for (const auto& c : layout::kProactiveClauses) {
        if (c.template_version != version) continue;
        for (auto it : c.items)
            if (!it.empty() && (it == item || (item == "规范性文件" && it == "行政规范性文件") ||
                                (item == "行政规范性文件" && it == "规范性文件")))
                return &c;
    }
    return nullptr;
}

// A cell that the template column cannot hold (a fraction of a count, a negative count)
// means the row was misread; such a row is left out rather than written invalid.
bool fits_column(std::string_view column, double value) {
    if (value < 0 && !layout::column_may_be_negative(column)) return false;
    if (value != static_cast<double>(static_cast<long long>(value)) && !layout::column_may_be_fractional(column))
        return false;
    return true;
}

// ---- [SECTION] applications table ---------------------------------------------------------

struct RowKey {
    std::u32string_view keyword;
    const char* key;
};
constexpr std::array<RowKey, 27> kRows = {{
    {U"本年新收", "new"},
    {U"上年结转", "carried_over"},
    {U"予以公开", "granted"},
    {U"部分公开", "partially_granted"},
    {U"国家秘密", "denied.state_secret"},
    {U"禁止公开", "denied.prohibited_by_law"},
    {U"三安全一稳定", "denied.three_safety_one_stability"},
    {U"第三方合法权益", "denied.third_party_rights"},
    {U"内部事务", "denied.internal_affairs"},
    {U"过程性信息", "denied.process_information"},
    {U"行政执法案卷", "denied.enforcement_files"},
    {U"行政查询事项", "denied.query_matters"},
    {U"不掌握", "unable.not_held"},
    {U"另行制作", "unable.needs_creation"},
    {U"仍不明确", "unable.unclear_after_correction"},
    {U"信访举报投诉", "not_processed.petition_complaint"},
    {U"重复申请", "not_processed.repeated"},
    {U"公开出版物", "not_processed.publications"},
    {U"大量反复", "not_processed.mass_repeated"},
    {U"确认或重新出具", "not_processed.confirm_or_reissue"},
    {U"逾期不补正", "other.no_correction"},
    {U"缴纳费用", "other.no_fee"},
    {U"其他处理", "other"},
    {U"其他", "other.other"},
    {U"总计", "total"},
    {U"结转下年度", "carried_forward"},
    {U"本年度办理结果", ""},  // a group label
}};

struct RawRow {
    std::string key;
    std::u32string label;
    std::vector<std::optional<double>> numbers;
    std::vector<Span> spans;  // parallel to numbers
};

std::vector<RawRow> read_applications(const std::vector<Cell>& cells) {
    std::vector<RawRow> rows;
    bool started = false;
    RawRow* current = nullptr;
    for (const auto& c : cells) {
        if (c.kind == Cell::Label) {
            const char* key = nullptr;
            for (const auto& r : kRows)
                if (contains(c.text, r.keyword)) { key = r.key; break; }
            // "法人或其他组织", "其他" and "总计" are also column headers: rows start at 本年新收.
            if (key && std::string(key) == "new") started = true;
            if (!started || !key || !*key) {
                current = nullptr;
                continue;
            }
            std::string k = key;
            // 2019: one 其他处理 row; 2021: 其他处理 heads three sub-rows (its "3.其他" row).
            if (k == "other.other") {
                bool after_fee = !rows.empty() && (rows.back().key == "other.no_fee" || rows.back().key == "other.no_correction");
                if (!after_fee) { current = nullptr; continue; }
            }
            rows.push_back({k, c.text, {}, {}});
            current = &rows.back();
            continue;
        }
        if (!current) continue;
        current->numbers.push_back(c.kind == Cell::Blank ? std::nullopt : std::optional<double>(c.value));
        current->spans.push_back({c.start, c.end});
    }
    return rows;
}

// ---- [SECTION] review and litigation table ------------------------------------------------

CaseOutcomes outcomes(const std::vector<std::optional<double>>& n, std::size_t at) {
    CaseOutcomes o;
    o.maintained = n[at];
    o.corrected = n[at + 1];
    o.other = n[at + 2];
    o.pending = n[at + 3];
    o.total = n[at + 4];
    return o;
}

}  // namespace

TableScan read_template_tables(std::u32string_view s, std::vector<Line>& lines, int year) {
    TableScan scan;
    const std::size_t n = lines.size();
    const std::size_t app_row = find_line(s, lines, 0, U"本年新收");
    const std::size_t clause_line = find_line(s, lines, 0, U"第二十条第(");
    if (app_row == n && clause_line == n) return scan;

    TemplateTables tables;
    std::string version;
    bool version_from_headers = false;
    auto note_version = [&](std::u32string_view text) {
        for (std::u32string_view w : {U"本年制发件数", U"本年废止件数", U"现行有效件数", U"本年处理决定数量", U"本年收费金额", U"逾期不补正", U"缴纳费用"})
            if (contains(text, w)) { version = "2021"; version_from_headers = true; return; }
        for (std::u32string_view w : {U"本年新制作数量", U"本年新公开数量", U"对外公开总数量", U"上一年项目数量", U"采购项目数量", U"本年增/减"})
            if (contains(text, w)) { if (version.empty()) version = "2019"; version_from_headers = true; return; }
    };

    // Proactive table: from the first 第二十条 line to the next 一、-style line.
    std::vector<RawProactive> raw_proactive;
    if (clause_line < n) {
        std::size_t end = clause_line + 1;
        while (end < n && !starts_with_l1_marker(line_text(s, lines[end]))) ++end;
        for (std::size_t i = clause_line; i < end; ++i) {
            lines[i].in_table = true;
            note_version(line_text(s, lines[i]));
        }
        raw_proactive = read_proactive(region_cells(s, lines, clause_line, end));
    }

    // Applications table: header lines after its heading, rows up to 结转下年度 and its numbers.
    std::vector<RawRow> raw_rows;
    std::size_t app_end = app_row;
    if (app_row < n) {
        std::size_t start = app_row;
        // Header cells (申请人情况, 自然人, ...) sit between the heading and the first row.
        for (std::size_t back = 0; back < 12 && start > 0; ++back) {
            const auto prev = line_text(s, lines[start - 1]);
            if (contains(prev, U"收到和处理") || (starts_with_l1_marker(prev) && !contains(prev, U"申请人"))) break;
            --start;
        }
        std::size_t fwd = find_line(s, lines, app_row, U"结转下年度");
        if (fwd == n) fwd = app_row;
        app_end = fwd + 1;
        // The last row's numbers may follow on their own lines.
        while (app_end < n) {
            const auto t = trim(line_text(s, lines[app_end]));
            double v = 0;
            if (!(t.empty() || parse_number_cell(t, v) || is_dash(t))) {
                std::vector<Cell> cells;
                line_cells(t, cells);
                bool numbers_only = !cells.empty();
                for (const auto& c : cells) numbers_only = numbers_only && c.kind != Cell::Label;
                if (!numbers_only) break;
            }
            ++app_end;
        }
        for (std::size_t i = start; i < app_end; ++i) {
            lines[i].in_table = true;
            note_version(line_text(s, lines[i]));
        }
        raw_rows = read_applications(region_cells(s, lines, start, app_end));
    }

    // Review and litigation: after a heading naming 行政复议 and 行政诉讼, up to the next 一、-style line.
    std::vector<std::optional<double>> review_numbers;
    std::vector<Span> review_spans;
    bool review_found = false;
    {
        const std::size_t from = app_row < n ? app_end : (clause_line < n ? clause_line : 0);
        for (std::size_t i = from; i < n; ++i) {
            const auto t = line_text(s, lines[i]);
            if (!(contains(t, U"复议") && contains(t, U"诉讼"))) continue;
            if (find_line(s, lines, i, U"结果维持") >= std::min(n, i + 12)) continue;
            std::size_t start = starts_with_l1_marker(t) ? i + 1 : i;
            std::size_t end = start;
            while (end < n && !starts_with_l1_marker(line_text(s, lines[end]))) ++end;
            for (std::size_t k = start; k < end; ++k) lines[k].in_table = true;
            // Only lines holding numbers: header lines have blank cells of their own (merged headers).
            for (std::size_t k = start; k < end; ++k) {
                std::vector<Cell> cells;
                line_cells(line_text(s, lines[k]), cells, lines[k].start);
                bool has_number = false;
                for (const auto& c : cells) has_number = has_number || c.kind == Cell::Number;
                if (!has_number) continue;
                for (const auto& c : cells)
                    if (c.kind != Cell::Label) {
                        review_numbers.push_back(c.kind == Cell::Blank ? std::nullopt : std::optional<double>(c.value));
                        review_spans.push_back({c.start, c.end});
                    }
            }
            review_found = true;
            break;
        }
    }

    if (version.empty()) {
        version = year >= 2021 ? "2021" : "2019";
    }
    // A cell's provenance: its digits, as the report text has them.
    auto note_source = [&](const std::string& pointer, const Span& span) {
        if (span.end <= span.start || span.end > s.size()) return;
        Quote q;
        q.text = u32_to_utf8(s.substr(span.start, span.end - span.start));
        q.start = static_cast<std::int64_t>(span.start);
        q.end = static_cast<std::int64_t>(span.end);
        tables.sources[pointer] = std::move(q);
    };
    scan.version_guessed = !version_from_headers;
    scan.template_version = version;

    for (auto& r : raw_proactive) {
        // The item decides the clause: a damaged or missing clause heading must not file a
        // row under another clause's columns (found by fuzzing: 收费 in 万元 under 20.6).
        const layout::ProactiveClause* layout_clause = clause_of_item(version, r.item);
        if (!layout_clause) {
            scan.warnings.push_back(std::move(
                Message("import.table.item_not_in_template").text("item", r.item).text("template", version)));
            continue;
        }
        if (layout_clause->clause != r.clause) {
            scan.warnings.push_back(std::move(Message("import.table.item_clause")
                                                  .text("item", r.item)
                                                  .text("clause", r.clause)
                                                  .text("read_as", std::string(layout_clause->clause))));
            r.clause = std::string(layout_clause->clause);
        }
        std::vector<std::string_view> cols;
        for (auto c : layout_clause->columns)
            if (!c.empty()) cols.push_back(c);
        std::vector<std::optional<double>> nums = r.numbers;
        if (nums.size() > cols.size()) {
            // Trailing blanks from tab layouts are harmless; anything else is reported.
            while (nums.size() > cols.size() && !nums.back()) nums.pop_back();
        }
        if (nums.size() != cols.size()) {
            scan.warnings.push_back(std::move(Message("import.table.proactive_cells")
                                                  .text("item", r.item)
                                                  .number("found", static_cast<double>(r.numbers.size()))
                                                  .number("expected", static_cast<double>(cols.size()))));
            continue;
        }
        bool fits = true;
        for (std::size_t k = 0; k < cols.size(); ++k)
            if (nums[k] && !fits_column(cols[k], *nums[k])) fits = false;
        if (!fits) {
            scan.warnings.push_back(std::move(Message("import.table.proactive_cell").text("item", r.item)));
            continue;
        }
        ProactiveRow row;
        row.clause = r.clause;
        row.item = r.item;
        // The two templates name the same row differently.
        if (row.item == "规范性文件" || row.item == "行政规范性文件") row.item = version == "2021" ? "行政规范性文件" : "规范性文件";
        const std::string at = "/tables/proactive/" + std::to_string(tables.proactive.size()) + "/";
        for (std::size_t k = 0; k < cols.size(); ++k) {
            if (!nums[k]) continue;
            row.columns[std::string(cols[k])] = *nums[k];
            note_source(at + std::string(cols[k]), r.spans[k]);
        }
        tables.proactive.push_back(std::move(row));
    }

    for (auto& r : raw_rows) {
        std::vector<std::optional<double>> nums = r.numbers;
        while (nums.size() > kApplicationColumns.size() && !nums.back()) nums.pop_back();
        if (nums.empty()) continue;  // a group label such as 三、本年度办理结果
        if (nums.size() != kApplicationColumns.size()) {
            scan.warnings.push_back(std::move(Message("import.table.application_cells")
                                                  .text("row", u32_to_utf8(r.label))
                                                  .number("found", static_cast<double>(nums.size()))));
            continue;
        }
        bool whole = true;
        for (const auto& cell : nums)
            if (cell && !fits_column("", *cell)) whole = false;
        if (!whole) {
            scan.warnings.push_back(std::move(Message("import.table.application_cell").text("row", u32_to_utf8(r.label))));
            continue;
        }
        ApplicationRow row;
        for (std::size_t k = 0; k < row.size(); ++k) row[k] = nums[k];
        std::string key = r.key;
        if (version == "2019" && key.rfind("other.", 0) == 0) key = "other";
        // A row read twice keeps its last reading: no source may outlive its cell.
        for (std::size_t k = 0; k < row.size(); ++k) {
            const std::string pointer = "/tables/applications/" + key + "/" + kApplicationColumns[k];
            tables.sources.erase(pointer);
            if (row[k]) note_source(pointer, r.spans[k]);
        }
        tables.applications[key] = row;
    }

    if (review_found) {
        while (review_numbers.size() > 15 && !review_numbers.back()) review_numbers.pop_back();
        if (review_numbers.size() == 15) {
            tables.review = outcomes(review_numbers, 0);
            tables.litigation_direct = outcomes(review_numbers, 5);
            tables.litigation_after_review = outcomes(review_numbers, 10);
            const char* kinds[] = {"review", "litigation_direct", "litigation_after_review"};
            for (std::size_t k = 0; k < 15; ++k)
                if (review_numbers[k])
                    note_source(std::string("/tables/") + kinds[k / 5] + "/" +
                                    std::string(layout::kCaseOutcomeKeys[k % 5]),
                                review_spans[k]);
        } else {
            scan.warnings.push_back(std::move(
                Message("import.table.review_cells").number("found", static_cast<double>(review_numbers.size()))));
        }
    }
    scan.tables = std::move(tables);
    return scan;
}

}  // namespace gongkai::import_detail
