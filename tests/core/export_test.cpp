// export_test.cpp — CSV cells and files, group CSV, the Markdown summary, download file names.
#include <gtest/gtest.h>

#include "core/audit.hpp"
#include "core/export.hpp"
#include "fixtures.hpp"

namespace gongkai {
namespace {

// The summaries' report with a part larger than its total, an unsure figure and a share.
Report sample_report() {
    Report r = test::summary_report();
    Figure& part = r.figures[1];
    part.department = "市政局";
    part.value = 50;
    part.quote = Quote{"市政局公开政府债务信息3条,\"其中\"", std::nullopt, std::nullopt};
    part.unsure = true;
    Figure share;
    share.id = "s";
    share.area = "依申请公开";
    share.value = 30.77;
    share.unit = "%";
    share.measure = "share";
    share.qualifier = "over";
    r.figures.push_back(share);
    return r;
}

// ---- csv_cell -----------------------------------------------------------------

TEST(CsvCell, PlainTextIsUnchanged) {
    EXPECT_EQ(csv_cell(""), "");
    EXPECT_EQ(csv_cell("市财政局"), "市财政局");
    EXPECT_EQ(csv_cell("a b"), "a b");
}

TEST(CsvCell, Rfc4180Quoting) {
    EXPECT_EQ(csv_cell("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_cell("line\nbreak"), "\"line\nbreak\"");
    EXPECT_EQ(csv_cell("cr\rhere"), "\"cr\rhere\"");
    EXPECT_EQ(csv_cell("公开,其中"), "\"公开,其中\"");
}

TEST(CsvCell, FormulaInjectionIsNeutralised) {
    EXPECT_EQ(csv_cell("=1+1"), "'=1+1");
    EXPECT_EQ(csv_cell("+SUM(A1)"), "'+SUM(A1)");
    EXPECT_EQ(csv_cell("-2+3"), "'-2+3");
    EXPECT_EQ(csv_cell("@cmd"), "'@cmd");
    EXPECT_EQ(csv_cell("\tx"), "'\tx");
    EXPECT_EQ(csv_cell("\rx"), "\"'\rx\"");
    EXPECT_EQ(csv_cell("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    // Text cells are text: even "-3" is prefixed. Numbers Gongkai writes never pass through here.
    EXPECT_EQ(csv_cell("-3"), "'-3");
    EXPECT_EQ(csv_cell("a=b"), "a=b");  // only the first character matters
}

// ---- figures_csv / groups_csv -------------------------------------------------------

std::vector<std::string> lines(const std::string& csv) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < csv.size()) {
        const auto end = csv.find("\r\n", start);
        out.push_back(csv.substr(start, end - start));
        if (end == std::string::npos) break;
        start = end + 2;
    }
    return out;
}

TEST(FiguresCsv, BomHeaderCrlfAndRows) {
    const std::string csv = figures_csv({sample_report()});
    ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
    EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
    const auto rows = lines(csv.substr(3));
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0],
              "report_id,region,year,figure_id,area,topic,department,category,value,unit,measure,parent,breakdown,"
              "share_of,qualifier,quote,quote_start,quote_end,unsure");
    EXPECT_EQ(rows[1], "fuxin-2017,阜新市,2017,reform-fiscal,促改革,财税体制改革,,财税体制改革信息,47,条,published,,,,,"
                       "公开财税体制改革信息47条,1820,1833,false");
    EXPECT_EQ(rows[2], "fuxin-2017,阜新市,2017,reform-fiscal-debt,促改革,财税体制改革,市政局,政府债务信息,50,条,published,"
                       "reform-fiscal,,,,\"市政局公开政府债务信息3条,\"\"其中\"\"\",,,true");
    EXPECT_EQ(rows[3], "fuxin-2017,阜新市,2017,s,依申请公开,,,,30.77,%,share,,,,over,,,,false");
    // Every row has the header's 19 columns (no stray line breaks anywhere).
    for (const auto& row : rows) {
        std::size_t commas = 0;
        bool quoted = false;
        for (char c : row) {
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted) ++commas;
        }
        EXPECT_EQ(commas, 18u) << row;
    }
}

TEST(FiguresCsv, FilterAndHostileText) {
    Report r = sample_report();
    r.figures[0].category = "=cmd|' /C calc'!A0";
    Filter only_published;
    only_published.measure = "published";
    const auto rows = lines(figures_csv({r}, only_published).substr(3));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_NE(rows[1].find(",'=cmd|' /C calc'!A0,"), std::string::npos) << rows[1];
    // Negative numbers we write ourselves stay numbers (values cannot be negative in counts, but money can).
    r.figures[0].value = -3.5;
    EXPECT_NE(figures_csv({r}).find(",-3.5,"), std::string::npos);
}

TEST(FiguresCsv, EmptyInputIsJustTheHeader) {
    const auto rows = lines(figures_csv({}).substr(3));
    ASSERT_EQ(rows.size(), 1u);
}

TEST(GroupsCsv, KeysUnitTotalFigures) {
    std::vector<Group> groups = {{{"稳增长", "市发改委"}, "条", 272, 6}, {{"+danger", ""}, "件", 2.5, 1}};
    const std::string csv = groups_csv(groups, {Field::Area, Field::Department});
    EXPECT_EQ(csv, "\xEF\xBB\xBF" "area,department,unit,total,figures\r\n"
                   "稳增长,市发改委,条,272,6\r\n"
                   "'+danger,,件,2.5,1\r\n");
}

