// highlighted_text.cpp — lays out and draws a text with highlighted ranges (highlighted_text.hpp).
#include "ui/highlighted_text.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <string_view>

#include "imgui.h"

namespace gongkai::ui {
namespace {

struct Line {
    std::uint32_t byte_begin, byte_end;  // into the text
    std::int64_t cp_begin;               // code point offset of byte_begin
};

struct Layout {
    std::uint64_t generation = ~0ull;
    int index = -2;
    float width = -1, font = -1;
    std::vector<Line> lines;
};

// Decodes one UTF-8 sequence; invalid bytes count as one code point each (the loader and the
// importer have already made the text valid, this only has to be safe). The core's decoder
// (import_text.hpp) converts a whole string at once; a layout needs each character's length.
unsigned decode(const std::string& s, std::size_t i, std::size_t& len) {
    const auto c = static_cast<unsigned char>(s[i]);
    len = 1;
    if (c < 0x80) return c;
    const int n = (c >= 0xF0) ? 3 : (c >= 0xE0) ? 2 : (c >= 0xC0) ? 1 : 0;
    if (n == 0) return 0xFFFD;
    unsigned cp = c & (0x3F >> n);
    for (int k = 1; k <= n; ++k) {
        if (i + k >= s.size()) return 0xFFFD;
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (cc & 0x3F);
    }
    len = static_cast<std::size_t>(n) + 1;
    return cp;
}

const Layout& layout_of(const HighlightedText& what, float width) {
    static std::map<std::string, Layout, std::less<>> layouts;  // one per child window
    auto found = layouts.find(std::string_view(what.child_id));
    if (found == layouts.end()) found = layouts.emplace(what.child_id, Layout{}).first;
    Layout& l = found->second;
    const float font = ImGui::GetFontSize();
    if (l.generation == what.generation && l.index == what.index && l.width == width && l.font == font) return l;
    l.generation = what.generation;
    l.index = what.index;
    l.width = width;
    l.font = font;
    l.lines.clear();
    ImFontBaked* baked = ImGui::GetFontBaked();
    const std::string& t = *what.text;
    std::size_t i = 0;
    std::int64_t cp = 0;
    Line cur{0, 0, 0};
    float x = 0;
    while (i < t.size()) {
        std::size_t len;
        const unsigned c = decode(t, i, len);
        if (c == '\n') {
            cur.byte_end = static_cast<std::uint32_t>(i);
            l.lines.push_back(cur);
            i += len;
            ++cp;
            cur = Line{static_cast<std::uint32_t>(i), 0, cp};
            x = 0;
            continue;
        }
        const float adv = (c == '\r') ? 0.0f : baked->GetCharAdvance(static_cast<ImWchar>(c < 0x10000 ? c : 0xFFFD));
        if (x + adv > width && i > cur.byte_begin) {
            cur.byte_end = static_cast<std::uint32_t>(i);
            l.lines.push_back(cur);
            cur = Line{static_cast<std::uint32_t>(i), 0, cp};
            x = 0;
        }
        x += adv;
        i += len;
        ++cp;
    }
    cur.byte_end = static_cast<std::uint32_t>(t.size());
    l.lines.push_back(cur);
    return l;
}

// Code-point offset -> byte offset in a line (clamped to the line).
std::size_t byte_at(const std::string& t, const Line& line, std::int64_t cp) {
    std::size_t i = line.byte_begin;
    std::int64_t at = line.cp_begin;
    while (i < line.byte_end && at < cp) {
        std::size_t len;
        decode(t, i, len);
        i += len;
        ++at;
    }
    return i;
}

}  // namespace

void draw_highlighted_text(App& app, const HighlightedText& what) {
    ImGui::BeginChild(what.child_id, ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoNav);
    {
        const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
        app.remember_rect(what.area_key, wp.x, wp.y, ws.x, ws.y);
    }
    const std::string& text = *what.text;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 region = ImGui::GetContentRegionAvail();
    const float width = std::max(region.x - ImGui::GetStyle().ScrollbarSize * 0.25f, ImGui::GetFontSize() * 4);
    const Layout& l = layout_of(what, width);
    const float lh = ImGui::GetTextLineHeightWithSpacing();

    if (what.scroll_to >= 0) {
        auto it = std::upper_bound(l.lines.begin(), l.lines.end(), what.scroll_to,
                                   [](std::int64_t v, const Line& line) { return v < line.cp_begin; });
        const std::size_t line = it == l.lines.begin() ? 0 : static_cast<std::size_t>(it - l.lines.begin() - 1);
        ImGui::SetScrollY(std::max(0.0f, static_cast<float>(line) * lh - region.y * 0.3f));
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 mark_col = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
    const ImU32 focus_col = ImGui::GetColorU32(ImGuiCol_PlotHistogram, 0.55f);
    const char* base = text.data();
    bool first_focus_line = true;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(l.lines.size()), lh);
    while (clipper.Step()) {
        for (int n = clipper.DisplayStart; n < clipper.DisplayEnd; ++n) {
            const Line& line = l.lines[n];
            const ImVec2 p(origin.x, origin.y + static_cast<float>(n) * lh);
            const std::int64_t line_end_cp =
                n + 1 < static_cast<int>(l.lines.size()) ? l.lines[n + 1].cp_begin : INT64_MAX;
            for (const Highlight& h : what.highlights) {
                if (h.end <= line.cp_begin || h.begin >= line_end_cp) continue;
                const std::size_t b = byte_at(text, line, h.begin);
                const std::size_t e = byte_at(text, line, h.end);
                const float x0 = ImGui::CalcTextSize(base + line.byte_begin, base + b).x;
                const float x1 = ImGui::CalcTextSize(base + line.byte_begin, base + e).x;
                const ImVec2 a(p.x + x0, p.y), z(p.x + std::max(x1, x0 + 2.0f), p.y + ImGui::GetTextLineHeight());
                dl->AddRectFilled(a, z, h.focused ? focus_col : mark_col, 2.0f);
                if (h.focused && first_focus_line) {
                    // Where the focused quote starts on screen (tests check it is in view).
                    first_focus_line = false;
                    app.remember_rect(what.highlight_key, a.x, a.y, z.x - a.x, z.y - a.y);
                }
            }
            dl->AddText(p, text_col, base + line.byte_begin, base + line.byte_end);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + static_cast<float>(l.lines.size()) * lh));
    ImGui::Dummy(ImVec2(width, 1));
    ImGui::EndChild();
}

}  // namespace gongkai::ui
