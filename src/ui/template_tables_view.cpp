// template_tables_view.cpp — the Tables tab (表格): tables 二, 三 and 四 of the 2019/2021
// templates laid out as the template prints them, every cell selectable (its source in the
// details and source panels), cells involved in an audit finding highlighted.
//
// [SECTION] Focus: a cell or a key figure in the details and source panels
// [SECTION] Drawing helpers: spanning header cells, one cell
// [SECTION] Tables 二, 三, 四
// [SECTION] The tab
//
// ImGui tables have no colspan: a header cell spanning columns is drawn as one label centred
// over its columns (clipped to them), the way the template merges its header cells.
#include "ui/template_tables_view.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/finding_cells.hpp"
#include "core/template_layout.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // ImGuiTable::InnerClipRect (spanning header cells)
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {

// ============================================================================
// [SECTION] Focus: a cell or a key figure in the details and source panels
// ============================================================================

const char* lang_label(const LayoutLabel& l) {
    // LayoutLabel's views point into string literals: their data is NUL-terminated.
    const std::string_view s = language() == Language::Chinese ? l.zh : l.en;
    return s.data() ? s.data() : "";
}

const Quote* cell_quote(const Report& report, const std::string& pointer) {
    return report.tables ? report.tables->source_of(pointer) : nullptr;
}

void focus_cell(App& app, std::string pointer) {
    const Report* r = app.current();
    if (!r) return;
    app.tables.cell = std::move(pointer);
    app.tables.key_figure.clear();
    app.tables.focus_report = r->id;
    app.scroll_source = true;
    model_changed();
}

void focus_key_figure(App& app, std::string name) {
    const Report* r = app.current();
    if (!r) return;
    app.tables.key_figure = std::move(name);
    app.tables.cell.clear();
    app.tables.focus_report = r->id;
    app.scroll_source = true;
    model_changed();
}

void clear_table_focus(App& app) {
    app.tables.cell.clear();
    app.tables.key_figure.clear();
}

namespace {

bool focus_is_current(const App& app) {
    const Report* r = app.current();
    return r && app.tables.focus_report == r->id && (!app.tables.cell.empty() || !app.tables.key_figure.empty());
}

// Code points of a quote: its offsets, else the first place its words occur in the text.
bool quote_offsets(const Report& r, const std::string& words, const std::optional<std::int64_t>& start,
                   const std::optional<std::int64_t>& end, std::int64_t& begin, std::int64_t& finish) {
    if (start && end && *start < *end) {
        begin = *start;
        finish = *end;
        return true;
    }
    if (words.empty()) return false;
    const std::size_t at = r.text.find(words);
    if (at == std::string::npos) return false;
    std::int64_t cp = 0, n = 0;
    for (std::size_t i = 0; i < at; ++i) cp += (static_cast<unsigned char>(r.text[i]) & 0xC0) != 0x80;
    for (char c : words) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    begin = cp;
    finish = cp + n;
    return true;
}

// The current report's audit findings by the cells they involve (core/finding_cells.hpp): a
// finding's own location comes first in its list of cells. Rebuilt when the reports change.
struct CellFindings {
    std::unordered_map<std::string, std::vector<int>> located;   // findings located on the cell
    std::unordered_map<std::string, std::vector<int>> involved;  // findings whose identity includes it
};

const CellFindings& cell_findings(const App& app) {
    static CellFindings cache;
    static std::uint64_t generation = ~0ull;
    static int selected = -2;
    static std::size_t count = ~std::size_t{0};
    if (generation == app.generation && selected == app.selected && count == app.findings.size()) return cache;
    generation = app.generation;
    selected = app.selected;
    count = app.findings.size();
    cache = {};
    const Report* r = app.current();
    if (!r) return cache;
    for (int i = 0; i < static_cast<int>(app.findings.size()); ++i) {
        if (app.findings[i].report_id != r->id) continue;
        const std::vector<std::string> cells = finding_cells(*r, app.findings[i]);
        for (std::size_t c = 0; c < cells.size(); ++c) (c == 0 ? cache.located : cache.involved)[cells[c]].push_back(i);
    }
    return cache;
}

// Every finding of the current report that involves `pointer`, located ones first.
std::vector<int> findings_at(const App& app, const std::string& pointer) {
    const CellFindings& f = cell_findings(app);
    std::vector<int> out;
    if (auto it = f.located.find(pointer); it != f.located.end()) out = it->second;
    if (auto it = f.involved.find(pointer); it != f.involved.end())
        for (int i : it->second)
            if (std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
    return out;
}

void detail_row(const char* key, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", tr(key));
    ImGui::TableNextColumn();
    if (value.empty())
        ImGui::TextDisabled("—");
    else
        ImGui::TextWrapped("%s", value.c_str());
}

// The line of the text around code point `at`: a cell's digits alone say little, its row does.
std::string line_around(const std::string& text, std::int64_t at) {
    std::size_t byte = 0;
    for (std::int64_t cp = 0; byte < text.size(); ++byte) {
        if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) {
            if (cp == at) break;
            ++cp;
        }
    }
    const std::size_t from = text.rfind('\n', byte == 0 ? 0 : byte - 1);
    const std::size_t begin = from == std::string::npos ? 0 : from + 1;
    const std::size_t end = std::min(text.find('\n', byte), text.size());
    std::string line = text.substr(begin, end - begin);
    for (char& c : line)
        if (c == '\t') c = ' ';
    return line;
}

std::string cell_value_text(const TemplateCell& c) { return c.value ? display_number(*c.value) : std::string(); }

}  // namespace

bool table_focus_quote(const App& app, std::int64_t& begin, std::int64_t& end) {
    if (!focus_is_current(app)) return false;
    const Report& r = *app.current();
    if (!app.tables.cell.empty()) {
        const Quote* q = cell_quote(r, app.tables.cell);
        return q && quote_offsets(r, q->text.str(), q->start, q->end, begin, end);
    }
    return key_figure_quote(app, begin, end);
}

bool draw_table_focus_details(App& app) {
    if (!focus_is_current(app)) return false;
    const Report& r = *app.current();
    if (!app.tables.key_figure.empty()) return draw_key_figure_details(app);
    const std::optional<TemplateCell> cell = template_cell_at(r, app.tables.cell);
    ImGui::SeparatorText(tr("tables.cell"));
    if (!cell) {
        ImGui::TextWrapped("%s", app.tables.cell.c_str());
        return true;
    }
    const bool zh = language() == Language::Chinese;
    if (ImGui::BeginTable("##cell", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch);
        detail_row("tables.table", lang_label(template_table_title(cell->table)));
        detail_row("tables.row", zh ? cell->row_zh : cell->row_en);
        detail_row("tables.column", zh ? cell->column_zh : cell->column_en);
        detail_row("col.value", cell->value ? display_number(*cell->value) : std::string(tr("tables.blank")));
        detail_row("tables.location", cell->pointer);
        ImGui::EndTable();
    }
    ImGui::SeparatorText(tr("col.quote"));
    if (const Quote* q = cell_quote(r, cell->pointer); q && !q->text.empty()) {
        ImGui::TextWrapped("“%s”", q->text.c_str());
        if (q->start) {
            ImGui::PushTextWrapPos(0);
            ImGui::TextDisabled("%s", line_around(r.text, *q->start).c_str());
            ImGui::PopTextWrapPos();
        }
    } else
        ImGui::TextWrapped("%s", tr("tables.no_quote"));
    draw_findings_list(app, findings_at(app, cell->pointer));
    return true;
}

const char* missing_tables_key(const Report& report) {
    // The template's own heading of table 三 in the text, but no cell read: the tables were
    // images (or scans) in the page the text was copied from.
    const bool headings = report.text.find("收到和处理政府信息公开申请情况") != std::string::npos;
    const bool cells = report.tables && !report.tables->applications.empty();
    if (cells) return "";
    if (headings) return "tables.images";
    if (report.tables) return "";  // another table is there; table 三 says it is missing itself
    if (report.meta.template_version == "2019" || report.meta.template_version == "2021") return "tables.none";
    return "tables.narrative";
}

// ============================================================================
// [SECTION] Drawing helpers: spanning header cells, one cell
// ============================================================================

namespace {

struct Span {
    std::string text;
    int columns = 1;
};

// One header row of `spans` (their columns add up to the table's). A one-column span wraps in
// its cell; a wider one is drawn centred over its columns.
void header_row(const std::vector<Span>& spans) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    const ImU32 bg = ImGui::GetColorU32(ImGuiCol_TableHeaderBg);
    int column = 0;
    for (const Span& s : spans) {
        float x0 = 0, y0 = 0;
        for (int i = 0; i < s.columns; ++i, ++column) {
            ImGui::TableSetColumnIndex(column);
            ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, bg);
            if (s.columns == 1) {
                ImGui::PushTextWrapPos(0);
                ImGui::TextUnformatted(s.text.c_str());
                ImGui::PopTextWrapPos();
                continue;
            }
            const ImVec2 at = ImGui::GetCursorScreenPos();
            if (i == 0) {
                x0 = at.x;
                y0 = at.y;
            }
            if (i == s.columns - 1) {
                const float x1 = at.x + ImGui::GetContentRegionAvail().x;
                const float h = ImGui::GetTextLineHeight();
                const float w = ImGui::CalcTextSize(s.text.c_str()).x;
                const float x = w < x1 - x0 ? x0 + (x1 - x0 - w) * 0.5f : x0;
                // Clipped to its columns and to what the table shows (not to the one column the
                // cursor is in, and never over what lies outside the table's scrolled view).
                const ImRect& visible = ImGui::GetCurrentTable()->InnerClipRect;
                ImGui::PushClipRect(ImVec2(std::max(x0, visible.Min.x), std::max(y0, visible.Min.y)),
                                    ImVec2(std::min(x1, visible.Max.x), std::min(y0 + h, visible.Max.y)), false);
                ImGui::GetWindowDrawList()->AddText(ImVec2(x, y0), ImGui::GetColorU32(ImGuiCol_Text), s.text.c_str());
                ImGui::PopClipRect();
                ImGui::Dummy(ImVec2(0, h));
            }
        }
    }
}

