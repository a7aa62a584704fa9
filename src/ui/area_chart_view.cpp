// area_chart_view.cpp — horizontal bars: how much each area of the report made public.
//
// Drawn with ImGui's draw list (no charting library exists offline). The numbers come
// from the core's aggregate() with measure = published, so totals and their parts are
// never counted twice. The full chart suite (drill-down, stacks, donut) comes later.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // RenderTextEllipsis
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {
namespace {

// A step of 1, 2 or 5 times a power of ten giving about `target` ticks up to `max`.
double nice_step(double max, int target) {
    if (max <= 0) return 1;
    const double raw = max / target;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    const double step = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
    return std::max(1.0, step * mag);  // counts are whole numbers
}

struct Bars {
    std::uint64_t generation = ~0ull;
    std::vector<Group> groups;
    std::map<std::string, double> unit_totals;  // for shares: only bars of one unit add up
};

const Bars& bars_for(const App& app, const Report& report) {
    static Bars cache;
    if (cache.generation == app.generation) return cache;
    cache.generation = app.generation;
    Filter filter;
    filter.measure = "published";
    cache.groups = aggregate({report}, {Field::Area}, filter);
    cache.unit_totals.clear();
    for (const Group& g : cache.groups) cache.unit_totals[g.unit] += g.total;
    return cache;
}

}  // namespace

void draw_area_chart(App& app) {
    const Report* report = app.current();
    if (!report) {
        ImGui::TextWrapped("%s", tr("status.no_reports"));
        return;
    }
    const Bars& bars = bars_for(app, *report);
    ImGui::TextUnformatted(tr("chart.title"));
    ImGui::TextDisabled("%s", tr("chart.subtitle"));
    ImGui::Spacing();
    if (bars.groups.empty()) {
        ImGui::TextWrapped("%s", tr("chart.empty"));
        return;
    }

    const bool several_units = bars.unit_totals.size() > 1;
    std::vector<std::string> labels;
    for (const Group& g : bars.groups) {
        std::string l = g.keys.empty() || g.keys[0].empty() ? tr("figures.not_stated") : g.keys[0];
        if (several_units) l += "（" + g.unit + "）";
        labels.push_back(std::move(l));
    }

    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float avail_w = ImGui::GetContentRegionAvail().x;
    float label_w = 0;
    for (const std::string& l : labels) label_w = std::max(label_w, ImGui::CalcTextSize(l.c_str()).x);
    label_w = std::min(label_w, avail_w * 0.35f) + em * 0.5f;
    double max_value = 0;
    for (const Group& g : bars.groups) max_value = std::max(max_value, g.total);
    const double step = nice_step(max_value, 5);
    const double axis_max = std::max(step, std::ceil(max_value / step) * step);
    const float value_w = ImGui::CalcTextSize("0000000").x;
    const float plot_w = std::max(em * 4, avail_w - label_w - value_w - style.ItemSpacing.x);
    const float bar_h = std::round(em * 1.5f);
    const float gap = std::round(em * 0.5f);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float plot_x = origin.x + label_w;
    const float chart_h = static_cast<float>(bars.groups.size()) * (bar_h + gap);

    // Grid and ticks under the bars.
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator, 0.5f);
    const ImU32 text_dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (double t = 0; t <= axis_max + 1e-9; t += step) {
        const float x = plot_x + static_cast<float>(t / axis_max) * plot_w;
        dl->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + chart_h), grid);
        const std::string s = format_number(t);
        const float w = ImGui::CalcTextSize(s.c_str()).x;
        dl->AddText(ImVec2(x - w * 0.5f, origin.y + chart_h + 2), text_dim, s.c_str());
    }

    // A colour-blind-safe blue (Okabe–Ito), brighter when hovered.
    const ImU32 bar_col = IM_COL32(0, 114, 178, 255);
    const ImU32 bar_hover = IM_COL32(86, 180, 233, 255);
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    for (size_t i = 0; i < bars.groups.size(); ++i) {
        const Group& g = bars.groups[i];
        const float y = origin.y + static_cast<float>(i) * (bar_h + gap);
        const float len = static_cast<float>(g.total / axis_max) * plot_w;

        ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
        ImGui::PushID(static_cast<int>(i));
        ImGui::InvisibleButton("##bar", ImVec2(label_w + std::max(len, 2.0f), bar_h));
        ImGui::PopID();
        const std::string key = "chart.bar." + std::to_string(i);
        app.remember_item(key.c_str());
        const bool hovered = ImGui::IsItemHovered();

        // Label, right-aligned against the axis; a long one ends in "…" (full text in the tooltip).
        const ImVec2 ls = ImGui::CalcTextSize(labels[i].c_str());
        const float label_right = plot_x - em * 0.5f;
        const float lx = std::max(origin.x, label_right - ls.x);
        const float ty = y + (bar_h - ls.y) * 0.5f;
        ImGui::RenderTextEllipsis(dl, ImVec2(lx, ty), ImVec2(label_right, ty + ls.y), label_right, labels[i].c_str(),
                                  nullptr, &ls);
        dl->AddRectFilled(ImVec2(plot_x, y), ImVec2(plot_x + std::max(len, 1.0f), y + bar_h),
                          hovered ? bar_hover : bar_col, 2.0f);
        const std::string v = format_number(g.total) + " " + g.unit;
        dl->AddText(ImVec2(plot_x + len + em * 0.4f, ty), text_col, v.c_str());

        if (hovered) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(labels[i].c_str());
            ImGui::Separator();
            ImGui::Text("%s %s", format_number(g.total).c_str(), g.unit.c_str());
            const double all = bars.unit_totals.at(g.unit);
            if (all > 0) ImGui::TextDisabled("%.1f%%", 100.0 * g.total / all);
            ImGui::TextDisabled(tr("chart.tooltip.figures"), static_cast<int>(g.figures));
            ImGui::EndTooltip();
        }
    }
    // Claim the space (bars plus the tick labels) so the child window scrolls correctly.
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + chart_h + em * 1.5f));
    ImGui::Dummy(ImVec2(avail_w, 1));
}

}  // namespace gongkai::ui
