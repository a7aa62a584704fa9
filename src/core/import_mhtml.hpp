// import_mhtml.hpp — the page inside a single-file saved web page (.mhtml / .mht).
//
// An MHTML file is a MIME multipart/related message: the page is its first text/html part,
// encoded quoted-printable or base64, its charset in the part's Content-Type.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::import_detail {

bool looks_like_mhtml(std::string_view bytes);

struct MhtmlPage {
    bool found = false;
    std::string html;     // the part's bytes, transfer encoding undone
    std::string charset;  // lower case, "" when the part does not say
};

MhtmlPage mhtml_page(std::string_view bytes);

}  // namespace gongkai::import_detail
