// report_id_test.cpp — readable, unique ids for pasted and imported reports; report identity.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/report_id.hpp"

namespace gongkai {
namespace {

// A fictional report (星海区), not a real one.
Report fictional(int year) {
    Report r;
    r.meta.title = "星海区" + std::to_string(year) + "年政府信息公开工作年度报告";
    r.meta.issuer = "星海区人民政府办公室";
    r.meta.year = year;
    r.text = "星海区2023年主动公开政府信息1200条。";
    return r;
}

TEST(ReportId, PasteGetsYearNotThePlaceholder) {
    EXPECT_EQ(readable_report_id(fictional(2023), "pasted-text.txt"), "report-2023");
    Report no_year = fictional(2023);
    no_year.meta.year.reset();
    EXPECT_EQ(readable_report_id(no_year, "pasted-text.txt"), "report");
}

TEST(ReportId, FileNameWordsKept) {
    EXPECT_EQ(readable_report_id(fictional(2023), "Xinghai District.txt"), "xinghai-district-2023");
    EXPECT_EQ(readable_report_id(fictional(2023), "/tmp/xinghai-2023.html"), "xinghai-2023");
    // A Chinese file name has no ASCII words: the title's (none) and issuer's (none) neither.
    EXPECT_EQ(readable_report_id(fictional(2023), "星海区.txt"), "report-2023");
    Report latin = fictional(2023);
    latin.meta.title = "Qinghe County Annual Report";
    EXPECT_EQ(readable_report_id(latin, "青禾县.txt"), "qinghe-county-annual-report-2023");
}

TEST(ReportId, MadeUniqueWithNumbers) {
    std::set<std::string> taken{"report-2023", "report-2023-2"};
    auto is_taken = [&](const std::string& id) { return taken.count(id) > 0; };
    EXPECT_EQ(unique_report_id("report-2023", is_taken), "report-2023-3");
    EXPECT_EQ(unique_report_id("report-2024", is_taken), "report-2024");
}

TEST(ReportId, SameSourceByTextOrFigures) {
    Report a = fictional(2023), b = fictional(2023);
    EXPECT_TRUE(same_report_source(a, b));
    b.text += "另";
    EXPECT_FALSE(same_report_source(a, b));
    a.text.clear();
    b.text.clear();
    Figure f;
    f.value = 1200;
    f.unit = "条";
    a.figures.push_back(f);
    b.figures.push_back(f);
    EXPECT_TRUE(same_report_source(a, b));
    b.figures[0].value = 1201;
    EXPECT_FALSE(same_report_source(a, b));
}

}  // namespace
}  // namespace gongkai
