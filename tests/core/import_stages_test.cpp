// import_stages_test.cpp — the importer's stages one by one: decoding, HTML, normalising,
// traditional characters, numbers, headings, clauses; and inputs that must not hang or crash.
#include <gtest/gtest.h>

#include <string>

#include "core/import.hpp"
#include "core/import_clause.hpp"
#include "core/import_encoding.hpp"
#include "core/import_html.hpp"
#include "core/import_normalise.hpp"
#include "core/import_numbers.hpp"
#include "core/import_structure.hpp"
#include "core/import_text.hpp"
#include "core/import_traditional.hpp"

namespace gongkai::import_detail {
namespace {

std::string u8(std::u32string_view s) { return u32_to_utf8(s); }

TEST(ImportEncoding, DecodesGbkAndGb18030FourByteSequences) {
    // 政府信息 in GBK, then U+00DE (Þ) and U+20000 as GB18030 four-byte sequences.
    const std::string gbk = "\xD5\xFE\xB8\xAE\xD0\xC5\xCF\xA2";
    DecodedBytes d = decode_bytes(gbk);
    EXPECT_EQ(u8(d.text), "政府信息");
    EXPECT_EQ(d.encoding, "GBK");
    EXPECT_TRUE(d.converted);
    std::size_t invalid = 0;
    bool four = false;
    const std::u32string t = decode_gb18030("\x81\x30\x89\x37" "\x95\x32\x82\x36", invalid, four);
    EXPECT_EQ(invalid, 0u);
    EXPECT_TRUE(four);
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0], 0xDEu);
    EXPECT_EQ(t[1], 0x20000u);
}

TEST(ImportEncoding, Utf8WithBomAndMixedStretches) {
    EXPECT_EQ(decode_bytes("\xEF\xBB\xBF公开").encoding, "UTF-8 (BOM)");
    // UTF-8 text with a GBK stretch pasted in: the stretch is read as GB18030.
    const DecodedBytes d = decode_bytes("主动公开政府信息12条。另:\xB9\xAB\xBF\xAA");
    EXPECT_EQ(u8(d.text), "主动公开政府信息12条。另:公开");
    EXPECT_EQ(d.foreign_bytes, 4u);
}

TEST(ImportHtml, KeepsCellsApartAndDecodesEntities) {
    const std::u32string html = U"<p>甲&nbsp;乙&ldquo;丙&rdquo;&#20844;&#x5F00;</p><table><tr><td>区财政局</td><td>12条</td></tr></table><script>9条</script>";
    ASSERT_TRUE(looks_like_html(html));
    EXPECT_EQ(u8(strip_html(html)), "甲 乙“丙”公开\n区财政局\t12条\n");
    EXPECT_FALSE(looks_like_html(U"公开信息3条,其中 a<b 的情况"));
}

TEST(ImportNormalise, FullWidthCrlfAndIndentation) {
    EXPECT_EQ(u8(normalise_text(U"　　公开１２条，占３０．５％；\r\n（一）\u200b乙  \r丙")), "公开12条,占30.5%;\n(一)乙\n丙");
}

TEST(ImportTraditional, MapsReportVocabularyOneToOne) {
    const std::u32string t = U"主動公開政府資訊條項申請統計";
    const std::u32string s = simplified_copy(t);
    EXPECT_EQ(s.size(), t.size());
    EXPECT_EQ(u8(s), "主动公开政府资讯条项申请统计");
    EXPECT_EQ(u8(simplified_copy(U"显著")), "显著");  // simplified text is left alone
}

TEST(ImportNumbers, CountsNotDatesOrDocumentNumbers) {
    const std::u32string s = U"2017年3月,阜政办发〔2017〕34号,第3条,3个工作日,公开1,200条、9 538条、30.77%、100余件、1.2万人次,3.5条";
    const auto tokens = scan_numbers(s, 0, s.size());
    ASSERT_EQ(tokens.size(), 5u);
    EXPECT_EQ(tokens[0].value, 1200);
    EXPECT_EQ(tokens[1].value, 9538);
    EXPECT_FALSE(tokens[1].note.empty());
    EXPECT_EQ(tokens[2].value, 30.77);
    EXPECT_EQ(u8(tokens[2].unit), "%");
    EXPECT_EQ(tokens[3].qualifier, "over");
    EXPECT_EQ(tokens[4].value, 12000);
    EXPECT_EQ(u8(tokens[4].unit), "人次");
}

