// key_figures_test.cpp — key figures (关键指标) of both eras: each status, each source, the
// cells' provenance through import, save and both loaders, and the bundled Fuxin 2017 report.
// The template-era reports are fictional (tests/data/template-era/README.md).
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/audit.hpp"
#include "core/import.hpp"
#include "core/key_figures.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

Report imported(const std::string& name) {
    const std::string bytes = test::read_file(test::source_path("tests/data/template-era/" + name));
    EXPECT_FALSE(bytes.empty()) << name;
    ImportResult r = import_text(bytes, {name, "", std::size_t{256} << 20});
    EXPECT_TRUE(r.report.has_value()) << name;
    return r.report ? *r.report : Report{};
}

Report loaded(const std::string& path) {
    LoadResult r = load_json(test::read_file(test::source_path(path)), path);
    EXPECT_TRUE(r.ok()) << path;
    EXPECT_EQ(r.reports.size(), 1u) << path;
    return r.reports.empty() ? Report{} : r.reports.front();
}

const KeyFigure& get(const KeyFigures& k, const char* name) {
    const KeyFigure* f = k.find(name);
    EXPECT_NE(f, nullptr) << name;
    static const KeyFigure none;
    return f ? *f : none;
}

// The code points [start, end) of `text`.
std::string code_points(const std::string& text, std::int64_t start, std::int64_t end) {
    std::string out;
    std::int64_t cp = -1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++cp;
        if (cp >= start && cp < end) out.push_back(text[i]);
    }
    return out;
}

TEST(KeyFigures, EveryNameIsPresentInOrderEvenForAnEmptyReport) {
    Report empty;
    const KeyFigures k = key_figures(empty);
    ASSERT_EQ(k.figures.size(), std::size(kKeyFigureNames));
    for (std::size_t i = 0; i < k.figures.size(); ++i) {
        EXPECT_EQ(k.figures[i].name, kKeyFigureNames[i]);
        EXPECT_EQ(k.figures[i].status, KeyFigureStatus::Absent);
        EXPECT_EQ(k.figures[i].source, KeyFigureSourceKind::None);
        EXPECT_FALSE(k.figures[i].value);
        EXPECT_STRNE(key_figure_label_zh(k.figures[i].name), "");
    }
}

TEST(KeyFigures, StatusAndSourceNamesRoundTrip) {
    for (auto s : {KeyFigureStatus::Stated, KeyFigureStatus::StatedInWords, KeyFigureStatus::Derived,
                   KeyFigureStatus::Cumulative, KeyFigureStatus::Absent})
        EXPECT_EQ(parse_key_figure_status(key_figure_status_name(s)), s);
    EXPECT_FALSE(parse_key_figure_status("maybe"));
    EXPECT_STREQ(key_figure_source_name(KeyFigureSourceKind::Table), "table");
    EXPECT_STREQ(key_figure_source_name(KeyFigureSourceKind::Prose), "prose");
}

TEST(KeyFigures, FuxinStatesItsProactiveTotalAndItsApplicationsInDigits) {
    const Report fuxin = loaded("assets/reports/fuxin-2017.json");
    const KeyFigures k = key_figures(fuxin);
    const KeyFigure& proactive = get(k, "proactive_total");
    ASSERT_TRUE(proactive.value);
    EXPECT_EQ(*proactive.value, 9538);
    EXPECT_EQ(proactive.unit, "条");
    EXPECT_EQ(proactive.status, KeyFigureStatus::Stated);
    EXPECT_EQ(proactive.source, KeyFigureSourceKind::Prose);
    EXPECT_EQ(proactive.figure_id, "proactive-total");
    ASSERT_TRUE(proactive.quote_start && proactive.quote_end);
    EXPECT_EQ(code_points(fuxin.text, *proactive.quote_start, *proactive.quote_end), proactive.quote);

    const KeyFigure& received = get(k, "applications_received");
    ASSERT_TRUE(received.value);
    EXPECT_EQ(*received.value, 26);
    EXPECT_EQ(received.unit, "件");
    EXPECT_EQ(received.status, KeyFigureStatus::Stated);
    EXPECT_EQ(received.figure_id, "requests-received");
    EXPECT_EQ(received.location.rfind("/figures/", 0), 0u);

    // Its outcome parts by their words; no template table, so nothing is derived.
    EXPECT_EQ(get(k, "granted").value, 14);
    EXPECT_EQ(get(k, "partially_granted").value, 1);
    EXPECT_EQ(get(k, "unable_to_provide").value, 9);
    EXPECT_EQ(get(k, "handled_total").status, KeyFigureStatus::Absent);
}

