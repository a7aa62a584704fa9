// load_chunked_test.cpp — load_json(ByteSource&) reads its input a chunk at a time and must
// give exactly what load_json(bytes) gives on the same bytes, whatever the chunk size: the same
// reports (saved to the same bytes) and the same diagnostics, field by field. And for a clean
// collection it must hold only a small window of the input, or it would be for nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/byte_source.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

constexpr std::size_t kDefaultChunk = LoadLimits{}.chunk_bytes;
const std::vector<std::size_t> kChunks = {1, 2, 3, 7, 64, 4096, kDefaultChunk};

// Counts what the loader asks of a source; can refuse to rewind.
class CountingSource : public ByteSource {
  public:
    explicit CountingSource(std::string_view bytes, bool can_rewind = true) : inner_(bytes), can_rewind_(can_rewind) {}
    std::size_t size() const override { return inner_.size(); }
    std::size_t read(char* into, std::size_t max) override {
        largest_request = std::max(largest_request, max);
        const std::size_t n = inner_.read(into, max);
        bytes_read += n;
        return n;
    }
    bool rewind() override {
        ++rewinds;
        return can_rewind_ && inner_.rewind();
    }

    std::size_t bytes_read = 0, largest_request = 0, rewinds = 0;

  private:
    StringByteSource inner_;
    bool can_rewind_;
};

void expect_same(const LoadResult& expected, const LoadResult& got, const std::string& label) {
    ASSERT_EQ(expected.reports.size(), got.reports.size()) << label;
    for (std::size_t i = 0; i < expected.reports.size(); ++i)
        EXPECT_EQ(save_report_json(expected.reports[i]), save_report_json(got.reports[i])) << label << " report " << i;
    ASSERT_EQ(expected.diagnostics.size(), got.diagnostics.size()) << label;
    for (std::size_t i = 0; i < expected.diagnostics.size(); ++i) {
        const Diagnostic& e = expected.diagnostics[i];
        const Diagnostic& g = got.diagnostics[i];
        EXPECT_EQ(e.severity, g.severity) << label << " diagnostic " << i;
        EXPECT_EQ(e.file, g.file) << label << " diagnostic " << i;
        EXPECT_EQ(e.line, g.line) << label << " diagnostic " << i;
        EXPECT_EQ(e.column, g.column) << label << " diagnostic " << i;
        EXPECT_EQ(e.pointer, g.pointer) << label << " diagnostic " << i;
        EXPECT_EQ(e.message, g.message) << label << " diagnostic " << i;
    }
}

LoadResult load_chunked(std::string_view bytes, std::size_t chunk, LoadStats* stats = nullptr, bool fast = true) {
    StringByteSource source(bytes);
    LoadLimits limits;
    limits.chunk_bytes = chunk;
    limits.fast_path = fast;
    return load_json(source, "same.json", limits, stats);
}

// Loads `bytes` whole and in chunks of every size; the account of the whole load.
LoadResult expect_same_at_every_chunk(std::string_view bytes, const std::string& label,
                                      const std::vector<std::size_t>& chunks = kChunks) {
    const LoadResult whole = load_json(bytes, "same.json");
    for (std::size_t chunk : chunks)
        expect_same(whole, load_chunked(bytes, chunk), label + " (chunks of " + std::to_string(chunk) + ")");
    return whole;
}

std::vector<std::filesystem::path> files_under(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::exists(dir)) return files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() != ".txt" && entry.path().extension() != ".html" &&
            entry.path().extension() != ".py")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string clean_report(int i, std::size_t text_bytes = 0) {
    return R"({"id":"r)" + std::to_string(i) + R"(","meta":{"title":"报告)" + std::to_string(i) +
           R"(","year":2017},"figures":[{"id":"f","value":)" + std::to_string(i) +
           R"(,"unit":"条","quote":{"text":"公开)" + std::to_string(i) + R"(条"}},{"id":"g","value":1.5,"unit":"%"}],)" +
           R"("text":"共公开)" + std::to_string(i) + "条" + std::string(text_bytes, 'x') + R"("})";
}

std::string collection(const std::vector<std::string>& reports, const std::string& between = ",") {
    std::string doc = R"({"format":"gongkai.collection","version":1,"reports":[)";
    for (std::size_t i = 0; i < reports.size(); ++i) doc += (i ? between : "") + reports[i];
    return doc + "]}";
}

