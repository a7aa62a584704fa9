// hostile_inputs_test.cpp — what people will feed Gongkai from the internet, at sizes a test
// can afford (docs/hostile-inputs.md has the full-size runs and timings; scripts/hostile-inputs
// regenerates them). Every input gets a clear error or a correct result: never a crash, a hang,
// an exception or a half-loaded report. No assertion here is about time.
//
// load_test.cpp already pins down the single-rule cases (BOM, UTF-16 detection, each kind of
// invalid UTF-8, 1e400, -0, nesting); this file covers whole hostile files, the importer and
// the CLI.
#include <gtest/gtest.h>

#include <sys/mman.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "cli_run.hpp"
#include "core/import.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

namespace fs = std::filesystem;

std::string diagnostics_text(const std::vector<Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) out += "  " + d.to_string() + "\n";
    return out.empty() ? "  (no diagnostics)\n" : out;
}

// The first error, which is what a person reads first; "" when there is none.
std::string first_error(const std::vector<Diagnostic>& ds) {
    for (const auto& d : ds)
        if (d.severity == Severity::Error) return d.message;
    return "";
}

bool mentions(const std::vector<Diagnostic>& ds, std::string_view text) {
    for (const auto& d : ds)
        if (d.message.find(text) != std::string::npos) return true;
    return false;
}

std::string fixture(std::string_view relative) { return test::read_file(test::source_path(relative)); }

