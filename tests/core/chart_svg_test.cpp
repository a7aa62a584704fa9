// chart_svg_test.cpp — the chart data model (core/chart_data.hpp) and its SVG export:
// rows follow the counting rule, drill-down filters, the SVG is well-formed XML, escapes
// every report text and holds every value drawn.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <regex>
#include <string>
#include <vector>

#include "core/chart_data.hpp"
#include "core/chart_svg.hpp"
#include "core/load.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

Figure fig(std::string id, std::string area, std::string topic, std::string department, double value,
           std::string unit = "条", std::string parent = "", std::string breakdown = "") {
    Figure f;
    f.id = std::move(id);
    f.area = std::move(area);
    f.topic = std::move(topic);
    f.department = std::move(department);
    f.category = f.id;
    f.value = value;
    f.unit = std::move(unit);
    f.parent = std::move(parent);
    f.breakdown = std::move(breakdown);
    f.measure = f.unit == "%" ? "share" : (f.unit == "件" ? "requests" : "published");
    f.quote = Quote{"公开" + f.id + display_number(value) + f.unit, std::nullopt, std::nullopt};
    return f;
}

Report sample() {
    Report r;
    r.id = "test-2017";
    r.meta.title = "测试";
    r.meta.region.name = "测试市";
    r.meta.year = 2017;
    r.figures = {
        fig("a-total", "稳增长", "预期引导", "", 30),
        fig("a-1", "稳增长", "预期引导", "市财政局", 10, "条", "a-total"),
        fig("a-2", "稳增长", "预期引导", "市统计局", 15, "条", "a-total"),  // 5 remain with the total
        fig("b", "惠民生", "环境保护", "市环保局", 40),
        fig("c", "惠民生", "教育卫生", "市教育局", 7),
        fig("req", "依申请公开", "", "", 26, "件"),
        fig("req-in-person", "依申请公开", "", "", 8, "件", "req", "channel"),
        fig("req-online", "依申请公开", "", "", 7, "件", "req", "channel"),
        fig("req-post", "依申请公开", "", "", 11, "件", "req", "channel"),
        fig("req-on-time", "依申请公开", "", "", 24, "件", "req", "timeliness"),
        fig("req-late", "依申请公开", "", "", 1, "件", "req", "timeliness"),  // 1 short of 26
    };
    return r;
}

ChartTexts texts() {
    ChartTexts t;
    t.title = "各领域公开数量";
    t.subtitle = "计量：published";
    return t;
}

// A minimal XML well-formedness check: tags nest and close, attributes are quoted,
// no raw '<' or '&' outside markup and entities. (No XML library is available here.)
::testing::AssertionResult well_formed(const std::string& xml) {
    std::vector<std::string> stack;
    std::size_t i = 0;
    if (xml.rfind("<?xml", 0) == 0) i = xml.find("?>") + 2;
    while (i < xml.size()) {
        if (xml[i] == '<') {
            const std::size_t end = xml.find('>', i);
            if (end == std::string::npos) return ::testing::AssertionFailure() << "unclosed tag at " << i;
            std::string tag = xml.substr(i + 1, end - i - 1);
            // Inside a tag, quotes must balance and no '<' may appear.
            if (std::count(tag.begin(), tag.end(), '"') % 2 != 0 || tag.find('<') != std::string::npos)
                return ::testing::AssertionFailure() << "bad tag: <" << tag << ">";
            if (!tag.empty() && tag[0] == '/') {
                const std::string name = tag.substr(1);
                if (stack.empty() || stack.back() != name)
                    return ::testing::AssertionFailure() << "</" << name << "> closes "
                                                         << (stack.empty() ? "nothing" : stack.back());
                stack.pop_back();
            } else if (tag.empty() || tag.back() != '/') {
                stack.push_back(tag.substr(0, tag.find_first_of(" \n\t")));
            }
            i = end + 1;
        } else if (xml[i] == '&') {
            const std::size_t semi = xml.find(';', i);
            const std::string entity = xml.substr(i, semi == std::string::npos ? 8 : semi - i + 1);
            if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" && entity != "&quot;" && entity != "&apos;")
                return ::testing::AssertionFailure() << "bad entity " << entity;
            i = semi + 1;
        } else if (xml[i] == '>') {
            return ::testing::AssertionFailure() << "raw '>' in text at " << i;
        } else {
            const auto c = static_cast<unsigned char>(xml[i]);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                return ::testing::AssertionFailure() << "control character " << int(c) << " at " << i;
            ++i;
        }
    }
    if (!stack.empty()) return ::testing::AssertionFailure() << "<" << stack.back() << "> never closed";
    return ::testing::AssertionSuccess();
}

