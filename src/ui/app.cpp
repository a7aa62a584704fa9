// app.cpp — the fixed layout that hosts the views (the operations are the model's:
// src/ui/model/app_model.cpp).
#include "ui/app.hpp"

#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "imgui_internal.h"   // ImGuiWindow::Hidden (remember_rect)
#include "platform/platform.hpp"
#include "ui/chart_view.hpp"
#include "ui/i18n.hpp"
#include "ui/import_review.hpp"

namespace gongkai::ui {

void App::remember_item(const char* key) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    remember_rect(key, a.x, a.y, b.x - a.x, b.y - a.y);
    // The item the keyboard is on (state().view.keyboard.item): where the arrows have got to.
    if (const ImGuiID id = ImGui::GetItemID(); id != 0 && id == ImGui::GetFocusID()) keyboard.item = key;
}

void App::remember_rect(const char* key, float x, float y, float w, float h) {
    if (const ImGuiWindow* window = ImGui::GetCurrentWindowRead(); window != nullptr && window->Hidden) return;
    rects_[key] = ItemRect{x, y, w, h};
}

// ---------------------------------------------------------------------------
// [SECTION] Layout: menu bar on top, report list on the left, tabs in the centre
// ---------------------------------------------------------------------------

void App::draw() {
    rects_.clear();
    keyboard.item.clear();
    advance_load_queue();   // a file the last frame showed as waiting is parsed now
    handle_shortcuts(*this);
    draw_main_menu(*this);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    on_phone = phone_layout(vp->WorkSize.x);
    if (on_phone)
        draw_phone_layout(*this);
    else
        draw_desktop_layout();

    draw_about_window(*this);
    // Asked here, not only inside: a closed window's code is not loaded with the first view.
    if (show_help) draw_help_window(*this);
    draw_welcome_window(*this);
    draw_export_window(*this);
    draw_text_view_window(*this);
    draw_loading_window(*this);
    draw_import_review(*this);   // over the layout while a text import is being reviewed
    if (duplicate) draw_duplicate_question(*this);   // the same report imported again: replace or keep both?
    draw_undo_toast(*this);

    if (!toast.empty() && platform::now_seconds() < toast_until) {
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 16, vp->WorkPos.y + vp->WorkSize.y - 16),
                                ImGuiCond_Always, ImVec2(1, 1));
        ImGui::SetNextWindowBgAlpha(0.9f);
        ImGui::Begin("##toast", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                         ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                         ImGuiWindowFlags_NoInputs);
        ImGui::TextUnformatted(toast.c_str());
        ImGui::End();
    }

    loads_shown();   // the files waiting now were on screen: the next frame parses the first
    finish_text_fields(*this);
    update_accessible_mirror(*this);
    update_welcome_mirror(*this);
    update_help_mirror(*this);
    update_chart_mirror(*this);  // the current chart as an HTML table
    // The template tables' and the scores' mirrors are the deferred code's (platform::all_code_loaded):
    // asked here, so the first view does not load them.
    if (platform::all_code_loaded()) {
        update_tables_mirror(*this);  // the template tables and key figures as HTML tables
        update_scores_mirror(*this);  // the ranking and the current score card
    }
    shortcuts_end_frame();
    keyboard_end_frame(*this);
    last_rects_.swap(rects_);
}

