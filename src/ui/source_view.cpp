// source_view.cpp — the report's text, with the quotes of the selected figures highlighted
// and the focused one scrolled into view (drawn by highlighted_text.cpp).
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/app.hpp"
#include "ui/highlighted_text.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {
namespace {

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

    HighlightedText text;
    text.child_id = "##source-text";
    text.area_key = "source.view";
    text.highlight_key = "source.highlight";
    text.text = &report->text;
    text.generation = app.generation;
    text.index = app.selected;
    std::int64_t target = -1;
    for (int index : app.selection()) {
        std::int64_t b, e;
        if (quote_range(*report, report->figures[index], b, e))
            text.highlights.push_back({b, e, index == app.focused_figure});
    }
    if (app.focused_figure >= 0 && app.focused_figure < static_cast<int>(report->figures.size())) {
        std::int64_t b, e;
        if (quote_range(*report, report->figures[app.focused_figure], b, e)) {
            if (std::none_of(text.highlights.begin(), text.highlights.end(),
                             [&](const Highlight& h) { return h.begin == b && h.end == e; }))
                text.highlights.push_back({b, e, true});
            target = b;
        }
    }
    // On the tables tab, the focused cell's or key figure's words.
    if (std::int64_t b, e; app.tab == Tab::Tables && table_focus_quote(app, b, e)) {
        text.highlights.push_back({b, e, true});
        target = b;
    }
    // On the scores tab, the words a score point's evidence names.
    if (std::int64_t b, e; score_evidence_quote(app, b, e)) {
        text.highlights.push_back({b, e, true});
        target = b;
    }
    if (app.scroll_source) {
        text.scroll_to = target;
        app.scroll_source = false;
    }
    draw_highlighted_text(app, text);
}

}  // namespace gongkai::ui
