// chart_view.cpp — the charts tab: controls, breadcrumb, legend (the plot is in chart_draw.cpp).
// Its state and actions are the model's (src/ui/model/chart_model.cpp).
#include "ui/chart_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>

#include <nlohmann/json.hpp>

#include "core/chart_csv.hpp"
#include "core/chart_key_figures.hpp"
#include "core/chart_svg.hpp"
#include "core/export.hpp"
#include "core/key_figures.hpp"
#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/palette.hpp"

namespace gongkai::ui {

// ============================================================================
// [SECTION] The tab
// ============================================================================

namespace {

// A row of toggle buttons; the active one is drawn as selected. Returns the clicked index.
int segmented(App& app, const char* key_prefix, const std::vector<std::pair<std::string, std::string>>& items,
              int active) {
    int clicked = -1;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            // Wrap rather than run off the panel (nine chart kinds in English).
            ImGui::SameLine(0, 2);
            const float w = ImGui::CalcTextSize(items[i].second.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
            if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
        }
        const bool on = static_cast<int>(i) == active;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        const std::string label = items[i].second + "###" + key_prefix + items[i].first;
        if (ImGui::Button(label.c_str())) clicked = static_cast<int>(i);
        if (on) ImGui::PopStyleColor();
        app.remember_item((std::string(key_prefix) + items[i].first).c_str());
    }
    return clicked;
}

void draw_controls(App& app) {
    ChartState& s = app.chart;
    std::vector<std::pair<std::string, std::string>> kinds;
    int active = 0;
    for (ChartKind k : kChartKinds) {
        if (k == s.kind) active = static_cast<int>(kinds.size());
        kinds.emplace_back(chart_kind_name(k), tr((std::string("chart.kind.") + chart_kind_name(k)).c_str()));
    }
    if (int c = segmented(app, "chart.kind.", kinds, active); c >= 0) chart_set_kind(app, kChartKinds[c]);

    // Export buttons, right-aligned on the same line; off while there is nothing to draw
    // (the tab says why), so an empty picture is never saved.
    const float export_w = ImGui::CalcTextSize(tr("chart.export_svg")).x + ImGui::CalcTextSize(tr("chart.export_png")).x +
                           ImGui::CalcTextSize(tr("chart.export_csv")).x + ImGui::GetStyle().FramePadding.x * 6 +
                           ImGui::GetStyle().ItemSpacing.x * 2;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < export_w) ImGui::NewLine();  // no room left on the kinds' line
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - export_w));
    const bool empty = current_chart(app).rows.empty();
    ImGui::BeginDisabled(empty);
    for (const char* format : {"svg", "png", "csv"}) {
        if (std::string_view(format) != "svg") ImGui::SameLine();
        const std::string key = std::string("chart.export_") + format;
        if (ImGui::Button(tr_id(key.c_str()))) chart_download(app, std::string_view(format) == "csv" ? "chart_csv" : format);
        if (empty && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr("chart.export_empty"));
        app.remember_item(key.c_str());
    }
    ImGui::EndDisabled();

    // Second line: what the chart groups by and counts.
    if (s.kind == ChartKind::Bars || s.kind == ChartKind::Compare) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.group"));
        ImGui::SameLine();
        std::vector<std::pair<std::string, std::string>> groups;
        std::vector<Field> offered;
        int g_active = 0;
        const bool all = s.kind == ChartKind::Bars && s.all_reports;
        for (Field f : all ? std::span<const Field>(kAllReportsGroupings) : std::span<const Field>(kChartGroupings)) {
            if (f == s.grouping) g_active = static_cast<int>(groups.size());
            groups.emplace_back(field_name(f), tr(chart_field_key(f)));
            offered.push_back(f);
        }
        if (int c = segmented(app, "chart.group.", groups, g_active); c >= 0) chart_set_grouping(app, offered[c]);
        ImGui::SameLine(0, ImGui::GetFontSize());
    }
    if (s.kind == ChartKind::Bars) {
        // The bars of this report, or of every loaded report together.
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.scope"));
        ImGui::SameLine();
        const std::vector<std::pair<std::string, std::string>> scopes = {{"report", tr("chart.scope.report")},
                                                                          {"all", tr("chart.scope.all")}};
        if (int c = segmented(app, "chart.scope.", scopes, s.all_reports ? 1 : 0); c >= 0)
            chart_set_all_reports(app, c == 1);
        ImGui::SameLine(0, ImGui::GetFontSize());
    }
    if (s.kind == ChartKind::Template) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.template"));
        ImGui::SameLine();
        std::vector<std::pair<std::string, std::string>> items;
        int chosen = 0;
        for (TemplateChart c : kTemplateCharts) {
            if (c == s.template_chart) chosen = static_cast<int>(items.size());
            items.emplace_back(template_chart_name(c), tr((std::string("chart.template.short.") + template_chart_name(c)).c_str()));
        }
        if (int c = segmented(app, "chart.template.", items, chosen); c >= 0 && kTemplateCharts[c] != s.template_chart) {
            s.template_chart = kTemplateCharts[c];
            s.selected.clear();
            chart_changed(app);
        }
        if (s.template_chart == TemplateChart::Outcomes) {
            ImGui::SameLine(0, ImGui::GetFontSize());
            const std::vector<std::pair<std::string, std::string>> styles = {{"stacked", tr("chart.kind.stacked")},
                                                                              {"donut", tr("chart.kind.donut")}};
            if (int c = segmented(app, "chart.style.", styles, s.template_donut ? 1 : 0); c >= 0 && (c == 1) != s.template_donut) {
                s.template_donut = c == 1;
                chart_changed(app);
            }
        }
        return;
    }
    if (s.kind == ChartKind::Trend || s.kind == ChartKind::Ranking) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.kf"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
        if (ImGui::BeginCombo("##chart-keyfigure", chart_key_figure_name(s.key_figure).c_str())) {
            for (const char* name : kKeyFigureNames) {
                if (ImGui::Selectable(chart_key_figure_name(name).c_str(), s.key_figure == name) && s.key_figure != name) {
                    s.key_figure = name;
                    s.selected.clear();
                    chart_changed(app);
                }
                app.remember_item((std::string("chart.keyfigure.") + name).c_str());
            }
            ImGui::EndCombo();
        }
        app.remember_item("chart.keyfigure");
        if (s.kind == ChartKind::Trend) {
            ImGui::SameLine(0, ImGui::GetFontSize());
            const std::vector<std::pair<std::string, std::string>> styles = {{"line", tr("chart.style.line")},
                                                                              {"bars", tr("chart.kind.bars")}};
            if (int c = segmented(app, "chart.style.", styles, s.trend_line ? 0 : 1); c >= 0 && (c == 0) != s.trend_line) {
                s.trend_line = c == 0;
                chart_changed(app);
            }
        }
        return;
    }
    if (s.kind == ChartKind::KeyCompare) return;
    if (s.kind != ChartKind::Donut) {
        const Report* r = app.current();
        const std::vector<std::string> measures = r ? chart_measures(*r) : std::vector<std::string>{};
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.measure"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 9,
                                         ImGui::CalcTextSize(chart_measure_name(s.measure).c_str()).x + ImGui::GetFrameHeight() * 2));
        if (ImGui::BeginCombo("##chart-measure", chart_measure_name(s.measure).c_str())) {
            for (const std::string& m : measures) {
                if (ImGui::Selectable(chart_measure_name(m).c_str(), m == s.measure)) {
                    s.measure = m;
                    s.unit.clear();
                    s.drill.clear();
                    chart_changed(app);
                }
                app.remember_item(("chart.measure." + m).c_str());
            }
            ImGui::EndCombo();
        }
        app.remember_item("chart.measure");
    } else {
        const auto& choices = chart_breakdowns(app);
        const int current = chart_breakdown_index(app);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("chart.breakdown"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24));
        const std::string preview = current >= 0 ? chart_choice_label(choices[current]) : std::string();
        if (ImGui::BeginCombo("##chart-breakdown", preview.c_str())) {
            for (std::size_t i = 0; i < choices.size(); ++i) {
                ImGui::PushID(static_cast<int>(i));
                if (ImGui::Selectable(chart_choice_label(choices[i]).c_str(), static_cast<int>(i) == current)) {
                    s.breakdown_total = choices[i].total_id;
                    s.breakdown = choices[i].breakdown;
                    chart_changed(app);
                }
                ImGui::PopID();
                app.remember_item(("chart.breakdown." + std::to_string(i)).c_str());
            }
            ImGui::EndCombo();
        }
        app.remember_item("chart.breakdown");
    }
}

