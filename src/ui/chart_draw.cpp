// chart_draw.cpp — the plots of the charts tab, drawn with ImGui's draw lists.
//
// [SECTION] Shared: tooltip, label column
// [SECTION] Horizontal bars: single, stacked, grouped (compare) + the differences table
// [SECTION] Donut
// [SECTION] Treemap
//
// Everything drawn comes from the cached ChartData (chart_view.cpp); per frame only
// positions and text sizes are computed. Item keys (chart.bar.<n>, chart.slice.<n>,
// chart.tile.<n>) let tests hover and click real positions.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"  // RenderTextEllipsis
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/chart_view.hpp"
#include "ui/i18n.hpp"
#include "ui/palette.hpp"

namespace gongkai::ui {
namespace {

constexpr float kPi = 3.14159265358979f;

// ============================================================================
// [SECTION] Shared
// ============================================================================

std::string value_text(double v, const std::string& unit) { return display_number(v) + (unit.empty() ? "" : " " + unit); }

// Shows the tooltip of a hovered bar/slice/tile and records it for state().view.chartTooltip.
void show_tooltip(App& app, const std::string& label, double value, const std::string& unit, double unit_total,
                  const std::vector<std::string>& quotes, const std::string& series = {}, std::size_t figures = 0) {
    ChartTooltip t;
    t.label = label;
    t.value = value;
    t.unit = unit;
    t.series = series;
    t.quotes = quotes;
    t.share = unit_total > 0 ? 100.0 * value / unit_total : -1;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ImGui::TextUnformatted(label.c_str());
    if (!series.empty()) ImGui::TextDisabled("%s", series.c_str());
    ImGui::Separator();
    ImGui::Text("%s", value_text(value, unit).c_str());
    if (t.share >= 0) {
        ImGui::SameLine();
        ImGui::TextDisabled(tr("chart.tooltip.share"), t.share);
    }
    if (figures > 1) ImGui::TextDisabled(tr("chart.tooltip.figures"), static_cast<int>(figures));
    for (const std::string& q : quotes) {
        const std::string line = "“" + q + "”";
        ImGui::TextWrapped("%s", line.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    app.chart.tooltip = std::move(t);
}

// Draws `text` from `left`, shortened with "…" when wider than `max_w`; true when shortened.
bool label_left(ImDrawList* dl, const std::string& text, float left, float y, float max_w) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    ImGui::RenderTextEllipsis(dl, ImVec2(left, y), ImVec2(left + max_w, y + size.y), left + max_w, text.c_str(), nullptr,
                              &size);
    return size.x > max_w;
}

// Draws `text` right-aligned against `right`, shortened with "…" when wider than `max_w`.
// Returns true when it was shortened (the caller shows the full text on hover).
bool label_right(ImDrawList* dl, const std::string& text, float right, float y, float max_w) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const float x = std::max(right - max_w, right - size.x);
    ImGui::RenderTextEllipsis(dl, ImVec2(x, y), ImVec2(right, y + size.y), right, text.c_str(), nullptr, &size);
    return size.x > max_w;
}

// ============================================================================
// [SECTION] Horizontal bars
// ============================================================================

void draw_compare_table(App& app, const ChartData& d);

void draw_bars(App& app, const ChartData& d, float height) {
    const bool stacked = d.kind == ChartKind::Stacked;
    const bool grouped = d.kind == ChartKind::Compare;
    const bool drillable = !d.select_rows && app.chart.kind == ChartKind::Bars && drill_next(chart_field(app.chart)).has_value();
    const bool selectable = d.select_rows;
    const float em = ImGui::GetFontSize();

    ImGui::BeginChild("##bars", ImVec2(0, height), ImGuiChildFlags_None);
    keyboard_panel_target(app, Panel::Centre);   // Tab to the centre: the arrows go through the bars
    const float avail_w = ImGui::GetContentRegionAvail().x;
    std::vector<std::string> labels;
    float label_w = 0;
    for (const ChartRow& r : d.rows) {
        labels.push_back(d.row_label(r));
        label_w = std::max(label_w, ImGui::CalcTextSize(labels.back().c_str()).x);
    }
    const float label_max = std::max(em * 4, avail_w * 0.3f);
    label_w = std::min(label_w, label_max) + em * 0.6f;
    // A phone puts each label on its own line above its bar: the bars get the whole width
    // and the labels are not cut to a few characters.
    const bool labels_above = phone_layout(ImGui::GetMainViewport()->WorkSize.x);
    const float label_line = labels_above ? std::round(em * 1.2f) : 0.0f;
    if (labels_above) label_w = 0;
    std::size_t visible_series = 0;
    for (std::size_t s = 0; s < d.series.size(); ++s) visible_series += d.series_visible(s) ? 1 : 0;
    const float sub_h = std::round(em * 1.0f);
    const float bar_h = grouped ? sub_h * static_cast<float>(std::max<std::size_t>(1, visible_series)) : std::round(em * 1.5f);
    const float gap = std::round(em * 0.6f);
    const Ticks ticks = nice_ticks(d.max_value(), std::max(2, static_cast<int>(avail_w / (em * 7))));
    const float value_w = ImGui::CalcTextSize(labels_above ? "00000 (00.0%)" : "00000 (00.0%) 人次").x;
    const float plot_w = std::max(em * 6, avail_w - label_w - value_w);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float plot_x = origin.x + label_w;
    const float chart_h = static_cast<float>(d.rows.size()) * (label_line + bar_h + gap);
    const auto x_of = [&](double v) { return plot_x + static_cast<float>(v / ticks.end) * plot_w; };

    // Grid under the bars; the tick labels come after them (below).
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator, 0.45f);
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    const auto for_each_tick = [&](auto&& f) {
        for (double t = 0; t <= ticks.end + ticks.step * 1e-6; t += ticks.step) f(t, x_of(t));
    };
    for_each_tick([&](double, float x) { dl->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + chart_h), grid); });

    const std::size_t n = d.rows.size();
    std::string drill_key;
    bool drill = false;
    for (std::size_t i = 0; i < n; ++i) {
        const ChartRow& r = d.rows[i];
        const float y = origin.y + static_cast<float>(i) * (label_line + bar_h + gap) + gap * 0.5f + label_line;
        ImGui::SetCursorScreenPos(ImVec2(origin.x, y - label_line));
        ImGui::PushID(static_cast<int>(i));
        // Reachable by the arrows, Enter/Space drill in (or select), like a click.
        const bool clicked = ImGui::InvisibleButton("##bar", ImVec2(std::max(1.0f, avail_w), label_line + bar_h),
                                                    ImGuiButtonFlags_EnableNav);
        ImGui::PopID();
        app.remember_item(("chart.bar." + std::to_string(i)).c_str());
        const bool hovered = ImGui::IsItemHovered();
        if (clicked && (drillable || selectable)) {
            drill = true;
            drill_key = r.key;
        }
        if (hovered && (drillable || selectable)) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (selectable && r.key == app.chart.selected)
            dl->AddRect(ImVec2(origin.x, y - label_line - 2), ImVec2(origin.x + avail_w, y + bar_h + 2),
                        ImGui::GetColorU32(ImGuiCol_NavCursor), 3, 0, 2.0f);

        const float ty = y + (bar_h - em) * 0.5f;
        const bool shortened = labels_above ? label_left(dl, labels[i], origin.x, y - label_line, avail_w)
                                            : label_right(dl, labels[i], plot_x - em * 0.6f, ty, label_w - em * 0.6f);
        const double unit_total = d.unit_total(r.unit);
        const float mouse_x = ImGui::GetIO().MousePos.x, mouse_y = ImGui::GetIO().MousePos.y;

        if (grouped) {
            float sy = y;
            int hovered_series = -1;
            for (std::size_t s = 0; s < d.series.size(); ++s) {
                if (!d.series_visible(s)) continue;
                const float x1 = x_of(r.values[s]);
                const bool lit = hovered && mouse_y >= sy && mouse_y < sy + sub_h;
                if (lit) hovered_series = static_cast<int>(s);
                dl->AddRectFilled(ImVec2(plot_x, sy + 1), ImVec2(std::max(x1, plot_x + 1), sy + sub_h - 1),
                                  lit ? palette_hover(s) : palette_colour(s), 2);
                const std::string v = r.present[s] ? display_number(r.values[s]) : "—";
                dl->AddText(ImGui::GetFont(), em * 0.85f, ImVec2(x1 + em * 0.3f, sy + (sub_h - em * 0.85f) * 0.5f), ink,
                            v.c_str());
                sy += sub_h;
            }
            if (hovered) {
                const std::size_t s = hovered_series >= 0 ? static_cast<std::size_t>(hovered_series) : 0;
                std::vector<std::string> none;
                if (!r.present[s]) none.push_back(tr("chart.absent"));  // not in this report, not a zero
                show_tooltip(app, labels[i], r.values[s], r.unit, 0, none, d.series[s], 0);
            }
        } else {
            float x = plot_x;
            double shown = 0;
            int hovered_series = -1;
            for (std::size_t s = 0; s < r.values.size(); ++s) {
                if (!d.series_visible(s)) continue;
                const float x1 = x_of(shown + r.values[s]);
                const std::size_t colour = stacked ? s : 0;
                const bool lit = hovered && (!stacked || (mouse_x >= x && mouse_x < x1));
                if (lit && stacked) hovered_series = static_cast<int>(s);
                if (r.values[s] > 0)
                    dl->AddRectFilled(ImVec2(x, y), ImVec2(std::max(x1, x + 1), y + bar_h),
                                      lit ? palette_hover(colour) : palette_colour(colour), stacked ? 0.0f : 2.0f);
                // A thin gap between stacked segments keeps neighbours apart without colour alone.
                if (stacked && r.values[s] > 0 && x1 - x > 3)
                    dl->AddLine(ImVec2(x1, y), ImVec2(x1, y + bar_h), ImGui::GetColorU32(ImGuiCol_WindowBg), 1.5f);
                x = x1;
                shown += r.values[s];
            }
            const bool absent = !stacked && !r.present.empty() && !r.present[0];
            std::string v = absent ? std::string(tr("chart.absent")) : value_text(shown, r.unit);
            if (!stacked && !absent && d.shares && unit_total > 0) {
                char share[32];
                std::snprintf(share, sizeof share, " (%.1f%%)", 100.0 * shown / unit_total);
                v += share;
            }
            dl->AddText(ImVec2(x + em * 0.4f, ty), ink, v.c_str());
            if (hovered) {
                if (hovered_series >= 0) {
                    const auto s = static_cast<std::size_t>(hovered_series);
                    show_tooltip(app, labels[i], r.values[s], r.unit, shown, r.quotes, d.series[s], 0);
                } else {
                    show_tooltip(app, labels[i], shown, r.unit, stacked || !d.shares ? 0 : unit_total, r.quotes, {}, r.figures);
                }
                (void)shortened;  // the tooltip's first line is the full label
            }
        }
    }
    // Tick labels at the foot of the bars, or, while the bars scroll (many rows, the compare
    // view), on a strip at the foot of the visible area, so the scale is always in view.
    const float label_h = em + 4;
    const float view_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
    const float axis_y = std::min(origin.y + chart_h, view_bottom - label_h);
    if (axis_y < origin.y + chart_h)
        dl->AddRectFilled(ImVec2(ImGui::GetWindowPos().x, axis_y), ImVec2(plot_x + plot_w + value_w, view_bottom),
                          ImGui::GetColorU32(ImGuiCol_WindowBg));
    for_each_tick([&](double t, float x) {
        const std::string s = display_number(t);
        const float w = ImGui::CalcTextSize(s.c_str()).x;
        dl->AddText(ImVec2(x - w * 0.5f, axis_y + 2), dim, s.c_str());
    });
    ImGui::SetCursorScreenPos(ImVec2(plot_x, axis_y));
    ImGui::Dummy(ImVec2(plot_w, label_h));   // within the content already laid out: no extra scrolling
    app.remember_item("chart.axis");
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + chart_h + em * 1.6f));
    ImGui::Dummy(ImVec2(avail_w, 1));
    ImGui::EndChild();
    app.remember_item("chart.plot");
    if (drill) {
        if (selectable)
            chart_select(app, drill_key);
        else
            chart_drill(app, drill_key);
    }
}