TEST(KeyFigures, TheFiguresAreFoundByWhatTheyAreNotByTheirIds) {
    Report fuxin = loaded("assets/reports/fuxin-2017.json");
    for (auto& f : fuxin.figures) f.id = "x" + f.id.str();
    for (auto& f : fuxin.figures)
        if (!f.parent.empty()) f.parent = "x" + f.parent.str();
    const KeyFigures k = key_figures(fuxin);
    EXPECT_EQ(get(k, "proactive_total").value, 9538);
    EXPECT_EQ(get(k, "applications_received").value, 26);
}

TEST(KeyFigures, TemplateCellsAreStatedAndCarryTheirCellAndDigits) {
    const Report r = imported("qinghe-2020.txt");
    ASSERT_TRUE(r.tables);
    EXPECT_EQ(r.meta.template_version, "2019");
    const KeyFigures k = key_figures(r);
    const KeyFigure& received = get(k, "applications_received");
    EXPECT_EQ(received.value, 38);
    EXPECT_EQ(received.status, KeyFigureStatus::Stated);
    EXPECT_EQ(received.source, KeyFigureSourceKind::Table);
    EXPECT_EQ(received.location, "/tables/applications/new/total");
    EXPECT_EQ(received.quote, "38");
    ASSERT_TRUE(received.quote_start && received.quote_end);
    EXPECT_EQ(code_points(r.text, *received.quote_start, *received.quote_end), "38");
    EXPECT_FALSE(received.prose_value);  // the prose says 38 too

    EXPECT_EQ(get(k, "applications_carried_over").value, 2);
    EXPECT_EQ(get(k, "granted").value, 22);
    EXPECT_EQ(get(k, "handled_total").value, 36);
    EXPECT_EQ(get(k, "carried_forward").value, 4);
    EXPECT_EQ(get(k, "reviews_total").value, 1);
    EXPECT_EQ(get(k, "reviews_total").location, "/tables/review/total");
    // 2019: 其他处理 is one row, so one stated cell.
    EXPECT_EQ(get(k, "other_handling").status, KeyFigureStatus::Stated);
    EXPECT_EQ(get(k, "other_handling").value, 1);
    // The proactive total has no cell: the prose says it.
    EXPECT_EQ(get(k, "proactive_total").value, 1876);
    EXPECT_EQ(get(k, "proactive_total").source, KeyFigureSourceKind::Prose);
}

TEST(KeyFigures, GroupsOfSubRowsAndTheTwoKindsOfLawsuitAreDerived) {
    const Report r = imported("qinghe-2021.txt");
    ASSERT_TRUE(r.tables);
    EXPECT_EQ(r.meta.template_version, "2021");
    const KeyFigures k = key_figures(r);
    const KeyFigure& refused = get(k, "refused");
    EXPECT_EQ(refused.value, 2);
    EXPECT_EQ(refused.status, KeyFigureStatus::Derived);
    EXPECT_EQ(refused.source, KeyFigureSourceKind::Table);
    EXPECT_EQ(refused.cells.size(), 8u);
    EXPECT_NE(refused.how.find("denied"), std::string::npos);
    EXPECT_EQ(get(k, "unable_to_provide").value, 17);
    EXPECT_EQ(get(k, "not_processed").value, 3);
    EXPECT_EQ(get(k, "other_handling").value, 1);
    EXPECT_EQ(get(k, "other_handling").status, KeyFigureStatus::Derived);

    const KeyFigure& lawsuits = get(k, "lawsuits_total");
    EXPECT_EQ(lawsuits.value, 3);  // 2 direct + 1 after review
    EXPECT_EQ(lawsuits.status, KeyFigureStatus::Derived);
    EXPECT_EQ(lawsuits.cells, (std::vector<std::string>{"/tables/litigation_direct/total",
                                                        "/tables/litigation_after_review/total"}));
    EXPECT_EQ(get(k, "lawsuits_corrected").value, 1);
    EXPECT_EQ(get(k, "reviews_maintained").value, 2);
    EXPECT_EQ(get(k, "reviews_maintained").status, KeyFigureStatus::Stated);
}

