// byte_source.hpp — input bytes pulled a piece at a time, so a large file need never be held
// whole in memory (load_json(ByteSource&, ...) in load.hpp reads clean files this way).
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>

namespace gongkai {

// Bytes read front to back, possibly more than once.
class ByteSource {
  public:
    virtual ~ByteSource() = default;
    virtual std::size_t size() const = 0;                       // total bytes, known up front
    virtual std::size_t read(char* into, std::size_t max) = 0;  // the next bytes; 0 only at the end
    virtual bool rewind() = 0;                                  // back to the first byte; false if it cannot
};

// Over bytes already in memory (tests, and callers that have the bytes in hand). The bytes
// must outlive the source.
class StringByteSource : public ByteSource {
  public:
    explicit StringByteSource(std::string_view bytes) : bytes_(bytes) {}
    std::size_t size() const override { return bytes_.size(); }
    std::size_t read(char* into, std::size_t max) override;
    bool rewind() override {
        position_ = 0;
        return true;
    }

  private:
    std::string_view bytes_;
    std::size_t position_ = 0;
};

// Over bytes it keeps (a bundled sample read earlier, say).
class OwnedByteSource : public ByteSource {
  public:
    explicit OwnedByteSource(std::string bytes) : bytes_(std::move(bytes)), view_(bytes_) {}
    OwnedByteSource(const OwnedByteSource&) = delete;  // view_ points into bytes_
    OwnedByteSource& operator=(const OwnedByteSource&) = delete;
    std::size_t size() const override { return view_.size(); }
    std::size_t read(char* into, std::size_t max) override { return view_.read(into, max); }
    bool rewind() override { return view_.rewind(); }

  private:
    std::string bytes_;
    StringByteSource view_;
};

// Everything `source` has left (at most its size()), for readers that need the whole text.
std::string read_rest(ByteSource& source);

// Over a seekable C stdio file, from its position when the source is made to its end. C stdio,
// not iostreams: see file_bytes.hpp why. The caller opens the file ("rb") and closes it after.
class FileByteSource : public ByteSource {
  public:
    explicit FileByteSource(std::FILE* file);
    std::size_t size() const override { return size_; }
    std::size_t read(char* into, std::size_t max) override;
    bool rewind() override;
    // A read failed (read() then gave 0 before the end): whatever was loaded is incomplete.
    bool failed() const { return failed_; }
    int error_number() const { return errno_; }  // errno of the failed read

  private:
    std::FILE* file_;
    long start_ = 0;
    std::size_t size_ = 0;
    bool seekable_ = false;
    bool failed_ = false;
    int errno_ = 0;
};

}  // namespace gongkai