std::string many_reports(int n) {
    std::vector<std::string> reports;
    for (int i = 0; i < n; ++i) reports.push_back(clean_report(i));
    return collection(reports);
}

// ---- the same result as the string load -----------------------------------------------

TEST(LoadChunked, SameAsTheWholeLoadOnEveryTestFile) {
    std::size_t files = 0;
    for (const char* dir : {"assets/reports", "tests/data", "tests/fuzz/corpus/load"}) {
        for (const auto& path : files_under(test::source_path(dir))) {
            const std::string bytes = test::read_file(path);
            expect_same_at_every_chunk(bytes, path.string());
            // The general loader alone, through the source.
            LoadLimits general;
            general.fast_path = false;
            StringByteSource source(bytes);
            expect_same(load_json(bytes, "same.json", general), load_json(source, "same.json", general),
                        path.string() + " (general loader)");
            ++files;
        }
    }
    EXPECT_GT(files, 40u);
}

TEST(LoadChunked, SameAsTheWholeLoadOnJsonTestSuite) {
    const auto dir = test::shared_dir() / "conformance" / "JSONTestSuite" / "test_parsing";
    if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " is absent (../shared is not part of the repo)";
    std::size_t cases = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        expect_same_at_every_chunk(test::read_file(entry.path()), entry.path().filename().string());
        ++cases;
    }
    EXPECT_GT(cases, 300u);
}

// The inputs the loader tests build in code (load_fast_test, load_stream_test, load_test).
TEST(LoadChunked, SameAsTheWholeLoadOnTheLoaderTestsDocuments) {
    const std::string report = R"("id":"r","meta":{"title":"甲"},"figures":[{"id":"f1","value":3,"unit":"条"}])";
    const std::string streamed_reports = R"([
  {"id": "a", "meta": {"title": "甲"}, "figures": [{"id": "f1", "value": 3, "unit": "条", "oops": 1}]},
  {"id": "b", "meta": {"title": "乙"}, "figures": [{"id": "f1", "value": -1, "unit": "条"}]},
  {"id": "a", "meta": {"title": "丙"}, "figures": []},
  7,
  {"id": "c", "meta": {"title": "丁"}, "figures": [], "text": "x", "text": "y"}
])";
    const std::vector<std::string> docs = {
        R"({"format":"gongkai.report","version":1,)" + report + ",}",
        R"({"format":"gongkai.report","version":1,)" + report + R"(,"text":"a","text":"b"})",
        R"({"format":"gongkai.report","version":1,"i\u0064":"r","meta":{"title":"甲"},"figures":[]})",
        R"({"format":"gongkai.report","version":1,)" + report + "} x",
        R"({"format":"gongkai.report",)" + report + "}",
        R"({"format":"gongkai.report","version":1,)" + report + R"(,"oops":1})",
        R"({"format":"gongkai.report","version":1.0,)" + report + "}",
        R"({"format":"gongkai.report","version":10,)" + report + "}",
        R"({"format":"gongkai.collection","version":1,"reports":[],"extra":1})",
        R"({"format":"gongkai.collection","version":1})",
        R"({"format":"gongkai.collection","version":1,"reports":[]})",
        R"({"format":"gongkai.collection","version":1,"reports":{}})",
        R"({"format":"gongkai.collection","version":1,"reports":[7, 78, "x", true, null, [1]]})",
        R"({"format":"gongkai.collection","version":1,"reports":[{"id":"a","meta":{"title":"\ud800"},"figures":[]}]})",
        R"({"format":"gongkai.collection","version":1,"reports":[{"id":"a","meta":{"title":"x"},"figures":[{"id":"f","unit":"条","value":9007199254740993}]}]})",
        R"({"format": "gongkai.collection", "version": 1, "reports": )" + streamed_reports + R"(, "extra": true})",
        R"({"reports": )" + streamed_reports + R"(, "extra": true, "format": "gongkai.collection", "version": 1})",
        "{\"format\":\"gongkai.report\",\"version\":1,\"id\":\"r\",\"meta\":{\"title\":\"\xE7\x94\"},\"figures\":[]}",
        "{\"format\":\"gongkai.report\",\"version\":1,\"id\":\"r\",\"meta\":{\"title\":\"a\tb\"},\"figures\":[]}",
        R"({"format":"gongkai.report","version":1.0,"id":"r","meta":{"title":"a\"b\\c\/d\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00","year":2.017e3},)"
        R"("figures":[{"id":"f1","value":-0,"unit":"条"},{"id":"f2","value":12.50,"unit":"%"},)"
        R"({"id":"f3","value":1e2,"unit":"件"},{"id":"f4","value":-0.0,"unit":"万元"},{"id":"f5","value":123456789012345,"unit":"条"}]})",
        std::string(100, '[') + std::string(100, ']'),
        std::string(100000, '['),
        "",
        "   \n\t ",
        "\xEF\xBB\xBF",
        "\xEF\xBB\xBF   ",
        "\xEF\xBB\xBF{\"format\":\"gongkai.report\",\"version\":1," + report + "}",
        "\xEF\xBB\xBF{\"format\":\"gongkai.report\",\n\"version\":1,," + report + "}",
        std::string("\xFF\xFE{\0\"\0", 6),
        std::string("{\0\"\0f\0", 6),
        std::string("\0\0\0{", 4),
        std::string("\0\0\xFE\xFF", 4),
        std::string("{\"format\":\"gongkai.report\"\0}", 29),
        std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
        "{",
        "{}",
        "[]",
        "7",
        "  {\"format\"  :  \"gongkai.collection\"  ,  \"version\"  :  1  ,  \"reports\"  :  [  ]  }  ",
    };
    for (const auto& doc : docs) expect_same_at_every_chunk(doc, doc.substr(0, 120));

    std::mt19937 random(7);
    for (int i = 0; i < 50; ++i) {
        std::string bytes(static_cast<std::size_t>(random() % 512) + 1, '\0');
        for (char& c : bytes) c = static_cast<char>(random() % 256);
        expect_same_at_every_chunk(bytes, "random bytes " + std::to_string(i), {1, 7, 64});
    }
}

