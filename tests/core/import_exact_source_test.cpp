// import_exact_source_test.cpp — the source exactly as published: the report's text is the
// input as decoded (full-width punctuation, ideographic spaces, CRLF kept), and every quote —
// figures, table cells, notes — is the exact stretch of that text its offsets name, in the
// report and in its JSON. The texts are fictional (星海区, 青禾县).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/import.hpp"
#include "core/import_normalise.hpp"
#include "core/import_text.hpp"
#include "core/key_figures.hpp"
#include "core/save.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

// Fictional: 星海区 2022, written the way a government page writes it — paragraphs indented
// with ideographic spaces, full-width digits, brackets, colons and percent signs, CRLF lines.
const std::string kFullWidthReport =
    "星海区人民政府2022年政府信息公开工作年度报告\r\n"
    "　　一、总体情况\r\n"
    "　　（一）主动公开。2022年，星海区人民政府主动公开政府信息１，２０６条，其中：政策文件８７条（占７．２％）。\r\n"
    "　　（二）依申请公开。全年共收到政府信息公开申请４８件，办结４５件；上年结转３件。\r\n"
    "　　二、行政复议和行政诉讼情况\r\n"
    "　　全年发生政府信息公开行政复议案件２件，行政诉讼案件１件。\r\n"
    "　　三、存在的主要问题及改进情况\r\n"
    "　　部分部门公开不够及时。\u3000下一步将加强培训。\r\n";

std::string slice(const std::string& utf8, std::int64_t start, std::int64_t end) {
    const std::u32string all = import_detail::utf8_to_u32(utf8);
    return import_detail::u32_to_utf8(std::u32string_view(all).substr(static_cast<std::size_t>(start),
                                                                      static_cast<std::size_t>(end - start)));
}

// Every quote of the report is text[start, end) and a substring of what the user gave.
void expect_exact_quotes(const Report& r, const std::string& given) {
    std::size_t checked = 0;
    auto check = [&](const Quote& q, const std::string& what) {
        ASSERT_TRUE(q.start && q.end) << what;
        EXPECT_EQ(q.text.str(), slice(r.text, *q.start, *q.end)) << what;
        EXPECT_NE(given.find(q.text.str()), std::string::npos) << what << ": " << q.text.str();
        ++checked;
    };
    for (const Figure& f : r.figures)
        if (f.quote) check(*f.quote, "figure " + f.id);
    for (const Note& n : r.meta.notes)
        if (n.quote) check(*n.quote, "note " + n.kind);
    if (r.tables)
        for (const auto& [pointer, q] : r.tables->sources) check(q, "cell " + pointer);
    EXPECT_GT(checked, 0u);
}

TEST(ImportExactSource, TextIsTheInputWithItsFullWidthPunctuationSpacesAndCrlf) {
    const ImportResult result = import_text(kFullWidthReport, {.file_name = "xinghai-2022.txt"});
    ASSERT_TRUE(result.report) << (result.diagnostics.empty() ? "" : result.diagnostics[0].message);
    const Report& r = *result.report;
    EXPECT_EQ(r.text, kFullWidthReport);
    expect_exact_quotes(r, kFullWidthReport);
    // The figures are read as before (matching folds widths internally) ...
    const Figure* total = nullptr;
    for (const Figure& f : r.figures)
        if (f.value == 1206) total = &f;
    ASSERT_NE(total, nullptr) << "１，２０６条 read as 1206";
    EXPECT_EQ(total->unit, "条");
    // ... and quoted in the page's own characters.
    ASSERT_TRUE(total->quote);
    EXPECT_NE(total->quote->text.str().find("１，２０６条"), std::string::npos) << total->quote->text.str();
    bool percent = false;
    for (const Figure& f : r.figures)
        if (f.quote && f.quote->text.str().find("７．２％") != std::string::npos) percent = true;
    EXPECT_TRUE(percent) << "the share is quoted as ７．２％";
}

