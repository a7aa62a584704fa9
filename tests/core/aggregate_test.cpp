// aggregate_test.cpp — the counting rule of docs/report-format.md ("Totals and their parts"),
// grouping, filters and ordering. Reports are built in C++ so each case shows its numbers.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/aggregate.hpp"
#include "core/load.hpp"
#include "fixtures.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

using test::fig;
using test::report;

Figure in(Figure f, std::string area, std::string department = "", std::string category = "") {
    f.area = std::move(area);
    f.department = std::move(department);
    f.category = std::move(category);
    return f;
}

// "figure_id=value[r]" for every counted figure, so a test reads like the rule.
std::string counted_text(const std::vector<Report>& reports, const Filter& filter = {}) {
    std::string out;
    for (const CountedFigure& c : counted_figures(reports, filter)) {
        if (!out.empty()) out += " ";
        out += reports[c.report_index].figures[c.figure_index].id + "=" +
               std::to_string(static_cast<long long>(c.value)) + (c.remainder ? "r" : "");
    }
    return out;
}

const Group* find_group(const std::vector<Group>& groups, const std::vector<std::string>& keys,
                        const std::string& unit) {
    for (const Group& g : groups)
        if (g.keys == keys && g.unit == unit) return &g;
    return nullptr;
}

TEST(Fields, ParseAndNameEveryField) {
    for (const char* name : {"area", "topic", "department", "category", "unit", "measure", "region", "year", "report"}) {
        const auto field = parse_field(name);
        ASSERT_TRUE(field.has_value()) << name;
        EXPECT_STREQ(field_name(*field), name);
    }
    EXPECT_EQ(parse_field("Department"), Field::Department);
    EXPECT_FALSE(parse_field("areas").has_value());
    EXPECT_FALSE(parse_field("").has_value());
}

TEST(Fields, ValuesComeFromFigureOrReport) {
    Report r = report("fuxin-2017", {in(fig("a", 1), "稳增长", "市财政局", "财政收支信息")});
    const Figure& f = r.figures[0];
    EXPECT_EQ(field_value(r, f, Field::Area), "稳增长");
    EXPECT_EQ(field_value(r, f, Field::Department), "市财政局");
    EXPECT_EQ(field_value(r, f, Field::Category), "财政收支信息");
    EXPECT_EQ(field_value(r, f, Field::Unit), "条");
    EXPECT_EQ(field_value(r, f, Field::Measure), "published");
    EXPECT_EQ(field_value(r, f, Field::Region), "阜新市");
    EXPECT_EQ(field_value(r, f, Field::Year), "2017");
    EXPECT_EQ(field_value(r, f, Field::Report), "fuxin-2017");
    EXPECT_EQ(field_value(r, f, Field::Topic), "");
    r.meta.year.reset();
    EXPECT_EQ(field_value(r, f, Field::Year), "");
}

TEST(CountedFigures, PartsReplaceTheirTotal) {
    const std::vector<Report> rs{report("r", {fig("t", 186), fig("a", 4, "条", "t"), fig("b", 139, "条", "t"),
                                              fig("c", 20, "条", "t"), fig("d", 23, "条", "t")})};
    EXPECT_EQ(counted_text(rs), "a=4 b=139 c=20 d=23");
}

TEST(CountedFigures, RemainderStaysWithTheTotal) {
    std::vector<Report> rs{report("r", {in(fig("t", 10), "惠民生", "市环保局"), in(fig("a", 3, "条", "t"), "惠民生", "市环保局"),
                                        in(fig("b", 4, "条", "t"), "惠民生", "市民政局")})};
    EXPECT_EQ(counted_text(rs), "t=3r a=3 b=4");
    const auto groups = aggregate(rs, {Field::Department});
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].keys, std::vector<std::string>{"市环保局"});
    EXPECT_EQ(groups[0].total, 6);  // the part 3 and the remainder 3, under the total's department
    EXPECT_EQ(groups[0].figures, 2u);
    EXPECT_EQ(groups[1].total, 4);
}

