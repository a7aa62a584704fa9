// import_narrative.cpp — from counts in sentences to figures with totals, parts and shares.
//
// [SECTION] blocks and segments   prose lines -> blocks -> counts with their clauses
// [SECTION] relations             其中 totals and parts, department carry, shares
// [SECTION] arithmetic            further breakdowns and totals stated after their parts
// [SECTION] output                ids, measures, notes, quotes
#include "core/import_narrative.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

#include "core/import_clause.hpp"
#include "core/import_measure.hpp"
#include "core/import_numbers.hpp"
#include "core/import_text.hpp"
#include "core/import_zeros.hpp"
#include "core/zero_phrases.hpp"

namespace gongkai::import_detail {
namespace {

constexpr std::size_t kMaxClause = 80;  // look no further back than this for a count's words
// Totals, parts and shares are near each other: searches stop after this many counts, which
// keeps the whole pass linear however long a sentence runs.
constexpr int kMaxLookBack = 64;

struct Count {
    NumberToken tok;
    std::size_t line = 0;          // index into lines (for the place)
    std::size_t clause_start = 0;  // where the quote starts
    std::size_t segment_end = 0;
    int sentence = 0;
    bool qizhong_before = false;   // 其中 between the previous count and this one
    bool list_before = false;      // 包括 / 分别为 / 共有N类 between the previous count and this one
    ClauseReading reading;
    std::u32string department;
    std::u32string category;
    int parent = -1;
    int group = -1;                // which breakdown of the parent
    int share_of = -1;
    bool is_total = false;
    std::vector<std::string> notes;
    bool unsure = false;
    bool prior_year = false;       // last year's number or a comparison with it (比上年的N条)
    bool running_total = false;    // 累计, 到目前, 历年: more than the year's count
};

bool is_segment_break(char32_t c) {
    return c == U',' || c == U';' || c == U':' || c == U'。' || c == U'!' || c == U'?' || c == U'\n';
}
bool is_sentence_end(char32_t c) { return c == U'。' || c == U'!' || c == U'?'; }

// Words that open a list of what the count before them is made of: "公开信息120条,共有3类,包括…",
// "…分别为网站…". Like 其中, but only within the sentence.
bool opens_list(std::u32string_view between) {
    for (std::u32string_view w : {U"包括", U"分别为", U"分别是", U"分别有", U"主要有", U"分为"})
        if (contains(between, w)) return true;
    // 共有3类, 分五大类: a number of kinds.
    for (std::size_t k = 1; k < between.size(); ++k)
        if (between[k] == U'类' && (is_ascii_digit(between[k - 1]) || is_chinese_numeral(between[k - 1]) ||
                                    (between[k - 1] == U'大' && k >= 2 && (is_ascii_digit(between[k - 2]) || is_chinese_numeral(between[k - 2])))))
            return true;
    return false;
}

// "比上年的120条增加30条", "较去年同期的8件", "上年为95条", "同比增长12%": the words since the last
// break name last year, so the number is last year's or a difference from it, not this year's
// count. 上年结转 (applications carried over into this year) is this year's.
bool names_prior_year(std::u32string_view words) {
    static constexpr std::u32string_view kPrior[] = {U"上年", U"去年", U"上一年", U"前一年", U"同比", U"环比"};
    for (auto w : kPrior)
        for (std::size_t at = words.find(w); at != std::u32string_view::npos; at = words.find(w, at + 1)) {
            std::size_t after = at + w.size();
            if (after < words.size() && words[after] == U'度') ++after;
            if (!starts_at(words, after, U"结转")) return true;
        }
    return false;
}

struct Block {
    std::size_t first_line = 0;
    std::vector<std::pair<std::size_t, std::size_t>> ranges;  // prose ranges with their line
    std::vector<std::size_t> range_lines;
};

// ---- [SECTION] blocks and segments ---------------------------------------------------------

std::vector<Block> make_blocks(std::u32string_view s, const std::vector<Line>& lines) {
    std::vector<Block> blocks;
    Block cur;
    auto flush = [&] {
        if (!cur.ranges.empty()) blocks.push_back(std::move(cur));
        cur = Block{};
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.in_table) { flush(); continue; }
        if (l.level > 0) flush();
        const std::size_t b = l.level > 0 ? l.body_start : l.start;
        if (trim(s.substr(b, l.end - b)).empty()) {
            if (l.level == 0) flush();
            continue;
        }
        cur.ranges.emplace_back(b, l.end);
        cur.range_lines.push_back(i);
    }
    flush();
    return blocks;
}

std::vector<Count> read_block(std::u32string_view s, const Block& block) {
    std::vector<Count> counts;
    int sentence = 0;
    for (std::size_t r = 0; r < block.ranges.size(); ++r) {
        const auto [b, e] = block.ranges[r];
        const auto tokens = scan_numbers(s, b, e);
        std::size_t pos = b;          // scanning position for breaks and 其中
        std::size_t seg_start = b;    // start of the current segment
        std::size_t break_start = b;  // start of the current segment, counts included
        bool qizhong = false;
        std::size_t list_from = b;    // after the previous count
        for (const auto& tok : tokens) {
            for (; pos < tok.start; ++pos) {
                const char32_t c = s[pos];
                if (is_segment_break(c)) seg_start = break_start = pos + 1;
                if (is_sentence_end(c)) ++sentence;
                if (c == U'其' && pos + 1 < e && s[pos + 1] == U'中') qizhong = true;
            }
            Count c;
            c.tok = tok;
            c.line = block.range_lines[r];
            c.sentence = sentence;
            c.qizhong_before = qizhong;
            c.list_before = opens_list(s.substr(list_from, tok.start - list_from));
            list_from = tok.end;
            // The words since the last break, no further back than a clause (linear on text without breaks).
            const std::size_t words_from = std::max(break_start, tok.start > kMaxClause ? tok.start - kMaxClause : std::size_t{0});
            const std::u32string_view since_break = s.substr(words_from, tok.start - words_from);
            c.prior_year = names_prior_year(since_break);
            c.running_total = says_running_total(since_break);
            qizhong = false;
            std::size_t start = std::max(seg_start, tok.start > kMaxClause ? tok.start - kMaxClause : std::size_t{0});
            while (start < tok.start && (is_blank(s[start]) || s[start] == U'、')) ++start;
            c.clause_start = start;
            // The words after the unit, up to the next break or count.
            std::size_t after_end = tok.end;
            while (after_end < e && after_end - tok.end < 24 && !is_segment_break(s[after_end]) &&
                   s[after_end] != U'、' && !is_ascii_digit(s[after_end]))
                ++after_end;
            c.segment_end = after_end;
            c.reading = read_clause(s.substr(start, tok.start - start), s.substr(tok.end, after_end - tok.end));
            // Last year's counts and differences from them are kept out: they are neither this
            // year's counts nor parts. A rate of change (同比增长10%) stays, said to be one.
            if (c.prior_year && tok.unit == U"%") c.notes.push_back("a change against last year, not a share of a count");
            if (!c.prior_year || tok.unit == U"%") counts.push_back(std::move(c));
            pos = tok.end;
            seg_start = tok.end;  // the next count's words start after this one
        }
        for (; pos < e; ++pos)
            if (is_sentence_end(s[pos])) ++sentence;
        ++sentence;  // a line that ends without 。 still ends its sentences for carrying purposes
        // ...unless it is a hard-wrapped line: it continues when it ends without punctuation.
        if (e > b && !is_sentence_end(s[e - 1]) && s[e - 1] != U';' && s[e - 1] != U':') --sentence;
    }
    return counts;
}

// ---- [SECTION] relations -------------------------------------------------------------------

void relate(std::vector<Count>& c) {
    std::u32string carry;
    int carry_sentence = -1;
    int open_total = -1;
    int open_group = -1;
    std::map<int, int> groups_of;  // total index -> number of breakdowns so far
    for (int i = 0; i < static_cast<int>(c.size()); ++i) {
        Count& f = c[static_cast<std::size_t>(i)];
        const bool percent = f.tok.unit == U"%";
        if (f.sentence != carry_sentence) {
            carry.clear();
            carry_sentence = f.sentence;
            open_total = -1;
        }
        // 其中: the nearest count before it with the same unit is a stated total.
        const bool list_only = f.list_before && !f.qizhong_before && !f.reading.qizhong;
        if ((f.qizhong_before || f.reading.qizhong || f.list_before) && !percent) {
            for (int j = i - 1; j >= 0 && i - j <= kMaxLookBack; --j) {
                const Count& t = c[static_cast<std::size_t>(j)];
                if (t.sentence < f.sentence - 1) break;
                if (list_only && (t.sentence != f.sentence || t.parent >= 0)) break;
                if (t.tok.unit == f.tok.unit) {
                    if (list_only && t.tok.value < f.tok.value) break;
                    // "…当面申请2件。已全部答复,其中同意公开10件": the part of the previous
                    // sentence stands for its total.
                    if (t.sentence != f.sentence && t.parent >= 0) j = t.parent;
                    open_total = j;
                    open_group = groups_of[j]++;
                    c[static_cast<std::size_t>(j)].is_total = true;
                    if (c[static_cast<std::size_t>(j)].sentence != f.sentence) carry = c[static_cast<std::size_t>(j)].department;
                    break;
                }
            }
        }
        // Department: stated, the report's own body, or carried from the previous count.
        if (!f.reading.department.empty()) {
            f.department = f.reading.department;
        } else if (!f.reading.self_subject) {
            f.department = carry;
        }
        f.category = f.reading.category;
        if (f.reading.category.empty() && !percent && i > 0) {
            // "提供现行文件6人次,16件次": the second count is of the same thing.
            const Count& prev = c[static_cast<std::size_t>(i - 1)];
            if (prev.sentence == f.sentence && !prev.category.empty() && prev.tok.unit != U"%") {
                f.category = prev.category;
                f.unsure = true;
                f.notes.push_back("category taken from the count before it");
            }
        }
        if (open_total >= 0 && !percent) {
            const Count& t = c[static_cast<std::size_t>(open_total)];
            const bool other_department =
                !f.reading.department.empty() && !t.department.empty() && f.reading.department != t.department &&
                !t.reading.place_subject;  // a place's total is broken down by its departments
            if (f.tok.unit != t.tok.unit || other_department) {
                open_total = -1;
                if (other_department) f.department = f.reading.department;
            } else {
                f.parent = open_total;
                f.group = open_group;
            }
        }
        if (!f.department.empty()) carry = f.department;
        if (percent && f.reading.share_word) {
            for (int j = i - 1; j >= 0 && i - j <= kMaxLookBack; --j) {
                const Count& r = c[static_cast<std::size_t>(j)];
                if (r.sentence < f.sentence - 1) break;
                if (r.tok.unit == U"%") continue;
                f.share_of = j;
                if (f.category.empty()) f.category = r.category;
                f.department = r.department;
                break;
            }
        }
    }
}

// ---- [SECTION] arithmetic ------------------------------------------------------------------

bool same_value(double a, double b) { return std::fabs(a - b) < 1e-9; }

// Breakdowns found by arithmetic: after a 其中 breakdown ends, following sentences whose
// counts add up to the same total are further breakdowns of it ("按时办结24件…延期办结2件"
// after "其中,当面申请8件…"); a total without 其中 whose following counts add up to it
// ("受理申请86件。从申请方式看,网络申请52件,信函申请20件,当面申请14件") is split the same
// way. Both are guesses, marked unsure.
// A breakdown found by arithmetic needs the text's own words as well: what its parts name
// (channels, timeliness, outcomes) or a word before them that opens a breakdown (从…看, 按, 分别,
// 包括). Two small counts that happen to add up to a third are not its parts.
bool words_support_breakdown(std::u32string_view s, const std::vector<Count>& c, int before, const std::vector<int>& parts) {
    std::vector<std::u32string> categories;
    for (int p : parts) categories.push_back(c[static_cast<std::size_t>(p)].category);
    if (!breakdown_name(categories).empty()) return true;
    const std::size_t from = c[static_cast<std::size_t>(before)].tok.end;
    const std::size_t to = c[static_cast<std::size_t>(parts.front())].tok.start;
    if (to <= from) return false;
    const std::u32string_view between = s.substr(from, to - from);
    for (std::u32string_view w : {U"从", U"按", U"分别", U"包括", U"其中", U"主要", U"分为", U"类"})
        if (contains(between, w)) return true;
    return false;
}

void further_breakdowns(std::u32string_view s, std::vector<Count>& c, std::map<int, int>& groups) {
    const int n = static_cast<int>(c.size());
    // Each total's last explicit part and its number of breakdowns, in one pass.
    std::vector<int> last_part(c.size(), -1);
    std::vector<int> next_group(c.size(), 0);
    for (int k = 0; k < n; ++k) {
        const int p = c[static_cast<std::size_t>(k)].parent;
        if (p < 0) continue;
        last_part[static_cast<std::size_t>(p)] = k;
        next_group[static_cast<std::size_t>(p)] =
            std::max(next_group[static_cast<std::size_t>(p)], c[static_cast<std::size_t>(k)].group + 1);
    }
    for (int t = 0; t < n; ++t) {
        Count& total = c[static_cast<std::size_t>(t)];
        if (total.tok.unit == U"%" || total.parent >= 0) continue;
        const int last = last_part[static_cast<std::size_t>(t)] >= 0 ? last_part[static_cast<std::size_t>(t)] : t;
        int group = next_group[static_cast<std::size_t>(t)];
        const bool explicit_parts = last != t;
        std::vector<int> pending;
        double sum = 0;
        int sentence = c[static_cast<std::size_t>(last)].sentence;
        for (int k = last + 1; k < n && k - last <= kMaxLookBack; ++k) {
            Count& f = c[static_cast<std::size_t>(k)];
            if (f.tok.unit == U"%") continue;
            // The sentence of a 其中 breakdown belongs to it.
            if (explicit_parts && f.sentence == sentence && pending.empty()) break;
            const bool fits = f.tok.unit == total.tok.unit && f.parent < 0 && !f.is_total &&
                              (f.reading.department.empty() || f.reading.department == total.department) &&
                              f.tok.value <= total.tok.value;
            if (!fits) break;
            pending.push_back(k);
            sum += f.tok.value;
            if (same_value(sum, total.tok.value)) {
                if (pending.size() >= 2 && words_support_breakdown(s, c, last, pending)) {
                    for (int p : pending) {
                        Count& part = c[static_cast<std::size_t>(p)];
                        part.parent = t;
                        part.group = group;
                        part.unsure = true;
                        part.notes.push_back(explicit_parts
                                                 ? "read as another breakdown of the stated total because the counts add up to it"
                                                 : "read as a part of the count before it because the counts add up to it");
                    }
                    total.is_total = true;
                    ++group;
                }
                pending.clear();
                sum = 0;
                sentence = f.sentence;
            } else if (sum > total.tok.value) {
                break;
            }
        }
        if (group > 0) groups[t] = group;
    }
}

// The categories that name a channel of publication: their counts beside a stated total are a
// breakdown of it, even when they do not add up to it (one item may go out on several channels).
bool names_channel(std::u32string_view category) {
    for (std::u32string_view w : {U"网站", U"微信", U"微博", U"公众号", U"客户端", U"新媒体", U"政务号", U"头条号",
                                  U"抖音", U"公开栏", U"公示栏", U"报纸", U"电视", U"广播"})
        if (contains(category, w)) return true;
    return false;
}

// Each total's next free breakdown number, in one pass (kept linear on long texts).
std::vector<int> next_groups(const std::vector<Count>& c) {
    std::vector<int> next(c.size(), 0);
    for (const auto& f : c)
        if (f.parent >= 0) next[static_cast<std::size_t>(f.parent)] = std::max(next[static_cast<std::size_t>(f.parent)], f.group + 1);
    return next;
}

// "主动公开政府信息300条,网站发布200条、微信推送150条": the channels beside a stated total are
// parts of it (a breakdown of its own), not further counts to add to it.
void channels_beside_total(std::u32string_view simple, std::vector<Count>& c, std::map<int, int>& groups) {
    std::vector<int> next = next_groups(c);
    int total = -1, group = -1;
    for (int i = 0; i < static_cast<int>(c.size()); ++i) {
        Count& f = c[static_cast<std::size_t>(i)];
        if (f.tok.unit == U"%") continue;
        // The channel may stand in an instrument phrase the category left out ("通过政府网站公开980条").
        const std::u32string_view words =
            f.clause_start < f.tok.start ? simple.substr(f.clause_start, f.tok.start - f.clause_start) : std::u32string_view();
        bool instrument = false;
        for (std::u32string_view w : {U"通过", U"依托", U"利用", U"借助"}) instrument = instrument || contains(words, w);
        const bool channel = names_channel(f.category) || (instrument && names_channel(words));
        if (!channel || f.parent >= 0 || f.is_total) {
            total = (!channel && f.parent < 0) ? i : -1;
            group = -1;
            continue;
        }
        if (total < 0) continue;
        const Count& t = c[static_cast<std::size_t>(total)];
        if (t.tok.unit != f.tok.unit || t.sentence < f.sentence - 1 || t.tok.value < f.tok.value || i - total > kMaxLookBack) {
            total = -1;
            continue;
        }
        if (group < 0) group = next[static_cast<std::size_t>(total)]++;
        f.parent = total;
        f.group = group;
        f.unsure = true;
        f.notes.push_back("a channel's count beside the stated total: read as a part of it, not added to it");
        c[static_cast<std::size_t>(total)].is_total = true;
        groups[total] = std::max(groups[total], group + 1);
    }
}

// "公开政府信息85条。政务动态类信息85条,占100%": the total restated as its only category is a part
// of it, not a second count.
void restated_totals(std::vector<Count>& c, std::map<int, int>& groups) {
    std::vector<int> next = next_groups(c);
    for (int i = 1; i + 1 < static_cast<int>(c.size()); ++i) {
        Count& f = c[static_cast<std::size_t>(i)];
        const Count& share = c[static_cast<std::size_t>(i + 1)];
        if (f.parent >= 0 || f.is_total || f.tok.unit == U"%") continue;
        if (share.tok.unit != U"%" || !share.reading.share_word || share.share_of != i || !same_value(share.tok.value, 100))
            continue;
        for (int j = i - 1; j >= 0 && i - j <= kMaxLookBack; --j) {
            Count& t = c[static_cast<std::size_t>(j)];
            if (t.sentence < f.sentence - 1) break;
            if (t.tok.unit != f.tok.unit || t.parent >= 0) continue;
            if (!same_value(t.tok.value, f.tok.value)) break;
            f.parent = j;
            f.group = next[static_cast<std::size_t>(j)]++;
            f.notes.push_back("restates the total before it as its only category (占100%)");
            t.is_total = true;
            groups[j] = std::max(groups[j], f.group + 1);
            break;
        }
    }
}

// "…8件,…7件,…11件,共计26件": a total stated after its parts, recognised by its sum.
void totals_after_parts(std::vector<Count>& c) {
    for (int i = 0; i < static_cast<int>(c.size()); ++i) {
        Count& t = c[static_cast<std::size_t>(i)];
        if (!t.reading.total_word || t.tok.unit == U"%" || t.parent >= 0 || t.is_total) continue;
        double sum = 0;
        std::vector<int> parts;
        for (int j = i - 1; j >= 0 && i - j <= kMaxLookBack; --j) {
            const Count& p = c[static_cast<std::size_t>(j)];
            if (p.sentence != t.sentence) break;
            if (p.tok.unit == U"%") continue;
            if (p.tok.unit != t.tok.unit || p.parent >= 0 || p.is_total) break;
            parts.push_back(j);
            sum += p.tok.value;
            if (sum >= t.tok.value) break;
        }
        if (parts.size() >= 2 && same_value(sum, t.tok.value)) {
            t.is_total = true;
            for (int j : parts) {
                Count& p = c[static_cast<std::size_t>(j)];
                p.parent = i;
                p.group = 0;
                p.unsure = true;
                p.notes.push_back("read as a part of the total stated after it because the counts add up to it");
            }
        }
    }
}

// ---- [SECTION] output ----------------------------------------------------------------------

std::string utf8(std::u32string_view s) { return u32_to_utf8(s); }

// The figures of one block's counts: relations, measures, breakdown names, quotes.
void append_counts(std::u32string_view text, std::u32string_view simple, const std::vector<Place>& places,
                   std::vector<Count>& counts, std::vector<Figure>& out) {
    if (counts.empty()) return;
    relate(counts);
    totals_after_parts(counts);
    std::map<int, int> groups;
    further_breakdowns(simple, counts, groups);
    restated_totals(counts, groups);
    channels_beside_total(simple, counts, groups);
    // Breakdown names when a total is split more than one way.
    std::map<std::pair<int, int>, std::string> group_names;
    std::map<std::pair<int, int>, std::vector<std::u32string>> group_categories;
    for (const auto& f : counts)
        if (f.parent >= 0) {
            const auto it = groups.find(f.parent);
            if (it != groups.end() && it->second >= 2) group_categories[{f.parent, f.group}].push_back(f.category);
        }
    std::map<int, std::map<std::string, int>> used_names;
    for (const auto& [key, cats] : group_categories) {
        std::string name = breakdown_name(cats);
        if (name.empty()) name = "breakdown-" + std::to_string(key.second + 1);
        auto& used = used_names[key.first];
        if (used[name]++ > 0) name += "-" + std::to_string(used[name]);
        group_names[key] = name;
    }
    // Measures: parts are counted as their total is (totals first, nested ones too).
    std::vector<MeasureGuess> measures(counts.size());
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const Count& f = counts[i];
        const std::u32string_view clause = simple.substr(f.clause_start, f.tok.end - f.clause_start);
        measures[i] = guess_measure(f.tok.unit, f.category, places[f.line].area, clause, f.reading.disclosure_verb);
    }
    for (int pass = 0; pass < 3; ++pass)
        for (std::size_t i = 0; i < counts.size(); ++i)
            if (counts[i].parent >= 0 && counts[i].tok.unit != U"%")
                measures[i] = measures[static_cast<std::size_t>(counts[i].parent)];
    const std::size_t base = out.size();
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const Count& f = counts[i];
        Figure fig;
        fig.id = "f" + std::to_string(base + i + 1);
        const Place& place = places[f.line];
        fig.area = utf8(place.area);
        fig.topic = utf8(place.topic);
        fig.department = utf8(f.department);
        fig.category = utf8(f.category);
        fig.value = f.tok.value;
        fig.unit = utf8(f.tok.unit);
        fig.qualifier = !f.reading.qualifier.empty() ? f.reading.qualifier : f.tok.qualifier;
        fig.notes = f.notes;
        fig.unsure = f.unsure;
        if (f.parent >= 0) {
            fig.parent = "f" + std::to_string(base + static_cast<std::size_t>(f.parent) + 1);
            const auto it = group_names.find({f.parent, f.group});
            if (it != group_names.end()) fig.breakdown = it->second;
        }
        if (f.share_of >= 0) fig.share_of = "f" + std::to_string(base + static_cast<std::size_t>(f.share_of) + 1);
        const MeasureGuess& m = measures[i];
        fig.measure = m.measure;
        if (!m.sure) {
            fig.unsure = true;
            fig.notes.push_back("kind of quantity (measure) guessed from the unit alone");
        }
        if (fig.category.empty() && f.tok.unit != U"%") {
            fig.unsure = true;
            fig.notes.push_back("could not tell what was counted");
        }
        if (f.tok.unit == U"%" && f.reading.share_word && f.share_of < 0) {
            fig.unsure = true;
            fig.notes.push_back("a share, but of which count is not clear");
        }
        if (!f.tok.note.empty()) {
            fig.unsure = true;
            fig.notes.push_back(f.tok.note);
        }
        if (f.running_total) fig.notes.push_back(kRunningTotalNote);
        // The quote runs to the unit, or on to the words after it when they say what was counted.
        std::size_t quote_end = f.tok.end;
        if (f.reading.category_after) {
            quote_end = f.segment_end;
            while (quote_end > f.tok.end && is_blank(simple[quote_end - 1])) --quote_end;
        }
        Quote q;
        q.start = static_cast<std::int64_t>(f.clause_start);
        q.end = static_cast<std::int64_t>(quote_end);
        q.text = utf8(text.substr(f.clause_start, quote_end - f.clause_start));
        fig.quote = std::move(q);
        out.push_back(std::move(fig));
    }
}

}  // namespace

std::vector<Figure> extract_figures(std::u32string_view text, std::u32string_view simple,
                                    const std::vector<Line>& lines, const std::vector<Place>& places) {
    std::vector<Figure> out;
    for (const Block& block : make_blocks(simple, lines)) {
        std::vector<Count> counts = read_block(simple, block);
        append_counts(text, simple, places, counts, out);
        // Zeros said in words ("未收到政府信息公开申请") after the block's counts.
        for (std::size_t r = 0; r < block.ranges.size(); ++r)
            for (Figure& zero : zero_figures(text, simple, block.ranges[r].first, block.ranges[r].second,
                                             places[block.range_lines[r]])) {
                zero.id = "f" + std::to_string(out.size() + 1);
                out.push_back(std::move(zero));
            }
    }
    return out;
}

}  // namespace gongkai::import_detail
