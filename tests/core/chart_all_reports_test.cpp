// chart_all_reports_test.cpp — bars over every loaded report (chart_data.hpp, through
// FigureColumns) give exactly the groups aggregate() gives on the same reports.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/chart_data.hpp"
#include "core/chart_key_figures.hpp"
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

const ChartRow* row_of(const ChartData& d, const std::string& label) {
    for (const ChartRow& r : d.rows)
        if (r.label == label) return &r;
    return nullptr;
}

// Fuxin and a copy of it as another year: the overall total (主动公开 9538 条) of each is a KPI
// over all reports, summed, never a bar beside the areas it is the total of.
TEST(ChartAllReports, OverallTotalsAreKpisNotBarsBesideTheirParts) {
    std::vector<Report> reports = every_good_report();
    Report copy = reports.at(0);
    ASSERT_EQ(copy.id, "fuxin-2017");
    copy.id = "fuxin-copy-2018";
    copy.meta.year = 2018;
    reports.push_back(copy);
    std::vector<std::vector<std::string>> apart;
    for (const Report& r : reports) apart.push_back(chart_totals_apart(r));
    ASSERT_EQ(apart[0], (std::vector<std::string>{"proactive-total", "requests-received"}));

    const FigureColumns columns(reports, apart);
    const ChartData d = bar_chart(columns, Field::Area, "published", {}, ChartTexts{}, "条");
    EXPECT_EQ(row_of(d, "主动公开"), nullptr) << "no 9538 bar beside its own areas";
    for (const ChartRow& row : d.rows) EXPECT_NE(row.values[0], 9538 * 2) << row.label;
    ASSERT_EQ(d.kpis.size(), 1u);
    EXPECT_EQ(d.kpis[0].value, 9538 * 2);
    EXPECT_EQ(d.kpis[0].unit, "条");
    EXPECT_EQ(d.kpis[0].label.rfind("主动公开", 0), 0u) << d.kpis[0].label;

    // The bars are those of one report's chart (its totals apart), twice.
    ChartOptions options;
    options.totals_apart = apart[0];
    options.unit = "条";
    const ChartData one = bar_chart(reports[0], Field::Area, "published", {}, ChartTexts{}, options);
    for (const ChartRow& row : one.rows) {
        const ChartRow* both = row_of(d, row.label);
        ASSERT_NE(both, nullptr) << row.label;
        EXPECT_GE(both->values[0], row.values[0] * 2) << row.label;  // other reports may add to it
    }

    // Drilled into a year: that year's total only; by year: no year's bar holds its total.
    const ChartData y2018 = bar_chart(columns, Field::Area, "published", {{Field::Year, "2018"}}, ChartTexts{}, "条");
    ASSERT_EQ(y2018.kpis.size(), 1u);
    EXPECT_EQ(y2018.kpis[0].value, 9538);
    EXPECT_EQ(row_of(y2018, "主动公开"), nullptr);
    const ChartData by_year = bar_chart(columns, Field::Year, "published", {}, ChartTexts{}, "条");
    ASSERT_NE(row_of(by_year, "2018"), nullptr);
    EXPECT_EQ(row_of(by_year, "2018")->values[0], one.unit_total("条"));

    // The columns without totals apart still match aggregate() exactly (the bench's path).
    EXPECT_TRUE(FigureColumns(reports).apart().counted() == 0);
    EXPECT_EQ(columns.counted() + columns.apart().counted(), FigureColumns(reports).counted());
}

}  // namespace
}  // namespace gongkai
