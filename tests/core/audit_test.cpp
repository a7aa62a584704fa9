// audit_test.cpp — every audit rule: what it reports (severity, message, location, figures,
// quotes) and, just as important, that consistent data gives no finding at all.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "core/audit.hpp"
#include "core/load.hpp"
#include "fixtures.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

using test::fig;

Figure named(Figure f, std::string category, std::string quote = "") {
    f.category = std::move(category);
    if (!quote.empty()) f.quote = Quote{std::move(quote), std::nullopt, std::nullopt};
    return f;
}

Figure share(std::string id, double value, std::string of, std::string quote = "") {
    Figure f = fig(std::move(id), value, "%");
    f.share_of = std::move(of);
    if (!quote.empty()) f.quote = Quote{std::move(quote), std::nullopt, std::nullopt};
    return f;
}

// A report of these figures, without tables (so year-continuity never compares it).
Report report(std::vector<Figure> figures, std::string id = "r") {
    return test::report(std::move(id), std::move(figures));
}

std::vector<Finding> with_rule(const std::vector<Finding>& all, const std::string& rule) {
    std::vector<Finding> out;
    for (const auto& f : all)
        if (f.rule == rule) out.push_back(f);
    return out;
}

std::string describe(const std::vector<Finding>& findings) {
    std::string out;
    for (const auto& f : findings) out += std::string(severity_name(f.severity)) + " " + f.rule + ": " + f.message + "\n";
    return out;
}

// The 26 requests of Fuxin 2017 with shares exactly as printed (truncated outcome shares).
std::vector<Figure> fuxin_requests() {
    return {named(fig("received", 26, "件"), "依申请公开政府信息", "共受理依申请公开政府信息26件"),
            named(fig("in-person", 8, "件", "received", "channel"), "当面申请"), share("in-person-share", 30.77, "in-person", "占比30.77%"),
            named(fig("online", 7, "件", "received", "channel"), "网络申请"), share("online-share", 26.92, "online", "占比26.92%"),
            named(fig("post", 11, "件", "received", "channel"), "信函申请"), share("post-share", 42.31, "post", "占比42.31%"),
            named(fig("on-time", 24, "件", "received", "timeliness"), "按时办结"), share("on-time-share", 92.31, "on-time"),
            named(fig("extended", 2, "件", "received", "timeliness"), "延期办结"), share("extended-share", 7.69, "extended"),
            named(fig("public", 1, "件", "received", "outcome"), "属于主动公开范围"), share("public-share", 3.84, "public", "占比3.84%"),
            named(fig("granted", 14, "件", "received", "outcome"), "同意公开"), share("granted-share", 53.84, "granted"),
            named(fig("partly", 1, "件", "received", "outcome"), "同意部分公开"), share("partly-share", 3.84, "partly"),
            named(fig("not-held", 9, "件", "received", "outcome"), "不属于本行政机关政府信息"), share("not-held-share", 34.61, "not-held"),
            named(fig("correction", 1, "件", "received", "outcome"), "告知作出更改补充"), share("correction-share", 3.84, "correction")};
}

// ---- parts-sum --------------------------------------------------------------

TEST(PartsSum, PartsOverTheTotalIsAWarningQuotingBothNumbers) {
    const auto findings = audit({report({named(fig("t", 47), "财税体制改革信息", "公开财税体制改革信息47条"),
                                         named(fig("a", 3, "条", "t"), "政府债务信息", "市政局公开政府债务信息3条"),
                                         named(fig("b", 30, "条", "t"), "财政预决算信息", "财政预决算信息30条"),
                                         fig("c", 3, "条", "t"), fig("d", 6, "条", "t"), fig("e", 8, "条", "t")})});
    ASSERT_EQ(findings.size(), 1u) << describe(findings);
    const Finding& f = findings[0];
    EXPECT_EQ(f.severity, Severity::Warning);
    EXPECT_EQ(f.rule, "parts-sum");
    EXPECT_EQ(f.report_id, "r");
    EXPECT_EQ(f.message, "财税体制改革信息: stated total 47 条, parts add up to 50 条");
    EXPECT_EQ(f.location, "/figures/0");
    EXPECT_EQ(f.stated, 47);
    EXPECT_EQ(f.expected, 50);
    EXPECT_EQ(f.figure_ids, (std::vector<std::string>{"t", "a", "b", "c", "d", "e"}));
    EXPECT_EQ(f.quotes, (std::vector<std::string>{"公开财税体制改革信息47条", "市政局公开政府债务信息3条", "财政预决算信息30条"}));
}

