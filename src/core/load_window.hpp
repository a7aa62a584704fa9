// load_window.hpp — the part of a ByteSource the fast loader is reading: the bytes read so far,
// minus those it is done with.
//
// Offsets are absolute (counted from the first byte after a BOM), so the JsonCursor's
// offset()/seek()/slice() keep their meaning as the window moves (JsonCursor::rebase). Bytes
// are dropped only when the reader says it is done with them (keep_ahead), between the
// reports of a collection; everything else only makes the window longer.
#pragma once

#include <cstddef>
#include <string_view>
#include <memory>

#include "core/byte_source.hpp"

namespace gongkai::load_detail {

class InputWindow {
  public:
    // Reads the first chunk (at least 4 bytes, for the encoding checks, unless the input is shorter).
    InputWindow(ByteSource& source, std::size_t chunk_bytes);

    std::string_view bytes() const { return {buffer_.get(), size_}; }
    std::size_t base() const { return base_; }       // the absolute offset of bytes()[0]
    std::size_t end() const { return base_ + size_; }
    bool complete() const { return complete_; }      // the source has no more bytes
    bool holds_start() const { return !dropped_; }   // nothing was dropped yet
    std::size_t peak_bytes() const { return peak_; } // the most memory the window took

    // Drops the first `n` bytes without counting them: the BOM, before offsets begin.
    void drop_leading(std::size_t n);
    // Makes sure at least one chunk beyond `from` is held (or the input's end); when it must
    // read, it first drops the bytes before `from`. False when nothing changed.
    bool keep_ahead(std::size_t from);
    // Reads more (half the window, at least a chunk), first dropping the bytes before `from`:
    // a growing window keeps a retried read linear.
    void grow(std::size_t from);
    // Reads everything that is left.
    void read_all();

  private:
    void drop_before(std::size_t from);
    void drop_front(std::size_t n);
    void read_more(std::size_t n);
    void reserve(std::size_t capacity);

    ByteSource& source_;
    std::size_t chunk_;
    // Not a std::vector: resizing one zero-fills every byte before the source overwrites it,
    // a byte at a time in the size-optimised web build (a tenth of a load's time, measured).
    std::unique_ptr<char[]> buffer_;
    std::size_t size_ = 0, capacity_ = 0;
    std::size_t base_ = 0;
    std::size_t read_ = 0;  // bytes read from the source in all
    std::size_t peak_ = 0;
    bool complete_ = false;
    bool dropped_ = false;
};

}  // namespace gongkai::load_detail
