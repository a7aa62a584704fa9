// load.hpp — reading report JSON (one report or a collection) with located errors.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/report.hpp"

namespace gongkai {

struct LoadLimits {
    std::size_t max_bytes = std::size_t{256} << 20;  // refused before parsing
    int max_depth = 64;                              // nesting limit while parsing
    // Clean files are read by the fast loader (load_fast.hpp); off, everything goes through
    // the general one. Both give the same result: tests turn this off to compare them.
    bool fast_path = true;
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

}  // namespace gongkai
