// import_pdf.hpp — a PDF's text, as web/pdf-extract.mjs extracts it with pdf.js, into a Report.
//
// pdf.js runs in JavaScript (the page loads it when the first PDF arrives; the command line runs
// the same module under Node, scripts/pdf-text.mjs). What it hands over is one JSON document:
//   {"gongkai_pdf": 1, "pages": N, "text": "...", "page_images": [n, ...]}      the text, or
//   {"gongkai_pdf": 1, "error": "too_many_pages", "args": {...}}                why it was refused
// The text has one line per visual line, table cells three spaces apart and pages separated by a
// form feed line, so the ordinary importer (import.hpp) reads it and every quote's page and line
// follow from its offset (pdf_position). See docs/import-pdf.md.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/import.hpp"

namespace gongkai {

// True when `bytes` is such a document (it starts with {"gongkai_pdf").
bool is_pdf_extraction(std::string_view bytes);
// True when the file name ends in .pdf (any case).
bool is_pdf_file_name(std::string_view name);

// Imports the document: the text through import_text, with the PDF's own diagnostics (refusals
// as import.pdf.* errors, pages read, tables that are only pictures).
ImportResult import_pdf_extraction(std::string_view json, const ImportOptions& options = {});

// Where a code-point offset of an imported PDF's text lies: page and line on that page, from 1.
struct PdfPosition {
    int page = 0;
    int line = 0;
};
PdfPosition pdf_position(std::string_view utf8_text, std::size_t code_point_offset);

}  // namespace gongkai
