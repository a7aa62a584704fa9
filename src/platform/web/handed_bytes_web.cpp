// handed_bytes_web.cpp — handed_bytes() for browsers: reads Module.gongkaiHanded through
// web/gongkai-glue.js.
#include "platform/handed_bytes.hpp"

extern "C" {
double gongkai_js_handed_size();
double gongkai_js_handed_read(char* into, double offset, double max);  // bytes copied
}

namespace gongkai::platform {
namespace {

class HandedBytes : public ByteSource {
  public:
    std::size_t size() const override { return size_; }
    std::size_t read(char* into, std::size_t max) override {
        const auto n = static_cast<std::size_t>(
            gongkai_js_handed_read(into, static_cast<double>(position_), static_cast<double>(max)));
        position_ += n;
        return n;
    }
    bool rewind() override {
        position_ = 0;
        return true;
    }

  private:
    std::size_t size_ = static_cast<std::size_t>(gongkai_js_handed_size());
    std::size_t position_ = 0;
};

}  // namespace

std::unique_ptr<ByteSource> handed_bytes() { return std::make_unique<HandedBytes>(); }

}  // namespace gongkai::platform