// A row label indented by its depth, wrapped in its column.
void row_label(const char* text, int depth, bool heading) {
    ImGui::TableNextColumn();
    if (depth > 0) ImGui::Indent(ImGui::GetFontSize() * static_cast<float>(depth));
    ImGui::PushTextWrapPos(0);
    if (heading)
        ImGui::TextDisabled("%s", text);
    else
        ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    if (depth > 0) ImGui::Unindent(ImGui::GetFontSize() * static_cast<float>(depth));
}

void cell_tooltip(const App& app, const Report& report, const TemplateCell& cell, const std::vector<int>& mine) {
    const bool zh = language() == Language::Chinese;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextUnformatted((zh ? cell.row_zh : cell.row_en).c_str());
    ImGui::TextDisabled("%s", (zh ? cell.column_zh : cell.column_en).c_str());
    ImGui::Text("%s", cell.value ? display_number(*cell.value).c_str() : tr("tables.blank"));
    if (const Quote* q = cell_quote(report, cell.pointer); q && !q->text.empty())
        ImGui::TextWrapped("“%s”", q->text.c_str());
    draw_finding_lines(app, mine);
    ImGui::PopTextWrapPos();
}

// One cell: selectable (its source in the panels), tinted when an audit finding involves it,
// with its labels, quote and findings on hover. A cell the report does not have is "—".
void value_cell(App& app, const Report& report, const std::optional<TemplateCell>& cell) {
    ImGui::TableNextColumn();
    if (!cell) {
        ImGui::TextDisabled("—");
        return;
    }
    const std::vector<int> mine = findings_at(app, cell->pointer);
    if (!mine.empty()) {
        // The cell a finding is located on strongly, the other cells of its identity lightly.
        const CellFindings& all = cell_findings(app);
        const bool located = all.located.count(cell->pointer) > 0;
        Severity worst = Severity::Info;
        for (int i : mine)
            if (static_cast<int>(app.findings[i].severity) < static_cast<int>(worst)) worst = app.findings[i].severity;  // Error first
        ImVec4 c = severity_colour(worst);
        c.w = located ? 0.45f : 0.18f;
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(c));
    }
    const bool focused = app.tables.cell == cell->pointer && app.tables.focus_report == report.id;
    const std::string text = cell_value_text(*cell) + "##" + cell->pointer;
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(1.0f, 0.5f));
    if (ImGui::Selectable(text.c_str(), focused)) focus_cell(app, cell->pointer);
    ImGui::PopStyleVar();
    const std::string key = "tables.cell:" + cell->pointer;
    app.remember_item(key.c_str());
    if (ImGui::BeginItemTooltip()) {
        cell_tooltip(app, report, *cell, mine);
        ImGui::EndTooltip();
    }
}