// Every one-byte deletion and replacement of a small collection, in chunks that cut it
// everywhere: broken, unclean or clean, the result must not depend on where the chunks end.
TEST(LoadChunked, SameOnEveryOneByteDamage) {
    const std::string doc =
        R"({"format":"gongkai.collection","version":1,"reports":[{"id":"a","meta":{"title":"甲","year":2017},)"
        R"("figures":[{"id":"t","value":3,"unit":"条","quote":{"text":"公开3条"}},{"id":"p","value":2,"unit":"条","parent":"t"}],)"
        R"("text":"共公开3条"},{"id":"b","meta":{"title":"乙"},"figures":[]}, 7 ,{"id":"c","meta":{"title":"丙"},"figures":[]}]})";
    for (std::size_t i = 0; i < doc.size(); ++i) {
        std::string cut = doc;
        cut.erase(i, 1);
        expect_same_at_every_chunk(cut, "without byte " + std::to_string(i), {1, 5, 16});
        for (char c : {'"', '1', '}', ']', ',', 'x', ' '}) {
            std::string changed = doc;
            changed[i] = c;
            expect_same_at_every_chunk(changed, "byte " + std::to_string(i) + " as " + std::string(1, c), {3, 16});
        }
    }
}

TEST(LoadChunked, TruncatedFilesAreExplainedAsWhenWhole) {
    const std::string doc = collection({clean_report(1), clean_report(2), clean_report(3)});
    for (std::size_t n = 0; n < doc.size(); ++n)
        expect_same_at_every_chunk(std::string_view(doc).substr(0, n), "first " + std::to_string(n) + " bytes",
                                   {1, 7, 64});
    std::string narrative = test::read_file(test::source_path("tests/data/good/narrative-2017.json"));
    ASSERT_FALSE(narrative.empty());
    for (std::size_t n = 1; n < narrative.size(); n += 97)
        expect_same_at_every_chunk(std::string_view(narrative).substr(0, n), "narrative cut at " + std::to_string(n),
                                   {7, 256});
}

// ---- memory: a window, not the whole file -------------------------------------------------