TEST(KeyFigures, ProseThatDisagreesWithItsTableIsKeptBesideIt) {
    const Report r = imported("qinghe-2021.txt");
    const KeyFigures all_received = key_figures(r);
    const KeyFigure& received = get(all_received, "applications_received");
    EXPECT_EQ(received.value, 60);
    EXPECT_EQ(received.source, KeyFigureSourceKind::Table);
    ASSERT_TRUE(received.prose_value);
    EXPECT_EQ(*received.prose_value, 62);
    EXPECT_FALSE(received.prose_figure_id.empty());
    EXPECT_NE(received.prose_quote.find("62"), std::string::npos);
}

TEST(KeyFigures, ZerosSaidInWordsAreStatedInWordsWithTheirQuote) {
    const Report r = imported("qinghe-2018-narrative.txt");
    EXPECT_EQ(r.meta.template_version, "narrative");
    const KeyFigures k = key_figures(r);
    const KeyFigure& received = get(k, "applications_received");
    EXPECT_EQ(received.value, 0);
    EXPECT_EQ(received.status, KeyFigureStatus::StatedInWords);
    EXPECT_EQ(received.source, KeyFigureSourceKind::Prose);
    EXPECT_NE(received.quote.find("未收到政府信息公开申请"), std::string::npos);
    ASSERT_TRUE(received.quote_start && received.quote_end);
    EXPECT_EQ(code_points(r.text, *received.quote_start, *received.quote_end), received.quote);
    EXPECT_TRUE(received.figure_id.empty());

    for (const char* name : {"reviews_total", "lawsuits_total", "fees"}) {
        const KeyFigure& zero = get(k, name);
        EXPECT_EQ(zero.value, 0) << name;
        EXPECT_EQ(zero.status, KeyFigureStatus::StatedInWords) << name;
    }
    EXPECT_EQ(get(k, "reviews_total").quote, get(k, "lawsuits_total").quote);  // one clause says both
    EXPECT_EQ(get(k, "proactive_total").value, 1532);
    EXPECT_EQ(get(k, "proactive_total").status, KeyFigureStatus::Stated);
}

TEST(KeyFigures, ZerosOfApplicationsInTheWordsReportsUse) {
    for (const char* words : {"本年度未收到政府信息公开申请", "全年没有收到公民、法人或其他组织提出的政府信息公开申请",
                              "全年无申请", "本年度无政府信息公开申请", "未发生依申请公开情况", "依申请公开实行零报告",
                              "本年度未收到政府信息公開申請"}) {
        Report r;
        r.text = std::string("一、依申请公开情况\n") + words + "。";
        const KeyFigures all_k = key_figures(r);
        const KeyFigure& k = get(all_k, "applications_received");
        EXPECT_EQ(k.status, KeyFigureStatus::StatedInWords) << words;
        EXPECT_EQ(k.value, 0) << words;
        EXPECT_EQ(k.quote, words);
        EXPECT_EQ(k.quote_start, 10) << words;
    }
    for (const char* words : {"未收到申请人补正材料", "申请人无正当理由逾期不补正", "全年未收到咨询申请",
                              "累计未收到政府信息公开申请", "未收到政府信息公开申请2件以上"}) {
        Report r;
        r.text = words;
        EXPECT_EQ(get(key_figures(r), "applications_received").status, KeyFigureStatus::Absent) << words;
    }
}

