// fuxin_report_test.cpp — the bundled Fuxin 2017 report (assets/reports/fuxin-2017.json) is
// complete and faithful to its source text (assets/reports/fuxin-2017.txt).
//
// The importer is later measured against this file, so it must hold every count the text
// states, each with a quote that really sits at its offsets, and nothing "corrected".
#include <gtest/gtest.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/import_text.hpp"
#include "core/load.hpp"
#include "core/report.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

// How many figures the hand conversion holds; also the number of counts with a unit the text
// states (every one of them is a figure). Change both together, deliberately.
constexpr std::size_t kFigureCount = 122;
constexpr std::size_t kNumbersWithUnitInText = 122;

using test::read_file;
// Quote offsets count code points, so text is compared in UTF-32 (the core's lenient decoder;
// the loader has already refused invalid UTF-8).
using import_detail::u32_to_utf8;
using import_detail::utf8_to_u32;

std::string source_path(std::string_view relative) { return test::source_path(relative).string(); }

// The number as the report prints it: shortest round-trip form (9538, 30.77).
std::string format_value(double v) {
    std::array<char, 64> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return ec == std::errc{} ? std::string(buf.data(), end) : std::string{};
}

// The units a narrative report counts in, longest first so that 件次 is not read as 件.
// Dates (2017年10月23日) and document numbers (阜政办〔2017〕32号) are never followed by one of
// these, so they are not counts.
constexpr std::array<std::u32string_view, 11> kUnits = {
    U"件次", U"人次", U"条", U"件", U"项", U"次", U"个", U"家", U"人", U"批", U"%"};

struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
};

// Every "digits[.digits]unit" in the text, as code-point spans.
std::vector<std::pair<Span, std::u32string>> numbers_with_unit(const std::u32string& text) {
    auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
    std::vector<std::pair<Span, std::u32string>> found;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && is_digit(text[i])) ++i;
        if (i + 1 < text.size() && text[i] == U'.' && is_digit(text[i + 1])) {
            ++i;
            while (i < text.size() && is_digit(text[i])) ++i;
        }
        const std::u32string_view rest = std::u32string_view(text).substr(i);
        for (auto unit : kUnits) {
            if (rest.substr(0, unit.size()) == unit) {
                found.push_back({{start, i + unit.size()}, text.substr(start, i + unit.size() - start)});
                break;
            }
        }
    }
    return found;
}

class FuxinReport : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = source_path("assets/reports/fuxin-2017.json");
        const std::string bytes = read_file(path_);
        ASSERT_FALSE(bytes.empty()) << "cannot read " << path_;
        result_ = load_json(bytes, path_);
        for (const auto& d : result_.diagnostics)
            if (d.severity == Severity::Error) {
                ADD_FAILURE() << d.to_string();
            }
        ASSERT_TRUE(result_.ok());
        ASSERT_EQ(result_.reports.size(), 1u);
        report_ = &result_.reports.front();
        text_ = utf8_to_u32(report_->text);
    }

    // Checks that `quote` sits at its offsets in the text; returns its span.
    static ::testing::AssertionResult quote_matches(const std::u32string& text, const Quote& quote,
                                                    Span* span = nullptr) {
        if (!quote.start || !quote.end)
            return ::testing::AssertionFailure() << "quote without offsets: " << quote.text;
        const auto start = *quote.start;
        const auto end = *quote.end;
        if (start < 0 || end < start || static_cast<std::size_t>(end) > text.size())
            return ::testing::AssertionFailure() << "offsets " << start << ".." << end << " out of range";
        const auto at = text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
        if (at != utf8_to_u32(quote.text))
            return ::testing::AssertionFailure() << "text at " << start << ".." << end << " is \""
                                                 << u32_to_utf8(at) << "\", quote is \"" << quote.text << "\"";
        if (span) *span = {static_cast<std::size_t>(start), static_cast<std::size_t>(end)};
        return ::testing::AssertionSuccess();
    }

    const Figure& figure(const std::string& id) const {
        const Figure* f = report_->find_figure(id);
        if (!f) throw std::runtime_error("no figure " + id);
        return *f;
    }

    std::vector<const Figure*> parts_of(const std::string& id, const std::string& breakdown = {}) const {
        std::vector<const Figure*> parts;
        for (const auto& f : report_->figures)
            if (f.parent == id && f.breakdown == breakdown) parts.push_back(&f);
        return parts;
    }

    static double sum(const std::vector<const Figure*>& figures) {
        double total = 0;
        for (const auto* f : figures) total += f->value;
        return total;
    }

    std::string path_;
    LoadResult result_;
    const Report* report_ = nullptr;
    std::u32string text_;
};