void draw_compare_table(App& app, const ChartData& d) {
    (void)app;
    const std::size_t n = d.series.size();
    if (n < 2) return;
    const int columns = 2 + static_cast<int>(n) + 2 * static_cast<int>(n - 1);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;
    if (!ImGui::BeginTable("##compare", columns, flags)) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(d.label_header.c_str());
    ImGui::TableSetupColumn(tr("col.unit"));
    for (const std::string& s : d.series) ImGui::TableSetupColumn(s.c_str());
    std::vector<std::string> heads;
    for (std::size_t s = 1; s < n; ++s) {
        char buf[256];
        std::snprintf(buf, sizeof buf, tr("chart.compare.diff_vs"), d.series[s].c_str(), d.series[0].c_str());
        heads.push_back(buf);
        heads.push_back(std::string(tr("chart.compare.change")) + "##" + std::to_string(s));
    }
    for (const std::string& h : heads) ImGui::TableSetupColumn(h.c_str());
    ImGui::TableHeadersRow();
    const ImU32 up = to_imgui(series_colour(2)), down = to_imgui(series_colour(3));  // green / vermillion
    for (const ChartRow& r : d.rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.label.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.unit.c_str());
        for (std::size_t s = 0; s < n; ++s) {
            ImGui::TableNextColumn();
            if (r.present[s])
                ImGui::TextUnformatted(display_number(r.values[s]).c_str());
            else
                ImGui::TextDisabled("%s", tr("chart.absent"));
        }
        for (std::size_t s = 1; s < n; ++s) {
            // A row one report lacks has no change: "—", never a fall to zero (−100%).
            const auto change = compare_difference(r, 0, s);
            const auto pct = compare_percent(r, 0, s);
            ImGui::TableNextColumn();
            if (change) {
                const double diff = *change;
                const std::string dt = (diff > 0 ? "+" : "") + display_number(diff);
                // Arrows as well as colour: the sign never depends on colour vision.
                ImGui::PushStyleColor(ImGuiCol_Text, diff > 0 ? up : diff < 0 ? down : ImGui::GetColorU32(ImGuiCol_Text));
                ImGui::Text("%s %s", diff > 0 ? "▲" : diff < 0 ? "▼" : "＝", dt.c_str());
                ImGui::PopStyleColor();
            } else {
                ImGui::TextDisabled("—");
            }
            ImGui::TableNextColumn();
            if (pct)
                ImGui::Text("%+.1f%%", *pct);
            else
                ImGui::TextDisabled("—");
        }
    }
    ImGui::EndTable();
}

