// json_cursor.hpp — a strict JSON tokenizer for the fast loader (load_fast.cpp).
//
// It reads RFC 8259 JSON in valid UTF-8 token by token, straight from the input bytes, with
// no tree and no allocation except for strings with escapes. It does not explain problems:
// every method returns false on anything it does not vouch for (a syntax error, invalid
// UTF-8, a control character, a repeated key, an escaped key, a deep nesting, a number it
// cannot convert exactly), and the caller then hands the document to the general loader,
// which locates and explains the problem. So it may refuse more than the general loader,
// never less.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai::load_detail {

class JsonCursor {
  public:
    explicit JsonCursor(std::string_view text)
        : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()) {}

    // Offsets are absolute: with chunked input (load_window.hpp) the text is a window whose
    // first byte is at offset `base_`, and the window's end reads as the end of the input.
    std::size_t offset() const { return base_ + static_cast<std::size_t>(p_ - begin_); }
    void seek(std::size_t offset) { p_ = begin_ + (offset - base_); }
    std::string_view slice(std::size_t from, std::size_t to) const { return {begin_ + (from - base_), to - from}; }
    // The window moved or grew: the same absolute position, now in `window` (whose first
    // byte is at `window_offset`, at or before the position).
    void rebase(std::string_view window, std::size_t window_offset) {
        const std::size_t at = offset();
        begin_ = window.data();
        end_ = window.data() + window.size();
        base_ = window_offset;
        p_ = begin_ + (at - base_);
    }

    // Skips whitespace; the next byte, or '\0' at the end of the input.
    char peek() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
        return p_ == end_ ? '\0' : *p_;
    }
    // Skips whitespace and consumes `c` if it comes next.
    bool eat(char c) {
        if (peek() != c) return false;
        ++p_;
        return true;
    }
    // Only whitespace is left.
    bool at_end() { return peek() == '\0' && p_ == end_; }

    // A string at the cursor. `out` views the input when the string has no escapes, else
    // `scratch`, which holds the decoded bytes.
    bool string(std::string_view& out, std::string& scratch);
    // A string without escapes (object keys): escaped keys are refused, as is a repeated
    // key, since both need the general loader's care.
    bool key(std::string_view& out);
    // A number, converted as the general loader converts it. Integers of 16 digits or more
    // are refused: near 2^53 only the general loader's integer checks are exact.
    bool number(double& out);
    bool literal(std::string_view word);

    // Skips any value, checking it as strictly as the methods above, with at most
    // `depth_left` levels of nesting.
    bool skip_value(int depth_left);

  private:
    bool skip_object(int depth_left);
    bool skip_array(int depth_left);

    const char* begin_;
    const char* p_;
    const char* end_;
    std::size_t base_ = 0;
};

}  // namespace gongkai::load_detail
