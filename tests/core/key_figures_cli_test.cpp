// key_figures_cli_test.cpp — `gongkai key-figures` (docs/cli.md): the JSON contract, the table
// and CSV forms, exit codes. Inputs: the bundled Fuxin 2017 report and the fictional
// template-era reports of tests/data/template-era/ (imported to JSON).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_run.hpp"
#include "core/audit.hpp"
#include "core/export.hpp"
#include "core/key_figures.hpp"
#include "core/load.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

using test::run_cli;
using test::read_file;
using test::source_path;

std::string era(const char* name) { return source_path(std::string("tests/data/template-era/") + name).string(); }
std::string fuxin() { return source_path("assets/reports/fuxin-2017.json").string(); }

TEST(KeyFiguresCli, JsonHasExactlyTheContractedShape) {
    const auto run = run_cli({"key-figures", "--format", "json", fuxin(), era("qinghe-2021.json"),
                              era("qinghe-2018-narrative.json")});
    ASSERT_TRUE(run.exited()) << run.err;
    EXPECT_EQ(run.exit_code, 0) << run.err;
    const auto j = nlohmann::json::parse(run.out);
    ASSERT_EQ(j.size(), 1u);
    ASSERT_EQ(j["reports"].size(), 3u);
    for (const auto& r : j["reports"]) {
        for (const char* key : {"id", "title", "region", "year", "key_figures"}) EXPECT_TRUE(r.contains(key)) << key;
        for (const char* name : {"proactive_total", "applications_received", "applications_carried_over", "granted",
                                 "partially_granted", "refused", "unable_to_provide", "not_processed",
                                 "other_handling", "handled_total", "carried_forward", "reviews_total",
                                 "lawsuits_total"}) {
            ASSERT_TRUE(r["key_figures"].contains(name)) << name;
            const auto& k = r["key_figures"][name];
            for (const char* key : {"value", "status", "source", "quote"}) EXPECT_TRUE(k.contains(key)) << name << key;
            if (k["status"] == "absent") EXPECT_TRUE(k["value"].is_null()) << name;
        }
    }
    const auto& f = j["reports"][0];
    EXPECT_EQ(f["id"], "fuxin-2017");
    EXPECT_EQ(f["year"], 2017);
    EXPECT_EQ(f["region"], "阜新市");
    EXPECT_EQ(f["key_figures"]["proactive_total"]["value"], 9538);
    EXPECT_EQ(f["key_figures"]["proactive_total"]["status"], "stated");
    EXPECT_EQ(f["key_figures"]["proactive_total"]["source"], "prose");
    EXPECT_EQ(f["key_figures"]["proactive_total"]["quote"], "主动公开各类政府信息9538条");
    EXPECT_EQ(f["key_figures"]["applications_received"]["value"], 26);
    EXPECT_EQ(f["key_figures"]["applications_received"]["status"], "stated");

    const auto& q = j["reports"][1]["key_figures"];
    EXPECT_EQ(q["applications_received"]["value"], 60);
    EXPECT_EQ(q["applications_received"]["source"], "table");
    EXPECT_EQ(q["applications_received"]["location"], "/tables/applications/new/total");
    EXPECT_EQ(q["applications_received"]["quote"], "60");
    EXPECT_EQ(q["applications_received"]["prose_value"], 62);
    EXPECT_EQ(q["refused"]["status"], "derived");
    EXPECT_EQ(q["lawsuits_total"]["value"], 3);

    const auto& n = j["reports"][2]["key_figures"];
    EXPECT_EQ(n["applications_received"]["value"], 0);
    EXPECT_EQ(n["applications_received"]["status"], "stated_in_words");
    EXPECT_EQ(n["handled_total"]["status"], "absent");
    EXPECT_TRUE(n["handled_total"]["quote"].is_null());
}

