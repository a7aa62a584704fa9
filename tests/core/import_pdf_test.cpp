// import_pdf_test.cpp — PDF import: the extraction JSON of web/pdf-extract.mjs (pdf.js) through the
// core (import_pdf.hpp), and `gongkai import report.pdf` end to end.
//
// The inputs are fictional (tests/data/pdf/README.md): the template-era texts of 青禾县 printed to PDF
// by headless Chromium, a hand-written PDF whose Chinese font is STSong-Light with UniGB-UCS2-H and no
// ToUnicode, and a page whose tables are pictures. The expected figures and table cells of the two
// printed reports are those of importing their text directly: every cell is compared and counted.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "cli_run.hpp"
#include "core/import.hpp"
#include "core/import_pdf.hpp"
#include "core/save.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

ImportResult import_pdf_fixture(const std::string& name) {
    ImportOptions options;
    options.file_name = name + ".pdf";
    return import_pdf_extraction(test::read_file(test::source_path("tests/data/pdf/" + name + ".extraction.json")), options);
}

bool has_code(const ImportResult& r, const std::string& code) {
    return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) { return d.what.code == code; });
}

// Leaf values of the report's tables by JSON pointer, the cells' sources left out.
std::map<std::string, nlohmann::json> table_cells(const Report& report) {
    std::map<std::string, nlohmann::json> out;
    nlohmann::json tables = nlohmann::json::parse(save_report_json(report))["tables"];
    tables.erase("sources");
    const nlohmann::json flat = tables.flatten();  // kept: items() refers into it
    for (const auto& [pointer, value] : flat.items()) out[pointer] = value;
    return out;
}

struct CellScore {
    int right = 0, wrong = 0, missing = 0, extra = 0;
};

CellScore compare_cells(const Report& got, const Report& expected) {
    CellScore s;
    const auto g = table_cells(got), e = table_cells(expected);
    for (const auto& [pointer, value] : e) {
        const auto it = g.find(pointer);
        if (it == g.end()) ++s.missing;
        else if (it->second == value) ++s.right;
        else {
            ++s.wrong;
            ADD_FAILURE() << "cell " << pointer << ": PDF " << it->second << ", text " << value;
        }
    }
    for (const auto& [pointer, value] : g) s.extra += e.count(pointer) ? 0 : 1;
    return s;
}

using FigureKey = std::tuple<std::string, std::string, std::string, double, std::string>;
std::vector<FigureKey> figure_keys(const Report& r) {
    std::vector<FigureKey> out;
    for (const auto& f : r.figures) out.emplace_back(f.area, f.topic, f.category, f.value, f.unit);
    std::sort(out.begin(), out.end());
    return out;
}
// How many figures the two reports share (as a multiset).
std::size_t shared_figures(const Report& a, const Report& b) {
    const auto ka = figure_keys(a), kb = figure_keys(b);
    std::vector<FigureKey> both;
    std::set_intersection(ka.begin(), ka.end(), kb.begin(), kb.end(), std::back_inserter(both));
    return both.size();
}

class PrintedReport : public ::testing::TestWithParam<const char*> {};