TEST_F(FuxinReport, MetadataNamesTheCityNotTheInjectedText) {
    EXPECT_EQ(report_->id, "fuxin-2017");
    EXPECT_EQ(report_->meta.year.value_or(0), 2017);
    EXPECT_EQ(report_->meta.title, "阜新市2017年政府信息公开工作年度报告");
    EXPECT_EQ(report_->meta.issuer, "阜新市人民政府");
    EXPECT_EQ(report_->meta.issuer.find("必赢体育"), std::string::npos);
    EXPECT_EQ(report_->meta.region.name, "阜新市");
    EXPECT_EQ(report_->meta.region.level, "city");
    EXPECT_EQ(report_->meta.region.parent, "辽宁省");
    EXPECT_EQ(report_->meta.period_from, "2017-01-01");
    EXPECT_EQ(report_->meta.period_to, "2017-12-31");
    EXPECT_EQ(report_->meta.language, "zh-Hans");
    EXPECT_EQ(report_->meta.template_version, "narrative");
    // The URL of the original is not known; none may be made up.
    EXPECT_TRUE(report_->meta.source.url.empty());
}

TEST_F(FuxinReport, TextIsTheSourceFileByteForByte) {
    const std::string txt = read_file(source_path("assets/reports/fuxin-2017.txt"));
    ASSERT_FALSE(txt.empty());
    EXPECT_EQ(report_->text, txt);
}

TEST_F(FuxinReport, InjectionIsRecordedAsANote) {
    bool found = false;
    for (const auto& note : report_->meta.notes) {
        if (note.kind != "text-injection") continue;
        ASSERT_TRUE(note.quote.has_value());
        EXPECT_NE(note.quote->text.find("必赢体育"), std::string::npos);
        EXPECT_TRUE(quote_matches(text_, *note.quote));
        found = true;
    }
    EXPECT_TRUE(found) << "no text-injection note";
}

TEST_F(FuxinReport, EveryQuoteSitsAtItsOffsets) {
    for (const auto& note : report_->meta.notes)
        if (note.quote) {
            EXPECT_TRUE(quote_matches(text_, *note.quote)) << note.message;
        }
    for (const auto& f : report_->figures) {
        ASSERT_TRUE(f.quote.has_value()) << f.id << " has no quote";
        EXPECT_TRUE(quote_matches(text_, *f.quote)) << f.id;
    }
}

TEST_F(FuxinReport, EveryFigureStatesItsNumberAndPointsAtRealFigures) {
    std::set<std::string> ids;
    for (const auto& f : report_->figures) {
        EXPECT_TRUE(ids.insert(f.id).second) << "duplicate id " << f.id;
        ASSERT_TRUE(f.quote.has_value()) << f.id;
        // The value is written in the quote exactly as stored (nothing corrected, nothing rounded).
        EXPECT_NE(f.quote->text.find(format_value(f.value)), std::string::npos)
            << f.id << ": " << format_value(f.value) << " not in \"" << f.quote->text << "\"";
        EXPECT_FALSE(f.unit.empty()) << f.id;
        EXPECT_FALSE(f.measure.empty()) << f.id;
        EXPECT_FALSE(f.area.empty()) << f.id;
        if (!f.parent.empty()) {
            EXPECT_NE(report_->find_figure(f.parent), nullptr) << f.id << " -> " << f.parent;
        }
        if (f.unit == "%") {
            EXPECT_EQ(f.measure, "share") << f.id;
            EXPECT_TRUE(f.parent.empty()) << f.id << ": a percentage is not a part of a total";
        }
        if (!f.share_of.empty()) {
            const Figure* part = report_->find_figure(f.share_of);
            ASSERT_NE(part, nullptr) << f.id << " share_of " << f.share_of;
            EXPECT_FALSE(part->parent.empty()) << f.share_of << " is a share of no total";
        }
    }
}