TEST(KeyFiguresCli, TableIsReadableWithChineseLabels) {
    const auto run = run_cli({"key-figures", "--lang", "zh", era("qinghe-2018-narrative.json")});
    ASSERT_TRUE(run.exited());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("青禾县人民政府2018年政府信息公开工作年度报告"), std::string::npos);
    EXPECT_NE(run.out.find("关键指标"), std::string::npos);
    EXPECT_NE(run.out.find("本年新收申请"), std::string::npos);
    // Statuses in words, not the machine names json and csv keep.
    EXPECT_NE(run.out.find("文字说明"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("未说明"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("stated_in_words"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("absent"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("“本年度未收到政府信息公开申请”"), std::string::npos);
}

TEST(KeyFiguresCli, TableInEnglishWithLang) {
    const auto run = run_cli({"key-figures", "--lang", "en", era("qinghe-2018-narrative.json"), fuxin()});
    ASSERT_TRUE(run.exited());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("Key figure"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Applications received (applications_received)"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("stated in words"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("not stated"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("stated_in_words"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("本年新收申请"), std::string::npos) << run.out;
    // Fuxin 2017: 主动公开 9538 条 and 依申请 26 件, both stated.
    EXPECT_NE(run.out.find("9538 条"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("26 件"), std::string::npos) << run.out;
    // A bad --lang is a usage error; csv and json keep machine values whatever the language.
    EXPECT_EQ(run_cli({"key-figures", "--lang", "fr", fuxin()}).exit_code, 2);
    const auto csv = run_cli({"key-figures", "--lang", "zh", "--format", "csv", era("qinghe-2018-narrative.json")});
    EXPECT_NE(csv.out.find(",stated_in_words,"), std::string::npos) << csv.out;
    const auto json = nlohmann::json::parse(run_cli({"key-figures", "--lang", "en", "--format", "json", fuxin()}).out);
    EXPECT_EQ(json["reports"][0]["key_figures"]["proactive_total"]["status"], "stated");
    EXPECT_EQ(json["reports"][0]["key_figures"]["proactive_total"]["value"], 9538);
}

TEST(KeyFiguresCli, CsvHasAHeaderAndOneRowPerReportAndName) {
    const auto run = run_cli({"key-figures", "--format", "csv", era("qinghe-2020.json"), era("songlin-2021.json")});
    ASSERT_TRUE(run.exited());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out.rfind("\xEF\xBB\xBFreport,title,region,year,key_figure,label,value,unit,status,source", 0), 0u);
    std::size_t lines = 0;
    for (char c : run.out) lines += c == '\n';
    EXPECT_EQ(lines, 1 + 2 * std::size(kKeyFigureNames));
    EXPECT_NE(run.out.find("qinghe-2020,"), std::string::npos);
    EXPECT_NE(run.out.find(",applications_received,本年新收申请,38,件,stated,table,/tables/applications/new/total,"),
              std::string::npos);
}

TEST(KeyFiguresCli, ExitCodes) {
    const auto usage = run_cli({"key-figures", "--format", "xml", fuxin()});
    EXPECT_EQ(usage.exit_code, 2);
    EXPECT_NE(usage.err.find("--format must be"), std::string::npos);
    const auto help = run_cli({"help", "key-figures"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("usage: gongkai key-figures"), std::string::npos);
    // A bad file beside a good one: the good one is printed, the exit status says 1.
    const auto bad = run_cli({"key-figures", "--format", "json", fuxin(),
                              source_path("tests/data/bad/truncated.json").string()});
    EXPECT_EQ(bad.exit_code, 1);
    const auto j = nlohmann::json::parse(bad.out);
    EXPECT_EQ(j["reports"].size(), 1u);
}

TEST(TableCellsCli, StatsGroupsCellsByYearRowAndColumn) {
    const auto run = run_cli({"stats", "--cells", "--by", "year,row,column", "--format", "json",
                              era("qinghe-2020.json"), era("qinghe-2021.json")});
    ASSERT_TRUE(run.exited());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    const auto j = nlohmann::json::parse(run.out);
    EXPECT_EQ(j["by"], nlohmann::json({"year", "row", "column"}));
    int seen = 0;
    for (const auto& g : j["groups"]) {
        if (g["row"] != "new" || g["column"] != "total") continue;
        ++seen;
        EXPECT_EQ(g["unit"], "件");
        EXPECT_EQ(g["cells"], 1);
        EXPECT_EQ(g["total"], g["year"] == "2020" ? 38 : 60);
    }
    EXPECT_EQ(seen, 2);
    // Amounts in 万元 are never added to counts.
    const auto by_table = run_cli({"stats", "--cells", "--by", "table", "--format", "csv", era("qinghe-2021.json")});
    EXPECT_NE(by_table.out.find("proactive,万元,120.75,1"), std::string::npos) << by_table.out;
    const auto bad = run_cli({"stats", "--cells", "--by", "colour", era("qinghe-2021.json")});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("unknown cell field"), std::string::npos);
}

TEST(TableCellsCli, ExportsCellsAndKeyFiguresInLongFormat) {
    const auto csv = run_cli({"export", "--format", "csv", "--view", "cells", era("qinghe-2021.json")});
    EXPECT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_EQ(csv.out.rfind("\xEF\xBB\xBFreport_id,region,year,template,table,clause,row,column,row_label,column_label,"
                            "value,unit,location,quote,quote_start,quote_end\r\n", 0),
              0u);
    EXPECT_NE(csv.out.find(",applications,,new,total,"), std::string::npos);
    EXPECT_NE(csv.out.find(",60,件,/tables/applications/new/total,60,"), std::string::npos);
    const auto json = run_cli({"export", "--format", "json", "--view", "cells", era("songlin-2021.json")});
    EXPECT_EQ(json.exit_code, 0) << json.err;
    const auto cells = nlohmann::json::parse(json.out)["cells"];
    ASSERT_FALSE(cells.empty());
    for (const auto& c : cells) {
        EXPECT_TRUE(c.contains("quote")) << c.dump();  // every imported cell has its digits
        EXPECT_FALSE(c["row_label"].get<std::string>().empty()) << c.dump();
    }
    const auto kf = run_cli({"export", "--format", "json", "--view", "key-figures", era("songlin-2021.json")});
    const auto same = run_cli({"key-figures", "--format", "json", era("songlin-2021.json")});
    EXPECT_EQ(kf.out, same.out);
    EXPECT_EQ(run_cli({"export", "--format", "md", "--view", "cells", era("songlin-2021.json")}).exit_code, 2);
    EXPECT_EQ(run_cli({"export", "--format", "csv", "--view", "rows", era("songlin-2021.json")}).exit_code, 2);

    const auto md = run_cli({"export", "--format", "md", era("qinghe-2021.json")});
    EXPECT_EQ(md.exit_code, 0) << md.err;
    EXPECT_NE(md.out.find("## Key figures\n"), std::string::npos);
    EXPECT_NE(md.out.find("| Applications received (applications\\_received) | 60 件 | stated | /tables/applications/new/total “60”; the text says 62 |"),
              std::string::npos)
        << md.out;
    EXPECT_NE(md.out.find("## Template table cells"), std::string::npos);
}

TEST(TableCellsCli, SummaryNamesKeyFiguresAndCellsInChinese) {
    const LoadResult loaded = load_json(read_file(era("qinghe-2021.json")), "qinghe-2021.json");
    ASSERT_EQ(loaded.reports.size(), 1u);
    const std::string md = summary_markdown(loaded.reports[0], audit(loaded.reports), Language::Chinese);
    EXPECT_NE(md.find("## 关键指标"), std::string::npos) << md;
    EXPECT_NE(md.find("| 本年新收申请 | 60 件 | 报告所述 |"), std::string::npos) << md;
    EXPECT_NE(md.find("## 模板统计表数据"), std::string::npos) << md;
    EXPECT_NE(md.find("三（七）总计"), std::string::npos) << md;
}

}  // namespace
}  // namespace gongkai
