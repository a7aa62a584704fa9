// pdf_extractor.hpp — the PDF extraction of the page, run under Node for `gongkai import`.
#pragma once

#include <string>

namespace gongkai::cli {

// Runs scripts/pdf-text.mjs (GONGKAI_PDF_EXTRACTOR overrides its path, GONGKAI_NODE the node
// binary) on the PDF in `bytes`; `json` is what it printed (import_pdf.hpp). False with a
// message in `problem` when it could not run.
bool extract_pdf(const std::string& bytes, std::string& json, std::string& problem);

}  // namespace gongkai::cli