void draw_breadcrumb(App& app) {
    ChartState& s = app.chart;
    ImGui::AlignTextToFramePadding();
    // Level 0 is "all of the report"; then one crumb per drill step.
    std::size_t go_to = SIZE_MAX;
    for (std::size_t i = 0; i <= s.drill.size(); ++i) {
        if (i > 0) {
            ImGui::SameLine(0, 4);
            ImGui::TextDisabled("›");
            ImGui::SameLine(0, 4);
        }
        std::string text = i == 0 ? std::string(tr("chart.crumb.all"))
                                  : (s.drill[i - 1].second.empty() ? std::string(tr("figures.not_stated"))
                                                                   : s.drill[i - 1].second);
        const bool last = i == s.drill.size();
        const std::string key = "chart.crumb." + std::to_string(i);
        if (last) {
            ImGui::TextUnformatted(text.c_str());
        } else {
            text += "###" + key;
            if (ImGui::SmallButton(text.c_str())) go_to = i;
        }
        app.remember_item(key.c_str());
    }
    if (drill_next(chart_field(s))) {
        ImGui::SameLine(0, ImGui::GetFontSize());
        ImGui::TextDisabled("%s", tr(s.drill.empty() ? "chart.hint.drill" : "chart.hint.back"));
    }
    if (go_to != SIZE_MAX) chart_back(app, go_to);
}

