// import_cli_test.cpp — `gongkai import`: JSON on standard output (or -o), one summary line per
// file, a collection for several files, exit 1 for a file that is not a report.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_run.hpp"
#include "core/load.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

TEST(ImportCli, OneFileGivesAValidReportAndASummaryLine) {
    const std::string fuxin = test::source_path("assets/reports/fuxin-2017.txt").string();
    const test::CliRun run = test::run_cli({"import", "--id", "fuxin-2017", fuxin});
    ASSERT_TRUE(run.exited()) << run.err;
    EXPECT_EQ(run.exit_code, 0) << run.err;
    const LoadResult back = load_json(run.out, "stdout");
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back.reports.size(), 1u);
    EXPECT_EQ(back.reports[0].id, "fuxin-2017");
    // 122 counts in digits and two zeros said in words (no review, no lawsuit).
    EXPECT_EQ(back.reports[0].figures.size(), 124u);
    EXPECT_NE(run.err.find(fuxin + ": 124 figures, "), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("audit finding"), std::string::npos) << run.err;
}

TEST(ImportCli, SeveralFilesGiveACollectionAndABadFileExitsOne) {
    const std::string gbk = test::source_path("tests/data/import/narrative-gbk-crlf.txt").string();
    const std::string page = test::source_path("tests/data/import/narrative-page.html").string();
    const std::string bad = test::source_path("tests/data/import/not-a-report.txt").string();
    const test::CliRun run = test::run_cli({"import", gbk, page, bad});
    ASSERT_TRUE(run.exited()) << run.err;
    EXPECT_EQ(run.exit_code, 1);
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["format"], "gongkai.collection");
    EXPECT_EQ(json["reports"].size(), 2u);
    EXPECT_NE(run.err.find("converted from GBK"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(bad + ": not imported"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("does not look like a government information disclosure report"), std::string::npos);
}

TEST(ImportCli, UsageErrorsExitTwo) {
    const test::CliRun run = test::run_cli({"import", "--id", "x", "a.txt", "b.txt"});
    ASSERT_TRUE(run.exited());
    EXPECT_EQ(run.exit_code, 2);
}

}  // namespace
}  // namespace gongkai
