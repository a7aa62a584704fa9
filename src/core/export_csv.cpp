// export_csv.cpp — figures and aggregations as CSV that Excel opens correctly and safely.
//
// UTF-8 with a BOM (without it Excel reads Chinese as the ANSI code page), CRLF line ends and
// RFC 4180 quoting. Text from reports goes through csv_cell, which also neutralises formula
// injection (OWASP): a cell starting with = + - @ TAB or CR gets a leading apostrophe, so a
// report cannot make a spreadsheet run =HYPERLINK(...) or =cmd|... . That includes text such as
// "-3": text cells are text. Numbers Gongkai writes itself (values, offsets, totals) are
// formatted by us and written unprefixed, so they stay numbers in the spreadsheet.
#include <cstdint>

#include "core/export.hpp"
#include "core/number_text.hpp"

namespace gongkai {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kEol = "\r\n";

// A cell for a number we formatted ourselves: never prefixed, never needs quotes.
std::string number_cell(double value) { return detail::format_number(value); }

void add_row(std::string& out, std::initializer_list<std::string_view> cells) {
    bool first = true;
    for (std::string_view cell : cells) {
        if (!first) out += ',';
        out += cell;
        first = false;
    }
    out += kEol;
}

}  // namespace

std::string csv_cell(std::string_view text) {
    std::string cell;
    cell.reserve(text.size() + 3);
    if (!text.empty()) {
        const char c = text.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') cell += '\'';
    }
    bool needs_quotes = false;
    for (char c : text) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') needs_quotes = true;
        if (c == '"') cell += '"';
        cell += c;
    }
    if (needs_quotes) cell = '"' + cell + '"';
    return cell;
}

std::string figures_csv(const std::vector<Report>& reports, const Filter& filter, Language header) {
    return figures_csv(reports, filter, header == Language::Chinese ? CsvHeader::Chinese : CsvHeader::Machine);
}

std::string figures_csv(const std::vector<Report>& reports, const Filter& filter, CsvHeader header) {
    std::string out(kBom);
    if (header == CsvHeader::Chinese)
        add_row(out, {"报告编号", "地区", "年度", "数据编号", "领域", "主题", "部门", "类别", "数值", "单位", "计量",
                      "所属总数", "分项", "占比对象", "限定词", "原文", "原文起点", "原文终点", "存疑"});
    else if (header == CsvHeader::English)
        add_row(out, {"Report id", "Region", "Year", "Figure id", "Area", "Topic", "Department", "Category", "Value",
                      "Unit", "Measure", "Part of", "Breakdown", "Share of", "Qualifier", "Quote", "Quote start",
                      "Quote end", "Unsure"});
    else
        add_row(out, {"report_id", "region", "year", "figure_id", "area", "topic", "department", "category",
                      "value", "unit", "measure", "parent", "breakdown", "share_of", "qualifier", "quote",
                      "quote_start", "quote_end", "unsure"});
    for (const Report& report : reports) {
        const std::string report_id = csv_cell(report.id);
        const std::string region = csv_cell(report.meta.region.name);
        const std::string year = report.meta.year ? std::to_string(*report.meta.year) : std::string();
        for (const Figure& f : report.figures) {
            if (!filter.matches(report, f)) continue;
            const bool q = f.quote.has_value();
            add_row(out, {report_id, region, year, csv_cell(f.id), csv_cell(f.area), csv_cell(f.topic),
                          csv_cell(f.department), csv_cell(f.category), number_cell(f.value),
                          csv_cell(f.unit), csv_cell(f.measure), csv_cell(f.parent), csv_cell(f.breakdown),
                          csv_cell(f.share_of), csv_cell(f.qualifier), q ? csv_cell(f.quote->text) : "",
                          q && f.quote->start ? std::to_string(*f.quote->start) : "",
                          q && f.quote->end ? std::to_string(*f.quote->end) : "",
                          f.unsure ? "true" : "false"});
        }
    }
    return out;
}

std::string groups_csv(const std::vector<Group>& groups, const std::vector<Field>& by) {
    std::string out(kBom);
    for (Field field : by) {
        out += field_name(field);
        out += ',';
    }
    out += "unit,total,figures";
    out += kEol;
    for (const Group& g : groups) {
        for (std::size_t k = 0; k < by.size(); ++k) {
            out += k < g.keys.size() ? csv_cell(g.keys[k]) : std::string();
            out += ',';
        }
        out += csv_cell(g.unit);
        out += ',';
        out += number_cell(g.total);
        out += ',';
        out += std::to_string(g.figures);
        out += kEol;
    }
    return out;
}

}  // namespace gongkai
