// chart_honest_test.cpp — charts that do not mislead: an overall total stated apart from its
// parts is a KPI, not a bar; one unit per axis (and per share); a row a compared report lacks
// is absent, not a fall to zero; a chart's CSV holds what it draws.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/chart_csv.hpp"
#include "core/chart_data.hpp"
#include "core/chart_svg.hpp"
#include "core/load.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

Report fuxin() {
    LoadResult loaded = load_json(test::read_file(test::source_path("assets/reports/fuxin-2017.json")), "fuxin-2017.json");
    EXPECT_TRUE(loaded.ok());
    return loaded.reports.at(0);
}

const ChartRow* row_of(const ChartData& d, const std::string& label) {
    for (const ChartRow& r : d.rows)
        if (r.label == label) return &r;
    return nullptr;
}

TEST(ChartHonest, AStandaloneOverallTotalIsAKpiNotABar) {
    const Report r = fuxin();
    ChartOptions options;
    options.totals_apart = {"proactive-total"};
    const ChartData d = bar_chart(r, Field::Area, "published", {}, {}, options);
    EXPECT_EQ(row_of(d, "主动公开"), nullptr) << "no 9538 bar beside its own areas";
    for (const ChartRow& row : d.rows) EXPECT_NE(row.values[0], 9538) << row.label;
    ASSERT_EQ(d.kpis.size(), 1u);
    EXPECT_EQ(d.kpis[0].value, 9538);
    EXPECT_EQ(d.kpis[0].unit, "条");
    EXPECT_EQ(d.kpis[0].figure_id, "proactive-total");
    EXPECT_FALSE(d.kpis[0].quote.empty());
    // The areas are still there, and the SVG states the total as a text, not as a bar.
    ASSERT_NE(row_of(d, "稳增长"), nullptr);
    SvgOptions so;
    so.kpi_text = "总数";
    const std::string svg = chart_svg(d, so).svg;
    EXPECT_NE(svg.find("总数：主动公开 · 各类政府信息 9538 条"), std::string::npos);
    EXPECT_EQ(svg.find("<title>主动公开</title>"), std::string::npos);
}

TEST(ChartHonest, ATotalWithLinkedPartsStaysDrawnThroughItsParts) {
    // requests-received (26 件) has linked parts: taking it out would count every breakdown.
    const Report r = fuxin();
    ChartOptions options;
    options.totals_apart = {"requests-received"};
    options.unit = "件";
    const ChartData d = bar_chart(r, Field::Area, "requests", {}, {}, options);
    EXPECT_TRUE(d.kpis.empty());
    ASSERT_NE(row_of(d, "依申请公开"), nullptr);
    EXPECT_EQ(row_of(d, "依申请公开")->values[0], 26);
}

TEST(ChartHonest, OneUnitPerAxisWithASwitch) {
    const Report r = fuxin();
    const ChartData tiao = bar_chart(r, Field::Area, "published", {}, {});
    EXPECT_EQ(tiao.unit, "条");
    EXPECT_EQ(tiao.units, (std::vector<std::string>{"条", "件"}));
    EXPECT_FALSE(tiao.several_units());
    for (const ChartRow& row : tiao.rows) EXPECT_EQ(row.unit, "条") << row.label;
    EXPECT_EQ(row_of(tiao, "建议提案办理"), nullptr) << "a 件 bar never under 条 bars";
    ChartOptions options;
    options.unit = "件";
    const ChartData jian = bar_chart(r, Field::Area, "published", {}, {}, options);
    ASSERT_EQ(jian.rows.size(), 1u);
    EXPECT_EQ(jian.rows[0].label, "建议提案办理");
    EXPECT_EQ(jian.rows[0].values[0], 24);
    // Shares per unit: the one 件 row is 100% of the 件, and the 条 rows' shares add to 100%.
    EXPECT_EQ(jian.unit_total("件"), 24);
    double shares = 0;
    for (const ChartRow& row : tiao.rows) shares += row.values[0] / tiao.unit_total("条");
    EXPECT_NEAR(shares, 1.0, 1e-9);
    // A unit the chart does not have falls back to the largest.
    options.unit = "吨";
    EXPECT_EQ(bar_chart(r, Field::Area, "published", {}, {}, options).unit, "条");
}

TEST(ChartHonest, CompareMarksAbsentRowsNeverMinusHundredPercent) {
    Report a = fuxin();
    Report b = a;
    b.id = "fuxin-2018";
    b.meta.year = 2018;
    // 2018 has no 调结构 at all.
    b.figures.erase(std::remove_if(b.figures.begin(), b.figures.end(),
                                   [](const Figure& f) { return f.area.str() == "调结构"; }),
                    b.figures.end());
    const ChartData d = compare_chart({&a, &b}, Field::Area, "published", {}, {{"proactive-total"}, {"proactive-total"}});
    EXPECT_TRUE(d.differences);
    EXPECT_EQ(d.unit, "条");
    EXPECT_EQ(d.kpis.size(), 2u) << "each report's total apart";
    EXPECT_EQ(row_of(d, "主动公开"), nullptr);
    const ChartRow* gone = row_of(d, "调结构");
    ASSERT_NE(gone, nullptr);
    EXPECT_TRUE(gone->present[0]);
    EXPECT_FALSE(gone->present[1]);
    EXPECT_FALSE(compare_difference(*gone, 0, 1).has_value());
    EXPECT_FALSE(compare_percent(*gone, 0, 1).has_value());
    const ChartRow* same = row_of(d, "稳增长");
    ASSERT_NE(same, nullptr);
    EXPECT_EQ(compare_difference(*same, 0, 1), 0.0);
    EXPECT_EQ(compare_percent(*same, 0, 1), 0.0);
    // The CSV says "—" for the absent report and for its change, and no −100%.
    ChartCsvTexts t;
    t.absent = "—";
    const std::string csv = chart_csv(d, t);
    EXPECT_EQ(csv.find("-100"), std::string::npos);
    EXPECT_EQ(csv.find("−100"), std::string::npos);
    const std::size_t line = csv.find("调结构");
    ASSERT_NE(line, std::string::npos);
    const std::string row = csv.substr(line, csv.find("\r\n", line) - line);
    EXPECT_EQ(row, "调结构," + display_number(gone->values[0]) + ",—,条,—,—");
}

TEST(ChartHonest, CsvOfBarsHoldsEveryRowTheKpiAndTheSource) {
    const Report r = fuxin();
    ChartOptions options;
    options.totals_apart = {"proactive-total"};
    ChartData d = bar_chart(r, Field::Area, "published", {}, {}, options);
    d.source = "数据来源：测试";
    d.label_header = "领域";
    ChartCsvTexts t;
    t.total = "总数";
    const std::string csv = chart_csv(d, t);
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF领域,value,unit,share\r\n", 0), 0u) << csv.substr(0, 80);
    for (const ChartRow& row : d.rows)
        EXPECT_NE(csv.find("\r\n" + row.label + "," + display_number(row.values[0]) + ",条,"), std::string::npos) << row.label;
    EXPECT_NE(csv.find("\r\n总数,主动公开 · 各类政府信息,9538,条,proactive-total,"), std::string::npos);
    EXPECT_NE(csv.find("\r\n数据来源：测试\r\n"), std::string::npos);
}

}  // namespace
}  // namespace gongkai