void draw_legend(App& app, const ChartData& d) {
    std::vector<std::string> names;
    const bool rows_are_entries = d.kind == ChartKind::Donut;
    if (rows_are_entries)
        for (const ChartRow& r : d.rows) names.push_back(r.label);
    else
        names = d.series;
    const float em = ImGui::GetFontSize();
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    std::string toggled;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const bool visible = rows_are_entries ? d.row_visible(i) : d.series_visible(i);
        const float w = em * 1.2f + ImGui::CalcTextSize(names[i].c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("##legend", ImVec2(w, ImGui::GetFrameHeight()))) toggled = names[i];
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        app.remember_item(("chart.legend." + std::to_string(i)).c_str());
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float h = ImGui::GetFrameHeight();
        if (hovered) dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBgHovered), 3);
        const ImVec2 sw(p.x + em * 0.2f, p.y + (h - em * 0.8f) * 0.5f);
        if (visible)
            dl->AddRectFilled(sw, ImVec2(sw.x + em * 0.8f, sw.y + em * 0.8f), palette_colour(i), 2);
        else
            dl->AddRect(sw, ImVec2(sw.x + em * 0.8f, sw.y + em * 0.8f), palette_colour(i), 2, 0, 1.5f);
        const ImVec2 tp(p.x + em * 1.2f, p.y + (h - em) * 0.5f);
        dl->AddText(tp, ImGui::GetColorU32(visible ? ImGuiCol_Text : ImGuiCol_TextDisabled), names[i].c_str());
        if (!visible) {
            const float tw = ImGui::CalcTextSize(names[i].c_str()).x;
            dl->AddLine(ImVec2(tp.x, tp.y + em * 0.55f), ImVec2(tp.x + tw, tp.y + em * 0.55f),
                        ImGui::GetColorU32(ImGuiCol_TextDisabled));
        }
        if (hovered) ImGui::SetTooltip("%s", tr(visible ? "chart.legend.hide" : "chart.legend.show"));
    }
    if (!toggled.empty()) chart_toggle_series(app, toggled);
}

