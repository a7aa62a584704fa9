// zip_archive.hpp — the entries of a ZIP archive (.docx and .ofd files are ZIPs of XML).
//
// The core reads the archive's directory itself but never inflates: deflated entries go
// through an Inflater the caller supplies (zlib natively, src/native/zlib_inflate.hpp). In the
// page the glue unpacks the archive with the browser's DecompressionStream and hands over an
// "unpacked bundle" (below) instead, so the web build carries no inflate code at all.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/message.hpp"

namespace gongkai {

struct ZipEntry {
    std::string name;
    std::string data;  // unpacked bytes
};

// Inflates raw deflate data into `out`, stopping with false as soon as it would exceed `limit`
// bytes or the data is damaged (`error` says which: "too_large" or a short reason).
using Inflater = std::function<bool(std::string_view deflated, std::size_t limit, std::string& out, std::string& error)>;

struct ZipLimits {
    std::size_t max_entries = 20000;
    std::size_t max_entry_bytes = std::size_t{64} << 20;   // one unpacked entry
    std::size_t max_total_bytes = std::size_t{128} << 20;  // all unpacked entries together
};

bool is_zip(std::string_view bytes);

// Unpacks the entries `wanted` accepts. On failure returns false with `error` set to an
// import.zip.* message (a damaged archive, an unsupported method, more than the limits: a ZIP
// bomb is refused as soon as its output passes the limit, not after).
bool read_zip(std::string_view bytes, const Inflater& inflate, const std::function<bool(std::string_view)>& wanted,
              const ZipLimits& limits, std::vector<ZipEntry>& entries, Message& error);

// The page's hand-over format: "GONGKAI-UNPACKED-ZIP\n", then per entry the name's length, '\n',
// the name, the data's length, '\n', the data (lengths in decimal).
inline constexpr std::string_view kUnpackedZipMagic = "GONGKAI-UNPACKED-ZIP\n";
bool is_unpacked_zip(std::string_view bytes);
bool read_unpacked_zip(std::string_view bytes, std::vector<ZipEntry>& entries, Message& error);

}  // namespace gongkai
