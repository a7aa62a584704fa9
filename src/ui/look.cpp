// look.cpp — font size and theme (dark, or high contrast), kept for the browser session.
//
// China's guidance on ageing-friendly public websites (适老化) asks for an adjustable font
// size and a high-contrast mode; both are in the View menu and the page API.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {

namespace {

// White on black, yellow focus, blue selection: every text/background pair is above the
// WCAG AAA contrast ratio of 7:1.
void style_high_contrast(ImGuiStyle& s) {
    ImVec4* c = s.Colors;
    const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1), yellow(1, 0.85f, 0, 1), blue(0.0f, 0.30f, 0.75f, 1);
    const ImVec4 grey(0.16f, 0.16f, 0.16f, 1), grey_hi(0.28f, 0.28f, 0.28f, 1);
    for (int i = 0; i < ImGuiCol_COUNT; ++i) c[i] = grey;
    c[ImGuiCol_Text] = white;
    c[ImGuiCol_TextDisabled] = ImVec4(0.82f, 0.82f, 0.82f, 1);
    c[ImGuiCol_WindowBg] = c[ImGuiCol_ChildBg] = black;
    c[ImGuiCol_PopupBg] = ImVec4(0.06f, 0.06f, 0.06f, 1);
    c[ImGuiCol_MenuBarBg] = black;
    c[ImGuiCol_Border] = white;
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = grey;
    c[ImGuiCol_FrameBgHovered] = grey_hi;
    c[ImGuiCol_FrameBgActive] = grey_hi;
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgCollapsed] = black;
    c[ImGuiCol_TitleBgActive] = blue;
    c[ImGuiCol_ScrollbarBg] = black;
    c[ImGuiCol_ScrollbarGrab] = ImVec4(0.6f, 0.6f, 0.6f, 1);
    c[ImGuiCol_ScrollbarGrabHovered] = c[ImGuiCol_ScrollbarGrabActive] = white;
    c[ImGuiCol_CheckMark] = yellow;
    c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = yellow;
    c[ImGuiCol_Button] = grey;
    c[ImGuiCol_ButtonHovered] = grey_hi;
    c[ImGuiCol_ButtonActive] = blue;
    c[ImGuiCol_Header] = blue;
    c[ImGuiCol_HeaderHovered] = grey_hi;
    c[ImGuiCol_HeaderActive] = blue;
    c[ImGuiCol_Separator] = c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = white;
    c[ImGuiCol_ResizeGrip] = c[ImGuiCol_ResizeGripHovered] = c[ImGuiCol_ResizeGripActive] = white;
    c[ImGuiCol_InputTextCursor] = white;
    c[ImGuiCol_Tab] = black;
    c[ImGuiCol_TabHovered] = grey_hi;
    c[ImGuiCol_TabSelected] = blue;
    c[ImGuiCol_TabSelectedOverline] = yellow;
    c[ImGuiCol_TabDimmed] = black;
    c[ImGuiCol_TabDimmedSelected] = blue;
    c[ImGuiCol_TabDimmedSelectedOverline] = yellow;
    c[ImGuiCol_PlotLines] = c[ImGuiCol_PlotHistogram] = yellow;
    c[ImGuiCol_PlotLinesHovered] = c[ImGuiCol_PlotHistogramHovered] = white;
    c[ImGuiCol_TableHeaderBg] = grey;
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = ImVec4(0.7f, 0.7f, 0.7f, 1);
    c[ImGuiCol_TableRowBg] = black;
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.09f, 0.09f, 0.09f, 1);
    c[ImGuiCol_TextLink] = yellow;
    c[ImGuiCol_TextSelectedBg] = ImVec4(0.0f, 0.40f, 0.95f, 1);
    c[ImGuiCol_TreeLines] = white;
    c[ImGuiCol_DragDropTarget] = yellow;
    c[ImGuiCol_NavCursor] = yellow;
    c[ImGuiCol_NavWindowingHighlight] = yellow;
    c[ImGuiCol_NavWindowingDimBg] = c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.6f);
    s.FrameBorderSize = 1;
    s.TabBorderSize = 1;
}

bool g_settings_read = false;

}  // namespace

void App::set_font_size(float px) {
    font_size = std::clamp(px, kFontSizes[0], kFontSizes[std::size(kFontSizes) - 1]);
    platform::set_session_setting("fontSize", std::to_string(static_cast<int>(font_size)));
    model_changed();
}

void App::set_high_contrast(bool on) {
    high_contrast = on;
    platform::set_session_setting("theme", on ? "high-contrast" : "dark");
    model_changed();
}

// On a phone every frame (button, tab, menu, field) and every table row is at least
// kTouchTarget tall at the default font size, so a finger hits what it aims at; the desktop's
// sizes come back above kPhoneWidth.
void App::apply_touch_sizes(bool phone) {
    if (applied_phone_ == (phone ? 1 : 0)) return;
    static ImVec2 desk_frame, desk_cell, desk_spacing;
    ImGuiStyle& s = ImGui::GetStyle();
    if (applied_phone_ != 1) desk_frame = s.FramePadding, desk_cell = s.CellPadding, desk_spacing = s.ItemSpacing;
    if (phone) {
        const float pad = std::round((kTouchTarget - kPhoneFontSize) / 2);
        s.FramePadding = ImVec2(10, pad);
        s.CellPadding = ImVec2(6, 4);   // rows that are tapped size themselves (figures table)
        s.ItemSpacing = ImVec2(8, 8);
    } else if (applied_phone_ == 1) {
        s.FramePadding = desk_frame;
        s.CellPadding = desk_cell;
        s.ItemSpacing = desk_spacing;
    }
    applied_phone_ = phone ? 1 : 0;
}

void App::before_frame() {
    if (!g_settings_read) {
        // Settings of this browser session (a reload keeps them).
        g_settings_read = true;
        const std::string size = platform::session_setting("fontSize");
        if (!size.empty()) {
            const float px = static_cast<float>(std::atof(size.c_str()));
            if (px > 0) font_size = std::clamp(px, kFontSizes[0], kFontSizes[std::size(kFontSizes) - 1]);
        }
        high_contrast = platform::session_setting("theme") == "high-contrast";
        // A phone reads at arm's length: a larger default, unless the reader chose a size.
        if (size.empty() && phone_layout(ImGui::GetIO().DisplaySize.x)) font_size = kPhoneFontSize;
    }
    apply_touch_sizes(phone_layout(ImGui::GetIO().DisplaySize.x));
    if (font_size == applied_font_size_ && high_contrast == applied_high_contrast_) return;
    ImGuiStyle& s = ImGui::GetStyle();
    s.FontSizeBase = font_size;
    if (high_contrast != applied_high_contrast_ || applied_font_size_ == 0) {
        if (high_contrast) {
            style_high_contrast(s);
        } else {
            ImGui::StyleColorsDark(&s);
            s.FrameBorderSize = 0;
            s.TabBorderSize = 0;
        }
    }
    applied_font_size_ = font_size;
    applied_high_contrast_ = high_contrast;
}

}  // namespace gongkai::ui
