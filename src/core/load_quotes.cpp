// load_quotes.cpp — quotes are provenance: a wrong offset sends the reader to the wrong words.
#include "core/load_quotes.hpp"

#include <algorithm>
#include <string>

namespace gongkai::load_detail {
namespace {
bool is_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
    samples_.reserve(text.size() / kStride + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_lead(text[i])) continue;
        if (count_ % kStride == 0) samples_.push_back(i);
        ++count_;
    }
}

std::size_t CodePointIndex::byte_offset(std::size_t code_point) const {
    if (code_point >= count_) return text_.size();
    std::size_t i = samples_[code_point / kStride];
    for (std::size_t left = code_point % kStride; left > 0; --left) {
        ++i;
        while (i < text_.size() && !is_lead(text_[i])) ++i;
    }
    return i;
}

std::size_t CodePointIndex::code_point_of(std::size_t byte) const {
    // The last sample at or before `byte`, then count lead bytes up to it.
    auto it = std::upper_bound(samples_.begin(), samples_.end(), byte);
    if (it == samples_.begin()) return 0;
    --it;
    std::size_t cp = static_cast<std::size_t>(it - samples_.begin()) * kStride;
    for (std::size_t i = *it; i < byte && i < text_.size(); ++i)
        if (is_lead(text_[i])) ++cp;
    return cp;
}

void check_quote_in_text(const Quote& quote, const Path& at, std::string_view text,
                         const CodePointIndex& index, Checker& checker) {
    // Where the quote really is, for the message. Searched only when something is wrong: a
    // search per quote would make a big file with many quotes quadratic.
    const auto where_found = [&]() -> std::string {
        const std::size_t found = text.find(quote.text);
        if (found == std::string_view::npos) return "";
        return "[" + std::to_string(index.code_point_of(found)) + ", " +
               std::to_string(index.code_point_of(found + quote.text.size())) + ")";
    };
    const auto found_note = [&](Message m) {
        const std::string where = where_found();
        if (!where.empty()) m.text("found_at", where);
        return m;
    };
    if (!quote.start || !quote.end) {
        if (text.find(quote.text) == std::string_view::npos)
            checker.error(at.key("text"), Message("load.quote_not_found").text("quote", in_quotes(quote.text)));
        return;
    }
    const auto start = static_cast<std::size_t>(*quote.start);
    const auto end = static_cast<std::size_t>(*quote.end);
    if (start > end) return;  // already reported while reading the quote
    if (end > index.size()) {
        checker.error(at.key("end"), found_note(std::move(Message("load.quote_beyond_text")
                                                              .number("end", static_cast<double>(end))
                                                              .number("size", static_cast<double>(index.size())))));
        return;
    }
    const std::size_t from = index.byte_offset(start);
    const std::size_t to = index.byte_offset(end);
    const std::string_view there = text.substr(from, to - from);
    if (there == quote.text) return;
    checker.error(at, found_note(std::move(Message("load.quote_mismatch")
                                               .number("start", static_cast<double>(start))
                                               .number("end", static_cast<double>(end))
                                               .text("there", in_quotes(there))
                                               .text("quote", in_quotes(quote.text)))));
}

}  // namespace gongkai::load_detail