void App::draw_tabs(int bar_flags) {
    if (ImGui::BeginTabBar("##tabs", bar_flags)) {
        struct TabDef { Tab tab; const char* key; void (*draw)(App&); };
        const TabDef tabs[] = {
            {Tab::Figures, "tab.figures", draw_figures_table},
            {Tab::Tables, "tab.tables", draw_template_tables},
            {Tab::Chart, "tab.chart", draw_area_chart},
            {Tab::Audit, "tab.audit", draw_audit_panel},
            {Tab::Errors, "tab.errors", draw_errors_panel},
            {Tab::Scores, "tab.scores", draw_scores_panel},
        };
        const std::optional<Tab> forced = pending_tab;
        pending_tab.reset();
        for (const TabDef& t : tabs) {
            // The errors tab shows how many diagnostics there are.
            char label[128];
            if (t.tab == Tab::Errors && !errors.empty())
                std::snprintf(label, sizeof label, "%s (%d)###%s", tr(t.key), static_cast<int>(errors.size()), t.key);
            else if (t.tab == Tab::Audit && current())
                std::snprintf(label, sizeof label, "%s (%d)###%s", tr(t.key),
                              static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                  [&](const Finding& f) { return finding_involves(f, current()->id); })), t.key);
            else
                std::snprintf(label, sizeof label, "%s###%s", tr(t.key), t.key);
            const ImGuiTabItemFlags flags = (forced && *forced == t.tab) ? ImGuiTabItemFlags_SetSelected : 0;
            const bool open = ImGui::BeginTabItem(label, nullptr, flags);
            remember_item(t.key);
            if (open) {
                // A forced tab opens on the next frame (ImGui applies SetSelected then); until it
                // does, the old tab is still open here: keep `tab` on the forced one, so the state
                // (and the URL hash, src/app/session.cpp) never flickers back.
                tab = forced ? *forced : t.tab;
                ImGui::BeginChild("##tab-body", ImVec2(0, 0));
                keyboard_panel(*this, Panel::Centre);
                t.draw(*this);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
}

void App::draw_desktop_layout() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##root", nullptr, root_flags);
    ImGui::PopStyleVar();

    // Left column: reports and the section tree; right column: details and source text.
    // Fixed shares of the width within sensible bounds. When three columns do not fit (a narrow
    // window, large text) details and source move under the centre, side by side: they never
    // vanish, and nothing shrinks to a sliver.
    const float font = ImGui::GetFontSize();
    const bool stacked = vp->WorkSize.x <= font * 48.0f;
    const float left_w = std::clamp(vp->WorkSize.x * 0.2f, font * (stacked ? 9.0f : 11.0f), font * 18.0f);
    // The chart tab has its own place for what a bar holds: details and source join it only once a
    // figure is shown (a chart's "show in text"), never as an empty third of the tab.
    const bool chart_alone = tab == Tab::Chart && focused_figure < 0;
    const bool show_right = !stacked && !chart_alone;
    const float right_w = show_right ? std::clamp(vp->WorkSize.x * 0.27f, font * 14.0f, font * 28.0f) : 0.0f;
    ImGui::BeginChild("##left", ImVec2(left_w, 0), ImGuiChildFlags_Borders);
    keyboard_panel(*this, Panel::Reports);
    draw_report_list(*this);   // the section tree and the report's details below the list
    ImGui::EndChild();
    ImGui::SameLine();

    // A link to a report that is not loaded: say so, and show no other report in its place.
    const bool waiting = !waiting_for.empty();
    const float centre_w = show_right && !waiting ? -(right_w + ImGui::GetStyle().ItemSpacing.x) : 0.0f;
    // Stacked: the centre ends where the details and source strip begins.
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float strip_h = stacked && !waiting && !chart_alone ? std::max(avail_h * 0.34f, font * 7.0f) : 0.0f;
    const float centre_h = strip_h > 0 ? -(strip_h + ImGui::GetStyle().ItemSpacing.y) : 0.0f;
    if (stacked) ImGui::BeginGroup();
    ImGui::BeginChild("##centre", ImVec2(centre_w, centre_h), ImGuiChildFlags_None);
    if (waiting) draw_waiting_banner(*this);
    else draw_key_figure_cards(*this);  // the report's headline numbers, over every tab
    if (!waiting) draw_tabs(0);
    ImGui::EndChild();
    if (show_right && !waiting) {
        ImGui::SameLine();
        ImGui::BeginChild("##right", ImVec2(0, 0), ImGuiChildFlags_None);
        const float details_h = ImGui::GetContentRegionAvail().y * 0.42f;
        ImGui::BeginChild("##details", ImVec2(0, details_h), ImGuiChildFlags_Borders);
        keyboard_panel(*this, Panel::Details);
        draw_details_panel(*this);
        ImGui::EndChild();
        remember_item("panel.details");
        ImGui::BeginChild("##source", ImVec2(0, 0), ImGuiChildFlags_Borders);
        keyboard_panel(*this, Panel::Source);
        draw_source_view(*this);
        ImGui::EndChild();
        remember_item("panel.source");
        ImGui::EndChild();
    } else if (stacked && !waiting && !chart_alone) {
        ImGui::BeginChild("##right", ImVec2(0, 0), ImGuiChildFlags_None);
        const float details_w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.45f;
        ImGui::BeginChild("##details", ImVec2(details_w, 0), ImGuiChildFlags_Borders);
        keyboard_panel(*this, Panel::Details);
        draw_details_panel(*this);
        ImGui::EndChild();
        remember_item("panel.details");
        ImGui::SameLine();
        ImGui::BeginChild("##source", ImVec2(0, 0), ImGuiChildFlags_Borders);
        keyboard_panel(*this, Panel::Source);
        draw_source_view(*this);
        ImGui::EndChild();
        remember_item("panel.source");
        ImGui::EndChild();
    }
    if (stacked) ImGui::EndGroup();
    ImGui::End();

}

}  // namespace gongkai::ui