// Text contents of <text> elements.
std::vector<std::string> texts_of(const std::string& svg) {
    std::vector<std::string> out;
    const std::regex re("<text[^>]*>([^<]*)</text>");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), re); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

bool has_text_starting(const std::vector<std::string>& texts, const std::string& prefix) {
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.rfind(prefix, 0) == 0; });
}

TEST(ChartData, BarsFollowTheCountingRuleAndSort) {
    const ChartData d = bar_chart(sample(), Field::Area, "published", {}, texts());
    ASSERT_EQ(d.rows.size(), 2u);
    EXPECT_EQ(d.rows[0].label, "惠民生");
    EXPECT_DOUBLE_EQ(d.rows[0].values[0], 47);
    EXPECT_EQ(d.rows[1].label, "稳增长");
    EXPECT_DOUBLE_EQ(d.rows[1].values[0], 30);  // 10 + 15 + remainder 5, never 30 + 25
    EXPECT_DOUBLE_EQ(d.unit_total("条"), 77);
    EXPECT_FALSE(d.several_units());
    ASSERT_FALSE(d.rows[0].quotes.empty());
    EXPECT_EQ(d.rows[0].quotes[0], "公开b40条");
}

TEST(ChartData, DrillDownFiltersByThePath) {
    const ChartData d = bar_chart(sample(), Field::Topic, "published", {{Field::Area, "惠民生"}}, texts());
    ASSERT_EQ(d.rows.size(), 2u);
    EXPECT_EQ(d.rows[0].label, "环境保护");
    EXPECT_EQ(d.rows[1].label, "教育卫生");
    const ChartData deps = bar_chart(sample(), Field::Department, "published",
                                     {{Field::Area, "稳增长"}, {Field::Topic, "预期引导"}}, texts());
    ASSERT_EQ(deps.rows.size(), 3u);
    EXPECT_EQ(deps.rows[0].label, "市统计局");
    EXPECT_EQ(deps.rows[2].label, "（未注明）");  // the total's remainder has no department
    EXPECT_EQ(deps.rows[2].key, "");
    EXPECT_DOUBLE_EQ(deps.rows[2].values[0], 5);
}

TEST(ChartData, DonutOfABreakdownAddsTheRemainder) {
    const auto choices = breakdown_choices(sample());
    ASSERT_EQ(choices.size(), 3u);  // a-total (unlabelled), req channel, req timeliness
    EXPECT_EQ(choices[0].breakdown, "channel");
    EXPECT_EQ(choices[1].breakdown, "timeliness");
    EXPECT_EQ(choices[2].total_id, "a-total");
    const ChartData channel = donut_chart(sample(), choices[0], texts());
    ASSERT_EQ(channel.rows.size(), 3u);
    EXPECT_DOUBLE_EQ(channel.unit_total("件"), 26);
    const ChartData time = donut_chart(sample(), choices[1], texts());
    ASSERT_EQ(time.rows.size(), 3u);
    EXPECT_EQ(time.rows[2].label, texts().remainder);
    EXPECT_DOUBLE_EQ(time.rows[2].values[0], 1);
}

TEST(ChartData, StackedAndCompare) {
    const ChartData s = stacked_chart(sample(), Field::Area, Field::Department, "published", 3, texts());
    ASSERT_EQ(s.series.size(), 3u);  // two departments and "other"
    EXPECT_EQ(s.series[0], "市环保局");
    EXPECT_EQ(s.series[2], texts().other);
    double sum = 0;
    for (const ChartRow& r : s.rows) sum += r.total();
    EXPECT_DOUBLE_EQ(sum, 77);

    Report other = sample();
    other.id = "test-2018";
    other.meta.year = 2018;
    other.figures[3].value = 50;  // 环境保护 grows by 10
    const Report a = sample();
    const ChartData c = compare_chart({&a, &other}, Field::Area, "published", texts());
    ASSERT_EQ(c.series, (std::vector<std::string>{"测试市 2017", "测试市 2018"}));
    ASSERT_EQ(c.rows[0].label, "惠民生");
    EXPECT_DOUBLE_EQ(c.rows[0].values[0], 47);
    EXPECT_DOUBLE_EQ(c.rows[0].values[1], 57);
}

TEST(ChartData, TreemapTilesFillTheBoxInProportion) {
    const ChartData d = treemap_chart(sample(), "published", texts());
    const auto tiles = layout_treemap(d, 400, 300);
    double leaves = 0;
    for (const TreemapTile& t : tiles) {
        EXPECT_GE(t.x, -1e-6);
        EXPECT_GE(t.y, -1e-6);
        EXPECT_LE(t.x + t.w, 400 + 1e-6);
        EXPECT_LE(t.y + t.h, 300 + 1e-6);
        if (t.depth == 2) {
            leaves += t.w * t.h;
            EXPECT_NEAR(t.w * t.h / (400.0 * 300.0), t.value / 77.0, 1e-9) << t.label;
        }
    }
    EXPECT_NEAR(leaves, 400.0 * 300.0, 1e-6);
}

