// key_figures.cpp — a report's headline numbers from its template tables, else its prose.
//
// A table cell is `stated` and points at its cell (with the cell's digits as quote when the
// importer recorded them). A figure the template spreads over numbered sub-rows (不予公开 1–8,
// 无法提供 1–3, 不予处理 1–5, 其他处理 1–3 in 2021) or over two kinds (行政诉讼: 未经复议直接起诉 +
// 复议后起诉) is `derived`: the sum of those cells, with `how` and `cells` saying which. The
// prose (key_figures_prose.cpp) fills what the tables leave out, and where it states a number
// the table also holds and they differ, its number is kept as prose_value.
#include "core/key_figures.hpp"

#include <map>

#include "core/figure_tree.hpp"
#include "core/key_figures_prose.hpp"
#include "core/number_text.hpp"

namespace gongkai {
namespace {

constexpr std::size_t kTotalColumn = 6;  // kApplicationColumns: "total"

struct Labels {
    const char* name;
    const char* zh;
    const char* en;
};
constexpr Labels kLabels[] = {
    {"proactive_total", "主动公开总数", "Published proactively"},
    {"applications_received", "本年新收申请", "Applications received"},
    {"applications_carried_over", "上年结转申请", "Carried over from last year"},
    {"granted", "予以公开", "Granted"},
    {"partially_granted", "部分公开", "Partially granted"},
    {"refused", "不予公开", "Refused"},
    {"unable_to_provide", "无法提供", "Unable to provide"},
    {"not_processed", "不予处理", "Not processed"},
    {"other_handling", "其他处理", "Other handling"},
    {"handled_total", "办理结果总计", "Handled in total"},
    {"carried_forward", "结转下年度", "Carried forward"},
    {"reviews_total", "行政复议", "Administrative reviews"},
    {"lawsuits_total", "行政诉讼", "Lawsuits"},
    {"reviews_maintained", "复议：结果维持", "Reviews: upheld"},
    {"reviews_corrected", "复议：结果纠正", "Reviews: corrected"},
    {"reviews_other", "复议：其他结果", "Reviews: other result"},
    {"reviews_pending", "复议：尚未审结", "Reviews: pending"},
    {"lawsuits_maintained", "诉讼：结果维持", "Lawsuits: upheld"},
    {"lawsuits_corrected", "诉讼：结果纠正", "Lawsuits: corrected"},
    {"lawsuits_other", "诉讼：其他结果", "Lawsuits: other result"},
    {"lawsuits_pending", "诉讼：尚未审结", "Lawsuits: pending"},
    {"fees", "信息处理费", "Information processing fees"},
};

// ---- from the template tables ---------------------------------------------------------------

KeyFigure table_cell(const TemplateTables& t, const std::string& pointer, double value) {
    KeyFigure k;
    k.value = value;
    k.unit = "件";
    k.status = KeyFigureStatus::Stated;
    k.source = KeyFigureSourceKind::Table;
    k.location = pointer;
    if (const Quote* q = t.source_of(pointer)) {
        k.quote = q->text;
        k.quote_start = q->start;
        k.quote_end = q->end;
    }
    return k;
}

// The sum of `cells` (pointer, value); the location is the first cell, `how` says the rest.
KeyFigure table_sum(const TemplateTables& t, const std::vector<std::pair<std::string, double>>& cells,
                    std::string how) {
    KeyFigure k = table_cell(t, cells.front().first, 0);
    double sum = 0;
    for (const auto& [pointer, value] : cells) {
        sum += value;
        k.cells.push_back(pointer);
    }
    k.value = sum;
    k.status = KeyFigureStatus::Derived;
    k.how = std::move(how);
    // A sum has no single quote: the cells carry theirs.
    k.quote.clear();
    k.quote_start.reset();
    k.quote_end.reset();
    return k;
}

std::string row_pointer(const std::string& row, std::size_t column) {
    return "/tables/applications/" + row + "/" + kApplicationColumns[column];
}

void application_row(const TemplateTables& t, const char* row, const char* name, std::map<std::string, KeyFigure>& out) {
    const auto it = t.applications.find(row);
    if (it == t.applications.end() || !it->second[kTotalColumn]) return;
    out[name] = table_cell(t, row_pointer(row, kTotalColumn), *it->second[kTotalColumn]);
}

// A group of numbered sub-rows, column 总计: one stated cell if the group is a single row.
void application_group(const TemplateTables& t, const std::string& prefix, const char* label, const char* name,
                       std::map<std::string, KeyFigure>& out) {
    std::vector<std::pair<std::string, double>> cells;
    for (const auto& [key, row] : t.applications) {
        if (key != prefix && key.rfind(prefix + ".", 0) != 0) continue;
        if (row[kTotalColumn]) cells.emplace_back(row_pointer(key, kTotalColumn), *row[kTotalColumn]);
    }
    if (cells.empty()) return;
    if (cells.size() == 1 && cells.front().first == row_pointer(prefix, kTotalColumn)) {
        out[name] = table_cell(t, cells.front().first, cells.front().second);
        return;
    }
    out[name] = table_sum(t, cells,
                          "sum of the " + std::to_string(cells.size()) + " rows " + prefix + ".* (" + label +
                              "), column total (总计)");
}

std::optional<double> CaseOutcomes::*const kOutcomeCells[] = {&CaseOutcomes::maintained, &CaseOutcomes::corrected,
                                                               &CaseOutcomes::other, &CaseOutcomes::pending,
                                                               &CaseOutcomes::total};
constexpr const char* kOutcomeKeys[] = {"maintained", "corrected", "other", "pending", "total"};

void cases(const TemplateTables& t, std::map<std::string, KeyFigure>& out) {
    for (std::size_t k = 0; k < 5; ++k) {
        const std::string suffix = k == 4 ? "total" : kOutcomeKeys[k];
        if (t.review && (*t.review).*kOutcomeCells[k])
            out["reviews_" + suffix] =
                table_cell(t, std::string("/tables/review/") + kOutcomeKeys[k], *((*t.review).*kOutcomeCells[k]));
        // Lawsuits: the template gives two kinds and no overall figure.
        std::vector<std::pair<std::string, double>> cells;
        if (t.litigation_direct && (*t.litigation_direct).*kOutcomeCells[k])
            cells.emplace_back(std::string("/tables/litigation_direct/") + kOutcomeKeys[k],
                               *((*t.litigation_direct).*kOutcomeCells[k]));
        if (t.litigation_after_review && (*t.litigation_after_review).*kOutcomeCells[k])
            cells.emplace_back(std::string("/tables/litigation_after_review/") + kOutcomeKeys[k],
                               *((*t.litigation_after_review).*kOutcomeCells[k]));
        if (!cells.empty())
            out["lawsuits_" + suffix] =
                table_sum(t, cells,
                          cells.size() == 2 ? std::string("未经复议直接起诉 + 复议后起诉, column ") + kOutcomeKeys[k]
                                            : "only " + cells.front().first + " is stated");
    }
}

std::map<std::string, KeyFigure> from_tables(const TemplateTables& t) {
    std::map<std::string, KeyFigure> out;
    application_row(t, "new", "applications_received", out);
    application_row(t, "carried_over", "applications_carried_over", out);
    application_row(t, "granted", "granted", out);
    application_row(t, "partially_granted", "partially_granted", out);
    application_group(t, "denied", "三（三）不予公开", "refused", out);
    application_group(t, "unable", "三（四）无法提供", "unable_to_provide", out);
    application_group(t, "not_processed", "三（五）不予处理", "not_processed", out);
    application_group(t, "other", "三（六）其他处理", "other_handling", out);
    application_row(t, "total", "handled_total", out);
    application_row(t, "carried_forward", "carried_forward", out);
    cases(t, out);
    return out;
}

}  // namespace

const char* key_figure_status_name(KeyFigureStatus s) {
    switch (s) {
        case KeyFigureStatus::Stated: return "stated";
        case KeyFigureStatus::StatedInWords: return "stated_in_words";
        case KeyFigureStatus::Derived: return "derived";
        case KeyFigureStatus::Cumulative: return "cumulative";
        case KeyFigureStatus::Absent: return "absent";
    }
    return "absent";
}

std::optional<KeyFigureStatus> parse_key_figure_status(std::string_view name) {
    for (auto s : {KeyFigureStatus::Stated, KeyFigureStatus::StatedInWords, KeyFigureStatus::Derived,
                   KeyFigureStatus::Cumulative, KeyFigureStatus::Absent})
        if (name == key_figure_status_name(s)) return s;
    return std::nullopt;
}

const char* key_figure_source_name(KeyFigureSourceKind k) {
    switch (k) {
        case KeyFigureSourceKind::None: return "none";
        case KeyFigureSourceKind::Table: return "table";
        case KeyFigureSourceKind::Prose: return "prose";
    }
    return "none";
}

const char* key_figure_label_zh(std::string_view name) {
    for (const auto& l : kLabels)
        if (name == l.name) return l.zh;
    return "";
}

const char* key_figure_label_en(std::string_view name) {
    for (const auto& l : kLabels)
        if (name == l.name) return l.en;
    return "";
}

const KeyFigure* KeyFigures::find(std::string_view name) const {
    for (const auto& f : figures)
        if (f.name == name) return &f;
    return nullptr;
}

KeyFigures key_figures(const Report& report) {
    const bool has_tables = report.tables.has_value();
    std::map<std::string, KeyFigure> table;
    if (has_tables) table = from_tables(*report.tables);
    // With tables the table's cells win; the prose is still read, so that a sentence restating a
    // cell with another number is kept (prose_value) for the audit.
    const bool application_table = has_tables && !report.tables->applications.empty();
    const bool case_table = has_tables && (report.tables->review || report.tables->litigation_direct ||
                                           report.tables->litigation_after_review);
    std::map<std::string, KeyFigure> prose = detail::key_figures_from_prose(report);

    KeyFigures result;
    for (const char* name : kKeyFigureNames) {
        KeyFigure k;
        const auto t = table.find(name);
        const auto p = prose.find(name);
        const bool case_name = std::string_view(name).rfind("reviews_", 0) == 0 ||
                               std::string_view(name).rfind("lawsuits_", 0) == 0;
        const bool prose_allowed = p != prose.end() &&
                                   (std::string_view(name) == "proactive_total" ||
                                    std::string_view(name) == "applications_received" || std::string_view(name) == "fees" ||
                                    (case_name ? !case_table : !application_table));
        if (t != table.end()) {
            k = t->second;
            // The prose restating a cell: kept when it says something else.
            if (p != prose.end() && p->second.status != KeyFigureStatus::Cumulative && p->second.value &&
                !detail::nearly_equal(*p->second.value, *k.value)) {
                k.prose_value = p->second.value;
                k.prose_figure_id = p->second.figure_id;
                k.prose_quote = p->second.quote;
                k.prose_quote_start = p->second.quote_start;
                k.prose_quote_end = p->second.quote_end;
            }
        } else if (prose_allowed) {
            k = p->second;
        }
        k.name = name;
        result.figures.push_back(std::move(k));
    }
    return result;
}

}  // namespace gongkai
