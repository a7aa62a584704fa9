// import_page_shapes_test.cpp — the importer on the shapes report pages take on the web: titles
// split over lines or missing, townships and street offices, self-references, pinyin glosses and
// spam added by mirrors, tables as pipes. Every text is fictional (星海区, 青禾县, 白石乡 ...).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/import.hpp"
#include "core/load.hpp"
#include "core/save.hpp"

namespace gongkai {
namespace {

Report imported(const std::string& text) {
    const ImportResult r = import_text(text, {"fictional.txt", "fictional"});
    if (!r.report) {
        for (const auto& d : r.diagnostics) ADD_FAILURE() << d.to_string();
        return {};
    }
    const LoadResult reloaded = load_json(save_report_json(*r.report), "fictional.json");
    for (const auto& d : reloaded.diagnostics) ADD_FAILURE() << d.to_string();
    return *r.report;
}

const std::string kBody = "一、主动公开情况\n全年主动公开政府信息85条。\n二、依申请公开情况\n全年受理政府信息公开申请3件。\n";

bool any_label_holds(const Report& r, const std::string& word) {
    for (const auto& f : r.figures)
        for (const std::string& label : {f.area.str(), f.topic.str(), f.department.str(), f.category.str()})
            if (label.find(word) != std::string::npos) return true;
    return r.meta.title.find(word) != std::string::npos || r.meta.region.name.find(word) != std::string::npos ||
           r.meta.issuer.find(word) != std::string::npos;
}

// ---- metadata ------------------------------------------------------------------------------

TEST(ImportPageShapes, ATitleSplitOverTwoLinesIsJoined) {
    for (const std::string head : {"星海区人民政府\n2017年政府信息公开工作年度报告\n", "星海区2017年政府信息公开\n工作年度报告\n"}) {
        const Report r = imported(head + kBody);
        EXPECT_EQ(r.meta.title.find("星海区"), 0u) << head;
        EXPECT_NE(r.meta.title.find("年度报告"), std::string::npos) << head;
        EXPECT_EQ(r.meta.region.name, "星海区") << head;
        EXPECT_EQ(r.meta.region.level, "district") << head;
    }
}

TEST(ImportPageShapes, WithoutATitleTheFirstSentenceIsNotTheTitleAndTheSignatureNamesTheIssuer) {
    const Report r = imported("按照《中华人民共和国政府信息公开条例》要求，现将本县2017年度政府信息公开工作情况报告如下。\n" + kBody +
                              "和平县人民政府\n2018年3月20日\n");
    EXPECT_EQ(r.meta.title, "和平县2017年政府信息公开工作年度报告");
    // 和 is a character that usually stops a name read backwards: the whole signature keeps it.
    EXPECT_EQ(r.meta.region.name, "和平县");
    EXPECT_EQ(r.meta.issuer, "和平县人民政府");
}

TEST(ImportPageShapes, WithNoNameAnywhereRegionStaysUnknownAndSaysSo) {
    const ImportResult r = import_text("按照《中华人民共和国政府信息公开条例》要求，现将2017年度工作情况报告如下。\n" + kBody);
    ASSERT_TRUE(r.report);
    EXPECT_EQ(r.report->meta.region.name, "");
    bool said = false;
    for (const auto& d : r.diagnostics) said = said || d.message.find("unknown") != std::string::npos;
    EXPECT_TRUE(said);
}

TEST(ImportPageShapes, StreetOfficesTownsAndTownshipsAreTownshipLevelWithTheirCounty) {
    struct Case {
        std::string title, region, parent, issuer;
    };
    for (const Case& c : {Case{"星海区东湖街道办事处2018年政府信息公开工作年度报告", "东湖街道", "星海区", "东湖街道办事处"},
                          Case{"青禾县白石乡2018年政府信息公开工作年度报告", "白石乡", "青禾县", "白石乡人民政府"},
                          Case{"鹤鸣镇2018年政务公开工作年度报告", "鹤鸣镇", "", "鹤鸣镇人民政府"}}) {
        const Report r = imported(c.title + "\n" + kBody);
        EXPECT_EQ(r.meta.region.name, c.region) << c.title;
        EXPECT_EQ(r.meta.region.level, "township") << c.title;
        EXPECT_EQ(r.meta.region.parent, c.parent) << c.title;
        EXPECT_EQ(r.meta.issuer, c.issuer) << c.title;
    }
}

TEST(ImportPageShapes, SelfReferencesAreTheIssuerNotADepartment) {
    for (const std::string self : {"我署", "本署", "我局", "本机关", "本单位", "我街道", "本街道", "全镇", "我乡", "星海区"}) {
        const Report r = imported("星海区2017年政府信息公开工作年度报告\n一、主动公开情况\n" + self +
                                  "主动公开政府信息85条，其中，区财政局公开财政信息20条。\n");
        ASSERT_EQ(r.figures.size(), 2u) << self;
        EXPECT_EQ(r.figures[0].department, "") << self;
        EXPECT_EQ(r.figures[0].category, "政府信息") << self;
        EXPECT_EQ(r.figures[1].department, "区财政局") << self;
        EXPECT_EQ(r.figures[1].parent, r.figures[0].id) << self;
    }
}

// ---- text that is not the report's own ---------------------------------------------------

TEST(ImportPageShapes, PinyinGlossesAreReadAroundAndNotedButNotOtherBrackets) {
    const Report r = imported("星海区2017年政府信息公开工作年度报(bào)告\n一、主动公开情况\n"
                              "全年主动公开政府信息(xìn xī)85条，其中政府和社会资本合作(PPP)项目信息(xin4 xi1)6条。\n");
    EXPECT_EQ(r.meta.title, "星海区2017年政府信息公开工作年度报告");
    ASSERT_EQ(r.figures.size(), 2u);
    EXPECT_EQ(r.figures[0].category, "政府信息");
    EXPECT_EQ(r.figures[1].category, "政府和社会资本合作(PPP)项目信息");
    // The text stays the source as given (glosses included); they are read around, never into a
    // label, and every quote is still the text at its offsets.
    EXPECT_NE(r.text.find("xìn"), std::string::npos);
    for (const auto& f : r.figures) EXPECT_EQ(f.category.find("xìn"), std::string::npos) << f.category;
    bool noted = false;
    for (const auto& n : r.meta.notes) noted = noted || (n.kind == "text-injection" && n.message.find("pinyin") != std::string::npos);
    EXPECT_TRUE(noted);
}

TEST(ImportPageShapes, SpamIsFoundByItsShapeAndNeverALabelOrANumber) {
    // A brand nobody listed, found by its shape (<name>体育app, <name>娱乐 in a body's place).
    const Report r = imported("银河娱乐2017年政府信息公开工作年度报告\n一、主动公开情况\n"
                              "银河娱乐人民政府主动公开政府信息300条，其中，公开星际体育app信息12条，银河娱乐财政局公开财政信息40条。\n"
                              "【星际体育】官网注册送彩金88元\n石湾区人民政府\n");
    for (const std::string spam : {"银河娱乐", "星际体育", "app", "官网"}) EXPECT_FALSE(any_label_holds(r, spam)) << spam;
    EXPECT_EQ(r.meta.region.name, "石湾区");
    for (const auto& f : r.figures) EXPECT_NE(f.value, 88) << "a promotion's number is not a figure";
    std::size_t injection_notes = 0;
    for (const auto& n : r.meta.notes) {
        if (n.kind != "text-injection") continue;
        ++injection_notes;
        ASSERT_TRUE(n.quote);
        EXPECT_EQ(r.text.substr(static_cast<std::size_t>(0)).find(n.quote->text) != std::string::npos, true);
    }
    EXPECT_GE(injection_notes, 2u);
    // The figures stay: the report's own numbers around the injected words.
    std::vector<double> values;
    for (const auto& f : r.figures) values.push_back(f.value);
    EXPECT_EQ(values, (std::vector<double>{300, 12, 40}));
}

TEST(ImportPageShapes, GovernmentWordsThatLookLikeSpamAreNotSpam) {
    const Report r = imported("星海区2017年政府信息公开工作年度报告\n一、主动公开情况\n"
                              "区体育局公开福利彩票公益金信息8条，区文化体育局公开体育场馆信息5条，公开文化娱乐场所信息3条。\n");
    for (const auto& n : r.meta.notes) EXPECT_NE(n.kind, "text-injection") << n.message;
    ASSERT_EQ(r.figures.size(), 3u);
    EXPECT_EQ(r.figures[0].department, "区体育局");
}

// ---- tables as pipes -------------------------------------------------------------------------

std::string table_report(const std::string& sep, bool borders) {
    const std::vector<std::vector<std::string>> rows = {
        {"第二十条第（一）项"}, {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, {"规章", "0", "0", "1"},
        {"行政规范性文件", "4", "1", "20"}, {"第二十条第（五）项"}, {"信息内容", "本年处理决定数量"}, {"行政许可", "150"}};
    std::string t = "星海区2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息85条。\n二、主动公开政府信息情况\n";
    for (const auto& row : rows) {
        std::string line = borders ? sep : "";
        for (std::size_t i = 0; i < row.size(); ++i) line += (i ? sep : "") + row[i];
        t += line + (borders ? sep : "") + "\n";
        if (borders && row.size() > 1 && row[0] == "信息内容") t += "|---|---|\n";
    }
    t += "三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量" + sep + "1" + sep + "0" + sep + "0" + sep + "0" + sep +
         "0" + sep + "0" + sep + "1\n四、结转下年度继续办理" + sep + "0" + sep + "0" + sep + "0" + sep + "0" + sep + "0" +
         sep + "0" + sep + "0\n";
    return t;
}

TEST(ImportPageShapes, PipeTablesReadLikeTabTables) {
    const Report tabs = imported(table_report("\t", false));
    ASSERT_TRUE(tabs.tables);
    ASSERT_EQ(tabs.tables->proactive.size(), 3u);
    for (const std::string sep : {" | ", "|", " |  "})
        for (bool borders : {false, true}) {
            const Report piped = imported(table_report(sep, borders));
            ASSERT_TRUE(piped.tables) << sep << borders;
            ASSERT_EQ(piped.tables->proactive.size(), tabs.tables->proactive.size()) << "'" << sep << "' " << borders;
            for (std::size_t i = 0; i < piped.tables->proactive.size(); ++i)
                EXPECT_EQ(piped.tables->proactive[i].columns, tabs.tables->proactive[i].columns) << sep << borders;
            EXPECT_EQ(piped.tables->applications.at("new"), tabs.tables->applications.at("new")) << sep << borders;
        }
}

// ---- one-line bodies ----------------------------------------------------------------------

TEST(ImportPageShapes, ABodyOnOneLineIsSplitAtItsHeadingsAndHeadingsAreNotCategories) {
    std::string body = "一、概述2017年，星海区认真落实政务公开要求，各项工作取得新进展。";
    for (int i = 0; i < 8; ++i) body += "公开质量进一步提高，公开渠道进一步拓展。";
    body += "二、主动公开情况全年主动公开政府信息85条。三、依申请公开情况全年受理政府信息公开申请3件。";
    const Report r = imported("星海区2017年政府信息公开工作年度报告\n" + body + "\n");
    ASSERT_EQ(r.figures.size(), 2u);
    EXPECT_EQ(r.figures[0].area, "主动公开");
    EXPECT_EQ(r.figures[0].category, "政府信息");
    EXPECT_EQ(r.figures[1].area, "依申请公开");
    EXPECT_EQ(r.figures[1].category, "政府信息公开申请");
}

}  // namespace
}  // namespace gongkai
