// chart_tables_test.cpp — charts of the template tables (core/chart_template.hpp) and of key
// figures across reports (core/chart_key_figures.hpp), on the fictional 青禾县 reports of
// tests/data/charts: the values are the tables' cells, each with its cell's JSON Pointer;
// totals are KPIs; a trend is in year order; compare gives change and percent change, and
// "absent" where a report does not state a figure.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/chart_csv.hpp"
#include "core/chart_key_figures.hpp"
#include "core/chart_svg.hpp"
#include "core/chart_template.hpp"
#include "core/import.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

Report qinghe(int year) {
    ImportOptions o;
    o.file_name = "qinghe-" + std::to_string(year) + ".txt";
    o.id = "qinghe-" + std::to_string(year);
    ImportResult r = import_text(test::read_file(test::source_path("tests/data/charts/" + o.file_name)), o);
    EXPECT_TRUE(r.report.has_value());
    return r.report ? *r.report : Report{};
}

const ChartRow* row_of(const ChartData& d, const std::string& key) {
    for (const ChartRow& r : d.rows)
        if (r.key == key) return &r;
    return nullptr;
}

TEST(ChartTemplate, ApplicantsAreTheNewRowsCellsWithTheTotalAsKpi) {
    const Report r = qinghe(2021);
    ASSERT_TRUE(r.tables.has_value());
    ChartTexts t;
    t.label = [](std::string_view k) { return "<" + std::string(k) + ">"; };
    const ChartData d = template_chart(r, TemplateChart::Applicants, false, t);
    EXPECT_EQ(d.kind, ChartKind::Bars);
    EXPECT_TRUE(d.select_rows);
    const ChartRow* person = row_of(d, "natural_person");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->label, "<applicant.natural_person>");
    EXPECT_EQ(person->values[0], 40);
    EXPECT_EQ(person->sources[0], "/tables/applications/new/natural_person");
    EXPECT_EQ(person->report_ids[0], "qinghe-2021");
    EXPECT_EQ(row_of(d, "total"), nullptr) << "总计 is not a bar beside its parts";
    ASSERT_EQ(d.kpis.size(), 1u);
    EXPECT_EQ(d.kpis[0].value, 50);
    EXPECT_EQ(d.kpis[0].location, "/tables/applications/new/total");
    double sum = 0;
    for (const ChartRow& row : d.rows) sum += row.values[0];
    EXPECT_EQ(sum, 50);
}

TEST(ChartTemplate, OutcomesStackedByApplicantAndAsADonut) {
    const Report r = qinghe(2021);
    const ChartData stacked = template_chart(r, TemplateChart::Outcomes, false, {});
    EXPECT_EQ(stacked.kind, ChartKind::Stacked);
    ASSERT_EQ(stacked.series.size(), 6u);
    EXPECT_EQ(stacked.series[2], "outcome.denied");
    const ChartRow* person = row_of(stacked, "natural_person");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->total(), 42) << "the 自然人 column of （七）总计";
    EXPECT_EQ(person->values[4], 3) << "不予处理: 重复申请";
    const ChartData donut = template_chart(r, TemplateChart::Outcomes, true, {});
    EXPECT_EQ(donut.kind, ChartKind::Donut);
    double sum = 0;
    for (const ChartRow& row : donut.rows) sum += row.values[0];
    EXPECT_EQ(sum, 51);
    ASSERT_NE(row_of(donut, "unable"), nullptr);
    EXPECT_EQ(row_of(donut, "unable")->values[0], 15);
    ASSERT_EQ(donut.kpis.size(), 1u);
    EXPECT_EQ(donut.kpis[0].value, 51);
}