// The totals shown apart from the bars (主动公开 9538 条), each with its quote on hover; a
// click shows the figure in the details and source views.
void draw_kpis(App& app, const ChartData& d) {
    for (std::size_t i = 0; i < d.kpis.size(); ++i) {
        const ChartKpi& k = d.kpis[i];
        if (i > 0) ImGui::SameLine(0, ImGui::GetFontSize());
        const std::string text = std::string(tr("chart.kpi")) + "：" + (k.series.empty() ? "" : k.series + " · ") + k.label +
                                 " " + display_number(k.value) + " " + k.unit + "###chart.kpi." + std::to_string(i);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
        const bool clicked = ImGui::SmallButton(text.c_str());
        ImGui::PopStyleColor();
        app.remember_item(("chart.kpi." + std::to_string(i)).c_str());
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
            ImGui::TextUnformatted(tr("chart.kpi.why"));
            if (!k.quote.empty()) ImGui::TextWrapped("“%s”", k.quote.c_str());
            if (!k.location.empty()) ImGui::TextDisabled("%s", k.location.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        if (clicked && !k.figure_id.empty() && k.series.empty())
            if (const Report* r = app.current())
                for (std::size_t f = 0; f < r->figures.size(); ++f)
                    if (r->figures[f].id == k.figure_id) app.focus_figure(static_cast<int>(f), true);
    }
}

// One unit at a time: a switch when the measure has several (条 and 件 never share an axis).
void draw_units(App& app, const ChartData& d) {
    if (d.units.size() < 2) return;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("chart.unit"));
    ImGui::SameLine();
    std::vector<std::pair<std::string, std::string>> items;
    int active = 0;
    for (const std::string& u : d.units) {
        if (u == d.unit) active = static_cast<int>(items.size());
        items.emplace_back(u, u);
    }
    if (int c = segmented(app, "chart.unit.", items, active); c >= 0) chart_set_unit(app, d.units[c]);
}

// The words around a table cell's digits in its report's text ("…申请数量\t40\t6…", the digits
// in 【】), from the cell's recorded offsets (code points); "" when it has none.
std::string cell_in_context(const Report& r, const std::string& pointer) {
    if (!r.tables) return {};
    const Quote* q = r.tables->source_of(pointer);
    if (!q || !q->start || !q->end || *q->end < *q->start) return {};
    constexpr std::int64_t kAround = 24;
    const std::int64_t from = std::max<std::int64_t>(0, *q->start - kAround), to = *q->end + kAround;
    std::string out = from > 0 ? "…" : "";
    std::int64_t cp = -1;
    for (std::size_t i = 0; i < r.text.size(); ++i) {
        const auto c = static_cast<unsigned char>(r.text[i]);
        if ((c & 0xC0) != 0x80) {
            ++cp;
            if (cp == *q->start) out += "【";
            if (cp == *q->end) out += "】";
            if (cp >= to) return out + "…";
        }
        if (cp >= from) out += (r.text[i] == '\t' || r.text[i] == '\n') ? ' ' : r.text[i];
    }
    if (cp + 1 == *q->end) out += "】";
    return out;
}

