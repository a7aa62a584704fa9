// load.hpp — reading report JSON (one report or a collection) with located errors.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/byte_source.hpp"
#include "core/diagnostic.hpp"
#include "core/report.hpp"

namespace gongkai {

struct LoadLimits {
    std::size_t max_bytes = std::size_t{256} << 20;  // refused before parsing
    int max_depth = 64;                              // nesting limit while parsing
    // Clean files are read by the fast loader (load_fast.hpp); off, everything goes through
    // the general one. Both give the same result: tests turn this off to compare them.
    bool fast_path = true;
    // How much load_json(ByteSource&) reads at a time: a clean collection is held in a window
    // of about max(chunk_bytes, its largest report), never whole.
    std::size_t chunk_bytes = std::size_t{1} << 20;
};

struct LoadResult {
    std::vector<Report> reports;           // every report that passed validation
    std::vector<Diagnostic> diagnostics;   // every problem found, errors and warnings
    bool ok() const { return !has_errors(diagnostics); }
};

// Parses and validates `bytes` (UTF-8, BOM accepted). Reports all problems it can,
// not only the first; in a collection, a bad report is skipped and the good ones load.
LoadResult load_json(std::string_view bytes, std::string_view file_name,
                     const LoadLimits& limits = {});

// How a chunked load went, for tests and measurements.
struct LoadStats {
    std::size_t peak_window_bytes = 0;  // the most memory the fast loader's window of input took
    bool read_whole = false;            // the fast loader declined (or was off): the whole input
                                        // was then held in memory for the general loader
};

// The same result as load_json(bytes) on the source's bytes, read chunk by chunk: a clean
// file never sits whole in memory. Anything else is read again whole (source.rewind()) and
// explained as ever.
LoadResult load_json(ByteSource& source, std::string_view file_name, const LoadLimits& limits = {},
                     LoadStats* stats = nullptr);

}  // namespace gongkai
