// import_injection.cpp — pinyin glosses and spam, found by shape as well as by name.
#include "core/import_injection.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "core/import_text.hpp"

namespace gongkai::import_detail {
namespace {

// ---- pinyin -------------------------------------------------------------------------------

bool is_tone_vowel(char32_t c) {
    static constexpr std::u32string_view kTones = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    return kTones.find(c) != std::u32string_view::npos;
}
bool is_pinyin_letter(char32_t c) { return (c >= U'a' && c <= U'z') || c == U'ü' || is_tone_vowel(c); }
bool is_vowel(char32_t c) { return std::u32string_view(U"aeiouüv").find(c) != std::u32string_view::npos || is_tone_vowel(c); }

// Length of a gloss "(bào)" / "(shù jù)" / "(bao4)" starting at the '(' at `i`, or 0.
std::size_t gloss_at(std::u32string_view t, std::size_t i) {
    if (t[i] != U'(') return 0;
    std::size_t j = i + 1;
    bool toned = false;
    int syllables = 0;
    while (j < t.size() && t[j] != U')') {
        if (t[j] == U' ' && syllables > 0) { ++j; continue; }
        const std::size_t b = j;
        bool vowel = false;
        while (j < t.size() && is_pinyin_letter(t[j])) {
            vowel = vowel || is_vowel(t[j]);
            toned = toned || is_tone_vowel(t[j]);
            ++j;
        }
        if (j == b || j - b > 6 || !vowel) return 0;
        if (std::u32string_view(U"bpmfdtnlgkhjqxrzcsywaoe").find(t[b]) == std::u32string_view::npos) return 0;
        if (j < t.size() && t[j] >= U'1' && t[j] <= U'5') { toned = true; ++j; }
        if (++syllables > 4) return 0;
        if (j < t.size() && t[j] != U' ' && t[j] != U')') return 0;
    }
    if (j >= t.size() || syllables == 0 || !toned) return 0;
    return j + 1 - i;
}

// ---- spam ---------------------------------------------------------------------------------

// Names of betting and casino sites seen in mirrors' injected text.
constexpr std::array<std::u32string_view, 26> kBrands = {
    U"必赢", U"博彩", U"娱乐城", U"赌场", U"赌博", U"百家乐", U"老虎机", U"体育投注", U"威尼斯人", U"新葡京",
    U"葡京", U"太阳城", U"皇冠体育", U"真人娱乐", U"澳门赌", U"开云体育", U"亚博体育", U"乐鱼体育", U"华体会",
    U"半岛体育", U"雷竞技", U"金博宝", U"沙巴体育", U"美高梅", U"博天堂", U"彩票"};

// Kind words of the shape "<brand><kind><platform>": 某某体育app, 某某娱乐官网.
constexpr std::array<std::u32string_view, 6> kKinds = {U"体育", U"娱乐", U"博彩", U"棋牌", U"电竞", U"真人"};

// What follows a betting brand: its platform, or a government name it was pasted over.
constexpr std::array<std::u32string_view, 19> kPlatforms = {
    U"app", U"APP", U"App", U"官网", U"官方", U"登录", U"网址", U"下载", U"注册", U"投注", U"网页版", U"手机版",
    U"客户端", U"首页", U"平台", U"人民政府", U"政府", U"办公厅", U"办公室"};

// Words of a promotion: a clause holding one of them and a brand is spam as a whole.
constexpr std::array<std::u32string_view, 14> kPromo = {
    U"注册", U"彩金", U"开户", U"首存", U"返水", U"投注", U"下注", U"入口", U"网址", U"优惠", U"下载", U"官网",
    U"登录", U"赔率"};

bool is_latin_or_digit(char32_t c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

std::size_t platform_after(std::u32string_view s, std::size_t at) {
    for (auto p : kPlatforms)
        if (starts_at(s, at, p)) {
            // 人民政府 / 政府 / 办公厅 are the government's own words: not part of the spam.
            if (p == U"人民政府" || p == U"政府" || p == U"办公厅" || p == U"办公室") return 0;
            return p.size();
        }
    return 0;
}
bool government_after(std::u32string_view s, std::size_t at, bool body_too) {
    for (std::u32string_view p : {U"人民政府", U"政府", U"办公厅", U"办公室"})
        if (starts_at(s, at, p)) return true;
    if (body_too && at < s.size() && std::u32string_view(U"区县市局委").find(s[at]) != std::u32string_view::npos)
        return true;
    return false;
}

// A place or body ends right before the kind word (市体育局, 文化体育): no brand there.
bool place_or_word_end(char32_t c) {
    return std::u32string_view(U"省市县区乡镇州旗的和与及、化育民众全我本各级年馆场").find(c) != std::u32string_view::npos;
}

// A promotion runs to the end of its sentence or line, commas and brackets included.
bool is_break(char32_t c) { return std::u32string_view(U"。!?\n").find(c) != std::u32string_view::npos; }

bool clause_is_promotion(std::u32string_view s, std::size_t start, std::size_t end, std::size_t& cs, std::size_t& ce) {
    cs = start;
    while (cs > 0 && !is_break(s[cs - 1]) && start - cs < 80) --cs;
    ce = end;
    while (ce < s.size() && !is_break(s[ce]) && ce - end < 80) ++ce;
    const auto clause = s.substr(cs, ce - cs);
    for (std::u32string_view own : {U"信息公开", U"公开政府信息", U"依申请", U"主动公开"})
        if (contains(clause, own)) return false;
    for (auto w : kPromo)
        if (contains(clause, w)) return true;
    return false;
}

}  // namespace

GlossScan strip_pinyin_glosses(std::u32string_view text, std::vector<std::size_t>* origin) {
    GlossScan scan;
    scan.text.reserve(text.size());
    std::vector<std::size_t> kept;  // origin's entries of the code points kept
    const bool track = origin && origin->size() == text.size() + 1;
    if (track) kept.reserve(origin->size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == U'(' && i > 0 && is_han(text[i - 1])) {
            if (const std::size_t n = gloss_at(text, i)) {
                if (scan.removed++ == 0) {
                    scan.example.push_back(text[i - 1]);
                    scan.example.append(text.substr(i, n));
                }
                i += n - 1;
                continue;
            }
        }
        scan.text.push_back(text[i]);
        if (track) kept.push_back((*origin)[i]);
    }
    if (track && scan.removed > 0) {
        kept.push_back(origin->back());
        *origin = std::move(kept);
    }
    return scan;
}

void note_glosses(const GlossScan& scan, std::vector<Note>& notes) {
    if (scan.removed == 0) return;
    const std::string example = u32_to_utf8(scan.example);
    const std::string n = std::to_string(scan.removed);
    Note note;
    note.kind = "text-injection";
    note.message = n + " pinyin gloss(es) such as \"" + example +
                   "\" were added by a copying site, not the report; removed before reading";
    note.message_zh = "转载网站加入的拼音注音" + n + "处（如“" + example + "”）不是报告原文，读取前已删去";
    notes.push_back(std::move(note));
}

InjectionScan find_injected_text(std::u32string_view text, std::u32string_view s) {
    InjectionScan scan;
    std::vector<Span> found;
    std::vector<std::u32string> learned;  // brands found by shape
    auto add = [&](std::size_t b, std::size_t e) {
        if (e > b) found.push_back({b, e});
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Known names, with the kind word and platform after them (必赢体育app).
        bool known = false;
        for (auto brand : kBrands) {
            if (!starts_at(s, i, brand)) continue;
            // 福利彩票 and 体育彩票 are the state lotteries, which governments report on.
            if (brand == U"彩票" && i >= 2 && (starts_at(s, i - 2, U"福利") || starts_at(s, i - 2, U"体育"))) continue;
            std::size_t e = i + brand.size();
            for (auto k : kKinds)
                if (starts_at(s, e, k)) { e += k.size(); break; }
            e += platform_after(s, e);
            add(i, e);
            i = e - 1;
            known = true;
            break;
        }
        if (known) continue;
        // The shape: <brand><kind><platform or a government name>.
        for (auto k : kKinds) {
            if (!starts_at(s, i, k)) continue;
            const bool betting = k != U"体育" && k != U"电竞" && k != U"真人";
            const std::size_t after = i + k.size();
            std::size_t platform = platform_after(s, after);
            if (k == U"体育" && starts_at(s, after, U"平台")) platform = 0;  // 全民健身体育平台
            if (platform == 0 && !government_after(s, after, betting)) break;
            std::size_t b = i;
            while (b > 0 && i - b < 8 && is_latin_or_digit(s[b - 1])) --b;
            if (b == i) {
                while (b > 0 && i - b < 2 && is_han(s[b - 1]) && !place_or_word_end(s[b - 1])) --b;
                if (i - b < 2) break;  // no brand before the kind word
            }
            add(b, after + platform);
            learned.emplace_back(s.substr(b, after - b));
            i = after + platform - 1;
            break;
        }
    }
    // A brand found by its shape once is spam wherever it stands (a casino's name pasted over the
    // district's name everywhere, also where nothing after it gives it away: 金沙娱乐财政局).
    // Pass one's spans are in text order: a binary search tells whether one covers `at`.
    std::sort(learned.begin(), learned.end());
    learned.erase(std::unique(learned.begin(), learned.end()), learned.end());
    if (learned.size() > 8) learned.resize(8);  // a bounded number of passes keeps this linear
    const std::vector<Span> first = found;
    auto covered = [&](std::size_t at) {
        auto it = std::upper_bound(first.begin(), first.end(), at, [](std::size_t x, const Span& sp) { return x < sp.start; });
        return it != first.begin() && at < std::prev(it)->end;
    };
    for (const auto& brand : learned)
        for (std::size_t at = s.find(brand); at != std::u32string_view::npos; at = s.find(brand, at + brand.size()))
            if (!covered(at)) add(at, at + brand.size() + platform_after(s, at + brand.size()));
    std::sort(found.begin(), found.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    // A promotion clause is spam as a whole (its numbers too).
    std::vector<Span> spans;
    for (const auto& f : found) {
        std::size_t cs = 0, ce = 0;
        Span sp = f;
        if (clause_is_promotion(s, f.start, f.end, cs, ce)) sp = {cs, ce};
        if (!spans.empty() && sp.start < spans.back().end) {
            spans.back().end = std::max(spans.back().end, sp.end);
            continue;
        }
        spans.push_back(sp);
    }
    // One note per distinct injected text, quoting its first occurrence.
    std::map<std::u32string, std::size_t> note_of;
    std::vector<std::size_t> times;
    for (const auto& sp : spans) {
        const std::u32string words(text.substr(sp.start, sp.end - sp.start));
        if (auto it = note_of.find(words); it != note_of.end()) {
            ++times[it->second];
            continue;
        }
        note_of[words] = scan.notes.size();
        times.push_back(1);
        Note note;
        note.kind = "text-injection";
        const std::string injected = u32_to_utf8(words);
        note.message = "\"" + injected + "\" looks like text injected by a copying site, not the report's own words";
        note.message_zh = "“" + injected + "”看来是转载网站插入的文字，不是报告原文";
        Quote q;
        q.text = injected;
        q.start = static_cast<std::int64_t>(sp.start);
        q.end = static_cast<std::int64_t>(sp.end);
        note.quote = q;
        scan.notes.push_back(std::move(note));
    }
    for (std::size_t k = 0; k < scan.notes.size(); ++k)
        if (times[k] > 1) {
            scan.notes[k].message += " (" + std::to_string(times[k]) + " times; never read as a label or a number)";
            scan.notes[k].message_zh += "（共" + std::to_string(times[k]) + "处，均不作为标签或数字读取）";
        } else {
            scan.notes[k].message += "; never read as a label or a number";
            scan.notes[k].message_zh += "，不作为标签或数字读取";
        }
    scan.spans = std::move(spans);
    return scan;
}

void blank_spans(std::u32string& simple, const std::vector<Span>& spans) {
    for (const auto& sp : spans)
        for (std::size_t i = sp.start; i < sp.end && i < simple.size(); ++i)
            if (simple[i] != U'\n') simple[i] = U' ';
}

bool overlaps_injection(const std::vector<Span>& spans, std::size_t start, std::size_t end) {
    for (const auto& sp : spans)
        if (sp.start < end && start < sp.end) return true;
    return false;
}

}  // namespace gongkai::import_detail