// A file that lives as long as the test, under the system temp directory.
struct TempFile {
    fs::path path;
    explicit TempFile(std::string_view name, std::string_view bytes = {}) {
        path = fs::temp_directory_path() / ("gongkai-hostile-" + std::to_string(::getpid()) + "-" + std::string(name));
        std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    ~TempFile() {
        std::error_code ec;
        fs::remove(path, ec);
    }
};

// The 8-byte PNG signature and an IHDR chunk: what a screenshot renamed .json starts with.
std::string png_bytes() {
    std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5c\x72\xa8\x66", 33);
    std::mt19937 random(8);
    for (int i = 0; i < 2000; ++i) png.push_back(static_cast<char>(random() & 0xFF));
    return png;
}

// Address space for `size` bytes that are never touched (zero pages, no memory used), so a
// limit can be tested on a "file" larger than the limit without allocating it.
struct Untouched {
    void* p = MAP_FAILED;
    std::size_t size;
    explicit Untouched(std::size_t n) : size(n) {
        p = ::mmap(nullptr, n, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    }
    ~Untouched() {
        if (p != MAP_FAILED) ::munmap(p, size);
    }
    std::string_view view() const { return {static_cast<const char*>(p), size}; }
};

// ---- the JSON loader -----------------------------------------------------------------

TEST(HostileJson, EveryTruncationOfAReportIsALocatedErrorNotAPartialReport) {
    std::string full = fixture("tests/data/good/narrative-2017.json");
    ASSERT_FALSE(full.empty());
    while (!full.empty() && (full.back() == '\n' || full.back() == ' ')) full.pop_back();  // that cut is complete
    // Every prefix: cut inside keys, strings, numbers, UTF-8 sequences.
    for (std::size_t n = 1; n < full.size(); ++n) {
        const std::string_view cut(full.data(), n);
        const LoadResult r = load_json(cut, "cut.json");
        ASSERT_FALSE(r.ok()) << "prefix of " << n << " bytes loaded";
        ASSERT_TRUE(r.reports.empty()) << n;
        const Diagnostic& d = r.diagnostics.front();
        ASSERT_EQ(d.severity, Severity::Error);
        // A syntax error (or a UTF-8 sequence cut in two) is located by line and column.
        ASSERT_GT(d.line, 0) << n << ": " << d.to_string();
        ASSERT_GT(d.column, 0) << n << ": " << d.to_string();
    }
}

TEST(HostileJson, ACutOffEndSaysTheFileMayBeTruncated) {
    const std::string full = fixture("tests/data/good/narrative-2017.json");
    const LoadResult r = load_json(std::string_view(full).substr(0, full.size() / 2 - 1), "cut.json");
    // Half-way through, the cut lands in a string or between tokens; either way the end is named.
    EXPECT_TRUE(mentions(r.diagnostics, "truncated") || mentions(r.diagnostics, "end of input"))
        << diagnostics_text(r.diagnostics);
}

TEST(HostileJson, APngRenamedJsonIsRefusedAtItsFirstByte) {
    const LoadResult r = load_json(png_bytes(), "screenshot.json");
    ASSERT_TRUE(r.reports.empty());
    ASSERT_FALSE(r.diagnostics.empty());
    EXPECT_EQ(r.diagnostics.front().line, 1);
    EXPECT_EQ(r.diagnostics.front().column, 1) << diagnostics_text(r.diagnostics);
    EXPECT_NE(first_error(r.diagnostics).find("invalid UTF-8"), std::string::npos) << diagnostics_text(r.diagnostics);
    // A binary file has many bad sequences: the list is capped, not one line per byte.
    EXPECT_LE(r.diagnostics.size(), 25u);
}

TEST(HostileJson, RandomBinaryNeverLoadsAndNeverThrows) {
    std::mt19937 random(2017);
    for (int round = 0; round < 200; ++round) {
        std::string bytes(static_cast<std::size_t>(random() % 4096) + 1, '\0');
        for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
        LoadResult r;
        ASSERT_NO_THROW(r = load_json(bytes, "random.bin"));
        EXPECT_FALSE(r.ok());
        EXPECT_TRUE(r.reports.empty());
    }
}

TEST(HostileJson, AFileOverTheLimitIsRefusedWithoutBeingRead) {
    // 300 MiB of address space that is never touched: if the loader read a byte of it, the
    // pages would be faulted in; refusing first costs nothing.
    Untouched huge(std::size_t{300} << 20);
    ASSERT_NE(huge.p, MAP_FAILED);
    const LoadResult r = load_json(huge.view(), "huge.json");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(first_error(r.diagnostics).find("larger than the limit of 256 MiB"), std::string::npos)
        << diagnostics_text(r.diagnostics);
}

TEST(HostileJson, HundredThousandLevelsOfObjectsAreRefusedAtTheLimit) {
    // load_test.cpp covers arrays; objects take another path through the tree builder.
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "{\"a\":";
    const LoadResult r = load_json(deep, "deep.json");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(first_error(r.diagnostics).find("nesting is deeper than the limit of 64"), std::string::npos)
        << diagnostics_text(r.diagnostics);
    EXPECT_EQ(r.diagnostics.front().line, 1);
    EXPECT_EQ(r.diagnostics.front().column, 5 * 64 + 1);  // the 65th "{"
}

TEST(HostileJson, AVeryLongStringLoadsAndRoundTrips) {
    // 4 MB of report text in one JSON string (docs: 50 MB in the full run).
    std::string text;
    while (text.size() < (std::size_t{4} << 20)) text += "政府信息公开工作年度报告\\n\\\"引号\\\"\\t";
    const std::string doc = R"({"format":"gongkai.report","version":1,"id":"long","meta":{"title":"t"},"figures":[],"text":")" +
                            text + "\"}";
    const LoadResult r = load_json(doc, "long.json");
    ASSERT_TRUE(r.ok()) << diagnostics_text(r.diagnostics);
    ASSERT_EQ(r.reports.size(), 1u);
    const std::string saved = save_report_json(r.reports.front());
    const LoadResult again = load_json(saved, "saved.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.reports.front().text, r.reports.front().text);
}

TEST(HostileJson, TenThousandTinyReportsInACollectionAllLoad) {
    // docs/hostile-inputs.md runs 10^6 through the CLI.
    std::string doc = R"({"format":"gongkai.collection","version":1,"reports":[)";
    for (int i = 0; i < 10000; ++i) {
        if (i) doc += ',';
        doc += R"({"id":"r)" + std::to_string(i) + R"(","meta":{"title":"t"},"figures":[{"id":"f","value":)" +
               std::to_string(i) + R"(,"unit":"条"}]})";
    }
    doc += "]}";
    const LoadResult r = load_json(doc, "many.json");
    ASSERT_TRUE(r.ok()) << diagnostics_text(r.diagnostics);
    ASSERT_EQ(r.reports.size(), 10000u);
    EXPECT_EQ(r.reports.back().id, "r9999");
    EXPECT_EQ(r.reports.back().figures.front().value, 9999);
}

TEST(HostileJson, OddNumbersEachGetTheirOwnAnswer) {
    const auto value = [](std::string_view number) {
        return load_json(R"({"format":"gongkai.report","version":1,"id":"n","meta":{"title":"t"},"figures":[{"id":"f","value":)" +
                             std::string(number) + R"(,"unit":"条"}]})",
                         "n.json");
    };
    const LoadResult big = value("1e400");
    EXPECT_NE(first_error(big.diagnostics).find("out of range"), std::string::npos) << diagnostics_text(big.diagnostics);
    const LoadResult neg_zero = value("-0");
    ASSERT_TRUE(neg_zero.ok()) << diagnostics_text(neg_zero.diagnostics);
    EXPECT_EQ(save_report_json(neg_zero.reports.front()).find("-0"), std::string::npos) << "-0 is saved as 0";
    const LoadResult nan = value("NaN");
    EXPECT_NE(first_error(nan.diagnostics).find("NaN and Infinity are not JSON numbers"), std::string::npos)
        << diagnostics_text(nan.diagnostics);
    const LoadResult zeros = value("00012");
    EXPECT_NE(first_error(zeros.diagnostics).find("leading zeros"), std::string::npos) << diagnostics_text(zeros.diagnostics);
    const LoadResult beyond = value("9007199254740993");
    EXPECT_FALSE(beyond.ok()) << "a count beyond 2^53 cannot be held exactly";
    const LoadResult tiny = value("1e-400");  // underflows to 0: valid JSON, and 0 is a valid count
    EXPECT_TRUE(tiny.ok()) << diagnostics_text(tiny.diagnostics);
}

TEST(HostileJson, OverlongAndSurrogateUtf8InsideAReportAreLocated) {
    // Inside a string of an otherwise valid report, on line 2.
    const std::string doc = "{\"format\":\"gongkai.report\",\"version\":1,\"id\":\"u\",\n\"meta\":{\"title\":\"ab\xC0\xAF\"},"
                            "\"figures\":[],\"text\":\"\xED\xA0\x80\"}";
    const LoadResult r = load_json(doc, "u.json");
    ASSERT_FALSE(r.ok());
    ASSERT_GE(r.diagnostics.size(), 2u) << diagnostics_text(r.diagnostics);
    EXPECT_EQ(r.diagnostics[0].line, 2);
    EXPECT_EQ(r.diagnostics[0].column, 20) << diagnostics_text(r.diagnostics);
    EXPECT_NE(r.diagnostics[0].message.find("overlong"), std::string::npos) << diagnostics_text(r.diagnostics);
    bool surrogate_at_45 = false;
    for (const auto& d : r.diagnostics)
        surrogate_at_45 = surrogate_at_45 || (d.line == 2 && d.column == 45 && d.message.find("surrogate") != std::string::npos);
    EXPECT_TRUE(surrogate_at_45) << diagnostics_text(r.diagnostics);
}

TEST(HostileJson, EscapedLoneSurrogateIsRefusedAsMalformed) {
    const LoadResult r = load_json(R"({"format":"gongkai.report","version":1,"id":"s","meta":{"title":"\ud800"},"figures":[]})",
                                   "s.json");
    ASSERT_FALSE(r.ok());
    EXPECT_GT(r.diagnostics.front().column, 0);
    EXPECT_NE(first_error(r.diagnostics).find("surrogate"), std::string::npos) << diagnostics_text(r.diagnostics);
}

TEST(HostileJson, GbkBytesInAUtf8FileAreLocated) {
    // A file edited in two editors: UTF-8, then a GBK-encoded "公开" pasted in on line 3.
    const std::string doc = "{\"format\":\"gongkai.report\",\"version\":1,\"id\":\"m\",\n\"meta\":{\"title\":\"阜新\"},\n"
                            "\"figures\":[],\"text\":\"\xB9\xAB\xBF\xAA\"}";
    const LoadResult r = load_json(doc, "mixed.json");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.diagnostics.front().line, 3) << diagnostics_text(r.diagnostics);
    EXPECT_EQ(r.diagnostics.front().column, 22) << diagnostics_text(r.diagnostics);  // after "text":"
    EXPECT_NE(r.diagnostics.front().message.find("save"), std::string::npos) << diagnostics_text(r.diagnostics);
}

// ---- the text importer ---------------------------------------------------------------

const std::string kReportSentence =
    "某市2017年政府信息公开工作年度报告\n一、主动公开情况\n全年主动公开政府信息186条，其中，市财政局公开财政收支信息4条。\n";

TEST(HostileImport, BinaryAndPngAreNotText) {
    const ImportResult png = import_text(png_bytes(), {"screenshot.txt", ""});
    EXPECT_FALSE(png.report);
    EXPECT_TRUE(has_errors(png.diagnostics)) << diagnostics_text(png.diagnostics);
    std::mt19937 random(7);
    for (int round = 0; round < 50; ++round) {
        std::string bytes(static_cast<std::size_t>(random() % 8192) + 1, '\0');
        for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
        ImportResult r;
        ASSERT_NO_THROW(r = import_text(bytes, {"random.bin", ""}));
        EXPECT_FALSE(r.report) << "random bytes imported as a report";
        EXPECT_TRUE(has_errors(r.diagnostics));
    }
}

TEST(HostileImport, AnInputOverTheLimitIsRefusedWithoutBeingRead) {
    Untouched huge(std::size_t{300} << 20);
    ASSERT_NE(huge.p, MAP_FAILED);
    const ImportResult r = import_text(huge.view(), {"huge.txt", ""});
    EXPECT_FALSE(r.report);
    EXPECT_NE(first_error(r.diagnostics).find("256 MiB"), std::string::npos) << diagnostics_text(r.diagnostics);
}

TEST(HostileImport, Utf16TextIsConvertedAndImported) {
    std::string le = "\xFF\xFE", be = "\xFE\xFF";
    // UTF-8 -> UTF-16 for the BMP text of kReportSentence.
    for (std::size_t i = 0; i < kReportSentence.size();) {
        const auto c = static_cast<unsigned char>(kReportSentence[i]);
        std::uint32_t cp;
        if (c < 0x80) cp = c, i += 1;
        else if (c < 0xE0) cp = ((c & 0x1Fu) << 6) | (kReportSentence[i + 1] & 0x3Fu), i += 2;
        else cp = ((c & 0x0Fu) << 12) | ((kReportSentence[i + 1] & 0x3Fu) << 6) | (kReportSentence[i + 2] & 0x3Fu), i += 3;
        le += static_cast<char>(cp & 0xFF), le += static_cast<char>(cp >> 8);
        be += static_cast<char>(cp >> 8), be += static_cast<char>(cp & 0xFF);
    }
    for (const std::string& bytes : {le, be}) {
        const ImportResult r = import_text(bytes, {"utf16.txt", ""});
        ASSERT_TRUE(r.report) << diagnostics_text(r.diagnostics);
        EXPECT_TRUE(r.converted);
        EXPECT_NE(r.detected_encoding.find("UTF-16"), std::string::npos) << r.detected_encoding;
        EXPECT_EQ(r.report->figures.size(), 2u);
    }
}

TEST(HostileImport, MixedEncodingsGiveAReportAndSaySo) {
    // The Fuxin report (UTF-8) with a line of GBK bytes pasted in from another page.
    std::string fuxin = fixture("assets/reports/fuxin-2017.txt");
    ASSERT_FALSE(fuxin.empty());
    const std::size_t at = fuxin.find('\n', fuxin.size() / 2) + 1;
    fuxin.insert(at, "\xB9\xAB\xBF\xAA\xD0\xC5\xCF\xA2\n");  // 公开信息 in GBK
    const ImportResult r = import_text(fuxin, {"mixed.txt", ""});
    ASSERT_TRUE(r.report) << diagnostics_text(r.diagnostics);
    EXPECT_GT(r.report->figures.size(), 50u);
    // The foreign stretch is decoded (or replaced), and the diagnostics say the bytes were not all UTF-8.
    EXPECT_TRUE(r.converted || mentions(r.diagnostics, "U+FFFD")) << diagnostics_text(r.diagnostics);
}

TEST(HostileImport, ALongTextWithoutLineBreaksImports) {
    // 256 KB on one line (docs: 10 MB in the full run).
    std::string one_line = "信息公开";
    while (one_line.size() < (std::size_t{256} << 10)) one_line += "全年主动公开政府信息186条，其中，市财政局公开财政收支信息4条。";
    ImportResult r;
    ASSERT_NO_THROW(r = import_text(one_line, {"one-line.txt", ""}));
    ASSERT_TRUE(r.report) << diagnostics_text(r.diagnostics);
    EXPECT_FALSE(r.report->figures.empty());
}

TEST(HostileImport, PathologicalRepetitionFinishesAndStaysValid) {
    // Patterns that make naive scanners go quadratic: an endless "其中" chain, a heading marker
    // repeated, digits without a unit, an open bracket never closed, nested HTML.
    const std::vector<std::pair<std::string, std::string>> patterns = {
        {"其中-chain", "公开信息1条，其中"},
        {"headings", "一、（一）1、(1)"},
        {"digits", "1234567890"},
        {"open-brackets", "（《〈“"},
        {"html", "<div><table><tr><td>"},
    };
    for (const auto& [name, unit] : patterns) {
        SCOPED_TRACE(name);
        std::string text = "政府信息公开工作年度报告\n";
        while (text.size() < 200'000) text += unit;
        ImportResult r;
        ASSERT_NO_THROW(r = import_text(text, {name + ".txt", ""}));
        if (r.report) {
            const LoadResult back = load_json(save_report_json(*r.report), "imported.json");
            EXPECT_TRUE(back.ok()) << diagnostics_text(back.diagnostics);
        } else {
            EXPECT_TRUE(has_errors(r.diagnostics));
        }
    }
}

TEST(HostileImport, AReportJsonFileFedToTheImporterIsNotMistakenForAReport) {
    const ImportResult r = import_text(fixture("tests/data/good/minimal.json"), {"minimal.json", ""});
    EXPECT_FALSE(r.report) << "report JSON is not report text";
    EXPECT_TRUE(has_errors(r.diagnostics));
}

// ---- the command-line tool -------------------------------------------------------------

TEST(HostileCli, AOneGigabyteFileIsRefusedFromItsSize) {
    TempFile big("1g.json");
    fs::resize_file(big.path, std::uint64_t{1} << 30);  // sparse: no disk space used
    const test::CliRun run = test::run_cli({"validate", big.path.string()});
    ASSERT_TRUE(run.exited()) << run.err;
    EXPECT_EQ(run.exit_code, 1);
    // The real size is named: the file was measured, not read up to the limit.
    EXPECT_NE(run.err.find("1073741824 bytes, larger than the limit of 256 MiB"), std::string::npos) << run.err;
}

TEST(HostileCli, HostileFilesGetExitOneAndALine) {
    std::string deep(100000, '[');
    TempFile png("png.json", png_bytes()), nested("deep.json", deep), empty("empty.json", ""),
        nul("nul.json", std::string("{\"a\":1}\0\0", 9));
    for (const TempFile* f : {&png, &nested, &empty, &nul}) {
        const test::CliRun run = test::run_cli({"validate", f->path.string()});
        ASSERT_TRUE(run.exited()) << f->path << "\n" << run.err;
        EXPECT_EQ(run.exit_code, 1) << f->path;
        EXPECT_NE(run.err.find(f->path.string() + ":"), std::string::npos) << run.err;
        EXPECT_NE(run.out.find(": invalid"), std::string::npos) << run.out;
    }
}

TEST(HostileCli, ADirectoryIsNotAFile) {
    const test::CliRun run = test::run_cli({"validate", fs::temp_directory_path().string()});
    ASSERT_TRUE(run.exited());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find("is a directory"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace gongkai
