// score_cli_test.cpp — `gongkai score` (docs/cli.md): the JSON contract, the table and CSV forms,
// the language, exit codes. Inputs: the fictional 云岭县 family of tests/data/family.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_run.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

using test::run_cli;

std::string fam(const char* name) { return test::source_path(std::string("tests/data/family/") + name).string(); }

std::vector<std::string> family_args(std::vector<std::string> head) {
    for (const char* f : {"yunling-2018.json", "xikou-2018.json", "songping-2018.json", "shiqiao-2018.json",
                          "yunling-finance-2018.json"})
        head.push_back(fam(f));
    return head;
}

TEST(ScoreCli, JsonHasTheContractedShapeAndTheHandCalculatedScores) {
    const auto run = run_cli(family_args({"score", "--format", "json"}));
    ASSERT_TRUE(run.exited()) << run.err;
    EXPECT_EQ(run.exit_code, 0) << run.err;
    const auto j = nlohmann::json::parse(run.out);
    ASSERT_TRUE(j.contains("reports"));
    ASSERT_EQ(j["reports"].size(), 5u);
    for (const auto& r : j["reports"]) {
        for (const char* key : {"id", "score", "points"}) ASSERT_TRUE(r.contains(key)) << key;
        double earned = 0, max = 0;
        for (const auto& p : r["points"]) {
            for (const char* key : {"rule", "earned", "max", "evidence"}) ASSERT_TRUE(p.contains(key)) << key;
            EXPECT_TRUE(p["evidence"].is_array());
            if (p["applicable"] == true && p["flag"] == false) {
                earned += p["earned"].get<double>();
                max += p["max"].get<double>();
            }
        }
        // The score is the points, added up as a reader would.
        EXPECT_NEAR(r["score"].get<double>(), std::round(1000.0 * earned / max) / 10.0, 1e-9) << r["id"];
    }
    EXPECT_EQ(j["reports"][0]["id"], "yunling-2018");
    EXPECT_EQ(j["reports"][0]["score"], 95);
    EXPECT_EQ(j["reports"][2]["id"], "songping-2018");
    EXPECT_EQ(j["reports"][2]["score"], 62.5);
    EXPECT_EQ(j["reports"][3]["score"], 64.7);
    // Evidence of a figure names its pointer and words.
    bool found = false;
    for (const auto& p : j["reports"][0]["points"])
        if (p["rule"] == "specificity.figure.proactive_total") {
            EXPECT_EQ(p["evidence"][0]["location"], "/figures/0");
            EXPECT_EQ(p["evidence"][0]["quote"], "全县共主动公开政府信息1000条");
            found = true;
        }
    EXPECT_TRUE(found);
}

TEST(ScoreCli, TableHasEveryCardAndTheRankingInTheLanguageAsked) {
    const auto en = run_cli(family_args({"score", "--lang", "en"}));
    ASSERT_TRUE(en.exited());
    EXPECT_EQ(en.exit_code, 0) << en.err;
    EXPECT_NE(en.out.find("(yunling-2018): Score 95 of 100 (95 of 100 points)"), std::string::npos) << en.out;
    EXPECT_NE(en.out.find("(shiqiao-2018): Score 64.7 of 100 (55 of 85 points)"), std::string::npos) << en.out;
    EXPECT_NE(en.out.find("The publication date is not known: not judged"), std::string::npos);
    // The ranking: 95, 70, 64.7, 62.5, 55.
    const auto rank = en.out.find("rank");
    ASSERT_NE(rank, std::string::npos);
    const std::string ranking = en.out.substr(rank);
    EXPECT_LT(ranking.find("yunling-2018"), ranking.find("xikou-2018"));
    EXPECT_LT(ranking.find("xikou-2018"), ranking.find("shiqiao-2018"));
    EXPECT_LT(ranking.find("shiqiao-2018"), ranking.find("songping-2018"));
    EXPECT_LT(ranking.find("songping-2018"), ranking.find("yunling-finance-2018"));
    const auto zh = run_cli(family_args({"score", "--lang", "zh"}));
    EXPECT_NE(zh.out.find("得分95（满分100；100分中得95分）"), std::string::npos) << zh.out;
    EXPECT_NE(zh.out.find("第六项：其他需要报告的事项"), std::string::npos);
    EXPECT_NE(zh.out.find("名次"), std::string::npos);
}

TEST(ScoreCli, CsvHasOneRowPerPoint) {
    const auto run = run_cli({"score", "--format", "csv", fam("yunling-2018.json")});
    ASSERT_TRUE(run.exited());
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_EQ(run.out.rfind("\xEF\xBB\xBFreport,title,score,dimension,rule,earned,max,applicable,flag,message,evidence\r\n", 0),
              0u);
    std::size_t rows = 0;
    for (std::size_t at = run.out.find("\r\nyunling-2018,"); at != std::string::npos;
         at = run.out.find("\r\nyunling-2018,", at + 1))
        ++rows;
    EXPECT_EQ(rows, 15u);  // 6 sections, 2 consistency, 5 figures, timeliness, continuity
    EXPECT_NE(run.out.find(",completeness.item.6,0,5,true,false,"), std::string::npos);
}

TEST(ScoreCli, UsageErrorsAndBadInput) {
    EXPECT_EQ(run_cli({"score", "--format", "xml", fam("xikou-2018.json")}).exit_code, 2);
    EXPECT_EQ(run_cli({"score", "--lang", "fr", fam("xikou-2018.json")}).exit_code, 2);
    const auto bad = run_cli({"score", "--format", "json", fam("xikou-2018.json"),
                              test::source_path("tests/data/bad/truncated.json").string()});
    ASSERT_TRUE(bad.exited());
    EXPECT_EQ(bad.exit_code, 1);
    const auto j = nlohmann::json::parse(bad.out);
    EXPECT_EQ(j["reports"].size(), 1u) << "the good file is still scored";
    EXPECT_FALSE(bad.err.empty());
    const auto help = run_cli({"help", "score"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("usage: gongkai score"), std::string::npos);
}

TEST(AuditCli, FamilyFindingsNameEveryReportInvolved) {
    const auto run = run_cli(family_args({"audit", "--format", "json", "--fail-on", "never"}));
    ASSERT_TRUE(run.exited());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    const auto j = nlohmann::json::parse(run.out);
    std::size_t family = 0;
    for (const auto& f : j["findings"])
        if (f["rule"] == "family-coverage" || f["rule"] == "family-sum") {
            ++family;
            EXPECT_EQ(f["report_id"], "yunling-2018");
            EXPECT_EQ(f["related_reports"].size(), 4u);
        }
    EXPECT_EQ(family, 3u);
}

}  // namespace
}  // namespace gongkai
