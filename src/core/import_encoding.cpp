// import_encoding.cpp — BOM / UTF-8 / GB18030 detection and decoding.
#include "core/import_encoding.hpp"

#include "core/import_text.hpp"

#include <vector>

// 1: the generated two-byte table is compiled in (native builds). 0: it comes from the platform
// layer at first use (set_gbk_table_source); the array below is then never referenced, so the
// compiler emits none of it.
#ifndef GONGKAI_GBK_TABLE
#define GONGKAI_GBK_TABLE 1
#endif

namespace gongkai::import_detail {
namespace {

#include "core/import_gbk_table.inc"

static_assert(sizeof(kGbkTwoByte) / sizeof(kGbkTwoByte[0]) == kGbkTwoByteEntries);

GbkTableSource g_gbk_table_source = nullptr;

// The two-byte table (indexed like kGbkTwoByte), or nullptr when there is none.
auto gbk_two_byte_table() {
#if GONGKAI_GBK_TABLE
    return kGbkTwoByte;
#else
    static std::vector<char16_t> table;
    if (table.empty() && g_gbk_table_source != nullptr) {
        table.assign(kGbkTwoByteEntries, 0xFFFD);
        if (!g_gbk_table_source(table.data(), table.size())) table.clear();  // tried again next time
    }
    return table.empty() ? nullptr : static_cast<const char16_t*>(table.data());
#endif
}

// Counts malformed UTF-8 sequences without decoding.
std::size_t utf8_errors(std::string_view s) {
    std::size_t errors = 0;
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) { ++i; continue; }
        std::size_t len = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) len = 2;
        else if (b0 >= 0xE0 && b0 <= 0xEF) len = 3;
        else if (b0 >= 0xF0 && b0 <= 0xF4) len = 4;
        bool ok = len != 0 && i + len <= n;
        for (std::size_t k = 1; ok && k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) ok = false;
        if (ok && len == 3) {  // overlongs and surrogates
            const auto b1 = static_cast<unsigned char>(s[i + 1]);
            if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0)) ok = false;
        }
        if (ok && len == 4) {
            const auto b1 = static_cast<unsigned char>(s[i + 1]);
            if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90)) ok = false;
        }
        if (!ok) { ++errors; ++i; continue; }
        i += len;
    }
    return errors;
}

// Valid multi-byte UTF-8 sequences: GBK text read as UTF-8 almost never forms one.
std::size_t utf8_multibyte(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i + 2 < s.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        const auto b2 = static_cast<unsigned char>(s[i + 2]);
        if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
            ++n;
            i += 2;
        }
    }
    return n;
}

// UTF-8 with stretches of other bytes (a paste from a GBK page): each stretch that is not
// UTF-8 is read as GB18030 when it decodes cleanly, else replaced by U+FFFD.
std::u32string decode_mixed(std::string_view s, std::size_t& invalid, std::size_t& foreign) {
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // The longest valid UTF-8 prefix from i.
        std::size_t j = i;
        while (j < s.size()) {
            const auto b0 = static_cast<unsigned char>(s[j]);
            std::size_t len = b0 < 0x80 ? 1 : (b0 >= 0xC2 && b0 <= 0xDF) ? 2 : (b0 >= 0xE0 && b0 <= 0xEF) ? 3 : (b0 >= 0xF0 && b0 <= 0xF4) ? 4 : 0;
            if (len == 0 || j + len > s.size() || utf8_errors(s.substr(j, len)) != 0) break;
            j += len;
        }
        if (j > i) {
            out += utf8_to_u32(s.substr(i, j - i));
            i = j;
            continue;
        }
        // A stretch of bytes that are not UTF-8, up to the next ASCII byte.
        std::size_t k = i;
        while (k < s.size() && static_cast<unsigned char>(s[k]) >= 0x80) ++k;
        std::size_t errors = 0;
        bool four = false;
        std::u32string gb = decode_gb18030(s.substr(i, k - i), errors, four);
        if (errors == 0) {
            out += gb;
            foreign += k - i;
        } else {
            out.append(k - i, 0xFFFD);
            invalid += k - i;
        }
        i = k;
    }
    return out;
}

std::u32string decode_utf16(std::string_view s, bool little, std::size_t& invalid) {
    std::u32string out;
    out.reserve(s.size() / 2);
    auto unit = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(s[i]);
        const auto b = static_cast<unsigned char>(s[i + 1]);
        return little ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
    };
    std::size_t i = 0;
    while (i + 1 < s.size()) {
        char32_t u = unit(i);
        i += 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < s.size()) {
            const char32_t lo = unit(i);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                out.push_back(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) { ++invalid; u = 0xFFFD; }
        out.push_back(u);
    }
    if (i < s.size()) { ++invalid; out.push_back(0xFFFD); }
    return out;
}

// NUL and other C0 controls (not tab, CR, LF, form feed, ESC): text has none, binaries many.
std::size_t count_controls(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        n += b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B;
    }
    return n;
}

}  // namespace

void set_gbk_table_source(GbkTableSource source) { g_gbk_table_source = source; }

