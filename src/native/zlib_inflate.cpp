// zlib_inflate.cpp — inflates in 64 KiB steps so that a ZIP bomb stops at the limit.
#include "native/zlib_inflate.hpp"

#include <zlib.h>

namespace gongkai {

bool zlib_inflate(std::string_view deflated, std::size_t limit, std::string& out, std::string& error) {
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) { error = "zlib could not start"; return false; }
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(deflated.data()));
    z.avail_in = static_cast<uInt>(deflated.size());
    out.clear();
    char chunk[65536];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef*>(chunk);
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&z);
            error = rc == Z_BUF_ERROR ? "truncated data" : "damaged data";
            return false;
        }
        const std::size_t got = sizeof chunk - z.avail_out;
        if (out.size() + got > limit) {
            inflateEnd(&z);
            error = "too_large";
            return false;
        }
        out.append(chunk, got);
    }
    inflateEnd(&z);
    return true;
}

}  // namespace gongkai
