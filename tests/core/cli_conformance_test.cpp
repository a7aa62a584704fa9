// cli_conformance_test.cpp — `gongkai validate` (the real binary) over every case of
// JSONTestSuite (../shared/conformance/JSONTestSuite/test_parsing; skipped when absent):
//   every file: the process exits 0 or 1, never by a signal and never after the deadline;
//   n_*: exit 1 and a located message on standard error ("file:LINE:COLUMN: error: ...");
//   y_*: exit 1 (none is a Gongkai report) and the reason is "not a Gongkai report", not syntax.
// tests/core/conformance_test.cpp checks load_json itself on the same files.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "cli_run.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

namespace fs = std::filesystem;

fs::path suite_dir() { return test::shared_dir() / "conformance" / "JSONTestSuite" / "test_parsing"; }

std::vector<fs::path> suite_files(const std::string& prefix) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(suite_dir(), ec))
        if (entry.path().filename().string().rfind(prefix, 0) == 0) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

#define SKIP_WITHOUT_SHARED()                                                                  \
    do {                                                                                       \
        if (!fs::exists(suite_dir()))                                                          \
            GTEST_SKIP() << "../shared is absent (" << suite_dir().string()                    \
                         << "): JSONTestSuite cases not run through the CLI";                  \
    } while (0)

// Runs `gongkai validate FILE` and checks it ended by itself with 0 or 1.
test::CliRun validate(const fs::path& file) {
    test::CliRun run = test::run_cli({"validate", file.string()}, std::chrono::seconds(20));
    EXPECT_FALSE(run.timed_out) << "hung (killed after 20 s)";
    EXPECT_EQ(run.signal, 0) << "killed by signal " << run.signal << "\n" << run.err;
    EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 1) << "exit code " << run.exit_code << "\n" << run.err;
    return run;
}

TEST(CliConformance, EveryCaseEndsWithExitZeroOrOne) {
    SKIP_WITHOUT_SHARED();
    const auto files = suite_files("");
    ASSERT_EQ(files.size(), 318u);
    for (const auto& file : suite_files("i_")) {  // y_ and n_ are run (with stricter checks) below
        SCOPED_TRACE(file.filename().string());
        validate(file);
    }
}

TEST(CliConformance, RejectedCasesExitOneWithALocatedError) {
    SKIP_WITHOUT_SHARED();
    const auto files = suite_files("n_");
    ASSERT_FALSE(files.empty());
    for (const auto& file : files) {
        SCOPED_TRACE(file.filename().string());
        const test::CliRun run = validate(file);
        EXPECT_EQ(run.exit_code, 1);
        // The file name, a line and a column (both > 0), then the error.
        const std::regex located("(^|\\n)" + std::regex_replace(file.string(), std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                                 ":[1-9][0-9]*:[1-9][0-9]*: error: ");
        EXPECT_TRUE(std::regex_search(run.err, located)) << "no located error on stderr:\n" << run.err;
        EXPECT_NE(run.out.find(": invalid"), std::string::npos) << run.out;
    }
}

TEST(CliConformance, AcceptedCasesAreRefusedOnlyAsNotAReport) {
    SKIP_WITHOUT_SHARED();
    const auto files = suite_files("y_");
    ASSERT_FALSE(files.empty());
    for (const auto& file : files) {
        SCOPED_TRACE(file.filename().string());
        const test::CliRun run = validate(file);
        EXPECT_EQ(run.exit_code, 1) << "no JSONTestSuite case is a Gongkai report";
        EXPECT_EQ(run.err.find("malformed JSON"), std::string::npos) << "valid JSON refused as malformed:\n" << run.err;
        EXPECT_NE(run.err.find("not a Gongkai report"), std::string::npos) << run.err;
    }
}

}  // namespace
}  // namespace gongkai
