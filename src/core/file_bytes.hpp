// file_bytes.hpp — a whole file's bytes, through C stdio.
//
// Not iostreams on purpose: in the web build, std::ifstream + std::ostringstream pull
// libc++'s stream and locale machinery into the wasm (about 27 KB gzip measured), for two
// reads of embedded files.
#pragma once

#include <cstdio>
#include <optional>
#include <string>

namespace gongkai {

// The bytes of the file at `path`, or nullopt when it cannot be opened or read.
inline std::optional<std::string> read_file_bytes(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return std::nullopt;
    std::string bytes;
    char buffer[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) bytes.append(buffer, n);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) return std::nullopt;
    return bytes;
}

}  // namespace gongkai
