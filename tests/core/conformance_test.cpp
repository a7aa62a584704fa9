// conformance_test.cpp — load_json over every case of JSONTestSuite (nst/JSONTestSuite,
// test_parsing/, kept in ../shared beside the repository):
//   y_*  must parse: they may be refused only as "not a Gongkai report", never as malformed;
//   n_*  must be refused with a located error (line and column > 0);
//   i_*  may go either way; their outcomes are printed and recorded in docs/json-conformance.md.
// None may crash or throw.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "core/load.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> suite_files(const std::string& prefix) {
    std::vector<fs::path> files;
    const fs::path dir = test::shared_dir() / "conformance" / "JSONTestSuite" / "test_parsing";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().filename().string().rfind(prefix, 0) == 0) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

#define SKIP_WITHOUT_SHARED()                                                                            \
    do {                                                                                                 \
        if (!fs::exists(test::shared_dir() / "conformance" / "JSONTestSuite" / "test_parsing"))          \
            GTEST_SKIP() << "../shared is absent (" << test::shared_dir().string()                      \
                         << "/conformance/JSONTestSuite/test_parsing): JSONTestSuite cases not run";     \
    } while (0)

std::string first_error(const LoadResult& r) {
    for (const auto& d : r.diagnostics)
        if (d.severity == Severity::Error) return d.to_string();
    return "";
}

bool is_syntax_rejection(const Diagnostic& d) {
    return d.severity == Severity::Error && d.message.rfind("not a Gongkai report", 0) != 0;
}

TEST(JsonTestSuite, HasTheExpectedCases) {
    SKIP_WITHOUT_SHARED();
    EXPECT_EQ(suite_files("y_").size() + suite_files("n_").size() + suite_files("i_").size(), 318u);
}

TEST(JsonTestSuite, AcceptedCasesAreNeverRejectedAsMalformed) {
    SKIP_WITHOUT_SHARED();
    const auto files = suite_files("y_");
    ASSERT_FALSE(files.empty());
    for (const auto& file : files) {
        SCOPED_TRACE(file.filename().string());
        LoadResult r;
        ASSERT_NO_THROW(r = load_json(test::read_file(file), file.filename().string()));
        // A y_ case is valid JSON but (as none is a Gongkai document) no report.
        EXPECT_TRUE(r.reports.empty());
        ASSERT_TRUE(has_errors(r.diagnostics));
        for (const auto& d : r.diagnostics)
            EXPECT_FALSE(is_syntax_rejection(d)) << "valid JSON rejected: " << d.to_string();
    }
}

TEST(JsonTestSuite, RejectedCasesGetALocatedError) {
    SKIP_WITHOUT_SHARED();
    const auto files = suite_files("n_");
    ASSERT_FALSE(files.empty());
    for (const auto& file : files) {
        SCOPED_TRACE(file.filename().string());
        LoadResult r;
        ASSERT_NO_THROW(r = load_json(test::read_file(file), file.filename().string()));
        EXPECT_TRUE(r.reports.empty());
        ASSERT_FALSE(r.diagnostics.empty());
        const Diagnostic& d = r.diagnostics.front();
        EXPECT_EQ(d.severity, Severity::Error) << d.to_string();
        EXPECT_GT(d.line, 0) << d.to_string();
        EXPECT_GT(d.column, 0) << d.to_string();
        EXPECT_TRUE(is_syntax_rejection(d)) << "invalid JSON must not get as far as the report checks: "
                                            << d.to_string();
    }
}

TEST(JsonTestSuite, ImplementationDefinedCasesNeitherCrashNorThrow) {
    SKIP_WITHOUT_SHARED();
    const auto files = suite_files("i_");
    ASSERT_FALSE(files.empty());
    // Printed so that docs/json-conformance.md can be refreshed from a real run.
    for (const auto& file : files) {
        LoadResult r;
        ASSERT_NO_THROW(r = load_json(test::read_file(file), file.filename().string()));
        const std::string error = first_error(r);
        const bool parsed = !r.diagnostics.empty() && !is_syntax_rejection(r.diagnostics.front());
        std::cout << "[i-case] " << file.filename().string() << " | " << (parsed ? "parsed" : "rejected") << " | "
                  << error << "\n";
        EXPECT_FALSE(error.empty()) << "no i_ case is a Gongkai report, so each must say why it was refused";
    }
}

}  // namespace
}  // namespace gongkai
