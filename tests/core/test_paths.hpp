// test_paths.hpp — where tests find their data: the source tree (GONGKAI_SOURCE_DIR, set by
// CMake) and ../shared beside it (conformance suites, real reports), which may be absent.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace gongkai::test {

inline std::filesystem::path source_dir() { return std::filesystem::path(GONGKAI_SOURCE_DIR); }

// A path inside the source tree, e.g. source_path("tests/data/good/minimal.json").
inline std::filesystem::path source_path(std::string_view relative) { return source_dir() / relative; }

// ../shared beside the source tree; check exists() before use, it is not part of the repo.
inline std::filesystem::path shared_dir() { return (source_dir() / ".." / "shared").lexically_normal(); }

// The whole file as bytes; "" when it cannot be read.
inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace gongkai::test
