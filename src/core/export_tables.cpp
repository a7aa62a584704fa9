// export_tables.cpp — the template-table cells and the key figures as CSV and JSON, in long
// format (one row per report and cell, or per report and key figure), with their sources.
// The same CSV conventions as export_csv.cpp: BOM, CRLF, csv_cell for every text.
#include <nlohmann/json.hpp>

#include "core/export.hpp"
#include "core/key_figures.hpp"
#include "core/number_text.hpp"
#include "core/table_cells.hpp"

namespace gongkai {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kEol = "\r\n";

void add_row(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        out += cells[i];
    }
    out += kEol;
}

std::string year_of(const Report& r) { return r.meta.year ? std::to_string(*r.meta.year) : std::string(); }
std::string offset(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string(); }

using ojson = nlohmann::ordered_json;

ojson number_json(double v) {
    if (v == static_cast<double>(static_cast<long long>(v))) return static_cast<long long>(v);
    return v;
}

std::string dump(const ojson& o) { return o.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n"; }

}  // namespace

std::string cells_csv(const std::vector<Report>& reports) {
    std::string out(kBom);
    add_row(out, {"report_id", "region", "year", "template", "table", "clause", "row", "column", "row_label",
                  "column_label", "value", "unit", "location", "quote", "quote_start", "quote_end"});
    for (const Report& r : reports) {
        for (const TableCell& c : table_cells(r)) {
            add_row(out, {csv_cell(r.id), csv_cell(r.meta.region.name), year_of(r), csv_cell(r.meta.template_version),
                          c.table, c.clause, csv_cell(c.row), c.column, csv_cell(c.row_zh), csv_cell(c.column_zh),
                          detail::format_number(c.value), c.unit,
                          csv_cell(c.location), c.source ? csv_cell(c.source->text) : "",
                          c.source ? offset(c.source->start) : "", c.source ? offset(c.source->end) : ""});
        }
    }
    return out;
}

std::string key_figures_csv(const std::vector<Report>& reports) {
    std::string out(kBom);
    add_row(out, {"report", "title", "region", "year", "key_figure", "label", "value", "unit", "status", "source",
                  "location", "how", "quote", "prose_value"});
    for (const Report& r : reports) {
        const KeyFigures all = key_figures(r);
        for (const KeyFigure& k : all.figures) {
            add_row(out, {csv_cell(r.id), csv_cell(r.meta.title), csv_cell(r.meta.region.name), year_of(r), k.name,
                          key_figure_label_zh(k.name), k.value ? detail::format_number(*k.value) : "",
                          csv_cell(k.unit), key_figure_status_name(k.status), key_figure_source_name(k.source),
                          csv_cell(k.location), csv_cell(k.how), csv_cell(k.quote),
                          k.prose_value ? detail::format_number(*k.prose_value) : ""});
        }
    }
    return out;
}

std::string cells_json(const std::vector<Report>& reports) {
    ojson cells = ojson::array();
    for (const Report& r : reports) {
        for (const TableCell& c : table_cells(r)) {
            ojson o;
            o["report"] = r.id;
            o["table"] = c.table;
            if (!c.clause.empty()) o["clause"] = c.clause;
            o["row"] = c.row;
            o["column"] = c.column;
            o["row_label"] = c.row_zh;
            o["column_label"] = c.column_zh;
            o["value"] = number_json(c.value);
            o["unit"] = c.unit;
            o["location"] = c.location;
            if (c.source) {
                o["quote"] = c.source->text.str();
                if (c.source->start && c.source->end) {
                    o["quote_start"] = *c.source->start;
                    o["quote_end"] = *c.source->end;
                }
            }
            cells.push_back(std::move(o));
        }
    }
    ojson out;
    out["cells"] = std::move(cells);
    return dump(out);
}

std::string key_figures_json(const std::vector<Report>& reports) {
    ojson list = ojson::array();
    for (const Report& r : reports) {
        ojson one;
        one["id"] = r.id;
        one["title"] = r.meta.title;
        one["region"] = r.meta.region.name;
        one["year"] = r.meta.year ? ojson(*r.meta.year) : ojson(nullptr);
        ojson figures = ojson::object();
        const KeyFigures all = key_figures(r);
        for (const KeyFigure& k : all.figures) {
            ojson o;
            o["value"] = k.value ? number_json(*k.value) : ojson(nullptr);
            o["status"] = key_figure_status_name(k.status);
            o["source"] = key_figure_source_name(k.source);
            o["quote"] = k.quote.empty() ? ojson(nullptr) : ojson(k.quote);
            if (!k.unit.empty()) o["unit"] = k.unit;
            if (!k.location.empty()) o["location"] = k.location;
            if (!k.figure_id.empty()) o["figure_id"] = k.figure_id;
            if (k.quote_start && k.quote_end) {
                o["quote_start"] = *k.quote_start;
                o["quote_end"] = *k.quote_end;
            }
            if (!k.how.empty()) o["how"] = k.how;
            if (!k.cells.empty()) o["cells"] = k.cells;
            if (k.prose_value) {
                o["prose_value"] = number_json(*k.prose_value);
                if (!k.prose_figure_id.empty()) o["prose_figure_id"] = k.prose_figure_id;
                if (!k.prose_quote.empty()) o["prose_quote"] = k.prose_quote;
            }
            figures[k.name] = std::move(o);
        }
        one["key_figures"] = std::move(figures);
        list.push_back(std::move(one));
    }
    ojson out;
    out["reports"] = std::move(list);
    return dump(out);
}

}  // namespace gongkai