TEST(CountedFigures, PartsOverTheTotalAreCounted) {
    // Fuxin 2017 财税体制改革: stated 47, parts 3 + 30 + 3 + 6 + 8 = 50.
    const std::vector<Report> rs{report("r", {fig("t", 47), fig("a", 3, "条", "t"), fig("b", 30, "条", "t"),
                                              fig("c", 3, "条", "t"), fig("d", 6, "条", "t"), fig("e", 8, "条", "t")})};
    EXPECT_EQ(counted_text(rs), "a=3 b=30 c=3 d=6 e=8");
    const auto groups = aggregate(rs, {Field::Area});
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].total, 50);
}

TEST(CountedFigures, OnlyTheFirstBreakdownIsCounted) {
    // 26 requests split by channel and by outcome: counted once, through channel.
    const std::vector<Report> rs{report("r", {fig("t", 26, "件"), fig("in-person", 8, "件", "t", "channel"),
                                              fig("online", 7, "件", "t", "channel"), fig("granted", 14, "件", "t", "outcome"),
                                              fig("post", 11, "件", "t", "channel"), fig("denied", 12, "件", "t", "outcome")})};
    EXPECT_EQ(counted_text(rs), "in-person=8 online=7 post=11");
}

TEST(CountedFigures, FirstBreakdownIsThatOfTheFirstPartInFigureOrder) {
    const std::vector<Report> rs{report("r", {fig("granted", 14, "件", "t", "outcome"), fig("t", 26, "件"),
                                              fig("in-person", 8, "件", "t", "channel"), fig("denied", 10, "件", "t", "outcome")})};
    EXPECT_EQ(counted_text(rs), "granted=14 t=2r denied=10");
}

TEST(CountedFigures, RecursiveTotals) {
    const std::vector<Report> rs{report("r", {fig("all", 100), fig("a", 60, "条", "all"), fig("a1", 20, "条", "a"),
                                              fig("a2", 30, "条", "a"), fig("b", 40, "条", "all")})};
    EXPECT_EQ(counted_text(rs), "a=10r a1=20 a2=30 b=40");
    const auto groups = aggregate(rs, {});
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].total, 100);
}

TEST(CountedFigures, PercentagesAreNeverSummed) {
    Figure share = fig("share", 30.77, "%");
    share.share_of = "a";
    const std::vector<Report> rs{report("r", {fig("t", 26, "件"), fig("a", 8, "件", "t"), share, fig("cut", 50, "%")})};
    EXPECT_EQ(counted_text(rs), "t=18r a=8");
    for (const Group& g : aggregate(rs, {Field::Unit})) EXPECT_NE(g.unit, "%");
}

TEST(CountedFigures, ChildInAnotherUnitIsItsOwnQuantity) {
    // "随机抽查事项113项,涉及部门23家": 23家 is not a part of 113项.
    const std::vector<Report> rs{report("r", {fig("items", 113, "项"), fig("departments", 23, "家", "items")})};
    EXPECT_EQ(counted_text(rs), "items=113 departments=23");
}

TEST(CountedFigures, UnitsAreNeverMixed) {
    const std::vector<Report> rs{report("r", {in(fig("a", 5), "依申请公开"), in(fig("b", 7, "件"), "依申请公开"),
                                              in(fig("c", 2), "依申请公开")})};
    const auto groups = aggregate(rs, {Field::Area});
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(find_group(groups, {"依申请公开"}, "条")->total, 7);
    EXPECT_EQ(find_group(groups, {"依申请公开"}, "件")->total, 7);
}

TEST(CountedFigures, FractionalMoneyLeavesNoRoundingRemainder) {
    const std::vector<Report> rs{report("r", {fig("t", 10.3, "万元"), fig("a", 5.1, "万元", "t"), fig("b", 5.2, "万元", "t")})};
    EXPECT_EQ(counted_text(rs), "a=5 b=5");
}