// ============================================================================
// [SECTION] Donut
// ============================================================================

void draw_donut(App& app, const ChartData& d, float height) {
    const float em = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float r_out = std::max(em * 4, std::min(height * 0.45f, avail_w * 0.22f));
    const float r_in = r_out * 0.6f;
    const ImVec2 c(origin.x + r_out + em, origin.y + r_out + em * 0.5f);
    ImDrawList* dl = ImGui::GetWindowDrawList();

    double total = 0;
    for (std::size_t i = 0; i < d.rows.size(); ++i)
        if (d.row_visible(i)) total += d.rows[i].values[0];
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float mdx = mouse.x - c.x, mdy = mouse.y - c.y;
    const float mr = std::sqrt(mdx * mdx + mdy * mdy);
    float ma = std::atan2(mdy, mdx);  // -pi..pi, 0 = 3 o'clock
    if (ma < -kPi / 2) ma += 2 * kPi;  // slices start at 12 o'clock (-pi/2)
    const bool in_ring = ImGui::IsWindowHovered() && mr >= r_in && mr <= r_out;

    // One invisible button over the ring's box takes the hover and keeps ImGui's focus right.
    ImGui::SetCursorScreenPos(ImVec2(c.x - r_out, c.y - r_out));
    ImGui::InvisibleButton("##donut", ImVec2(r_out * 2, r_out * 2));
    app.remember_item("chart.donut");
    float a = -kPi / 2;
    int hovered = -1;
    for (std::size_t i = 0; i < d.rows.size() && total > 0; ++i) {
        if (!d.row_visible(i)) continue;
        const float sweep = static_cast<float>(d.rows[i].values[0] / total) * 2 * kPi;
        const bool lit = in_ring && ma >= a && ma < a + sweep;
        if (lit) hovered = static_cast<int>(i);
        const float rm = (r_out + r_in) * 0.5f;
        const int segments = std::max(4, static_cast<int>(sweep / (2 * kPi) * 96));
        dl->PathArcTo(c, lit ? rm + em * 0.15f : rm, a, a + sweep, segments);
        dl->PathStroke(lit ? palette_hover(i) : palette_colour(i), ImDrawFlags_None,
                       (r_out - r_in) + (lit ? em * 0.3f : 0.0f));
        // A key at the middle of the slice so tests can hover it.
        const float am = a + sweep * 0.5f;
        const ImVec2 mid(c.x + std::cos(am) * rm, c.y + std::sin(am) * rm);
        app.remember_rect(("chart.slice." + std::to_string(i)).c_str(), mid.x - 3, mid.y - 3, 6, 6);
        if (sweep > 0.35f) {
            char pct[16];
            std::snprintf(pct, sizeof pct, "%.0f%%", 100.0 * d.rows[i].values[0] / total);
            const ImVec2 ts = ImGui::CalcTextSize(pct);
            dl->AddText(ImVec2(mid.x - ts.x * 0.5f, mid.y - ts.y * 0.5f), palette_text_on(i), pct);
        }
        a += sweep;
    }
    // White separators between slices keep them apart for every colour vision.
    a = -kPi / 2;
    for (std::size_t i = 0; i < d.rows.size() && total > 0; ++i) {
        if (!d.row_visible(i)) continue;
        dl->AddLine(ImVec2(c.x + std::cos(a) * (r_in - 1), c.y + std::sin(a) * (r_in - 1)),
                    ImVec2(c.x + std::cos(a) * (r_out + 1), c.y + std::sin(a) * (r_out + 1)),
                    ImGui::GetColorU32(ImGuiCol_WindowBg), 2.0f);
        a += static_cast<float>(d.rows[i].values[0] / total) * 2 * kPi;
    }
    const std::string unit = d.rows.front().unit;
    const std::string centre = value_text(total, unit);
    ImFont* font = ImGui::GetFont();
    const float big = em * 1.6f;
    const ImVec2 cs = font->CalcTextSizeA(big, FLT_MAX, 0, centre.c_str());
    dl->AddText(font, big, ImVec2(c.x - cs.x * 0.5f, c.y - cs.y * 0.7f), ImGui::GetColorU32(ImGuiCol_Text), centre.c_str());
    const ImVec2 ls = ImGui::CalcTextSize(tr("chart.total"));
    dl->AddText(ImVec2(c.x - ls.x * 0.5f, c.y + cs.y * 0.35f), ImGui::GetColorU32(ImGuiCol_TextDisabled), tr("chart.total"));

    // The values beside the ring: label, value, share. They are the donut's one legend: a click
    // (or Enter on it) hides or shows a slice.
    const float lx = c.x + r_out + em * 2;
    float ly = origin.y + em * 0.5f;
    std::string toggled;
    for (std::size_t i = 0; i < d.rows.size(); ++i) {
        const bool visible = d.row_visible(i);
        dl->AddRectFilled(ImVec2(lx, ly + em * 0.15f), ImVec2(lx + em * 0.8f, ly + em * 0.95f), palette_colour(i, visible ? 1.0f : 0.3f), 2);
        std::string line = d.rows[i].label + "  " + value_text(d.rows[i].values[0], d.rows[i].unit);
        if (visible && total > 0) {
            char pct[24];
            std::snprintf(pct, sizeof pct, "  %.1f%%", 100.0 * d.rows[i].values[0] / total);
            line += pct;
        }
        dl->AddText(ImVec2(lx + em * 1.2f, ly), ImGui::GetColorU32(visible ? ImGuiCol_Text : ImGuiCol_TextDisabled), line.c_str());
        ImGui::SetCursorScreenPos(ImVec2(lx, ly));
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::InvisibleButton("##legend", ImVec2(em * 1.2f + ImGui::CalcTextSize(line.c_str()).x, em * 1.4f),
                                   ImGuiButtonFlags_EnableNav))
            toggled = d.rows[i].label;
        ImGui::PopID();
        app.remember_item(("chart.legend." + std::to_string(i)).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(visible ? "chart.legend.hide" : "chart.legend.show"));
        ly += em * 1.6f;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, std::max(origin.y + r_out * 2 + em, ly)));
    ImGui::Dummy(ImVec2(avail_w, 1));
    if (hovered >= 0) {
        const ChartRow& r = d.rows[static_cast<std::size_t>(hovered)];
        show_tooltip(app, r.label, r.values[0], r.unit, total, r.quotes);
    }
    if (!toggled.empty()) chart_toggle_series(app, toggled);
}

