// key_figure_cards.cpp — the current report's headline numbers (关键指标) as a strip of cards
// over the tabs, for both eras: 主动公开 N 条, 收到申请 N 件, 办理结果, 行政复议, 行政诉讼. Each
// card says how the number is known (已说明 / 文字说明为零 / 由表格推算 / 累计数 / 未说明) and a
// click shows where it comes from: a prose figure in the figures table, anything else (a table
// cell, words, a sum of cells) in the details and source panels of the Tables tab. The strip
// sits above the tab bar so it is there for every report whichever tab is open; it is also in
// the accessible mirror (#a11y-key-figures).
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "core/key_figures.hpp"
#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/template_tables_view.hpp"

namespace gongkai::ui {
namespace {

// The cards, in order: the names of core/key_figures.hpp.
constexpr const char* kCards[] = {"proactive_total", "applications_received", "handled_total", "reviews_total",
                                  "lawsuits_total"};
// The outcomes listed under 办理结果 (in its tooltip and details).
constexpr const char* kOutcomes[] = {"granted", "partially_granted", "refused", "unable_to_provide",
                                     "not_processed", "other_handling", "carried_forward"};

const KeyFigures& current_key_figures(const App& app) {
    static KeyFigures cached;
    static std::uint64_t generation = ~0ull;
    static int selected = -2;
    if (generation != app.generation || selected != app.selected) {
        generation = app.generation;
        selected = app.selected;
        cached = app.current() ? key_figures(*app.current()) : KeyFigures{};
    }
    return cached;
}

const char* status_key(KeyFigureStatus s) {
    switch (s) {
        case KeyFigureStatus::Stated: return "kpi.status.stated";
        case KeyFigureStatus::StatedInWords: return "kpi.status.stated_in_words";
        case KeyFigureStatus::Derived: return "kpi.status.derived";
        case KeyFigureStatus::Cumulative: return "kpi.status.cumulative";
        case KeyFigureStatus::Absent: return "kpi.status.absent";
    }
    return "kpi.status.absent";
}

const char* label(std::string_view name) {
    return language() == Language::Chinese ? key_figure_label_zh(name) : key_figure_label_en(name);
}
const char* label(const KeyFigure& k) { return label(k.name); }

std::string card_label(std::string_view name) {
    const std::string key = "kpi." + std::string(name);
    const char* text = tr(key.c_str());
    return text == key ? label(name) : text;  // a short card label where there is one
}
std::string card_label(const KeyFigure& k) { return card_label(k.name); }

// Until the rest of the code is loaded (a moment after the first frame: key figures read the
// prose with the importer's words, which the first view does not load), the strip shows the
// cards' frames and names, in their places, with an ellipsis for the number.
void draw_pending_cards(float w, float h) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeight();
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    bool first = true;
    for (const char* name : kCards) {
        if (!first && ImGui::GetItemRectMax().x + style.ItemSpacing.x + w <= right + 0.5f) ImGui::SameLine();
        first = false;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(w, h));
        draw->AddRectFilled(p, ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
        draw->AddRect(p, ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding);
        const ImVec2 t(p.x + style.FramePadding.x, p.y + style.FramePadding.y);
        draw->AddText(t, ImGui::GetColorU32(ImGuiCol_TextDisabled), card_label(name).c_str());
        draw->AddText(ImVec2(t.x, t.y + line + style.ItemSpacing.y * 0.5f), ImGui::GetColorU32(ImGuiCol_TextDisabled), "…");
    }
    ImGui::Spacing();
}

std::string value_text(const KeyFigure& k) {
    if (!k.value) return tr("kpi.status.absent");
    std::string s = display_number(*k.value);
    if (!k.unit.empty()) s += " " + k.unit;
    return s;
}

// Where a click on a key figure goes: a prose figure to the figures table; the rest to the
// tables tab's panels.
void open_source(App& app, const KeyFigure& k) {
    const Report* r = app.current();
    if (!r) return;
    if (k.source == KeyFigureSourceKind::Prose && !k.figure_id.empty()) {
        for (int i = 0; i < static_cast<int>(r->figures.size()); ++i)
            if (r->figures[i].id == k.figure_id) {
                clear_table_focus(app);
                app.select_figures({i}, true);
                app.focus_figure(i, true);
                if (app.tab == Tab::Tables) app.pending_tab = app.tab = Tab::Figures;
                return;
            }
    }
    focus_key_figure(app, k.name);
    if (app.tab != Tab::Tables) app.pending_tab = app.tab = Tab::Tables;
}

void key_figure_tooltip(const KeyFigures& all, const KeyFigure& k) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ImGui::Text("%s: %s", label(k), value_text(k).c_str());
    ImGui::TextDisabled("%s", tr(status_key(k.status)));
    if (!k.quote.empty()) ImGui::TextWrapped("“%s”", k.quote.c_str());
    if (!k.how.empty()) ImGui::TextWrapped("%s", k.how.c_str());
    if (k.prose_value) ImGui::TextWrapped(tr("kpi.prose_differs"), display_number(*k.prose_value).c_str());
    if (k.name == "handled_total") {
        ImGui::Separator();
        for (const char* name : kOutcomes)
            if (const KeyFigure* o = all.find(name)) ImGui::Text("%s  %s", label(*o), value_text(*o).c_str());
    }
    ImGui::PopTextWrapPos();
}

}  // namespace

