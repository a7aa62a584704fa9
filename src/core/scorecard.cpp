// scorecard.cpp — the rubric of docs/scorecard.md, rule by rule.
//
// [SECTION] evidence helpers: words of the text, key figures, findings
// [SECTION] completeness: the sections the regulations ask for, the template's tables
// [SECTION] consistency: the audit's findings, weighted by severity
// [SECTION] specificity: numbers where the template asks for them
// [SECTION] timeliness: published by the legal deadline
// [SECTION] continuity: jumps against last year's report (flagged, not scored)
// [SECTION] the card and the ranking
#include "core/scorecard.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>
#include <string_view>

#include "core/audit_rules.hpp"
#include "core/key_figures.hpp"
#include "core/number_text.hpp"
#include "core/table_cells.hpp"
#include "core/template_layout.hpp"

namespace gongkai {

namespace {

// ---- [SECTION] evidence helpers ---------------------------------------------------------------

std::int64_t code_points(std::string_view s) {
    std::int64_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

bool starts_with_at(std::string_view text, std::size_t at, std::string_view what) {
    return text.substr(at, what.size()) == what;
}

// The clause (or line) of Report::text around `keyword`'s first occurrence: what a reader
// clicks to see that the report says it. Bounded to 40 code points each side, so a text with
// little punctuation (a scraped page of one long line) still gives a short quote.
std::optional<ScoreEvidence> text_evidence(const Report& r, std::string_view keyword) {
    const std::string_view text = r.text;
    const std::size_t at = text.find(keyword);
    if (keyword.empty() || at == std::string_view::npos) return std::nullopt;
    static constexpr std::string_view kStops[] = {"\n", "。", "；", "！", "，", ","};
    std::size_t begin = at, end = at + keyword.size();
    for (int steps = 0; begin > 0 && steps < 40; ++steps) {
        bool stop = false;
        for (std::string_view s : kStops)
            if (begin >= s.size() && starts_with_at(text, begin - s.size(), s)) stop = true;
        if (stop) break;
        do --begin;
        while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80);
    }
    for (int steps = 0; end < text.size() && steps < 40; ++steps) {
        bool stop = false;
        for (std::string_view s : kStops)
            if (starts_with_at(text, end, s)) stop = true;
        if (stop) break;
        do ++end;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);
    }
    // Leading blanks are not part of what the report says.
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '\r')) ++begin;
    ScoreEvidence e;
    e.report_id = r.id;
    e.quote = std::string(text.substr(begin, end - begin));
    e.start = code_points(text.substr(0, begin));
    e.end = *e.start + code_points(e.quote);
    return e;
}

std::optional<ScoreEvidence> first_text_evidence(const Report& r, std::initializer_list<std::string_view> keywords) {
    for (std::string_view k : keywords)
        if (auto e = text_evidence(r, k)) return e;
    return std::nullopt;
}

ScoreEvidence pointer_evidence(const Report& r, std::string location, std::string quote = {}) {
    ScoreEvidence e;
    e.report_id = r.id;
    e.location = std::move(location);
    e.quote = std::move(quote);
    return e;
}

bool key_figure_known(const KeyFigure& k) {
    return k.status == KeyFigureStatus::Stated || k.status == KeyFigureStatus::StatedInWords ||
           k.status == KeyFigureStatus::Derived;
}

ScoreEvidence key_figure_evidence(const Report& r, const KeyFigure& k) {
    ScoreEvidence e = pointer_evidence(r, k.location, k.quote);
    if (k.quote.empty() && k.value) e.quote = detail::format_number(*k.value);
    if (k.status == KeyFigureStatus::Derived && !k.how.empty()) e.quote = k.how;
    e.start = k.quote_start;
    e.end = k.quote_end;
    return e;
}

ScoreEvidence finding_evidence(const Report& r, const Finding& f, int index) {
    ScoreEvidence e = pointer_evidence(r, f.location, f.quotes.empty() ? f.message : f.quotes.front());
    e.finding = index;
    return e;
}

ScorePoint make_point(std::string rule, std::string dimension, double max) {
    ScorePoint p;
    p.rule = std::move(rule);
    p.dimension = std::move(dimension);
    p.max = max;
    return p;
}

// Points are kept to two decimals, so a card adds up as a reader adds it by hand.
double round2(double v) { return std::round(v * 100.0) / 100.0; }

bool is_template_era(const Report& r) {
    return r.tables.has_value() || r.meta.template_version == "2019" || r.meta.template_version == "2021";
}