TEST(KeyFigures, OnlyANegationOfTheCasesThemselvesIsAZero) {
    Report r;
    r.text = "全年行政复议无一例被纠正。行政诉讼零败诉。";
    KeyFigures k = key_figures(r);
    EXPECT_EQ(get(k, "reviews_total").status, KeyFigureStatus::Absent);
    EXPECT_EQ(get(k, "lawsuits_total").status, KeyFigureStatus::Absent);
    r.text = "本年度没有发生因政府信息公开引起的行政诉讼。";
    k = key_figures(r);
    EXPECT_EQ(get(k, "lawsuits_total").status, KeyFigureStatus::StatedInWords);
    EXPECT_EQ(get(k, "lawsuits_total").quote_start, 0);
    EXPECT_EQ(get(k, "lawsuits_total").quote_end, 21);
    EXPECT_EQ(get(k, "reviews_total").status, KeyFigureStatus::Absent);
}

TEST(KeyFigures, ARunningTotalIsCumulativeNotThisYearsCount) {
    const Report r = imported("baishi-2018-running-total.txt");
    const KeyFigures k = key_figures(r);
    const KeyFigure& proactive = get(k, "proactive_total");
    EXPECT_EQ(proactive.value, 3210);
    EXPECT_EQ(proactive.status, KeyFigureStatus::Cumulative);
    EXPECT_EQ(get(k, "applications_received").status, KeyFigureStatus::StatedInWords);  // 无依申请公开
}

TEST(KeyFigures, ThisYearsCountWinsOverARunningTotal) {
    Report r;
    r.text = "累计主动公开政府信息9000条，本年主动公开政府信息700条。";
    Figure running;
    running.id = "a";
    running.area = "主动公开";
    running.value = 9000;
    running.unit = "条";
    running.measure = "published";
    running.quote = Quote{"累计主动公开政府信息9000条", 0, 15};
    Figure year = running;
    year.id = "b";
    year.value = 700;
    year.quote = Quote{"本年主动公开政府信息700条", 16, 30};
    r.figures = {running, year};
    const KeyFigures all_k = key_figures(r);
    const KeyFigure& k = get(all_k, "proactive_total");
    EXPECT_EQ(k.value, 700);
    EXPECT_EQ(k.status, KeyFigureStatus::Stated);
}

Figure prose_figure(const char* id, const char* area, const char* measure, double value, const char* unit,
                    const char* quote) {
    Figure f;
    f.id = id;
    f.area = area;
    f.measure = measure;
    f.value = value;
    f.unit = unit;
    f.quote = Quote{quote, std::nullopt, std::nullopt};
    return f;
}

TEST(KeyFigures, TheSentencesOwnWordsWinOverALargerNumberBesideIt) {
    // Fictional: the 主动公开 area also counts online services, larger than its total; the
    // 依申请公开 area lists departments' bare counts, larger than the applications received.
    Report r;
    r.figures = {prose_figure("a", "主动公开", "published", 3245, "条", "全年共主动公开政府信息3,245条"),
                 prose_figure("b", "主动公开", "published", 35000, "件", "全年网上办件超过3.5万件"),
                 prose_figure("c", "依申请公开", "requests", 32, "件", "全年共受理依申请公开32件"),
                 prose_figure("d", "依申请公开", "requests", 312, "条", "区财政局 312条")};
    const KeyFigures k = key_figures(r);
    EXPECT_EQ(get(k, "proactive_total").figure_id, "a");
    EXPECT_EQ(get(k, "applications_received").figure_id, "c");
    // Without the plain sentences, the largest count of the area is the best there is.
    r.figures.erase(r.figures.begin());
    EXPECT_EQ(get(key_figures(r), "proactive_total").figure_id, "b");
}

