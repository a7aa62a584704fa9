// import_fuxin_test.cpp — the importer on the real Fuxin 2017 text, scored figure for figure
// against the hand conversion (assets/reports/fuxin-2017.json).
//
// Prints precision, recall and per-field agreement (visible with ctest -V).
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include <nlohmann/json.hpp>

#include "core/import.hpp"
#include "core/zero_phrases.hpp"
#include "import_compare.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

TEST(ImportFuxin, MatchesTheHandConversion) {
    const std::string text = test::read_file(test::source_path("assets/reports/fuxin-2017.txt"));
    const std::string hand = test::read_file(test::source_path("assets/reports/fuxin-2017.json"));
    ASSERT_FALSE(text.empty());
    ASSERT_FALSE(hand.empty());
    const auto expected = nlohmann::json::parse(hand);

    const ImportResult result = import_text(text, {"fuxin-2017.txt", "fuxin-2017"});
    ASSERT_TRUE(result.report.has_value());
    const Report& report = *result.report;

    // Every quote is the text at its offsets (code points).
    const std::u32string text32 = [&] {
        std::u32string out;
        for (std::size_t i = 0; i < report.text.size();) {
            const auto b = static_cast<unsigned char>(report.text[i]);
            const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            char32_t c = len == 1 ? b : b & (0xFF >> (len + 1));
            for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(report.text[i + k]) & 0x3F);
            out.push_back(c);
            i += len;
        }
        return out;
    }();
    for (const auto& f : report.figures) {
        ASSERT_TRUE(f.quote && f.quote->start && f.quote->end) << f.id;
        std::string slice;
        for (auto k = *f.quote->start; k < *f.quote->end; ++k) {
            const char32_t c = text32[static_cast<std::size_t>(k)];
            if (c < 0x80) slice.push_back(static_cast<char>(c));
            else if (c < 0x800) { slice.push_back(static_cast<char>(0xC0 | (c >> 6))); slice.push_back(static_cast<char>(0x80 | (c & 0x3F))); }
            else { slice.push_back(static_cast<char>(0xE0 | (c >> 12))); slice.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F))); slice.push_back(static_cast<char>(0x80 | (c & 0x3F))); }
        }
        EXPECT_EQ(slice, f.quote->text) << f.id;
    }
    // The hand file's text is the same text, so offsets are comparable.
    ASSERT_EQ(report.text, expected.value("text", std::string()));

    // The hand file records counts written in digits. The text also says, in words, that no review
    // and no lawsuit arose (未发生因依申请公开引起的行政复议和行政诉讼案件): those two zeros are
    // checked here and left out of the score against the hand file.
    std::vector<Figure> digits;
    std::vector<const Figure*> zeros;
    for (const auto& f : report.figures) {
        const bool in_words = std::find(f.notes.begin(), f.notes.end(), std::string(import_detail::kStatedInWordsNote)) != f.notes.end();
        if (in_words) zeros.push_back(&f);
        else digits.push_back(f);
    }
    ASSERT_EQ(zeros.size(), 2u);
    EXPECT_EQ(zeros[0]->category, "行政复议");
    EXPECT_EQ(zeros[1]->category, "行政诉讼");
    for (const Figure* z : zeros) {
        EXPECT_EQ(z->value, 0);
        EXPECT_EQ(z->measure, "cases");
        EXPECT_EQ(z->quote->text, "未发生因依申请公开引起的行政复议和行政诉讼案件");
    }
    const test::MatchScore score = test::score_figures(digits, expected["figures"]);
    score.print(std::cout, "fuxin-2017");
    EXPECT_EQ(score.precision(), 1.0);
    EXPECT_GE(score.recall(), 0.98);
    // The structure must be right: where a figure sits, who disclosed it, what it is part of.
    for (const char* field : {"area", "department", "parent", "share_of", "breakdown", "measure", "qualifier"})
        EXPECT_EQ(score.fields.at(field).rate(), 1.0) << field;
    // Topic and category names are partly editorial in the hand file (权责清单 for
    // 《市政府工作部门权责清单》, 减税降费降成本 for the heading 减税、降费、降低要素成本):
    // report them, and hold them to a floor.
    EXPECT_GE(score.fields.at("topic").rate(), 0.95);
    EXPECT_GE(score.fields.at("category").rate(), 0.93);

    const Meta& m = report.meta;
    EXPECT_EQ(m.title, expected["meta"].value("title", std::string()));
    EXPECT_EQ(m.region.name, "阜新市");
    EXPECT_EQ(m.region.level, "city");
    EXPECT_EQ(m.year, 2017);
    EXPECT_EQ(m.issuer, "阜新市人民政府");
    EXPECT_EQ(m.template_version, "narrative");
    EXPECT_EQ(m.period_from, "2017-01-01");
    EXPECT_EQ(m.period_to, "2017-12-31");
    ASSERT_FALSE(m.notes.empty());
    EXPECT_EQ(m.notes[0].kind, "text-injection");
    EXPECT_EQ(result.detected_encoding, "UTF-8");
    EXPECT_FALSE(result.converted);

    ASSERT_EQ(report.sections.size(), 2u);
    EXPECT_EQ(report.sections[0].kind, "problems");
    EXPECT_EQ(report.sections[1].kind, "measures");
    EXPECT_EQ(report.sections[0].text, expected["sections"][0].value("text", std::string()));
}

}  // namespace
}  // namespace gongkai
