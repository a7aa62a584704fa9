// import_structure.cpp — heading markers, short names and the area/topic of each line.
#include "core/import_structure.hpp"

#include <algorithm>
#include <array>

#include "core/import_text.hpp"

namespace gongkai::import_detail {
namespace {

constexpr std::size_t kMaxTitle = 50;  // a "heading" longer than this is prose

// Marker at `pos` (after leading blanks); returns its kind and sets `after`.
int read_marker(std::u32string_view s, std::size_t pos, std::size_t end, std::size_t& after) {
    std::size_t j = pos;
    if (j >= end) return 0;
    const char32_t c = s[j];
    if (is_chinese_numeral(c)) {
        while (j < end && j - pos < 3 && is_chinese_numeral(s[j])) ++j;
        if (j < end && (s[j] == U'、' || s[j] == U'.') && chinese_numeral_value(s.substr(pos, j - pos)) > 0) {
            after = j + 1;
            return 1;
        }
        return 0;
    }
    if (c == U'(') {
        ++j;
        const std::size_t inner = j;
        if (j < end && is_chinese_numeral(s[j])) {
            while (j < end && j - inner < 3 && is_chinese_numeral(s[j])) ++j;
            if (j < end && s[j] == U')' && chinese_numeral_value(s.substr(inner, j - inner)) > 0) {
                after = j + 1;
                if (after < end && (s[after] == U'、' || s[after] == U'.')) ++after;
                return 2;
            }
            return 0;
        }
        while (j < end && j - inner < 2 && is_ascii_digit(s[j])) ++j;
        if (j > inner && j < end && s[j] == U')') {
            after = j + 1;
            if (after < end && (s[after] == U'、' || s[after] == U'.')) ++after;
            return 4;
        }
        return 0;
    }
    if (is_ascii_digit(c)) {
        while (j < end && j - pos < 2 && is_ascii_digit(s[j])) ++j;
        if (j < end && (s[j] == U'、' || (s[j] == U'.' && !(j + 1 < end && is_ascii_digit(s[j + 1]))))) {
            after = j + 1;
            return 3;
        }
        return 0;
    }
    if (c >= 0x2460 && c <= 0x2473) {  // ① .. ⑳
        after = j + 1;
        return 4;
    }
    return 0;
}

// A count unit right after a number: "1、公开信息25条" is an item of a list, not a heading.
bool has_count(std::u32string_view t) {
    static constexpr std::u32string_view kUnits = U"条件项次个家人批场篇份%";
    for (std::size_t i = 0; i + 1 < t.size(); ++i)
        if (is_ascii_digit(t[i]) && !is_ascii_digit(t[i + 1]) && kUnits.find(t[i + 1]) != std::u32string_view::npos)
            return true;
    return false;
}

std::u32string strip_marks(std::u32string_view t) {
    std::u32string out;
    for (char32_t c : t)
        if (c != U'“' && c != U'”' && c != U'"' && c != U'《' && c != U'》' && c != U' ') out.push_back(c);
    return out;
}

}  // namespace

// A heading marker glued into a long line after a sentence's end ("…工作。二、主动公开情况…"):
// a body copied as one line. Returns true when a 一、 or (一) marker starts at `i`.
bool inline_marker_at(std::u32string_view text, std::size_t i, std::size_t end) {
    if (i == 0 || (text[i - 1] != U'。' && text[i - 1] != U';' && !is_blank(text[i - 1]))) return false;
    std::size_t j = i + (text[i] == U'(' ? 1 : 0);
    const std::size_t first = j;
    while (j < end && j - first < 3 && is_chinese_numeral(text[j])) ++j;
    if (j == first || chinese_numeral_value(text.substr(first, j - first)) <= 0 || j >= end) return false;
    if (text[i] == U'(') return text[j] == U')';
    return text[j] == U'、';
}

std::vector<Line> split_lines(std::u32string_view text) {
    constexpr std::size_t kLongLine = 200;  // shorter lines are real lines
    std::vector<Line> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == U'\n') {
            if (i - start > kLongLine) {
                for (std::size_t k = start + 1; k < i; ++k)
                    if (inline_marker_at(text, k, i)) {
                        Line l;
                        l.start = start;
                        l.end = k;
                        l.body_start = start;
                        lines.push_back(l);
                        start = k;
                    }
            }
            Line l;
            l.start = start;
            l.end = i;
            l.body_start = start;
            lines.push_back(l);
            start = i + 1;
        }
    }
    if (!lines.empty() && lines.back().start == lines.back().end && lines.size() > 1) lines.pop_back();
    return lines;
}

