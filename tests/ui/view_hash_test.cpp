// view_hash_test.cpp — the URL hash: what is on screen, written and read back.
#include "model_fixture.hpp"
#include "ui/chart_view.hpp"
#include "ui/view_state.hpp"

namespace gongkai::ui::testing {
namespace {

TEST(ViewHash, PartsAreDecodedAndEncoded) {
    const ViewParts parts = parse_view_hash("#r=xinghai-2023&q=%E8%B4%A2%E7%A8%8E&junk");
    ASSERT_GE(parts.size(), 2u);
    EXPECT_EQ(parts[0], (std::pair<std::string, std::string>{"r", "xinghai-2023"}));
    EXPECT_EQ(parts[1], (std::pair<std::string, std::string>{"q", "财税"}));
    EXPECT_EQ(parse_view_hash("#" + format_view_hash(parts)), parts);
}

TEST_F(ModelTest, HashRoundTripsTheView) {
    FigureFilter f;
    f.area = "促改革";
    f.search = "财税";
    app.set_filter(f);
    app.select_figures({figure_index("f-fiscal-a")}, false);
    app.tab = Tab::Chart;
    chart_drill(app, "促改革");
    const std::string hash = view_hash(app);
    EXPECT_NE(hash.find("r=xinghai-2023"), std::string::npos) << hash;
    EXPECT_NE(hash.find("t=chart"), std::string::npos) << hash;

    App other;
    other.load("xinghai-2023.json", kXinghaiJson);
    const ViewApplied applied = apply_view_hash(other, hash);
    EXPECT_TRUE(applied.ignored.empty());
    EXPECT_EQ(other.filter, app.filter);
    EXPECT_EQ(other.selection(), app.selection());
    EXPECT_EQ(other.chart.drill, app.chart.drill);
    EXPECT_EQ(view_hash(other), hash);
}

TEST_F(ModelTest, UnknownAndImpossibleValuesAreSkipped) {
    const ViewApplied applied = apply_view_hash(app, "#t=nonsense&zz=1&r=xinghai-2023");
    EXPECT_EQ(app.current()->id, "xinghai-2023");
    EXPECT_EQ(applied.ignored.size(), 2u);
}

TEST_F(ModelTest, ANotLoadedReportIsWaitedFor) {
    const ViewApplied applied = apply_view_hash(app, "#r=qinghe-2022");
    ASSERT_EQ(applied.pending.size(), 1u);
    EXPECT_EQ(app.waiting_for, "qinghe-2022");
    app.load("qinghe-2022.json", kQingheJson);
    EXPECT_EQ(app.current()->id, "qinghe-2022");
    EXPECT_TRUE(app.waiting_for.empty());
}

TEST(ViewHash, NewViewOnlyForAnotherReportTabOrChart) {
    EXPECT_TRUE(is_new_view("r=a&t=figures", "r=b&t=figures"));
    EXPECT_TRUE(is_new_view("r=a&t=figures", "r=a&t=chart"));
    EXPECT_FALSE(is_new_view("r=a&t=figures", "r=a&t=figures&q=x"));
}

}  // namespace
}  // namespace gongkai::ui::testing
