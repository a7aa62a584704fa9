// import_prose_corpus_test.cpp — the importer over our own corpus of report texts in the shapes
// real reports take on the web: tests/data/import/prose/ (fictional bodies, both eras; the texts
// and their expectations are written by hand in write_cases.py there).
//
// Each case: NAME.txt and NAME.expected.json with
//   meta          title, region, level, parent, year, issuer, template, language
//   figures       every count a careful reader records, with its quote snippet and parent
//   key_figures   proactive_total / applications_received: value and status
//   notes         note kinds the report must carry (text-injection)
//   spam          injected words that must appear in no label, title, region or issuer
//   tables        true when the template tables must be read
//
// Scores over the whole corpus (printed: ctest -V -R ImportProseCorpus):
//   precision      matched / figures found        — a found figure nobody would record is wrong
//   recall         matched / figures expected
//   link accuracy  of matched figures where the expectation or the importer states a parent or
//                  share_of, the share where both agree (no-parent pairs do not count, so the
//                  number is not padded by the easy case)
//   metadata       title, region, level, issuer, year, template, language fields right
//   key figures    value and status right
//   departments    matched figures whose department agrees (absent = the issuer's own)
//   spam in labels must be zero, and no figure may have a number its own quote does not hold.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/import.hpp"
#include "core/key_figures.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "import_compare.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

namespace fs = std::filesystem;

// Thresholds. The corpus was written before the rules were tuned, and the rules are tuned to
// classes of problems, never to one text; the bars are what the held-out targets need
// with a margin: precision must stay at or above 0.98 (an invented count is the worst error a
// reader can meet; one wrong figure in ~150 is the most we accept), recall ≥ 0.95 (the issue's
// target for count statements), link accuracy ≥ 0.90 (links are guesses from wording; below
// this the totals a user sees go wrong), metadata ≥ 0.95 and key figures ≥ 0.95 (19 of 20).
constexpr double kMinPrecision = 0.98;
constexpr double kMinRecall = 0.95;
constexpr double kMinLinks = 0.90;
constexpr double kMinMeta = 0.95;
constexpr double kMinKeys = 0.95;
// Departments (an absent one meaning "the issuer's own"): self-references, places naming the
// issuer and spam must not become departments, and one body's total must not be filed under
// another; the by-department charts depend on it.
constexpr double kMinDepartments = 0.95;

