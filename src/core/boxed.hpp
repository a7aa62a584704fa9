// boxed.hpp — Boxed<T>: std::optional's interface over a value kept on the heap.
//
// For members that are often absent and large when present: a figure's quote is 40 bytes
// (wasm32) inline as std::optional<Quote>, paid by every figure of a collection whether it
// has a quote or not; boxed it costs one pointer, plus the quote where there is one. Copies
// copy the value (it is a value, not a shared handle).
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace gongkai {

template <class T>
class Boxed {
  public:
    Boxed() noexcept = default;
    Boxed(std::nullopt_t) noexcept {}  // NOLINT: as std::optional
    Boxed(const T& value) : value_(std::make_unique<T>(value)) {}  // NOLINT
    Boxed(T&& value) : value_(std::make_unique<T>(std::move(value))) {}  // NOLINT
    Boxed(const Boxed& other) : value_(other ? std::make_unique<T>(*other) : nullptr) {}
    Boxed(Boxed&&) noexcept = default;
    Boxed& operator=(const Boxed& other) {
        if (this != &other) value_ = other ? std::make_unique<T>(*other) : nullptr;
        return *this;
    }
    Boxed& operator=(Boxed&&) noexcept = default;
    Boxed& operator=(std::nullopt_t) noexcept {
        value_.reset();
        return *this;
    }
    Boxed& operator=(const T& value) { return *this = Boxed(value); }
    Boxed& operator=(T&& value) { return *this = Boxed(std::move(value)); }

    bool has_value() const noexcept { return value_ != nullptr; }
    explicit operator bool() const noexcept { return has_value(); }
    T& operator*() noexcept { return *value_; }
    const T& operator*() const noexcept { return *value_; }
    T* operator->() noexcept { return value_.get(); }
    const T* operator->() const noexcept { return value_.get(); }
    T& value() {
        if (!value_) throw std::bad_optional_access();
        return *value_;
    }
    const T& value() const {
        if (!value_) throw std::bad_optional_access();
        return *value_;
    }
    void reset() noexcept { value_.reset(); }
    template <class... Args>
    T& emplace(Args&&... args) {
        value_ = std::make_unique<T>(std::forward<Args>(args)...);
        return *value_;
    }

  private:
    std::unique_ptr<T> value_;
};

}  // namespace gongkai
