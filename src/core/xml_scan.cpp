// xml_scan.cpp — see xml_scan.hpp.
#include "core/xml_scan.hpp"

#include "core/utf8.hpp"

namespace gongkai::import_detail {
namespace {

std::string_view local(std::string_view qualified) {
    const std::size_t colon = qualified.find(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

bool is_name_char(char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '/' && c != '>' && c != '='; }

}  // namespace

std::string xml_unescape(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '&') { out.push_back(raw[i]); continue; }
        const std::size_t semi = raw.find(';', i);
        if (semi == std::string_view::npos || semi - i > 12) { out.push_back('&'); continue; }
        const std::string_view e = raw.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (e == "lt") cp = '<';
        else if (e == "gt") cp = '>';
        else if (e == "amp") cp = '&';
        else if (e == "quot") cp = '"';
        else if (e == "apos") cp = '\'';
        else if (e.size() > 1 && e[0] == '#') {
            const bool hex = e[1] == 'x' || e[1] == 'X';
            for (std::size_t k = hex ? 2 : 1; k < e.size(); ++k) {
                const char c = e[k];
                int d = -1;
                if (c >= '0' && c <= '9') d = c - '0';
                else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
                if (d < 0 || cp > 0x10FFFF) { cp = 0; break; }
                cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
            }
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0;
        }
        if (cp == 0) { out.push_back('&'); continue; }
        append_utf8(out, cp);
        i = semi;
    }
    return out;
}

XmlScan::Kind XmlScan::next() {
    while (pos_ < xml_.size()) {
        if (xml_[pos_] != '<') {
            const std::size_t lt = xml_.find('<', pos_);
            const std::size_t end = lt == std::string_view::npos ? xml_.size() : lt;
            text_ = xml_unescape(xml_.substr(pos_, end - pos_));
            pos_ = end;
            return Kind::Text;
        }
        // Comments, processing instructions, CDATA, declarations.
        if (xml_.compare(pos_, 4, "<!--") == 0) {
            const std::size_t e = xml_.find("-->", pos_ + 4);
            pos_ = e == std::string_view::npos ? xml_.size() : e + 3;
            continue;
        }
        if (xml_.compare(pos_, 9, "<![CDATA[") == 0) {
            const std::size_t e = xml_.find("]]>", pos_ + 9);
            const std::size_t end = e == std::string_view::npos ? xml_.size() : e;
            text_ = std::string(xml_.substr(pos_ + 9, end - pos_ - 9));
            pos_ = e == std::string_view::npos ? xml_.size() : e + 3;
            return Kind::Text;
        }
        if (pos_ + 1 < xml_.size() && (xml_[pos_ + 1] == '?' || xml_[pos_ + 1] == '!')) {
            const std::size_t e = xml_.find('>', pos_);
            pos_ = e == std::string_view::npos ? xml_.size() : e + 1;
            continue;
        }
        const bool closing = pos_ + 1 < xml_.size() && xml_[pos_ + 1] == '/';
        std::size_t j = pos_ + (closing ? 2 : 1);
        const std::size_t name_start = j;
        while (j < xml_.size() && is_name_char(xml_[j])) ++j;
        name_ = local(xml_.substr(name_start, j - name_start));
        const std::size_t attr_start = j;
        char quote = 0;
        while (j < xml_.size()) {
            if (quote) { if (xml_[j] == quote) quote = 0; }
            else if (xml_[j] == '"' || xml_[j] == '\'') quote = xml_[j];
            else if (xml_[j] == '>') break;
            ++j;
        }
        const std::size_t end = j;
        pos_ = j < xml_.size() ? j + 1 : xml_.size();
        self_closing_ = !closing && end > attr_start && xml_[end - 1] == '/';
        attributes_ = xml_.substr(attr_start, end - attr_start - (self_closing_ ? 1 : 0));
        return closing ? Kind::Close : Kind::Open;
    }
    return Kind::End;
}

std::string XmlScan::attribute(std::string_view wanted) const {
    std::size_t i = 0;
    const std::string_view a = attributes_;
    while (i < a.size()) {
        while (i < a.size() && !is_name_char(a[i])) ++i;
        const std::size_t ns = i;
        while (i < a.size() && is_name_char(a[i])) ++i;
        const std::string_view qname = a.substr(ns, i - ns);
        while (i < a.size() && a[i] == ' ') ++i;
        if (i >= a.size() || a[i] != '=') continue;
        ++i;
        while (i < a.size() && a[i] == ' ') ++i;
        if (i >= a.size()) break;
        const char q = a[i];
        if (q != '"' && q != '\'') continue;
        const std::size_t close = a.find(q, i + 1);
        const std::size_t vend = close == std::string_view::npos ? a.size() : close;
        const std::string_view value = a.substr(i + 1, vend - i - 1);
        i = vend + 1;
        if (local(qname) == wanted) return xml_unescape(value);
    }
    return "";
}

}  // namespace gongkai::import_detail
