// import_metadata.cpp — what a report says about itself.
#include "core/import_metadata.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>

#include "core/import_clause.hpp"
#include "core/import_text.hpp"
#include "core/import_traditional.hpp"

namespace gongkai::import_detail {
namespace {

std::u32string_view line_text(std::u32string_view s, const Line& l) { return s.substr(l.start, l.end - l.start); }

// Characters that end a place name when reading backwards from 市/县/区 (了《阜新市 -> 阜新市).
bool stops_name(char32_t c) {
    static constexpr std::u32string_view kStops = U"了的在由对和与及之发布印我本全该各其为是把被向从以按据于将等与年月日号";
    return !is_han(c) || kStops.find(c) != std::u32string_view::npos;
}

const char* level_of(char32_t suffix) {
    switch (suffix) {
        case U'省': return "province";
        case U'市': case U'州': case U'盟': return "city";
        case U'县': case U'旗': return "county";
        case U'区': return "district";
        case U'镇': case U'乡': return "township";
        default: return "";
    }
}

// Level of a whole name: 街道 and 苏木 are township level like 乡 and 镇.
const char* level_of_name(std::u32string_view name) {
    if (name.empty()) return "";
    if (ends_with(name, U"街道") || ends_with(name, U"苏木")) return "township";
    return level_of(name.back());
}

// A township-level office's own name: 东湖街道办事处 -> 东湖街道.
std::u32string_view without_office(std::u32string_view name) {
    if (ends_with(name, U"办事处") && name.size() > 5 && contains(name, U"街道")) return name.substr(0, name.size() - 3);
    if (ends_with(name, U"人民政府") && name.size() > 5) return name.substr(0, name.size() - 4);
    return name;
}

// "辽宁省阜新市" -> parent 辽宁省, name 阜新市; "青禾县白石乡" -> 青禾县, 白石乡.
void split_enclosing(std::u32string_view run, std::u32string& name, std::u32string& parent) {
    name = std::u32string(run);
    parent.clear();
    for (std::size_t p = run.size() >= 3 ? run.size() - 3 : 0; p >= 1; --p) {
        if (!*level_of(run[p]) || p + 1 >= run.size()) continue;
        if (run.size() - p - 1 < 2) continue;
        name = std::u32string(run.substr(p + 1));
        parent = std::u32string(run.substr(0, p + 1));
        return;
    }
}

// Sentence punctuation: a line holding it is prose, not a title.
bool has_sentence_punct(std::u32string_view t) {
    for (char32_t c : t)
        if (c == U'。' || c == U',' || c == U';' || c == U'!' || c == U'?' || c == U'、') return true;
    return false;
}

// Words that open a sentence, never a title ("按照《中华人民共和国政府信息公开条例》…").
bool opens_sentence(std::u32string_view t) {
    for (std::u32string_view w : {U"按照", U"根据", U"依据", U"依照", U"为", U"本报告", U"现将", U"今年", U"全年", U"本年"})
        if (starts_at(t, 0, w)) return true;
    return false;
}

// The original characters of text[b, e) without those blanked in the analysis copy
// (injected text), spaces collapsed.
std::string clean_original(std::u32string_view text, std::u32string_view s, std::size_t b, std::size_t e) {
    std::u32string out;
    for (std::size_t i = b; i < e; ++i) {
        if (s[i] == U' ' && text[i] != U' ') continue;
        if (text[i] == U' ' && (out.empty() || out.back() == U' ')) continue;
        out.push_back(text[i]);
    }
    while (!out.empty() && out.back() == U' ') out.pop_back();
    return u32_to_utf8(out);
}

// A body's own name on a line of its own (a signature: "青禾县市场监督管理局" above the date).
bool is_issuer_name(std::u32string_view t) {
    if (t.size() < 3 || t.size() > 24 || has_sentence_punct(t)) return false;
    for (char32_t c : t)
        if (!is_han(c)) return false;
    return ends_with(t, U"人民政府") || ends_with(t, U"办事处") || ends_with(t, U"管委会") || is_department_name(t);
}

// A year 1990..2100 written as four digits followed by 年, at i.
int year_at(std::u32string_view s, std::size_t i) {
    if (i + 4 >= s.size() || s[i + 4] != U'年') return 0;
    if (i > 0 && is_ascii_digit(s[i - 1])) return 0;
    int y = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        if (!is_ascii_digit(s[i + k])) return 0;
        y = y * 10 + static_cast<int>(s[i + k] - U'0');
    }
    return (y >= 1990 && y <= 2100) ? y : 0;
}

}  // namespace

