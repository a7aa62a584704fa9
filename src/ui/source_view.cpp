// source_view.cpp — the report's text, with the quotes of the selected figures highlighted
// and the focused one scrolled into view.
//
// ImGui's wrapped text cannot highlight a range, so the text is laid out here: wrapped at
// any character (Chinese has no spaces to wrap at), one cached layout per width and font
// size, drawn line by line through a clipper so a long report stays cheap.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {
namespace {

struct Line {
    std::uint32_t byte_begin, byte_end;  // into Report::text
    std::int64_t cp_begin;               // code point offset of byte_begin
};

struct Layout {
    std::uint64_t generation = ~0ull;
    int report = -2;
    float width = -1, font = -1;
    std::vector<Line> lines;
};

// Decodes one UTF-8 sequence; invalid bytes count as one code point each (the loader has
// already checked the text, this only has to be safe).
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

const Layout& layout_of(const App& app, const Report& report, float width) {
    static Layout l;
    const float font = ImGui::GetFontSize();
    if (l.generation == app.generation && l.report == app.selected && l.width == width && l.font == font) return l;
    l.generation = app.generation;
    l.report = app.selected;
    l.width = width;
    l.font = font;
    l.lines.clear();
    ImFontBaked* baked = ImGui::GetFontBaked();
    const std::string& t = report.text;
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

struct Range {
    std::int64_t begin, end;  // code points
    bool focused;
};

// Where a figure's quote is in the text: its offsets, else the first place its text occurs.
bool quote_range(const Report& r, const Figure& f, std::int64_t& begin, std::int64_t& end) {
    if (!f.quote || f.quote->text.empty()) return false;
    if (f.quote->start && f.quote->end && *f.quote->start < *f.quote->end) {
        begin = *f.quote->start;
        end = *f.quote->end;
        return true;
    }
    const std::size_t at = r.text.find(f.quote->text);
    if (at == std::string::npos) return false;
    std::int64_t cp = 0;
    for (std::size_t i = 0; i < at; ++i)
        if ((static_cast<unsigned char>(r.text[i]) & 0xC0) != 0x80) ++cp;
    std::int64_t n = 0;
    for (char c : f.quote->text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    begin = cp;
    end = cp + n;
    return true;
}

}  // namespace

void draw_source_view(App& app) {
    const Report* report = app.current();
    ImGui::SeparatorText(tr("panel.source"));
    if (!report) return;
    if (report->text.empty()) {
        ImGui::TextWrapped("%s", tr("source.none"));
        return;
    }

    std::vector<Range> ranges;
    std::int64_t target = -1;
    for (int index : app.selection()) {
        std::int64_t b, e;
        if (quote_range(*report, report->figures[index], b, e)) ranges.push_back({b, e, index == app.focused_figure});
    }
    if (app.focused_figure >= 0 && app.focused_figure < static_cast<int>(report->figures.size())) {
        std::int64_t b, e;
        if (quote_range(*report, report->figures[app.focused_figure], b, e)) {
            if (std::none_of(ranges.begin(), ranges.end(), [&](const Range& r) { return r.begin == b && r.end == e; }))
                ranges.push_back({b, e, true});
            target = b;
        }
    }

    ImGui::BeginChild("##source-text", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoNav);
    {
        const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
        app.remember_rect("source.view", wp.x, wp.y, ws.x, ws.y);
    }
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 region = ImGui::GetContentRegionAvail();
    const float width = std::max(region.x - ImGui::GetStyle().ScrollbarSize * 0.25f, ImGui::GetFontSize() * 4);
    const Layout& l = layout_of(app, *report, width);
    const float lh = ImGui::GetTextLineHeightWithSpacing();

    if (app.scroll_source && target >= 0) {
        auto it = std::upper_bound(l.lines.begin(), l.lines.end(), target,
                                   [](std::int64_t v, const Line& line) { return v < line.cp_begin; });
        const std::size_t line = it == l.lines.begin() ? 0 : static_cast<std::size_t>(it - l.lines.begin() - 1);
        ImGui::SetScrollY(std::max(0.0f, static_cast<float>(line) * lh - region.y * 0.3f));
        app.scroll_source = false;
    } else if (app.scroll_source) {
        app.scroll_source = false;
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 mark_col = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
    const ImU32 focus_col = ImGui::GetColorU32(ImGuiCol_PlotHistogram, 0.55f);
    bool first_focus_line = true;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(l.lines.size()), lh);
    while (clipper.Step()) {
        for (int n = clipper.DisplayStart; n < clipper.DisplayEnd; ++n) {
            const Line& line = l.lines[n];
            const ImVec2 p(origin.x, origin.y + static_cast<float>(n) * lh);
            const std::int64_t line_end_cp =
                n + 1 < static_cast<int>(l.lines.size()) ? l.lines[n + 1].cp_begin : INT64_MAX;
            const char* base = report->text.data();
            for (const Range& r : ranges) {
                if (r.end <= line.cp_begin || r.begin >= line_end_cp) continue;
                const std::size_t b = byte_at(report->text, line, r.begin);
                const std::size_t e = byte_at(report->text, line, r.end);
                const float x0 = ImGui::CalcTextSize(base + line.byte_begin, base + b).x;
                const float x1 = ImGui::CalcTextSize(base + line.byte_begin, base + e).x;
                const ImVec2 a(p.x + x0, p.y), z(p.x + std::max(x1, x0 + 2.0f), p.y + ImGui::GetTextLineHeight());
                dl->AddRectFilled(a, z, r.focused ? focus_col : mark_col, 2.0f);
                if (r.focused && first_focus_line) {
                    // Where the focused quote starts on screen (tests check it is in view).
                    first_focus_line = false;
                    app.remember_rect("source.highlight", a.x, a.y, z.x - a.x, z.y - a.y);
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
