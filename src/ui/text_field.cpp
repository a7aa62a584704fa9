// text_field.cpp — text fields a user types into, through a real HTML <input>.
//
// A browser's IME composes Chinese only into editable HTML elements, never into a canvas
// (emscripten#12718, imgui#3654/#4910). So the ImGui field is drawn as usual, but the moment
// it would become active (click, Tab, Enter, Ctrl+F) ImGui lets go of it and the platform
// lays an <input> exactly over it (same rectangle, font size and colours). The input forwards
// its value on every change and when a composition ends; pasting (Ctrl+V) works natively.
// Focus leaving the input, Esc or Enter hides it again.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"  // ClearActiveID
#include "platform/platform.hpp"
#include "ui/app.hpp"

namespace gongkai::ui {

namespace {

bool g_overlay_field_drawn = false;
platform::TextOverlay g_last_sent;   // avoids re-sending an unchanged overlay every frame

std::string css_colour(ImVec4 c) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "rgb(%d,%d,%d)", static_cast<int>(std::lround(std::clamp(c.x, 0.f, 1.f) * 255)),
                  static_cast<int>(std::lround(std::clamp(c.y, 0.f, 1.f) * 255)),
                  static_cast<int>(std::lround(std::clamp(c.z, 0.f, 1.f) * 255)));
    return buf;
}

// The frame colour over the window colour: the input must be opaque to hide the field below.
ImVec4 opaque_frame_colour() {
    const ImGuiStyle& st = ImGui::GetStyle();
    const ImVec4 w = st.Colors[ImGuiCol_WindowBg], f = st.Colors[ImGuiCol_FrameBgActive];
    const float a = f.w;
    return ImVec4(w.x * (1 - a) + f.x * a, w.y * (1 - a) + f.y * a, w.z * (1 - a) + f.z * a, 1);
}

bool same(const platform::TextOverlay& a, const platform::TextOverlay& b) {
    return a.key == b.key && a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h && a.font_px == b.font_px &&
           a.colour == b.colour && a.background == b.background && a.placeholder == b.placeholder;
}

}  // namespace

bool text_field(App& app, const char* key, std::string& value, const char* hint, float width) {
    bool changed = false;
    if (app.overlay_key == key) {
        platform::TextOverlayEvents e = platform::take_text_overlay_events();
        if (e.key == key) {
            if (e.changed && e.value != value) {
                value = e.value;
                changed = true;
            }
            if (e.closed) {
                app.overlay_key.clear();
                g_last_sent = {};
            }
        }
    }

    ImGui::PushID(key);
    ImGui::SetNextItemWidth(width);
    // ImGui only draws the text here; editing happens in the overlay. A copy keeps the value
    // safe from ImGui writing into it during the one frame it is active.
    std::string shown = value;
    shown.resize(std::max<std::size_t>(shown.size() + 1, 256));
    ImGui::InputTextWithHint("##field", hint, shown.data(), shown.size());
    app.remember_item(key);
    bool open = false;
    if (ImGui::IsItemActive()) {
        ImGui::ClearActiveID();  // keys go to the overlay, not to ImGui
        open = true;
        // The overlay appears under the pressed mouse, so the canvas never sees the release:
        // release it for ImGui now, or its next click (press already "down") is lost.
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    }
    if (app.focus_request == key) {
        app.focus_request.clear();
        open = true;
    }
    if (open && app.overlay_key != key) {
        app.overlay_key = key;
        g_last_sent = {};
    }
    if (app.overlay_key == key) {
        g_overlay_field_drawn = true;
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        platform::TextOverlay o;
        o.key = key;
        o.x = a.x;
        o.y = a.y;
        o.w = b.x - a.x;
        o.h = b.y - a.y;
        o.font_px = ImGui::GetFontSize();
        o.value = value;
        o.placeholder = hint;
        o.colour = css_colour(ImGui::GetStyle().Colors[ImGuiCol_Text]);
        o.background = css_colour(opaque_frame_colour());
        o.border = css_colour(ImGui::GetStyle().Colors[ImGuiCol_NavCursor]);
        if (!same(o, g_last_sent)) {
            platform::show_text_overlay(o);
            g_last_sent = o;
        }
    }
    ImGui::PopID();
    return changed;
}

void finish_text_fields(App& app) {
    // The field is gone (another tab, a closed window): so is its overlay.
    if (!app.overlay_key.empty() && !g_overlay_field_drawn) {
        platform::hide_text_overlay();
        (void)platform::take_text_overlay_events();
        app.overlay_key.clear();
        g_last_sent = {};
    }
    g_overlay_field_drawn = false;
}

}  // namespace gongkai::ui