// ============================================================================
// [SECTION] Treemap
// ============================================================================

void draw_treemap(App& app, const ChartData& d, float height) {
    const float em = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x, h = std::max(em * 10, height - em * 0.5f);
    // Laid out again only when the data or the size changes.
    double total = 0;
    for (const ChartRow& r : d.rows) total += r.values[0];
    static std::string last_key;
    static std::vector<TreemapTile> tiles;
    char dims[96];
    std::snprintf(dims, sizeof dims, "|%zu|%.17g|%.1f|%.1f|%.1f", d.rows.size(), total, w, h, em);
    std::string key = d.title + '|' + d.subtitle + dims;
    if (key != last_key) {
        tiles = layout_treemap(d, w, h, em * 1.3f, 3);
        last_key = std::move(key);
    }
    ImGui::InvisibleButton("##treemap", ImVec2(w, h));
    const bool hovered_map = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const ImU32 bg = ImGui::GetColorU32(ImGuiCol_WindowBg);
    const TreemapTile* hovered = nullptr;
    for (const TreemapTile& t : tiles) {
        const ImVec2 a(origin.x + static_cast<float>(t.x), origin.y + static_cast<float>(t.y));
        const ImVec2 b(a.x + static_cast<float>(t.w), a.y + static_cast<float>(t.h));
        dl->PushClipRect(a, b, true);
        if (t.depth == 2) {
            const bool lit = hovered_map && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y;
            if (lit) hovered = &t;
            dl->AddRectFilled(a, b, lit ? palette_hover(t.area) : palette_colour(t.area));
            dl->AddRect(a, b, bg, 0, 0, 1.0f);
            app.remember_rect(("chart.tile." + std::to_string(t.row)).c_str(), a.x, a.y, b.x - a.x, b.y - a.y);
            if (t.w > em * 2.0 && t.h > em * 1.2) {
                const ImU32 ink = palette_text_on(t.area);
                // Shortened with "…" to the tile; the tooltip has the full path.
                ImGui::PushStyleColor(ImGuiCol_Text, ink);
                ImGui::RenderTextEllipsis(dl, ImVec2(a.x + 3, a.y + 2), ImVec2(b.x - 2, a.y + 2 + em), b.x - 2,
                                          t.label.c_str(), nullptr, nullptr);
                ImGui::PopStyleColor();
                if (t.h > em * 2.4) dl->AddText(ImVec2(a.x + 3, a.y + 2 + em * 1.1f), ink, display_number(t.value).c_str());
            }
        } else {
            dl->AddRectFilled(a, b, palette_colour(t.area, t.depth == 0 ? 0.28f : 0.18f));
            dl->AddRect(a, b, palette_colour(t.area, 0.9f), 0, 0, t.depth == 0 ? 1.5f : 1.0f);
            const std::string head = t.label + " " + display_number(t.value);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(t.depth == 0 ? ImGuiCol_Text : ImGuiCol_TextDisabled));
            ImGui::RenderTextEllipsis(dl, ImVec2(a.x + 4, a.y + 1), ImVec2(b.x - 2, a.y + 1 + em), b.x - 2, head.c_str(),
                                      nullptr, nullptr);
            ImGui::PopStyleColor();
        }
        dl->PopClipRect();
    }
    if (hovered && hovered->row < d.rows.size()) {
        const ChartRow& r = d.rows[hovered->row];
        std::string path = r.path[0] + " › " + (r.path[1].empty() ? "" : r.path[1] + " › ") + r.path[2];
        show_tooltip(app, path, r.values[0], r.unit, total, r.quotes, {}, r.figures);
    }
}