TEST(PartsSum, PartsShortOfTheTotalIsOnlyInfo) {
    // "公开……10条,其中……3条、4条" may list only some of them.
    const auto findings = audit({report({named(fig("t", 10), "环境保护信息"), fig("a", 3, "条", "t"), fig("b", 4, "条", "t")})});
    ASSERT_EQ(findings.size(), 1u) << describe(findings);
    EXPECT_EQ(findings[0].severity, Severity::Info);
    EXPECT_EQ(findings[0].message, "环境保护信息: stated total 10 条, parts add up to 7 条; 3 条 not itemised (其中 may list only some)");
}

TEST(PartsSum, EachBreakdownIsCheckedOnItsOwn) {
    const auto findings = audit({report({named(fig("t", 26, "件"), "申请"), fig("a", 8, "件", "t", "channel"),
                                         fig("b", 18, "件", "t", "channel"), fig("c", 20, "件", "t", "outcome"),
                                         fig("d", 7, "件", "t", "outcome")})});
    ASSERT_EQ(findings.size(), 1u) << describe(findings);
    EXPECT_EQ(findings[0].message, "申请 (by outcome): stated total 26 件, parts add up to 27 件");
    EXPECT_EQ(findings[0].figure_ids, (std::vector<std::string>{"t", "c", "d"}));
}

TEST(PartsSum, QualifiedNumbersAreBoundsAndEstimatesAreNotJudged) {
    Figure over = fig("t", 47);
    over.qualifier = "over";  // 超过47条: parts of 50 are consistent
    Figure about = fig("u", 47);
    about.qualifier = "about";  // 约47条: nothing to judge
    Figure under = fig("v", 47);
    under.qualifier = "under";  // 不足47条: parts of 50 are too many
    const auto findings = audit({report({over, fig("a", 50, "条", "t"), about, fig("b", 50, "条", "u"), under,
                                         fig("c", 50, "条", "v")})});
    ASSERT_EQ(findings.size(), 1u) << describe(findings);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].message, "v: stated total under 47 条, parts add up to 50 条");
}

TEST(PartsSum, ChildrenInAnotherUnitAreNotParts) {
    const auto findings = audit({report({fig("items", 113, "项"), fig("departments", 23, "家", "items"),
                                         fig("power-list", 100, "项"), fig("p", 100, "项", "power-list")})});
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

TEST(PartsSum, MoneyComparesWithoutFloatingPointNoise) {
    const auto findings = audit({report({fig("t", 10.3, "万元"), fig("a", 5.1, "万元", "t"), fig("b", 5.2, "万元", "t")})});
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

// ---- share-mismatch ---------------------------------------------------------

TEST(ShareMismatch, RoundedSharesAreFine) {
    const auto findings = with_rule(audit({report(fuxin_requests())}), "share-mismatch");
    for (const auto& f : findings) {
        EXPECT_EQ(f.severity, Severity::Info) << f.message;  // only the truncated outcome shares
        EXPECT_NE(f.message.find("truncated, not rounded"), std::string::npos) << f.message;
    }
    EXPECT_EQ(findings.size(), 5u) << describe(findings);
}

TEST(ShareMismatch, TruncationIsInfoAndSaysSo) {
    const auto findings = with_rule(audit({report(fuxin_requests())}), "share-mismatch");
    ASSERT_FALSE(findings.empty());
    const Finding& f = findings[0];
    EXPECT_EQ(f.message, "属于主动公开范围: stated 3.84%, 1 of 26 件 is 3.846%: truncated, not rounded (3.85%)");
    EXPECT_EQ(f.location, "/figures/12");
    EXPECT_EQ(f.figure_ids, (std::vector<std::string>{"public-share", "public", "received"}));
    EXPECT_EQ(f.quotes, (std::vector<std::string>{"占比3.84%", "共受理依申请公开政府信息26件"}));
    EXPECT_DOUBLE_EQ(f.stated, 3.84);
    EXPECT_NEAR(f.expected, 100.0 / 26, 1e-12);
    EXPECT_NE(findings[1].message.find("53.84%"), std::string::npos);
    EXPECT_NE(findings[1].message.find("(53.85%)"), std::string::npos);
    EXPECT_NE(findings[3].message.find("stated 34.61%, 9 of 26 件 is 34.615%: truncated, not rounded (34.62%)"),
              std::string::npos)
        << findings[3].message;
}

TEST(ShareMismatch, AWrongShareIsAWarning) {
    const auto findings = audit({report({fig("t", 26, "件"), named(fig("a", 8, "件", "t"), "当面申请"), share("s", 31.77, "a"),
                                         fig("b", 18, "件", "t")})});
    ASSERT_EQ(findings.size(), 1u) << describe(findings);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].rule, "share-mismatch");
    EXPECT_EQ(findings[0].message, "当面申请: stated 31.77%, 8 of 26 件 is 30.77%");
}

