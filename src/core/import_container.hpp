// import_container.hpp — what the bytes are before they are text: a saved web archive
// (.mhtml), a Word document (.docx), an OFD file, a legacy Word/WPS file (refused with
// advice), or plain text/HTML (passed through).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/message.hpp"
#include "core/zip_archive.hpp"

namespace gongkai::import_detail {

struct Unwrapped {
    bool refused = false;
    Message error{"import.empty"};  // when refused
    std::string format;              // "text", "mhtml", "docx", "ofd"
    std::string bytes;               // what the text stages read (unset for "text": use the input)
    std::string charset;             // declared by the container ("" unknown)
    std::vector<Message> remarks;    // info diagnostics saying what was read
};

Unwrapped unwrap_container(std::string_view bytes, std::string_view file_name, const Inflater& inflate);

}  // namespace gongkai::import_detail
