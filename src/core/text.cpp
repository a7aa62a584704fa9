// text.cpp — the process-wide table behind Text. See text.hpp.
//
// An open-addressing table of entry pointers with linear probing, kept at most half full;
// a freed entry's slot is emptied by shifting its followers back (no tombstones, so probes
// stay short however many collections come and go). One mutex guards the table; counting
// references is lock-free. An entry whose count reached zero is dying: lookups skip it and its
// releaser, the only one that can see the zero, removes it by pointer.
#include "core/text.hpp"

#include <cstring>
#include <mutex>
#include <vector>

namespace gongkai {
namespace {

// A quick hash for short texts, eight bytes at a time (most texts here are 6 to 30 bytes).
std::size_t hash_text(std::string_view text) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ text.size();
    const char* p = text.data();
    std::size_t n = text.size();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
}

}  // namespace

class TextTable {
  public:
    using Entry = Text::Entry;

    Entry* intern(std::string_view text) {
        const std::size_t hash = hash_text(text);
        std::lock_guard lock(mutex_);
        if ((count_ + 1) * 2 > slots_.size()) grow();
        std::size_t i = hash & mask();
        for (; slots_[i]; i = (i + 1) & mask()) {
            Entry* e = slots_[i];
            if (e->hash == hash && e->value.size() == text.size() &&
                std::memcmp(e->value.data(), text.data(), text.size()) == 0 && try_retain(e))
                return e;
        }
        auto* entry = new Entry{{1}, hash, std::string(text)};
        slots_[i] = entry;
        ++count_;
        return entry;
    }

    void forget(Entry* entry) {
        {
            std::lock_guard lock(mutex_);
            std::size_t i = entry->hash & mask();
            while (slots_[i] != entry) i = (i + 1) & mask();
            // Backward-shift deletion: pull each follower of the run into the hole when its
            // home slot lies at or before the hole (cyclically).
            std::size_t hole = i;
            for (std::size_t j = (i + 1) & mask(); slots_[j]; j = (j + 1) & mask()) {
                const std::size_t home = slots_[j]->hash & mask();
                if (((j - home) & mask()) >= ((j - hole) & mask())) {
                    slots_[hole] = slots_[j];
                    hole = j;
                }
            }
            slots_[hole] = nullptr;
            --count_;
        }
        delete entry;
    }

    std::size_t count() {
        std::lock_guard lock(mutex_);
        return count_;
    }

  private:
    // Adds a reference unless the count already reached zero (the entry is being freed).
    static bool try_retain(Entry* e) {
        std::uint32_t refs = e->refs.load(std::memory_order_relaxed);
        while (refs != 0)
            if (e->refs.compare_exchange_weak(refs, refs + 1, std::memory_order_relaxed)) return true;
        return false;
    }

    std::size_t mask() const { return slots_.size() - 1; }

    void grow() {
        std::vector<Entry*> old(slots_.empty() ? 1024 : slots_.size() * 2, nullptr);
        old.swap(slots_);
        for (Entry* e : old) {
            if (!e) continue;
            std::size_t i = e->hash & mask();
            while (slots_[i]) i = (i + 1) & mask();
            slots_[i] = e;
        }
    }

    std::mutex mutex_;
    std::vector<Entry*> slots_;  // size a power of two
    std::size_t count_ = 0;
};

namespace {

// Never destroyed: Texts in static storage may outlive any destruction order.
TextTable& table() {
    static TextTable* const instance = new TextTable;
    return *instance;
}

}  // namespace

Text::Entry* Text::intern(std::string_view text) { return text.empty() ? nullptr : table().intern(text); }

void Text::forget(Entry* entry) { table().forget(entry); }

const std::string& Text::empty_string() noexcept {
    static const std::string* const empty = new std::string;
    return *empty;
}

std::size_t Text::distinct_count() { return table().count(); }

}  // namespace gongkai
