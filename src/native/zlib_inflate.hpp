// zlib_inflate.hpp — the native Inflater (core/zip_archive.hpp) over zlib (Debian zlib1g-dev).
// The web build has none: the page unpacks archives with the browser's DecompressionStream.
#pragma once

#include "core/zip_archive.hpp"

namespace gongkai {

// Raw deflate (window bits -15), output capped at `limit`.
bool zlib_inflate(std::string_view deflated, std::size_t limit, std::string& out, std::string& error);

}  // namespace gongkai