std::u32string decode_gb18030(std::string_view s, std::size_t& invalid, bool& four_byte_used) {
    std::u32string out;
    out.reserve(s.size());
    invalid = 0;
    four_byte_used = false;
    std::size_t i = 0;
    const std::size_t n = s.size();
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const auto* const two_byte = gbk_two_byte_table();
    while (i < n) {
        const unsigned b0 = byte(i);
        if (b0 < 0x80) { out.push_back(b0); ++i; continue; }
        if (b0 == 0x80) { out.push_back(0x20AC); ++i; continue; }  // CP936's euro sign
        if (b0 == 0xFF || i + 1 >= n) { out.push_back(0xFFFD); ++invalid; ++i; continue; }
        const unsigned b1 = byte(i + 1);
        if ((b1 >= 0x40 && b1 <= 0x7E) || (b1 >= 0x80 && b1 <= 0xFE)) {
            const unsigned trail = b1 <= 0x7E ? b1 - 0x40 : b1 - 0x41;
            const char32_t cp = two_byte != nullptr ? two_byte[(b0 - 0x81) * 190 + trail] : char32_t{0xFFFD};
            if (cp == 0xFFFD) ++invalid;
            out.push_back(cp);
            i += 2;
            continue;
        }
        if (b1 >= 0x30 && b1 <= 0x39 && i + 3 < n) {
            const unsigned b2 = byte(i + 2);
            const unsigned b3 = byte(i + 3);
            if (b2 >= 0x81 && b2 <= 0xFE && b3 >= 0x30 && b3 <= 0x39) {
                const unsigned long linear = (((b0 - 0x81UL) * 10 + (b1 - 0x30)) * 126 + (b2 - 0x81)) * 10 + (b3 - 0x30);
                char32_t cp = 0xFFFD;
                if (b0 <= 0x84) {
                    // Binary search the BMP ranges.
                    std::size_t lo = 0;
                    std::size_t hi = sizeof(kGb18030Ranges) / sizeof(kGb18030Ranges[0]);
                    while (lo < hi) {
                        const std::size_t mid = (lo + hi) / 2;
                        if (kGb18030Ranges[mid][0] <= linear) lo = mid + 1;
                        else hi = mid;
                    }
                    if (lo > 0) {
                        const auto& r = kGb18030Ranges[lo - 1];
                        if (linear < r[0] + r[2]) cp = static_cast<char32_t>(r[1] + (linear - r[0]));
                    }
                } else if (b0 >= 0x90 && b0 <= 0xE3) {
                    const unsigned long base = (0x90UL - 0x81) * 12600;
                    const unsigned long sup = 0x10000 + (linear - base);
                    if (sup <= 0x10FFFF) cp = static_cast<char32_t>(sup);
                }
                if (cp == 0xFFFD) ++invalid;
                else four_byte_used = true;
                out.push_back(cp);
                i += 4;
                continue;
            }
        }
        out.push_back(0xFFFD);
        ++invalid;
        ++i;
    }
    return out;
}

DecodedBytes decode_bytes(std::string_view bytes) {
    DecodedBytes d;
    d.control_bytes = count_controls(bytes);
    auto starts = [&](std::string_view p) { return bytes.substr(0, p.size()) == p; };
    if (starts("\xEF\xBB\xBF")) {
        const auto body = bytes.substr(3);
        d.invalid = utf8_errors(body);
        d.text = utf8_to_u32(body);
        d.encoding = "UTF-8 (BOM)";
        return d;
    }
    if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
        const bool little = bytes[0] == '\xFF';
        d.text = decode_utf16(bytes.substr(2), little, d.invalid);
        d.encoding = little ? "UTF-16LE" : "UTF-16BE";
        d.converted = true;
        d.control_bytes = 0;  // NULs are expected in UTF-16
        return d;
    }
    const std::size_t u8_errors = utf8_errors(bytes);
    if (u8_errors == 0) {
        d.text = utf8_to_u32(bytes);
        d.encoding = "UTF-8";
        return d;
    }
    // Mostly UTF-8 with a few bad stretches: keep UTF-8 and mend the stretches.
    if (utf8_multibyte(bytes) > u8_errors) {
        std::size_t foreign = 0;
        d.text = decode_mixed(bytes, d.invalid, foreign);
        d.encoding = foreign > 0 ? "UTF-8 + GB18030" : "UTF-8";
        d.converted = foreign > 0;
        d.foreign_bytes = foreign;
        return d;
    }
    std::size_t gb_errors = 0;
    bool four = false;
    std::u32string gb = decode_gb18030(bytes, gb_errors, four);
    if (gb_errors <= u8_errors) {
        d.text = std::move(gb);
        d.invalid = gb_errors;
        d.encoding = four ? "GB18030" : "GBK";
        d.converted = true;
        return d;
    }
    d.text = utf8_to_u32(bytes);
    d.invalid = u8_errors;
    d.encoding = "UTF-8";
    return d;
}

}  // namespace gongkai::import_detail