// ---- summary_markdown ---------------------------------------------------------

TEST(SummaryMarkdown, TitleMetadataFiguresCountsAndFindings) {
    const Report r = sample_report();
    const auto findings = audit({r});
    const std::string md = summary_markdown(r, findings);
    EXPECT_EQ(md.rfind("# 阜新市2017年政府信息公开工作年度报告\n", 0), 0u) << md;
    EXPECT_NE(md.find("- Issuer: 阜新市人民政府\n"), std::string::npos);
    EXPECT_NE(md.find("- Region: 阜新市 (city, in 辽宁省)\n"), std::string::npos);
    EXPECT_NE(md.find("- Year: 2017\n"), std::string::npos);
    EXPECT_NE(md.find("## Top-level figures"), std::string::npos);
    EXPECT_NE(md.find("| 促改革 | 财税体制改革 | – | 财税体制改革信息 | 47 条 | 公开财税体制改革信息47条 |"), std::string::npos) << md;
    // Counts by area: the parts (50), not the stated total (47).
    EXPECT_NE(md.find("| 促改革 | 50 | 100.0% | 1 |"), std::string::npos) << md;
    EXPECT_NE(md.find("## Audit findings"), std::string::npos);
    EXPECT_NE(md.find("| warning | parts-sum | 财税体制改革信息: stated total 47 条, parts add up to 50 条 |"), std::string::npos)
        << md;
}

TEST(SummaryMarkdown, ReportTextIsEscaped) {
    Report r = sample_report();
    r.meta.title = "标题 | <script>alert(1)</script> *粗* [链接](http://x) `code` #1\n第二行";
    r.figures[0].category = "a|b";
    Finding f;
    f.report_id = r.id;
    f.rule = "parts-sum";
    f.message = "x | y";
    const std::string md = summary_markdown(r, {f});
    EXPECT_EQ(md.substr(0, md.find('\n')),
              "# 标题 \\| \\<script\\>alert(1)\\</script\\> \\*粗\\* \\[链接\\](http://x) \\`code\\` \\#1 第二行");
    EXPECT_EQ(md.find("<script>"), std::string::npos);
    EXPECT_NE(md.find("| a\\|b |"), std::string::npos);
    EXPECT_NE(md.find("| warning | parts-sum | x \\| y |"), std::string::npos);
}

TEST(SummaryMarkdown, NoFindingsAndOtherReportsFindingsLeftOut) {
    Report r = sample_report();
    r.figures.resize(1);
    Finding other;
    other.report_id = "another-report";
    other.message = "not about this one";
    const std::string md = summary_markdown(r, {other});
    EXPECT_NE(md.find("No findings."), std::string::npos);
    EXPECT_EQ(md.find("not about this one"), std::string::npos);
}

// ---- export_file_name ---------------------------------------------------------

TEST(ExportFileName, RegionYearViewExtension) {
    const Report r = sample_report();
    EXPECT_EQ(export_file_name(&r, "figures", "csv"), "阜新市-2017-figures.csv");
    EXPECT_EQ(export_file_name(nullptr, "by-area", "csv"), "gongkai-by-area.csv");
    Report no_region = r;
    no_region.meta.region.name.clear();
    no_region.meta.year.reset();
    EXPECT_EQ(export_file_name(&no_region, "summary", "md"), "fuxin-2017-summary.md");
}

TEST(ExportFileName, UnsafeCharactersAreRemoved) {
    Report r = sample_report();
    r.meta.region.name = "../阜新:市*?\"<>|\\/\x01\x7f";
    EXPECT_EQ(export_file_name(&r, "fig/ures", "c:sv"), "阜新市-2017-figures.csv");
    r.meta.region.name = "...hidden";
    EXPECT_EQ(export_file_name(&r, "x", "md"), "hidden-2017-x.md");
    r.meta.region.name = "two  words";
    EXPECT_EQ(export_file_name(&r, "x", "md"), "two_words-2017-x.md");
    r.meta.region.name = "NUL";
    r.meta.year.reset();
    EXPECT_EQ(export_file_name(&r, "", "txt"), "_NUL.txt");
    r.meta.region.name = "\x01/";
    r.id = "..";
    EXPECT_EQ(export_file_name(&r, "", ""), "gongkai");
}

TEST(ExportFileName, LongNamesAreCutOnACharacterBoundary) {
    Report r = sample_report();
    r.meta.region.name.clear();
    for (int i = 0; i < 200; ++i) r.meta.region.name += "阜";  // 600 bytes
    const std::string name = export_file_name(&r, "figures", "csv");
    EXPECT_LE(name.size(), 200u);
    EXPECT_EQ(name.substr(name.size() - 4), ".csv");
    // Only whole characters: the stem is a run of 3-byte 阜.
    const std::string stem = name.substr(0, name.size() - 4);
    EXPECT_EQ(stem.size() % 3, 0u);
    for (std::size_t i = 0; i < stem.size(); i += 3) EXPECT_EQ(stem.substr(i, 3), "阜");
}

}  // namespace
}  // namespace gongkai