// ---- [SECTION] completeness -------------------------------------------------------------------

struct SectionRule {
    const char* number;                               // 1..6
    std::initializer_list<std::string_view> keywords;  // the heading's words, as the template prints them
};

// The six sections of the 2019 and 2021 templates (一、总体情况 … 六、其他需要报告的事项).
const SectionRule kTemplateSections[] = {
    {"1", {"总体情况"}},
    {"2", {"主动公开政府信息情况"}},
    {"3", {"收到和处理政府信息公开申请情况"}},
    {"4", {"政府信息公开行政复议、行政诉讼情况", "行政复议、行政诉讼情况"}},
    {"5", {"存在的主要问题及改进情况", "存在的主要问题"}},
    {"6", {"其他需要报告的事项"}},
};

// What 第三十二条 of the 2008 regulations asked an annual report to cover, in its order.
const SectionRule kNarrativeSections[] = {
    {"1", {"主动公开"}},
    {"2", {"依申请公开", "政府信息公开申请"}},
    {"3", {"收费", "减免"}},
    {"4", {"行政复议", "行政诉讼"}},
    {"5", {"存在的主要问题", "存在问题", "主要问题", "改进"}},
    {"6", {"其他需要报告的事项"}},
};

// Data that shows a section is there when its heading is not in the text (a file typed in by hand).
std::optional<ScoreEvidence> section_data(const Report& r, const KeyFigures& kf, bool template_era,
                                          std::string_view number) {
    auto known = [&](const char* name) -> std::optional<ScoreEvidence> {
        const KeyFigure* k = kf.find(name);
        if (k && key_figure_known(*k)) return key_figure_evidence(r, *k);
        return std::nullopt;
    };
    auto problems = [&]() -> std::optional<ScoreEvidence> {
        for (std::size_t i = 0; i < r.sections.size(); ++i)
            if (r.sections[i].kind == "problems" || r.sections[i].kind == "measures")
                return pointer_evidence(r, "/sections/" + std::to_string(i), r.sections[i].heading);
        return std::nullopt;
    };
    if (number == "5") return problems();
    if (template_era) {
        const auto& t = r.tables;
        if (number == "1")
            for (std::size_t i = 0; i < r.figures.size(); ++i)
                if (r.figures[i].area.str() == "总体情况")
                    return pointer_evidence(r, "/figures/" + std::to_string(i),
                                            r.figures[i].quote ? r.figures[i].quote->text.str() : std::string());
        if (number == "2" && t && !t->proactive.empty()) return pointer_evidence(r, "/tables/proactive");
        if (number == "3" && t && !t->applications.empty()) return pointer_evidence(r, "/tables/applications");
        if (number == "4" && t && (t->review || t->litigation_direct || t->litigation_after_review))
            return pointer_evidence(r, t->review ? "/tables/review" : "/tables/litigation_direct");
        return std::nullopt;
    }
    if (number == "1") return known("proactive_total");
    if (number == "2") return known("applications_received");
    if (number == "3") return known("fees");
    if (number == "4") {
        if (auto e = known("reviews_total")) return e;
        return known("lawsuits_total");
    }
    return std::nullopt;
}

