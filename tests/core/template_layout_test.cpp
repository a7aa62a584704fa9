// template_layout_test.cpp — the printed layout of tables 二, 三, 四 agrees with the keys the
// loader accepts (json_template_layout.hpp), and a report's cells are listed in print order with
// their pointers and printed labels (the fictional 星海区 2021 report and a 2019 one built here).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/import.hpp"
#include "core/json_template_layout.hpp"
#include "core/template_layout.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

std::vector<std::string_view> cell_row_keys(std::string_view version) {
    std::vector<std::string_view> keys;
    for (const auto& r : application_row_layout(version))
        if (!r.key.empty()) keys.push_back(r.key);
    return keys;
}

TEST(TemplateLayout, ApplicationRowsAreTheLoadersRowsInPrintOrder) {
    for (std::string_view version : {"2019", "2021"}) {
        const auto expected = layout::application_rows(version);
        EXPECT_EQ(cell_row_keys(version), std::vector<std::string_view>(expected.begin(), expected.end())) << version;
    }
}

TEST(TemplateLayout, GroupHeadingsOpenTheirNumberedSubRows) {
    const auto rows = application_row_layout("2021");
    std::vector<std::string_view> headings;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        EXPECT_FALSE(r.label.zh.empty());
        EXPECT_FALSE(r.label.en.empty());
        if (r.key.empty()) {
            headings.push_back(r.label.zh);
            continue;
        }
        if (r.depth == 2) {
            // A numbered sub-row's key starts with its group, and a heading of that group precedes it.
            EXPECT_EQ(r.key.substr(0, r.group.size() + 1), std::string(r.group) + ".") << r.key;
            bool opened = false;
            for (std::size_t j = i; j-- > 0;)
                if (rows[j].key.empty()) {
                    opened = rows[j].group == r.group;
                    break;
                }
            EXPECT_TRUE(opened) << r.key;
        }
    }
    EXPECT_EQ(headings, (std::vector<std::string_view>{"三、本年度办理结果", "（三）不予公开", "（四）无法提供",
                                                       "（五）不予处理", "（六）其他处理"}));
    const ApplicationRowLayout* secret = find_application_row("denied.state_secret");
    ASSERT_NE(secret, nullptr);
    EXPECT_EQ(secret->full.zh, "三（三）不予公开 1.属于国家秘密");
    EXPECT_EQ(secret->label.zh, "1.属于国家秘密");
    EXPECT_EQ(secret->depth, 2);
}

TEST(TemplateLayout, The2019OtherHandlingIsOneRowThe2021OneAGroupOfThree) {
    const ApplicationRowLayout* other = find_application_row("other");
    ASSERT_NE(other, nullptr);
    EXPECT_EQ(other->label.zh, "（六）其他处理");
    EXPECT_EQ(other->depth, 1);
    EXPECT_EQ(application_row_layout("2019").size(), 27u);
    EXPECT_EQ(application_row_layout("2021").size(), 30u);
    EXPECT_EQ(find_application_row(""), nullptr);
    EXPECT_EQ(find_application_row("denied"), nullptr);
}

TEST(TemplateLayout, ApplicantColumnsFollowKApplicationColumnsWithTheirGroup) {
    const auto columns = application_columns();
    ASSERT_EQ(columns.size(), kApplicationColumns.size());
    for (std::size_t i = 0; i < columns.size(); ++i) EXPECT_EQ(columns[i].key, kApplicationColumns[i]);
    EXPECT_EQ(columns[0].label.zh, "自然人");
    EXPECT_TRUE(columns[0].group.zh.empty());
    for (std::size_t i = 1; i <= 5; ++i) EXPECT_EQ(columns[i].group.zh, "法人或其他组织");
    EXPECT_EQ(columns[5].label.zh, "其他");
    EXPECT_EQ(columns[6].label.zh, "总计");
    EXPECT_TRUE(columns[6].group.zh.empty());
}