TEST(ChartTemplate, DocumentsDecisionsFeesAndCases) {
    const Report r = qinghe(2021);
    const ChartData docs = template_chart(r, TemplateChart::Documents, false, {});
    EXPECT_EQ(docs.kind, ChartKind::Compare);
    EXPECT_FALSE(docs.differences) << "columns of one table, not reports to compare";
    EXPECT_EQ(docs.series, (std::vector<std::string>{"template.col.made", "template.col.repealed", "template.col.in_force"}));
    const ChartRow* norms = row_of(docs, "行政规范性文件");
    ASSERT_NE(norms, nullptr);
    EXPECT_EQ(norms->values, (std::vector<double>{12, 3, 87}));
    EXPECT_EQ(norms->sources[2].substr(0, 18), "/tables/proactive/");

    const ChartData decisions = template_chart(r, TemplateChart::Decisions, false, {});
    ASSERT_EQ(decisions.rows.size(), 3u);
    EXPECT_EQ(decisions.rows[0].label, "行政许可");
    EXPECT_EQ(decisions.rows[0].values[0], 5321);

    const ChartData fees = template_chart(r, TemplateChart::Fees, false, {});
    ASSERT_EQ(fees.rows.size(), 1u);
    EXPECT_DOUBLE_EQ(fees.rows[0].values[0], 356.42);
    EXPECT_EQ(fees.rows[0].unit, "万元");

    const ChartData cases = template_chart(r, TemplateChart::Cases, false, {});
    EXPECT_EQ(cases.kind, ChartKind::Stacked);
    const ChartRow* review = row_of(cases, "review");
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(review->values, (std::vector<double>{2, 1, 0, 0}));
    EXPECT_EQ(review->sources[0], "/tables/review/maintained");
    EXPECT_EQ(cases.kpis.size(), 3u);
    for (const ChartData* d : {&docs, &decisions, &fees, &cases}) EXPECT_NE(chart_svg(*d).svg.find("</svg>"), std::string::npos);
}

TEST(ChartTemplate, ANarrativeReportHasNoRows) {
    Report r;
    r.id = "narrative";
    for (TemplateChart c : kTemplateCharts) EXPECT_TRUE(template_chart(r, c, false, {}).rows.empty());
}

KeyFigure kf(const char* name, std::optional<double> v, const char* unit, KeyFigureStatus status, std::string location,
             std::string quote = {}) {
    KeyFigure k;
    k.name = name;
    k.value = v;
    k.unit = unit;
    k.status = status;
    k.source = location.empty() ? KeyFigureSourceKind::None
                                : (location.rfind("/tables/", 0) == 0 ? KeyFigureSourceKind::Table : KeyFigureSourceKind::Prose);
    k.location = std::move(location);
    k.quote = std::move(quote);
    return k;
}

// Key figures as key_figures() gives them: every name, absent unless set.
KeyFigures figures(std::vector<KeyFigure> set) {
    KeyFigures out;
    for (const char* name : kKeyFigureNames) {
        KeyFigure k = kf(name, std::nullopt, "", KeyFigureStatus::Absent, "");
        for (const KeyFigure& s : set)
            if (s.name == name) k = s;
        out.figures.push_back(k);
    }
    return out;
}

struct Two {
    Report a, b;
    std::vector<KeyFigureSet> sets;
};

Two two_years() {
    Two t;
    t.a.id = "qinghe-2020";
    t.a.meta.region.name = "青禾县";
    t.a.meta.year = 2020;
    t.b.id = "qinghe-2021";
    t.b.meta.region.name = "青禾县";
    t.b.meta.year = 2021;
    // Given in the wrong order: the trend sorts by year.
    t.sets.push_back({&t.b, figures({kf("applications_received", 50, "件", KeyFigureStatus::Stated, "/tables/applications/new/total"),
                                     kf("proactive_total", 2356, "条", KeyFigureStatus::Stated, "/figures/0", "主动公开政府信息2,356条"),
                                     kf("reviews_total", 3, "件", KeyFigureStatus::Stated, "/tables/review/total")})});
    t.sets.push_back({&t.a, figures({kf("applications_received", 25, "件", KeyFigureStatus::Stated, "/tables/applications/new/total"),
                                     kf("proactive_total", 1820, "条", KeyFigureStatus::Stated, "/figures/0", "主动公开政府信息1,820条")})});
    return t;
}

