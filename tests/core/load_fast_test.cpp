// load_fast_test.cpp — the fast loader (load_fast.cpp) must agree with the general loader on
// every input: the same reports (saved to the same bytes) and the same diagnostics, in the
// same order. And it must actually be taken for clean files, or it would be dead weight.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/load.hpp"
#include "core/load_fast.hpp"
#include "core/save.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

std::string describe(const LoadResult& r) {
    std::string out = save_collection_json(r.reports);
    for (const auto& d : r.diagnostics) out += d.to_string() + "\n";
    return out;
}

// Loads `bytes` both ways and returns the general loader's account, after checking they match.
std::string expect_same(std::string_view bytes, const std::string& label) {
    LoadLimits general;
    general.fast_path = false;
    const std::string slow = describe(load_json(bytes, "same.json", general));
    const std::string fast = describe(load_json(bytes, "same.json"));
    EXPECT_EQ(slow, fast) << label;
    return slow;
}

bool fast_loader_takes(std::string_view text) {
    std::vector<Diagnostic> diagnostics;
    load_detail::DiagnosticSink sink;
    sink.out = &diagnostics;
    std::vector<Report> reports;
    return load_detail::load_fast(text, 64, sink, reports) == load_detail::FastLoad::Loaded;
}

std::vector<std::filesystem::path> json_files_under(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::exists(dir)) return files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    return files;
}

TEST(LoadFast, TakesTheCleanFilesWeShip) {
    for (const char* name : {"assets/reports/fuxin-2017.json", "tests/data/good/collection.json",
                             "tests/data/good/template-2019.json", "tests/data/good/template-2021.json",
                             "tests/data/good/minimal.json",
                             // template tables with their cells' sources (tables.sources)
                             "tests/data/template-era/qinghe-2021.json", "tests/data/template-era/songlin-2021.json"}) {
        const std::string bytes = test::read_file(test::source_path(name));
        ASSERT_FALSE(bytes.empty()) << name;
        EXPECT_TRUE(fast_loader_takes(bytes)) << name;
    }
}

TEST(LoadFast, AgreesWithTheGeneralLoaderOnEveryTestFile) {
    std::size_t files = 0;
    for (const char* dir : {"assets/reports", "tests/data", "tests/fuzz/corpus"}) {
        for (const auto& path : json_files_under(test::source_path(dir))) {
            expect_same(test::read_file(path), path.string());
            ++files;
        }
    }
    EXPECT_GT(files, 40u);
}

TEST(LoadFast, AgreesOnJsonTestSuite) {
    const auto dir = test::shared_dir() / "conformance" / "JSONTestSuite" / "test_parsing";
    if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " is absent (../shared is not part of the repo)";
    std::size_t cases = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        expect_same(test::read_file(entry.path()), entry.path().filename().string());
        ++cases;
    }
    EXPECT_GT(cases, 300u);
}

// Reports in a collection that break one rule each: the fast loader hands each to the general
// loader, which explains it at the same place, while the clean ones around it load.
TEST(LoadFast, UncleanReportsInACollectionAreExplainedAsBefore) {
    const std::string clean = R"({"id":"ok%","meta":{"title":"甲"},"figures":[{"id":"f1","value":3,"unit":"条"}]})";
    const std::vector<std::string> unclean = {
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":3,"unit":"条","oops":1}]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":-1,"unit":"条"}]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":1.5,"unit":"条"}]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":"3","unit":"条"}]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":3,"unit":""}]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f 1","value":3,"unit":"条"}]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":3,"unit":"条","measure":"publish"}]})",
        R"({"id":"u","meta":{"title":"乙","year":1800},"figures":[]})",
        R"({"id":"u","meta":{"title":"乙","period":{"from":"2017-12-31","to":"2017-01-01"}},"figures":[]})",
        R"({"id":"u","meta":{"title":"乙","period":{"from":"2017-02-30"}},"figures":[]})",
        R"({"id":"u","meta":{"title":"乙","region":{"level":"town"}},"figures":[]})",
        R"({"id":"u","meta":{},"figures":[]})",
        R"({"id":"u","figures":[]})",
        R"({"id":"u","meta":{"title":"乙"}})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":3,"unit":"条","quote":{"text":"x","start":4}}]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":3,"unit":"条","quote":{"text":"x","start":4,"end":2}}]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":3,"unit":"条","parent":"f9"}]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":3,"unit":"条","quote":{"text":"三"}}],"text":"四"})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[],"tables":{"review":{}}})",
        R"({"id":"u","meta":{"title":"乙","template":"2019"},"figures":[],"tables":{"review":{"total":"x"}}})",
        R"({"format":"gongkai.collection","id":"u","meta":{"title":"乙"},"figures":[]})",
        R"({"version":2,"id":"u","meta":{"title":"乙"},"figures":[]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[],"sections":[{"heading":"x"}]})",
        R"({"id":"u","meta":{"title":"乙","notes":[{"kind":"typo"}]},"figures":[]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":3,"unit":"条","unsure":1}]})",
        R"({"id":"u","meta":{"title":"乙"},"figures":[{"id":"f1","value":3,"unit":"条","notes":[1]}]})",
        R"(7)",
        R"({"id":"ok0","meta":{"title":"repeated id"},"figures":[]})",
    };
    std::string reports;
    for (std::size_t i = 0; i < unclean.size(); ++i) {
        std::string ok = clean;
        ok.replace(ok.find('%'), 1, std::to_string(i));
        reports += (i ? "," : "") + ok + "," + unclean[i];
    }
    const std::string doc = R"({"format":"gongkai.collection","version":1,"reports":[)" + reports + "]}";
    EXPECT_TRUE(fast_loader_takes(doc));
    const std::string account = expect_same(doc, "unclean collection");
    const LoadResult loaded = load_json(doc, "c.json");
    // Every clean one, and of the others only the first: an unknown key is only a warning.
    EXPECT_EQ(loaded.reports.size(), unclean.size() + 1) << account;
    EXPECT_NE(account.find("/reports/1/figures/0"), std::string::npos);
}