TEST(ImportStructure, HeadingMarkersAndShortNames) {
    const std::u32string text = U"一、主动公开政府信息情况\n(一)以政务公开助力稳增长公开情况\n1、预期引导信息公开情况\n(1)当面申请8件\n十一、其他应报告的事项";
    auto lines = split_lines(text);
    classify_headings(lines, text);
    ASSERT_EQ(lines.size(), 5u);
    EXPECT_EQ(lines[0].level, 1);
    EXPECT_EQ(u8(lines[0].name), "主动公开");
    EXPECT_EQ(lines[1].level, 2);
    EXPECT_EQ(u8(lines[1].name), "稳增长");
    EXPECT_EQ(lines[2].level, 3);
    EXPECT_EQ(u8(lines[2].name), "预期引导");
    EXPECT_EQ(lines[3].level, 0);  // a counted list item, not a heading
    EXPECT_EQ(lines[4].level, 1);
    EXPECT_EQ(u8(short_heading_name(U"政府和社会资本合作(PPP)项目信息公开情况")), "PPP项目");
    EXPECT_EQ(u8(short_heading_name(U"发展新产业、培育新动能工作信息公开情况")), "新产业新动能");
}

TEST(ImportClause, DepartmentCategoryQualifierShare) {
    ClauseReading r = read_clause(U"市财政局公开财政收支信息", U"");
    EXPECT_EQ(u8(r.department), "市财政局");
    EXPECT_EQ(u8(r.category), "财政收支信息");
    r = read_clause(U"我市共开展", U"简政放权工作");
    EXPECT_TRUE(r.self_subject);
    EXPECT_EQ(u8(r.category), "简政放权");
    EXPECT_TRUE(r.category_after);
    r = read_clause(U"解读比例已超过应解读文件的", U"");
    EXPECT_EQ(r.qualifier, "over");
    EXPECT_EQ(u8(r.category), "解读比例");
    r = read_clause(U"占比", U"");
    EXPECT_TRUE(r.share_word);
    r = read_clause(U"其中公开重大建设项目信息", U"");
    EXPECT_TRUE(r.qizhong);
    EXPECT_EQ(u8(r.category), "重大建设项目信息");
    EXPECT_FALSE(is_department_name(U"县政府门户网站"));
    EXPECT_TRUE(is_department_name(U"县行政审批局"));
}

}  // namespace
}  // namespace gongkai::import_detail

namespace gongkai {
namespace {

TEST(ImportRobustness, TenMegabyteLineAndPathologicalInputs) {
    // One 10 MB line without a break, prose with a count now and then: no recursion, no
    // quadratic scan. And 1 MB of nothing but counts in one endless sentence.
    std::string line = "政府信息公开";
    std::string prose;
    while (prose.size() < 1000) prose += "我市深入贯彻落实条例要求，不断加强政务公开工作，推进决策、执行、管理、服务和结果公开，";
    while (line.size() < (std::size_t{10} << 20)) line += prose + "公开信息12条，其中市财政局公开4条；";
    ImportResult r = import_text(line, {"long.txt", ""});
    ASSERT_TRUE(r.report);
    EXPECT_GT(r.report->figures.size(), 10000u);
    std::string dense = "政府信息公开";
    while (dense.size() < (std::size_t{1} << 20)) dense += "公开信息12条,其中市财政局公开4条、";
    r = import_text(dense, {"dense.txt", ""});
    ASSERT_TRUE(r.report);
    // A 1 MB run of digits, of 其中, of heading markers, of '<'.
    for (const std::string unit : {"1", "其中", "一、", "<", "&#", "(一)", "%"}) {
        std::string text = "政府信息公开年度报告\n";
        while (text.size() < (std::size_t{1} << 20)) text += unit;
        ImportResult p;
        ASSERT_NO_THROW(p = import_text(text, {"p.txt", ""}));
        EXPECT_TRUE(p.report || has_errors(p.diagnostics));
    }
}

TEST(ImportErrors, EmptyBinaryAndJsonAreRefusedWithAMessage) {
    for (const std::string bytes : {std::string(), std::string("   \n\n"), std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
                                    std::string("{\"format\": \"gongkai.report\", \"meta\": {\"title\": \"公开信息3条\"}}")}) {
        const ImportResult r = import_text(bytes, {"x", ""});
        EXPECT_FALSE(r.report);
        EXPECT_TRUE(has_errors(r.diagnostics));
        ASSERT_FALSE(r.diagnostics.empty());
        EXPECT_FALSE(r.diagnostics.back().message.empty());
    }
}

}  // namespace
}  // namespace gongkai
