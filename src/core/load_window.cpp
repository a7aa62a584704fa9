// load_window.cpp — see load_window.hpp.
#include "core/load_window.hpp"

#include <algorithm>
#include <cstring>

namespace gongkai::load_detail {

InputWindow::InputWindow(ByteSource& source, std::size_t chunk_bytes)
    : source_(source), chunk_(std::max<std::size_t>(chunk_bytes, 1)) {
    read_more(std::max<std::size_t>(chunk_, 4));
}

void InputWindow::drop_front(std::size_t n) {
    n = std::min(n, size_);
    if (n == 0) return;
    std::memmove(buffer_.get(), buffer_.get() + n, size_ - n);
    size_ -= n;
}

void InputWindow::drop_leading(std::size_t n) { drop_front(n); }

void InputWindow::drop_before(std::size_t from) {
    if (from <= base_) return;
    const std::size_t n = std::min(from - base_, size_);
    drop_front(n);
    base_ += n;
    dropped_ = true;
}

void InputWindow::reserve(std::size_t capacity) {
    if (capacity <= capacity_) return;
    std::unique_ptr<char[]> bigger(new char[capacity]);  // uninitialised: the source fills it
    if (size_) std::memcpy(bigger.get(), buffer_.get(), size_);
    buffer_ = std::move(bigger);
    capacity_ = capacity;
}

bool InputWindow::keep_ahead(std::size_t from) {
    if (complete_ || end() - from >= chunk_) return false;
    drop_before(from);
    read_more(chunk_);
    return true;
}

void InputWindow::grow(std::size_t from) {
    drop_before(from);
    read_more(std::max(chunk_, size_ / 2));
}

void InputWindow::read_all() {
    while (!complete_) read_more(std::max(chunk_, size_));
}

void InputWindow::read_more(std::size_t n) {
    // size() is taken at its word: a file that grows meanwhile is read to its old end.
    const std::size_t left = source_.size() > read_ ? source_.size() - read_ : 0;
    n = std::min(n, left);
    if (n == 0) complete_ = true;
    if (complete_) return;
    const std::size_t old = size_;
    // No more than needed (doubling would double the memory held), but room for two chunks at
    // once, or keep_ahead would reallocate a little more each time.
    if (old + n > capacity_) reserve(std::max(old + n, std::min(2 * chunk_, old + left)));
    std::size_t got = 0;
    while (got < n) {
        const std::size_t k = source_.read(buffer_.get() + old + got, n - got);
        if (k == 0) break;
        got += k;
    }
    size_ = old + got;
    read_ += got;
    if (got < n || read_ == source_.size()) complete_ = true;
    peak_ = std::max(peak_, capacity_);
}

}  // namespace gongkai::load_detail