void completeness(const Report& r, const KeyFigures& kf, bool template_era, const std::vector<TableCell>& cells,
                  std::vector<ScorePoint>& out) {
    const double section_max = template_era ? 3.0 : 5.0;
    for (const SectionRule& s : template_era ? std::span<const SectionRule>(kTemplateSections)
                                             : std::span<const SectionRule>(kNarrativeSections)) {
        // The template's sections and the 2008 regulations' items are different lists: their own rule names.
        ScorePoint p = make_point(std::string(template_era ? "completeness.section." : "completeness.item.") + s.number,
                                  "completeness", section_max);
        std::optional<ScoreEvidence> e = first_text_evidence(r, s.keywords);
        if (!e) e = section_data(r, kf, template_era, s.number);
        const Message regulation = Message(!template_era                              ? "score.regulation.2008"
                                           : template_layout_version(r) == "2019" ? "score.regulation.template2019"
                                                                                   : "score.regulation.template");
        if (e) {
            p.earned = section_max;
            p.evidence.push_back(std::move(*e));
            p.what = Message(template_era ? "score.section.found" : "score.item.found")
                         .text("section", s.number)
                         .phrase("regulation", regulation);
        } else {
            p.what = Message(template_era ? "score.section.missing" : "score.item.missing")
                         .text("section", s.number)
                         .text("words", std::string(*s.keywords.begin()))
                         .phrase("regulation", regulation);
        }
        out.push_back(std::move(p));
    }
    if (!template_era) return;
    static constexpr const char* kTables[] = {"proactive", "applications", "reviews_and_lawsuits"};
    for (const char* table : kTables) {
        ScorePoint p = make_point(std::string("completeness.table.") + table, "completeness", 4.0);
        std::size_t stated = 0;
        const TableCell* first = nullptr;
        for (const TableCell& c : cells)
            if (c.table == table) {
                ++stated;
                if (!first) first = &c;
            }
        if (first) {
            p.earned = 4.0;
            ScoreEvidence e = pointer_evidence(r, first->location, detail::format_number(first->value));
            if (first->source) {
                e.quote = first->source->text;
                e.start = first->source->start;
                e.end = first->source->end;
            }
            p.evidence.push_back(std::move(e));
            p.what = Message("score.table.filled").phrase("table", Message(std::string("score.table_name.") + table)).number("cells", double(stated));
        } else {
            p.what = Message("score.table.empty").phrase("table", Message(std::string("score.table_name.") + table));
        }
        out.push_back(std::move(p));
    }
}

// ---- [SECTION] consistency --------------------------------------------------------------------

double deduction(Severity s) {
    switch (s) {
        case Severity::Error: return 6.0;
        case Severity::Warning: return 3.0;
        case Severity::Info: return 1.0;
    }
    return 0.0;
}

struct ConsistencyRule {
    const char* rule;
    std::initializer_list<std::string_view> audit_rules;
    double template_max, narrative_max;  // 0: does not apply in that era
    const char* checked;                 // what was checked, when nothing was found
};

const ConsistencyRule kConsistency[] = {
    {"consistency.table_identities", {"table-identity"}, 10, 0, "/tables"},
    {"consistency.prose_vs_table", {"prose-vs-table"}, 5, 0, "/tables"},
    {"consistency.parts_sum", {"parts-sum"}, 10, 20, "/figures"},
    {"consistency.percentages", {"share-mismatch", "shares-sum"}, 5, 10, "/figures"},
};

void consistency(const Report& r, const std::vector<Finding>& findings, bool template_era,
                 std::vector<ScorePoint>& out) {
    for (const ConsistencyRule& c : kConsistency) {
        const double max = template_era ? c.template_max : c.narrative_max;
        if (max <= 0) continue;
        ScorePoint p = make_point(c.rule, "consistency", max);
        double lost = 0;
        std::size_t count = 0;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            const Finding& f = findings[i];
            if (f.report_id != r.id) continue;
            if (std::find(c.audit_rules.begin(), c.audit_rules.end(), f.rule) == c.audit_rules.end()) continue;
            lost += deduction(f.severity);
            ++count;
            p.evidence.push_back(finding_evidence(r, f, static_cast<int>(i)));
        }
        p.earned = std::max(0.0, max - lost);
        if (count == 0) {
            p.evidence.push_back(pointer_evidence(r, c.checked));
            p.what = Message("score.consistency.clean").phrase("rule", Message("rule." + std::string(*c.audit_rules.begin())));
        } else {
            p.what = Message("score.consistency.findings")
                         .phrase("rule", Message("rule." + std::string(*c.audit_rules.begin())))
                         .number("count", double(count))
                         .number("lost", std::min(lost, max));
        }
        out.push_back(std::move(p));
    }
}

// ---- [SECTION] specificity --------------------------------------------------------------------

// How many cells the template prints in each table (the cells a complete report fills).
std::size_t template_cell_count(std::string_view table, std::string_view version) {
    std::size_t n = 0;
    if (table == "proactive")
        for (const ProactiveBlock& b : proactive_blocks(version)) n += b.items.size() * b.columns.size();
    if (table == "applications")
        for (const ApplicationRowLayout& row : application_row_layout(version))
            if (!row.key.empty()) n += kApplicationColumns.size();
    if (table == "reviews_and_lawsuits") n = case_blocks().size() * case_columns().size();
    return n;
}

