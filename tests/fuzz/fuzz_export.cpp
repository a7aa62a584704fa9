// fuzz_export.cpp — everything the app does after loading, on whatever loads: audit, counts by
// every field, chart data, CSV (figures, template cells, key figures), Markdown, HTML and SVG
// exports and download names.
//
// Checks what makes exports safe to open: every CSV text cell that starts with = + - @ TAB or CR
// is neutralised (a leading apostrophe, inside or outside quotes), quoting is balanced (RFC 4180);
// the HTML summary and the SVG charts contain only the tags Gongkai writes (report text never
// becomes markup); a download name has no path separator, reserved character or control
// character, no leading dot, and at most 200 bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/aggregate.hpp"
#include "core/audit.hpp"
#include "core/chart_data.hpp"
#include "core/chart_svg.hpp"
#include "core/export.hpp"
#include "core/load.hpp"
#include "fuzz_check.hpp"

namespace {

// Splits RFC 4180 CSV into cells (row structure is not needed); fails on unbalanced quotes.
// `quoted` says whether the cell was written in quotes.
struct Cell {
    std::string text;
    bool quoted = false;
};

std::vector<Cell> csv_cells(std::string_view csv) {
    std::vector<Cell> cells;
    std::size_t i = 0;
    while (i <= csv.size()) {
        Cell cell;
        if (i < csv.size() && csv[i] == '"') {
            cell.quoted = true;
            ++i;
            for (;;) {
                FUZZ_CHECK(i < csv.size(), "unterminated quoted CSV cell");
                if (csv[i] == '"') {
                    if (i + 1 < csv.size() && csv[i + 1] == '"') {
                        cell.text += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell.text += csv[i++];
            }
            FUZZ_CHECK(i == csv.size() || csv[i] == ',' || csv[i] == '\r', "text after a closing quote in CSV");
        } else {
            while (i < csv.size() && csv[i] != ',' && csv[i] != '\r') {
                FUZZ_CHECK(csv[i] != '"' && csv[i] != '\n', "a quote or line break in an unquoted CSV cell");
                cell.text += csv[i++];
            }
        }
        cells.push_back(std::move(cell));
        if (i >= csv.size()) break;
        if (csv[i] == '\r') {
            FUZZ_CHECK(i + 1 < csv.size() && csv[i + 1] == '\n', "CR without LF between CSV rows");
            i += 2;
            if (i == csv.size()) break;
        } else {
            ++i;  // ','
        }
    }
    return cells;
}

// A number Gongkai formats itself (values, offsets, totals): -?D+(.D+)?(e[+-]?D+)? — never a formula.
bool is_our_number(std::string_view s) {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t from = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i > from;
    };
    if (i < s.size() && s[i] == '-') ++i;
    if (!digits()) return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits()) return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (!digits()) return false;
    }
    return i == s.size();
}

void check_csv(std::string_view csv) {
    if (csv.substr(0, 3) == "\xEF\xBB\xBF") csv.remove_prefix(3);
    for (const Cell& cell : csv_cells(csv)) {
        if (cell.text.empty()) continue;
        const char c = cell.text.front();
        const bool dangerous = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        FUZZ_CHECK(!dangerous || is_our_number(cell.text), "CSV cell not neutralised: " + cell.text);
    }
}

// Every "<name" in `doc` (HTML or SVG) is one of the tags the exporter writes itself; a report
// string that reached the output unescaped would show up as another tag, or as "<!" / "<?".
void check_markup(std::string_view doc, std::initializer_list<std::string_view> allowed, const char* what) {
    for (std::size_t at = doc.find('<'); at != std::string_view::npos; at = doc.find('<', at + 1)) {
        std::size_t i = at + 1;
        if (i < doc.size() && doc[i] == '/') ++i;
        if (doc.substr(at, 9) == "<!doctype" || doc.substr(at, 9) == "<!DOCTYPE" || doc.substr(at, 5) == "<?xml") continue;
        std::size_t j = i;
        while (j < doc.size() && ((doc[j] >= 'a' && doc[j] <= 'z') || (doc[j] >= '0' && doc[j] <= '9'))) ++j;
        const std::string_view name = doc.substr(i, j - i);
        bool known = false;
        for (std::string_view a : allowed) known = known || a == name;
        FUZZ_CHECK(known && j < doc.size() && (doc[j] == '>' || doc[j] == ' ' || doc[j] == '/' || doc[j] == '\n'),
                   std::string(what) + ": unexpected markup at byte " + std::to_string(at) + ": " +
                       std::string(doc.substr(at, 60)));
    }
}

void check_file_name(const std::string& name) {
    FUZZ_CHECK(!name.empty() && name.size() <= 200, "download name empty or too long: " + name);
    FUZZ_CHECK(name.front() != '.', "download name starts with a dot: " + name);
    for (char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        FUZZ_CHECK(c >= 0x20 && c != 0x7F && std::string_view("/\\:*?\"<>|").find(ch) == std::string_view::npos,
                   "unsafe character in download name: " + name);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace gongkai;
    const LoadResult loaded = load_json(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (loaded.reports.empty()) return 0;
    const std::vector<Finding> findings = audit(loaded.reports);

    check_csv(figures_csv(loaded.reports));
    for (Field f : {Field::Area, Field::Topic, Field::Department, Field::Category, Field::Unit, Field::Measure,
                    Field::Region, Field::Year, Field::Report}) {
        const std::vector<Field> by{f};
        check_csv(groups_csv(aggregate(loaded.reports, by), by));
    }
    const std::vector<Field> two{Field::Area, Field::Department};
    check_csv(groups_csv(aggregate(loaded.reports, two), two));
    check_csv(cells_csv(loaded.reports));
    check_csv(key_figures_csv(loaded.reports));

    for (const Report& report : loaded.reports) {
        std::vector<Finding> own;
        for (const auto& finding : findings)
            if (finding.report_id == report.id) own.push_back(finding);
        const std::string markdown = summary_markdown(report, own);
        FUZZ_CHECK(!markdown.empty(), "empty Markdown summary");
        check_markup(summary_html(report, own),
                     {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "table", "thead", "tbody", "tfoot",
                      "tr", "th", "td", "ul", "li", "q", "br", "footer"},
                     "HTML summary");
        ChartTexts texts;
        texts.title = report.meta.title;
        texts.subtitle = report.meta.issuer;
        const std::initializer_list<std::string_view> svg_tags = {"svg", "title", "desc", "g", "rect", "text", "line",
                                                                  "circle", "path"};
        check_markup(chart_svg(bar_chart(report, Field::Area, "published", {}, texts)).svg, svg_tags, "bar chart SVG");
        check_markup(chart_svg(stacked_chart(report, Field::Area, Field::Department, "published", 6, texts)).svg, svg_tags,
                     "stacked chart SVG");
        check_markup(chart_svg(treemap_chart(report, "published", texts)).svg, svg_tags, "treemap SVG");
        for (const BreakdownChoice& choice : breakdown_choices(report))
            check_markup(chart_svg(donut_chart(report, choice, texts)).svg, svg_tags, "donut SVG");
        check_file_name(export_file_name(&report, "figures", "csv"));
        check_file_name(export_file_name(&report, report.meta.title, report.id));
    }
    check_file_name(export_file_name(nullptr, "figures", "csv"));
    std::vector<const Report*> all;
    for (const Report& report : loaded.reports) all.push_back(&report);
    check_markup(chart_svg(compare_chart(all, Field::Area, "published", ChartTexts{})).svg,
                 {"svg", "title", "desc", "g", "rect", "text", "line", "circle", "path"}, "compare chart SVG");
    return 0;
}
