// figures_table_view.cpp — every figure of the current report: search, filters, a sortable
// table with multi-selection (click, Shift+click, Ctrl+click, Ctrl+A, arrows), copy as TSV.
//
// The rows, selection and filter live in App (figure_rows.cpp); this file only draws them.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {
namespace {

// Distinct values of one field in the current report, for a filter combo: in the order the
// report first names them (its own order, not the code points'), each with how many figures.
struct Choice {
    std::string value;
    int count = 0;
};
struct Choices {
    std::uint64_t generation = ~0ull;
    int report = -2;
    std::vector<Choice> area, department, category, unit;
};

void count_value(std::vector<Choice>& list, std::map<std::string, std::size_t>& at, const std::string& value) {
    if (value.empty()) return;
    auto [it, added] = at.emplace(value, list.size());
    if (added) list.push_back(Choice{value, 0});
    ++list[it->second].count;
}

const Choices& choices(const App& app, const Report& report) {
    static Choices c;
    if (c.generation == app.generation && c.report == app.selected) return c;
    c = Choices{};
    c.generation = app.generation;
    c.report = app.selected;
    std::map<std::string, std::size_t> a, d, cat, u;
    for (const Figure& f : report.figures) {
        count_value(c.area, a, f.area);
        count_value(c.department, d, f.department);
        count_value(c.category, cat, f.category);
        count_value(c.unit, u, f.unit);
    }
    return c;
}

// A combo box filtering by one field: "全部" (any) and each distinct value.
bool filter_combo(App& app, const char* key, const char* label_key, const std::vector<Choice>& values,
                  std::string& value, float width) {
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    char preview[256];
    std::snprintf(preview, sizeof preview, "%s: %s", tr(label_key), value.empty() ? tr("filter.any") : value.c_str());
    ImGui::PushID(key);
    const bool open = ImGui::BeginCombo("##combo", preview, ImGuiComboFlags_HeightLarge);
    app.remember_item(key);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetItemTooltip("%s", preview);
    if (open) {
        std::string item_key = std::string(key) + ".0";
        if (ImGui::Selectable(tr("filter.any"), value.empty())) {
            value.clear();
            changed = true;
        }
        app.remember_item(item_key.c_str());
        for (std::size_t i = 0; i < values.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            char label[512];
            std::snprintf(label, sizeof label, "%s (%d)", values[i].value.c_str(), values[i].count);
            if (ImGui::Selectable(label, value == values[i].value)) {
                value = values[i].value;
                changed = true;
            }
            item_key = std::string(key) + "." + std::to_string(i + 1);
            app.remember_item(item_key.c_str());
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
    return changed;
}

void figure_tooltip(const Figure& f) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::Text("%s  =  %s %s", f.id.c_str(), display_number(f.value).c_str(), f.unit.c_str());
    if (f.quote) {
        ImGui::Separator();
        ImGui::TextWrapped("“%s”", f.quote->text.c_str());
    }
    if (!f.notes.empty()) {
        ImGui::Separator();
        ImGui::TextDisabled("%s", tr("figures.notes"));
        for (const std::string& n : f.notes) ImGui::BulletText("%s", render_figure_note(n, language()).c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void toast(App& app, const char* key) {
    app.show_toast(tr(key));
}

// SameLine() when the next item, `width` wide, still fits on this line; else it starts the next one.
void same_line_if_room(float width) {
    const float line_end = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= line_end) ImGui::SameLine();
}

// A small button's width, for same_line_if_room.
float small_button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

void draw_toolbar(App& app, const Report& report) {
    const float em = ImGui::GetFontSize();
    FigureFilter f = app.filter;
    bool changed = false;
    const Choices& c = choices(app, report);

    // A phone: the search takes the line, two filters a line under it.
    const bool phone = phone_layout(ImGui::GetMainViewport()->WorkSize.x);
    const float line_w = ImGui::GetContentRegionAvail().x;
    changed |= text_field(app, "figures.search", f.search, tr("filter.search_hint"), phone ? line_w : em * 12);
    const float combo_w = phone ? std::floor((line_w - ImGui::GetStyle().ItemSpacing.x) * 0.5f) : em * 8.5f;
    struct ComboDef { const char* key; const char* label; const std::vector<Choice>* values; std::string* value; };
    const ComboDef combos[] = {
        {"filter.area", "col.area", &c.area, &f.area},
        {"filter.department", "col.department", &c.department, &f.department},
        {"filter.category", "col.category", &c.category, &f.category},
        {"filter.unit", "col.unit", &c.unit, &f.unit},
    };
    for (const ComboDef& d : combos) {
        // Wrap onto the next line when what is left of this line cannot hold the whole combo.
        same_line_if_room(combo_w);
        changed |= filter_combo(app, d.key, d.label, *d.values, *d.value, combo_w);
    }
    if (!f.topic.empty()) {
        ImGui::SameLine();
        char chip[256];
        std::snprintf(chip, sizeof chip, "%s: %s  ×###filter.topic.clear", tr("col.topic"), f.topic.c_str());
        if (ImGui::SmallButton(chip)) {
            f.topic.clear();
            changed = true;
        }
        app.remember_item("filter.topic.clear");
    }
    if (changed) app.set_filter(f);

    // Second line: counts and actions on the selection / the view.
    const std::vector<int>& rows = app.view_rows();
    const std::size_t selected = app.selection().size();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled(tr("figures.shown"), static_cast<int>(rows.size()), static_cast<int>(report.figures.size()),
                        static_cast<int>(selected));
    same_line_if_room(small_button_width(tr_id("filter.clear")));
    ImGui::BeginDisabled(app.filter.empty());
    if (ImGui::SmallButton(tr_id("filter.clear"))) app.set_filter({});
    ImGui::EndDisabled();
    app.remember_item("filter.clear");
    same_line_if_room(small_button_width(tr_id("figures.copy")));
    ImGui::BeginDisabled(selected == 0);
    if (ImGui::SmallButton(tr_id("figures.copy"))) {
        platform::copy_to_clipboard(app.selection_tsv());
        toast(app, "toast.copied");
    }
    ImGui::EndDisabled();
    app.remember_item("figures.copy");
    same_line_if_room(small_button_width(tr_id("figures.export_view")));
    if (ImGui::SmallButton(tr_id("figures.export_view"))) app.download("csv_view");
    app.remember_item("figures.export_view");
}

// Applies ImGui's multi-selection requests (positions in the view) to the App's selection.
void apply_requests(App& app, ImGuiMultiSelectIO* io, const std::vector<int>& rows) {
    for (const ImGuiSelectionRequest& r : io->Requests) {
        if (r.Type == ImGuiSelectionRequestType_SetAll) {
            if (r.Selected) {
                for (int row : rows) app.set_selected(row, true);
            } else {
                app.clear_selection();
            }
        } else if (r.Type == ImGuiSelectionRequestType_SetRange) {
            const int a = static_cast<int>(std::min(r.RangeFirstItem, r.RangeLastItem));
            const int b = static_cast<int>(std::max(r.RangeFirstItem, r.RangeLastItem));
            for (int i = std::max(a, 0); i <= b && i < static_cast<int>(rows.size()); ++i)
                app.set_selected(rows[i], r.Selected);
        }
    }
}

}  // namespace

void draw_figures_table(App& app) {
    const Report* report = app.current();
    if (!report) {
        ImGui::TextWrapped("%s", tr("status.no_reports"));
        return;
    }
    draw_toolbar(app, *report);

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Hideable;
    if (!ImGui::BeginTable("##figures", kFigureColumns, flags)) return;
    keyboard_panel_target(app, Panel::Centre);   // Tab to the centre: the arrows go through the rows
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr_id("col.area"), ImGuiTableColumnFlags_WidthStretch, 5 * em);
    ImGui::TableSetupColumn(tr_id("col.topic"), ImGuiTableColumnFlags_WidthStretch, 7 * em);
    ImGui::TableSetupColumn(tr_id("col.department"), ImGuiTableColumnFlags_WidthStretch, 6 * em);
    ImGui::TableSetupColumn(tr_id("col.category"), ImGuiTableColumnFlags_WidthStretch, 8 * em);
    ImGui::TableSetupColumn(tr_id("col.value"),
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending, 4.5f * em);
    ImGui::TableSetupColumn(tr_id("col.unit"), ImGuiTableColumnFlags_WidthFixed, 3 * em);
    ImGui::TableSetupColumn(tr_id("col.quote"), ImGuiTableColumnFlags_WidthStretch, 16 * em);
    // A phone shows area, topic, value and unit: the rest is one tap away in the details
    // sheet. Only on a change of layout, so the header menu's own choices hold otherwise.
    static int phone_columns = 0;   // the table starts with every column
    if (const int phone = phone_layout(ImGui::GetMainViewport()->WorkSize.x) ? 1 : 0; phone != phone_columns) {
        for (int c : {kColDepartment, kColCategory, kColQuote}) ImGui::TableSetColumnEnabled(c, phone == 0);
        phone_columns = phone;
    }
    // Headers drawn one by one so tests can find each header's rectangle (to click and sort).
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < kFigureColumns; ++c) {
        if (!ImGui::TableSetColumnIndex(c)) continue;   // a hidden column (a phone, the header menu)
        ImGui::TableHeader(ImGui::TableGetColumnName(c));
        const std::string key = std::string("figures.header.") + figure_column_name(c);
        app.remember_item(key.c_str());
    }

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
        if (specs->SpecsDirty) {
            if (specs->SpecsCount > 0) {
                app.figure_sort.column = specs->Specs[0].ColumnIndex;
                app.figure_sort.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
            } else {
                app.figure_sort = {};
            }
            specs->SpecsDirty = false;
        }
    }