TEST(ShareMismatch, DecimalsComeFromTheQuoteWhenItKeepsTrailingZeros) {
    // 7/26 = 26.923...%: "26.9%" is right to one decimal, "26.90%" is wrong to two.
    const auto one = audit({report({fig("t", 26, "件"), fig("a", 7, "件", "t"), share("s", 26.9, "a", "占比26.9%"),
                                    fig("b", 19, "件", "t")})});
    EXPECT_TRUE(one.empty()) << describe(one);
    const auto two = audit({report({fig("t", 26, "件"), fig("a", 7, "件", "t"), share("s", 26.9, "a", "占比26.90%"),
                                    fig("b", 19, "件", "t")})});
    ASSERT_EQ(two.size(), 1u) << describe(two);
    EXPECT_EQ(two[0].severity, Severity::Warning);
    EXPECT_EQ(two[0].message, "a: stated 26.90%, 7 of 26 件 is 26.92%");
    const auto wide = audit({report({fig("t", 26, "件"), fig("a", 7, "件", "t"), share("s", 26.9, "a", "占比２６．９０％"),
                                     fig("b", 19, "件", "t")})});
    ASSERT_EQ(wide.size(), 1u) << describe(wide);
}

TEST(ShareMismatch, HalfwayCasesAcceptEitherRounding) {
    // 1/8 = 12.5%: printed as 13 (half up) or 12 (half to even) with no decimals, both fine.
    for (double stated : {12.0, 13.0}) {
        const auto findings = audit({report({fig("t", 8, "件"), fig("a", 1, "件", "t"), share("s", stated, "a"),
                                             fig("b", 7, "件", "t")})});
        EXPECT_TRUE(findings.empty()) << stated << "\n" << describe(findings);
    }
}

TEST(ShareMismatch, QualifiedAndUnanchoredSharesAreNotMisjudged) {
    Figure over = share("s", 50, "a");
    over.qualifier = "over";  // "超过50%": 14 of 26 is 53.8%
    Figure wrong_over = share("w", 60, "a");
    wrong_over.qualifier = "over";  // "超过60%": 53.8% is not over 60%
    const auto findings = audit({report({fig("t", 26, "件"), fig("a", 14, "件", "t"), over, wrong_over,
                                         fig("lonely", 3, "件"), share("x", 99, "lonely"), share("y", 5, "missing"),
                                         fig("b", 12, "件", "t")})});
    ASSERT_EQ(findings.size(), 1u) << describe(findings);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].message, "a: stated over 60%, 14 of 26 件 is 53.85%");
}

// ---- shares-sum -------------------------------------------------------------

TEST(SharesSum, TruncatedOutcomesAddUpTo99_97) {
    const auto findings = with_rule(audit({report(fuxin_requests())}), "shares-sum");
    ASSERT_EQ(findings.size(), 1u) << describe(findings);  // channel (100.00) and timeliness (100.00) are fine
    EXPECT_EQ(findings[0].severity, Severity::Info);
    EXPECT_EQ(findings[0].message,
              "依申请公开政府信息 (by outcome): shares add up to 99.97%, not 100% (allowed: ±0.025 for 5 shares with 2 "
              "decimals); the shares are truncated, not rounded");
    EXPECT_NEAR(findings[0].stated, 99.97, 1e-9);
    EXPECT_EQ(findings[0].expected, 100);
    EXPECT_EQ(findings[0].figure_ids.front(), "received");
    EXPECT_EQ(findings[0].figure_ids.size(), 6u);
}