MetaScan read_metadata(std::u32string_view text, std::u32string_view s, const std::vector<Line>& lines) {
    MetaScan scan;
    Meta& m = scan.meta;

    // Title: an early short line that names the report, with the short lines just before it
    // when the title was split ("青禾县人民政府" / "2020年政府信息公开工作年度报告").
    {
        std::vector<const Line*> early;
        for (const auto& l : lines) {
            if (trim(line_text(s, l)).empty()) continue;
            if (early.size() == 6) break;
            early.push_back(&l);
        }
        for (std::size_t k = 0; k < early.size(); ++k) {
            const Line& l = *early[k];
            const auto t = trim(line_text(s, l));
            if (l.level != 0 || t.size() > 60 || !contains(t, U"报告") || !(contains(t, U"公开") || contains(t, U"年度")))
                continue;
            if (has_sentence_punct(t) || opens_sentence(t) || contains(t, U"《")) continue;
            std::size_t b = static_cast<std::size_t>(t.data() - s.data());
            const std::size_t e = b + t.size();
            std::size_t joined = 0;
            for (std::size_t j = k; j > 0 && joined < 2; --j, ++joined) {
                const auto prev = trim(line_text(s, *early[j - 1]));
                if (early[j - 1]->level != 0 || prev.size() > 30 || has_sentence_punct(prev) || contains(prev, U":") ||
                    contains(prev, U"报告") || opens_sentence(prev))
                    break;
                bool han = false;
                for (char32_t c : prev) han = han || is_han(c);
                if (!han) break;
                b = static_cast<std::size_t>(prev.data() - s.data());
            }
            std::string title;
            // Join the lines without their line breaks.
            std::size_t from = b;
            for (std::size_t i = b; i <= e; ++i)
                if (i == e || text[i] == U'\n') {
                    title += clean_original(text, s, from, i);
                    from = i + 1;
                }
            m.title = title;
            break;
        }
    }

    // Year: from the title, else the year the text names most often.
    if (!m.title.empty()) {
        const std::u32string title = utf8_to_u32(m.title);
        for (std::size_t i = 0; i + 4 < title.size(); ++i)
            if (int y = year_at(title, i)) { m.year = y; break; }
    }
    if (!m.year) {
        std::map<int, int> years;
        for (std::size_t i = 0; i + 4 < s.size(); ++i)
            if (int y = year_at(s, i)) ++years[y];
        int best = 0;
        int best_n = 0;
        for (const auto& [y, k] : years)
            if (k > best_n) { best = y; best_n = k; }
        if (best) {
            m.year = best;
            scan.remarks.push_back(std::move(Message("import.year_guessed").number("year", best)));
        }
    }
    if (m.year) {
        const std::u32string y = utf8_to_u32(std::to_string(*m.year));
        const bool whole_year = contains(s, y + U"年1月1日") && contains(s, U"12月31日");
        for (std::u32string_view span : {U"年1月-12月", U"年1-12月", U"年1月至12月", U"年1月1日"})
            if (contains(s, y + std::u32string(span)) && (span != U"年1月1日" || whole_year)) {
                m.period_from = std::to_string(*m.year) + "-01-01";
                m.period_to = std::to_string(*m.year) + "-12-31";
                break;
            }
    }

    // Issuer's full name: the title's opening name, else a signature line at the end, else
    // the name most often written before 人民政府.
    std::u32string issuer;
    if (!m.title.empty()) {
        const std::u32string title = simplified_copy(utf8_to_u32(m.title));
        std::size_t cut = title.size();
        for (std::size_t i = 0; i < title.size(); ++i)
            if (is_ascii_digit(title[i]) || starts_at(title, i, U"政府信息") || starts_at(title, i, U"政务公开") ||
                starts_at(title, i, U"关于") || starts_at(title, i, U"年度") || starts_at(title, i, U"信息公开")) {
                cut = i;
                break;
            }
        issuer = std::u32string(trim(std::u32string_view(title).substr(0, cut)));
        if (issuer.size() < 2 || issuer.size() > 20 || !is_han(issuer.back())) issuer.clear();
    }
    if (issuer.empty()) {
        std::size_t seen = 0;
        for (std::size_t k = lines.size(); k > 0 && seen < 4; --k) {
            const auto t = trim(line_text(s, lines[k - 1]));
            if (t.empty()) continue;
            ++seen;
            if (is_issuer_name(t)) {
                issuer = std::u32string(t);
                break;
            }
        }
    }
    if (issuer.empty()) {
        // Whole names (a run of characters that starts the line or follows punctuation) count
        // three times as much as names cut out of a sentence by the stop characters.
        std::map<std::u32string, int> names;
        for (std::size_t at = s.find(U"人民政府"); at != std::u32string_view::npos; at = s.find(U"人民政府", at + 1)) {
            if (at < 2 || !*level_of(s[at - 1])) continue;
            std::size_t run = at;
            while (run > 0 && at - run < 12 && is_han(s[run - 1])) --run;
            if (at - run >= 2 && (run == 0 || !is_han(s[run - 1])) && at - run <= 9) {
                names[std::u32string(s.substr(run, at - run))] += 3;
                continue;
            }
            std::size_t b = at - 1;
            while (b > 0 && at - 1 - (b - 1) <= 4 && !stops_name(s[b - 1])) --b;
            if (at - 1 - b >= 2) ++names[std::u32string(s.substr(b, at - b))];
        }
        int best = 0;
        for (const auto& [name, k] : names)
            if (k > best) { issuer = name; best = k; }
        if (!issuer.empty())
            scan.remarks.push_back(std::move(Message("import.region_guessed").text("region", u32_to_utf8(issuer))));
    }
    if (!issuer.empty()) {
        const std::u32string_view own = without_office(issuer);
        const bool body = !*level_of_name(own);
        std::u32string name, parent;
        if (body) {
            name = std::u32string(own);
        } else {
            split_enclosing(own, name, parent);
        }
        m.region.name = u32_to_utf8(name);
        m.region.level = body ? "department" : level_of_name(name);
        if (!parent.empty()) m.region.parent = u32_to_utf8(parent);
        // Parent written elsewhere: "辽宁省阜新市".
        for (std::size_t at = s.find(name); parent.empty() && at != std::u32string_view::npos; at = s.find(name, at + 1)) {
            if (at >= 3 && s[at - 1] == U'省') {
                std::size_t b = at - 1;
                while (b > 0 && at - 1 - (b - 1) <= 3 && !stops_name(s[b - 1])) --b;
                if (at - 1 - b >= 2) { m.region.parent = u32_to_utf8(s.substr(b, at - b)); break; }
            }
        }
        if (body) m.issuer = u32_to_utf8(issuer);
        else if (ends_with(name, U"街道")) m.issuer = u32_to_utf8(name) + "办事处";
        else m.issuer = u32_to_utf8(name) + "人民政府";
    } else {
        scan.remarks.push_back(Message("import.region_unknown"));
    }

    if (m.title.empty()) {
        scan.title_made_up = true;
        m.title = m.region.name + (m.year ? std::to_string(*m.year) + "年" : std::string()) + "政府信息公开工作年度报告";
    }

    // Script.
    std::size_t han = 0;
    for (char32_t c : text) han += is_han(c);
    const std::size_t traditional = count_traditional(text);
    m.language = (traditional >= 5 && traditional * 50 >= han) ? "zh-Hant" : "zh-Hans";
    return scan;
}

}  // namespace gongkai::import_detail