// ============================================================================
// [SECTION] Line (a key figure's trend over the years)
// ============================================================================

void draw_line(App& app, const ChartData& d, float height) {
    const float em = ImGui::GetFontSize();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float h = std::max(em * 10, std::min(height - em * 2, em * 22));
    const float axis_w = em * 4, top = origin.y + em, bottom = origin.y + h - em * 2;
    const float left = origin.x + axis_w, right = origin.x + avail_w - em * 2;
    const Ticks ticks = nice_ticks(d.max_value(), std::max(2, static_cast<int>((bottom - top) / (em * 3))));
    const auto y_of = [&](double v) { return bottom - static_cast<float>(v / ticks.end) * (bottom - top); };
    const std::size_t n = d.rows.size();
    const auto x_of = [&](std::size_t i) {
        return n <= 1 ? (left + right) * 0.5f : left + (right - left) * static_cast<float>(i) / static_cast<float>(n - 1);
    };
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator, 0.45f);
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    for (double t = 0; t <= ticks.end + ticks.step * 1e-6; t += ticks.step) {
        const float y = y_of(t);
        dl->AddLine(ImVec2(left, y), ImVec2(right, y), grid);
        const std::string s = display_number(t);
        dl->AddText(ImVec2(left - em * 0.4f - ImGui::CalcTextSize(s.c_str()).x, y - em * 0.5f), dim, s.c_str());
    }
    // The line joins neighbouring stated years only: a year not stated breaks it.
    for (std::size_t i = 1; i < n; ++i)
        if (d.rows[i - 1].present[0] && d.rows[i].present[0])
            dl->AddLine(ImVec2(x_of(i - 1), y_of(d.rows[i - 1].values[0])), ImVec2(x_of(i), y_of(d.rows[i].values[0])),
                        palette_colour(0), 2.5f);
    std::string clicked;
    for (std::size_t i = 0; i < n; ++i) {
        const ChartRow& r = d.rows[i];
        const float x = x_of(i);
        const std::string label = r.label;
        const ImVec2 ls = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(x - ls.x * 0.5f, bottom + em * 0.4f), ink, label.c_str());
        const float y = r.present[0] ? y_of(r.values[0]) : bottom;
        ImGui::SetCursorScreenPos(ImVec2(x - em * 0.7f, y - em * 0.7f));
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::InvisibleButton("##point", ImVec2(em * 1.4f, em * 1.4f))) clicked = r.key;
        ImGui::PopID();
        app.remember_item(("chart.point." + std::to_string(i)).c_str());
        const bool hovered = ImGui::IsItemHovered();
        const bool chosen = r.key == app.chart.selected;
        if (r.present[0]) {
            dl->AddCircleFilled(ImVec2(x, y), em * (hovered || chosen ? 0.45f : 0.32f),
                                hovered ? palette_hover(0) : palette_colour(0));
            if (chosen) dl->AddCircle(ImVec2(x, y), em * 0.7f, ImGui::GetColorU32(ImGuiCol_NavCursor), 0, 2.0f);
            const std::string v = display_number(r.values[0]);
            dl->AddText(ImVec2(x - ImGui::CalcTextSize(v.c_str()).x * 0.5f, y - em * 1.5f), ink, v.c_str());
        } else {
            dl->AddText(ImVec2(x - ImGui::CalcTextSize("—").x * 0.5f, y - em * 1.3f), dim, "—");
        }
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            std::vector<std::string> quotes = r.quotes;
            if (!r.present[0]) quotes.push_back(tr("chart.absent"));
            show_tooltip(app, label, r.values[0], r.unit, 0, quotes);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h));
    ImGui::Dummy(ImVec2(avail_w, 1));
    app.remember_rect("chart.plot", origin.x, origin.y, avail_w, h);
    if (!clicked.empty()) chart_select(app, clicked);
}

}  // namespace

