// scorecard_test.cpp — score cards (docs/scorecard.md) checked point by point against a hand
// calculation, and the parent-and-children audit (rules family-coverage, family-sum).
//
// Inputs: the fictional 云岭县 family of tests/data/family (a county, three townships and a
// department, 2018, narrative era; 枫林镇 is named by the county but not loaded), and the fictional
// 青禾县 2020/2021 template reports of tests/data/template-era.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/audit.hpp"
#include "core/export.hpp"
#include "core/load.hpp"
#include "core/scorecard.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

std::vector<Report> load_all(const std::vector<std::string>& paths) {
    std::vector<Report> out;
    for (const std::string& p : paths) {
        LoadResult r = load_json(test::read_file(test::source_path(p)), p);
        EXPECT_TRUE(r.ok()) << p;
        for (Report& one : r.reports) out.push_back(std::move(one));
    }
    return out;
}

std::vector<Report> family() {
    return load_all({"tests/data/family/yunling-2018.json", "tests/data/family/xikou-2018.json",
                     "tests/data/family/songping-2018.json", "tests/data/family/shiqiao-2018.json",
                     "tests/data/family/yunling-finance-2018.json"});
}

// rule -> {earned, max}, applicable points only; flagged and not applicable points apart.
struct Tally {
    std::map<std::string, std::pair<double, double>> points;
    std::vector<std::string> not_applicable, flags;
};

Tally tally(const Scorecard& card) {
    Tally t;
    for (const ScorePoint& p : card.points) {
        if (!p.applicable) t.not_applicable.push_back(p.rule);
        else if (p.flag) t.flags.push_back(p.rule);
        else t.points[p.rule] = {p.earned, p.max};
    }
    return t;
}

void expect_point(const Tally& t, const std::string& rule, double earned, double max) {
    const auto it = t.points.find(rule);
    ASSERT_NE(it, t.points.end()) << rule;
    EXPECT_DOUBLE_EQ(it->second.first, earned) << rule;
    EXPECT_DOUBLE_EQ(it->second.second, max) << rule;
}

const Scorecard& card_of(const std::vector<Scorecard>& cards, const std::string& id) {
    for (const Scorecard& c : cards)
        if (c.report_id == id) return c;
    ADD_FAILURE() << "no card for " << id;
    return cards.front();
}

// ---- the county, by hand ----------------------------------------------------------------------
// Narrative era (2008 regulations, article 32: six parts, 5 points each):
//   一 主动公开 ✓5, 二 依申请公开 ✓5, 三 收费 ✓5, 四 行政复议 ✓5, 五 存在的主要问题 ✓5, 六 其他需要报告的事项 ✗0 = 25/30
//   consistency: no parts-sum, no percentage finding: 20 + 10 = 30/30 (the family findings cost nothing)
//   specificity: 1000条 ✓5, 40件 ✓5, 未收取信息处理费 (a zero in words) ✓5, 复议2件 ✓5, 诉讼1件 ✓5 = 25/25
//   timeliness: published 2019-03-20, deadline 2019-03-31: 15/15
//   continuity: no 2017 report loaded: not applicable
//   total 95/100 = 95.0
TEST(Scorecard, CountyPointByPoint) {
    const std::vector<Report> reports = family();
    const std::vector<Finding> findings = audit(reports);
    const std::vector<Scorecard> cards = score_reports(reports, findings);
    const Scorecard& c = card_of(cards, "yunling-2018");
    EXPECT_EQ(c.era, "narrative");
    const Tally t = tally(c);
    for (const char* s : {"1", "2", "3", "4", "5"}) expect_point(t, std::string("completeness.item.") + s, 5, 5);
    expect_point(t, "completeness.item.6", 0, 5);
    expect_point(t, "consistency.parts_sum", 20, 20);
    expect_point(t, "consistency.percentages", 10, 10);
    for (const char* f : {"proactive_total", "applications_received", "fees", "reviews_total", "lawsuits_total"})
        expect_point(t, std::string("specificity.figure.") + f, 5, 5);
    expect_point(t, "timeliness.deadline", 15, 15);
    EXPECT_EQ(t.points.size(), 6u + 2u + 5u + 1u);
    EXPECT_EQ(t.not_applicable, std::vector<std::string>{"continuity"});
    EXPECT_TRUE(t.flags.empty());
    EXPECT_DOUBLE_EQ(c.earned, 95);
    EXPECT_DOUBLE_EQ(c.max, 100);
    EXPECT_DOUBLE_EQ(c.score, 95.0);
}

