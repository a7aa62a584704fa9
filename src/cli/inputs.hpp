// inputs.hpp — reading report files (or standard input) for the subcommands.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/report.hpp"

namespace gongkai::cli {

struct FileResult {
    std::string name;                      // as given; "-" for standard input
    std::size_t reports = 0;               // how many reports of this file loaded
    std::size_t figures = 0;
    std::vector<Diagnostic> diagnostics;   // errors and warnings, also printed to stderr
    bool ok() const { return !has_errors(diagnostics); }
};

struct Inputs {
    std::vector<Report> reports;           // every report that loaded, in file order
    std::vector<FileResult> files;
    bool ok() const;                       // no file had an error
};

// The files to read: the arguments, or "-" (standard input) when there are none and standard
// input is not a terminal. Returns false (and says why on `err`) when there is nothing to read.
bool resolve_input_names(std::vector<std::string>& names, std::ostream& err);

// Reads and loads every file; prints each diagnostic (Diagnostic::to_string) to `err`, in
// `language`.
Inputs load_inputs(const std::vector<std::string>& names, std::ostream& err, Language language = Language::English);

// Writes `bytes` to `path` ("-" = `out`) through a temporary file and a rename, so a failed
// write never leaves half a file behind. Returns false and prints a diagnostic on failure.
bool write_output(const std::string& path, const std::string& bytes, std::ostream& out, std::ostream& err);

}  // namespace gongkai::cli
