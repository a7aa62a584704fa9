// import_ofd.hpp — an OFD document (GB/T 33190: a ZIP of XML pages) as text.
//
// OFD is fixed-layout: text objects stand at positions on a page. Lines are rebuilt from
// positions (objects whose baselines agree, left to right); a gap wider than a character
// between two objects on a line becomes a tab, so table rows reach the template reader as
// tab-separated cells.
#pragma once

#include <string>
#include <vector>

#include "core/zip_archive.hpp"

namespace gongkai::import_detail {

struct OfdText {
    std::string text;  // UTF-8, pages in document order
    std::size_t pages = 0;
    bool found = false;  // OFD.xml and a document were there
};

OfdText ofd_to_text(const std::vector<ZipEntry>& entries);

}  // namespace gongkai::import_detail
