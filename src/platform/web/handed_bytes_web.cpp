// handed_bytes_web.cpp — handed_bytes() for browsers: reads Module.gongkaiHanded through
// web/gongkai-glue.js.
#include "platform/handed_bytes.hpp"

extern "C" {
double gongkai_js_handed_size(int handle);
double gongkai_js_handed_read(int handle, char* into, double offset, double max);  // bytes copied
void gongkai_js_handed_release(int handle);
}

namespace gongkai::platform {
namespace {

class HandedBytes : public ByteSource {
  public:
    explicit HandedBytes(int handle)
        : handle_(handle), size_(static_cast<std::size_t>(gongkai_js_handed_size(handle))) {}
    HandedBytes(const HandedBytes&) = delete;
    HandedBytes& operator=(const HandedBytes&) = delete;
    ~HandedBytes() override { gongkai_js_handed_release(handle_); }

    std::size_t size() const override { return size_; }
    std::size_t read(char* into, std::size_t max) override {
        const auto n = static_cast<std::size_t>(
            gongkai_js_handed_read(handle_, into, static_cast<double>(position_), static_cast<double>(max)));
        position_ += n;
        return n;
    }
    bool rewind() override {
        position_ = 0;
        return true;
    }

  private:
    int handle_;
    std::size_t size_;
    std::size_t position_ = 0;
};

}  // namespace

std::unique_ptr<ByteSource> handed_bytes(int handle) { return std::make_unique<HandedBytes>(handle); }

}  // namespace gongkai::platform
