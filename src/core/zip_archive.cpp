// zip_archive.cpp — the central directory, read with bounds checks on every field.
#include "core/zip_archive.hpp"

#include <algorithm>
#include <cstdint>

namespace gongkai {
namespace {

std::uint32_t u16(std::string_view b, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8;
}
std::uint32_t u32(std::string_view b, std::size_t at) { return u16(b, at) | u16(b, at + 2) << 16; }

Message damaged(std::string what) { return std::move(Message("import.zip.damaged").text("what", std::move(what))); }

Message too_large(const ZipLimits& limits) {
    return std::move(Message("import.zip.too_large").number("limit", static_cast<double>(limits.max_total_bytes >> 20)));
}

}  // namespace

bool is_zip(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

bool read_zip(std::string_view b, const Inflater& inflate, const std::function<bool(std::string_view)>& wanted,
              const ZipLimits& limits, std::vector<ZipEntry>& entries, Message& error) {
    // End of central directory: within the last 64 KiB + 22 bytes.
    if (b.size() < 22) { error = damaged("too short"); return false; }
    std::size_t eocd = std::string_view::npos;
    const std::size_t lowest = b.size() > 65557 ? b.size() - 65557 : 0;
    for (std::size_t i = b.size() - 22 + 1; i-- > lowest;)
        if (u32(b, i) == 0x06054b50) { eocd = i; break; }
    if (eocd == std::string_view::npos) { error = damaged("no central directory"); return false; }
    const std::size_t count = u16(b, eocd + 10);
    const std::size_t cd_size = u32(b, eocd + 12);
    const std::size_t cd_offset = u32(b, eocd + 16);
    if (count == 0xFFFF || cd_offset == 0xFFFFFFFF) { error = damaged("ZIP64 archives are not supported"); return false; }
    if (count > limits.max_entries) { error = too_large(limits); return false; }
    if (cd_offset > b.size() || cd_size > b.size() - cd_offset) { error = damaged("central directory out of bounds"); return false; }
    std::size_t at = cd_offset;
    std::size_t total = 0;
    for (std::size_t k = 0; k < count; ++k) {
        if (at + 46 > b.size() || u32(b, at) != 0x02014b50) { error = damaged("bad central directory entry"); return false; }
        const std::uint32_t flags = u16(b, at + 8);
        const std::uint32_t method = u16(b, at + 10);
        const std::size_t packed = u32(b, at + 20);
        const std::size_t name_len = u16(b, at + 28);
        const std::size_t extra_len = u16(b, at + 30);
        const std::size_t comment_len = u16(b, at + 32);
        const std::size_t local = u32(b, at + 42);
        if (at + 46 + name_len > b.size()) { error = damaged("entry name out of bounds"); return false; }
        const std::string name(b.substr(at + 46, name_len));
        at += 46 + name_len + extra_len + comment_len;
        if (name.empty() || name.back() == '/' || !wanted(name)) continue;
        if (flags & 1) { error = damaged("encrypted entry " + name); return false; }
        if (local + 30 > b.size() || u32(b, local) != 0x04034b50) { error = damaged("bad local header for " + name); return false; }
        const std::size_t data = local + 30 + u16(b, local + 26) + u16(b, local + 28);
        if (data > b.size() || packed > b.size() - data) { error = damaged("data of " + name + " out of bounds"); return false; }
        const std::string_view raw = b.substr(data, packed);
        const std::size_t room = std::min(limits.max_entry_bytes, limits.max_total_bytes - total);
        ZipEntry e;
        e.name = name;
        if (method == 0) {
            if (raw.size() > room) { error = too_large(limits); return false; }
            e.data = std::string(raw);
        } else if (method == 8) {
            if (!inflate) { error = Message("import.zip.no_inflate"); return false; }
            std::string why;
            if (!inflate(raw, room, e.data, why)) {
                error = why == "too_large" ? too_large(limits) : damaged(name + ": " + why);
                return false;
            }
        } else {
            error = damaged("compression method " + std::to_string(method) + " of " + name);
            return false;
        }
        total += e.data.size();
        entries.push_back(std::move(e));
    }
    return true;
}

bool is_unpacked_zip(std::string_view bytes) { return bytes.substr(0, kUnpackedZipMagic.size()) == kUnpackedZipMagic; }

bool read_unpacked_zip(std::string_view b, std::vector<ZipEntry>& entries, Message& error) {
    std::size_t at = kUnpackedZipMagic.size();
    auto number = [&](std::size_t& out) {
        out = 0;
        std::size_t digits = 0;
        while (at < b.size() && b[at] >= '0' && b[at] <= '9' && digits < 12) {
            out = out * 10 + static_cast<std::size_t>(b[at] - '0');
            ++at;
            ++digits;
        }
        if (digits == 0 || at >= b.size() || b[at] != '\n') return false;
        ++at;
        return true;
    };
    while (at < b.size()) {
        std::size_t len = 0;
        if (!number(len) || len > b.size() - at) { error = damaged("bad unpacked bundle"); return false; }
        ZipEntry e;
        e.name = std::string(b.substr(at, len));
        at += len;
        if (!number(len) || len > b.size() - at) { error = damaged("bad unpacked bundle"); return false; }
        e.data = std::string(b.substr(at, len));
        at += len;
        // The glue could not unpack the archive (web/gongkai-glue.js): it says why.
        if (e.name == "!error") {
            error = e.data == "too_large" ? too_large(ZipLimits{}) : damaged("the browser could not unpack it");
            return false;
        }
        entries.push_back(std::move(e));
    }
    return true;
}

}  // namespace gongkai
