// chart_all_reports_test.cpp — bars over every loaded report (chart_data.hpp, through
// FigureColumns) give exactly the groups aggregate() gives on the same reports.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/chart_data.hpp"
#include "core/figure_columns.hpp"
#include "core/load.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

std::vector<Report> every_good_report() {
    std::vector<Report> all;
    for (const char* name : {"assets/reports/fuxin-2017.json", "tests/data/good/collection.json",
                             "tests/data/good/template-2019.json", "tests/data/good/template-2021.json"}) {
        LoadResult r = load_json(test::read_file(test::source_path(name)), name);
        EXPECT_TRUE(r.ok()) << name;
        for (Report& report : r.reports) all.push_back(std::move(report));
    }
    return all;
}

void expect_bars_match(const std::vector<Report>& reports, Field field,
                       const std::vector<std::pair<Field, std::string>>& drill) {
    const FigureColumns columns(reports);
    Filter filter;
    filter.measure = "published";
    filter.equals = drill;
    // One unit per chart (条 and 件 never share an axis): every unit the measure has, each
    // exactly as aggregate() counts it in that unit; the first is the one holding most.
    const std::vector<std::string> units = bar_chart(columns, field, "published", drill, ChartTexts{}).units;
    std::vector<std::string> expected_units;
    for (const Group& g : aggregate(reports, {Field::Unit}, filter)) expected_units.push_back(g.unit);
    EXPECT_EQ(units, expected_units) << field_name(field);
    for (const std::string& unit : units) {
        const ChartData d = bar_chart(columns, field, "published", drill, ChartTexts{}, unit);
        EXPECT_EQ(d.unit, unit);
        filter.unit = unit;
        const std::vector<Group> groups = aggregate(reports, {field}, filter);
        ASSERT_EQ(d.rows.size(), groups.size()) << field_name(field) << " " << unit;
        for (std::size_t i = 0; i < groups.size(); ++i) {
            EXPECT_EQ(d.rows[i].key, groups[i].keys[0]);
            EXPECT_EQ(d.rows[i].unit, unit);
            EXPECT_EQ(d.rows[i].values[0], groups[i].total);
            EXPECT_EQ(d.rows[i].figures, groups[i].figures);
        }
    }
}

TEST(ChartAllReports, BarsByEveryFieldMatchAggregate) {
    const std::vector<Report> reports = every_good_report();
    ASSERT_GE(reports.size(), 4u);
    for (Field f : {Field::Area, Field::Topic, Field::Department, Field::Category, Field::Region, Field::Year})
        expect_bars_match(reports, f, {});
}

TEST(ChartAllReports, DrillingIntoAYearKeepsOnlyItsReports) {
    const std::vector<Report> reports = every_good_report();
    expect_bars_match(reports, Field::Area, {{Field::Year, "2017"}});
    const FigureColumns columns(reports);
    const ChartData in_2017 = bar_chart(columns, Field::Area, "published", {{Field::Year, "2017"}}, ChartTexts{});
    const ChartData nowhere = bar_chart(columns, Field::Area, "published", {{Field::Year, "1066"}}, ChartTexts{});
    EXPECT_FALSE(in_2017.rows.empty());  // Fuxin 2017
    EXPECT_TRUE(nowhere.rows.empty());
}

}  // namespace
}  // namespace gongkai