TEST(ChartKeyFigures, TrendInYearOrderWithItsCells) {
    Two t = two_years();
    const ChartData line = key_figure_trend(t.sets, "applications_received", true, {});
    EXPECT_EQ(line.kind, ChartKind::Line);
    ASSERT_EQ(line.rows.size(), 2u);
    EXPECT_EQ(line.rows[0].label, "2020");
    EXPECT_EQ(line.rows[0].values[0], 25);
    EXPECT_EQ(line.rows[1].label, "2021");
    EXPECT_EQ(line.rows[1].values[0], 50);
    EXPECT_EQ(line.rows[1].sources[0], "/tables/applications/new/total");
    EXPECT_EQ(line.rows[1].statuses[0], "stated");
    EXPECT_EQ(line.rows[1].report_ids[0], "qinghe-2021");
    EXPECT_EQ(line.unit, "件");
    const ChartData bars = key_figure_trend(t.sets, "applications_received", false, {});
    EXPECT_EQ(bars.kind, ChartKind::Bars);
    EXPECT_EQ(bars.rows[0].label, "2020") << "bars of a trend keep the years' order";
    // A year that does not state it is "—", not 0.
    const ChartData reviews = key_figure_trend(t.sets, "reviews_total", true, {});
    ASSERT_EQ(reviews.rows.size(), 2u);
    EXPECT_FALSE(reviews.rows[0].present[0]);
    EXPECT_EQ(reviews.rows[0].statuses[0], "absent");
    EXPECT_TRUE(reviews.rows[1].present[0]);
    const std::string svg = chart_svg(line).svg;
    EXPECT_NE(svg.find(">25 件<"), std::string::npos);
    EXPECT_NE(svg.find(">50 件<"), std::string::npos);
    const std::string csv = chart_csv(line);
    EXPECT_NE(csv.find("\r\n2020,25,件,stated,/tables/applications/new/total,qinghe-2020\r\n"), std::string::npos) << csv;
}

TEST(ChartKeyFigures, RankingLargestFirstAbsentLast) {
    Two t = two_years();
    const ChartData d = key_figure_ranking(t.sets, "reviews_total", {});
    ASSERT_EQ(d.rows.size(), 2u);
    EXPECT_EQ(d.rows[0].label, "青禾县 2021");
    EXPECT_TRUE(d.rows[0].present[0]);
    EXPECT_FALSE(d.rows[1].present[0]);
    const ChartData p = key_figure_ranking(t.sets, "proactive_total", {});
    EXPECT_EQ(p.rows[0].values[0], 2356);
    EXPECT_EQ(p.rows[0].quotes, (std::vector<std::string>{"主动公开政府信息2,356条"}));
}

TEST(ChartKeyFigures, CompareGivesChangeAndPercentPerUnit) {
    Two t = two_years();
    std::vector<KeyFigureSet> ordered{t.sets[1], t.sets[0]};  // 2020 first, then 2021
    const ChartData d = key_figure_compare(ordered, {});
    EXPECT_TRUE(d.differences);
    EXPECT_EQ(d.series, (std::vector<std::string>{"青禾县 2020", "青禾县 2021"}));
    EXPECT_EQ(d.unit, "件");
    EXPECT_EQ(d.units, (std::vector<std::string>{"件", "条"}));
    const ChartRow* apps = row_of(d, "applications_received");
    ASSERT_NE(apps, nullptr);
    EXPECT_EQ(apps->label, "kf.applications_received");
    EXPECT_EQ(compare_difference(*apps, 0, 1), 25.0);
    EXPECT_EQ(compare_percent(*apps, 0, 1), 100.0);
    const ChartRow* reviews = row_of(d, "reviews_total");
    ASSERT_NE(reviews, nullptr);
    EXPECT_FALSE(reviews->present[0]);
    EXPECT_FALSE(compare_difference(*reviews, 0, 1).has_value()) << "absent, never −100% or +∞";
    EXPECT_EQ(row_of(d, "proactive_total"), nullptr) << "条 is another unit's panel";
    const ChartData tiao = key_figure_compare(ordered, {}, "条");
    ASSERT_NE(row_of(tiao, "proactive_total"), nullptr);
    EXPECT_EQ(compare_difference(*row_of(tiao, "proactive_total"), 0, 1), 536.0);
    const std::string csv = chart_csv(d);
    EXPECT_NE(csv.find("\r\nkf.applications_received,25,50,件,+25,+100.0%,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\r\nkf.reviews_total,—,3,件,—,—,"), std::string::npos) << csv;
}

}  // namespace
}  // namespace gongkai
