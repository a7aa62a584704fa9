// message_test.cpp — messages as codes with arguments: the catalog is complete in both
// languages, every code the sources raise is in it, findings and diagnostics carry their
// codes and round-trip through JSON, and the CLI speaks the language asked for.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_run.hpp"
#include "core/audit.hpp"
#include "core/export.hpp"
#include "core/import.hpp"
#include "core/load.hpp"
#include "core/message.hpp"
#include "core/save.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> names;
    static const std::regex kName(R"(\{([a-z_]+)\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kName); it != std::sregex_iterator(); ++it)
        names.insert((*it)[1]);
    return names;
}

TEST(MessageCatalog, EveryCodeHasBothRenderingsWithTheSameArguments) {
    const auto codes = message_codes();
    ASSERT_GT(codes.size(), 100u);
    std::set<std::string_view> seen;
    for (std::string_view code : codes) {
        EXPECT_TRUE(seen.insert(code).second) << "listed twice: " << code;
        const char* en = message_template(code, Language::English);
        const char* zh = message_template(code, Language::Chinese);
        ASSERT_NE(en, nullptr) << code;
        ASSERT_NE(zh, nullptr) << code;
        EXPECT_STRNE(en, "") << code << " has no English";
        EXPECT_STRNE(zh, "") << code << " has no Chinese";
        // Templates whose English is the argument itself (nlohmann's own words, the raw
        // text of a person's note) may word the Chinese without it.
        const std::string en_text(en);
        if (en_text == "{text}" || en_text == "{en}") continue;
        EXPECT_EQ(placeholders(en), placeholders(zh)) << code;
    }
}

