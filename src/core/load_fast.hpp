// load_fast.hpp — the fast loader: clean report JSON straight into the model, no tree.
//
// Most files Gongkai reads are clean (written by Gongkai or by careful hands). For them the
// general loader's cost is the JSON tree it builds before validating; this loader reads the
// bytes once, token by token (json_cursor.hpp), into `Report`s, checking as it goes exactly
// what the general loader checks. Whatever it is not sure of, it leaves to the general loader:
//   - a report in a collection that breaks a rule (a missing key, a wrong type, an unknown
//     key, an unknown enumeration value, ...) is read again by the general loader from its
//     own bytes, which explains the problem at the same JSON Pointer;
//   - a document with a syntax error, invalid UTF-8, a repeated key, an escaped key, a deep
//     nesting, a number it cannot convert exactly or an unknown layout is given back whole
//     (FastLoad::Declined), and nothing is kept from the attempt.
// So both loaders give the same reports and the same diagnostics for every input
// (tests/core/load_fast_test.cpp and the fuzz target fuzz_load compare them).
#pragma once

#include <string_view>
#include <vector>

#include "core/load_checker.hpp"
#include "core/report.hpp"

namespace gongkai::load_detail {

class InputWindow;

enum class FastLoad { Loaded, Declined };

// Reads `text` (valid or not; BOM removed). On Loaded, the reports and diagnostics are in
// `out` and `sink`; on Declined, neither was touched.
FastLoad load_fast(std::string_view text, int max_depth, DiagnosticSink& sink, std::vector<Report>& out);

// The same from chunked input (load_window.hpp), with the same results: a collection's reports
// are read in a window that drops each report's bytes once it is read. On Declined the
// window's bytes are of no use: the caller reads the input again.
FastLoad load_fast(InputWindow& window, int max_depth, DiagnosticSink& sink, std::vector<Report>& out);

}  // namespace gongkai::load_detail