TEST(ChartData, NiceTicksUseOneTwoFiveSteps) {
    EXPECT_DOUBLE_EQ(nice_ticks(47).step, 10);
    EXPECT_DOUBLE_EQ(nice_ticks(47).end, 50);
    EXPECT_DOUBLE_EQ(nice_ticks(9538).step, 2000);
    EXPECT_DOUBLE_EQ(nice_ticks(9538).end, 10000);
    EXPECT_DOUBLE_EQ(nice_ticks(3).step, 1);
    EXPECT_DOUBLE_EQ(nice_ticks(0).end, 1);
    EXPECT_DOUBLE_EQ(nice_ticks(0.3, 5, false).step, 0.1);
}

TEST(ChartSvg, WellFormedAndHoldsEveryBarValue) {
    const Report r = sample();
    const ChartData d = bar_chart(r, Field::Department, "published", {}, texts());
    const SvgImage img = chart_svg(d);
    EXPECT_TRUE(well_formed(img.svg));
    EXPECT_GT(img.height, 100);
    const auto t = texts_of(img.svg);
    for (const ChartRow& row : d.rows) {
        EXPECT_TRUE(has_text_starting(t, display_number(row.values[0]) + " 条")) << row.label;
        EXPECT_NE(img.svg.find(row.label), std::string::npos) << row.label;
    }
}

TEST(ChartSvg, EscapesReportText) {
    Report r = sample();
    r.figures[3].area = "<script>alert(\"x\")</script> & 'co'";
    r.figures[4].area = std::string("bad\x01 byte \xff end");
    const ChartData d = bar_chart(r, Field::Area, "published", {}, texts());
    const std::string svg = chart_svg(d).svg;
    EXPECT_TRUE(well_formed(svg));
    EXPECT_EQ(svg.find("<script"), std::string::npos);
    EXPECT_NE(svg.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos;"), std::string::npos);
    EXPECT_NE(svg.find("bad byte \xEF\xBF\xBD end"), std::string::npos);  // control dropped, bad byte replaced
    EXPECT_EQ(xml_escape("a\xC0\xAF"), "a\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/' is not UTF-8
}

TEST(ChartSvg, EveryKindOfTheFuxinReportIsWellFormed) {
    const auto loaded = load_json(test::read_file(test::source_path("assets/reports/fuxin-2017.json")),
                                  "fuxin-2017.json");
    ASSERT_TRUE(loaded.ok());
    const Report& r = loaded.reports.at(0);
    std::vector<ChartData> charts = {
        bar_chart(r, Field::Area, "published", {}, texts()),
        stacked_chart(r, Field::Area, Field::Department, "published", 8, texts()),
        treemap_chart(r, "published", texts()),
        compare_chart({&r, &r}, Field::Area, "published", texts()),
    };
    const auto choices = breakdown_choices(r);
    ASSERT_FALSE(choices.empty());
    EXPECT_EQ(choices[0].total_id, "requests-received");
    EXPECT_EQ(choices[0].breakdown, "channel");
    charts.push_back(donut_chart(r, choices[0], texts()));
    charts[1].hidden[1] = true;  // a hidden series is left out of the drawing, not the legend
    for (const ChartData& d : charts) {
        const std::string svg = chart_svg(d).svg;
        EXPECT_TRUE(well_formed(svg)) << chart_kind_name(d.kind);
        EXPECT_FALSE(d.rows.empty()) << chart_kind_name(d.kind);
    }
    // The Fuxin areas: 主动公开 9538 条 is the largest bar.
    EXPECT_EQ(charts[0].rows[0].label, "主动公开");
    EXPECT_DOUBLE_EQ(charts[0].rows[0].values[0], 9538);
    const auto t = texts_of(chart_svg(charts[0]).svg);
    for (const ChartRow& row : charts[0].rows)
        EXPECT_TRUE(has_text_starting(t, display_number(row.values[0]) + " " + row.unit)) << row.label;
    // The donut holds the three channels: 8 + 7 + 11 = 26.
    const auto dt = texts_of(chart_svg(charts.back()).svg);
    for (const char* v : {"8 件", "7 件", "11 件", "26 件"}) EXPECT_TRUE(has_text_starting(dt, v)) << v;
}

}  // namespace
}  // namespace gongkai
