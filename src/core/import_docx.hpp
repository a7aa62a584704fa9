// import_docx.hpp — a Word document (.docx: word/document.xml) as HTML for the HTML reader.
//
// Paragraphs become <p>, w:tbl tables become <table> with merged cells as colspan (w:gridSpan)
// and rowspan (w:vMerge restart/continue), so that the grid checks of import_html apply to
// Word tables exactly as to web pages.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::import_detail {

// UTF-8 HTML ("<html><body>…"); tables nested in cells stay nested.
std::string docx_to_html(std::string_view document_xml);

}  // namespace gongkai::import_detail
