// xml_scan.hpp — a forward, non-recursive walk over the XML inside Word and OFD files.
//
// Only what those files need: element open/close (namespace prefix dropped), attributes,
// and character data with the five predefined entities and numeric references decoded.
// No DTDs, no external entities (nothing to expand, so no entity bombs).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai::import_detail {

class XmlScan {
public:
    enum class Kind { Open, Close, Text, End };
    explicit XmlScan(std::string_view xml) : xml_(xml) {}

    // Advances to the next item; Kind::End at the end of input.
    Kind next();
    // The local name of the element just opened or closed ("w:tbl" -> "tbl").
    std::string_view name() const { return name_; }
    // True for <x/> (an Open with no Close to follow).
    bool self_closing() const { return self_closing_; }
    // The decoded value of attribute `local_name` (prefix ignored), "" when absent.
    std::string attribute(std::string_view local_name) const;
    // Decoded character data of a Kind::Text item.
    const std::string& text() const { return text_; }

private:
    std::string_view xml_;
    std::size_t pos_ = 0;
    std::string_view name_;
    std::string_view attributes_;
    bool self_closing_ = false;
    std::string text_;
};

// Decodes &lt; &gt; &amp; &quot; &apos; &#N; &#xN; (UTF-8 out); anything else is kept.
std::string xml_unescape(std::string_view raw);

}  // namespace gongkai::import_detail