TEST_F(FuxinReport, HasOneFigurePerCountInTheText) {
    EXPECT_EQ(report_->figures.size(), kFigureCount);
}

TEST_F(FuxinReport, EveryNumberWithAUnitIsInsideSomeQuote) {
    std::vector<Span> spans;
    for (const auto& f : report_->figures) {
        Span s;
        if (f.quote && quote_matches(text_, *f.quote, &s)) spans.push_back(s);
    }
    const auto numbers = numbers_with_unit(text_);
    // Pinned so that a scanner that finds nothing cannot pass.
    EXPECT_EQ(numbers.size(), kNumbersWithUnitInText);
    for (const auto& [span, words] : numbers) {
        bool covered = false;
        for (const auto& s : spans) covered = covered || (s.start <= span.start && span.end <= s.end);
        EXPECT_TRUE(covered) << u32_to_utf8(words) << " at " << span.start << " is in no figure's quote";
    }
}

TEST_F(FuxinReport, FiscalReformKeepsTheStatedTotalOf47) {
    // 公开财税体制改革信息47条, but its parts are 3+30+3+6+8 = 50: the file keeps what the report says.
    const Figure& total = figure("reform-fiscal");
    EXPECT_EQ(total.topic, "财税体制改革");
    EXPECT_EQ(total.value, 47);
    const auto parts = parts_of("reform-fiscal");
    EXPECT_EQ(parts.size(), 5u);
    EXPECT_EQ(sum(parts), 50);
    // The misprinted department is kept as printed.
    EXPECT_EQ(figure("reform-fiscal-debt").department, "市政局");
}

TEST_F(FuxinReport, RequestsAreSplitThreeWays) {
    const Figure& total = figure("requests-received");
    EXPECT_EQ(total.value, 26);
    EXPECT_EQ(total.measure, "requests");
    EXPECT_TRUE(parts_of("requests-received").empty()) << "every part names its breakdown";
    const std::map<std::string, std::size_t> expected = {{"channel", 3}, {"timeliness", 2}, {"outcome", 5}};
    for (const auto& [breakdown, count] : expected) {
        const auto parts = parts_of("requests-received", breakdown);
        EXPECT_EQ(parts.size(), count) << breakdown;
        EXPECT_EQ(sum(parts), 26) << breakdown;
        // Each part has its printed percentage.
        for (const auto* part : parts) {
            std::size_t shares = 0;
            for (const auto& f : report_->figures)
                if (f.share_of == part->id && f.unit == "%") ++shares;
            EXPECT_EQ(shares, 1u) << part->id;
        }
    }
    // Truncated, not rounded, as printed: 1/26 is 3.846…%.
    EXPECT_EQ(figure("requests-already-public-share").value, 3.84);
}

TEST_F(FuxinReport, NoInventedTotals) {
    // 主动公开各类政府信息9538条 is not said to contain section 三's figures.
    EXPECT_TRUE(parts_of("proactive-total").empty());
    for (const auto& f : report_->figures) {
        if (f.parent.empty()) continue;
        const Figure& parent = figure(f.parent);
        EXPECT_EQ(parent.area, f.area) << f.id << " is a part of a total in another area";
        EXPECT_EQ(parent.unit, f.unit) << f.id;
    }
}

}  // namespace
}  // namespace gongkai