void draw_chart_plot(App& app, const ChartData& d) {
    // A phone's controls take much of the height: the plot keeps a finger-usable height
    // anyway, and the tab scrolls to it.
    const bool phone = phone_layout(ImGui::GetMainViewport()->WorkSize.x);
    const float avail_h = phone ? std::max(ImGui::GetContentRegionAvail().y, kTouchTarget * 8)
                                : ImGui::GetContentRegionAvail().y;
    switch (d.kind) {
        case ChartKind::Bars:
        case ChartKind::Stacked:
            draw_bars(app, d, phone ? avail_h : 0);
            break;
        case ChartKind::Line: draw_line(app, d, avail_h); break;
        case ChartKind::Template:
        case ChartKind::Trend:
        case ChartKind::Ranking:
        case ChartKind::KeyCompare: break;  // states, never shapes
        case ChartKind::Compare: {
            const bool table = d.differences && d.series.size() >= 2;
            draw_bars(app, d, table ? std::max(ImGui::GetFontSize() * 8, avail_h * 0.55f) : 0);
            if (table) {
                ImGui::TextUnformatted(tr("chart.compare.table"));
                draw_compare_table(app, d);
            }
            break;
        }
        case ChartKind::Donut: draw_donut(app, d, avail_h); break;
        case ChartKind::Treemap: draw_treemap(app, d, avail_h); break;
    }
}

}  // namespace gongkai::ui