// The cells of the report by pointer (one lookup per drawn cell).
struct CellIndex {
    std::vector<TemplateCell> cells;
    std::unordered_map<std::string, std::size_t> by_pointer;
    std::optional<TemplateCell> at(const std::string& pointer) const {
        const auto it = by_pointer.find(pointer);
        return it == by_pointer.end() ? std::nullopt : std::optional<TemplateCell>(cells[it->second]);
    }
};

const CellIndex& cell_index(const App& app, const Report& report) {
    static CellIndex index;
    static std::uint64_t generation = ~0ull;
    static int selected = -2;
    if (generation != app.generation || selected != app.selected) {
        index.cells = template_cells(report);
        index.by_pointer.clear();
        for (std::size_t i = 0; i < index.cells.size(); ++i) index.by_pointer[index.cells[i].pointer] = i;
        generation = app.generation;
        selected = app.selected;
    }
    return index;
}

void table_title(App& app, TemplateTableId id, const char* key) {
    if (app.tables.jump == template_table_name(id)) {
        ImGui::SetScrollHereY(0.0f);
        app.tables.jump.clear();
    }
    ImGui::SeparatorText(lang_label(template_table_title(id)));
    app.remember_item(key);
}

// A table that is missing: why, in words.
void missing_table(const Report& report, const char* heading_in_text) {
    const bool in_text = report.text.find(heading_in_text) != std::string::npos;
    ImGui::TextWrapped("%s", tr(in_text ? "tables.images" : "tables.table_absent"));
}

