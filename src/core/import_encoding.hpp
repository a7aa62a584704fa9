// import_encoding.hpp — finding out how a report's bytes are encoded and decoding them.
//
// Government sites still serve GB2312/GBK/GB18030 pages. Emscripten's libc has no iconv,
// so GB18030 (a superset of GBK and GB2312) is decoded here from a generated table
// (import_gbk_table.inc, written by scripts/gen-gbk-table).
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

// GB18030 alone (exposed for tests). `four_byte_used` tells GBK from GB18030.
std::u32string decode_gb18030(std::string_view bytes, std::size_t& invalid, bool& four_byte_used);

}  // namespace gongkai::import_detail