TEST(TemplateLayout, ProactiveBlocksAreTheLoadersClauses) {
    for (std::string_view version : {"2019", "2021"}) {
        std::size_t blocks = 0;
        for (const auto& block : proactive_blocks(version)) {
            ++blocks;
            const layout::ProactiveClause* clause = layout::find_clause(version, block.clause);
            ASSERT_NE(clause, nullptr) << version << " " << block.clause;
            for (std::size_t i = 0; i < clause->items.size(); ++i)
                if (!clause->items[i].empty()) {
                    ASSERT_LT(i, block.items.size());
                    EXPECT_EQ(block.items[i], clause->items[i]);
                    EXPECT_NE(proactive_item_english(block.items[i]), block.items[i]);
                }
            std::size_t columns = 0;
            for (auto c : clause->columns) columns += !c.empty();
            ASSERT_EQ(block.columns.size(), columns);
            for (std::size_t i = 0; i < columns; ++i) EXPECT_EQ(block.columns[i].key, clause->columns[i]);
        }
        std::size_t expected = 0;
        for (const auto& c : layout::kProactiveClauses) expected += c.template_version == version;
        EXPECT_EQ(blocks, expected) << version;
    }
    EXPECT_TRUE(proactive_blocks("narrative").empty());
    EXPECT_EQ(proactive_column_label("2021", "decisions").zh, "本年处理决定数量");
    EXPECT_EQ(proactive_column_label("2019", "decisions").zh, "处理决定数量");
}

TEST(TemplateLayout, CaseTableIsThreeBlocksOfFiveResults) {
    const auto blocks = case_blocks();
    ASSERT_EQ(blocks.size(), 3u);
    EXPECT_EQ(blocks[0].label.zh, "行政复议");
    EXPECT_TRUE(blocks[0].group.zh.empty());
    EXPECT_EQ(blocks[1].label.zh, "未经复议直接起诉");
    EXPECT_EQ(blocks[2].label.zh, "复议后起诉");
    EXPECT_EQ(blocks[1].group.zh, "行政诉讼");
    EXPECT_EQ(blocks[2].group.zh, "行政诉讼");
    const auto columns = case_columns();
    ASSERT_EQ(columns.size(), layout::kCaseOutcomeKeys.size());
    for (std::size_t i = 0; i < columns.size(); ++i) EXPECT_EQ(columns[i].key, layout::kCaseOutcomeKeys[i]);
}

Report imported_2021() {
    const std::string bytes = test::read_file(test::source_path("tests/data/import/template-2021-tabs.txt"));
    ImportOptions options;
    options.file_name = "template-2021-tabs.txt";
    ImportResult r = import_text(bytes, options);
    EXPECT_TRUE(r.report.has_value());
    return r.report ? *r.report : Report{};
}

