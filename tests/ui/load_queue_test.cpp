// load_queue_test.cpp — files wait one frame on screen, then load; exports; toasts.
#include "model_fixture.hpp"

namespace gongkai::ui::testing {
namespace {

TEST_F(ModelTest, AQueuedFileLoadsOnlyAfterItWasShown) {
    app.receive_file("qinghe-2022.json", std::make_unique<OwnedByteSource>(std::string(kQingheJson)), "");
    ASSERT_EQ(app.pending_loads.size(), 1u);
    app.advance_load_queue();          // not shown yet: waits
    EXPECT_EQ(app.reports.size(), 1u);
    app.loads_shown();
    EXPECT_TRUE(take_model_changed());   // a frame must come to load it
    app.advance_load_queue();
    EXPECT_TRUE(app.pending_loads.empty());
    EXPECT_EQ(app.reports.size(), 2u);
}

TEST_F(ModelTest, AFileThatCouldNotBeReadIsAnError) {
    app.receive_file("gone.json", nullptr, "404 Not Found");
    EXPECT_TRUE(app.pending_loads.empty());
    ASSERT_FALSE(app.errors.empty());
    EXPECT_EQ(app.errors.back().file, "gone.json");
    EXPECT_EQ(app.pending_tab, Tab::Errors);
}

TEST_F(ModelTest, ExportsGoThroughTheCoreAndDownload) {
    const auto csv = app.export_file("csv");
    ASSERT_TRUE(csv.has_value());
    EXPECT_EQ(csv->file_name, "星海区-2023-figures.csv");
    FigureFilter f;
    f.area = "惠民生";
    app.set_filter(f);
    const auto view = app.export_file("csv_view");
    ASSERT_TRUE(view.has_value());
    EXPECT_EQ(view->file_name, "星海区-2023-figures-惠民生.csv");
    EXPECT_EQ(view->bytes.find("促改革"), std::string::npos);
    EXPECT_FALSE(app.export_file("nonsense").has_value());
    EXPECT_TRUE(app.download("md"));
    ASSERT_EQ(platform::null::record().downloads.size(), 1u);
    EXPECT_EQ(platform::null::record().downloads[0].file_name, "星海区-2023-summary.md");
}

TEST_F(ModelTest, AToastShowsForItsTime) {
    platform::null::set_now(100);
    app.show_toast("已复制", 3.0);
    EXPECT_EQ(app.toast, "已复制");
    EXPECT_DOUBLE_EQ(app.toast_until, 103.0);
    EXPECT_TRUE(take_model_changed());
}

}  // namespace
}  // namespace gongkai::ui::testing