TEST(KeyFigures, CarriedOverAndForwardInTheProseAreReadAndComparedWithTheTable) {
    // Fictional narrative sentences: 全年收到申请20件，上年结转申请2件，结转下年度办理3件。
    Report r;
    r.figures = {prose_figure("a", "依申请公开", "requests", 20, "件", "全年收到申请20件"),
                 prose_figure("b", "依申请公开", "requests", 2, "件", "上年结转申请2件"),
                 prose_figure("c", "依申请公开", "requests", 3, "件", "结转下年度办理3件")};
    KeyFigures k = key_figures(r);
    EXPECT_EQ(get(k, "applications_received").figure_id, "a");
    EXPECT_EQ(get(k, "applications_carried_over").figure_id, "b");
    EXPECT_EQ(get(k, "carried_forward").figure_id, "c");
    // With a table that says otherwise, the table's number stays and the prose's is kept beside it.
    r.meta.template_version = "2021";
    r.tables.emplace();
    r.tables->applications["new"][6] = 20;
    r.tables->applications["carried_over"][6] = 5;
    k = key_figures(r);
    EXPECT_EQ(get(k, "applications_carried_over").value, 5);
    EXPECT_EQ(get(k, "applications_carried_over").prose_value, 2);
    EXPECT_FALSE(get(k, "applications_received").prose_value);
    EXPECT_EQ(get(k, "carried_forward").status, KeyFigureStatus::Absent);  // the table's, not the prose's
    const auto found = audit({r});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].rule, "prose-vs-table");
    EXPECT_EQ(found[0].location, "/tables/applications/carried_over/total");
}

TEST(KeyFigures, DigitsInTheProseWinOverWordsAndConsultationsAreNotApplications) {
    Report r;
    r.text = "全年接受咨询120人次。未收到行政复议申请。";
    Figure consult;
    consult.id = "c";
    consult.area = "依申请公开";
    consult.value = 120;
    consult.unit = "人次";
    consult.measure = "requests";
    consult.quote = Quote{"接受咨询120人次", 2, 11};
    r.figures = {consult};
    const KeyFigures k = key_figures(r);
    EXPECT_EQ(get(k, "applications_received").status, KeyFigureStatus::Absent);  // a review is not an application
    EXPECT_EQ(get(k, "reviews_total").status, KeyFigureStatus::StatedInWords);
}

TEST(KeyFigures, TheHtmlReportOfASecondBodyReadsItsCellsAndItsFeesInDigits) {
    const Report r = imported("songlin-2021.html");
    ASSERT_TRUE(r.tables);
    const KeyFigures k = key_figures(r);
    EXPECT_EQ(get(k, "applications_received").value, 25);
    EXPECT_FALSE(get(k, "applications_received").prose_value);
    EXPECT_EQ(get(k, "applications_received").quote, "25");
    EXPECT_EQ(get(k, "proactive_total").value, 3412);
    EXPECT_EQ(get(k, "reviews_pending").value, 1);
    EXPECT_EQ(get(k, "lawsuits_total").value, 2);
}

TEST(KeyFigures, TheImportCorpusGivesTheRightHeadlineNumbers) {
    struct Case {
        const char* file;
        double proactive;
        std::optional<double> received;
        KeyFigureSourceKind received_from;
    };
    const Case cases[] = {
        {"narrative-county.txt", 3245, 15, KeyFigureSourceKind::Prose},
        {"narrative-gbk-crlf.txt", 12345, 86, KeyFigureSourceKind::Prose},
        {"narrative-page.html", 5678, 32, KeyFigureSourceKind::Prose},
        {"narrative-traditional.txt", 1532, 12, KeyFigureSourceKind::Prose},
        {"messy-bom-spaces.txt", 9538, std::nullopt, KeyFigureSourceKind::None},
        {"template-2019-page-gb18030.html", 1208, 50, KeyFigureSourceKind::Table},
        {"template-2021-tabs.txt", 2356, 50, KeyFigureSourceKind::Table},
        {"template-2021-spaces.txt", 2356, 50, KeyFigureSourceKind::Table},
        {"template-2021-cells.txt", 2356, 50, KeyFigureSourceKind::Table},
    };
    for (const Case& c : cases) {
        const std::string bytes = test::read_file(test::source_path(std::string("tests/data/import/") + c.file));
        ASSERT_FALSE(bytes.empty()) << c.file;
        const ImportResult r = import_text(bytes, {c.file, "", std::size_t{256} << 20});
        ASSERT_TRUE(r.report) << c.file;
        const KeyFigures k = key_figures(*r.report);
        EXPECT_EQ(get(k, "proactive_total").value, c.proactive) << c.file;
        EXPECT_EQ(get(k, "proactive_total").status, KeyFigureStatus::Stated) << c.file;
        EXPECT_EQ(get(k, "applications_received").value, c.received) << c.file;
        EXPECT_EQ(get(k, "applications_received").source, c.received_from) << c.file;
    }
}