// ---- the townships and the department, by hand --------------------------------------------------
// Each: sections 一 ✓5, 二 ✓5, 三 收费 ✗0, 四 复议 ✗0, 五 ✓5, 六 ✗0 = 15/30; consistency 30/30;
// specificity: 主动公开 ✓5, 申请 ✓5, fees/reviews/lawsuits ✗ = 10/25; so 55 before timeliness.
//   溪口镇 2019-03-25: on time, +15 → 70/100 = 70.0
//   松坪乡 2019-04-10: 10 days late, +7.5 → 62.5/100 = 62.5
//   石桥镇 no date: not applicable → 55/85 = 64.7
//   云岭县财政局 2019-05-15: 45 days late, +0 → 55/100 = 55.0
TEST(Scorecard, ChildrenPointByPointAndTimeliness) {
    const std::vector<Report> reports = family();
    const std::vector<Scorecard> cards = score_reports(reports, audit(reports));
    struct Expect {
        const char* id;
        double timeliness;  // -1: not applicable
        double earned, max, score;
    };
    for (const Expect& e : {Expect{"xikou-2018", 15, 70, 100, 70.0}, Expect{"songping-2018", 7.5, 62.5, 100, 62.5},
                            Expect{"shiqiao-2018", -1, 55, 85, 64.7}, Expect{"yunling-finance-2018", 0, 55, 100, 55.0}}) {
        SCOPED_TRACE(e.id);
        const Scorecard& c = card_of(cards, e.id);
        const Tally t = tally(c);
        expect_point(t, "completeness.item.1", 5, 5);
        expect_point(t, "completeness.item.2", 5, 5);
        expect_point(t, "completeness.item.3", 0, 5);
        expect_point(t, "completeness.item.4", 0, 5);
        expect_point(t, "completeness.item.5", 5, 5);
        expect_point(t, "completeness.item.6", 0, 5);
        expect_point(t, "consistency.parts_sum", 20, 20);
        expect_point(t, "consistency.percentages", 10, 10);
        expect_point(t, "specificity.figure.proactive_total", 5, 5);
        expect_point(t, "specificity.figure.applications_received", 5, 5);
        expect_point(t, "specificity.figure.fees", 0, 5);
        expect_point(t, "specificity.figure.reviews_total", 0, 5);
        expect_point(t, "specificity.figure.lawsuits_total", 0, 5);
        if (e.timeliness < 0) {
            EXPECT_EQ(t.points.count("timeliness.deadline"), 0u);
            EXPECT_NE(std::find(t.not_applicable.begin(), t.not_applicable.end(), "timeliness.deadline"),
                      t.not_applicable.end());
        } else {
            expect_point(t, "timeliness.deadline", e.timeliness, 15);
        }
        EXPECT_DOUBLE_EQ(c.earned, e.earned);
        EXPECT_DOUBLE_EQ(c.max, e.max);
        EXPECT_DOUBLE_EQ(c.score, e.score);
    }
}

TEST(Scorecard, RankingIsByScoreThenId) {
    const std::vector<Report> reports = family();
    const std::vector<Scorecard> cards = score_reports(reports, audit(reports));
    std::vector<std::string> order;
    for (std::size_t i : score_ranking(cards)) order.push_back(cards[i].report_id);
    EXPECT_EQ(order, (std::vector<std::string>{"yunling-2018", "xikou-2018", "shiqiao-2018", "songping-2018",
                                               "yunling-finance-2018"}));
}

