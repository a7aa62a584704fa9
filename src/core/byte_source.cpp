// byte_source.cpp — see byte_source.hpp.
#include "core/byte_source.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace gongkai {

std::size_t StringByteSource::read(char* into, std::size_t max) {
    const std::size_t n = std::min(max, bytes_.size() - position_);
    if (n > 0) std::memcpy(into, bytes_.data() + position_, n);
    position_ += n;
    return n;
}

std::string read_rest(ByteSource& source) {
    std::string bytes(source.size(), '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
        const std::size_t n = source.read(bytes.data() + got, bytes.size() - got);
        if (n == 0) break;
        got += n;
    }
    bytes.resize(got);
    return bytes;
}

FileByteSource::FileByteSource(std::FILE* file) : file_(file) {
    // The size from the end's position: a pipe cannot seek, and then has no size and no rewind.
    start_ = std::ftell(file_);
    if (start_ < 0 || std::fseek(file_, 0, SEEK_END) != 0) return;
    const long end = std::ftell(file_);
    seekable_ = end >= start_ && std::fseek(file_, start_, SEEK_SET) == 0;
    if (seekable_) size_ = static_cast<std::size_t>(end - start_);
}

std::size_t FileByteSource::read(char* into, std::size_t max) {
    if (max == 0 || failed_) return 0;
    errno = 0;
    const std::size_t n = std::fread(into, 1, max, file_);
    if (n == 0 && std::ferror(file_)) {
        failed_ = true;
        errno_ = errno;
    }
    return n;
}

bool FileByteSource::rewind() {
    if (!seekable_ || failed_) return false;
    std::clearerr(file_);
    return std::fseek(file_, start_, SEEK_SET) == 0;
}

}  // namespace gongkai