// ============================================================================
// [SECTION] Tables 二, 三, 四
// ============================================================================

void draw_proactive(App& app, const Report& report, std::string_view version) {
    table_title(app, TemplateTableId::Proactive, "tables.title.proactive");
    if (report.tables->proactive.empty()) {
        missing_table(report, "主动公开政府信息情况");
        return;
    }
    const CellIndex& index = cell_index(app, report);
    const float em = ImGui::GetFontSize();
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##proactive", 4, flags)) return;
    ImGui::TableSetupColumn("item", ImGuiTableColumnFlags_WidthStretch);
    for (int c = 0; c < 3; ++c) ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
    std::vector<bool> drawn(report.tables->proactive.size(), false);
    for (const ProactiveBlock& block : proactive_blocks(version)) {
        // 第二十条第（一）项 over the whole width, then 信息内容 and the block's columns.
        header_row({{lang_label(block.heading), 4}});
        std::vector<Span> head{{tr("tables.item"), 1}};
        for (const LayoutColumn& c : block.columns) head.push_back({lang_label(c.label), 1});
        while (head.size() < 4) head.push_back({"", 1});
        header_row(head);
        std::vector<std::string_view> items(block.items.begin(), block.items.end());
        // Rows of this clause the layout does not print (an item the importer kept) come last.
        for (const ProactiveRow& row : report.tables->proactive)
            if (row.clause == block.clause && std::find(items.begin(), items.end(), row.item) == items.end())
                items.push_back(row.item);
        for (std::string_view item : items) {
            int at = -1;
            for (int i = 0; i < static_cast<int>(report.tables->proactive.size()); ++i)
                if (report.tables->proactive[i].clause == block.clause && report.tables->proactive[i].item == item)
                    at = i;
            ImGui::TableNextRow();
            const std::string label =
                language() == Language::Chinese ? std::string(item) : std::string(proactive_item_english(item));
            row_label(label.c_str(), 0, false);
            for (std::size_t c = 0; c < 3; ++c) {
                if (c >= block.columns.size()) {
                    ImGui::TableNextColumn();
                    continue;
                }
                std::optional<TemplateCell> cell;
                if (at >= 0) cell = index.at("/tables/proactive/" + std::to_string(at) + "/" +
                                             std::string(block.columns[c].key));
                value_cell(app, report, cell);
            }
            if (at >= 0) drawn[at] = true;
        }
    }
    ImGui::EndTable();
    // A clause the layout of this version does not have (e.g. 20.9 in a file marked 2021).
    for (std::size_t i = 0; i < drawn.size(); ++i)
        if (!drawn[i]) {
            const ProactiveRow& row = report.tables->proactive[i];
            ImGui::TextDisabled("%s %s", row.clause.c_str(), row.item.c_str());
            for (const TemplateCell& c : index.cells)
                if (c.pointer.rfind("/tables/proactive/" + std::to_string(i) + "/", 0) == 0) {
                    ImGui::SameLine();
                    ImGui::Text("%s=%s", c.column.c_str(), cell_value_text(c).c_str());
                }
        }
}