void draw_key_figure_cards(App& app) {
    if (!app.current()) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 pad = style.FramePadding;
    const float h = line * 3 + pad.y * 2 + style.ItemSpacing.y;
    const float avail = ImGui::GetContentRegionAvail().x;
    const int n = static_cast<int>(std::size(kCards));
    const float w = std::max(em * 6.5f, (avail - style.ItemSpacing.x * static_cast<float>(n - 1)) / static_cast<float>(n));
    if (!platform::all_code_loaded()) {
        draw_pending_cards(w, h);  // the mirror, too, waits for the numbers
        return;
    }
    const KeyFigures& all = current_key_figures(app);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float right = ImGui::GetCursorScreenPos().x + avail;
    const bool one_line = phone_layout(ImGui::GetMainViewport()->WorkSize.x);
    bool first = true;
    for (int i = 0; i < n; ++i) {
        const KeyFigure* k = all.find(kCards[i]);
        if (!k) continue;
        // A narrow window wraps the strip onto a second line; a phone's strip scrolls sideways
        // instead (phone_layout.cpp), keeping the room below for the tabs.
        if (!first && (one_line || ImGui::GetItemRectMax().x + style.ItemSpacing.x + w <= right + 0.5f)) ImGui::SameLine();
        first = false;
        ImGui::PushID(kCards[i]);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const bool clicked = ImGui::InvisibleButton("##card", ImVec2(w, h));
        const std::string key = std::string("kpi.") + kCards[i];
        app.remember_item(key.c_str());
        const bool hovered = ImGui::IsItemHovered();
        const bool focused = app.tables.key_figure == k->name && app.current()->id == app.tables.focus_report;
        draw->AddRectFilled(p, ImVec2(p.x + w, p.y + h),
                            ImGui::GetColorU32(focused ? ImGuiCol_HeaderActive : hovered ? ImGuiCol_HeaderHovered
                                                                                       : ImGuiCol_FrameBg),
                            style.FrameRounding);
        // A conflict between table and prose gets the warning colour's border.
        const ImU32 border = k->prose_value ? ImGui::GetColorU32(severity_colour(Severity::Warning))
                                            : ImGui::GetColorU32(ImGuiCol_Border);
        draw->AddRect(p, ImVec2(p.x + w, p.y + h), border, style.FrameRounding, 0, k->prose_value ? 2.0f : 1.0f);
        ImGui::PushClipRect(p, ImVec2(p.x + w - pad.x, p.y + h), true);
        const ImVec2 t(p.x + pad.x, p.y + pad.y);
        draw->AddText(t, ImGui::GetColorU32(ImGuiCol_TextDisabled), card_label(*k).c_str());
        draw->AddText(ImVec2(t.x, t.y + line + style.ItemSpacing.y * 0.5f),
                      ImGui::GetColorU32(k->value ? ImGuiCol_Text : ImGuiCol_TextDisabled), value_text(*k).c_str());
        draw->AddText(ImVec2(t.x, t.y + line * 2 + style.ItemSpacing.y), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                      tr(status_key(k->status)));
        ImGui::PopClipRect();
        if (clicked) open_source(app, *k);
        if (ImGui::BeginItemTooltip()) {
            key_figure_tooltip(all, *k);
            ImGui::EndTooltip();
        }
        ImGui::PopID();
    }
    ImGui::Spacing();

    // The accessible mirror: one item per card, rebuilt when the report or language change.
    static std::string last;
    const std::string signature = std::to_string(app.generation) + '/' + std::to_string(app.selected) + '/' +
                                  language_code(language());
    if (signature == last) return;
    last = signature;
    std::vector<std::string> items;
    for (const char* name : kCards)
        if (const KeyFigure* k = all.find(name)) {
            std::string item = card_label(*k) + ": " + value_text(*k) + " (" + tr(status_key(k->status)) + ")";
            if (!k->quote.empty()) item += " “" + k->quote + "”";
            if (k->prose_value) {
                char differs[160];
                std::snprintf(differs, sizeof differs, tr("kpi.prose_differs"), display_number(*k->prose_value).c_str());
                item += std::string(" ") + differs;
            }
            items.push_back(std::move(item));
        }
    const Report* r = app.current();
    platform::set_accessible_list("key-figures",
                                  std::string(tr("kpi.caption")) + " — " + (r->meta.title.empty() ? r->id : r->meta.title),
                                  items);
}

