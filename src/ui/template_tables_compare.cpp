// template_tables_compare.cpp — the Tables tab's "compare with" picker and the reports' cells
// side by side: one row per cell (matched by meaning, core/template_compare.hpp), one column
// per report from the earliest year, and each later report's difference and change from the
// first. An absent cell is "—", never a change of −100%.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/template_compare.hpp"
#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/template_tables_view.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {
namespace {

bool has_tables(const Report& r) { return r.tables.has_value(); }

// "星海区 2021", else the title, else the id.
std::string short_name(const Report& r) {
    std::string name = r.meta.region.name.empty() ? (r.meta.title.empty() ? r.id : r.meta.title) : r.meta.region.name;
    if (r.meta.year && !r.meta.region.name.empty()) name += " " + std::to_string(*r.meta.year);
    return name;
}

std::string signed_number(double v) { return (v > 0 ? "+" : "") + display_number(v); }

}  // namespace

// The reports compared, the earliest year first (the base of the differences); ids no longer
// loaded are dropped.
std::vector<const Report*> compared_reports(const App& app, const Report& current) {
    std::vector<const Report*> out{&current};
    for (const std::string& id : app.tables.compare)
        for (const Report& r : app.reports)
            if (r.id == id && &r != &current) out.push_back(&r);
    std::stable_sort(out.begin(), out.end(), [](const Report* a, const Report* b) {
        return a->meta.year.value_or(0) < b->meta.year.value_or(0);
    });
    return out;
}

// The comparison's rows after the tab's filters (table 三's column, only differences).
std::vector<CellComparison> compared_cells(const App& app, const std::vector<const Report*>& reports) {
    std::vector<CellComparison> cells = compare_template_cells(reports);
    const int column = app.tables.compare_column;
    std::erase_if(cells, [&](const CellComparison& c) {
        if (app.tables.compare_table >= 0 && static_cast<int>(c.table) != app.tables.compare_table) return true;
        if (c.table == TemplateTableId::Applications && column >= 0 && column < static_cast<int>(kApplicationColumns.size()) &&
            c.column != kApplicationColumns[column])
            return true;
        if (!app.tables.only_differences) return false;
        return std::all_of(c.values.begin(), c.values.end(), [&](const std::optional<double>& v) { return v == c.values[0]; });
    });
    return cells;
}

std::string compare_difference_text(const std::optional<double>& base, const std::optional<double>& other) {
    const auto d = cell_difference(base, other);
    return d ? signed_number(*d) : "—";
}

std::string compare_percent_text(const std::optional<double>& base, const std::optional<double>& other) {
    const auto p = cell_percent_change(base, other);
    if (!p) return "—";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s%s%%", *p > 0 ? "+" : "", display_rounded(*p, 1).c_str());
    return buf;
}

std::string compare_report_name(const Report& r) { return short_name(r); }

void draw_tables_compare_picker(App& app, const Report& report) {
    const float width = ImGui::GetFontSize() * 10;
    if (ImGui::GetContentRegionAvail().x > width + ImGui::GetStyle().ItemSpacing.x) ImGui::SameLine();
    int others = 0;
    for (const Report& r : app.reports) others += &r != &report && has_tables(r);
    char preview[128];
    if (app.tables.compare.empty())
        std::snprintf(preview, sizeof preview, "%s", tr("tables.compare.none"));
    else
        std::snprintf(preview, sizeof preview, tr("tables.compare.count"), static_cast<int>(app.tables.compare.size()));
    ImGui::SetNextItemWidth(width);
    const bool open = ImGui::BeginCombo("##tables-compare", preview, ImGuiComboFlags_HeightLarge);
    app.remember_item("tables.compare");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetItemTooltip("%s", tr("tables.compare.hint"));
    if (open) {
        if (others == 0) ImGui::TextDisabled("%s", tr("tables.compare.nothing"));
        for (const Report& r : app.reports) {
            if (&r == &report || !has_tables(r)) continue;
            auto at = std::find(app.tables.compare.begin(), app.tables.compare.end(), r.id);
            bool on = at != app.tables.compare.end();
            const std::string label = short_name(r) + "##" + r.id;
            if (ImGui::Checkbox(label.c_str(), &on)) {
                if (on)
                    app.tables.compare.push_back(r.id);
                else
                    app.tables.compare.erase(at);
                model_changed();
            }
            const std::string key = "tables.compare." + r.id;
            app.remember_item(key.c_str());
        }
        ImGui::EndCombo();
    }
    if (app.tables.compare.empty()) return;
    ImGui::SameLine();
    if (ImGui::SmallButton(tr_id("tables.compare.clear"))) app.tables.compare.clear();
    app.remember_item("tables.compare.clear");
}