TEST(ImportExactSource, JsonTextAndQuotesAreExactSubstringsOfTheInput) {
    const ImportResult result = import_text(kFullWidthReport, {.file_name = "xinghai-2022.txt"});
    ASSERT_TRUE(result.report);
    const nlohmann::json j = nlohmann::json::parse(save_report_json(*result.report));
    ASSERT_TRUE(j.contains("text"));
    EXPECT_EQ(j["text"].get<std::string>(), kFullWidthReport);
    std::size_t quotes = 0;
    for (const auto& f : j["figures"]) {
        if (!f.contains("quote")) continue;
        const auto& q = f["quote"];
        const std::string words = q.is_string() ? q.get<std::string>() : q["text"].get<std::string>();
        EXPECT_NE(kFullWidthReport.find(words), std::string::npos) << words;
        if (q.is_object() && q.contains("start"))
            EXPECT_EQ(words, slice(kFullWidthReport, q["start"].get<std::int64_t>(), q["end"].get<std::int64_t>()));
        ++quotes;
    }
    EXPECT_GT(quotes, 3u);
}

TEST(ImportExactSource, TemplateTablesWithCrlfAndIndentationQuoteTheirCellsExactly) {
    // The fictional 星海区 2021 template report, as a page would give it: CRLF line ends and
    // every line indented with ideographic spaces. The cells read are the same as from the
    // plain file; their quotes point into the indented text.
    const std::string plain = test::read_file(test::source_path("tests/data/import/template-2021-tabs.txt"));
    ASSERT_FALSE(plain.empty());
    std::string paged;
    std::size_t from = 0;
    while (from < plain.size()) {
        std::size_t nl = plain.find('\n', from);
        if (nl == std::string::npos) nl = plain.size();
        paged += "\u3000\u3000" + plain.substr(from, nl - from) + "\r\n";
        from = nl + 1;
    }
    const ImportResult a = import_text(plain, {.file_name = "plain.txt"});
    const ImportResult b = import_text(paged, {.file_name = "paged.txt"});
    ASSERT_TRUE(a.report && b.report);
    ASSERT_TRUE(a.report->tables && b.report->tables);
    EXPECT_EQ(b.report->text, paged);
    EXPECT_EQ(a.report->tables->applications, b.report->tables->applications);
    EXPECT_EQ(a.report->tables->sources.size(), b.report->tables->sources.size());
    ASSERT_EQ(a.report->figures.size(), b.report->figures.size());
    for (std::size_t i = 0; i < a.report->figures.size(); ++i) {
        EXPECT_EQ(a.report->figures[i].value, b.report->figures[i].value);
        ASSERT_EQ(static_cast<bool>(a.report->figures[i].quote), static_cast<bool>(b.report->figures[i].quote));
        if (a.report->figures[i].quote)
            EXPECT_EQ(a.report->figures[i].quote->text.str(), b.report->figures[i].quote->text.str());
    }
    expect_exact_quotes(*b.report, paged);
    // Key figures found in the prose point into the same text.
    std::size_t prose = 0;
    for (const KeyFigure& k : key_figures(*b.report).figures) {
        if (!k.quote_start || !k.quote_end || k.quote.empty()) continue;
        EXPECT_EQ(k.quote, slice(b.report->text, *k.quote_start, *k.quote_end)) << k.name;
        ++prose;
    }
    EXPECT_GT(prose, 0u);
}

TEST(ImportExactSource, SpansCarryBackThroughTheNormalisedCopy) {
    using namespace import_detail;
    const std::u32string given = U"　　甲，乙\r\n丙\u200b丁  ";
    std::vector<std::size_t> origin;
    const std::u32string norm = normalise_text(given, &origin);
    ASSERT_EQ(import_detail::u32_to_utf8(norm), "甲,乙\n丙丁");
    ASSERT_EQ(origin.size(), norm.size() + 1);
    std::int64_t s = 0, e = 3;  // 甲,乙
    ASSERT_TRUE(span_in_original(origin, s, e));
    EXPECT_EQ(import_detail::u32_to_utf8(given.substr(static_cast<std::size_t>(s), static_cast<std::size_t>(e - s))), "甲，乙");
    s = 4, e = 6;  // 丙丁: the zero-width space between them is part of the original stretch
    ASSERT_TRUE(span_in_original(origin, s, e));
    EXPECT_EQ(given.substr(static_cast<std::size_t>(s), static_cast<std::size_t>(e - s)), U"丙\u200b丁");
    s = 0, e = 99;
    EXPECT_FALSE(span_in_original(origin, s, e));
    EXPECT_EQ(fold_width(U"１，\u3000\r"), U"1, \u0020");
}

}  // namespace
}  // namespace gongkai