std::u32string short_heading_name(std::u32string_view title) {
    std::u32string t = strip_marks(trim(title));
    // Names the State Council's report outline uses for its sections; one canonical
    // spelling each, so that reports of different regions and years line up.
    struct Canon {
        std::u32string_view a, b;  // both must occur (b may be empty)
        std::u32string_view name;
    };
    static constexpr std::array<Canon, 10> kCanon = {{
        {U"制度", U"机制", U"制度机制建设"},
        {U"依申请", U"", U"依申请公开"},
        {U"主动公开", U"", U"主动公开"},
        {U"建议", U"提案", U"建议提案办理"},
        {U"政策解读", U"", U"政策解读"},
        {U"舆情", U"", U"政务舆情回应"},
        {U"总体", U"", U"总体情况"},
        {U"收费", U"减免", U"收费及减免"},
        {U"复议", U"诉讼", U"行政复议和行政诉讼"},
        {U"问题", U"改进", U"存在问题及改进"},
    }};
    for (const auto& c : kCanon)
        if (contains(t, c.a) && (c.b.empty() || contains(t, c.b))) return std::u32string(c.name);

    // An abbreviation in brackets names the subject: 政府和社会资本合作(PPP)项目 -> PPP项目.
    if (const std::size_t open = t.find(U'('); open != std::u32string::npos) {
        const std::size_t close = t.find(U')', open);
        bool latin = close != std::u32string::npos && close > open + 1;
        for (std::size_t k = open + 1; latin && k < close; ++k) latin = is_ascii_alpha(t[k]);
        if (latin) t = t.substr(open + 1, close - open - 1) + t.substr(close + 1);
    }
    static constexpr std::array<std::u32string_view, 15> kPrefixes = {
        U"以政务公开助力", U"以政务公开促进", U"以政务公开推动", U"政务公开助力", U"以公开助力", U"关于",
        U"推进", U"开展", U"做好", U"加强", U"深化", U"全面", U"积极", U"大力", U"促进"};
    static constexpr std::array<std::u32string_view, 13> kSuffixes = {
        U"工作开展情况", U"工作情况", U"公开情况", U"情况", U"工作", U"信息公开", U"公开", U"信息",
        U"领域", U"平稳健康发展", U"健康发展", U"发展", U"建设"};
    bool changed = true;
    while (changed) {
        changed = false;
        for (auto p : kPrefixes)
            if (t.size() > p.size() + 1 && t.compare(0, p.size(), p) == 0) {
                t.erase(0, p.size());
                changed = true;
            }
        for (auto s : kSuffixes)
            if (t.size() > s.size() + 1 && ends_with(t, s)) {
                t.resize(t.size() - s.size());
                changed = true;
                break;
            }
    }
    // "发展新产业、培育新动能" -> 新产业新动能: the verbs of a list of slogans go.
    if (t.find(U'、') != std::u32string::npos) {
        static constexpr std::array<std::u32string_view, 9> kListVerbs = {
            U"发展", U"培育", U"推进", U"促进", U"加强", U"深化", U"推动", U"做好", U"强化"};
        std::u32string joined;
        std::size_t b = 0;
        for (std::size_t i = 0; i <= t.size(); ++i) {
            if (i < t.size() && t[i] != U'、') continue;
            std::u32string_view part = std::u32string_view(t).substr(b, i - b);
            for (auto v : kListVerbs)
                if (part.size() > v.size() + 1 && part.compare(0, v.size(), v) == 0) { part.remove_prefix(v.size()); break; }
            joined.append(part);
            b = i + 1;
        }
        t = joined;
    }
    return t;
}

