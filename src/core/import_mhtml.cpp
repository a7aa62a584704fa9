// import_mhtml.cpp — headers, boundary, the first text/html part; linear in the input.
#include "core/import_mhtml.hpp"

#include <cctype>

namespace gongkai::import_detail {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A header parameter (boundary="…", charset=…) from a lower-cased header block; "" when absent.
std::string parameter(std::string_view headers_lower, std::string_view headers, std::string_view name) {
    const std::size_t at = headers_lower.find(std::string(name) + "=");
    if (at == std::string_view::npos) return "";
    std::size_t b = at + name.size() + 1;
    if (b < headers.size() && headers[b] == '"') {
        const std::size_t e = headers.find('"', b + 1);
        return std::string(headers.substr(b + 1, (e == std::string_view::npos ? headers.size() : e) - b - 1));
    }
    std::size_t e = b;
    while (e < headers.size() && headers[e] != ';' && headers[e] != '\r' && headers[e] != '\n' && headers[e] != ' ') ++e;
    return std::string(headers.substr(b, e - b));
}

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

std::string quoted_printable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '=') { out.push_back(s[i]); continue; }
        if (i + 1 < s.size() && s[i + 1] == '\n') { i += 1; continue; }  // soft line break
        if (i + 2 < s.size() && s[i + 1] == '\r' && s[i + 2] == '\n') { i += 2; continue; }
        if (i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2])));
            i += 2;
            continue;
        }
        out.push_back('=');
    }
    return out;
}

std::string base64(std::string_view s) {
    std::string out;
    out.reserve(s.size() * 3 / 4);
    unsigned value = 0;
    int bits = 0;
    for (char c : s) {
        int d = -1;
        if (c >= 'A' && c <= 'Z') d = c - 'A';
        else if (c >= 'a' && c <= 'z') d = c - 'a' + 26;
        else if (c >= '0' && c <= '9') d = c - '0' + 52;
        else if (c == '+') d = 62;
        else if (c == '/') d = 63;
        else if (c == '=') break;
        if (d < 0) continue;
        value = (value << 6) | static_cast<unsigned>(d);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((value >> bits) & 0xFF));
        }
    }
    return out;
}

// Where a header block ends (the blank line) and its body starts.
std::size_t body_start(std::string_view s, std::size_t from, std::size_t& headers_end) {
    const std::size_t crlf = s.find("\r\n\r\n", from);
    const std::size_t lf = s.find("\n\n", from);
    if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf < lf)) {
        headers_end = crlf;
        return crlf + 4;
    }
    if (lf == std::string_view::npos) { headers_end = s.size(); return s.size(); }
    headers_end = lf;
    return lf + 2;
}

}  // namespace

bool looks_like_mhtml(std::string_view bytes) {
    const std::string head = lower(bytes.substr(0, 4096));
    return head.find("mime-version:") != std::string::npos && head.find("multipart/related") != std::string::npos;
}

MhtmlPage mhtml_page(std::string_view s) {
    MhtmlPage page;
    std::size_t headers_end = 0;
    const std::size_t body = body_start(s, 0, headers_end);
    const std::string headers_lower = lower(s.substr(0, headers_end));
    const std::string boundary = parameter(headers_lower, s.substr(0, headers_end), "boundary");
    if (boundary.empty()) return page;
    const std::string delimiter = "--" + boundary;
    std::size_t at = s.find(delimiter, body);
    while (at != std::string_view::npos) {
        std::size_t part = at + delimiter.size();
        if (s.compare(part, 2, "--") == 0) break;  // the closing delimiter
        std::size_t part_headers_end = 0;
        const std::size_t part_body = body_start(s, part, part_headers_end);
        const std::size_t next = s.find(delimiter, part_body);
        const std::string_view part_headers = s.substr(part, part_headers_end - part);
        const std::string ph = lower(part_headers);
        const std::size_t ct = ph.find("content-type:");
        if (ct != std::string::npos && ph.find("text/html", ct) != std::string::npos) {
            std::size_t end = next == std::string_view::npos ? s.size() : next;
            const std::string_view raw = s.substr(part_body, end - part_body);
            if (ph.find("quoted-printable") != std::string::npos) page.html = quoted_printable(raw);
            else if (ph.find("base64") != std::string::npos) page.html = base64(raw);
            else page.html = std::string(raw);
            page.charset = lower(parameter(ph, part_headers, "charset"));
            page.found = true;
            return page;
        }
        at = next;
    }
    return page;
}

}  // namespace gongkai::import_detail
