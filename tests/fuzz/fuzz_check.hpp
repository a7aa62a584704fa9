// fuzz_check.hpp — the one assertion the fuzz targets use. A broken invariant must be a crash
// (libFuzzer keeps the input that caused it), so FUZZ_CHECK prints what broke and aborts.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace gongkai::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* what, const std::string& detail) {
    std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n%s\n", file, line, what, detail.c_str());
    std::abort();
}

inline std::string first_errors(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    int shown = 0;
    for (const auto& d : diagnostics)
        if (d.severity == Severity::Error && shown++ < 5) out += "  " + d.to_string() + "\n";
    return out;
}

// Byte offsets of every code point of UTF-8 `text` (plus one for the end), built once per report
// so that checking many quotes stays linear.
inline std::vector<std::size_t> code_point_offsets(std::string_view text) {
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
    offsets.push_back(text.size());
    return offsets;
}

// The code points [start, end) of `text` as bytes; "\xFF" when out of range (never a valid quote).
inline std::string code_point_slice(std::string_view text, const std::vector<std::size_t>& offsets,
                                    std::int64_t start, std::int64_t end) {
    const auto n = static_cast<std::int64_t>(offsets.size());
    if (start < 0 || end < start || end >= n) return "\xFF";
    const std::size_t from = offsets[static_cast<std::size_t>(start)], to = offsets[static_cast<std::size_t>(end)];
    return std::string(text.substr(from, to - from));
}

}  // namespace gongkai::fuzz

#define FUZZ_CHECK(cond, detail) \
    do {                         \
        if (!(cond)) ::gongkai::fuzz::fail(__FILE__, __LINE__, #cond, (detail)); \
    } while (0)