// Documents the fast loader gives back whole: the general loader's account stands.
TEST(LoadFast, DeclinesWhatOnlyTheGeneralLoaderCanExplain) {
    const std::string report = R"("id":"r","meta":{"title":"甲"},"figures":[{"id":"f1","value":3,"unit":"条"}])";
    const std::vector<std::string> declined = {
        R"({"format":"gongkai.report","version":1,)" + report + ",}",                 // syntax
        R"({"format":"gongkai.report","version":1,)" + report + R"(,"text":"a","text":"b"})",  // repeated key
        R"({"format":"gongkai.report","version":1,"i\u0064":"r","meta":{"title":"甲"},"figures":[]})",  // escaped key
        R"({"format":"gongkai.report","version":1,)" + report + "} x",                // trailing garbage
        R"({"format":"gongkai.report",)" + report + "}",                               // no version
        R"({"format":"gongkai.report","version":1,)" + report + R"(,"oops":1})",      // unknown key
        R"({"format":"gongkai.collection","version":1,"reports":[],"extra":1})",
        R"({"format":"gongkai.collection","version":1})",
        R"({"format":"gongkai.collection","version":1,"reports":[{"id":"a","meta":{"title":"\ud800"},"figures":[]}]})",
        R"({"format":"gongkai.collection","version":1,"reports":[{"id":"a","meta":{"title":"x"},"figures":[{"id":"f","unit":"条","value":9007199254740993}]}]})",
        "{\"format\":\"gongkai.report\",\"version\":1,\"id\":\"r\",\"meta\":{\"title\":\"\xE7\x94\"},\"figures\":[]}",
        "{\"format\":\"gongkai.report\",\"version\":1,\"id\":\"r\",\"meta\":{\"title\":\"a\tb\"},\"figures\":[]}",
        std::string(100, '[') + std::string(100, ']'),
        "",
    };
    for (const auto& doc : declined) {
        EXPECT_FALSE(fast_loader_takes(doc)) << doc;
        expect_same(doc, doc);
    }
}

TEST(LoadFast, ReadsEscapesAndNumbersAsTheGeneralLoaderDoes) {
    const std::string doc =
        R"({"format":"gongkai.report","version":1.0,"id":"r","meta":{"title":"a\"b\\c\/d\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00","year":2.017e3},)"
        R"("figures":[{"id":"f1","value":-0,"unit":"条"},{"id":"f2","value":12.50,"unit":"%"},)"
        R"({"id":"f3","value":1e2,"unit":"件"},{"id":"f4","value":-0.0,"unit":"万元"},{"id":"f5","value":123456789012345,"unit":"条"}]})";
    EXPECT_TRUE(fast_loader_takes(doc));
    const LoadResult loaded = load_json(doc, "r.json");
    ASSERT_EQ(loaded.reports.size(), 1u);
    EXPECT_EQ(loaded.reports[0].meta.title, "a\"b\\c/d\b\f\n\r\t\u00e9\u4e2d\U0001F600");
    EXPECT_EQ(loaded.reports[0].meta.year, 2017);
    EXPECT_EQ(loaded.reports[0].figures[4].value, 123456789012345.0);
    expect_same(doc, "escapes and numbers");
}

// Every one-byte deletion and replacement of a small valid collection: broken, unclean or
// clean, both loaders must say the same.
TEST(LoadFast, AgreesOnEveryOneByteDamage) {
    const std::string doc =
        R"({"format":"gongkai.collection","version":1,"reports":[{"id":"a","meta":{"title":"甲","year":2017},)"
        R"("figures":[{"id":"t","value":3,"unit":"条","quote":{"text":"公开3条"}},{"id":"p","value":2,"unit":"条","parent":"t"}],)"
        R"("text":"共公开3条"},{"id":"b","meta":{"title":"乙"},"figures":[]}]})";
    ASSERT_TRUE(fast_loader_takes(doc));
    for (std::size_t i = 0; i < doc.size(); ++i) {
        std::string cut = doc;
        cut.erase(i, 1);
        expect_same(cut, "without byte " + std::to_string(i));
        for (char c : {'"', '1', '}', ']', ',', 'x', '\\'}) {
            std::string changed = doc;
            changed[i] = c;
            expect_same(changed, "byte " + std::to_string(i) + " as " + std::string(1, c));
        }
    }
}

}  // namespace
}  // namespace gongkai