bool key_figure_quote(const App& app, std::int64_t& begin, std::int64_t& end) {
    const Report* r = app.current();
    if (!r) return false;
    const KeyFigure* k = current_key_figures(app).find(app.tables.key_figure);
    if (!k) return false;
    if (k->quote_start && k->quote_end && *k->quote_start < *k->quote_end) {
        begin = *k->quote_start;
        end = *k->quote_end;
        return true;
    }
    // A table cell's own quote.
    if (k->source == KeyFigureSourceKind::Table && !k->location.empty())
        if (const Quote* q = cell_quote(*r, k->location); q && q->start && q->end) {
            begin = *q->start;
            end = *q->end;
            return true;
        }
    return false;
}

bool draw_key_figure_details(App& app) {
    const Report* r = app.current();
    const KeyFigures& all = current_key_figures(app);
    const KeyFigure* k = all.find(app.tables.key_figure);
    if (!r || !k) return false;
    ImGui::SeparatorText(tr("kpi.details"));
    ImGui::TextWrapped("%s: %s", label(*k), value_text(*k).c_str());
    ImGui::TextDisabled("%s", tr(status_key(k->status)));
    if (k->source == KeyFigureSourceKind::Table && !k->location.empty()) {
        if (const auto cell = template_cell_at(*r, k->location)) {
            const bool zh = language() == Language::Chinese;
            ImGui::TextWrapped("%s · %s", (zh ? cell->row_zh : cell->row_en).c_str(),
                               (zh ? cell->column_zh : cell->column_en).c_str());
        }
    }
    if (!k->how.empty()) ImGui::TextWrapped("%s", k->how.c_str());
    // The cells a derived figure adds up: each opens its own source.
    for (const std::string& pointer : k->cells) {
        const auto cell = template_cell_at(*r, pointer);
        if (!cell) continue;
        const std::string text = (language() == Language::Chinese ? cell->row_zh : cell->row_en) + "  " +
                                 (cell->value ? display_number(*cell->value) : std::string()) + "##" + pointer;
        if (ImGui::Selectable(text.c_str(), false)) focus_cell(app, pointer);
    }
    if (!k->quote.empty()) {
        ImGui::SeparatorText(tr("col.quote"));
        ImGui::TextWrapped("“%s”", k->quote.c_str());
    } else if (k->status == KeyFigureStatus::Absent) {
        ImGui::TextWrapped("%s", tr("kpi.absent_note"));
    }
    if (k->prose_value) {
        ImGui::SeparatorText(tr("kpi.conflict"));
        ImGui::TextWrapped(tr("kpi.prose_differs"), display_number(*k->prose_value).c_str());
        if (!k->prose_quote.empty()) ImGui::TextWrapped("“%s”", k->prose_quote.c_str());
    }
    return true;
}

}  // namespace gongkai::ui
