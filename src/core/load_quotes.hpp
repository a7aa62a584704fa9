// load_quotes.hpp — checking that a quote's code point offsets point at its words in the
// report's text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/load_checker.hpp"
#include "core/report.hpp"

namespace gongkai::load_detail {

// Maps code point offsets to byte offsets in UTF-8 text. It samples every 64th code point,
// so a 50 MB text costs about 6 MB rather than 400 MB, and a lookup scans at most 63.
class CodePointIndex {
  public:
    explicit CodePointIndex(std::string_view text);
    std::size_t size() const { return count_; }                // code points in the text
    std::size_t byte_offset(std::size_t code_point) const;     // code_point <= size()
    std::size_t code_point_of(std::size_t byte_offset) const;  // at a code point boundary

  private:
    static constexpr std::size_t kStride = 64;
    std::string_view text_;
    std::vector<std::size_t> samples_;  // byte offset of code points 0, 64, 128, ...
    std::size_t count_ = 0;
};

// Errors when the quote's [start, end) does not hold quote.text in `text`, or, without
// offsets, when quote.text is nowhere in `text`.
void check_quote_in_text(const Quote& quote, const Path& at, std::string_view text,
                         const CodePointIndex& index, Checker& checker);

}  // namespace gongkai::load_detail
