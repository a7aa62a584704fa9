// import_corpus_test.cpp — the importer on texts nobody tuned it on: tests/data/import/.
//
// Each case is an input file and NAME.expected.json beside it, written by hand:
//   input, encoding, converted   the file and how it must be decoded
//   meta                         title, region, level, year, issuer, template, language, period
//   figures                      every figure a careful reader would record (quote: a snippet
//                                of the quote; absent fields mean "not stated")
//   tables                       the template tables as report JSON writes them
//   sections                     the kinds of the prose sections, in order
//   error                        for texts that must be refused: part of the error message
// Prints precision, recall and field agreement per case and over the corpus (ctest -V).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "core/import.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "import_compare.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> expected_files() {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(test::source_path("tests/data/import"))) {
        const std::string name = entry.path().filename().string();
        if (name.size() > 14 && name.substr(name.size() - 14) == ".expected.json") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(ImportCorpus, EveryCaseMatchesItsHandWrittenExpectation) {
    const auto files = expected_files();
    ASSERT_GE(files.size(), 10u);
    test::MatchScore total;
    for (const auto& path : files) {
        const auto expected = nlohmann::json::parse(test::read_file(path));
        const std::string input = expected.at("input").get<std::string>();
        SCOPED_TRACE(input);
        const std::string bytes = test::read_file(path.parent_path() / input);
        ASSERT_FALSE(bytes.empty());
        const ImportResult result = import_text(bytes, {input, ""});

        if (expected.contains("error")) {
            EXPECT_FALSE(result.report);
            bool found = false;
            for (const auto& d : result.diagnostics)
                found = found || (d.severity == Severity::Error && d.message.find(expected["error"].get<std::string>()) != std::string::npos);
            EXPECT_TRUE(found) << "expected an error mentioning: " << expected["error"];
            continue;
        }
        ASSERT_TRUE(result.report);
        const Report& r = *result.report;
        EXPECT_EQ(result.detected_encoding, expected.value("encoding", std::string("UTF-8")));
        EXPECT_EQ(result.converted, expected.value("converted", false));

        const auto& m = expected.at("meta");
        EXPECT_EQ(r.meta.title, m.value("title", std::string()));
        EXPECT_EQ(r.meta.region.name, m.value("region", std::string()));
        EXPECT_EQ(r.meta.region.level, m.value("level", std::string()));
        EXPECT_EQ(r.meta.year.value_or(0), m.value("year", 0));
        EXPECT_EQ(r.meta.issuer, m.value("issuer", std::string()));
        EXPECT_EQ(r.meta.template_version, m.value("template", std::string()));
        EXPECT_EQ(r.meta.language, m.value("language", std::string()));
        if (m.contains("period_from")) {
            EXPECT_EQ(r.meta.period_from, m.value("period_from", std::string()));
            EXPECT_EQ(r.meta.period_to, m.value("period_to", std::string()));
        }

        const auto score = test::score_figures(r.figures, expected.at("figures"));
        score.print(std::cout, input);
        EXPECT_EQ(score.precision(), 1.0);
        EXPECT_EQ(score.recall(), 1.0);
        total.add(score);

        // What the importer writes, the loader accepts (quotes sit at their offsets, ids resolve).
        const LoadResult back = load_json(save_report_json(r), input + ".json");
        EXPECT_TRUE(back.ok()) << (back.diagnostics.empty() ? "" : back.diagnostics.front().to_string());
        auto saved = nlohmann::json::parse(save_report_json(r));
        if (expected.contains("tables")) {
            ASSERT_TRUE(saved.contains("tables"));
            // The cells' sources (offsets into the text) are checked by the loader above, and cell
            // by cell in key_figures_test.cpp; here every cell read must have one.
            ASSERT_TRUE(saved["tables"].contains("sources"));
            EXPECT_FALSE(saved["tables"]["sources"].empty());
            saved["tables"].erase("sources");
            EXPECT_EQ(saved["tables"], expected["tables"]) << "found:\n" << saved["tables"].dump(1);
        } else {
            EXPECT_FALSE(saved.contains("tables"));
        }
        if (expected.contains("sections")) {
            std::vector<std::string> kinds;
            for (const auto& s : r.sections) kinds.push_back(s.kind);
            EXPECT_EQ(kinds, expected["sections"].get<std::vector<std::string>>());
        }
    }
    total.print(std::cout, "corpus");
    EXPECT_EQ(total.precision(), 1.0);
    EXPECT_GE(total.recall(), 0.98);
    for (const auto& [field, s] : total.fields) EXPECT_GE(s.rate(), 0.98) << field;
}

}  // namespace
}  // namespace gongkai
