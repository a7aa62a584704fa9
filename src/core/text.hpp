// text.hpp — Text: an immutable string stored once per process and shared by every copy.
//
// A collection repeats the same few texts a million times: every figure of 10,000 reports
// names an area, a topic, a department, a category, a unit and a measure from a short
// vocabulary, and the ids "f1", "f2", ... come back in every report. As std::string each field
// costs 12 bytes (wasm32) plus a heap block for any text over 10 bytes (three Chinese
// characters fill that), so a figure took about 350 bytes against about 190 bytes of JSON.
// A Text is one pointer to a reference-counted entry in a process-wide table: equal texts
// share one entry, copies only count, and an entry is freed with its last Text.
//
// Reading a Text reads a std::string: it converts to `const std::string&` and to
// `std::string_view`, and has the read-only members the code base uses. It cannot be changed
// in place; assign a new value instead. Safe to create, copy and destroy from several threads.
#pragma once

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace gongkai {

class Text {
  public:
    Text() noexcept = default;
    Text(std::string_view text) : entry_(intern(text)) {}  // NOLINT: implicit, like std::string
    Text(const std::string& text) : Text(std::string_view(text)) {}
    Text(const char* text) : Text(std::string_view(text)) {}
    Text(const Text& other) noexcept : entry_(other.entry_) { retain(); }
    Text(Text&& other) noexcept : entry_(other.entry_) { other.entry_ = nullptr; }
    Text& operator=(const Text& other) noexcept {
        Text copy(other);
        swap(copy);
        return *this;
    }
    Text& operator=(Text&& other) noexcept {
        Text moved(std::move(other));
        swap(moved);
        return *this;
    }
    Text& operator=(std::string_view text) { return *this = Text(text); }
    Text& operator=(const std::string& text) { return *this = Text(text); }
    Text& operator=(const char* text) { return *this = Text(text); }
    ~Text() { release(); }

    void swap(Text& other) noexcept { std::swap(entry_, other.entry_); }
    void clear() noexcept { Text().swap(*this); }

    const std::string& str() const noexcept { return entry_ ? entry_->value : empty_string(); }
    std::string_view view() const noexcept { return str(); }
    operator const std::string&() const noexcept { return str(); }  // NOLINT: reads as a string
    operator std::string_view() const noexcept { return str(); }    // NOLINT

    bool empty() const noexcept { return entry_ == nullptr; }
    // Equal texts have equal ids, different texts different ones; 0 is the empty text. An id
    // means nothing across runs, and only while a Text holds it: for grouping, not ordering.
    std::uintptr_t id() const noexcept { return reinterpret_cast<std::uintptr_t>(entry_); }
    std::size_t size() const noexcept { return str().size(); }
    std::size_t length() const noexcept { return str().size(); }
    const char* c_str() const noexcept { return str().c_str(); }
    const char* data() const noexcept { return str().data(); }
    char operator[](std::size_t i) const noexcept { return str()[i]; }
    char front() const noexcept { return str().front(); }
    char back() const noexcept { return str().back(); }
    auto begin() const noexcept { return str().begin(); }
    auto end() const noexcept { return str().end(); }
    std::size_t find(std::string_view what, std::size_t from = 0) const noexcept { return view().find(what, from); }
    std::size_t find(char what, std::size_t from = 0) const noexcept { return view().find(what, from); }
    std::size_t rfind(std::string_view what, std::size_t from = std::string::npos) const noexcept {
        return view().rfind(what, from);
    }
    bool starts_with(std::string_view what) const noexcept { return view().starts_with(what); }
    bool ends_with(std::string_view what) const noexcept { return view().ends_with(what); }
    std::string substr(std::size_t from, std::size_t count = std::string::npos) const { return str().substr(from, count); }
    int compare(std::string_view other) const noexcept { return view().compare(other); }

    // Equal texts share an entry, so comparing two Texts compares two pointers.
    friend bool operator==(const Text& a, const Text& b) noexcept { return a.entry_ == b.entry_; }
    friend bool operator==(const Text& a, std::string_view b) noexcept { return a.view() == b; }
    friend bool operator==(const Text& a, const std::string& b) noexcept { return a.view() == b; }
    friend bool operator==(const Text& a, const char* b) noexcept { return a.view() == b; }
    // Via compare(): the web build's libc++ has no operator<=> for string_view.
    friend std::strong_ordering operator<=>(const Text& a, const Text& b) noexcept { return a.compare(b.view()) <=> 0; }
    friend std::strong_ordering operator<=>(const Text& a, std::string_view b) noexcept { return a.compare(b) <=> 0; }
    friend std::strong_ordering operator<=>(const Text& a, const std::string& b) noexcept { return a.compare(b) <=> 0; }
    friend std::strong_ordering operator<=>(const Text& a, const char* b) noexcept { return a.compare(b) <=> 0; }

    friend std::string operator+(const Text& a, std::string_view b) { return std::string(a.view()).append(b); }
    friend std::string operator+(const Text& a, const std::string& b) { return a.str() + b; }
    friend std::string operator+(const Text& a, const char* b) { return a.str() + b; }
    friend std::string operator+(const Text& a, char b) { return a.str() + b; }
    friend std::string operator+(const Text& a, const Text& b) { return a.str() + b.str(); }
    friend std::string operator+(std::string_view a, const Text& b) { return std::string(a).append(b.view()); }
    friend std::string operator+(const std::string& a, const Text& b) { return a + b.str(); }
    friend std::string operator+(std::string&& a, const Text& b) { return std::move(a.append(b.view())); }
    friend std::string operator+(const char* a, const Text& b) { return a + b.str(); }
    friend std::string operator+(char a, const Text& b) { return a + b.str(); }

    // Prints like a string (test messages); a template, so no stream header comes with Text.
    template <class Stream>
        requires requires(Stream& stream, std::string_view view) { stream << view; }
    friend Stream& operator<<(Stream& stream, const Text& text) {
        stream << text.view();
        return stream;
    }

    // How many distinct texts are alive (for tests and benchmarks).
    static std::size_t distinct_count();

  private:
    struct Entry {
        std::atomic<std::uint32_t> refs;
        std::size_t hash;
        std::string value;
    };
    friend class TextTable;

    static Entry* intern(std::string_view text);
    static void forget(Entry* entry);  // the last Text of `entry` is gone
    static const std::string& empty_string() noexcept;
    void retain() noexcept {
        if (entry_) entry_->refs.fetch_add(1, std::memory_order_relaxed);
    }
    void release() noexcept {
        if (entry_ && entry_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) forget(entry_);
    }

    Entry* entry_ = nullptr;  // nullptr is the empty text
};

inline std::string& operator+=(std::string& a, const Text& b) { return a.append(b.view()); }

}  // namespace gongkai

template <>
struct std::hash<gongkai::Text> {
    std::size_t operator()(const gongkai::Text& text) const noexcept { return std::hash<std::string_view>{}(text.view()); }
};
