// load_window.cpp — see load_window.hpp.
#include "core/load_window.hpp"

#include <algorithm>

namespace gongkai::load_detail {

InputWindow::InputWindow(ByteSource& source, std::size_t chunk_bytes)
    : source_(source), chunk_(std::max<std::size_t>(chunk_bytes, 1)) {
    read_more(std::max<std::size_t>(chunk_, 4));
}

void InputWindow::drop_leading(std::size_t n) {
    n = std::min(n, buffer_.size());
    buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(n));
}

void InputWindow::drop_before(std::size_t from) {
    if (from <= base_) return;
    const std::size_t n = std::min(from - base_, buffer_.size());
    buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(n));
    base_ += n;
    dropped_ = true;
}

bool InputWindow::keep_ahead(std::size_t from) {
    if (complete_ || end() - from >= chunk_) return false;
    drop_before(from);
    read_more(chunk_);
    return true;
}

void InputWindow::grow(std::size_t from) {
    drop_before(from);
    read_more(std::max(chunk_, buffer_.size() / 2));
}

void InputWindow::read_all() {
    while (!complete_) read_more(std::max(chunk_, buffer_.size()));
}

void InputWindow::read_more(std::size_t n) {
    // size() is taken at its word: a file that grows meanwhile is read to its old end.
    const std::size_t left = source_.size() > read_ ? source_.size() - read_ : 0;
    n = std::min(n, left);
    if (n == 0) complete_ = true;
    if (complete_) return;
    const std::size_t old = buffer_.size();
    // No more than needed (vector's own growth would double the memory held), but room for
    // two chunks at once, or keep_ahead would reallocate a little more each time.
    if (old + n > buffer_.capacity()) buffer_.reserve(std::max(old + n, std::min(2 * chunk_, old + left)));
    buffer_.resize(old + n);
    std::size_t got = 0;
    while (got < n) {
        const std::size_t k = source_.read(buffer_.data() + old + got, n - got);
        if (k == 0) break;
        got += k;
    }
    buffer_.resize(old + got);
    read_ += got;
    if (got < n || read_ == source_.size()) complete_ = true;
    peak_ = std::max(peak_, buffer_.capacity());
}

}  // namespace gongkai::load_detail