void specificity(const Report& r, const KeyFigures& kf, bool template_era, const std::vector<TableCell>& cells,
                 std::vector<ScorePoint>& out) {
    if (template_era) {
        const std::string_view version = template_layout_version(r);
        static constexpr std::pair<const char*, double> kTables[] = {
            {"proactive", 8.0}, {"applications", 12.0}, {"reviews_and_lawsuits", 5.0}};
        for (const auto& [table, max] : kTables) {
            ScorePoint p = make_point(std::string("specificity.table.") + table, "specificity", max);
            const std::size_t expected = template_cell_count(table, version);
            std::size_t stated = 0;
            for (const TableCell& c : cells) stated += c.table == table;
            stated = std::min(stated, expected);
            p.earned = expected ? round2(max * double(stated) / double(expected)) : 0.0;
            p.evidence.push_back(pointer_evidence(r, table == std::string_view("reviews_and_lawsuits")
                                                         ? "/tables/review"
                                                         : std::string("/tables/") + table));
            p.what = Message("score.specificity.cells")
                         .phrase("table", Message(std::string("score.table_name.") + table))
                         .number("stated", double(stated))
                         .number("expected", double(expected));
            out.push_back(std::move(p));
        }
        return;
    }
    // Narrative reports: the numbers the 2008 regulations asked for, five points each.
    static constexpr const char* kNames[] = {"proactive_total", "applications_received", "fees", "reviews_total",
                                             "lawsuits_total"};
    for (const char* name : kNames) {
        ScorePoint p = make_point(std::string("specificity.figure.") + name, "specificity", 5.0);
        const KeyFigure* k = kf.find(name);
        if (k && key_figure_known(*k)) {
            p.earned = 5.0;
            p.evidence.push_back(key_figure_evidence(r, *k));
            p.what = Message("score.specificity.stated").phrase("figure", Message(std::string("key_figure.") + name));
        } else if (k && k->status == KeyFigureStatus::Cumulative) {
            // A running total (累计) is a number, but not this year's.
            p.earned = 2.5;
            p.evidence.push_back(key_figure_evidence(r, *k));
            p.what = Message("score.specificity.cumulative").phrase("figure", Message(std::string("key_figure.") + name));
        } else {
            p.what = Message("score.specificity.absent").phrase("figure", Message(std::string("key_figure.") + name));
        }
        out.push_back(std::move(p));
    }
}

// ---- [SECTION] timeliness ---------------------------------------------------------------------

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool parse_iso_date(const std::string& s, int& y, unsigned& m, unsigned& d) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    y = std::stoi(s.substr(0, 4));
    m = static_cast<unsigned>(std::stoi(s.substr(5, 2)));
    d = static_cast<unsigned>(std::stoi(s.substr(8, 2)));
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

void timeliness(const Report& r, std::vector<ScorePoint>& out) {
    ScorePoint p = make_point("timeliness.deadline", "timeliness", 15.0);
    int y = 0;
    unsigned m = 0, d = 0;
    if (!r.meta.year || !parse_iso_date(r.meta.source.published, y, m, d)) {
        p.applicable = false;
        p.max = 0;
        p.what = Message(r.meta.year ? "score.timeliness.no_date" : "score.timeliness.no_year");
        out.push_back(std::move(p));
        return;
    }
    // The 2019 regulations (in force from 15 May 2019) moved the deadline from 31 March to
    // 31 January; reports on 2018 and before were due by 31 March of the next year.
    const int year = *r.meta.year;
    const bool new_rules = year >= 2019;
    const unsigned deadline_month = new_rules ? 1 : 3;
    const std::int64_t late = days_from_civil(y, m, d) - days_from_civil(year + 1, deadline_month, 31);
    char deadline[16];
    std::snprintf(deadline, sizeof deadline, "%04d-%02u-31", year + 1, deadline_month);
    p.evidence.push_back(pointer_evidence(r, "/meta/source/published", r.meta.source.published));
    if (late <= 0) {
        p.earned = 15.0;
        p.what = Message("score.timeliness.on_time").text("published", r.meta.source.published).text("deadline", deadline);
    } else {
        p.earned = late <= 30 ? 7.5 : 0.0;
        p.what = Message("score.timeliness.late")
                     .text("published", r.meta.source.published)
                     .text("deadline", deadline)
                     .number("days", double(late));
    }
    out.push_back(std::move(p));
}

// ---- [SECTION] continuity ---------------------------------------------------------------------

// A figure that at least doubles or halves, and moves by 10 or more, is worth a look.
bool is_jump(double last, double now) {
    if (std::fabs(now - last) < 10) return false;
    const double lo = std::min(last, now), hi = std::max(last, now);
    return lo <= 0 || hi / lo >= 2.0;
}

