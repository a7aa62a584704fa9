// phone_layout.cpp — the explorer on a narrow screen (a phone): one column, one pane at a time.
//
// Under kPhoneWidth CSS pixels the desktop's three panes would be slivers. Here the report's
// key figures come first (a strip that scrolls sideways), then the tabs (they scroll when they
// do not fit) with one tab's content; the reports, the figure's details and its source text
// open as a sheet over the content from a bar at the foot. A tapped row opens its details.
// Sizes for fingers (kTouchTarget) come from the style (look.cpp).
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/template_tables_view.hpp"

namespace gongkai::ui {
namespace {

// A newly focused figure (a tapped row, a chosen finding) opens its details: on a phone
// there is no panel beside the table to show them in. Not when the report changes.
void open_details_on_focus(App& app) {
    static int last_report = -2, last_focus = -2;
    if (app.selected == last_report && app.focused_figure != last_focus && app.focused_figure >= 0)
        app.phone_sheet = PhoneSheet::Details;
    last_report = app.selected;
    last_focus = app.focused_figure;
}

// The key figure cards on one line that scrolls sideways (a finger swipes it).
void draw_key_figure_strip(App& app) {
    if (!app.current()) return;
    const ImGuiStyle& s = ImGui::GetStyle();
    const float card_h = ImGui::GetTextLineHeight() * 3 + s.FramePadding.y * 2 + s.ItemSpacing.y;
    ImGui::BeginChild("##kpi-strip", ImVec2(0, card_h + s.ItemSpacing.y * 2 + s.ScrollbarSize), ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar);
    draw_key_figure_cards(app);
    ImGui::EndChild();
}

// One button of the bar at the foot: opens its sheet, or closes it when open.
void bar_button(App& app, const char* key, PhoneSheet sheet, float width) {
    const bool open = app.phone_sheet == sheet;
    if (open) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
    if (ImGui::Button(tr_id(key), ImVec2(width, std::max(kTouchTarget, ImGui::GetFrameHeight()))))
        app.phone_sheet = open ? PhoneSheet::None : sheet;
    if (open) ImGui::PopStyleColor();
    app.remember_item(key);
}

void draw_sheet(App& app, float bottom) {
    if (app.phone_sheet == PhoneSheet::None) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // Over the lower part of the content, down to the bar: the tabs stay in sight above it,
    // the bar's buttons below it.
    const float top = vp->WorkPos.y + std::round(vp->WorkSize.y * 0.3f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, top));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, std::max(kTouchTarget * 3, bottom - top)));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_PopupBg);
    bg.w = 1;   // opaque: the table under it would show through
    ImGui::PushStyleColor(ImGuiCol_WindowBg, bg);
    ImGui::Begin("##phone-sheet", nullptr, flags);
    ImGui::PopStyleColor();
    const char* title_key = app.phone_sheet == PhoneSheet::Reports ? "phone.reports"
                            : app.phone_sheet == PhoneSheet::Details ? "phone.details"
                                                                     : "phone.source";
    const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(title_key));
    const char* close = tr_id("phone.close");
    const float close_w = std::max(kTouchTarget * 1.5f, ImGui::CalcTextSize(close, nullptr, true).x +
                                                            ImGui::GetStyle().FramePadding.x * 2);
    ImGui::SameLine(right - close_w);
    if (ImGui::Button(close, ImVec2(close_w, std::max(kTouchTarget, ImGui::GetFrameHeight()))))
        app.phone_sheet = PhoneSheet::None;
    app.remember_item("phone.sheet.close");
    ImGui::Separator();
    // The same item keys as the desktop's panels: tests and the page find them either way.
    switch (app.phone_sheet) {
        case PhoneSheet::Reports:
            ImGui::BeginChild("##reports", ImVec2(0, 0));
            draw_report_list(app);
            ImGui::EndChild();
            app.remember_item("panel.reports");
            break;
        case PhoneSheet::Details:
            ImGui::BeginChild("##details", ImVec2(0, 0));
            draw_details_panel(app);
            ImGui::EndChild();
            app.remember_item("panel.details");
            break;
        case PhoneSheet::Source:
            ImGui::BeginChild("##source", ImVec2(0, 0));
            draw_source_view(app);
            ImGui::EndChild();
            app.remember_item("panel.source");
            break;
        case PhoneSheet::None: break;
    }
    ImGui::End();
}

}  // namespace

void draw_phone_layout(App& app) {
    open_details_on_focus(app);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##root", nullptr, root_flags);
    ImGui::PopStyleVar();

    const ImGuiStyle& s = ImGui::GetStyle();
    const float bar_h = std::max(kTouchTarget, ImGui::GetFrameHeight());
    const bool waiting = !app.waiting_for.empty();
    ImGui::BeginChild("##centre", ImVec2(0, -(bar_h + s.ItemSpacing.y)), ImGuiChildFlags_None);
    if (waiting) {
        draw_waiting_banner(app);
    } else {
        draw_key_figure_strip(app);
        app.draw_tabs(ImGuiTabBarFlags_FittingPolicyScroll);
    }
    ImGui::EndChild();
    app.remember_item("phone.centre");

    // The bar at the foot: what the desktop shows beside the content, one tap away.
    const float w = (ImGui::GetContentRegionAvail().x - s.ItemSpacing.x * 2) / 3;
    const float bar_top = ImGui::GetCursorScreenPos().y;
    bar_button(app, "phone.reports", PhoneSheet::Reports, w);
    ImGui::SameLine();
    bar_button(app, "phone.details", PhoneSheet::Details, w);
    ImGui::SameLine();
    bar_button(app, "phone.source", PhoneSheet::Source, w);
    ImGui::End();

    draw_sheet(app, bar_top - s.ItemSpacing.y);
}

}  // namespace gongkai::ui
