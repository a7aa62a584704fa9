// cli_test.cpp — runs the real `gongkai` binary on the fixtures in tests/data/cli/ and checks
// its output and exit codes (0 ok, 1 findings/invalid input, 2 usage error; docs/cli.md).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;

struct CliRun {
    int exit = -1;
    std::string out;
    std::string err;
};

std::string data(const std::string& name) { return std::string(GONGKAI_SOURCE_DIR) + "/tests/data/cli/" + name; }

using gongkai::test::read_file;

// Runs `gongkai <args>` through the shell; `args` is shell text (the fixture paths need no quoting).
CliRun gongkai(const std::string& args) {
    char err_name[] = "/tmp/gongkai-cli-test-XXXXXX";
    const int fd = mkstemp(err_name);
    if (fd >= 0) close(fd);
    const std::string command = std::string("'") + GONGKAI_CLI_PATH + "' " + args + " 2>'" + err_name + "'";
    CliRun run;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return run;
    char buffer[4096];
    std::size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
    const int status = pclose(pipe);
    run.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = read_file(err_name);
    std::remove(err_name);
    return run;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// ---- the tool itself ----------------------------------------------------------------

TEST(Cli, VersionAndHelp) {
    CliRun r = gongkai("--version");
    EXPECT_EQ(r.exit, 0);
    EXPECT_EQ(r.out, std::string("gongkai ") + GONGKAI_VERSION + "\n");
    r = gongkai("--help");
    EXPECT_EQ(r.exit, 0);
    for (const char* command : {"validate", "stats", "audit", "export", "import"}) EXPECT_TRUE(contains(r.out, command)) << command;
    r = gongkai("audit --help");
    EXPECT_EQ(r.exit, 0);
    EXPECT_TRUE(contains(r.out, "--fail-on"));
    r = gongkai("help stats");
    EXPECT_EQ(r.exit, 0);
    EXPECT_TRUE(contains(r.out, "--by"));
}

TEST(Cli, UsageErrorsExitWith2) {
    CliRun r = gongkai("");
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(contains(r.err, "usage: gongkai"));
    r = gongkai("frobnicate");
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(contains(r.err, "unknown command \"frobnicate\""));
    r = gongkai("stats --by colour " + data("consistent.json"));
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(contains(r.err, "unknown field \"colour\"")) << r.err;
    r = gongkai("stats --format xml " + data("consistent.json"));
    EXPECT_EQ(r.exit, 2);
    r = gongkai("audit --bogus " + data("consistent.json"));
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(contains(r.err, "unknown option --bogus"));
    r = gongkai("export " + data("consistent.json"));
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(contains(r.err, "--format is required"));
    r = gongkai("stats --by");
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(contains(r.err, "option --by needs a value"));
    r = gongkai("stats --where colour=red " + data("consistent.json"));
    EXPECT_EQ(r.exit, 2);
}

TEST(Cli, ImportIsDispatched) {
    const CliRun r = gongkai("import --help");
    EXPECT_FALSE(contains(r.err, "unknown command")) << r.err;
}

// ---- validate -------------------------------------------------------------------------

TEST(Cli, ValidateGoodAndBadFiles) {
    CliRun r = gongkai("validate " + data("consistent.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(r.out, data("consistent.json") + ": ok, 1 report, 10 figures\n");
    r = gongkai("validate " + data("consistent.json") + " " + data("broken.json"));
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(contains(r.out, data("broken.json") + ": invalid, 0 reports, 0 figures, 1 error"));
    // The error is located: file:line:column.
    EXPECT_TRUE(contains(r.err, data("broken.json") + ":4:3: error: ")) << r.err;
    r = gongkai("validate " + data("no-such-file.json"));
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(contains(r.err, data("no-such-file.json") + ": error: cannot open file")) << r.err;
    r = gongkai("validate " + data(""));
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(contains(r.err, "is a directory")) << r.err;
}

TEST(Cli, ValidateReadsStandardInput) {
    CliRun r = gongkai("validate - < " + data("consistent.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(r.out, "-: ok, 1 report, 10 figures\n");
    r = gongkai("validate < " + data("broken.json"));  // no FILE: standard input
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(contains(r.err, "-:4:3: error: ")) << r.err;
}

// ---- stats ----------------------------------------------------------------------------

TEST(Cli, StatsTable) {
    const CliRun r = gongkai("stats --by area --measure published " + data("consistent.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    // Totals counted through their parts: 稳增长 = 4 + 159 + 23.
    EXPECT_EQ(r.out,
              "area    unit  total  figures\n"
              "------  ----  -----  -------\n"
              "惠民生  条      204        1\n"
              "稳增长  条      186        3\n");
}

TEST(Cli, StatsTwoFieldsAsJson) {
    const CliRun r = gongkai("stats --by area,department --format json " + data("consistent.json") + " " + data("mismatch.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["by"], nlohmann::json({"area", "department"}));
    EXPECT_EQ(j["reports"], 2);
    const auto& groups = j["groups"];
    ASSERT_GE(groups.size(), 3u);
    EXPECT_EQ(groups[0]["area"], "惠民生");  // sorted by total, largest first
    EXPECT_EQ(groups[0]["department"], "市环保局");
    EXPECT_EQ(groups[0]["total"], 204);
    int found = 0;
    for (const auto& g : groups) {
        if (g["area"] == "促改革" && g["department"] == "市财政局") {
            EXPECT_EQ(g["total"], 33);
            ++found;
        }
        if (g["area"] == "依申请公开") {
            EXPECT_EQ(g["department"], "");
            EXPECT_EQ(g["unit"], "件");
            EXPECT_EQ(g["total"], 52);  // 26 + 26, each through its first breakdown
            EXPECT_EQ(g["figures"], 4);
            ++found;
        }
    }
    EXPECT_EQ(found, 2) << r.out;
}

TEST(Cli, StatsCsvAndFilters) {
    CliRun r = gongkai("stats --by department --format csv --filter 统计 " + data("consistent.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(r.out, "\xEF\xBB\xBF" "department,unit,total,figures\r\n市统计局,条,159,1\r\n");
    r = gongkai("stats --by area --unit 件 --where category=当面申请 " + data("consistent.json"));
    EXPECT_EQ(r.exit, 0);
    EXPECT_TRUE(contains(r.out, "依申请公开  件        8        1")) << r.out;
}

TEST(Cli, StatsOnPartlyBadInputCountsTheGoodAndExits1) {
    const CliRun r = gongkai("stats --by area " + data("consistent.json") + " " + data("broken.json"));
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(contains(r.out, "稳增长"));
    EXPECT_TRUE(contains(r.err, "broken.json:4:3: error"));
}

// ---- audit ------------------------------------------------------------------------------

TEST(Cli, AuditConsistentReportIsClean) {
    const CliRun r = gongkai("audit " + data("consistent.json"));
    EXPECT_EQ(r.exit, 0) << r.out << r.err;
    EXPECT_EQ(r.out, "0 findings (0 errors, 0 warnings, 0 info) in 1 report\n");
}

TEST(Cli, AuditFindingsText) {
    CliRun r = gongkai("audit " + data("mismatch.json"));
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(contains(r.out, "mismatch-2017 /figures/0: warning: parts-sum: 财税体制改革信息: stated total 47 条, parts add up to 50 条\n"
                                "    “公开财税体制改革信息47条”\n"))
        << r.out;
    EXPECT_TRUE(contains(r.out, "info: share-mismatch: 同意公开: stated 53.84%, 14 of 26 件 is 53.846%: truncated, not rounded (53.85%)"));
    EXPECT_TRUE(contains(r.out, "2 findings (0 errors, 1 warning, 1 info) in 1 report"));
    r = gongkai("audit --fail-on never " + data("mismatch.json"));
    EXPECT_EQ(r.exit, 0);
    r = gongkai("audit --fail-on info " + data("consistent.json"));
    EXPECT_EQ(r.exit, 0);
}

TEST(Cli, AuditJsonAndYearContinuity) {
    const CliRun r = gongkai("audit --format json " + data("template-2022.json") + " " + data("template-2021.json"));
    EXPECT_EQ(r.exit, 1);
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["reports"], 2);
    EXPECT_EQ(j["summary"]["warning"], 3);
    const auto& f = j["findings"][0];
    EXPECT_EQ(f["rule"], "year-continuity");
    EXPECT_EQ(f["severity"], "warning");
    EXPECT_EQ(f["report_id"], "mouxian-2022");
    EXPECT_EQ(f["location"], "/tables/applications/carried_over/natural_person");
    EXPECT_EQ(f["stated"], 3);
    EXPECT_EQ(f["expected"], 2);
    EXPECT_EQ(j["findings"][2]["location"], "/tables/proactive/0/in_force");
    // Each year alone is consistent.
    EXPECT_EQ(gongkai("audit " + data("template-2021.json")).exit, 0);
    EXPECT_EQ(gongkai("audit " + data("template-2022.json")).exit, 0);
}

TEST(Cli, AuditFuxin2017) {
    const std::string path = std::string(GONGKAI_SOURCE_DIR) + "/assets/reports/fuxin-2017.json";
    if (!fs::exists(path)) GTEST_SKIP() << "missing " << path;
    const CliRun r = gongkai("audit " + path);
    EXPECT_EQ(r.exit, 1);  // one warning
    EXPECT_EQ(r.err, "");
    EXPECT_TRUE(contains(r.out, "warning: parts-sum: 财税体制改革信息: stated total 47 条, parts add up to 50 条")) << r.out;
    for (const char* share : {"stated 3.84%, 1 of 26 件 is 3.846%: truncated, not rounded (3.85%)",
                              "stated 53.84%, 14 of 26 件 is 53.846%: truncated, not rounded (53.85%)",
                              "stated 34.61%, 9 of 26 件 is 34.615%: truncated, not rounded (34.62%)"})
        EXPECT_TRUE(contains(r.out, share)) << share;
    EXPECT_TRUE(contains(r.out, "shares add up to 99.97%, not 100%"));
    EXPECT_TRUE(contains(r.out, "7 findings (0 errors, 1 warning, 6 info) in 1 report")) << r.out;
}

// ---- export -----------------------------------------------------------------------------

TEST(Cli, ExportCsvIsSafe) {
    const CliRun r = gongkai("export --format csv " + data("hostile.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(r.out.rfind("\xEF\xBB\xBF" "report_id,region,", 0), 0u);
    EXPECT_TRUE(contains(r.out, "\r\nhostile-2018,../某区:*?,2018,a,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\",,,'-2+3,5,条,"))
        << r.out;
    EXPECT_TRUE(contains(r.out, ",\"公开,其中\"\"5\"\"条\",")) << r.out;
}

TEST(Cli, ExportCsvByFieldAndFilters) {
    const CliRun r = gongkai("export --format csv --by area --measure published " + data("consistent.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(r.out, "\xEF\xBB\xBF" "area,unit,total,figures\r\n惠民生,条,204,1\r\n稳增长,条,186,3\r\n");
    EXPECT_EQ(gongkai("export --format json --by area " + data("consistent.json")).exit, 2);
}

TEST(Cli, ExportJsonIsNormalisedAndStable) {
    const fs::path dir = fs::temp_directory_path() / ("gongkai-cli-test-" + std::to_string(getpid()));
    fs::create_directories(dir);
    CliRun r = gongkai("export --format json -o " + (dir / "once.json").string() + " " + data("consistent.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(r.out, "");
    r = gongkai("export --format json -o " + (dir / "twice.json").string() + " " + (dir / "once.json").string());
    EXPECT_EQ(r.exit, 0) << r.err;
    const std::string once = read_file(dir / "once.json");
    EXPECT_FALSE(once.empty());
    EXPECT_EQ(once, read_file(dir / "twice.json"));
    EXPECT_EQ(nlohmann::json::parse(once)["id"], "consistent-2017");
    // Several reports: a collection.
    r = gongkai("export --format json " + data("consistent.json") + " " + data("mismatch.json"));
    EXPECT_EQ(nlohmann::json::parse(r.out)["format"], "gongkai.collection");
    // -o DIRECTORY: the file is named after the report.
    r = gongkai("export --format csv -o " + dir.string() + " " + data("hostile.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_TRUE(fs::exists(dir / "某区-2018-figures.csv"));
    fs::remove_all(dir);
}

TEST(Cli, ExportMarkdownSummary) {
    const CliRun r = gongkai("export --format md " + data("mismatch.json") + " " + data("hostile.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(r.out.rfind("# 某县2017年政府信息公开工作年度报告\n", 0), 0u) << r.out;
    EXPECT_TRUE(contains(r.out, "| warning | parts-sum | 财税体制改革信息: stated total 47 条, parts add up to 50 条 |"));
    EXPECT_TRUE(contains(r.out, "\n---\n\n# 标题 \\| \\<b\\>粗\\</b\\>\n")) << r.out;
}

TEST(Cli, ExportHtmlSummaryIsThePagesExport) {
    const CliRun r = gongkai("export --format html " + data("mismatch.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "<!DOCTYPE html>") || contains(r.out, "<!doctype html>")) << r.out.substr(0, 200);
    EXPECT_TRUE(contains(r.out, "某县2017年政府信息公开工作年度报告")) << r.out.substr(0, 400);
    EXPECT_TRUE(contains(r.out, "parts-sum")) << r.out;
    // One page, one report: several are refused, and say why.
    const CliRun two = gongkai("export --format html " + data("mismatch.json") + " " + data("hostile.json"));
    EXPECT_EQ(two.exit, 2);
    EXPECT_TRUE(contains(two.err, "one report")) << two.err;
}

TEST(Cli, ExportSvgDrawsTheBarsByArea) {
    const CliRun r = gongkai("export --format svg " + data("mismatch.json"));
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.out.find("<svg"), std::string::npos) << r.out.substr(0, 200);
    EXPECT_TRUE(contains(r.out, "</svg>"));
    const fs::path dir = fs::temp_directory_path() / ("gongkai-cli-svg-" + std::to_string(getpid()));
    fs::create_directories(dir);
    const CliRun named = gongkai("export --format svg --by topic -o " + dir.string() + " " + data("mismatch.json"));
    EXPECT_EQ(named.exit, 0) << named.err;
    EXPECT_TRUE(fs::exists(dir / "某县-2017-chart-bars-topic.svg"));
    fs::remove_all(dir);
}

TEST(Cli, ExportWritesNothingUsableOnUsageError) {
    const fs::path out = fs::temp_directory_path() / ("gongkai-cli-none-" + std::to_string(getpid()) + ".csv");
    const CliRun r = gongkai("export --format xls -o " + out.string() + " " + data("consistent.json"));
    EXPECT_EQ(r.exit, 2);
    EXPECT_FALSE(fs::exists(out));
}

}  // namespace
