// export_dispatch_test.cpp — one dispatch for every export the page and the CLI write.
#include <gtest/gtest.h>

#include "core/audit.hpp"
#include "core/export_dispatch.hpp"
#include "core/load.hpp"

namespace gongkai {
namespace {

// Fictional reports (星海区 and 青禾县 do not exist).
std::vector<Report> fictional_reports() {
    const char* json = R"({"format": "gongkai.collection", "version": 1, "reports": [
      {"format": "gongkai.report", "version": 1, "id": "xinghai-2023",
       "meta": {"title": "星海区2023年政府信息公开工作年度报告（虚构）", "region": {"name": "星海区"}, "year": 2023},
       "figures": [
         {"id": "a", "area": "促改革", "topic": "财税", "value": 10, "unit": "条", "measure": "published"},
         {"id": "a1", "area": "促改革", "topic": "财税", "department": "区财政局", "value": 7, "unit": "条", "measure": "published", "parent": "a"},
         {"id": "a2", "area": "促改革", "topic": "财税", "department": "区审计局", "value": 4, "unit": "条", "measure": "published", "parent": "a"},
         {"id": "b", "area": "惠民生", "topic": "教育", "value": 6, "unit": "条", "measure": "published"}]},
      {"format": "gongkai.report", "version": 1, "id": "qinghe-2022",
       "meta": {"title": "青禾县2022年政府信息公开工作年度报告（虚构）", "region": {"name": "青禾县"}, "year": 2022},
       "figures": [{"id": "c", "area": "稳增长", "value": 3, "unit": "条", "measure": "published"}]}]})";
    LoadResult r = load_json(json, "fictional.json");
    EXPECT_TRUE(r.ok()) << (r.diagnostics.empty() ? "" : r.diagnostics.front().message);
    return r.reports;
}

TEST(ExportDispatch, ReportFormatsNameWhatTheyHold) {
    const std::vector<Report> all = fictional_reports();
    ASSERT_EQ(all.size(), 2u);
    const std::vector<Report> one{all[0]};
    const std::vector<Finding> findings = audit(all);

    auto csv = export_reports("csv", one, {});
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv->file_name, "星海区-2023-figures.csv");
    EXPECT_EQ(csv->mime_type, "text/csv;charset=utf-8");
    EXPECT_EQ(csv->bytes.rfind("\xEF\xBB\xBF", 0), 0u);   // the BOM Excel needs

    auto json = export_reports("json", one, {});
    ASSERT_TRUE(json);
    EXPECT_EQ(json->file_name, "星海区-2023-report.json");
    EXPECT_EQ(export_reports("json", all, {})->file_name, "gongkai-collection.json");
    EXPECT_EQ(export_reports("collection", one, {})->file_name, "gongkai-collection.json");

    auto md = export_reports("md", all, findings);
    ASSERT_TRUE(md);
    EXPECT_NE(md->bytes.find("\n---\n\n"), std::string::npos);   // one summary per report
    EXPECT_NE(md->bytes.find("parts-sum"), std::string::npos);     // 7 + 4 is not 10

    auto html = export_reports("html", one, findings);
    ASSERT_TRUE(html);
    EXPECT_EQ(html->file_name, "星海区-2023-summary.html");
    EXPECT_FALSE(export_reports("html", all, findings));   // one page, one report
    EXPECT_FALSE(export_reports("xls", one, {}));
}

TEST(ExportDispatch, CsvTakesTheFilterAndTheViewName) {
    const std::vector<Report> one{fictional_reports()[0]};
    ReportExportOptions options;
    options.filter.equals.push_back({Field::Area, "惠民生"});
    options.csv_view = "figures-惠民生";
    auto csv = export_reports("csv", one, {}, options);
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv->file_name, "星海区-2023-figures-惠民生.csv");
    EXPECT_EQ(csv->bytes.find("促改革"), std::string::npos);
    EXPECT_NE(csv->bytes.find("教育"), std::string::npos);
}

TEST(ExportDispatch, DefaultBarsShowTheTotalOnceAndExportAsSvg) {
    const Report report = fictional_reports()[0];
    const ChartData bars = default_bar_chart(report, Field::Area);
    ASSERT_FALSE(bars.rows.empty());
    bool found = false;
    for (const ChartRow& row : bars.rows) {
        if (row.label != "促改革") continue;
        found = true;
        // Counted once: its parts (7 + 4 are over the stated 10, which the audit reports), never 10 + 7 + 4.
        EXPECT_EQ(row.values[0], 11);
    }
    EXPECT_TRUE(found);
    auto svg = export_chart("svg", bars, &report, "chart-bars-area");
    ASSERT_TRUE(svg);
    EXPECT_EQ(svg->file_name, "星海区-2023-chart-bars-area.svg");
    EXPECT_NE(svg->bytes.find("<svg"), std::string::npos);
    auto csv = export_chart("chart_csv", bars, &report, "chart-bars-area");
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv->file_name, "星海区-2023-chart-bars-area.csv");
    EXPECT_FALSE(export_chart("svg", ChartData{}, &report, "chart-bars-area"));   // never an empty picture
}

}  // namespace
}  // namespace gongkai
