// figure_rows.cpp — the figures table's model: filtered and sorted rows, the selection,
// the focused figure, and the selection as tab-separated text.
//
// Kept apart from the view so the page API, the shortcuts (Ctrl+A, Ctrl+C), the audit panel
// and the "current view" export all see exactly the rows the table shows.
#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {

namespace {

constexpr const char* kColumnNames[kFigureColumns] = {"area", "topic", "department", "category",
                                                      "value", "unit", "quote"};
constexpr const char* kColumnKeys[kFigureColumns] = {"col.area", "col.topic", "col.department", "col.category",
                                                     "col.value", "col.unit", "col.quote"};

const std::string& text_of(const Figure& f, int column) {
    static const std::string empty;
    switch (column) {
        case kColArea: return f.area;
        case kColTopic: return f.topic;
        case kColDepartment: return f.department;
        case kColCategory: return f.category;
        case kColUnit: return f.unit;
        case kColQuote: return f.quote ? f.quote->text.str() : empty;
        default: return empty;
    }
}

// One TSV cell: tabs and line breaks would split cells and rows in a spreadsheet.
std::string tsv_cell(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    return out;
}

}  // namespace

const char* figure_column_name(int column) {
    return column >= 0 && column < kFigureColumns ? kColumnNames[column] : "";
}
const char* figure_column_key(int column) {
    return column >= 0 && column < kFigureColumns ? kColumnKeys[column] : "";
}

// The table's filter in the core's terms: the same matching as the CLI's filters.
Filter core_filter(const FigureFilter& f) {
    Filter out;
    out.text = f.search;
    out.unit = f.unit;
    if (!f.area.empty()) out.equals.emplace_back(Field::Area, f.area);
    if (!f.topic.empty()) out.equals.emplace_back(Field::Topic, f.topic);
    if (!f.department.empty()) out.equals.emplace_back(Field::Department, f.department);
    if (!f.category.empty()) out.equals.emplace_back(Field::Category, f.category);
    return out;
}

const std::vector<int>& App::view_rows() const {
    const Report* report = current();
    if (!report) {
        rows_.clear();
        return rows_;
    }
    if (rows_generation_ == generation && rows_filter_ == filter_revision && rows_report_ == selected &&
        rows_sort_.column == figure_sort.column && rows_sort_.descending == figure_sort.descending)
        return rows_;
    rows_generation_ = generation;
    rows_filter_ = filter_revision;
    rows_report_ = selected;
    rows_sort_ = figure_sort;
    rows_.clear();
    const Filter f = core_filter(filter);
    for (int i = 0; i < static_cast<int>(report->figures.size()); ++i)
        if (f.matches(*report, report->figures[i])) rows_.push_back(i);
    const int col = figure_sort.column;
    if (col >= 0) {
        const bool desc = figure_sort.descending;
        std::stable_sort(rows_.begin(), rows_.end(), [&](int a, int b) {
            const Figure& fa = report->figures[a];
            const Figure& fb = report->figures[b];
            if (col == kColValue) return desc ? fa.value > fb.value : fa.value < fb.value;
            const std::string& ta = text_of(fa, col);
            const std::string& tb = text_of(fb, col);
            // "Not stated" sorts last in both directions: it is not a value.
            if (ta.empty() != tb.empty()) return tb.empty();
            return desc ? ta > tb : ta < tb;
        });
    }
    return rows_;
}

void App::set_filter(const FigureFilter& f) {
    if (f == filter) return;
    filter = f;
    ++filter_revision;
    // Only rows the table shows stay selected: a hidden selected row would be copied, linked and
    // counted without being seen, and no key or button could reach it to let it go.
    const std::vector<int> shown = view_rows();
    std::vector<std::uint8_t> visible(selected_.size(), 0);
    for (int row : shown)
        if (row >= 0 && row < static_cast<int>(visible.size())) visible[row] = 1;
    for (int i : selection())
        if (!visible[i]) set_selected(i, false);
    model_changed();
}

// The selection belongs to one report: a different report (or a reload) starts afresh.
void App::sync_selection() {
    const Report* report = current();
    const std::size_t n = report ? report->figures.size() : 0;
    if (selection_report_ != selected || selection_generation_ != generation || selected_.size() != n) {
        // A reload of the same report keeps ids but may change indices: start afresh too.
        selected_.assign(n, 0);
        selection_report_ = selected;
        selection_generation_ = generation;
        focused_figure = -1;
        selected_finding = -1;
    }
}

bool App::is_selected(int figure) const {
    return figure >= 0 && figure < static_cast<int>(selected_.size()) && selection_report_ == selected &&
           selection_generation_ == generation && selected_[figure] != 0;
}

void App::set_selected(int figure, bool on) {
    sync_selection();
    if (figure >= 0 && figure < static_cast<int>(selected_.size())) selected_[figure] = on ? 1 : 0;
}

void App::clear_selection() {
    sync_selection();
    std::fill(selected_.begin(), selected_.end(), 0);
    model_changed();
}

void App::select_figures(const std::vector<int>& figures, bool scroll) {
    clear_selection();
    for (int f : figures) set_selected(f, true);
    if (!figures.empty()) focus_figure(figures.front(), scroll);
    scroll_table = scroll;
}

std::vector<int> App::selection() const {
    std::vector<int> out;
    if (selection_report_ != selected || selection_generation_ != generation) return out;
    for (int i = 0; i < static_cast<int>(selected_.size()); ++i)
        if (selected_[i]) out.push_back(i);
    return out;
}

void App::focus_figure(int figure, bool scroll) {
    sync_selection();
    const Report* report = current();
    if (!report || figure < 0 || figure >= static_cast<int>(report->figures.size())) {
        focused_figure = -1;
        return;
    }
    focused_figure = figure;
    if (scroll) scroll_source = true;
    model_changed();
}

std::string App::selection_tsv() const {
    const Report* report = current();
    if (!report) return {};
    std::string out;
    for (int c = 0; c < kFigureColumns; ++c) {
        if (c) out += '\t';
        out += tsv_cell(tr(kColumnKeys[c]));
    }
    out += "\r\n";
    // In the table's order: what the user sees is what they paste.
    for (int row : view_rows()) {
        if (!is_selected(row)) continue;
        const Figure& f = report->figures[row];
        for (int c = 0; c < kFigureColumns; ++c) {
            if (c) out += '\t';
            out += c == kColValue ? display_number(f.value) : tsv_cell(text_of(f, c));
        }
        out += "\r\n";
    }
    return out;
}

std::vector<int> App::current_findings() const {
    std::vector<int> out;
    const Report* report = current();
    if (!report) return out;
    for (int i = 0; i < static_cast<int>(findings.size()); ++i)
        if (finding_involves(findings[i], report->id)) out.push_back(i);
    return out;
}

void App::select_finding(int index) {
    const Report* report = current();
    if (!report || index < 0 || index >= static_cast<int>(findings.size()) || findings[index].report_id != report->id)
        return;
    sync_selection();
    std::vector<int> figures;
    for (const std::string& id : findings[index].figure_ids)
        for (int i = 0; i < static_cast<int>(report->figures.size()); ++i)
            if (report->figures[i].id == id) figures.push_back(i);
    select_figures(figures, true);
    selected_finding = index;
    // A selected figure hidden by the filter would be invisible: show every row again.
    const std::vector<int>& rows = view_rows();
    for (int f : figures)
        if (std::find(rows.begin(), rows.end(), f) == rows.end()) {
            set_filter({});
            break;
        }
}

}  // namespace gongkai::ui