// Every Message("code") in the core, the CLI and the app names a catalog entry: a code raised
// with no wording would show as its bare code. (Storage problems, "storage." + the page's
// code, are worded by src/ui/i18n.cpp.)
TEST(MessageCatalog, EveryCodeTheSourcesRaiseIsInTheCatalog) {
    namespace fs = std::filesystem;
    static const std::regex kRaised(R"re(Message\("([a-z0-9_.'-]+)"\))re");
    static const std::regex kHint(R"re("(load\.(hint|utf8\.what)\.[a-z_]+)")re");
    std::size_t found = 0;
    for (const char* dir : {"src/core", "src/cli", "src/ui", "src/app"}) {
        for (const auto& entry : fs::directory_iterator(test::source_path(dir))) {
            if (entry.path().extension() != ".cpp") continue;
            const std::string text = test::read_file(entry.path());
            for (const std::regex* re : {&kRaised, &kHint}) {
                for (auto it = std::sregex_iterator(text.begin(), text.end(), *re); it != std::sregex_iterator(); ++it) {
                    const std::string code = (*it)[1];
                    ++found;
                    EXPECT_NE(message_template(code, Language::English), nullptr)
                        << code << " (" << entry.path().filename().string() << ") is not in the catalog";
                }
            }
        }
    }
    EXPECT_GT(found, 80u);
}

TEST(Message, RendersNumbersWithUnitsAndQualifiersPerLanguage) {
    Message m("audit.parts_sum.over");
    m.text("label", "财税体制改革信息").text("breakdown", "").number("stated", 47, "条").number("sum", 50, "条", "at_least");
    // A breakdown the catalog knows is worded; an empty one drops its bracketed part.
    Message by("audit.shares_sum");
    by.text("label", "依申请公开政府信息").phrase("breakdown", Message("breakdown.outcome")).number("sum", 99.97, "%", "", 2)
        .number("tolerance", 0.025).number("count", 5).number("decimals", 2);
    EXPECT_EQ(render(by, Language::Chinese).rfind("依申请公开政府信息（按办理结果）：各项占比之和为99.97%", 0), 0u);
    EXPECT_EQ(render(by, Language::English).rfind("依申请公开政府信息 (by outcome): shares add up to 99.97%", 0), 0u);
    EXPECT_EQ(render(m, Language::English), "财税体制改革信息: stated total 47 条, parts add up to at least 50 条");
    EXPECT_EQ(render(m, Language::Chinese), "财税体制改革信息：报告所述总数为47条，分项之和却为至少50条");
    m.args[1].text = "按渠道";
    EXPECT_EQ(render(m, Language::English).rfind("财税体制改革信息 (by 按渠道): stated", 0), 0u);
    // No thousands separators, in either language; "%" is never spaced.
    Message d("audit.duplicate");
    d.text("label", "x").number("value", 1234567, "件").number("count", 2).text("ids", "a, b");
    EXPECT_EQ(render(d, Language::English), "x: 1234567 件 is stated 2 times (a, b)");
    EXPECT_EQ(render(d, Language::Chinese), "x：1234567件重复列出了2次（a, b）");
}

TEST(Message, UnknownCodeStillSaysEverything) {
    Message m("no.such.code");
    m.text("a", "x").number("n", 3);
    EXPECT_EQ(render(m), "no.such.code a=x n=3");
}

TEST(Message, LiteralBracketsInTemplates) {
    Message m("load.quote_mismatch");
    m.number("start", 1).number("end", 3).text("there", "\"ab\"").text("quote", "\"ac\"");
    EXPECT_EQ(render(m), "quote does not match the report text: text[1:3] is \"ab\" but the quote is \"ac\"");
}

TEST(Message, LanguageFromLocale) {
    EXPECT_EQ(language_from_locale("zh_CN.UTF-8"), Language::Chinese);
    EXPECT_EQ(language_from_locale("zh_TW"), Language::Chinese);
    EXPECT_EQ(language_from_locale("C.UTF-8"), Language::English);
    EXPECT_EQ(language_from_locale(""), Language::English);
    Language l = Language::English;
    EXPECT_TRUE(parse_language_code("zh", l));
    EXPECT_EQ(l, Language::Chinese);
    EXPECT_FALSE(parse_language_code("fr", l));
}

// Loaded afresh each time: texts are interned while a report holds them, and other tests
// count the interned texts.
std::vector<Report> fuxin() {
    return load_json(test::read_file(test::source_path("assets/reports/fuxin-2017.json")), "fuxin-2017.json").reports;
}

TEST(FindingMessages, EveryFuxinFindingHasACodeAndRoundTripsThroughJson) {
    const std::vector<Report> reports = fuxin();
    ASSERT_EQ(reports.size(), 1u);
    const std::vector<Finding> findings = audit(reports);
    ASSERT_FALSE(findings.empty());
    for (const Finding& f : findings) {
        ASSERT_FALSE(f.what.empty()) << f.message;
        EXPECT_EQ(f.what.code.rfind("audit.", 0), 0u) << f.what.code;
        EXPECT_EQ(f.message, render(f.what, Language::English));
        const std::string zh = render(f.what, Language::Chinese);
        EXPECT_NE(zh, f.message) << f.what.code;
        // Through text, as the CLI's JSON and exports carry it.
        const nlohmann::json j = nlohmann::json::parse(message_to_json(f.what).dump());
        Message back;
        ASSERT_TRUE(message_from_json(j, back)) << j.dump();
        EXPECT_EQ(back, f.what) << j.dump();
        EXPECT_EQ(render(back, Language::Chinese), zh);
    }
}

TEST(FindingMessages, FuxinPartsSumReadsInChinese) {
    bool seen = false;
    for (const Finding& f : audit(fuxin())) {
        if (f.what.code != "audit.parts_sum.over") continue;
        seen = true;
        EXPECT_EQ(render(f.what, Language::Chinese), "财税体制改革信息：报告所述总数为47条，分项之和却为50条");
        EXPECT_EQ(f.message, "财税体制改革信息: stated total 47 条, parts add up to 50 条");
    }
    EXPECT_TRUE(seen);
    EXPECT_EQ(rule_name("parts-sum", Language::Chinese), "分项之和与总数不符");
    EXPECT_EQ(rule_name("parts-sum", Language::English), "Parts do not add up to the total");
    EXPECT_EQ(rule_name("prose-vs-table", Language::Chinese), "正文与统计表不一致");
    EXPECT_EQ(rule_name("no-such-rule", Language::Chinese), "no-such-rule");  // a rule not worded
}

TEST(FindingMessages, MalformedJsonIsCodedAndWordedInChinese) {
    const LoadResult r = load_json(std::string("{\"format\": \"gongkai.report\",\n  \"version\": 1,,}"), "bad.json");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    const Diagnostic& d = r.diagnostics.front();
    EXPECT_EQ(d.what.code, "load.malformed_json");
    EXPECT_EQ(d.message, render(d.what, Language::English));
    EXPECT_EQ(d.message.rfind("malformed JSON: syntax error while parsing object key - unexpected ','", 0), 0u) << d.message;
    const std::string zh = d.to_string(Language::Chinese);
    EXPECT_EQ(zh.rfind("bad.json:2:16: 错误：JSON格式错误：解析对象的键时出现语法错误：意外的','；此处应为字符串", 0), 0u) << zh;
}

TEST(FindingMessages, SemanticDiagnosticsNestTheirPhrases) {
    const std::string text = R"({"format": "gongkai.report", "version": 1, "id": "x", "meta": {"title": "t"},
        "figures": [{"id": "a", "unit": "条", "value": "12"}]})";
    const LoadResult r = load_json(text, "x.json");
    ASSERT_FALSE(r.diagnostics.empty());
    const Diagnostic& d = r.diagnostics.front();
    EXPECT_EQ(d.what.code, "load.expected_number.quoted");
    EXPECT_EQ(d.message, "expected a number, found a string (\"12\"); write numbers without quotes");
    EXPECT_EQ(render(d.what, Language::Chinese), "应为数字，实际是字符串（\"12\"）；数字不要加引号");
}

TEST(ImporterMessages, WarningsAndUnsureReasonsAreCoded) {
    const ImportResult r = import_text("星海区2019年政府信息公开工作年度报告（虚构示例）\n2019年，本机关主动公开政府信息12条。");
    for (const Diagnostic& d : r.diagnostics) {
        EXPECT_FALSE(d.what.empty()) << d.message;
        EXPECT_EQ(d.message, render(d.what, Language::English));
    }
    EXPECT_EQ(render_figure_note("category taken from the count before it; stated in 万 (ten thousands)", Language::Chinese),
              "类别取自前一个数量；以“万”为单位表述");
    EXPECT_EQ(render_figure_note("a person's own note", Language::Chinese), "a person's own note");
}

TEST(EditorsNotes, BothFormsLoadInBothLoadersAndSaveAsTheyCame) {
    const std::string text = R"({"format": "gongkai.report", "version": 1, "id": "x",
        "meta": {"title": "星海区（虚构）", "notes": [
          {"kind": "other", "message": "an older file's plain note"},
          {"kind": "typo", "message": {"zh": "中文说明", "en": "English note"}},
          {"kind": "other", "message": {"zh": "只有中文"}}]},
        "figures": []})";
    for (bool fast : {true, false}) {
        LoadLimits limits;
        limits.fast_path = fast;
        const LoadResult r = load_json(text, "x.json", limits);
        ASSERT_EQ(r.reports.size(), 1u) << (r.diagnostics.empty() ? "" : r.diagnostics[0].to_string());
        const auto& notes = r.reports[0].meta.notes;
        ASSERT_EQ(notes.size(), 3u);
        EXPECT_TRUE(notes[0].untagged);
        EXPECT_EQ(notes[1].message_zh, "中文说明");
        EXPECT_EQ(notes[1].message, "English note");
        bool other = false;
        EXPECT_EQ(note_text(notes[0], true, other), "an older file's plain note");
        EXPECT_FALSE(other);
        EXPECT_EQ(note_text(notes[1], true, other), "中文说明");
        EXPECT_EQ(note_text(notes[1], false, other), "English note");
        EXPECT_EQ(note_text(notes[2], false, other), "只有中文");
        EXPECT_TRUE(other) << "shown with a visible mark";
        const nlohmann::json saved = nlohmann::json::parse(save_report_json(r.reports[0]));
        EXPECT_TRUE(saved["meta"]["notes"][0]["message"].is_string());
        EXPECT_EQ(saved["meta"]["notes"][1]["message"], (nlohmann::json{{"zh", "中文说明"}, {"en", "English note"}}));
        EXPECT_EQ(saved["meta"]["notes"][2]["message"], (nlohmann::json{{"zh", "只有中文"}}));
    }
    const LoadResult bad = load_json(std::string(R"({"format": "gongkai.report", "version": 1, "id": "x",
        "meta": {"title": "t", "notes": [{"kind": "other", "message": {}}]}, "figures": []})"), "x.json");
    ASSERT_FALSE(bad.diagnostics.empty());
    EXPECT_EQ(bad.diagnostics[0].what.code, "load.note_message_empty");
}

