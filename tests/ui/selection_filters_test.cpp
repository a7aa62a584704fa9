// selection_filters_test.cpp — the figures table's model: selection, filters, per-report views.
#include <algorithm>

#include "model_fixture.hpp"

namespace gongkai::ui::testing {
namespace {

TEST_F(ModelTest, LoadSelectsTheReportAndSignalsAChange) {
    ASSERT_NE(app.current(), nullptr);
    EXPECT_EQ(app.current()->id, "xinghai-2023");
    EXPECT_EQ(app.view_rows().size(), 7u);
    app.load("qinghe-2022.json", kQingheJson);
    EXPECT_TRUE(take_model_changed());
    EXPECT_FALSE(take_model_changed());   // taken once
    EXPECT_EQ(app.current()->id, "qinghe-2022");
}

TEST_F(ModelTest, SelectionKeepsReportOrderAndClears) {
    const int school = figure_index("f-school"), fiscal = figure_index("f-fiscal");
    app.set_selected(school, true);
    app.set_selected(fiscal, true);
    EXPECT_TRUE(app.is_selected(school));
    EXPECT_EQ(app.selection(), (std::vector<int>{fiscal, school}));
    app.set_selected(school, false);
    EXPECT_EQ(app.selection(), (std::vector<int>{fiscal}));
    app.clear_selection();
    EXPECT_TRUE(app.selection().empty());
}

TEST_F(ModelTest, SelectionCopiesAsTabSeparatedRows) {
    app.select_figures({figure_index("f-health")}, false);
    const std::string tsv = app.selection_tsv();
    EXPECT_NE(tsv.find("惠民生\t医疗卫生"), std::string::npos) << tsv;
    EXPECT_NE(tsv.find("\t30\t"), std::string::npos) << tsv;
    EXPECT_EQ(std::count(tsv.begin(), tsv.end(), '\n'), 2);   // a header row and one figure
}

TEST_F(ModelTest, FiltersNarrowTheRows) {
    FigureFilter f;
    f.area = "惠民生";
    app.set_filter(f);
    EXPECT_EQ(app.view_rows().size(), 2u);
    f = {};
    f.search = "审计";
    app.set_filter(f);
    ASSERT_EQ(app.view_rows().size(), 1u);
    EXPECT_EQ(app.current()->figures[app.view_rows()[0]].id, "f-fiscal-b");
    f = {};
    f.unit = "件";
    app.set_filter(f);
    EXPECT_EQ(app.view_rows().size(), 1u);
    app.set_filter({});
    EXPECT_EQ(app.view_rows().size(), 7u);
}

TEST_F(ModelTest, EachReportKeepsItsOwnFilter) {
    FigureFilter f;
    f.area = "促改革";
    app.set_filter(f);
    app.load("qinghe-2022.json", kQingheJson);   // selects the new report
    EXPECT_TRUE(app.filter.empty());             // never the previous report's filter
    app.select_report(0);
    EXPECT_EQ(app.filter.area, "促改革");
}

TEST_F(ModelTest, BadJsonKeepsWhatIsLoadedAndShowsTheErrors) {
    const LoadOutcome out = app.load("broken.json", "{\"format\": ");
    EXPECT_FALSE(out.ok);
    EXPECT_EQ(app.reports.size(), 1u);
    EXPECT_FALSE(app.errors.empty());
    EXPECT_EQ(app.tab, Tab::Errors);
}

}  // namespace
}  // namespace gongkai::ui::testing
