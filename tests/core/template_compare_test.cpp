// template_compare_test.cpp — cells matched by meaning across reports (fictional 星海区 2020
// and 2021 tables built here), and differences that never turn an absent cell into −100%.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/template_compare.hpp"

namespace gongkai {
namespace {

Report tables_report(const std::string& version, std::vector<ProactiveRow> proactive,
                     std::map<std::string, ApplicationRow> applications) {
    Report r;
    r.meta.template_version = version;
    TemplateTables t;
    t.proactive = std::move(proactive);
    t.applications = std::move(applications);
    r.tables = std::move(t);
    return r;
}

ApplicationRow row_total(double total) {
    ApplicationRow row{};
    row[6] = total;
    return row;
}

const CellComparison* find(const std::vector<CellComparison>& cells, const std::string& row, const std::string& column) {
    for (const auto& c : cells)
        if (c.row == row && c.column == column) return &c;
    return nullptr;
}

TEST(TemplateCompare, MatchesCellsByMeaningNotByStoragePlace) {
    // 2021 lists 行政许可 first; 2020 (2019 layout) lists 规章 first.
    const Report y2020 = tables_report("2019", {{"20.1", "规章", {{"produced", 1}}}, {"20.5", "行政许可", {{"decisions", 40}}}},
                                       {{"new", row_total(40)}, {"other", row_total(2)}});
    const Report y2021 = tables_report("2021", {{"20.5", "行政许可", {{"decisions", 50}}}},
                                       {{"new", row_total(50)}, {"other.other", row_total(1)}});
    const auto cells = compare_template_cells({&y2020, &y2021});

    const CellComparison* licences = find(cells, "行政许可", "decisions");
    ASSERT_NE(licences, nullptr);
    EXPECT_EQ(licences->values[0], 40);
    EXPECT_EQ(licences->values[1], 50);
    EXPECT_EQ(licences->pointers[0], "/tables/proactive/1/decisions");
    EXPECT_EQ(licences->pointers[1], "/tables/proactive/0/decisions");
    EXPECT_EQ(cell_difference(licences->values[0], licences->values[1]), 10);
    EXPECT_DOUBLE_EQ(*cell_percent_change(licences->values[0], licences->values[1]), 25.0);

    const CellComparison* received = find(cells, "new", "total");
    ASSERT_NE(received, nullptr);
    EXPECT_EQ(received->values[0], 40);
    EXPECT_EQ(received->values[1], 50);

    // 2019's single 其他处理 row and 2021's 3.其他 are different cells: each absent in the other.
    const CellComparison* other2019 = find(cells, "other", "total");
    const CellComparison* other2021 = find(cells, "other.other", "total");
    ASSERT_NE(other2019, nullptr);
    ASSERT_NE(other2021, nullptr);
    EXPECT_FALSE(other2019->values[1].has_value());
    EXPECT_TRUE(other2019->pointers[1].empty());
    EXPECT_FALSE(cell_difference(other2019->values[0], other2019->values[1]).has_value());
    EXPECT_FALSE(cell_percent_change(other2019->values[0], other2019->values[1]).has_value());
    EXPECT_FALSE(cell_percent_change(other2021->values[0], other2021->values[1]).has_value());

    // The 2019-only 规章 produced cell comes first (the first report's print order).
    EXPECT_EQ(cells.front().row, "规章");
    EXPECT_EQ(cells.front().column, "produced");
}

TEST(TemplateCompare, ADifferenceFromZeroHasNoPercentage) {
    EXPECT_EQ(cell_difference(0.0, 3.0), 3);
    EXPECT_FALSE(cell_percent_change(0.0, 3.0).has_value());
    EXPECT_DOUBLE_EQ(*cell_percent_change(4.0, 0.0), -100.0);  // a stated zero is a real −100%
    EXPECT_FALSE(cell_difference(std::nullopt, 3.0).has_value());
}

TEST(TemplateCompare, AReportWithoutTablesAddsOnlyAbsentValues) {
    Report narrative;
    narrative.meta.template_version = "narrative";
    const Report y2021 = tables_report("2021", {}, {{"new", row_total(50)}});
    const auto cells = compare_template_cells({&narrative, &y2021});
    ASSERT_EQ(cells.size(), 7u);  // the seven columns of row new
    for (const auto& c : cells) EXPECT_FALSE(c.values[0].has_value());
    EXPECT_TRUE(compare_template_cells({}).empty());
}

}  // namespace
}  // namespace gongkai
