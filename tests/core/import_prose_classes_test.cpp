// import_prose_classes_test.cpp — the importer on the kinds of sentences real narrative reports
// use: zeros said in words, last year's numbers, units and meanings, Chinese numerals, links
// between figures. Every
// text is fictional (星海区, 青禾县, 白石乡 ...), written for the rule, not copied from a report.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/import.hpp"
#include "core/key_figures.hpp"
#include "core/load.hpp"
#include "core/save.hpp"

namespace gongkai {
namespace {

// Imports a fictional report made of a title and `body`; the result must load again.
Report imported(const std::string& body) {
    const std::string text = "青禾县白石乡2020年政府信息公开工作年度报告\n" + body;
    const ImportResult r = import_text(text, {"fictional.txt", "fictional"});
    if (!r.report) {
        for (const auto& d : r.diagnostics) ADD_FAILURE() << d.to_string();
        return {};
    }
    const LoadResult reloaded = load_json(save_report_json(*r.report), "fictional.json");
    for (const auto& d : reloaded.diagnostics) ADD_FAILURE() << d.to_string();
    return *r.report;
}

std::vector<const Figure*> with_value(const Report& r, double value) {
    std::vector<const Figure*> out;
    for (const auto& f : r.figures)
        if (f.value == value) out.push_back(&f);
    return out;
}

const KeyFigure& key(const KeyFigures& all, const std::string& name) {
    for (const auto& k : all.figures)
        if (k.name == name) return k;
    static const KeyFigure none;
    ADD_FAILURE() << "no key figure " << name;
    return none;
}

// ---- zeros said in words ------------------------------------------------------------------

TEST(ImportZerosInWords, EachPhraseBecomesAZeroRequestFigureQuotingItsWords) {
    for (const std::string words : {"本年度白石乡未收到政府信息公开申请", "全年没有收到群众提出的政府信息公开申请",
                                    "全年无申请", "依申请公开实行零报告", "2020年未发生依申请公开情况",
                                    "本年度未收到政府信息公開申請"}) {
        const Report r = imported("一、主动公开情况\n全年主动公开政府信息85条。\n二、依申请公开情况\n" + words + "。\n");
        const auto zeros = with_value(r, 0);
        ASSERT_EQ(zeros.size(), 1u) << words;
        const Figure& z = *zeros[0];
        EXPECT_EQ(z.measure, "requests") << words;
        EXPECT_EQ(z.unit, "件") << words;
        EXPECT_EQ(z.area, "依申请公开") << words;
        ASSERT_TRUE(z.quote) << words;
        EXPECT_EQ(z.quote->text, words);
        const KeyFigure received = key(key_figures(r), "applications_received");  // a copy: the key figures are a temporary
        EXPECT_EQ(received.status, KeyFigureStatus::StatedInWords) << words;
        EXPECT_EQ(received.value, 0) << words;
        EXPECT_EQ(received.figure_id, z.id) << words;
    }
}

TEST(ImportZerosInWords, ReviewsAndLawsuitsDeniedInOneClauseAreTwoZeroCases) {
    const Report r = imported("一、主动公开情况\n主动公开信息40条。\n二、行政复议和行政诉讼情况\n本年度未发生因政府信息公开引起的行政复议和行政诉讼。\n");
    const auto zeros = with_value(r, 0);
    ASSERT_EQ(zeros.size(), 2u);
    EXPECT_EQ(zeros[0]->category, "行政复议");
    EXPECT_EQ(zeros[1]->category, "行政诉讼");
    for (const Figure* z : zeros) EXPECT_EQ(z->measure, "cases");
    EXPECT_EQ(zeros[0]->quote->text, zeros[1]->quote->text);
}

TEST(ImportZerosInWords, AReportWhoseOnlyFactsAreZerosIsNotRefused) {
    const Report r = imported("一、依申请公开情况\n本年度我乡未收到政府信息公开申请。\n二、行政复议情况\n全年没有发生政府信息公开行政复议。\n");
    EXPECT_EQ(r.figures.size(), 2u);
    for (const auto& f : r.figures) EXPECT_EQ(f.value, 0);
}

TEST(ImportZerosInWords, NotZeros) {
    // Counts with digits, applicants, consultations, outcomes of cases, running totals.
    for (const std::string words : {"未收到申请人补正材料", "全年未收到咨询申请", "行政复议无一例被纠正",
                                    "累计未收到政府信息公开申请", "受理申请3件,未收到其他申请2件以上"}) {
        const Report r = imported("一、主动公开情况\n全年主动公开政府信息85条。\n" + words + "。\n");
        EXPECT_TRUE(with_value(r, 0).empty()) << words;
    }
}

// ---- last year's numbers ------------------------------------------------------------------

TEST(ImportPriorYear, LastYearsCountsAndDifferencesAreNotThisYears) {
    const Report r = imported(
        "一、主动公开情况\n"
        "全年主动公开政府信息150条,比上年的120条增加30条。\n"
        "二、依申请公开情况\n"
        "受理政府信息公开申请9件,较去年同期的6件有所增加;上年度为4件。上年结转申请2件。\n");
    for (double gone : {120.0, 30.0, 6.0, 4.0}) EXPECT_TRUE(with_value(r, gone).empty()) << gone;
    ASSERT_EQ(with_value(r, 150).size(), 1u);
    ASSERT_EQ(with_value(r, 9).size(), 1u);
    ASSERT_EQ(with_value(r, 2).size(), 1u);  // carried over from last year into this one
    for (const auto& f : r.figures) EXPECT_TRUE(f.parent.empty()) << f.value;
    const KeyFigures k = key_figures(r);
    EXPECT_EQ(key(k, "proactive_total").value, 150);
    EXPECT_EQ(key(k, "applications_received").value, 9);
}

TEST(ImportPriorYear, ARateOfChangeStaysWithANote) {
    const Report r = imported("一、主动公开情况\n主动公开信息88条,同比增长10%。\n");
    const auto rate = with_value(r, 10);
    ASSERT_EQ(rate.size(), 1u);
    EXPECT_EQ(rate[0]->unit, "%");
    EXPECT_FALSE(rate[0]->notes.empty());
}

// ---- units and meanings -------------------------------------------------------------------

const Figure* only(const Report& r, double value) {
    const auto all = with_value(r, value);
    EXPECT_EQ(all.size(), 1u) << value;
    return all.size() == 1 ? all[0] : nullptr;
}

TEST(ImportUnits, ZongAndFenAreUnits) {
    const Report r = imported("一、依申请公开情况\n全年受理政府信息公开申请17宗。印发政务公开宣传册600余份。\n");
    const Figure* zong = only(r, 17);
    ASSERT_NE(zong, nullptr);
    EXPECT_EQ(zong->unit, "宗");
    EXPECT_EQ(zong->measure, "requests");
    const Figure* fen = only(r, 600);
    ASSERT_NE(fen, nullptr);
    EXPECT_EQ(fen->unit, "份");
    EXPECT_EQ(fen->qualifier, "over");
}

TEST(ImportUnits, ApplicationsInQiAreRequestsAndReviewsInQiAreCases) {
    const Report r = imported("一、依申请公开情况\n本年度共收到政府信息公开申请5起,发生行政复议1起。\n");
    const Figure* requests = only(r, 5);
    ASSERT_NE(requests, nullptr);
    EXPECT_EQ(requests->measure, "requests");
    const Figure* review = only(r, 1);
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(review->measure, "cases");
}

TEST(ImportUnits, WithheldItemsAndConsultationsAreNotApplications) {
    const Report r = imported(
        "一、主动公开情况\n主动公开政府信息230条,不予公开信息有12条。\n"
        "二、依申请公开情况\n接受群众咨询46件。受理政府信息公开申请8件。\n");
    const Figure* withheld = only(r, 12);
    ASSERT_NE(withheld, nullptr);
    EXPECT_NE(withheld->measure, "requests");
    const Figure* consulted = only(r, 46);
    ASSERT_NE(consulted, nullptr);
    EXPECT_NE(consulted->measure, "requests");
    EXPECT_EQ(key(key_figures(r), "applications_received").value, 8);
}

TEST(ImportUnits, RunningTotalsAreMarkedAndKeyFiguresSeeThemAsCumulative) {
    const Report r = imported("一、主动公开情况\n到目前为止,全乡累计公开政府信息4100条。\n");
    const Figure* running = only(r, 4100);
    ASSERT_NE(running, nullptr);
    bool marked = false;
    for (const auto& n : running->notes) marked = marked || n.find("running total") != std::string::npos;
    EXPECT_TRUE(marked);
    EXPECT_EQ(key(key_figures(r), "proactive_total").status, KeyFigureStatus::Cumulative);
}

// ---- Chinese numerals ---------------------------------------------------------------------

TEST(ImportChineseNumerals, CountsInChineseNumeralsAreRead) {
    const Report r = imported(
        "一、主动公开情况\n在便民服务大厅设置政府信息查阅终端两台,安排一名工作人员值守,"
        "从六个方面公开政府信息,全年修订制度十二条,发布公告二十余件,举办培训三场。\n");
    struct Want { double value; const char* unit; };
    for (const Want& w : {Want{2, "台"}, Want{1, "名"}, Want{6, "个"}, Want{12, "条"}, Want{20, "件"}, Want{3, "场"}}) {
        const Figure* f = only(r, w.value);
        ASSERT_NE(f, nullptr) << w.unit;
        EXPECT_EQ(f->unit, w.unit);
        ASSERT_TRUE(f->quote);
        EXPECT_NE(f->quote->text.find(w.unit), std::string::npos);
    }
    EXPECT_EQ(only(r, 20)->qualifier, "over");
}

TEST(ImportChineseNumerals, WordsWithNumeralsThatAreNotCounts) {
    for (const std::string words :
         {"一是完善制度,二是加强培训", "第一条规定公开范围", "统一发布平台", "进一步做好公开", "一些单位公开不及时",
          "一定程度上提高了效率", "最多跑一次", "增强四个意识", "全文分为十一个部分", "一起研究", "零件采购",
          "二三个工作日内答复", "一次性告知", "依照条例第十三条规定"}) {
        const ImportResult res = import_text("青禾县2020年政府信息公开工作年度报告\n一、主动公开情况\n主动公开政府信息85条。" + words + "。\n",
                                             {"fictional.txt", "fictional"});
        ASSERT_TRUE(res.report) << words;
        EXPECT_EQ(res.report->figures.size(), 1u) << words;
    }
}

// ---- links between figures ----------------------------------------------------------------

TEST(ImportLinks, AListAfterANumberOfKindsBreaksDownTheTotalBeforeIt) {
    // The parts do not add up to the total (not every kind is listed): the words link them.
    const Report r = imported(
        "一、主动公开情况\n全年主动公开政府信息260条,共有四类,包括规划计划信息40条、财政资金信息75条、人事任免信息18条。\n");
    const Figure* total = only(r, 260);
    ASSERT_NE(total, nullptr);
    for (double part : {40.0, 75.0, 18.0}) {
        const Figure* f = only(r, part);
        ASSERT_NE(f, nullptr);
        EXPECT_EQ(f->parent, total->id) << part;
    }
    EXPECT_EQ(key(key_figures(r), "proactive_total").value, 260);
}

TEST(ImportLinks, ATotalRestatedAsItsOnlyCategoryIsNotCountedTwice) {
    const Report r = imported("一、主动公开情况\n全年主动公开政府信息64条。工作动态类信息64条,占100%。\n");
    const auto both = with_value(r, 64);
    ASSERT_EQ(both.size(), 2u);
    EXPECT_TRUE(both[0]->parent.empty());
    EXPECT_EQ(both[1]->parent, both[0]->id);
    int roots = 0;
    for (const auto& f : r.figures) roots += f.unit == "条" && f.parent.empty();
    EXPECT_EQ(roots, 1);
}

TEST(ImportLinks, ChannelCountsBesideAStatedTotalAreItsBreakdownNotAddedToIt) {
    // 网站 and 微信 overlap: 310 + 95 is more than the 350 stated.
    const Report r = imported("一、主动公开情况\n全年主动公开政府信息350条,政府网站发布310条,政务微信推送95条。\n");
    const Figure* total = only(r, 350);
    ASSERT_NE(total, nullptr);
    EXPECT_TRUE(total->parent.empty());
    EXPECT_EQ(only(r, 310)->parent, total->id);
    EXPECT_EQ(only(r, 95)->parent, total->id);
    EXPECT_EQ(key(key_figures(r), "proactive_total").value, 350);
}

TEST(ImportLinks, NoParentFromArithmeticAlone) {
    // 5 + 3 = 8 by coincidence: nothing in the words links them.
    const Report r = imported("一、主动公开情况\n全年主动公开政府信息8条。修订规范性文件5条,清理过期文件3条。\n");
    for (const auto& f : r.figures) EXPECT_TRUE(f.parent.empty()) << f.value;
    // The same numbers with words that open a breakdown are linked.
    const Report linked = imported("一、依申请公开情况\n受理政府信息公开申请8件。从申请方式看,网上申请5件,信函申请3件。\n");
    const Figure* total = only(linked, 8);
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(only(linked, 5)->parent, total->id);
    EXPECT_EQ(only(linked, 3)->parent, total->id);
}

}  // namespace
}  // namespace gongkai
