// import_review_model_test.cpp — the import review: open, select, edit, drop, keep.
#include "model_fixture.hpp"

namespace gongkai::ui::testing {
namespace {

// Fictional report text (星海区 does not exist).
const char* kXinghaiText =
    "星海区2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年，星海区认真贯彻落实《中华人民共和国政府信息公开条例》。\n"
    "二、主动公开政府信息情况\n"
    "全年共主动公开政府信息120条，其中区财政局公开预算信息30条，区教育局公开招生信息12条。\n"
    "三、依申请公开政府信息情况\n"
    "全年共受理政府信息公开申请15件。\n";

class ReviewTest : public ModelTest {
protected:
    void SetUp() override {
        ModelTest::SetUp();
        const ImportReview& r = open_import_review(app, "xinghai-2023.txt", kXinghaiText);
        ASSERT_TRUE(r.open);
        ASSERT_TRUE(r.result.report.has_value());
        ASSERT_GE(review_figure_count(), 2);
    }
    void TearDown() override { discard_import_review(app); }
};

TEST_F(ReviewTest, SelectingFillsTheEditBuffers) {
    select_review_figure(0);
    const ImportReview& r = import_review();
    EXPECT_EQ(r.selected, 0);
    EXPECT_EQ(r.value_text, display_number(review_report()->figures[0].value));
    EXPECT_TRUE(r.scroll_source);
}

TEST_F(ReviewTest, ValueEditsTakeNumbersOnly) {
    select_review_figure(0);
    EXPECT_TRUE(review_edit_figure(ReviewField::Value, " 121 "));
    EXPECT_EQ(review_report()->figures[0].value, 121);
    EXPECT_TRUE(import_review().edited[0]);
    EXPECT_FALSE(review_edit_figure(ReviewField::Value, "12o"));
    EXPECT_TRUE(import_review().value_invalid);
    EXPECT_EQ(review_report()->figures[0].value, 121);   // unchanged by a bad value
    EXPECT_TRUE(review_edit_figure(ReviewField::Area, "公开总体"));
    EXPECT_EQ(review_report()->figures[0].area, "公开总体");
}

TEST_F(ReviewTest, EditsNeedASelectedFigure) {
    select_review_figure(-1);
    EXPECT_FALSE(review_edit_figure(ReviewField::Value, "5"));
}

TEST_F(ReviewTest, MetaEditsAreChecked) {
    EXPECT_FALSE(review_edit_meta(ReviewMeta::Year, "20x3"));
    EXPECT_TRUE(import_review().year_invalid);
    EXPECT_TRUE(review_edit_meta(ReviewMeta::Year, "2023"));
    EXPECT_EQ(review_report()->meta.year, 2023);
    EXPECT_FALSE(review_edit_meta(ReviewMeta::Id, "星海 2023"));
    EXPECT_TRUE(review_edit_meta(ReviewMeta::Id, "xinghai-2023-text"));
    EXPECT_EQ(review_report()->id, "xinghai-2023-text");
}

TEST_F(ReviewTest, DroppedFiguresAreLeftOutAndKeepingAddsTheReport) {
    const int before = review_figure_count();
    const std::string dropped_id = review_report()->figures[1].id;
    set_review_dropped(1, true);
    const std::optional<Report> reviewed = reviewed_report();
    ASSERT_TRUE(reviewed.has_value());
    EXPECT_EQ(static_cast<int>(reviewed->figures.size()), before - 1);
    for (const Figure& f : reviewed->figures) {
        EXPECT_NE(f.id, dropped_id);
        EXPECT_NE(f.parent, dropped_id);
    }
    review_edit_meta(ReviewMeta::Id, "xinghai-2023-text");
    const LoadOutcome out = keep_import_review(app);
    EXPECT_TRUE(out.ok);
    EXPECT_FALSE(import_review().open);
    ASSERT_NE(app.current(), nullptr);
    EXPECT_EQ(app.current()->figures.size(), reviewed->figures.size());
    EXPECT_EQ(app.reports.size(), 2u);
}

}  // namespace
}  // namespace gongkai::ui::testing