TEST(LoadChunked, AManyReportCollectionIsReadInASmallWindow) {
    const std::string doc = many_reports(3000);
    ASSERT_GT(doc.size(), 500'000u);
    const std::size_t chunk = 1024;
    CountingSource source(doc);
    LoadLimits limits;
    limits.chunk_bytes = chunk;
    LoadStats stats;
    const LoadResult chunked = load_json(source, "same.json", limits, &stats);
    expect_same(load_json(doc, "same.json"), chunked, "3000 reports");
    EXPECT_EQ(chunked.reports.size(), 3000u);
    EXPECT_FALSE(stats.read_whole);
    EXPECT_EQ(source.rewinds, 0u);
    EXPECT_EQ(source.bytes_read, doc.size());  // every byte read once
    EXPECT_LE(source.largest_request, chunk);
    // Each report is smaller than a chunk: the window never holds more than two.
    EXPECT_GT(stats.peak_window_bytes, 0u);
    EXPECT_LE(stats.peak_window_bytes, 2 * chunk) << "of " << doc.size() << " bytes";
}

TEST(LoadChunked, AReportLargerThanTheChunkGrowsTheWindowForItOnly) {
    const std::size_t chunk = 1024;
    std::vector<std::string> reports;
    for (int i = 0; i < 1000; ++i) reports.push_back(clean_report(i, i == 500 ? 40'000 : 0));
    const std::string doc = collection(reports);
    LoadStats stats;
    const LoadResult whole = load_json(doc, "same.json");
    expect_same(whole, load_chunked(doc, chunk, &stats), "one big report");
    EXPECT_EQ(whole.reports.size(), 1000u);
    EXPECT_FALSE(stats.read_whole);
    EXPECT_GE(stats.peak_window_bytes, 40'000u);
    EXPECT_LE(stats.peak_window_bytes, 3 * (40'000u + chunk));
    EXPECT_LT(stats.peak_window_bytes, doc.size() / 3);
    expect_same_at_every_chunk(doc, "one big report");
}

TEST(LoadChunked, WhitespaceLongerThanTheChunkBetweenReports) {
    const std::vector<std::string> reports = {clean_report(1), clean_report(2), clean_report(3)};
    const std::string gap(5000, ' ');
    const std::string doc = std::string(3000, '\n') + collection(reports, gap + "," + std::string(3000, '\t')) +
                            std::string(4000, '\r');
    for (std::size_t chunk : {std::size_t{64}, std::size_t{1000}}) {
        LoadStats stats;
        const LoadResult chunked = load_chunked(doc, chunk, &stats);
        expect_same(load_json(doc, "same.json"), chunked, "wide gaps, chunks of " + std::to_string(chunk));
        EXPECT_EQ(chunked.reports.size(), 3u);
        EXPECT_FALSE(stats.read_whole) << "the fast loader took it";
    }
}

// ---- what the fast loader declines ---------------------------------------------------------

TEST(LoadChunked, ABrokenReportInTheMiddleIsExplainedByTheGeneralLoader) {
    std::vector<std::string> reports;
    for (int i = 0; i < 300; ++i) reports.push_back(clean_report(i));
    reports[150].insert(reports[150].find("\"figures\""), "\"figures\":[],");  // a repeated key
    reports[151].erase(reports[151].find(','), 1);                             // a syntax error
    const std::string doc = collection(reports);
    CountingSource source(doc);
    LoadLimits limits;
    limits.chunk_bytes = 1024;
    LoadStats stats;
    const LoadResult whole = load_json(doc, "same.json");
    ASSERT_FALSE(whole.ok());
    expect_same(whole, load_json(source, "same.json", limits, &stats), "broken in the middle");
    EXPECT_TRUE(stats.read_whole);
    EXPECT_EQ(source.rewinds, 1u);
}

TEST(LoadChunked, AnUncleanReportInTheMiddleStaysInTheWindow) {
    std::vector<std::string> reports;
    for (int i = 0; i < 300; ++i) reports.push_back(clean_report(i));
    reports[150].replace(reports[150].find("\"value\":150"), 11, "\"value\":-15");  // explained, the others load
    const std::string doc = collection(reports);
    LoadStats stats;
    const LoadResult whole = load_json(doc, "same.json");
    EXPECT_EQ(whole.reports.size(), 299u);
    expect_same(whole, load_chunked(doc, 1024, &stats), "unclean in the middle");
    EXPECT_FALSE(stats.read_whole);
    EXPECT_LE(stats.peak_window_bytes, 2048u);
}

TEST(LoadChunked, ASourceThatCannotRewindSaysSo) {
    std::vector<std::string> reports;
    for (int i = 0; i < 100; ++i) reports.push_back(clean_report(i));
    reports[90] += "x";  // broken after the window has moved on
    const std::string doc = collection(reports);
    CountingSource source(doc, /*can_rewind=*/false);
    LoadLimits limits;
    limits.chunk_bytes = 256;
    const LoadResult r = load_json(source, "stream.json", limits);
    EXPECT_TRUE(r.reports.empty());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].severity, Severity::Error);
    EXPECT_EQ(r.diagnostics[0].file, "stream.json");
    EXPECT_NE(r.diagnostics[0].message.find("cannot be read again from its start"), std::string::npos)
        << r.diagnostics[0].message;

    // Broken within the first chunk, whose bytes are all still at hand: no second reading needed.
    const std::string small = collection({clean_report(1) + "x"});
    CountingSource small_source(small, /*can_rewind=*/false);
    expect_same(load_json(small, "same.json"), load_json(small_source, "same.json"), "broken, small");
    EXPECT_EQ(small_source.rewinds, 0u);
}

TEST(LoadChunked, AFileOverTheLimitIsRefusedBeforeAByteIsRead) {
    const std::string doc = many_reports(10);
    CountingSource source(doc);
    LoadLimits limits;
    limits.max_bytes = 100;
    const LoadResult chunked = load_json(source, "same.json", limits);
    expect_same(load_json(doc, "same.json", limits), chunked, "over the limit");
    EXPECT_EQ(source.bytes_read, 0u);
}

// ---- FileByteSource ---------------------------------------------------------------------

class TempFile {
  public:
    explicit TempFile(const std::string& bytes)
        : path_(std::filesystem::temp_directory_path() /
                ("gongkai-chunked-" + std::to_string(std::random_device{}()) + ".json")) {
        std::FILE* f = std::fopen(path_.c_str(), "wb");
        if (f) {
            std::fwrite(bytes.data(), 1, bytes.size(), f);
            std::fclose(f);
        }
    }
    ~TempFile() {
        std::error_code ec;
        std::filesystem::remove(path_, ec);
    }
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

TEST(LoadChunked, FromAFile) {
    std::vector<std::string> reports;
    for (int i = 0; i < 500; ++i) reports.push_back(clean_report(i));
    const std::string clean = "\xEF\xBB\xBF" + collection(reports);
    reports[400] += "]";
    const std::string broken = collection(reports);
    for (const std::string* doc : {&clean, &broken}) {
        TempFile file(*doc);
        std::FILE* f = std::fopen(file.path().c_str(), "rb");
        ASSERT_NE(f, nullptr) << file.path();
        FileByteSource source(f);
        EXPECT_EQ(source.size(), doc->size());
        LoadLimits limits;
        limits.chunk_bytes = 4096;
        LoadStats stats;
        const LoadResult chunked = load_json(source, "same.json", limits, &stats);
        EXPECT_FALSE(source.failed());
        std::fclose(f);
        expect_same(load_json(*doc, "same.json"), chunked, doc == &clean ? "clean file" : "broken file");
        EXPECT_EQ(stats.read_whole, doc == &broken);  // the broken one was read twice, through rewind()
        if (doc == &clean) EXPECT_LE(stats.peak_window_bytes, 2 * 4096u);
    }
}

TEST(LoadChunked, StringByteSourceReadsAndRewinds) {
    StringByteSource source("abcdef");
    char buffer[4];
    EXPECT_EQ(source.size(), 6u);
    EXPECT_EQ(source.read(buffer, 4), 4u);
    EXPECT_EQ(std::string(buffer, 4), "abcd");
    EXPECT_EQ(source.read(buffer, 4), 2u);
    EXPECT_EQ(std::string(buffer, 2), "ef");
    EXPECT_EQ(source.read(buffer, 4), 0u);
    EXPECT_TRUE(source.rewind());
    EXPECT_EQ(source.read(buffer, 1), 1u);
    EXPECT_EQ(buffer[0], 'a');
}

TEST(LoadChunked, OwnedByteSourceKeepsItsBytesAndReadRestTakesWhatIsLeft) {
    std::string bytes = "政府信息公开";
    OwnedByteSource source(bytes);
    bytes.assign(bytes.size(), 'x');  // the source has its own copy
    char first[3];
    ASSERT_EQ(source.read(first, 3), 3u);
    EXPECT_EQ(std::string(first, 3), "政");
    EXPECT_EQ(read_rest(source), "府信息公开");
    EXPECT_EQ(read_rest(source), "");
    ASSERT_TRUE(source.rewind());
    EXPECT_EQ(read_rest(source), "政府信息公开");
}

}  // namespace
}  // namespace gongkai
