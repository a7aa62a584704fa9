// chart_model_test.cpp — the charts tab's model: grouping, drill-down, series, exports.
#include <algorithm>

#include "model_fixture.hpp"
#include "ui/chart_view.hpp"

namespace gongkai::ui::testing {
namespace {

std::vector<std::string> labels(const ChartData& d) {
    std::vector<std::string> out;
    for (const ChartRow& r : d.rows) out.push_back(r.label);
    return out;
}

TEST_F(ModelTest, BarsGroupByAreaThenDrillDown) {
    const ChartData& top = current_chart(app);
    EXPECT_EQ(top.kind, ChartKind::Bars);
    const std::vector<std::string> areas = labels(top);
    EXPECT_NE(std::find(areas.begin(), areas.end(), "促改革"), areas.end());
    EXPECT_NE(std::find(areas.begin(), areas.end(), "惠民生"), areas.end());

    const std::uint64_t before = app.chart.revision;
    chart_drill(app, "促改革");
    EXPECT_GT(app.chart.revision, before);
    EXPECT_TRUE(take_model_changed());
    EXPECT_EQ(chart_field(app.chart), Field::Topic);
    const std::vector<std::string> topics = labels(current_chart(app));
    EXPECT_EQ(topics.size(), 2u);   // 财税改革, 土地改革: only the area drilled into
    EXPECT_NE(std::find(topics.begin(), topics.end(), "财税改革"), topics.end());
    EXPECT_EQ(std::find(topics.begin(), topics.end(), "医疗卫生"), topics.end());

    chart_drill(app, "财税改革");
    EXPECT_EQ(chart_field(app.chart), Field::Department);
    chart_back(app, 0);
    EXPECT_TRUE(app.chart.drill.empty());
    EXPECT_EQ(chart_field(app.chart), Field::Area);
}

TEST_F(ModelTest, GroupingResetsTheDrillDown) {
    chart_drill(app, "促改革");
    chart_set_grouping(app, Field::Category);
    EXPECT_TRUE(app.chart.drill.empty());
    EXPECT_EQ(chart_field(app.chart), Field::Category);
}

TEST_F(ModelTest, PartsAreNotCountedBesideTheirTotal) {
    chart_drill(app, "促改革");
    const ChartData& d = current_chart(app);
    bool found = false;
    for (const ChartRow& r : d.rows) {
        if (r.label != "财税改革") continue;
        found = true;
        EXPECT_EQ(r.values[0], 40);   // 25 + 15 are its parts: not 80
    }
    EXPECT_TRUE(found);
}

TEST_F(ModelTest, SeriesToggleHidesAndShows) {
    app.load("qinghe-2022.json", kQingheJson);
    chart_set_kind(app, ChartKind::Compare);
    const ChartData& d = current_chart(app);
    ASSERT_GE(d.series.size(), 2u);
    const std::string first = d.series[0];
    chart_toggle_series(app, first);
    EXPECT_FALSE(current_chart(app).series_visible(0));
    chart_toggle_series(app, first);
    EXPECT_TRUE(current_chart(app).series_visible(0));
}

TEST_F(ModelTest, ChartExportsNameTheView) {
    chart_drill(app, "促改革");
    const auto svg = chart_export(app, "svg");
    ASSERT_TRUE(svg.has_value());
    EXPECT_EQ(svg->mime_type, "image/svg+xml");
    EXPECT_NE(svg->file_name.find("chart-bars-topic-促改革"), std::string::npos) << svg->file_name;
    EXPECT_NE(svg->bytes.find("<svg"), std::string::npos);
    const auto csv = app.export_file("chart_csv");
    ASSERT_TRUE(csv.has_value());
    EXPECT_NE(csv->bytes.find("财税改革"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::ui::testing