TEST(TemplateCells, ListsEveryCellOfThe2021ReportInPrintOrder) {
    const Report report = imported_2021();
    ASSERT_TRUE(report.tables);
    ASSERT_EQ(template_layout_version(report), "2021");
    const auto cells = template_cells(report);
    // 二: 规章 3 + 行政规范性文件 3 + 行政许可 1 + 行政处罚 1 + 行政强制 1 + 收费 1; 三: 25 × 7; 四: 3 × 5.
    ASSERT_EQ(cells.size(), 10u + 25u * 7u + 15u);
    EXPECT_EQ(cells.front().table, TemplateTableId::Proactive);
    EXPECT_EQ(cells.front().pointer, "/tables/proactive/0/made");
    EXPECT_EQ(cells.front().row_zh, "第二十条第（一）项 规章");
    EXPECT_EQ(cells.back().pointer, "/tables/litigation_after_review/total");

    std::set<std::string> pointers;
    for (const auto& c : cells) EXPECT_TRUE(pointers.insert(c.pointer).second) << "twice: " << c.pointer;

    const auto fees = template_cell_at(report, "/tables/proactive/5/fees");
    ASSERT_TRUE(fees);
    EXPECT_EQ(fees->row, "行政事业性收费");
    EXPECT_EQ(fees->clause, "20.8");
    EXPECT_DOUBLE_EQ(*fees->value, 356.42);
    EXPECT_EQ(fees->column_zh, "本年收费金额（单位：万元）");

    const auto third_party = template_cell_at(report, "/tables/applications/denied.third_party_rights/natural_person");
    ASSERT_TRUE(third_party);
    EXPECT_EQ(third_party->table, TemplateTableId::Applications);
    EXPECT_DOUBLE_EQ(*third_party->value, 2);
    EXPECT_EQ(third_party->row_zh, "三（三）不予公开 4.保护第三方合法权益");
    EXPECT_EQ(third_party->column_zh, "自然人");

    const auto legal = template_cell_at(report, "/tables/applications/other.other/legal_service_org");
    ASSERT_TRUE(legal);
    EXPECT_DOUBLE_EQ(*legal->value, 1);
    EXPECT_EQ(legal->column_zh, "法人或其他组织 法律服务机构");
    EXPECT_EQ(legal->column_en, "Legal persons and other organisations: Legal service organisations");

    const auto direct = template_cell_at(report, "/tables/litigation_direct/total");
    ASSERT_TRUE(direct);
    EXPECT_EQ(direct->table, TemplateTableId::Cases);
    EXPECT_DOUBLE_EQ(*direct->value, 2);
    EXPECT_EQ(direct->row_zh, "行政诉讼 未经复议直接起诉");
    EXPECT_EQ(direct->column_zh, "总计");

    // Table 三's rows come in the template's order: 一、二、三…四.
    std::vector<std::string> rows;
    for (const auto& c : cells)
        if (c.table == TemplateTableId::Applications && (rows.empty() || rows.back() != c.row)) rows.push_back(c.row);
    const auto expected = layout::application_rows("2021");
    EXPECT_EQ(rows, std::vector<std::string>(expected.begin(), expected.end()));

    EXPECT_FALSE(template_cell_at(report, "/tables/applications/nonsense/total"));
    EXPECT_FALSE(template_cell_at(report, "/figures/0/value"));
}

TEST(TemplateCells, A2019ReportKeepsItsOwnColumnsAndBlankCellsHaveNoValue) {
    Report report;
    report.meta.template_version = "2019";
    TemplateTables tables;
    tables.proactive.push_back({"20.5", "行政许可", {{"previous_items", 12}, {"change", -2}, {"decisions", 300}}});
    tables.proactive.push_back({"20.9", "政府集中采购", {{"procurement_items", 4}, {"procurement_amount", 88.5}}});
    ApplicationRow other{};
    other[0] = 1;
    other[6] = 1;  // the organisation columns left blank
    tables.applications["other"] = other;
    tables.review = CaseOutcomes{1, 0, 0, 0, 1};
    report.tables = tables;

    const auto cells = template_cells(report);
    ASSERT_EQ(cells.size(), 3u + 2u + 7u + 5u);
    EXPECT_EQ(cells[0].pointer, "/tables/proactive/0/previous_items");
    EXPECT_EQ(cells[1].column_zh, "本年增/减");
    EXPECT_DOUBLE_EQ(*cells[1].value, -2);
    EXPECT_EQ(cells[2].column_zh, "处理决定数量");
    EXPECT_EQ(cells[4].row_en, "Article 20, item (9): Centralised government procurement");
    EXPECT_EQ(cells[5].row_zh, "三（六）其他处理");
    EXPECT_DOUBLE_EQ(*cells[5].value, 1);
    EXPECT_FALSE(cells[6].value.has_value());
    EXPECT_EQ(cells[6].pointer, "/tables/applications/other/commercial_enterprise");
    EXPECT_EQ(cells[12].pointer, "/tables/review/maintained");
    EXPECT_EQ(cells[12].row_zh, "行政复议");

    // Without a stated version the layout follows the cells.
    report.meta.template_version.clear();
    EXPECT_EQ(template_layout_version(report), "2019");
}

TEST(TemplateCells, ANarrativeReportHasNone) {
    Report report;
    report.meta.template_version = "narrative";
    EXPECT_TRUE(template_cells(report).empty());
    EXPECT_FALSE(template_cell_at(report, "/tables/applications/new/total"));
}

}  // namespace
}  // namespace gongkai