void draw_tables_compare(App& app, const Report& report) {
    const std::vector<const Report*> reports = compared_reports(app, report);
    if (reports.size() < 2) {
        ImGui::TextWrapped("%s", tr("tables.compare.nothing"));
        return;
    }
    // Table 三's applicant column, and whether equal cells are shown.
    const auto columns = application_columns();
    const char* column_preview =
        app.tables.compare_column >= 0 && app.tables.compare_column < static_cast<int>(columns.size())
            ? lang_label(columns[app.tables.compare_column].label)
            : tr("tables.compare.all_columns");
    char preview[160];
    std::snprintf(preview, sizeof preview, "%s: %s", tr("tables.compare.column"), column_preview);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (ImGui::BeginCombo("##compare-column", preview)) {
        if (ImGui::Selectable(tr("tables.compare.all_columns"), app.tables.compare_column < 0))
            app.tables.compare_column = -1;
        for (int c = 0; c < static_cast<int>(columns.size()); ++c)
            if (ImGui::Selectable(lang_label(columns[c].label), app.tables.compare_column == c))
                app.tables.compare_column = c;
        ImGui::EndCombo();
    }
    app.remember_item("tables.compare.column");
    ImGui::SameLine();
    ImGui::Checkbox(tr_id("tables.compare.only_differences"), &app.tables.only_differences);
    app.remember_item("tables.compare.only_differences");

    const std::vector<CellComparison> cells = compared_cells(app, reports);
    const int n_reports = static_cast<int>(reports.size());
    const int n = 2 + 1 + (n_reports - 1) * 3;  // row, column, the first report, then value/Δ/% each
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##tables-compare-cells", n, flags, ImVec2(0, 0))) return;
    const float em = ImGui::GetFontSize();
    const bool zh = language() == Language::Chinese;
    ImGui::TableSetupScrollFreeze(2, 1);
    // The column column is narrow when one applicant column is shown (it then says 总计 only).
    const bool one_column = app.tables.compare_table == static_cast<int>(TemplateTableId::Applications) &&
                            app.tables.compare_column >= 0;
    ImGui::TableSetupColumn(tr("tables.row"), ImGuiTableColumnFlags_WidthFixed, em * 13);
    ImGui::TableSetupColumn(tr("tables.column"), ImGuiTableColumnFlags_WidthFixed, em * (one_column ? 3.5f : 7.0f));
    ImGui::TableSetupColumn(short_name(*reports[0]).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 5);
    for (int r = 1; r < n_reports; ++r) {
        ImGui::TableSetupColumn(short_name(*reports[r]).c_str(), ImGuiTableColumnFlags_WidthFixed, em * 5);
        ImGui::TableSetupColumn(tr("tables.compare.diff"), ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
        ImGui::TableSetupColumn(tr("tables.compare.change"), ImGuiTableColumnFlags_WidthFixed, em * 4);
    }
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const CellComparison& c = cells[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted((zh ? c.row_zh : c.row_en).c_str());
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted((zh ? c.column_zh : c.column_en).c_str());
        ImGui::PopTextWrapPos();
        for (int r = 0; r < n_reports; ++r) {
            ImGui::TableNextColumn();
            const std::string text = c.values[r] ? display_number(*c.values[r]) : "—";
            if (reports[r] == &report && !c.pointers[r].empty()) {
                // The current report's cell: a click shows its source, as in the tables.
                const bool focused = app.tables.cell == c.pointers[r];
                const std::string label = text + "##" + c.pointers[r];
                if (ImGui::Selectable(label.c_str(), focused)) focus_cell(app, c.pointers[r]);
                const std::string key = "tables.compare.cell:" + c.pointers[r];
                app.remember_item(key.c_str());
            } else if (c.values[r]) {
                ImGui::TextUnformatted(text.c_str());
            } else {
                ImGui::TextDisabled("—");
            }
            if (r == 0) continue;
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(compare_difference_text(c.values[0], c.values[r]).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(compare_percent_text(c.values[0], c.values[r]).c_str());
        }
    }
    ImGui::EndTable();
}

}  // namespace gongkai::ui