// ---- cells' provenance ----------------------------------------------------------------------

TEST(TableSources, EveryCellTheImporterReadPointsAtItsDigits) {
    for (const char* name : {"qinghe-2020.txt", "qinghe-2021.txt", "songlin-2021.html"}) {
        const Report r = imported(name);
        ASSERT_TRUE(r.tables) << name;
        const TemplateTables& t = *r.tables;
        std::size_t cells = 0;
        for (const auto& [key, row] : t.applications)
            for (const auto& cell : row) cells += cell.has_value();
        for (const auto& row : t.proactive) cells += row.columns.size();
        cells += 15;  // the review and litigation table, all stated
        EXPECT_EQ(t.sources.size(), cells) << name;
        for (const auto& [pointer, quote] : t.sources) {
            ASSERT_TRUE(quote.start && quote.end) << pointer;
            EXPECT_EQ(code_points(r.text, *quote.start, *quote.end), quote.text.str()) << name << " " << pointer;
        }
        const Quote* row_20_1 = t.source_of("/tables/proactive/1/" + std::string(r.meta.template_version == "2021" ? "in_force" : "total_published"));
        ASSERT_NE(row_20_1, nullptr) << name;
    }
}

TEST(TableSources, SurviveSaveAndLoadThroughBothLoaders) {
    const Report r = imported("qinghe-2021.txt");
    const std::string saved = save_report_json(r);
    EXPECT_NE(saved.find("\"sources\""), std::string::npos);
    EXPECT_NE(saved.find("\"/tables/applications/new/total\""), std::string::npos);
    LoadLimits general;
    general.fast_path = false;
    const LoadResult slow = load_json(saved, "qinghe.json", general);
    const LoadResult fast = load_json(saved, "qinghe.json");
    ASSERT_TRUE(slow.ok());
    ASSERT_TRUE(fast.ok());
    ASSERT_EQ(slow.reports.size(), 1u);
    ASSERT_EQ(fast.reports.size(), 1u);
    EXPECT_EQ(slow.reports[0].tables->sources.size(), r.tables->sources.size());
    EXPECT_EQ(save_report_json(slow.reports[0]), saved);
    EXPECT_EQ(save_report_json(fast.reports[0]), saved);
    EXPECT_EQ(get(key_figures(fast.reports[0]), "applications_received").quote, "60");
}

TEST(TableSources, OldFilesWithoutSourcesStillLoad) {
    for (const char* name : {"tests/data/good/template-2019.json", "tests/data/good/template-2021.json"}) {
        const Report r = loaded(name);
        ASSERT_TRUE(r.tables) << name;
        EXPECT_TRUE(r.tables->sources.empty()) << name;
        const KeyFigures all_received = key_figures(r);
        const KeyFigure& received = get(all_received, "applications_received");
        EXPECT_EQ(received.source, KeyFigureSourceKind::Table) << name;
        EXPECT_TRUE(received.quote.empty()) << name;
    }
}

