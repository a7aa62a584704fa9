// figure_columns_test.cpp — FigureColumns::aggregate gives exactly aggregate()'s groups
// (keys, units, totals, counts, order) for every grouping and filter, on the real Fuxin
// report and on hand-made reports with remainders, percentages, mixed units and years.
#include <gtest/gtest.h>

#include "core/aggregate.hpp"
#include "core/figure_columns.hpp"
#include "core/load.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

Figure fig(std::string id, double value, std::string area, std::string department, std::string unit = "条",
           std::string parent = "", std::string breakdown = "") {
    Figure f;
    f.id = std::move(id);
    f.value = value;
    f.area = std::move(area);
    f.department = std::move(department);
    f.category = f.department + "信息";
    f.unit = std::move(unit);
    f.parent = std::move(parent);
    f.breakdown = std::move(breakdown);
    f.measure = f.unit == "%" ? "share" : "published";
    return f;
}

std::vector<Report> collection() {
    std::vector<Report> reports;
    const std::string path = test::source_path("assets/reports/fuxin-2017.json").string();
    auto loaded = load_json(test::read_file(path), "fuxin-2017.json");
    EXPECT_TRUE(loaded.ok());
    for (auto& r : loaded.reports) reports.push_back(std::move(r));
    Report a;
    a.id = "a";
    a.meta.region.name = "鞍山市";
    a.meta.year = 2018;
    a.figures = {fig("t", 10, "稳增长", "市财政局"),
                 fig("p1", 3, "稳增长", "市统计局", "条", "t", "渠道"),
                 fig("p2", 4, "稳增长", "市审计局", "条", "t", "渠道"),   // remainder 3 stays with t
                 fig("q1", 9, "稳增长", "市审计局", "条", "t", "结果"),   // a second breakdown: not counted
                 fig("s", 30, "惠民生", "", "%"),                          // percentages never summed
                 fig("m", 2.5, "惠民生", "市财政局", "万元"),
                 fig("x", 7, "", "市财政局")};
    Report b = a;
    b.id = "b";
    b.meta.year.reset();
    b.figures[0].value = 5;  // parts over the total: the total adds nothing
    reports.push_back(std::move(a));
    reports.push_back(std::move(b));
    return reports;
}

void expect_same(const std::vector<Group>& want, const std::vector<Group>& got, const std::string& what) {
    ASSERT_EQ(want.size(), got.size()) << what;
    for (std::size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(want[i].keys, got[i].keys) << what << " group " << i;
        EXPECT_EQ(want[i].unit, got[i].unit) << what << " group " << i;
        EXPECT_EQ(want[i].total, got[i].total) << what << " group " << i;
        EXPECT_EQ(want[i].figures, got[i].figures) << what << " group " << i;
    }
}

TEST(FigureColumns, EveryGroupingMatchesAggregate) {
    const auto reports = collection();
    const FigureColumns columns(reports);
    EXPECT_EQ(columns.counted(), counted_figures(reports).size());
    const std::vector<std::vector<Field>> groupings = {
        {Field::Area}, {Field::Topic}, {Field::Department}, {Field::Category}, {Field::Unit},
        {Field::Measure}, {Field::Region}, {Field::Year}, {Field::Report}, {},
        {Field::Area, Field::Department}, {Field::Region, Field::Year, Field::Area}};
    for (const auto& by : groupings) {
        std::string what = "by";
        for (Field f : by) what += std::string(" ") + field_name(f);
        expect_same(aggregate(reports, by), columns.aggregate(by), what);
    }
}

TEST(FigureColumns, EveryFilterMatchesAggregate) {
    const auto reports = collection();
    const FigureColumns columns(reports);
    std::vector<Filter> filters(8);
    filters[0].measure = "published";
    filters[1].unit = "万元";
    filters[2].text = "财政";
    filters[3].text = "没有这样的字";                 // matches nothing
    filters[4].equals = {{Field::Region, "鞍山市"}};
    filters[5].equals = {{Field::Year, "2017"}, {Field::Area, "稳增长"}};
    filters[6].measure = "no-such-measure";
    filters[7].text = "公开";                          // Fuxin's quotes contain it
    filters[7].measure = "published";
    for (std::size_t i = 0; i < filters.size(); ++i)
        for (const auto& by : {std::vector<Field>{Field::Area}, std::vector<Field>{Field::Department, Field::Year}})
            expect_same(aggregate(reports, by, filters[i]), columns.aggregate(by, filters[i]),
                        "filter " + std::to_string(i));
}

TEST(FigureColumns, OwnsItsTexts) {
    std::vector<Group> want;
    FigureColumns columns;
    {
        const auto reports = collection();
        want = aggregate(reports, {Field::Department});
        columns = FigureColumns(reports);
    }  // the reports are gone
    expect_same(want, columns.aggregate({Field::Department}), "after the reports are gone");
}

}  // namespace
}  // namespace gongkai