TEST_P(PrintedReport, TablesAndFiguresMatchTheTextItWasPrintedFrom) {
    const std::string name = GetParam();
    const ImportResult pdf = import_pdf_fixture(name);
    ASSERT_TRUE(pdf.report) << name;
    EXPECT_EQ(pdf.detected_encoding, "PDF");
    EXPECT_TRUE(has_code(pdf, "import.pdf.read"));
    const ImportResult text = import_text(test::read_file(test::source_path("tests/data/template-era/" + name + ".txt")));
    ASSERT_TRUE(text.report && text.report->tables);
    ASSERT_TRUE(pdf.report->tables) << name << ": no template tables read from the PDF";
    EXPECT_EQ(pdf.report->meta.template_version, text.report->meta.template_version);

    const CellScore cells = compare_cells(*pdf.report, *text.report);
    std::printf("[ PDF      ] %s: table cells right %d, wrong %d, missing %d, extra %d\n", name.c_str(), cells.right,
                cells.wrong, cells.missing, cells.extra);
    EXPECT_EQ(cells.wrong, 0);
    EXPECT_EQ(cells.missing, 0);
    EXPECT_EQ(cells.extra, 0);
    EXPECT_GT(cells.right, 100);

    const std::size_t shared = shared_figures(*pdf.report, *text.report);
    std::printf("[ PDF      ] %s: figures %zu from PDF, %zu from text, %zu the same (precision %.3f, recall %.3f)\n",
                name.c_str(), pdf.report->figures.size(), text.report->figures.size(), shared,
                pdf.report->figures.empty() ? 0.0 : double(shared) / double(pdf.report->figures.size()),
                text.report->figures.empty() ? 0.0 : double(shared) / double(text.report->figures.size()));
    EXPECT_EQ(shared, pdf.report->figures.size());
    EXPECT_EQ(shared, text.report->figures.size());
}

INSTANTIATE_TEST_SUITE_P(Qinghe, PrintedReport, ::testing::Values("qinghe-2020", "qinghe-2021"));

TEST(ImportPdf, FontWithoutToUnicodeIsReadThroughTheChineseCMaps) {
    // STSong-Light, UniGB-UCS2-H, no ToUnicode: pdf.js maps the codes through the shipped CMaps.
    const ImportResult r = import_pdf_fixture("qinghe-2022-cmap");
    ASSERT_TRUE(r.report);
    EXPECT_EQ(r.report->meta.year, 2022);
    std::vector<double> values;
    for (const auto& f : r.report->figures) values.push_back(f.value);
    std::sort(values.begin(), values.end());
    // 318 published (126 work news, 54 notices), 9 requests (6 granted, 2 in part, 1 unable), and
    // the zeros said in words (no review, no lawsuit, no fees).
    for (double v : {318.0, 126.0, 54.0, 9.0, 6.0, 2.0, 1.0})
        EXPECT_TRUE(std::count(values.begin(), values.end(), v) >= 1) << v;
    EXPECT_NE(r.report->text.find("青禾县住房和城乡建设局"), std::string::npos);
}

TEST(ImportPdf, TablesThatArePicturesAreSaidSoAndTheProseIsKept) {
    const ImportResult r = import_pdf_fixture("qinghe-2022-image-tables");
    ASSERT_TRUE(r.report) << "a report whose tables are pictures is not refused";
    EXPECT_TRUE(!r.report->tables || r.report->tables->sources.empty()) << "no cell read";
    EXPECT_TRUE(has_code(r, "import.tables_are_pictures"));
    std::vector<double> values;
    for (const auto& f : r.report->figures) values.push_back(f.value);
    for (double v : {1876.0, 96.0, 58.0})
        EXPECT_NE(std::find(values.begin(), values.end(), v), values.end()) << v;
}

TEST(ImportPdf, RefusalsAreLocatedMessagesWithTheirNumbers) {
    ImportOptions options;
    options.file_name = "huge.pdf";
    const ImportResult pages = import_pdf_extraction(
        R"({"gongkai_pdf":1,"error":"too_many_pages","args":{"pages":10000,"limit":500}})", options);
    EXPECT_FALSE(pages.report);
    ASSERT_EQ(pages.diagnostics.size(), 1u);
    EXPECT_EQ(pages.diagnostics[0].what.code, "import.pdf.too_many_pages");
    EXPECT_EQ(pages.diagnostics[0].file, "huge.pdf");
    EXPECT_NE(pages.diagnostics[0].to_string(Language::Chinese).find("10000页"), std::string::npos)
        << pages.diagnostics[0].to_string(Language::Chinese);
    EXPECT_NE(pages.diagnostics[0].to_string(Language::English).find("10000 pages"), std::string::npos);

    const ImportResult scan = import_pdf_extraction(R"({"gongkai_pdf":1,"pages":3,"text":"\n\f\n\n\f\n","page_images":[1,1,1]})", options);
    EXPECT_FALSE(scan.report);
    EXPECT_TRUE(has_code(scan, "import.pdf.only_images"));
    for (const char* bad : {"", "{", "[1,2]", R"({"gongkai_pdf":1,"error":42})"}) {
        const ImportResult r = import_pdf_extraction(bad, options);
        EXPECT_FALSE(r.report) << bad;
        ASSERT_FALSE(r.diagnostics.empty()) << bad;
        EXPECT_EQ(r.diagnostics[0].what.code, "import.pdf.unreadable") << bad;
    }
}

