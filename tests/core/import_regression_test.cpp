// import_regression_test.cpp — inputs that once made the importer write invalid report JSON
// (found by tests/fuzz/fuzz_import.cpp). Whatever the text, an imported report must load.
#include <gtest/gtest.h>

#include <string>

#include "core/import.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

// Imports `text` and checks that the result, saved, loads again without errors.
void expect_import_reloads(const std::string& text, const char* what) {
    const ImportResult imported = import_text(text, {"regression.txt", "regression"});
    ASSERT_TRUE(imported.report.has_value()) << what;
    const LoadResult reloaded = load_json(save_report_json(*imported.report), "regression.json");
    for (const auto& d : reloaded.diagnostics) ADD_FAILURE() << what << ": " << d.to_string();
}

const ProactiveRow* find_row(const Report& report, const std::string& item) {
    if (!report.tables) return nullptr;
    for (const auto& row : report.tables->proactive)
        if (row.item == item) return &row;
    return nullptr;
}

TEST(ImportRegression, DamagedClauseHeadingDoesNotFileFeesUnderAnotherClause) {
    const std::string original = test::read_file(test::source_path("tests/fuzz/corpus/import/template-2021.txt"));
    ASSERT_NE(original.find("第二十条第（八）项"), std::string::npos);
    const std::string damaged = replace_once(original, "第二十条第（八）项", "（八）收费");

    expect_import_reloads(damaged, "damaged heading");
    const ImportResult imported = import_text(damaged, {"regression.txt", "regression"});
    const ProactiveRow* fees = find_row(*imported.report, "行政事业性收费");
    ASSERT_NE(fees, nullptr);
    EXPECT_EQ(fees->clause, "20.8");  // the item decides the clause, not the damaged heading
    ASSERT_EQ(fees->columns.count("fees"), 1u);
    EXPECT_DOUBLE_EQ(fees->columns.at("fees"), 35.6);
}

TEST(ImportRegression, FractionalCellInACountColumnLeavesTheRowOut) {
    const std::string original = test::read_file(test::source_path("tests/fuzz/corpus/import/template-2021.txt"));
    // 行政许可 counts decisions: a fraction there means the row was misread.
    const auto at = original.find("行政许可");
    ASSERT_NE(at, std::string::npos);
    const auto tab = original.find('\t', at);
    const auto eol = original.find('\n', tab);
    ASSERT_NE(tab, std::string::npos);
    std::string damaged = original;
    damaged.replace(tab + 1, eol - tab - 1, "12.5");
    expect_import_reloads(damaged, "fractional decisions");
}

}  // namespace
}  // namespace gongkai