    const std::vector<int> rows = app.view_rows();  // a copy: requests below may change the view
    const int count = static_cast<int>(rows.size());
    int scroll_to = -1;
    if (app.scroll_table && app.focused_figure >= 0) {
        auto it = std::find(rows.begin(), rows.end(), app.focused_figure);
        if (it != rows.end()) scroll_to = static_cast<int>(it - rows.begin());
        app.scroll_table = false;
    }

    const ImGuiMultiSelectFlags ms_flags = ImGuiMultiSelectFlags_ClearOnEscape | ImGuiMultiSelectFlags_BoxSelect1d;
    ImGuiMultiSelectIO* io = ImGui::BeginMultiSelect(ms_flags, static_cast<int>(app.selection().size()), count);
    apply_requests(app, io, rows);

    const bool nav_key = ImGui::IsKeyPressed(ImGuiKey_UpArrow) || ImGui::IsKeyPressed(ImGuiKey_DownArrow) ||
                         ImGui::IsKeyPressed(ImGuiKey_PageUp) || ImGui::IsKeyPressed(ImGuiKey_PageDown) ||
                         ImGui::IsKeyPressed(ImGuiKey_Home) || ImGui::IsKeyPressed(ImGuiKey_End);
    const bool phone = phone_layout(ImGui::GetMainViewport()->WorkSize.x);
    const float row_h = phone ? kTouchTarget - ImGui::GetStyle().ItemSpacing.y : 0.0f;
    const float text_dy = phone ? std::max(0.0f, (row_h - ImGui::GetTextLineHeight()) * 0.5f) : 0.0f;
    ImGuiListClipper clipper;
    clipper.Begin(count);
    if (io->RangeSrcItem >= 0 && io->RangeSrcItem < count) clipper.IncludeItemByIndex(static_cast<int>(io->RangeSrcItem));
    if (scroll_to >= 0) clipper.IncludeItemByIndex(scroll_to);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const int index = rows[i];
            const Figure& f = report->figures[index];
            ImGui::TableNextRow();
            ImGui::PushID(index);
            ImGui::TableSetColumnIndex(0);
            // One selectable spanning the row carries selection, keyboard focus and the click.
            ImGui::SetNextItemSelectionUserData(i);
            const bool selected = app.is_selected(index);
            // On a phone the row is a finger's height; the selectable fills it (with its half
            // item spacing above and below), so no tap lands between two rows.
            ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                              ImVec2(0, row_h));
            if (i < 64) {
                const std::string key = "figures.row." + std::to_string(i);
                app.remember_item(key.c_str());
            }
            if (ImGui::IsItemClicked(ImGuiMouseButton_Left) || (nav_key && ImGui::IsItemFocused()))
                app.focus_figure(index, true);
            // The arrows land on a row a frame after the key: the row the keyboard moved to
            // shows in the details and source panels (once, so a figure focused elsewhere stays).
            static int keyboard_row = -1;
            if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible && keyboard_row != index) {
                keyboard_row = index;
                if (app.focused_figure != index) app.focus_figure(index, true);
            }
            if (i == scroll_to) ImGui::SetScrollHereY(0.3f);
            ImGui::SameLine(0, 0);
            for (int c = 0; c < kFigureColumns; ++c) {
                if (c > 0) ImGui::TableSetColumnIndex(c);
                if (text_dy > 0) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + text_dy);
                if (c == kColValue) {
                    // Right-aligned numbers read better in a column.
                    const std::string v = display_number(f.value);
                    const float w = ImGui::CalcTextSize(v.c_str()).x;
                    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - w);
                    ImGui::TextUnformatted(v.c_str());
                } else {
                    const Text* t = nullptr;
                    switch (c) {
                        case kColArea: t = &f.area; break;
                        case kColTopic: t = &f.topic; break;
                        case kColDepartment: t = &f.department; break;
                        case kColCategory: t = &f.category; break;
                        case kColUnit: t = &f.unit; break;
                        default: break;
                    }
                    if (c == kColQuote)
                        ImGui::TextUnformatted(f.quote ? f.quote->text.c_str() : "");
                    else if (t->empty())
                        ImGui::TextDisabled("—");
                    else
                        ImGui::TextUnformatted(t->c_str());
                }
                if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) figure_tooltip(f);
            }
            ImGui::PopID();
        }
    }
    io = ImGui::EndMultiSelect();
    apply_requests(app, io, rows);
    ImGui::EndTable();
}

}  // namespace gongkai::ui
