// template_tables_mirror.cpp — the template tables as real HTML <table>s for screen readers
// (section #a11y-template-tables: one table per printed table, the template's header cells
// spanning their columns, each row headed by its printed label), and the comparison when
// one is open. Rebuilt only when the report, its findings, the comparison or the language change.
#include <string>
#include <vector>

#include "core/template_layout.hpp"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/template_tables_view.hpp"

namespace gongkai::ui {
namespace {

using platform::AccessibleCell;
using platform::AccessibleTable;

AccessibleCell head(std::string text, int colspan = 1, int rowspan = 1) {
    AccessibleCell c;
    c.text = std::move(text);
    c.colspan = colspan;
    c.rowspan = rowspan;
    return c;
}

// A body cell: its value ("" when blank, "—" when the report lacks it), with its pointer.
AccessibleCell value(const std::optional<TemplateCell>& cell) {
    AccessibleCell c;
    if (!cell) {
        c.text = "—";
        return c;
    }
    c.text = cell->value ? display_number(*cell->value) : "";
    c.pointer = cell->pointer;
    return c;
}

std::optional<TemplateCell> find(const std::vector<TemplateCell>& cells, const std::string& pointer) {
    for (const TemplateCell& c : cells)
        if (c.pointer == pointer) return c;
    return std::nullopt;
}

const char* missing_note(const Report& report, const char* heading_in_text) {
    return tr(report.text.find(heading_in_text) != std::string::npos ? "tables.images" : "tables.table_absent");
}

AccessibleTable proactive(const Report& report, const std::vector<TemplateCell>& cells, std::string_view version) {
    AccessibleTable t;
    t.id = "proactive";
    t.caption = lang_label(template_table_title(TemplateTableId::Proactive));
    if (report.tables->proactive.empty()) {
        t.note = missing_note(report, "主动公开政府信息情况");
        return t;
    }
    // One body per clause would lose the row headers' scope: the clause heading is a row of its own.
    t.head.push_back({head(tr("tables.item")), head(tr("tables.values"), 3)});
    for (const ProactiveBlock& block : proactive_blocks(version)) {
        std::vector<AccessibleCell> heading{head(lang_label(block.heading))};
        for (const LayoutColumn& c : block.columns) heading.push_back(head(lang_label(c.label)));
        while (heading.size() < 4) heading.push_back(head(""));
        t.body.push_back(std::move(heading));
        for (std::string_view item : block.items) {
            int at = -1;
            for (int i = 0; i < static_cast<int>(report.tables->proactive.size()); ++i)
                if (report.tables->proactive[i].clause == block.clause && report.tables->proactive[i].item == item) at = i;
            std::vector<AccessibleCell> row{head(language() == Language::Chinese ? std::string(item)
                                                                                : std::string(proactive_item_english(item)))};
            for (const LayoutColumn& c : block.columns)
                row.push_back(value(at < 0 ? std::nullopt
                                           : find(cells, "/tables/proactive/" + std::to_string(at) + "/" + std::string(c.key))));
            while (row.size() < 4) row.push_back(head(""));
            t.body.push_back(std::move(row));
        }
    }
    return t;
}

AccessibleTable applications(const Report& report, const std::vector<TemplateCell>& cells, std::string_view version) {
    AccessibleTable t;
    t.id = "applications";
    t.caption = lang_label(template_table_title(TemplateTableId::Applications));
    if (report.tables->applications.empty()) {
        t.note = missing_note(report, "收到和处理政府信息公开申请情况");
        return t;
    }
    const auto columns = application_columns();
    t.head.push_back({head("", 1, 3), head(lang_label(application_columns_heading()), 7)});
    t.head.push_back({head(lang_label(columns[0].label), 1, 2), head(lang_label(columns[1].group), 5),
                      head(lang_label(columns[6].label), 1, 2)});
    std::vector<AccessibleCell> third;
    for (int c = 1; c <= 5; ++c) third.push_back(head(lang_label(columns[c].label)));
    t.head.push_back(std::move(third));
    for (const ApplicationRowLayout& row : application_row_layout(version)) {
        // Each row is headed by its full label (三（三）不予公开 1.属于国家秘密): read alone, a
        // numbered sub-row must still say which group it belongs to.
        if (row.key.empty()) continue;
        std::vector<AccessibleCell> r{head(lang_label(row.full))};
        const bool present = report.tables->applications.count(std::string(row.key)) > 0;
        for (const LayoutColumn& c : columns)
            r.push_back(value(present ? find(cells, "/tables/applications/" + std::string(row.key) + "/" + std::string(c.key))
                                      : std::nullopt));
        t.body.push_back(std::move(r));
    }
    return t;
}

AccessibleTable cases(const Report& report, const std::vector<TemplateCell>& cells) {
    AccessibleTable t;
    t.id = "cases";
    t.caption = lang_label(template_table_title(TemplateTableId::Cases));
    const TemplateTables& tt = *report.tables;
    if (!tt.review && !tt.litigation_direct && !tt.litigation_after_review) {
        t.note = missing_note(report, "行政复议、行政诉讼");
        return t;
    }
    // Transposed for reading (a row per kind of case, a column per result): the printed
    // two-level header (行政复议 | 行政诉讼: 未经复议直接起诉, 复议后起诉) becomes row headers.
    std::vector<AccessibleCell> header{head("")};
    for (const LayoutColumn& r : case_columns()) header.push_back(head(lang_label(r.label)));
    t.head.push_back(std::move(header));
    for (const CaseBlock& block : case_blocks()) {
        std::string label = lang_label(block.label);
        if (block.group.zh.size()) label = std::string(lang_label(block.group)) + " " + label;
        std::vector<AccessibleCell> row{head(label)};
        for (const LayoutColumn& r : case_columns())
            row.push_back(value(find(cells, "/tables/" + std::string(block.key) + "/" + std::string(r.key))));
        t.body.push_back(std::move(row));
    }
    return t;
}

AccessibleTable comparison(App& app, const Report& report) {
    AccessibleTable t;
    t.id = "compare";
    t.caption = tr("tables.compare.caption");
    const std::vector<const Report*> reports = compared_reports(app, report);
    const bool zh = language() == Language::Chinese;
    std::vector<AccessibleCell> header{head(tr("tables.row")), head(tr("tables.column")),
                                       head(compare_report_name(*reports[0]))};
    for (std::size_t r = 1; r < reports.size(); ++r) {
        header.push_back(head(compare_report_name(*reports[r])));
        header.push_back(head(tr("tables.compare.diff")));
        header.push_back(head(tr("tables.compare.change")));
    }
    t.head.push_back(std::move(header));
    for (const CellComparison& c : compared_cells(app, reports)) {
        std::vector<AccessibleCell> row{head(zh ? c.row_zh : c.row_en), head(zh ? c.column_zh : c.column_en)};
        for (std::size_t r = 0; r < reports.size(); ++r) {
            AccessibleCell v = head(c.values[r] ? display_number(*c.values[r]) : "—");
            v.pointer = c.pointers[r];
            row.push_back(std::move(v));
            if (r == 0) continue;
            row.push_back(head(compare_difference_text(c.values[0], c.values[r])));
            row.push_back(head(compare_percent_text(c.values[0], c.values[r])));
        }
        t.body.push_back(std::move(row));
    }
    return t;
}

}  // namespace

void update_tables_mirror(App& app) {
    // Template cells and findings on cells are the deferred code's: the mirror follows it.
    if (!platform::all_code_loaded()) return;
    const Report* r = app.current();
    // Everything the mirror shows, as a short signature compared once per frame.
    std::string signature = std::to_string(app.generation) + '/' + std::to_string(app.selected) + '/' +
                            language_code(language()) + '/' + std::to_string(app.findings.size()) + '/' +
                            std::to_string(app.tables.compare_column) + (app.tables.only_differences ? "d" : "a") +
                            std::to_string(app.tables.compare_table);
    for (const std::string& id : app.tables.compare) signature += '/' + id;
    static std::string last;
    if (signature == last) return;
    last = signature;

    std::string caption = tr("tab.tables");
    std::string note;
    std::vector<AccessibleTable> tables;
    if (!r) {
        note = tr("status.no_reports");
    } else {
        caption += std::string(" — ") + (r->meta.title.empty() ? r->id : r->meta.title);
        if (!r->tables) {
            const char* why = missing_tables_key(*r);
            note = tr(*why ? why : "tables.narrative");
        } else {
            const std::vector<TemplateCell> cells = template_cells(*r);
            const std::string_view version = template_layout_version(*r);
            tables.push_back(proactive(*r, cells, version));
            tables.push_back(applications(*r, cells, version));
            tables.push_back(cases(*r, cells));
            if (compared_reports(app, *r).size() >= 2) tables.push_back(comparison(app, *r));
        }
    }
    platform::set_accessible_tables("template-tables", caption, note, tables);
}

}  // namespace gongkai::ui