TEST(ImportPdf, PositionIsPageAndLineFromTheFormFeeds) {
    const std::string text = "标题\n第二行\n\f\n甲\n乙丙";
    EXPECT_EQ(pdf_position(text, 0).page, 1);
    EXPECT_EQ(pdf_position(text, 0).line, 1);
    EXPECT_EQ(pdf_position(text, 3).line, 2);   // 第二行
    const PdfPosition yi = pdf_position(text, 11);   // 乙
    EXPECT_EQ(yi.page, 2);
    EXPECT_EQ(yi.line, 2);
}

TEST(ImportPdf, QuotesOfAPrintedReportPointToTheirPage) {
    const ImportResult r = import_pdf_fixture("qinghe-2021");
    ASSERT_TRUE(r.report && r.report->tables);
    // The tables end on page 2 of the three (行政复议 and 行政诉讼; page 3 is prose); the prose total
    // is on page 1.
    int last_page = 0, first_page = 99;
    for (const auto& [pointer, quote] : r.report->tables->sources)
        if (quote.start) last_page = std::max(last_page, pdf_position(r.report->text, static_cast<std::size_t>(*quote.start)).page);
    for (const auto& f : r.report->figures)
        if (f.quote && f.quote->start) first_page = std::min(first_page, pdf_position(r.report->text, static_cast<std::size_t>(*f.quote->start)).page);
    EXPECT_EQ(last_page, 2);
    const Quote* review_total = r.report->tables->source_of("/tables/review/total");
    ASSERT_TRUE(review_total && review_total->start);
    EXPECT_EQ(pdf_position(r.report->text, static_cast<std::size_t>(*review_total->start)).page, 2);
    EXPECT_EQ(first_page, 1);
}

TEST(ImportPdfCli, ImportsAPdfThroughTheSameExtraction) {
    const std::string pdf = test::source_path("tests/data/pdf/qinghe-2021.pdf").string();
    const test::CliRun run = test::run_cli({"import", pdf}, std::chrono::seconds(120));
    ASSERT_TRUE(run.exited()) << run.err;
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["meta"]["template"], "2021");
    // The same cells as the extraction JSON committed beside it (the page's output).
    const ImportResult fixture = import_pdf_fixture("qinghe-2021");
    ASSERT_TRUE(fixture.report);
    auto expected = nlohmann::json::parse(save_report_json(*fixture.report))["tables"];
    auto got = json["tables"];
    expected.erase("sources");
    got.erase("sources");
    EXPECT_EQ(got, expected);
}

TEST(ImportPdfCli, ANonPdfNamedPdfIsAClearErrorAndOtherFilesStillImport) {
    const std::string fake = (std::filesystem::temp_directory_path() / "gongkai-not-a.pdf").string();
    { std::ofstream(fake) << "this is no PDF"; }
    const std::string txt = test::source_path("tests/data/template-era/qinghe-2021.txt").string();
    const test::CliRun run = test::run_cli({"import", fake, txt}, std::chrono::seconds(120));
    std::filesystem::remove(fake);
    ASSERT_TRUE(run.exited()) << run.err;
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find(fake), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("not a readable PDF"), std::string::npos) << run.err;
    EXPECT_EQ(nlohmann::json::parse(run.out)["reports"][0]["meta"]["template"], "2021");
}

}  // namespace
}  // namespace gongkai