void continuity(const Report& r, const KeyFigures& kf, const Report* previous, const std::vector<Finding>& findings,
                std::vector<ScorePoint>& out) {
    if (!previous) {
        ScorePoint p = make_point("continuity", "continuity", 0);
        p.applicable = false;
        p.what = Message("score.continuity.no_previous");
        out.push_back(std::move(p));
        return;
    }
    const KeyFigures last = key_figures(*previous);
    static constexpr const char* kNames[] = {"proactive_total", "applications_received", "reviews_total",
                                             "lawsuits_total"};
    bool any = false;
    for (const char* name : kNames) {
        const KeyFigure* a = last.find(name);
        const KeyFigure* b = kf.find(name);
        if (!a || !b || !a->value || !b->value || !key_figure_known(*a) || !key_figure_known(*b)) continue;
        if (!is_jump(*a->value, *b->value)) continue;
        ScorePoint p = make_point(std::string("continuity.jump.") + name, "continuity", 0);
        p.flag = true;
        p.evidence.push_back(key_figure_evidence(r, *b));
        p.evidence.push_back(key_figure_evidence(*previous, *a));
        p.what = Message("score.continuity.jump")
                     .phrase("figure", Message(std::string("key_figure.") + name))
                     .number("last", *a->value)
                     .number("now", *b->value)
                     .text("last_report", previous->id);
        out.push_back(std::move(p));
        any = true;
    }
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        if (f.report_id != r.id || f.rule != "year-continuity") continue;
        ScorePoint p = make_point("continuity.carried_over", "continuity", 0);
        p.flag = true;
        p.evidence.push_back(finding_evidence(r, f, static_cast<int>(i)));
        p.what = Message("score.continuity.finding").text("last_report", previous->id);
        out.push_back(std::move(p));
        any = true;
    }
    if (!any) {
        ScorePoint p = make_point("continuity", "continuity", 0);
        p.evidence.push_back(pointer_evidence(*previous, "", previous->meta.title));
        p.what = Message("score.continuity.steady").text("last_report", previous->id);
        out.push_back(std::move(p));
    }
}

}  // namespace

// ---- [SECTION] the card and the ranking -------------------------------------------------------

Scorecard score_report(const Report& report, const std::vector<Finding>& findings, const Report* previous) {
    Scorecard card;
    card.report_id = report.id;
    const bool template_era = is_template_era(report);
    card.era = template_era ? "template" : "narrative";
    const KeyFigures kf = key_figures(report);
    const std::vector<TableCell> cells = table_cells(report);
    completeness(report, kf, template_era, cells, card.points);
    consistency(report, findings, template_era, card.points);
    specificity(report, kf, template_era, cells, card.points);
    timeliness(report, card.points);
    continuity(report, kf, previous, findings, card.points);
    for (const ScorePoint& p : card.points) {
        if (!p.applicable || p.flag) continue;
        card.earned += p.earned;
        card.max += p.max;
    }
    card.earned = round2(card.earned);
    card.score = card.max > 0 ? std::round(1000.0 * card.earned / card.max) / 10.0 : 0.0;
    return card;
}

std::vector<Scorecard> score_reports(const std::vector<Report>& reports, const std::vector<Finding>& findings) {
    std::vector<Scorecard> cards;
    cards.reserve(reports.size());
    for (const Report& r : reports) {
        // Last year's report of the same body; none when two loaded reports claim that year.
        const Report* previous = nullptr;
        int matches = 0;
        const std::string key = detail::same_body_key(r);
        if (!key.empty() && r.meta.year)
            for (const Report& o : reports)
                if (&o != &r && o.meta.year && *o.meta.year == *r.meta.year - 1 && detail::same_body_key(o) == key) {
                    previous = &o;
                    ++matches;
                }
        cards.push_back(score_report(r, findings, matches == 1 ? previous : nullptr));
    }
    return cards;
}

std::vector<std::size_t> score_ranking(const std::vector<Scorecard>& cards) {
    std::vector<std::size_t> order(cards.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (cards[a].score != cards[b].score) return cards[a].score > cards[b].score;
        return cards[a].report_id < cards[b].report_id;
    });
    return order;
}

std::string score_rule_name(const std::string& rule, Language language) {
    return catalog_text("score.rule." + rule, language, rule);
}

std::string score_dimension_name(const std::string& dimension, Language language) {
    return catalog_text("score.dimension." + dimension, language, dimension);
}

}  // namespace gongkai
