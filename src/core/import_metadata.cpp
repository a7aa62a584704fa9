// import_metadata.cpp — what a report says about itself.
#include "core/import_metadata.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>

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

// Markers of gambling spam that scraping mirrors inject into government pages.
constexpr std::array<std::u32string_view, 16> kSpam = {
    U"必赢", U"博彩", U"彩票", U"娱乐城", U"赌场", U"棋牌", U"百家乐", U"老虎机", U"体育投注", U"威尼斯人",
    U"新葡京", U"太阳城", U"皇冠体育", U"真人娱乐", U"澳门赌", U"开云体育"};

}  // namespace

MetaScan read_metadata(std::u32string_view text, std::u32string_view s, const std::vector<Line>& lines) {
    MetaScan scan;
    Meta& m = scan.meta;

    // Title: an early short line that names the report.
    std::size_t seen = 0;
    for (const auto& l : lines) {
        const auto t = trim(line_text(s, l));
        if (t.empty()) continue;
        if (++seen > 5) break;
        if (l.level == 0 && t.size() <= 60 && contains(t, U"报告") && (contains(t, U"公开") || contains(t, U"年度"))) {
            const std::size_t off = static_cast<std::size_t>(t.data() - s.data());
            m.title = u32_to_utf8(text.substr(off, t.size()));
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

    // Region: the title's opening place name, else the place most often named before 人民政府.
    std::u32string region;
    if (!m.title.empty()) {
        const std::u32string title = simplified_copy(utf8_to_u32(m.title));
        std::size_t cut = title.size();
        for (std::size_t i = 0; i < title.size(); ++i)
            if (is_ascii_digit(title[i]) || starts_at(title, i, U"人民政府") || starts_at(title, i, U"政府信息") ||
                starts_at(title, i, U"政务公开")) { cut = i; break; }
        region = std::u32string(trim(std::u32string_view(title).substr(0, cut)));
        if (region.size() < 2 || region.size() > 20) region.clear();
    }
    if (region.empty()) {
        std::map<std::u32string, int> names;
        for (std::size_t at = s.find(U"人民政府"); at != std::u32string_view::npos; at = s.find(U"人民政府", at + 1)) {
            if (at < 3 || !*level_of(s[at - 1])) continue;
            std::size_t b = at - 1;
            while (b > 0 && at - 1 - (b - 1) <= 4 && !stops_name(s[b - 1])) --b;
            if (at - 1 - b >= 2) ++names[std::u32string(s.substr(b, at - b))];
        }
        int best = 0;
        for (const auto& [name, k] : names)
            if (k > best) { region = name; best = k; }
        if (!region.empty())
            scan.remarks.push_back(std::move(Message("import.region_guessed").text("region", u32_to_utf8(region))));
    }
    if (!region.empty()) {
        m.region.name = u32_to_utf8(region);
        m.region.level = level_of(region.back());
        const bool body = m.region.level.empty();
        if (body) m.region.level = "department";
        // Parent: "辽宁省阜新市".
        for (std::size_t at = s.find(region); at != std::u32string_view::npos; at = s.find(region, at + 1)) {
            if (at >= 3 && s[at - 1] == U'省') {
                std::size_t b = at - 1;
                while (b > 0 && at - 1 - (b - 1) <= 3 && !stops_name(s[b - 1])) --b;
                if (at - 1 - b >= 2) { m.region.parent = u32_to_utf8(s.substr(b, at - b)); break; }
            }
        }
        m.issuer = body ? m.region.name : m.region.name + "人民政府";
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

    // Injected spam (a scraped mirror's text, not the report's).
    for (auto word : kSpam) {
        const std::size_t at = s.find(word);
        if (at == std::u32string_view::npos) continue;
        std::size_t end = at + word.size();
        while (end < s.size() && end - at < word.size() + 2 && is_han(s[end]) &&
               std::u32string_view(U"体育娱乐平台官网").find(s[end]) != std::u32string_view::npos)
            ++end;
        Note note;
        note.kind = "text-injection";
        const std::string injected = u32_to_utf8(text.substr(at, end - at));
        note.message = "\"" + injected + "\" looks like text injected by a copying site, not the report's own words";
        note.message_zh = "“" + injected + "”看来是转载网站插入的文字，不是报告原文";
        Quote q;
        q.text = u32_to_utf8(text.substr(at, end - at));
        q.start = static_cast<std::int64_t>(at);
        q.end = static_cast<std::int64_t>(end);
        note.quote = q;
        m.notes.push_back(std::move(note));
    }
    return scan;
}

}  // namespace gongkai::import_detail