void draw_applications(App& app, const Report& report, std::string_view version) {
    table_title(app, TemplateTableId::Applications, "tables.title.applications");
    if (report.tables->applications.empty()) {
        missing_table(report, "收到和处理政府信息公开申请情况");
        return;
    }
    const CellIndex& index = cell_index(app, report);
    const float em = ImGui::GetFontSize();
    const auto columns = application_columns();
    const int n = static_cast<int>(columns.size()) + 1;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##applications", n, flags)) return;
    ImGui::TableSetupColumn("row", ImGuiTableColumnFlags_WidthStretch);
    for (int c = 1; c < n; ++c) ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, em * 3.2f);
    // 申请人情况 over all; 自然人 | 法人或其他组织 (five) | 总计; then the five organisations.
    header_row({{"", 1}, {lang_label(application_columns_heading()), n - 1}});
    header_row({{"", 1}, {lang_label(columns[0].label), 1}, {lang_label(columns[1].group), 5},
                {lang_label(columns[6].label), 1}});
    std::vector<Span> third{{"", 1}, {"", 1}};
    for (int c = 1; c <= 5; ++c) third.push_back({lang_label(columns[c].label), 1});
    third.push_back({"", 1});
    header_row(third);

    std::vector<std::string> printed;
    for (const ApplicationRowLayout& row : application_row_layout(version)) {
        ImGui::TableNextRow();
        if (row.key.empty()) {  // a group heading: 三、本年度办理结果, （三）不予公开, ...
            row_label(lang_label(row.label), row.depth, true);
            continue;
        }
        printed.emplace_back(row.key);
        row_label(lang_label(row.label), row.depth, false);
        const bool present = report.tables->applications.count(std::string(row.key)) > 0;
        for (const LayoutColumn& c : columns) {
            std::optional<TemplateCell> cell;
            if (present) cell = index.at("/tables/applications/" + std::string(row.key) + "/" + std::string(c.key));
            value_cell(app, report, cell);
        }
    }
    // A row of the other version (a 2019 其他处理 in a file marked 2021): shown, not hidden.
    for (const auto& [key, cells] : report.tables->applications) {
        if (std::find(printed.begin(), printed.end(), key) != printed.end()) continue;
        ImGui::TableNextRow();
        const ApplicationRowLayout* layout = find_application_row(key);
        row_label(layout ? lang_label(layout->full) : key.c_str(), 0, false);
        for (const LayoutColumn& c : columns)
            value_cell(app, report, index.at("/tables/applications/" + key + "/" + std::string(c.key)));
    }
    ImGui::EndTable();
}

void draw_cases(App& app, const Report& report) {
    table_title(app, TemplateTableId::Cases, "tables.title.cases");
    const TemplateTables& t = *report.tables;
    if (!t.review && !t.litigation_direct && !t.litigation_after_review) {
        missing_table(report, "行政复议、行政诉讼");
        return;
    }
    const CellIndex& index = cell_index(app, report);
    const float em = ImGui::GetFontSize();
    const auto blocks = case_blocks();
    const auto results = case_columns();
    const int n = static_cast<int>(blocks.size() * results.size());
    // Fifteen columns as printed: wider than the panel, so the table scrolls sideways.
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;
    const float row_h = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y * 2;
    const float height = row_h * 4.6f + ImGui::GetStyle().ScrollbarSize;
    if (!ImGui::BeginTable("##cases", n, flags, ImVec2(0, height))) return;
    for (int c = 0; c < n; ++c) ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, em * 4.6f);
    // 行政复议 (five) | 行政诉讼 (ten); then the results of 复议 | 未经复议直接起诉 | 复议后起诉; then theirs.
    header_row({{lang_label(blocks[0].label), 5}, {lang_label(blocks[1].group), 10}});
    std::vector<Span> second;
    for (const LayoutColumn& r : results) second.push_back({lang_label(r.label), 1});
    second.push_back({lang_label(blocks[1].label), 5});
    second.push_back({lang_label(blocks[2].label), 5});
    header_row(second);
    std::vector<Span> third(5, Span{"", 1});
    for (int b = 0; b < 2; ++b)
        for (const LayoutColumn& r : results) third.push_back({lang_label(r.label), 1});
    header_row(third);
    ImGui::TableNextRow();
    for (const CaseBlock& block : blocks)
        for (const LayoutColumn& r : results)
            value_cell(app, report, index.at("/tables/" + std::string(block.key) + "/" + std::string(r.key)));
    ImGui::EndTable();
}

