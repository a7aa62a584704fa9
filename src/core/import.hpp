// import.hpp — turns the text of a disclosure report into a Report.
//
// The input is what a citizen has: a report copied from a government web page or saved
// from one. It may be UTF-8 (with or without BOM) or GB18030/GBK, LF or CRLF, plain text
// or HTML, simplified or traditional characters, with full-width digits and punctuation.
// Both report styles are read:
//   * narrative reports (before 2019): figures are read from sentences such as
//     "公开预期引导信息186条,其中,市财政局公开财政收支信息4条" and placed in the report's
//     hierarchy by its headings (一、 (一) 1、 (1));
//   * template reports (2019 trial and 2021 templates): the three standard tables go to
//     Report::tables, and the prose parts are read like a narrative report.
//
// Every figure carries its provenance: quote.text == Report::text[start, end), offsets in
// code points. Where the importer had to guess (a department carried over, a category it
// could not read, a breakdown inferred from arithmetic), the figure has unsure = true and a
// note that says what was guessed. See docs/import.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/report.hpp"
#include "core/zip_archive.hpp"

namespace gongkai {

struct ImportOptions {
    std::string file_name;  // used in diagnostics ("-" for standard input)
    std::string id;         // Report::id; derived from region and year when empty
    // Larger inputs are refused before any work. Real reports are well under 1 MB; the
    // importer needs tens of bytes of memory per input byte on figure-dense text, so the web
    // app (a tab has at most a few GiB) sets a lower limit than the command line.
    std::size_t max_bytes = std::size_t{256} << 20;
    // Unpacks deflated ZIP entries (.docx, .ofd). Natively zlib (src/native/zlib_inflate.hpp);
    // the page hands over archives already unpacked (zip_archive.hpp), so it sets none.
    Inflater inflate;
};

struct ImportResult {
    // Absent when the input is not a report or holds nothing countable; the
    // diagnostics then carry an error saying which.
    std::optional<Report> report;
    std::vector<Diagnostic> diagnostics;
    std::string detected_encoding;  // "UTF-8", "UTF-8 (BOM)", "GB18030", "GBK", "UTF-16LE", ...
    bool converted = false;         // true when the bytes were not UTF-8 and were converted
    std::string source_format;      // "text", "html", "mhtml", "docx", "ofd"
    std::size_t unsure = 0;         // how many figures are marked unsure
};

// Never throws on bad input and never recurses on it; run time is linear in its size.
ImportResult import_text(std::string_view bytes, const ImportOptions& options = {});

}  // namespace gongkai
