// import_encoding.hpp — finding out how a report's bytes are encoded and decoding them.
//
// Government sites still serve GB2312/GBK/GB18030 pages. Emscripten's libc has no iconv,
// so GB18030 (a superset of GBK and GB2312) is decoded here from a generated table
// (import_gbk_table.inc, written by scripts/gen-gbk-table).
//
// That table's two-byte part is 47 KB (45 KB gzip) of the web app's download, and the browser
// can decode GBK itself. So a build may leave it out (GONGKAI_GBK_TABLE=0, the web build) and
// let the platform layer supply the same table, built once on first use
// (src/platform/web/gbk_table_web.cpp: the browser's TextDecoder('gb18030')). The decoding
// logic, its error counts and its choice of encoding are this file's in both cases.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai::import_detail {

struct DecodedBytes {
    std::u32string text;       // code points; invalid input became U+FFFD
    std::string encoding;      // "UTF-8", "UTF-8 (BOM)", "GB18030", "GBK", "UTF-16LE", "UTF-16BE",
                               // "UTF-8 + GB18030" (mixed)
    bool converted = false;    // not UTF-8 to begin with
    std::size_t invalid = 0;   // how many bad sequences were replaced
    std::size_t control_bytes = 0;  // NUL and other control bytes: a hint that the input is binary
    std::size_t foreign_bytes = 0;  // bytes in a UTF-8 file that were read as GB18030
};

// Order of tries: BOMs, then strict UTF-8; then, for mostly-UTF-8 input, UTF-8 whose bad
// stretches are read as GB18030 (text pasted from a GBK page); then GB18030; if neither
// decodes cleanly the one with fewer errors wins.
DecodedBytes decode_bytes(std::string_view bytes);

// Entries of the two-byte table: lead bytes 0x81..0xFE times 190 trail bytes
// (0x40..0x7E, 0x80..0xFE), in that order.
inline constexpr std::size_t kGbkTwoByteEntries = 126 * 190;

// Fills `table` (kGbkTwoByteEntries BMP code points, 0xFFFD where unmapped); false if it cannot.
using GbkTableSource = bool (*)(char16_t* table, std::size_t entries);

// Where the two-byte table comes from when the build has none (GONGKAI_GBK_TABLE=0). Set once
// by the platform layer at start-up. Ignored when the generated table is compiled in.
void set_gbk_table_source(GbkTableSource source);

// GB18030 alone (exposed for tests). Without a table (none compiled in and no source, or the
// source failed), every two-byte sequence decodes as U+FFFD and counts as invalid. `four_byte_used` tells GBK from GB18030.
std::u32string decode_gb18030(std::string_view bytes, std::size_t& invalid, bool& four_byte_used);

}  // namespace gongkai::import_detail