TEST(CountedFigures, ParentCyclesAndSelfParentsNeitherHangNorCount) {
    const std::vector<Report> rs{report("r", {fig("x", 1, "条", "y"), fig("y", 2, "条", "x"), fig("self", 3, "条", "self"),
                                              fig("ok", 4), fig("orphan", 5, "条", "missing")})};
    // A parent that is not in the report leaves the figure a root (the loader reports the bad id).
    EXPECT_EQ(counted_text(rs), "self=3 ok=4 orphan=5");
}

TEST(CountedFigures, DeepChainsDoNotOverflowTheStack) {
    std::vector<Figure> figures;
    const int depth = 100000;
    figures.push_back(fig("f0", depth + 1));
    for (int i = 1; i <= depth; ++i) figures.push_back(fig("f" + std::to_string(i), depth + 1 - i, "条", "f" + std::to_string(i - 1)));
    const std::vector<Report> rs{report("r", std::move(figures))};
    const auto counted = counted_figures(rs);
    ASSERT_EQ(counted.size(), static_cast<std::size_t>(depth + 1));
    double sum = 0;
    for (const auto& c : counted) sum += c.value;
    EXPECT_EQ(sum, depth + 1);  // every level leaves 1 as remainder; the last is counted whole
}

TEST(Filter, MeasureUnitTextAndFields) {
    Figure quoted = in(fig("q", 6, "件"), "依申请公开", "", "当面申请");
    quoted.quote = Quote{"当面申请6件", 10, 16};
    quoted.measure = "requests";
    std::vector<Report> rs{report("r", {in(fig("a", 4), "稳增长", "市财政局", "财政收支信息"),
                                        in(fig("b", 139), "稳增长", "市统计局", "统计数据分析信息"), quoted})};
    Filter f;
    f.measure = "published";
    EXPECT_EQ(counted_text(rs, f), "a=4 b=139");
    f = {};
    f.unit = "件";
    EXPECT_EQ(counted_text(rs, f), "q=6");
    f = {};
    f.text = "统计";
    EXPECT_EQ(counted_text(rs, f), "b=139");
    f.text = "6件";  // found in the quote only
    EXPECT_EQ(counted_text(rs, f), "q=6");
    f = {};
    f.equals = {{Field::Department, "市财政局"}, {Field::Year, "2017"}};
    EXPECT_EQ(counted_text(rs, f), "a=4");
    f.equals = {{Field::Year, "2018"}};
    EXPECT_EQ(counted_text(rs, f), "");
}

TEST(Filter, RemainderMatchesWithTheTotalsKeys) {
    const std::vector<Report> rs{report("r", {in(fig("t", 10), "惠民生", "市环保局"), in(fig("a", 3, "条", "t"), "惠民生", "市民政局")})};
    Filter f;
    f.equals = {{Field::Department, "市环保局"}};
    EXPECT_EQ(counted_text(rs, f), "t=7r");
}

TEST(Aggregate, AreaByDepartmentIsSortedDeterministically) {
    const std::vector<Report> rs{report("r", {in(fig("a", 5), "稳增长", "市发改委"), in(fig("b", 5), "惠民生", "市民政局"),
                                              in(fig("c", 9), "稳增长", "市财政局"), in(fig("d", 5), "稳增长", "市发改委"),
                                              in(fig("e", 5), "惠民生", "市发改委")})};
    const auto groups = aggregate(rs, {Field::Area, Field::Department});
    ASSERT_EQ(groups.size(), 4u);
    EXPECT_EQ(groups[0].keys, (std::vector<std::string>{"稳增长", "市发改委"}));
    EXPECT_EQ(groups[0].total, 10);
    EXPECT_EQ(groups[0].figures, 2u);
    EXPECT_EQ(groups[1].keys, (std::vector<std::string>{"稳增长", "市财政局"}));
    // Equal totals: ordered by keys (byte order of UTF-8), so the result never depends on input order.
    EXPECT_EQ(groups[2].total, 5);
    EXPECT_EQ(groups[3].total, 5);
    EXPECT_LT(groups[2].keys, groups[3].keys);

    std::vector<Report> reversed = rs;
    std::reverse(reversed[0].figures.begin(), reversed[0].figures.end());
    const auto again = aggregate(reversed, {Field::Area, Field::Department});
    ASSERT_EQ(again.size(), groups.size());
    for (std::size_t i = 0; i < groups.size(); ++i) {
        EXPECT_EQ(again[i].keys, groups[i].keys);
        EXPECT_EQ(again[i].total, groups[i].total);
    }
}