// The chosen bar or point: each series' value, status, cell or figure, and quote; a prose
// figure of the current report opens in the details and source views.
void draw_selected(App& app, const ChartData& d) {
    const ChartRow* row = nullptr;
    for (const ChartRow& r : d.rows)
        if (r.key == app.chart.selected) row = &r;
    if (!row) return;
    ImGui::BeginChild("##chart-selected", ImVec2(0, 0), ImGuiChildFlags_Borders);
    ImGui::TextUnformatted(row->label.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr_id("chart.selected.close"))) chart_select(app, row->key);
    app.remember_item("chart.selected.close");
    for (std::size_t s = 0; s < row->values.size(); ++s) {
        ImGui::PushID(static_cast<int>(s));
        const bool present = s >= row->present.size() || row->present[s];
        std::string line = d.series.size() > 1 ? d.series[s] + "：" : std::string();
        line += present ? display_number(row->values[s]) + " " + row->unit : std::string(tr("chart.absent"));
        const std::string status = s < row->statuses.size() ? row->statuses[s] : std::string();
        if (!status.empty()) {
            const std::string key = "chart.status." + status;
            const char* t = tr(key.c_str());
            line += "（" + (key == t ? status : std::string(t)) + "）";
        }
        ImGui::TextUnformatted(line.c_str());
        const std::string source = s < row->sources.size() ? row->sources[s] : std::string();
        if (!source.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s %s", tr("chart.csv.source"), source.c_str());
            // A prose figure: /figures/<index> of its report, shown in the source view.
            const std::string id = s < row->report_ids.size() ? row->report_ids[s] : std::string();
            if (source.rfind("/tables/", 0) == 0 && source.find(',') == std::string::npos)
                for (const Report& r : app.reports)
                    if (r.id == id)
                        if (const std::string context = cell_in_context(r, source); !context.empty())
                            ImGui::TextWrapped("%s", context.c_str());
            if (source.rfind("/figures/", 0) == 0 && !id.empty()) {
                ImGui::SameLine();
                if (ImGui::SmallButton(tr_id("chart.selected.show"))) {
                    for (std::size_t i = 0; i < app.reports.size(); ++i)
                        if (app.reports[i].id == id) app.select_report(static_cast<int>(i));
                    app.focus_figure(std::atoi(source.c_str() + 9), true);
                }
                app.remember_item(("chart.selected.show." + std::to_string(s)).c_str());
            }
        }
        ImGui::PopID();
    }
    for (const std::string& q : row->quotes) ImGui::TextWrapped("“%s”", q.c_str());
    ImGui::EndChild();
    app.remember_item("chart.selected");
}

}  // namespace

void draw_area_chart(App& app) {
    app.chart.tooltip.reset();
    const Report* report = app.current();
    if (!report) {
        ImGui::TextWrapped("%s", tr("status.no_reports"));
        return;
    }
    // Esc steps back one drill level (when no window, popup or text field has it).
    if (app.chart.kind == ChartKind::Bars && !app.chart.drill.empty() && ImGui::IsKeyPressed(ImGuiKey_Escape, false) &&
        !ImGui::GetIO().WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) && !app.text_view &&
        !app.show_export && !app.show_help && !app.show_about && !keyboard_menu_owns_escape(app))
        chart_back(app, app.chart.drill.size() - 1);

    draw_controls(app);
    const ChartData& d = current_chart(app);
    const ChartKind kind = app.chart.kind;
    ImGui::Separator();
    ImGui::TextUnformatted(d.title.c_str());
    if (!d.subtitle.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", d.subtitle.c_str());
    }
    draw_kpis(app, d);
    draw_units(app, d);
    if (kind == ChartKind::Bars) draw_breadcrumb(app);
    // The donut's legend is beside its ring (chart_draw.cpp): one legend, never two.
    if (d.kind == ChartKind::Stacked || d.kind == ChartKind::Compare) draw_legend(app, d);
    if ((kind == ChartKind::Compare || kind == ChartKind::KeyCompare) && app.reports.size() < 2) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", tr("chart.compare.need"));
    }
    if (kind == ChartKind::Trend && d.rows.size() == 1) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", tr("chart.trend.need"));
    }
    if (d.rows.empty()) {
        ImGui::Spacing();
        const bool no_tables = kind == ChartKind::Template && !report->tables;
        ImGui::TextWrapped("%s", tr(no_tables ? "chart.template.none" : "chart.empty"));
        return;
    }
    ImGui::Spacing();
    if (d.select_rows && !app.chart.selected.empty()) {
        // The plot keeps most of the room; the chosen bar's cells and quotes go below it.
        const float details_h = ImGui::GetFontSize() * 7;
        ImGui::BeginChild("##chart-main", ImVec2(0, std::max(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().y - details_h)));
        draw_chart_plot(app, d);
        ImGui::EndChild();
        draw_selected(app, d);
    } else {
        draw_chart_plot(app, d);
    }
}

}  // namespace gongkai::ui