std::vector<fs::path> cases() {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(test::source_path("tests/data/import/prose"))) {
        const std::string name = entry.path().filename().string();
        if (name.size() > 14 && name.substr(name.size() - 14) == ".expected.json") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// True when `digits` (ASCII) or its Chinese-numeral reading stands in the quote: a figure's
// number must come from its own words. Zeros said in words have no digits to find.
bool quote_holds_number(const Figure& f) {
    if (!f.quote) return false;
    if (f.value == 0 && f.quote->text.find('0') == std::string::npos) return true;
    std::string plain;
    for (char c : test::folded(f.quote->text))  // the page's own １８６ is 186
        if (c != ',') plain.push_back(c);
    std::ostringstream v;
    v << std::setprecision(12) << f.value;
    if (plain.find(v.str()) != std::string::npos) return true;
    // Chinese numerals (三百二十条, 两台): some numeral character must be there.
    for (const char* numeral : {"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "兩"})
        if (f.quote->text.find(numeral) != std::string::npos) return true;
    return false;
}

struct Tally {
    std::size_t right = 0, total = 0;
    void add(bool ok) { right += ok; ++total; }
    double rate() const { return total ? static_cast<double>(right) / static_cast<double>(total) : 1.0; }
};

TEST(ImportProseCorpus, PrecisionRecallAndLinksOverOurOwnCorpus) {
    const auto files = cases();
    ASSERT_GE(files.size(), 30u);
    test::MatchScore total;
    Tally links, meta, keys;
    std::size_t spam_in_labels = 0, numbers_not_in_quote = 0;
    for (const auto& path : files) {
        const auto expected = nlohmann::json::parse(test::read_file(path));
        const std::string input = expected.at("input").get<std::string>();
        SCOPED_TRACE(input);
        const ImportResult result = import_text(test::read_file(path.parent_path() / input), {input, ""});
        ASSERT_TRUE(result.report) << (result.diagnostics.empty() ? "" : result.diagnostics.front().to_string());
        const Report& r = *result.report;
        EXPECT_EQ(result.detected_encoding, expected.value("encoding", std::string("UTF-8")));

        const auto& m = expected.at("meta");
        auto meta_field = [&](const char* field, const std::string& found) {
            const std::string want = m.value(field, std::string());
            meta.add(want == found);
            if (want != found) std::cout << "  " << input << " meta." << field << ": expected \"" << want << "\", found \"" << found << "\"\n";
        };
        meta_field("title", r.meta.title);
        meta_field("region", r.meta.region.name);
        meta_field("level", r.meta.region.level);
        if (m.contains("parent")) meta_field("parent", r.meta.region.parent);
        meta_field("issuer", r.meta.issuer);
        meta_field("template", r.meta.template_version);
        meta_field("language", r.meta.language);
        meta.add(r.meta.year.value_or(0) == m.value("year", 0));

        const auto score = test::score_figures(r.figures, expected.at("figures"));
        if (score.precision() < 1 || score.recall() < 1 || score.links.rate() < 1 ||
            (score.fields.count("department") && score.fields.at("department").rate() < 1))
            score.print(std::cout, input);
        total.add(score);
        links.right += score.links.agree;
        links.total += score.links.total;

        for (const auto& f : r.figures)
            if (!quote_holds_number(f)) {
                ++numbers_not_in_quote;
                ADD_FAILURE() << f.id << " " << f.value << " is not in its quote «" << (f.quote ? f.quote->text : "") << "»";
            }

        if (expected.contains("key_figures")) {
            const KeyFigures all = key_figures(r);
            for (const auto& [name, want] : expected["key_figures"].items()) {
                for (const auto& k : all.figures) {
                    if (k.name != name) continue;
                    const bool value_ok = want.contains("value") ? (k.value && *k.value == want["value"].get<double>()) : !k.value;
                    const bool status_ok = key_figure_status_name(k.status) == want["status"].get<std::string>();
                    keys.add(value_ok && status_ok);
                    if (!(value_ok && status_ok))
                        std::cout << "  " << input << " key " << name << ": expected " << want.dump() << ", found "
                                  << (k.value ? std::to_string(*k.value) : "none") << " " << key_figure_status_name(k.status) << "\n";
                }
            }
        }
        if (expected.contains("notes"))
            for (const auto& kind : expected["notes"]) {
                bool found = false;
                for (const auto& n : r.meta.notes) found = found || n.kind == kind.get<std::string>();
                EXPECT_TRUE(found) << "no note of kind " << kind;
            }
        if (expected.contains("spam"))
            for (const auto& word : expected["spam"]) {
                const std::string w = word.get<std::string>();
                auto check = [&](const std::string& label, const char* what) {
                    if (label.find(w) == std::string::npos) return;
                    ++spam_in_labels;
                    ADD_FAILURE() << "spam \"" << w << "\" in " << what << ": " << label;
                };
                check(r.meta.title, "title");
                check(r.meta.region.name, "region");
                check(r.meta.issuer, "issuer");
                for (const auto& f : r.figures) {
                    check(f.area, "area");
                    check(f.topic, "topic");
                    check(f.department, "department");
                    check(f.category, "category");
                }
            }
        EXPECT_EQ(r.tables.has_value(), expected.value("tables", false));

        // What the importer writes, the loader accepts (quotes sit at their offsets).
        const LoadResult back = load_json(save_report_json(r), input + ".json");
        EXPECT_TRUE(back.ok()) << (back.diagnostics.empty() ? "" : back.diagnostics.front().to_string());
    }
    std::cout << "prose corpus: " << files.size() << " reports, " << total.expected << " figures expected, "
              << total.found << " found, " << total.matched << " matched\n"
              << "  precision " << total.precision() * 100 << "% (min " << kMinPrecision * 100 << "%)\n"
              << "  recall " << total.recall() * 100 << "% (min " << kMinRecall * 100 << "%)\n"
              << "  link accuracy " << links.rate() * 100 << "% of " << links.total << " linked figures (min "
              << kMinLinks * 100 << "%)\n"
              << "  metadata " << meta.rate() * 100 << "% of " << meta.total << " fields (min " << kMinMeta * 100 << "%)\n"
              << "  key figures " << keys.rate() * 100 << "% of " << keys.total << " (min " << kMinKeys * 100 << "%)\n"
              << "  departments " << total.fields["department"].rate() * 100 << "% of " << total.fields["department"].total
              << " (min " << kMinDepartments * 100 << "%)\n"
              << "  spam in labels " << spam_in_labels << ", numbers not in their quote " << numbers_not_in_quote << "\n";
    EXPECT_GE(total.precision(), kMinPrecision);
    EXPECT_GE(total.recall(), kMinRecall);
    EXPECT_GE(links.rate(), kMinLinks);
    EXPECT_GE(meta.rate(), kMinMeta);
    EXPECT_GE(keys.rate(), kMinKeys);
    EXPECT_GE(total.fields["department"].rate(), kMinDepartments);
    EXPECT_EQ(spam_in_labels, 0u);
    EXPECT_EQ(numbers_not_in_quote, 0u);
}

}  // namespace
}  // namespace gongkai