// Every point's evidence opens in its report: words at their offsets, or a pointer, or a finding.
TEST(Scorecard, EvidenceIsTraceable) {
    const std::vector<Report> reports = family();
    const std::vector<Finding> findings = audit(reports);
    const std::vector<Scorecard> cards = score_reports(reports, findings);
    const Scorecard& c = card_of(cards, "yunling-2018");
    for (const ScorePoint& p : c.points) {
        SCOPED_TRACE(p.rule);
        if (p.applicable && p.earned > 0) {
            EXPECT_FALSE(p.evidence.empty());
        }
        EXPECT_FALSE(p.what.empty());
        EXPECT_NE(render(p.what, Language::Chinese).find_first_not_of(' '), std::string::npos);
    }
    // Section 一 is the heading's line, at its place in the text.
    const ScorePoint* one = nullptr;
    for (const ScorePoint& p : c.points)
        if (p.rule == "completeness.item.1") one = &p;
    ASSERT_TRUE(one);
    ASSERT_EQ(one->evidence.size(), 1u);
    EXPECT_EQ(one->evidence[0].quote, "一、主动公开政府信息情况");
    ASSERT_TRUE(one->evidence[0].start && one->evidence[0].end);
    const std::u32string text = [&] {
        std::u32string out;
        const std::string& s = reports[0].text;
        for (std::size_t i = 0; i < s.size();) {
            const unsigned char b = s[i];
            const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            char32_t cp = len == 1 ? b : b & (0xFF >> (len + 1));
            for (int k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
            out += cp;
            i += len;
        }
        return out;
    }();
    EXPECT_EQ(text.substr(*one->evidence[0].start, *one->evidence[0].end - *one->evidence[0].start),
              U"一、主动公开政府信息情况");
    // The applications figure is /figures/1 with its words.
    for (const ScorePoint& p : c.points)
        if (p.rule == "specificity.figure.applications_received") {
            ASSERT_EQ(p.evidence.size(), 1u);
            EXPECT_EQ(p.evidence[0].location, "/figures/1");
            EXPECT_EQ(p.evidence[0].quote, "全县共收到政府信息公开申请40件");
        }
    // Timeliness points at the publication date.
    for (const ScorePoint& p : c.points)
        if (p.rule == "timeliness.deadline") {
            ASSERT_EQ(p.evidence.size(), 1u);
            EXPECT_EQ(p.evidence[0].location, "/meta/source/published");
            EXPECT_EQ(p.evidence[0].quote, "2019-03-20");
        }
}

// ---- a template-era report, by hand ------------------------------------------------------------
// 青禾县 2021 (tests/data/template-era/README.md lists its three deliberate problems), with 2020 loaded:
//   completeness: six headings ✓ 6×3, three tables ✓ 3×4 = 30/30
//   consistency: table-identity 2 warnings: 10 − 2×3 = 4; prose-vs-table 1 warning: 5 − 3 = 2;
//                parts-sum none: 10; percentages none: 5 → 21/30
//   specificity: table 二 10 of 10 cells → 8; table 三 25 rows × 7 = 175 of 175 → 12; table 四 15 of 15 → 5 = 25/25
//   timeliness: no publication date: not applicable
//   continuity: the two year-continuity findings (自然人, 总计) flagged, no jump
//   total 76/85 = 89.4
TEST(Scorecard, TemplateReportPointByPoint) {
    const std::vector<Report> reports =
        load_all({"tests/data/template-era/qinghe-2020.json", "tests/data/template-era/qinghe-2021.json"});
    const std::vector<Finding> findings = audit(reports);
    const std::vector<Scorecard> cards = score_reports(reports, findings);
    const Scorecard& c = card_of(cards, "qinghe-2021");
    EXPECT_EQ(c.era, "template");
    const Tally t = tally(c);
    for (const char* s : {"1", "2", "3", "4", "5", "6"}) expect_point(t, std::string("completeness.section.") + s, 3, 3);
    for (const char* tb : {"proactive", "applications", "reviews_and_lawsuits"})
        expect_point(t, std::string("completeness.table.") + tb, 4, 4);
    expect_point(t, "consistency.table_identities", 4, 10);
    expect_point(t, "consistency.prose_vs_table", 2, 5);
    expect_point(t, "consistency.parts_sum", 10, 10);
    expect_point(t, "consistency.percentages", 5, 5);
    expect_point(t, "specificity.table.proactive", 8, 8);
    expect_point(t, "specificity.table.applications", 12, 12);
    expect_point(t, "specificity.table.reviews_and_lawsuits", 5, 5);
    EXPECT_EQ(t.not_applicable, std::vector<std::string>{"timeliness.deadline"});
    EXPECT_EQ(t.flags, (std::vector<std::string>{"continuity.carried_over", "continuity.carried_over"}));
    EXPECT_DOUBLE_EQ(c.earned, 76);
    EXPECT_DOUBLE_EQ(c.max, 85);
    EXPECT_DOUBLE_EQ(c.score, 89.4);
    // The consistency points name the findings they cost.
    for (const ScorePoint& p : c.points)
        if (p.rule == "consistency.table_identities") {
            ASSERT_EQ(p.evidence.size(), 2u);
            for (const ScoreEvidence& e : p.evidence) {
                ASSERT_GE(e.finding, 0);
                EXPECT_EQ(findings[e.finding].rule, "table-identity");
                EXPECT_EQ(findings[e.finding].report_id, "qinghe-2021");
            }
        }
}

// A partly filled table earns its share of the specificity points, to two decimals.
TEST(Scorecard, SpecificityIsTheShareOfTheTemplatesCells) {
    std::vector<Report> reports = load_all({"tests/data/template-era/qinghe-2021.json"});
    Report& r = reports[0];
    r.tables->applications.erase("carried_forward");  // 7 of 175 cells gone: 12 × 168/175 = 11.52
    r.tables->litigation_after_review.reset();         // 5 of 15 gone: 5 × 10/15 = 3.33
    const Scorecard c = score_report(r, audit(reports), nullptr);
    const Tally t = tally(c);
    expect_point(t, "specificity.table.applications", 11.52, 12);
    expect_point(t, "specificity.table.reviews_and_lawsuits", 3.33, 5);
    expect_point(t, "completeness.table.reviews_and_lawsuits", 4, 4);
}

// A jump against last year is flagged with both years' evidence and costs nothing.
TEST(Scorecard, ContinuityJumpIsFlaggedNotScored) {
    std::vector<Report> reports = family();
    Report last = reports[1];  // 溪口镇, as if it were its 2017 report, with a tenth of the publications
    last.id = "xikou-2017";
    last.meta.year = 2017;
    last.figures[0].value = 30;
    reports.push_back(last);
    const std::vector<Scorecard> cards = score_reports(reports, audit(reports));
    const Scorecard& now = card_of(cards, "xikou-2018");
    const Tally t = tally(now);
    EXPECT_EQ(t.flags, std::vector<std::string>{"continuity.jump.proactive_total"});
    EXPECT_DOUBLE_EQ(now.score, 70.0);  // as without last year's report
    for (const ScorePoint& p : now.points)
        if (p.flag) {
            ASSERT_EQ(p.evidence.size(), 2u);
            EXPECT_EQ(p.evidence[0].report_id, "xikou-2018");
            EXPECT_EQ(p.evidence[1].report_id, "xikou-2017");
            EXPECT_DOUBLE_EQ(p.earned, 0);
            EXPECT_DOUBLE_EQ(p.max, 0);
        }
}

TEST(Scorecard, EmptyReportScoresZeroWithoutCrashing) {
    Report r;
    r.id = "empty";
    const Scorecard c = score_report(r, {}, nullptr);
    EXPECT_EQ(c.era, "narrative");
    EXPECT_DOUBLE_EQ(c.earned, 30);  // no finding: consistency is all there is to earn
    EXPECT_DOUBLE_EQ(c.max, 85);
    EXPECT_DOUBLE_EQ(c.score, 35.3);
}

// The summaries carry the card, in the language asked.
TEST(Scorecard, SummariesCarryTheCard) {
    const std::vector<Report> reports = family();
    const std::vector<Finding> findings = audit(reports);
    const std::string md = summary_markdown(reports[0], findings);
    EXPECT_NE(md.find("## Score card"), std::string::npos);
    EXPECT_NE(md.find("Score 95 of 100 (95 of 100 points)"), std::string::npos);
    EXPECT_NE(md.find("| Item 6: other matters | 0/5 |"), std::string::npos) << md;
    const std::string md_zh = summary_markdown(reports[0], findings, Language::Chinese);
    EXPECT_NE(md_zh.find("## 评分卡"), std::string::npos);
    const std::string html = summary_html(reports[3], findings, Language::Chinese);  // 石桥镇: no date
    EXPECT_NE(html.find("<h2>评分卡</h2>"), std::string::npos);
    EXPECT_NE(html.find("得分64.7"), std::string::npos) << html;
    EXPECT_NE(html.find("发布日期不详，不评"), std::string::npos);
}

// ---- parents and children ----------------------------------------------------------------------

std::vector<const Finding*> of_rule(const std::vector<Finding>& findings, const char* rule) {
    std::vector<const Finding*> out;
    for (const Finding& f : findings)
        if (f.rule == rule) out.push_back(&f);
    return out;
}

TEST(FamilyAudit, CoverageCountsPresentAndMissingChildren) {
    const std::vector<Finding> findings = audit(family());
    const auto coverage = of_rule(findings, "family-coverage");
    ASSERT_EQ(coverage.size(), 1u);
    const Finding& f = *coverage[0];
    EXPECT_EQ(f.report_id, "yunling-2018");
    EXPECT_EQ(f.severity, Severity::Info);
    EXPECT_EQ(f.related_reports, (std::vector<std::string>{"xikou-2018", "songping-2018", "shiqiao-2018",
                                                           "yunling-finance-2018"}));
    EXPECT_EQ(f.stated, 5);
    EXPECT_EQ(f.expected, 4);
    EXPECT_EQ(f.message,
              "云岭县: 4 reports of its subordinate bodies are loaded (溪口镇、松坪乡、石桥镇、云岭县财政局); "
              "the report names 5 bodies, 1 missing");
    EXPECT_EQ(render(f.what, Language::Chinese),
              "云岭县：已载入4份下属机关报告（溪口镇、松坪乡、石桥镇、云岭县财政局）；报告所述共5个机关，缺1份");
    ASSERT_EQ(f.quotes.size(), 1u);
    EXPECT_EQ(f.quotes[0], "全县共有4个乡镇、1个县直部门发布政府信息公开工作年度报告");
    for (const char* id : {"yunling-2018", "xikou-2018", "yunling-finance-2018"}) EXPECT_TRUE(finding_involves(f, id));
    EXPECT_FALSE(finding_involves(f, "qinghe-2021"));
}

TEST(FamilyAudit, SumsAgainstTheWholeAreaClaims) {
    const std::vector<Finding> findings = audit(family());
    const auto sums = of_rule(findings, "family-sum");
    ASSERT_EQ(sums.size(), 2u);
    // 全县主动公开1000条; present 300 + 250 + 200 + 150 = 900, one child missing: a remark.
    EXPECT_EQ(sums[0]->severity, Severity::Info);
    EXPECT_EQ(sums[0]->stated, 1000);
    EXPECT_EQ(sums[0]->expected, 900);
    EXPECT_EQ(sums[0]->location, "/figures/0");
    EXPECT_EQ(sums[0]->message,
              "Published proactively: 云岭县 states 1000 条 for the whole (全县); its 4 subordinate reports loaded "
              "add up to 900 条; 1 not loaded");
    // 全县收到申请40件; present 10 + 12 + 15 + 8 = 45: the parts exceed the whole, a warning.
    EXPECT_EQ(sums[1]->severity, Severity::Warning);
    EXPECT_EQ(sums[1]->stated, 40);
    EXPECT_EQ(sums[1]->expected, 45);
    EXPECT_EQ(sums[1]->figure_ids, std::vector<std::string>{"f2"});
    EXPECT_EQ(sums[1]->related_reports.size(), 4u);
    EXPECT_EQ(render(sums[1]->what, Language::Chinese),
              "本年新收申请：云岭县报告全县为40件，已载入的4份下属机关报告之和为45件；另有1份未载入");
}

TEST(FamilyAudit, NothingWithoutChildrenOrInAnotherYear) {
    std::vector<Report> reports = family();
    for (Report& r : reports)
        if (r.id != "yunling-2018") r.meta.year = 2019;  // the children are of another year
    EXPECT_TRUE(of_rule(audit(reports), "family-coverage").empty());
    EXPECT_TRUE(of_rule(audit({reports[0]}), "family-sum").empty());
}

TEST(FamilyAudit, AllChildrenPresentAndSumsMatchGiveOnlyCoverage) {
    std::vector<Report> reports = family();
    Report fenglin = reports[1];  // the missing 枫林镇, with the 100 条 the county's total lacks
    fenglin.id = "fenglin-2018";
    fenglin.meta.region.name = "枫林镇";
    fenglin.figures[0].value = 100;
    fenglin.figures[1].value = 0;
    reports.push_back(fenglin);
    reports[0].figures[1].value = 45;  // and the county's applications total agrees
    const std::vector<Finding> findings = audit(reports);
    const auto coverage = of_rule(findings, "family-coverage");
    ASSERT_EQ(coverage.size(), 1u);
    EXPECT_EQ(coverage[0]->message,
              "云岭县: 5 reports of its subordinate bodies are loaded (溪口镇、松坪乡、石桥镇、云岭县财政局、枫林镇); "
              "the report names 5 bodies, 0 missing");
    EXPECT_TRUE(of_rule(findings, "family-sum").empty());
}

}  // namespace
}  // namespace gongkai