TEST(TableSources, AWrongOffsetIsAnErrorAndAPointerToNoCellAWarning) {
    Report r = imported("qinghe-2021.txt");
    std::string saved = save_report_json(r);
    // Shift one source by a code point: the quote no longer matches the text there.
    const Quote q = r.tables->sources.at("/tables/applications/new/total");
    Report shifted = r;
    shifted.tables->sources["/tables/applications/new/total"].start = *q.start + 1;
    shifted.tables->sources["/tables/applications/new/total"].end = *q.end + 1;
    for (bool fast_path : {false, true}) {
        LoadLimits limits;
        limits.fast_path = fast_path;
        const LoadResult bad = load_json(save_report_json(shifted), "shifted.json", limits);
        EXPECT_FALSE(bad.ok());
        bool located = false;
        for (const auto& d : bad.diagnostics)
            located = located || d.to_string().find("/tables/sources/~1tables~1applications~1new~1total") != std::string::npos;
        EXPECT_TRUE(located) << (bad.diagnostics.empty() ? "" : bad.diagnostics.front().to_string());
    }
    Report stray = r;
    stray.tables->sources["/tables/applications/nonsense/total"] = q;
    const LoadResult warned = load_json(save_report_json(stray), "stray.json");
    EXPECT_TRUE(warned.ok());
    ASSERT_EQ(warned.reports.size(), 1u);
    EXPECT_EQ(warned.reports[0].tables->sources.count("/tables/applications/nonsense/total"), 0u);
    EXPECT_FALSE(warned.diagnostics.empty());
}

// ---- audit ------------------------------------------------------------------------------------

std::vector<Finding> findings_of(const std::vector<Finding>& all, const std::string& rule) {
    std::vector<Finding> out;
    for (const auto& f : all)
        if (f.rule == rule) out.push_back(f);
    return out;
}

TEST(AuditProseVsTable, APoseSentenceRestatingACellMustMatchIt) {
    const Report r = imported("qinghe-2021.txt");
    const auto found = findings_of(audit({r}), "prose-vs-table");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location, "/tables/applications/new/total");
    EXPECT_EQ(found[0].stated, 62);
    EXPECT_EQ(found[0].expected, 60);
    ASSERT_EQ(found[0].figure_ids.size(), 1u);
    ASSERT_EQ(found[0].quotes.size(), 2u);  // the prose, then the cell
    EXPECT_NE(found[0].quotes[0].find("62"), std::string::npos);
    EXPECT_EQ(found[0].quotes[1], "60");
}

TEST(AuditProseVsTable, ConsistentReportsGiveNoFinding) {
    for (const char* name : {"qinghe-2020.txt", "songlin-2021.html"}) {
        const auto all = audit({imported(name)});
        EXPECT_TRUE(all.empty()) << name << ": " << (all.empty() ? "" : all.front().message);
    }
}

TEST(AuditTemplateEra, TheDeliberateBreaksOfQinghe2021AreAllFound) {
    const std::vector<Report> both = {imported("qinghe-2020.txt"), imported("qinghe-2021.txt")};
    const auto all = audit(both);
    const auto identities = findings_of(all, "table-identity");
    ASSERT_EQ(identities.size(), 2u);
    EXPECT_EQ(identities[0].location, "/tables/applications/granted/total");
    EXPECT_EQ(identities[1].location, "/tables/applications/total/total");
    const auto continuity = findings_of(all, "year-continuity");
    ASSERT_EQ(continuity.size(), 2u);
    EXPECT_EQ(continuity[0].location, "/tables/applications/carried_over/natural_person");
    EXPECT_EQ(continuity[0].stated, 4);
    EXPECT_EQ(continuity[0].expected, 3);
    EXPECT_EQ(continuity[1].location, "/tables/applications/carried_over/total");
    // Located on the cells' digits too.
    ASSERT_EQ(identities[0].quotes.size(), 1u);
    EXPECT_EQ(identities[0].quotes[0], "25");
    ASSERT_EQ(continuity[1].quotes.size(), 1u);
    EXPECT_EQ(continuity[1].quotes[0], "5");
    EXPECT_EQ(findings_of(all, "prose-vs-table").size(), 1u);
    // A different body's report of the same year is never its continuation.
    EXPECT_TRUE(findings_of(audit({imported("qinghe-2020.txt"), imported("songlin-2021.html")}), "year-continuity").empty());
}

TEST(AuditProseVsTable, AZeroInWordsAgainstANonZeroCellIsFound) {
    Report r = imported("songlin-2021.html");
    r.text += "\n全年未发生行政复议。";
    const auto found = findings_of(audit({r}), "prose-vs-table");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location, "/tables/review/total");
    EXPECT_EQ(found[0].stated, 0);
    EXPECT_EQ(found[0].expected, 2);
}

}  // namespace
}  // namespace gongkai
