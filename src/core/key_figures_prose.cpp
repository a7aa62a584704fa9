// key_figures_prose.cpp — key figures from the prose, for the narrative era and for the words
// around a template report's tables.
//
// A figure is chosen by what it is, never by its id: the proactive total is the largest
// parent-less `published` figure of the 主动公开 part; applications received, the largest
// parent-less `requests` figure that is not a consultation. A figure whose sentence says 累计 /
// 历年 / 到目前 is a running total (status cumulative) and is taken only when nothing else is.
// Zeros said in words (未收到政府信息公开申请, 未发生行政复议, 未收取信息处理费, ...) are read
// from Report::text clause by clause (words in zero_phrases.hpp, shared with the importer); a clause
// holding digits other than a date's is not a zero in words.
//
// [SECTION] text helpers
// [SECTION] choosing figures
// [SECTION] zeros said in words
#include "core/key_figures_prose.hpp"

#include <array>
#include <string_view>
#include <vector>

#include "core/import_normalise.hpp"
#include "core/import_text.hpp"
#include "core/import_traditional.hpp"
#include "core/zero_phrases.hpp"

namespace gongkai::detail {
namespace {

using import_detail::contains;
using import_detail::u32_to_utf8;
using import_detail::has_count_digits;
using import_detail::is_consultation;
using import_detail::says_no_applications;
using import_detail::says_no_fees;
using import_detail::says_none_of;
using import_detail::says_running_total;
using import_detail::utf8_to_u32;

// ---- [SECTION] text helpers ---------------------------------------------------------------

template <class Words>
bool contains_any_of(std::u32string_view text, const Words& words) {
    for (auto w : words)
        if (contains(text, w)) return true;
    return false;
}
bool contains_any(std::u32string_view text, std::initializer_list<std::u32string_view> words) {
    return contains_any_of(text, words);
}

bool is_clause_end(char32_t c) {
    return c == U'。' || c == U'；' || c == U';' || c == U'，' || c == U',' || c == U'\n' || c == U'！' ||
           c == U'？' || c == U'!' || c == U'?';
}

// The words of the clause before [start, ...) up to its beginning: where 累计 would say so.
std::u32string_view lead_in(std::u32string_view text, std::size_t start) {
    if (start > text.size()) return {};
    std::size_t b = start;
    while (b > 0 && start - b < 20 && !is_clause_end(text[b - 1])) --b;
    return text.substr(b, start - b);
}


// ---- [SECTION] choosing figures -----------------------------------------------------------

// A running total by its sentence's words or by the importer's note.
bool running(const Figure& f, std::u32string_view sentence) {
    for (const auto& note : f.notes)
        if (note == import_detail::kRunningTotalNote) return true;
    return says_running_total(sentence);
}

struct Candidate {
    std::size_t index = 0;
    bool cumulative = false;
    int tier = 0;  // lower is better: how plainly the sentence says what the key figure is
};

// The figure's sentence: its quote and the clause's words before it, simplified.
std::u32string sentence_of(const Figure& f, std::u32string_view simple_text) {
    if (!f.quote) return {};
    std::u32string words = import_detail::simplified_copy(utf8_to_u32(f.quote->text.str()));
    if (f.quote->start) {
        const auto start = static_cast<std::size_t>(*f.quote->start);
        words = std::u32string(lead_in(simple_text, start)) + words;
    }
    return words;
}

KeyFigure from_figure(const Report& report, std::size_t index, bool cumulative) {
    const Figure& f = report.figures[index];
    KeyFigure k;
    k.value = f.value;
    k.unit = f.unit;
    k.status = cumulative ? KeyFigureStatus::Cumulative : KeyFigureStatus::Stated;
    for (const auto& note : f.notes)
        if (note == import_detail::kStatedInWordsNote) k.status = KeyFigureStatus::StatedInWords;
        else if (note == import_detail::kRunningTotalNote) k.status = KeyFigureStatus::Cumulative;
    k.source = KeyFigureSourceKind::Prose;
    k.location = "/figures/" + std::to_string(index);
    k.figure_id = f.id;
    if (f.quote) {
        k.quote = f.quote->text;
        k.quote_start = f.quote->start;
        k.quote_end = f.quote->end;
    }
    return k;
}

// This year's counts before running totals, then the plainest words (tier), then the largest.
std::optional<Candidate> best(const Report& report, const std::vector<Candidate>& all) {
    std::optional<Candidate> pick;
    for (const auto& c : all) {
        if (!pick) { pick = c; continue; }
        if (c.cumulative != pick->cumulative) {
            if (!c.cumulative) pick = c;
            continue;
        }
        if (c.tier != pick->tier) {
            if (c.tier < pick->tier) pick = c;
            continue;
        }
        if (report.figures[c.index].value > report.figures[pick->index].value) pick = c;
    }
    return pick;
}

bool counts_things(const Figure& f) { return f.unit != "%" && f.unit != "元" && f.unit != "万元" && f.unit != "亿元"; }

std::optional<Candidate> proactive_total(const Report& report, std::u32string_view simple_text) {
    // A sentence saying 主动公开 first (全年共主动公开政府信息N条), in the area of that name or
    // elsewhere (总体情况); then any count of the 主动公开 area, where other counts (网上办件N件)
    // may stand beside the total.
    std::vector<Candidate> all;
    for (std::size_t i = 0; i < report.figures.size(); ++i) {
        const Figure& f = report.figures[i];
        if (!f.parent.empty() || !counts_things(f)) continue;
        if (!f.measure.empty() && f.measure != "published") continue;
        const std::u32string sentence = sentence_of(f, simple_text);
        const bool says = contains(sentence, U"主动公开") || contains(utf8_to_u32(f.category.str()), U"主动公开");
        const bool in_area = contains(utf8_to_u32(f.area.str()), U"主动公开");
        if (!says && !in_area) continue;
        all.push_back({i, running(f, sentence), says ? (in_area ? 0 : 1) : 2});
    }
    return best(report, all);
}

std::optional<Candidate> applications_received(const Report& report, std::u32string_view simple_text) {
    std::vector<Candidate> all;
    for (std::size_t i = 0; i < report.figures.size(); ++i) {
        const Figure& f = report.figures[i];
        if (f.measure != "requests" || !f.parent.empty() || !counts_things(f)) continue;
        const std::u32string sentence = sentence_of(f, simple_text);
        if (is_consultation(sentence) || contains_any(sentence, {U"上年", U"去年", U"结转"})) continue;
        // A sentence naming 申请 before a bare count in a list (区财政局 312条).
        const std::u32string own =
            f.quote ? import_detail::simplified_copy(utf8_to_u32(f.quote->text.str())) : std::u32string();
        all.push_back({i, running(f, sentence), contains(own, U"申请") ? 0 : 1});
    }
    return best(report, all);
}

// 上年结转N件 and 结转下年度N件, when the prose states them.
void carried(const Report& report, std::u32string_view simple_text, std::map<std::string, KeyFigure>& out) {
    for (std::size_t i = 0; i < report.figures.size(); ++i) {
        const Figure& f = report.figures[i];
        if (f.measure != "requests" || !counts_things(f)) continue;
        const std::u32string sentence = sentence_of(f, simple_text);
        if (says_running_total(sentence)) continue;
        if (contains(sentence, U"上年结转")) out.try_emplace("applications_carried_over", from_figure(report, i, false));
        else if (contains(sentence, U"结转下年")) out.try_emplace("carried_forward", from_figure(report, i, false));
    }
}

// The outcome parts of the applications total, by the template's words and their older forms.
struct OutcomeWords {
    const char* name;
    std::array<std::u32string_view, 5> words;  // "" = unused slot
};
const std::array<OutcomeWords, 5> kOutcomeWords = {{
    {"partially_granted", {U"部分公开"}},
    {"granted", {U"予以公开", U"同意公开", U"全部公开"}},
    {"refused", {U"不予公开", U"不公开"}},
    {"unable_to_provide", {U"无法提供", U"不掌握", U"不属于本", U"信息不存在", U"非本机关"}},
    {"not_processed", {U"不予处理"}},
}};

void outcomes(const Report& report, std::size_t total, std::map<std::string, KeyFigure>& out) {
    const Figure& parent = report.figures[total];
    for (std::size_t i = 0; i < report.figures.size(); ++i) {
        const Figure& f = report.figures[i];
        if (f.parent != parent.id || f.unit != parent.unit) continue;
        const std::u32string category = import_detail::simplified_copy(utf8_to_u32(f.category.str()));
        for (const auto& o : kOutcomeWords) {
            bool named = false;
            for (auto w : o.words) named = named || (!w.empty() && contains(category, w));
            if (!named) continue;
            // The first part of each kind: a second (a sub-kind) is not the kind's total.
            out.try_emplace(o.name, from_figure(report, i, false));
            break;
        }
    }
}

// Reviews, lawsuits and fees stated with digits.
void cases_and_fees(const Report& report, std::u32string_view simple_text, std::map<std::string, KeyFigure>& out) {
    std::optional<std::size_t> reviews, lawsuits, fees;
    for (std::size_t i = 0; i < report.figures.size(); ++i) {
        const Figure& f = report.figures[i];
        if (!f.parent.empty()) continue;
        const std::u32string sentence = sentence_of(f, simple_text);
        if (says_running_total(sentence)) continue;
        const bool money = f.unit == "元" || f.unit == "万元";
        if (money) {
            if (contains(sentence, U"信息处理费") || (contains(sentence, U"收取") && contains(sentence, U"费") &&
                                                   !contains(sentence, U"行政事业性")))
                if (!fees) fees = i;
            continue;
        }
        if (!counts_things(f)) continue;
        const bool review = contains(sentence, U"行政复议"), lawsuit = contains(sentence, U"行政诉讼");
        if (review && !lawsuit && !reviews) reviews = i;
        if (lawsuit && !review && !lawsuits) lawsuits = i;
    }
    if (reviews) out.try_emplace("reviews_total", from_figure(report, *reviews, false));
    if (lawsuits) out.try_emplace("lawsuits_total", from_figure(report, *lawsuits, false));
    if (fees) out.try_emplace("fees", from_figure(report, *fees, false));
}

// ---- [SECTION] zeros said in words ------------------------------------------------------

struct Clause {
    std::size_t start = 0, end = 0;  // code points into Report::text
};

std::vector<Clause> clauses(std::u32string_view text) {
    std::vector<Clause> out;
    std::size_t b = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !is_clause_end(text[i])) continue;
        std::size_t s = b, e = i;
        while (s < e && import_detail::is_blank(text[s])) ++s;
        while (e > s && import_detail::is_blank(text[e - 1])) --e;
        if (e > s) out.push_back({s, e});
        b = i + 1;
    }
    return out;
}