void jump_buttons(App& app) {
    struct Jump { TemplateTableId id; const char* key; const char* label; };
    const Jump jumps[] = {{TemplateTableId::Proactive, "tables.jump.proactive", "tables.short.proactive"},
                          {TemplateTableId::Applications, "tables.jump.applications", "tables.short.applications"},
                          {TemplateTableId::Cases, "tables.jump.cases", "tables.short.cases"}};
    // Comparing, the buttons choose the table compared (all of them too); otherwise they scroll.
    const bool comparing = !app.tables.compare.empty();
    for (const Jump& j : jumps) {
        const bool chosen = comparing && app.tables.compare_table == static_cast<int>(j.id);
        if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_ButtonActive));
        if (ImGui::SmallButton(tr_id(j.label))) {
            if (comparing)
                app.tables.compare_table = static_cast<int>(j.id);
            else
                app.tables.jump = template_table_name(j.id);
        }
        if (chosen) ImGui::PopStyleColor();
        app.remember_item(j.key);
        ImGui::SameLine();
    }
    if (comparing) {
        const bool all = app.tables.compare_table < 0;
        if (all) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_ButtonActive));
        if (ImGui::SmallButton(tr_id("tables.compare.all_tables"))) app.tables.compare_table = -1;
        if (all) ImGui::PopStyleColor();
        app.remember_item("tables.jump.all");
        ImGui::SameLine();
    }
}

}  // namespace

nlohmann::json tables_view_json(const App& app) {
    nlohmann::json out = {{"cell", nullptr}, {"keyFigure", nullptr}, {"quote", nullptr}, {"message", nullptr}};
    out["compare"] = app.tables.compare;
    const Report* r = app.current();
    if (!r) return out;
    if (focus_is_current(app)) {
        if (!app.tables.cell.empty()) out["cell"] = app.tables.cell;
        if (!app.tables.key_figure.empty()) out["keyFigure"] = app.tables.key_figure;
        std::int64_t b = 0, e = 0;
        if (table_focus_quote(app, b, e)) {
            // The highlighted words, cut from the text by code points.
            std::string words;
            std::int64_t cp = -1;
            for (char c : r->text) {
                if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++cp;
                if (cp >= b && cp < e) words += c;
                if (cp >= e) break;
            }
            out["quote"] = {{"text", words}, {"start", b}, {"end", e}};
        }
    }
    if (const char* why = missing_tables_key(*r); *why) out["message"] = tr(why);
    // The highlighted cells: where findings are located, and the rest of their identities.
    const CellFindings& f = cell_findings(app);
    std::vector<std::string> located, involved;
    for (const auto& [pointer, list] : f.located) located.push_back(pointer);
    for (const auto& [pointer, list] : f.involved) involved.push_back(pointer);
    std::sort(located.begin(), located.end());
    std::sort(involved.begin(), involved.end());
    out["findingCells"] = {{"located", located}, {"involved", involved}};
    return out;
}

// ============================================================================
// [SECTION] The tab
// ============================================================================

void draw_template_tables(App& app) {
    const Report* report = app.current();
    if (!report) {
        ImGui::TextWrapped("%s", tr("status.no_reports"));
        return;
    }
    if (!report->tables) {
        const char* why = missing_tables_key(*report);
        ImGui::TextWrapped("%s", tr(*why ? why : "tables.narrative"));
        app.remember_item("tables.message");
        return;
    }
    const std::string_view version = template_layout_version(*report);
    jump_buttons(app);
    draw_tables_compare_picker(app, *report);
    if (!app.tables.compare.empty()) {
        draw_tables_compare(app, *report);
        return;
    }
    ImGui::TextDisabled("%s", tr(version == "2019" ? "template.2019" : "template.2021"));
    draw_proactive(app, *report, version);
    ImGui::Spacing();
    draw_applications(app, *report, version);
    ImGui::Spacing();
    draw_cases(app, *report);
}

}  // namespace gongkai::ui