TEST(EditorsNotes, FuxinNotesAreInBothLanguages) {
    const std::vector<Report> reports = fuxin();
    for (const Note& n : reports.front().meta.notes) {
        EXPECT_FALSE(n.untagged);
        EXPECT_FALSE(n.message.empty());
        EXPECT_FALSE(n.message_zh.empty()) << n.message;
    }
}

TEST(Exports, SummariesAndCsvHeaderInTheChosenLanguage) {
    const std::vector<Report> reports = fuxin();
    const std::vector<Finding> findings = audit(reports);
    const std::string md_zh = summary_markdown(reports.front(), findings, Language::Chinese);
    EXPECT_NE(md_zh.find("## 审计发现"), std::string::npos);
    EXPECT_NE(md_zh.find("分项之和与总数不符（parts-sum）"), std::string::npos) << "the code stays beside the name";
    EXPECT_NE(md_zh.find("报告所述总数为47条"), std::string::npos);
    EXPECT_NE(md_zh.find("不是发布机关自己的网站"), std::string::npos) << "the notes in Chinese";
    const std::string md_en = summary_markdown(reports.front(), findings);
    EXPECT_NE(md_en.find("## Audit findings"), std::string::npos);
    EXPECT_NE(md_en.find("| warning | parts-sum |"), std::string::npos);
    const std::string html_zh = summary_html(reports.front(), findings, Language::Chinese);
    EXPECT_NE(html_zh.find("<h2>审计发现</h2>"), std::string::npos);
    EXPECT_EQ(figures_csv(reports, {}, Language::Chinese).rfind("\xEF\xBB\xBF报告编号,地区,年度,数据编号,", 0), 0u);
    EXPECT_EQ(figures_csv(reports).rfind("\xEF\xBB\xBFreport_id,region,year,figure_id,", 0), 0u);
}