void classify_headings(std::vector<Line>& lines, std::u32string_view s) {
    std::array<bool, 5> used{};
    for (auto& l : lines) {
        l.level = 0;
        l.marker = 0;
        l.body_start = l.start;
        if (l.in_table) continue;
        std::size_t pos = l.start;
        while (pos < l.end && is_blank(s[pos])) ++pos;
        std::size_t after = 0;
        const int marker = read_marker(s, pos, l.end, after);
        if (marker == 0) continue;
        std::size_t title_start = after;
        while (title_start < l.end && is_blank(s[title_start])) ++title_start;
        // The title runs to the first sentence mark; the rest of the line is prose.
        std::size_t cut = title_start;
        while (cut < l.end && s[cut] != U'。' && s[cut] != U':' && s[cut] != U';' && s[cut] != U'!' &&
               s[cut] != U'?' && cut - title_start <= kMaxTitle)
            ++cut;
        // A heading glued to its first sentence ("二、依申请公开情况受理申请5件"): the title ends
        // after its 情况 when a count or a long run of prose follows.
        std::size_t glued = 0;
        for (std::size_t q = title_start; q + 2 <= l.end && q - title_start <= kMaxTitle; ++q)
            if (starts_at(s, q, U"情况")) {
                glued = q + 2;
                break;
            }
        // (A heading going on after 情况 with 及/和/与/、 is still a heading: 依申请公开情况及答复情况.)
        if (glued && glued < l.end && std::u32string_view(U"。:;及和与、").find(s[glued]) == std::u32string_view::npos &&
            (has_count(s.substr(glued, std::min(cut, l.end) - glued)) || cut - glued > 6)) {
            l.marker = marker;
            l.title_start = title_start;
            l.title_end = glued;
            l.body_start = glued;
            l.name = short_heading_name(s.substr(title_start, glued - title_start));
            used[static_cast<std::size_t>(marker)] = true;
            continue;
        }
        if (cut - title_start > kMaxTitle || cut == title_start) continue;
        // "1、当面申请8件" or "(1)市财政局公开信息4条,..." is an item of a list.
        if (has_count(s.substr(title_start, cut - title_start))) continue;
        // A comma inside a short title is fine (减税、降费); a clause is not.
        if (s.substr(title_start, cut - title_start).find(U',') != std::u32string_view::npos) continue;
        l.marker = marker;
        l.title_start = title_start;
        l.title_end = cut;
        l.body_start = cut < l.end ? cut + 1 : l.end;
        l.name = short_heading_name(s.substr(title_start, cut - title_start));
        used[static_cast<std::size_t>(marker)] = true;
    }
    // Ranks: the marker kinds a report uses, in their customary order, become levels 1, 2, ...
    std::array<int, 5> rank{};
    int next = 1;
    for (int m = 1; m <= 4; ++m)
        if (used[static_cast<std::size_t>(m)]) rank[static_cast<std::size_t>(m)] = next++;
    for (auto& l : lines)
        if (l.marker) l.level = rank[static_cast<std::size_t>(l.marker)];
}

std::vector<Place> assign_places(const std::vector<Line>& lines) {
    const std::size_t n = lines.size();
    // A level-1 section is a "container" when its level-2 parts have level-3 parts of their
    // own (重点领域: (一)稳增长 -> 1、预期引导): its level-2 names are then the areas.
    std::vector<bool> container(n, false);
    {
        std::size_t current = n;  // index of the current level-1 heading
        bool seen_level2 = false;
        for (std::size_t i = 0; i < n; ++i) {
            const int lv = lines[i].level;
            if (lv == 1) {
                current = i;
                seen_level2 = false;
            } else if (lv == 2) {
                seen_level2 = true;
            } else if (lv == 3 && seen_level2 && current < n) {
                container[current] = true;
            }
        }
        // Sections with their own canonical subject (主动公开, 依申请公开 ...) stay areas.
        for (std::size_t i = 0; i < n; ++i) {
            if (lines[i].level != 1) continue;
            const auto& name = lines[i].name;
            if (name == U"主动公开" || name == U"依申请公开" || name == U"政策解读" || name == U"建议提案办理" ||
                name == U"政务舆情回应")
                container[i] = false;
            if (contains(name, U"重点")) container[i] = true;
        }
    }
    std::vector<Place> places(n);
    std::array<std::u32string, 5> names;
    bool in_container = false;
    for (std::size_t i = 0; i < n; ++i) {
        const int lv = lines[i].level;
        if (lv > 0) {
            names[static_cast<std::size_t>(lv)] = lines[i].name;
            for (int d = lv + 1; d <= 4; ++d) names[static_cast<std::size_t>(d)].clear();
            if (lv == 1) in_container = container[i];
        }
        Place p;
        if (in_container) {
            p.area = names[2].empty() ? names[1] : names[2];
            p.topic = names[3];
        } else {
            p.area = names[1];
            p.topic = names[3].empty() ? names[2] : names[3];
        }
        places[i] = std::move(p);
    }
    return places;
}

}  // namespace gongkai::import_detail