TEST(SharesSum, SharesThatDoNotMatchTheirCountsAreAWarning) {
    const auto findings = audit({report({fig("t", 26, "件"), fig("a", 8, "件", "t"), share("sa", 30.77, "a"),
                                         fig("b", 7, "件", "t"), share("sb", 26.92, "b"), fig("c", 11, "件", "t"),
                                         share("sc", 40.00, "c")})});
    const auto sums = with_rule(findings, "shares-sum");
    ASSERT_EQ(sums.size(), 1u) << describe(findings);
    EXPECT_EQ(sums[0].severity, Severity::Warning);
    EXPECT_EQ(sums[0].message, "t: shares add up to 97.69%, not 100% (allowed: ±0.015 for 3 shares with 2 decimals)");
    EXPECT_EQ(with_rule(findings, "share-mismatch").size(), 1u);
}

TEST(SharesSum, RoundingWithinToleranceIsFine) {
    // 1/3 each: 33.33 + 33.33 + 33.33 = 99.99, within 3 × 0.005.
    const auto findings = audit({report({fig("t", 3, "件"), named(fig("a", 1, "件", "t"), "当面"), share("sa", 33.33, "a"),
                                         named(fig("b", 1, "件", "t"), "网络"), share("sb", 33.33, "b"),
                                         named(fig("c", 1, "件", "t"), "信函"), share("sc", 33.33, "c")})});
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

TEST(SharesSum, IncompleteBreakdownsNeedNotAddUpTo100) {
    // "其中" names two of the 26 with their shares: together 57.69%, and rightly so.
    const auto findings = audit({report({fig("t", 26, "件"), fig("a", 8, "件", "t"), share("sa", 30.77, "a"),
                                         fig("b", 7, "件", "t"), share("sb", 26.92, "b")})});
    for (const auto& f : findings) EXPECT_NE(f.rule, "shares-sum") << f.message;
    // And a breakdown where one part has no share is not summed either.
    const auto partial = audit({report({fig("t", 26, "件"), fig("a", 8, "件", "t"), share("sa", 30.77, "a"),
                                        fig("b", 18, "件", "t")})});
    EXPECT_TRUE(partial.empty()) << describe(partial);
}

// ---- table-identity ---------------------------------------------------------

ApplicationRow row(std::initializer_list<double> six) {
    ApplicationRow r;
    std::size_t i = 0;
    double total = 0;
    for (double v : six) {
        r[i++] = v;
        total += v;
    }
    r[6] = total;
    return r;
}

// A 2021 template table whose every identity holds.
TemplateTables consistent_tables() {
    TemplateTables t;
    t.applications["new"] = row({10, 2, 0, 0, 1, 0});
    t.applications["carried_over"] = row({1, 0, 0, 0, 0, 0});
    t.applications["granted"] = row({4, 1, 0, 0, 0, 0});
    t.applications["partially_granted"] = row({2, 0, 0, 0, 0, 0});
    t.applications["denied.state_secret"] = row({1, 0, 0, 0, 0, 0});
    t.applications["unable.not_held"] = row({2, 0, 0, 0, 1, 0});
    t.applications["other.other"] = row({1, 0, 0, 0, 0, 0});
    t.applications["total"] = row({10, 1, 0, 0, 1, 0});
    t.applications["carried_forward"] = row({1, 1, 0, 0, 0, 0});
    t.review = CaseOutcomes{1, 0, 0, 1, 2};
    t.litigation_direct = CaseOutcomes{0, 1, 0, 0, 1};
    t.litigation_after_review = CaseOutcomes{0, 0, 0, 0, 0};
    t.proactive.push_back({"20.1", "规章", {{"made", 2}, {"repealed", 1}, {"in_force", 30}}});
    t.proactive.push_back({"20.1", "行政规范性文件", {{"made", 5}, {"repealed", 0}, {"in_force", 40}}});
    return t;
}

Report template_report(TemplateTables tables, std::string id = "t-2021", int year = 2021) {
    Report r = report({}, std::move(id));
    r.meta.template_version = "2021";
    r.meta.region.name = "某县";
    r.meta.region.parent = "某市";
    r.meta.issuer = "某县人民政府";
    r.meta.year = year;
    r.tables = std::move(tables);
    return r;
}

TEST(TableIdentity, ConsistentTablesGiveNoFinding) {
    const auto findings = audit({template_report(consistent_tables())});
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

TEST(TableIdentity, TotalColumnMustBeTheSixColumns) {
    TemplateTables t = consistent_tables();
    t.applications["granted"][6] = 6;  // the six columns add up to 5
    const auto findings = with_rule(audit({template_report(t)}), "table-identity");
    ASSERT_EQ(findings.size(), 2u) << describe(findings);  // the row, and the 总计 column of row total
    EXPECT_EQ(findings[0].location, "/tables/applications/granted/total");
    EXPECT_EQ(findings[0].message, "applications row granted: 总计 6, the six requester columns add up to 5");
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[1].location, "/tables/applications/total/total");
}

TEST(TableIdentity, TotalRowMustBeTheOutcomeRows) {
    TemplateTables t = consistent_tables();
    t.applications["unable.not_held"][0] = 3;  // 自然人 outcomes now 11, total says 10
    t.applications["unable.not_held"][6] = 4;
    const auto findings = audit({template_report(t)});
    ASSERT_EQ(findings.size(), 2u) << describe(findings);
    EXPECT_EQ(findings[0].location, "/tables/applications/total/natural_person");
    EXPECT_EQ(findings[0].message,
              "applications row total (三（七）总计), column 自然人: stated 10, the outcome rows 三（一）–三（六） add up to 11");
    EXPECT_EQ(findings[0].stated, 10);
    EXPECT_EQ(findings[0].expected, 11);
    EXPECT_EQ(findings[1].location, "/tables/applications/total/total");
}

TEST(TableIdentity, NewPlusCarriedOverEqualsTotalPlusCarriedForward) {
    TemplateTables t = consistent_tables();
    t.applications["carried_forward"] = row({2, 1, 0, 0, 0, 0});  // 自然人: 10 + 1 != 10 + 2
    const auto findings = audit({template_report(t)});
    ASSERT_EQ(findings.size(), 2u) << describe(findings);
    EXPECT_EQ(findings[0].location, "/tables/applications/carried_forward/natural_person");
    EXPECT_NE(findings[0].message.find("本年新收 + 上年结转 = 11, but 总计 + 结转下年度 = 12"), std::string::npos)
        << findings[0].message;
    EXPECT_EQ(findings[1].location, "/tables/applications/carried_forward/total");
}

TEST(TableIdentity, OtherRowsOf2019And2021AreNotCountedTwice) {
    TemplateTables t = consistent_tables();
    // A 2019 report has one "other" row; with 2021's sub-rows present it must be ignored.
    t.applications["other"] = row({1, 0, 0, 0, 0, 0});
    EXPECT_TRUE(audit({template_report(t)}).empty());
    TemplateTables t2019 = consistent_tables();
    t2019.applications.erase("other.other");
    t2019.applications["other"] = row({1, 0, 0, 0, 0, 0});
    const auto findings = audit({template_report(t2019)});
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

TEST(TableIdentity, BlankCellsCountAsZeroAndMissingTablesAreNotChecked) {
    TemplateTables t = consistent_tables();
    for (auto& [key, r] : t.applications)
        for (std::size_t c = 1; c < 6; ++c)
            if (r[c] == 0.0) r[c].reset();  // blank instead of 0
    EXPECT_TRUE(audit({template_report(t)}).empty());
    TemplateTables partial;
    partial.applications["new"] = row({3, 0, 0, 0, 0, 0});  // the rest of the table is absent
    partial.review = CaseOutcomes{std::nullopt, std::nullopt, std::nullopt, std::nullopt, 5};
    const auto findings = audit({template_report(partial)});
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

TEST(TableIdentity, CaseOutcomesMustAddUp) {
    TemplateTables t = consistent_tables();
    t.review = CaseOutcomes{1, 1, 0, 1, 2};
    t.litigation_after_review = CaseOutcomes{0, 0, 1, std::nullopt, 0};
    const auto findings = audit({template_report(t)});
    ASSERT_EQ(findings.size(), 2u) << describe(findings);
    EXPECT_EQ(findings[0].location, "/tables/review/total");
    EXPECT_EQ(findings[0].message, "行政复议 (review): 总计 2, 维持 + 纠正 + 其他 + 尚未审结 = 3");
    EXPECT_EQ(findings[1].location, "/tables/litigation_after_review/total");
}

// ---- year-continuity ---------------------------------------------------------

TEST(YearContinuity, ConsecutiveConsistentYearsGiveNoFinding) {
    TemplateTables last = consistent_tables();
    TemplateTables now = consistent_tables();
    now.applications["carried_over"] = row({1, 1, 0, 0, 0, 0});  // = last year's carried_forward
    now.applications["new"] = row({10, 1, 0, 0, 1, 0});
    now.proactive[0].columns = {{"made", 3}, {"repealed", 2}, {"in_force", 31}};  // 30 + 3 - 2
    now.proactive[1].columns = {{"made", 0}, {"repealed", 4}, {"in_force", 36}};  // 40 + 0 - 4
    const auto findings = audit({template_report(last, "t-2020", 2020), template_report(now, "t-2021", 2021)});
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

TEST(YearContinuity, CarriedOverMustBeLastYearsCarriedForward) {
    const TemplateTables last = consistent_tables();  // carried_forward 自然人 1, 商业企业 1
    const TemplateTables now = consistent_tables();   // carried_over 自然人 1, 商业企业 0
    // Loaded in either order, the later year is the one reported.
    const auto findings = with_rule(audit({template_report(now, "t-2021", 2021), template_report(last, "t-2020", 2020)}),
                                    "year-continuity");
    ASSERT_GE(findings.size(), 2u) << describe(findings);
    EXPECT_EQ(findings[0].report_id, "t-2021");
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].location, "/tables/applications/carried_over/commercial_enterprise");
    EXPECT_EQ(findings[0].message,
              "上年结转 (carried_over), column 商业企业: 0, but t-2020 (2020) carried 1 forward (结转下年度)");
    EXPECT_EQ(findings[1].location, "/tables/applications/carried_over/total");
}

TEST(YearContinuity, InForceFollowsFromLastYear) {
    TemplateTables last = consistent_tables();
    TemplateTables now = consistent_tables();
    now.applications["carried_over"] = row({1, 1, 0, 0, 0, 0});
    now.applications["new"] = row({10, 1, 0, 0, 1, 0});
    now.proactive[1].columns = {{"made", 5}, {"in_force", 44}};  // 40 + 5 - 0 = 45
    const auto findings = audit({template_report(last, "t-2020", 2020), template_report(now, "t-2021", 2021)});
    ASSERT_EQ(findings.size(), 2u) << describe(findings);  // 规章 too: 30 + 2 - 1 = 31, stated 30
    EXPECT_EQ(findings[0].location, "/tables/proactive/0/in_force");
    EXPECT_EQ(findings[1].location, "/tables/proactive/1/in_force");
    EXPECT_EQ(findings[1].message,
              "行政规范性文件 现行有效件数 (in_force): 44, but t-2020 (2020) had 40, + 本年制发 5 − 本年废止 0 = 45");
    EXPECT_EQ(findings[1].stated, 44);
    EXPECT_EQ(findings[1].expected, 45);
}

TEST(YearContinuity, OnlySameIssuerConsecutiveAndUnambiguousYearsAreCompared) {
    const TemplateTables t = consistent_tables();  // would give findings if compared (see above)
    Report other_region = template_report(t, "other-2020", 2020);
    other_region.meta.region.name = "另一县";
    EXPECT_TRUE(audit({other_region, template_report(t)}).empty());
    EXPECT_TRUE(audit({template_report(t, "t-2019", 2019), template_report(t)}).empty());  // not consecutive
    Report other_issuer = template_report(t, "t-2020", 2020);
    other_issuer.meta.issuer = "某县人民政府办公室";
    EXPECT_TRUE(audit({other_issuer, template_report(t)}).empty());
    // Two reports claim 2020 for the same issuer: which one continues into 2021 is unknown.
    EXPECT_TRUE(audit({template_report(t, "a-2020", 2020), template_report(t, "b-2020", 2020), template_report(t)}).empty());
}

// ---- duplicate-figure -------------------------------------------------------

TEST(DuplicateFigure, SameFigureTwiceIsInfo) {
    const auto findings = audit({report({named(fig("a", 4), "财政收支信息", "市财政局公开财政收支信息4条"), fig("x", 9),
                                         named(fig("b", 4), "财政收支信息", "市财政局公开财政收支信息4条"),
                                         named(fig("c", 7), "统计公报"), named(fig("d", 7), "统计公报")})});
    ASSERT_EQ(findings.size(), 2u) << describe(findings);
    EXPECT_EQ(findings[0].severity, Severity::Info);
    EXPECT_EQ(findings[0].rule, "duplicate-figure");
    EXPECT_EQ(findings[0].figure_ids, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(findings[0].message, "财政收支信息: 4 条 is stated 2 times (a, b)");
    EXPECT_EQ(findings[1].figure_ids, (std::vector<std::string>{"c", "d"}));
}

TEST(DuplicateFigure, DifferentSentencesOrPlacesAreNotDuplicates) {
    const auto findings = audit({report({named(fig("a", 3), "预算信息", "公开预算信息3条"), named(fig("b", 3), "预算信息", "另公开预算信息3条"),
                                         named(fig("c", 3), "预算信息", "公开预算信息3条"), named(fig("d", 3), "预算信息"),
                                         named(fig("e", 2), "预算信息"), named(fig("f", 2, "件"), "预算信息")})});
    // a and c share their quote (a duplicate); b has other words; d has no quote while a does;
    // e and f differ in unit.
    ASSERT_EQ(findings.size(), 1u) << describe(findings);
    EXPECT_EQ(findings[0].figure_ids, (std::vector<std::string>{"a", "c"}));
}

// ---- no false positives -----------------------------------------------------

TEST(NoFalsePositives, AConsistentNarrativeReportHasNoFinding) {
    std::vector<Figure> figures = {
        named(fig("total", 9538), "各类政府信息"),
        named(fig("expect", 186), "预期引导信息", "公开预期引导信息186条"),
        named(fig("expect-a", 4, "条", "expect"), "财政收支信息"),
        named(fig("expect-b", 139, "条", "expect"), "统计数据分析信息"),
        named(fig("expect-c", 20, "条", "expect"), "统计公报"),
        named(fig("expect-d", 23, "条", "expect"), "审计结果信息"),
        named(fig("powers", 1643, "项"), "权责清单"),
        named(fig("powers-a", 1000, "项", "powers"), "行政处罚"),
        named(fig("powers-b", 643, "项", "powers"), "其他"),
        named(fig("items", 113, "项"), "随机抽查事项"),
        named(fig("items-departments", 23, "家", "items"), "涉及部门"),
        named(fig("visits", 6, "人次"), "提供现行文件"),
        named(fig("documents", 16, "件次"), "提供现行文件"),
    };
    Figure cut = fig("cut", 50, "%");
    cut.qualifier = "over";
    figures.push_back(cut);
    for (const Figure& f : fuxin_requests()) figures.push_back(f);
    // Make the outcome shares properly rounded: 3.85, 53.85, 3.85, 34.62, 3.85 (sum 100.02, within 0.025).
    for (Figure& f : figures) {
        if (f.id == "public-share" || f.id == "partly-share" || f.id == "correction-share") f.value = 3.85;
        if (f.id == "granted-share") f.value = 53.85;
        if (f.id == "not-held-share") f.value = 34.62;
        if (f.id == "public-share") f.quote->text = "占比3.85%";
    }
    const auto findings = audit({report(figures)});
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

TEST(NoFalsePositives, EmptyInputs) {
    EXPECT_TRUE(audit({}).empty());
    EXPECT_TRUE(audit({report({})}).empty());
}

// ---- the bundled real report ----------------------------------------------------

TEST(FuxinAudit, FindsTheKnownProblemsAndNothingElse) {
    const std::filesystem::path path = test::source_path("assets/reports/fuxin-2017.json");
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "missing " << path;
    const LoadResult loaded = load_json(test::read_file(path), path.string());
    ASSERT_TRUE(loaded.ok());
    const auto findings = audit(loaded.reports);

    std::vector<Finding> warnings;
    for (const auto& f : findings)
        if (f.severity != Severity::Info) warnings.push_back(f);
    ASSERT_EQ(warnings.size(), 1u) << describe(findings);
    EXPECT_EQ(warnings[0].rule, "parts-sum");
    EXPECT_EQ(warnings[0].message, "财税体制改革信息: stated total 47 条, parts add up to 50 条");

    const auto shares = with_rule(findings, "share-mismatch");
    ASSERT_EQ(shares.size(), 5u) << describe(findings);
    std::multiset<double> stated;
    for (const auto& f : shares) {
        EXPECT_NE(f.message.find("truncated, not rounded"), std::string::npos) << f.message;
        stated.insert(f.stated);
    }
    EXPECT_EQ(stated, (std::multiset<double>{3.84, 3.84, 3.84, 34.61, 53.84}));

    const auto sums = with_rule(findings, "shares-sum");
    ASSERT_EQ(sums.size(), 1u) << describe(findings);
    EXPECT_NE(sums[0].message.find("99.97%"), std::string::npos) << sums[0].message;
    EXPECT_EQ(findings.size(), 7u) << describe(findings);
}

}  // namespace
}  // namespace gongkai