KeyFigure zero_in_words(std::u32string_view text, const Clause& c, const char* unit) {
    KeyFigure k;
    k.value = 0;
    k.unit = unit;
    k.status = KeyFigureStatus::StatedInWords;
    k.source = KeyFigureSourceKind::Prose;
    k.quote = u32_to_utf8(text.substr(c.start, c.end - c.start));
    k.quote_start = static_cast<std::int64_t>(c.start);
    k.quote_end = static_cast<std::int64_t>(c.end);
    return k;
}

void zeros_in_words(const std::u32string& text, std::map<std::string, KeyFigure>& out) {
    const std::u32string simple = import_detail::fold_width(import_detail::simplified_copy(text));
    for (const Clause& c : clauses(simple)) {
        const std::u32string_view words = std::u32string_view(simple).substr(c.start, c.end - c.start);
        if (has_count_digits(words) || says_running_total(words)) continue;
        if (says_no_applications(words)) out.try_emplace("applications_received", zero_in_words(text, c, "件"));
        if (says_none_of(words, U"行政复议")) out.try_emplace("reviews_total", zero_in_words(text, c, "件"));
        if (says_none_of(words, U"行政诉讼")) out.try_emplace("lawsuits_total", zero_in_words(text, c, "件"));
        if (says_no_fees(words)) out.try_emplace("fees", zero_in_words(text, c, "元"));
    }
}

}  // namespace

std::map<std::string, KeyFigure> key_figures_from_prose(const Report& report) {
    std::map<std::string, KeyFigure> out;
    const std::u32string text = utf8_to_u32(report.text);
    // Widths folded for matching only: the offsets stay the text's, the quotes its own words.
    const std::u32string simple = import_detail::fold_width(import_detail::simplified_copy(text));
    if (auto c = proactive_total(report, simple)) out["proactive_total"] = from_figure(report, c->index, c->cumulative);
    const auto received = applications_received(report, simple);
    if (received) out["applications_received"] = from_figure(report, received->index, received->cumulative);
    if (received && !received->cumulative) outcomes(report, received->index, out);
    carried(report, simple, out);
    cases_and_fees(report, simple, out);
    // Digits first: a zero in words only says what no figure says.
    zeros_in_words(text, out);
    return out;
}

}  // namespace gongkai::detail