TEST(CliLanguage, AuditValidateAndImportSpeakTheLanguageAsked) {
    const std::string fuxin_path = test::source_path("assets/reports/fuxin-2017.json").string();
    const test::CliRun zh = test::run_cli({"audit", "--lang", "zh", fuxin_path});
    ASSERT_TRUE(zh.exited());
    EXPECT_EQ(zh.exit_code, 1);
    EXPECT_NE(zh.out.find("：警告：分项之和与总数不符（parts-sum）：财税体制改革信息：报告所述总数为47条，分项之和却为50条"),
              std::string::npos)
        << zh.out;
    EXPECT_NE(zh.out.find("1份报告，共"), std::string::npos) << zh.out;
    const test::CliRun en = test::run_cli({"audit", "--lang", "en", fuxin_path});
    EXPECT_NE(en.out.find(": warning: parts-sum: 财税体制改革信息: stated total 47 条, parts add up to 50 条"),
              std::string::npos)
        << en.out;
    EXPECT_NE(en.out.find("findings (0 errors, 1 warning, "), std::string::npos) << en.out;

    const test::CliRun json = test::run_cli({"audit", "--format", "json", "--lang", "zh", fuxin_path});
    const nlohmann::json j = nlohmann::json::parse(json.out);
    EXPECT_EQ(j["language"], "zh");
    bool parts = false;
    for (const auto& f : j["findings"]) {
        EXPECT_TRUE(f["code"].is_string());
        Message m;
        ASSERT_TRUE(message_from_json({{"code", f["code"]}, {"args", f["args"]}}, m));
        if (f["code"] == "audit.parts_sum.over") {
            parts = true;
            EXPECT_EQ(f["message"], "财税体制改革信息：报告所述总数为47条，分项之和却为50条");
            EXPECT_EQ(f["args"]["stated"]["value"], 47);
            EXPECT_EQ(f["args"]["stated"]["unit"], "条");
        }
    }
    EXPECT_TRUE(parts);

    const test::CliRun valid = test::run_cli({"validate", "--lang", "zh", fuxin_path});
    EXPECT_NE(valid.out.find("：有效，1份报告，122项数据"), std::string::npos) << valid.out;
    const test::CliRun bad = test::run_cli({"validate", "--lang", "fr", fuxin_path});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("--lang must be zh or en"), std::string::npos) << bad.err;
}

TEST(CliLanguage, DefaultComesFromTheLocale) {
    const std::string fuxin_path = test::source_path("assets/reports/fuxin-2017.json").string();
    const char* old_all = std::getenv("LC_ALL");
    const std::string saved = old_all ? old_all : "";
    ::setenv("LC_ALL", "zh_CN.UTF-8", 1);
    const test::CliRun zh = test::run_cli({"validate", fuxin_path});
    ::setenv("LC_ALL", "C", 1);
    const test::CliRun c = test::run_cli({"validate", fuxin_path});
    if (old_all) ::setenv("LC_ALL", saved.c_str(), 1);
    else ::unsetenv("LC_ALL");
    EXPECT_NE(zh.out.find("：有效，"), std::string::npos) << zh.out;
    EXPECT_NE(c.out.find(": ok, 1 report, 122 figures"), std::string::npos) << c.out;
}

}  // namespace
}  // namespace gongkai
