// export_html_test.cpp — the HTML summary: content, escaping of everything from the report.
#include <gtest/gtest.h>

#include <string>

#include "core/audit.hpp"
#include "core/export.hpp"
#include "fixtures.hpp"

namespace gongkai {
namespace {

// The summaries' report, its language stated.
Report sample_report() {
    Report r = test::summary_report();
    r.meta.language = "zh-Hans";
    return r;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

TEST(SummaryHtml, IsAStandalonePageWithTheReportsContent) {
    const Report r = sample_report();
    Finding f;
    f.severity = Severity::Warning;
    f.rule = "parts-sum";
    f.report_id = r.id;
    f.message = "parts add up to 3, the total says 47";
    f.quotes = {"公开财税体制改革信息47条"};
    const std::string page = summary_html(r, {f});
    EXPECT_EQ(page.rfind("<!doctype html>\n<html lang=\"zh-Hans\">", 0), 0u);
    EXPECT_NE(page.find("<meta charset=\"utf-8\">"), std::string::npos);
    EXPECT_NE(page.find("<title>阜新市2017年政府信息公开工作年度报告</title>"), std::string::npos);
    EXPECT_NE(page.find("<h1>阜新市2017年政府信息公开工作年度报告</h1>"), std::string::npos);
    EXPECT_NE(page.find("阜新市 (in 辽宁省)"), std::string::npos);
    EXPECT_NE(page.find("<h2>Top-level figures</h2>"), std::string::npos);
    EXPECT_NE(page.find("<td class=\"num\">47 条</td>"), std::string::npos);
    // Counted once: the total through its part (3) plus the remainder (44) = 47.
    EXPECT_NE(page.find("<h2>Published information by area</h2>"), std::string::npos);
    EXPECT_NE(page.find("<tr><td>促改革</td><td class=\"num\">47</td><td class=\"num\">100.0%</td>"),
              std::string::npos);
    EXPECT_NE(page.find("<tr class=\"warning\"><td>warning</td><td>parts-sum</td>"), std::string::npos);
    EXPECT_NE(page.find("<q>公开财税体制改革信息47条</q>"), std::string::npos);
    EXPECT_EQ(page.find("<script"), std::string::npos);
    EXPECT_EQ(page.substr(page.size() - 8), "</html>\n");
}

TEST(SummaryHtml, EscapesEverythingFromTheReport) {
    Report r = sample_report();
    r.meta.title = "<script>alert('x')</script> & \"co\"";
    r.meta.language = "zh\"><script>";  // not a valid tag: only its safe characters are kept
    r.meta.source.url = "javascript:alert(1)";
    r.figures[0].area = "<img src=x onerror=alert(1)>";
    r.figures[0].quote = Quote{"a < b > c & d", std::nullopt, std::nullopt};
    Note n;
    n.kind = "text-injection";
    n.message = "</li><li>injected";
    r.meta.notes.push_back(n);
    Finding f;
    f.report_id = r.id;
    f.rule = "<b>rule</b>";
    f.message = "it's \"odd\"";
    const std::string page = summary_html(r, {f});
    EXPECT_EQ(page.find("<script>"), std::string::npos);
    EXPECT_EQ(page.find("<img"), std::string::npos);
    EXPECT_EQ(page.find("<b>rule"), std::string::npos);
    EXPECT_EQ(page.find("</li><li>injected"), std::string::npos);
    EXPECT_EQ(page.find("href="), std::string::npos) << "the source URL is text, never a link";
    EXPECT_NE(page.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"), std::string::npos);
    EXPECT_NE(page.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
    EXPECT_NE(page.find("a &lt; b &gt; c &amp; d"), std::string::npos);
    EXPECT_NE(page.find("<html lang=\"zhscript\">"), std::string::npos);
    EXPECT_NE(page.find("it&#39;s &quot;odd&quot;"), std::string::npos);
    // Exactly one <title> and one <h1>: the title did not open or close any element.
    EXPECT_EQ(count(page, "<title>"), 1u);
    EXPECT_EQ(count(page, "</title>"), 1u);
    EXPECT_EQ(count(page, "<h1>"), 1u);
}

TEST(SummaryHtml, NoFindingsAndNoFigures) {
    Report r;
    r.id = "empty";
    const std::string page = summary_html(r, {});
    EXPECT_NE(page.find("<title>empty</title>"), std::string::npos);
    EXPECT_NE(page.find("<p>No findings.</p>"), std::string::npos);
    EXPECT_EQ(page.find("Key figures"), std::string::npos);
    EXPECT_NE(page.find("<html lang=\"zh-Hans\">"), std::string::npos);
}

}  // namespace
}  // namespace gongkai
