// import_injection.hpp — text that is not the report's own: pinyin glosses and spam that
// copying sites weave into a government page.
//
// Pinyin glosses (報(bào)告, 數(shù)據(jù)) are removed from the text before anything else reads it.
// Spam (betting and casino names, "…体育app", "…娱乐官网", a casino's name where a body's
// name stood) stays in the text, so that its note can quote it, but is blanked in the
// analysis copy: no label, department, region or figure is ever read from it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.hpp"

namespace gongkai::import_detail {

struct GlossScan {
    std::u32string text;    // the text without its glosses
    std::size_t removed = 0;
    std::u32string example; // the first gloss with the character before it: 報(bào)
};

// Removes inline pinyin glosses: a parenthesised run of pinyin syllables with tone marks or
// tone digits right after a Chinese character. "(PPP)" and "(app)" are not glosses.
// When `origin` is given (one entry per code point of `text`, and one more, as normalise_text
// writes it), the removed code points' entries are removed too, so it still maps the result.
GlossScan strip_pinyin_glosses(std::u32string_view text, std::vector<std::size_t>* origin = nullptr);

// A note saying that glosses were removed (none when scan.removed == 0).
void note_glosses(const GlossScan& scan, std::vector<Note>& notes);

struct Span {
    std::size_t start = 0, end = 0;
};

struct InjectionScan {
    std::vector<Span> spans;  // in text order, not overlapping
    std::vector<Note> notes;  // one text-injection note per span, quoting it
};

// Finds spam in `simple` (the analysis copy); quotes come from `text` (same offsets).
InjectionScan find_injected_text(std::u32string_view text, std::u32string_view simple);

// The analysis copy with every span replaced by spaces (length unchanged).
void blank_spans(std::u32string& simple, const std::vector<Span>& spans);

// True when [start, end) overlaps a span.
bool overlaps_injection(const std::vector<Span>& spans, std::size_t start, std::size_t end);

}  // namespace gongkai::import_detail
