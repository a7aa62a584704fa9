// figures_table_view.cpp — every figure of the current report in a sortable table.
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {
namespace {

enum Column { kArea, kTopic, kDepartment, kCategory, kValue, kUnit, kQuote, kColumnCount };

const char* const kColumnKeys[kColumnCount] = {"col.area", "col.topic", "col.department", "col.category",
                                               "col.value", "col.unit", "col.quote"};

const std::string& text_of(const Figure& f, int column) {
    static const std::string empty;
    switch (column) {
        case kArea: return f.area;
        case kTopic: return f.topic;
        case kDepartment: return f.department;
        case kCategory: return f.category;
        case kUnit: return f.unit;
        case kQuote: return f.quote ? f.quote->text : empty;
        default: return empty;
    }
}

// Row order for the current sort; rebuilt only when the report or the sort changes.
struct OrderCache {
    std::uint64_t generation = ~0ull;
    int column = -2;
    bool descending = false;
    std::vector<int> rows;
};

const std::vector<int>& sorted_rows(const App& app, const Report& report) {
    static OrderCache cache;
    if (cache.generation == app.generation && cache.column == app.figure_sort.column &&
        cache.descending == app.figure_sort.descending && cache.rows.size() == report.figures.size())
        return cache.rows;
    cache.generation = app.generation;
    cache.column = app.figure_sort.column;
    cache.descending = app.figure_sort.descending;
    cache.rows.resize(report.figures.size());
    std::iota(cache.rows.begin(), cache.rows.end(), 0);
    const int col = cache.column;
    if (col >= 0) {
        const bool desc = cache.descending;
        std::stable_sort(cache.rows.begin(), cache.rows.end(), [&](int a, int b) {
            const Figure& fa = report.figures[a];
            const Figure& fb = report.figures[b];
            if (col == kValue) return desc ? fa.value > fb.value : fa.value < fb.value;
            const std::string& ta = text_of(fa, col);
            const std::string& tb = text_of(fb, col);
            // "Not stated" sorts last in both directions: it is not a value.
            if (ta.empty() != tb.empty()) return tb.empty();
            return desc ? ta > tb : ta < tb;
        });
    }
    return cache.rows;
}

void figure_tooltip(const Figure& f) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::Text("%s  =  %s %s", f.id.c_str(), format_number(f.value).c_str(), f.unit.c_str());
    if (f.quote) {
        ImGui::Separator();
        ImGui::TextWrapped("“%s”", f.quote->text.c_str());
    }
    if (!f.notes.empty()) {
        ImGui::Separator();
        ImGui::TextDisabled("%s", tr("figures.notes"));
        for (const std::string& n : f.notes) ImGui::BulletText("%s", n.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

void draw_figures_table(App& app) {
    const Report* report = app.current();
    if (!report) {
        ImGui::TextWrapped("%s", tr("status.no_reports"));
        return;
    }
    ImGui::TextDisabled(tr("figures.count"), static_cast<int>(report->figures.size()));

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Hideable;
    if (!ImGui::BeginTable("##figures", kColumnCount, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr_id(kColumnKeys[kArea]), ImGuiTableColumnFlags_WidthStretch, 5 * em);
    ImGui::TableSetupColumn(tr_id(kColumnKeys[kTopic]), ImGuiTableColumnFlags_WidthStretch, 7 * em);
    ImGui::TableSetupColumn(tr_id(kColumnKeys[kDepartment]), ImGuiTableColumnFlags_WidthStretch, 6 * em);
    ImGui::TableSetupColumn(tr_id(kColumnKeys[kCategory]), ImGuiTableColumnFlags_WidthStretch, 8 * em);
    ImGui::TableSetupColumn(tr_id(kColumnKeys[kValue]),
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending, 4.5f * em);
    ImGui::TableSetupColumn(tr_id(kColumnKeys[kUnit]), ImGuiTableColumnFlags_WidthFixed, 3 * em);
    ImGui::TableSetupColumn(tr_id(kColumnKeys[kQuote]), ImGuiTableColumnFlags_WidthStretch, 16 * em);
    // Headers drawn one by one so tests can find each header's rectangle (to click and sort).
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < kColumnCount; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TableHeader(ImGui::TableGetColumnName(c));
        const std::string key = std::string("figures.header.") + (kColumnKeys[c] + 4);
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

    const std::vector<int>& rows = sorted_rows(app, *report);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Figure& f = report->figures[rows[i]];
            ImGui::TableNextRow();
            ImGui::PushID(rows[i]);
            for (int c = 0; c < kColumnCount; ++c) {
                ImGui::TableSetColumnIndex(c);
                if (c == kValue) {
                    // Right-aligned numbers read better in a column.
                    const std::string v = format_number(f.value);
                    const float w = ImGui::CalcTextSize(v.c_str()).x;
                    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - w);
                    ImGui::TextUnformatted(v.c_str());
                } else {
                    const std::string& t = text_of(f, c);
                    if (t.empty() && c != kQuote)
                        ImGui::TextDisabled("—");
                    else
                        ImGui::TextUnformatted(t.c_str());
                }
                if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) figure_tooltip(f);
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace gongkai::ui