TEST(Aggregate, ManyReportsByYearRegionAndReport) {
    const std::vector<Report> rs{report("fx-2017", {fig("a", 10), fig("b", 1, "件")}, "阜新市", 2017),
                                 report("fx-2018", {fig("a", 20)}, "阜新市", 2018),
                                 report("sy-2018", {fig("a", 5)}, "沈阳市", 2018)};
    auto by_year = aggregate(rs, {Field::Year});
    ASSERT_EQ(by_year.size(), 3u);
    EXPECT_EQ(find_group(by_year, {"2018"}, "条")->total, 25);
    EXPECT_EQ(find_group(by_year, {"2017"}, "条")->total, 10);
    EXPECT_EQ(find_group(by_year, {"2017"}, "件")->total, 1);
    auto by_region = aggregate(rs, {Field::Region, Field::Year});
    EXPECT_EQ(find_group(by_region, {"阜新市", "2018"}, "条")->total, 20);
    auto by_report = aggregate(rs, {Field::Report});
    EXPECT_EQ(find_group(by_report, {"sy-2018"}, "条")->figures, 1u);
    auto counted = counted_figures(rs);
    ASSERT_EQ(counted.size(), 4u);
    EXPECT_EQ(counted[3].report_index, 2u);
}

TEST(Aggregate, EmptyInputsGiveNoGroups) {
    EXPECT_TRUE(aggregate({}, {Field::Area}).empty());
    EXPECT_TRUE(aggregate({report("r", {})}, {Field::Area}).empty());
}

TEST(Aggregate, ManyGroupsGrowTheTable) {
    std::vector<Figure> figures;
    for (int i = 0; i < 5000; ++i) figures.push_back(in(fig("f" + std::to_string(i), i % 7 + 1), "area" + std::to_string(i % 1000)));
    const std::vector<Report> rs{report("r", std::move(figures))};
    const auto groups = aggregate(rs, {Field::Area});
    ASSERT_EQ(groups.size(), 1000u);
    double sum = 0;
    std::size_t count = 0;
    for (const Group& g : groups) {
        sum += g.total;
        count += g.figures;
    }
    EXPECT_EQ(count, 5000u);
    EXPECT_EQ(sum, 714 * 28 + 1 + 2);  // 714 full cycles of 1..7, then 1, 2
    for (std::size_t i = 1; i < groups.size(); ++i) EXPECT_GE(groups[i - 1].total, groups[i].total);
}

TEST(Aggregate, FuxinPublishedByArea) {
    const std::filesystem::path path = test::source_path("assets/reports/fuxin-2017.json");
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "missing " << path;
    const LoadResult loaded = load_json(test::read_file(path), path.string());
    ASSERT_TRUE(loaded.ok());
    Filter published;
    published.measure = "published";
    const auto groups = aggregate(loaded.reports, {Field::Area}, published);
    // 促改革: 放管服 22 + 国资国企 11 + 农业 78 + 财税 counted through its parts, 50 (not the stated 47).
    const Group* reform = find_group(groups, {"促改革"}, "条");
    ASSERT_NE(reform, nullptr);
    EXPECT_EQ(reform->total, 22 + 11 + 78 + 50);
    // 稳增长: 186 + 69 + 120 + 260 + 25, every total equal to its parts.
    const Group* growth = find_group(groups, {"稳增长"}, "条");
    ASSERT_NE(growth, nullptr);
    EXPECT_EQ(growth->total, 186 + 69 + 120 + 260 + 25);
}

}  // namespace
}  // namespace gongkai
