// figure_columns.cpp — see figure_columns.hpp.
#include "core/figure_columns.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace gongkai {

// ---- Dictionary --------------------------------------------------------------------------

namespace {

std::size_t slot_of(const char* address, std::size_t slots) {
    const auto a = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(address));
    return static_cast<std::size_t>((a * 0x9E3779B97F4A7C15ull) >> 32) & (slots - 1);
}

}  // namespace

FigureColumns::Dictionary::Dictionary() { intern(""); }

std::uint32_t FigureColumns::Dictionary::intern(std::string_view text) {
    // Neighbouring figures mostly share their area, unit, ...: compare before hashing.
    if (last_ < texts_.size() && texts_[last_] == text) return last_;
    if (auto it = ids_.find(text); it != ids_.end()) return last_ = it->second;
    const auto id = static_cast<std::uint32_t>(texts_.size());
    texts_.emplace_back(text);
    ids_.emplace(texts_.back(), id);
    return last_ = id;
}

std::uint32_t FigureColumns::Dictionary::intern_text(const Text& text) {
    if (text.empty()) return 0;
    if ((addresses_ + 1) * 2 > by_address_.size()) {
        std::vector<AddressSlot> old(by_address_.empty() ? 64 : by_address_.size() * 2);
        old.swap(by_address_);
        addresses_ = 0;
        for (const AddressSlot& s : old)
            if (s.address) {
                std::size_t i = slot_of(s.address, by_address_.size());
                while (by_address_[i].address) i = (i + 1) & (by_address_.size() - 1);
                by_address_[i] = s;
                ++addresses_;
            }
    }
    const char* address = text.data();
    std::size_t i = slot_of(address, by_address_.size());
    for (; by_address_[i].address; i = (i + 1) & (by_address_.size() - 1))
        if (by_address_[i].address == address) return by_address_[i].id;
    const std::uint32_t id = intern(text.view());
    by_address_[i] = {address, id};
    ++addresses_;
    return id;
}

std::uint32_t FigureColumns::Dictionary::find(std::string_view text) const {
    auto it = ids_.find(text);
    return it == ids_.end() ? kMissing : it->second;
}

std::vector<std::uint8_t> FigureColumns::Dictionary::containing(std::string_view needle) const {
    std::vector<std::uint8_t> has(texts_.size(), 0);
    if (needle.empty()) {
        has.assign(texts_.size(), 1);
        return has;
    }
    if (needle.find('\0') != std::string_view::npos) {  // could match across two texts below
        for (std::uint32_t id = 0; id < size(); ++id) has[id] = texts_[id].find(needle) != std::string::npos;
        return has;
    }
    // One search through all texts joined by NULs, not one per text: a collection's quotes are
    // some 100,000 short texts, and a search's set-up would cost more than its scan.
    if (joined_count_ != texts_.size()) {
        for (std::size_t id = joined_count_; id < texts_.size(); ++id) {
            starts_.push_back(static_cast<std::uint32_t>(joined_.size()));
            joined_ += texts_[id];
            joined_ += '\0';
        }
        joined_count_ = texts_.size();
    }
    const std::string_view all(joined_);
    for (std::size_t at = all.find(needle); at != std::string_view::npos;) {
        // The text holding the match, and a jump to the next text (one hit per text is enough).
        const auto next = std::upper_bound(starts_.begin(), starts_.end(), static_cast<std::uint32_t>(at));
        const auto id = static_cast<std::size_t>(next - starts_.begin()) - 1;
        has[id] = 1;
        if (next == starts_.end()) break;
        at = all.find(needle, *next);
    }
    return has;
}

std::size_t FigureColumns::Dictionary::memory_bytes() const {
    std::size_t bytes = ids_.size() * (sizeof(std::string_view) + sizeof(std::uint32_t) + 2 * sizeof(void*));
    for (const auto& t : texts_) bytes += sizeof(std::string) + (t.size() > 15 ? t.capacity() : 0);
    return bytes + joined_.capacity() + starts_.capacity() * sizeof(std::uint32_t);
}

// ---- building ----------------------------------------------------------------------------

void FigureColumns::add_reports(const std::vector<Report>& reports) {
    for (const Report& r : reports) {
        report_columns_[kRegion].push_back(report_dictionaries_[kRegion].intern(r.meta.region.name));
        report_columns_[kYear].push_back(
            report_dictionaries_[kYear].intern(r.meta.year ? std::to_string(*r.meta.year) : std::string()));
        report_columns_[kReportId].push_back(report_dictionaries_[kReportId].intern(r.id));
    }
}

void FigureColumns::add_figure(const Figure& f, std::size_t report_index, double amount) {
    columns_[kArea].push_back(dictionaries_[kArea].intern_text(f.area));
    columns_[kTopic].push_back(dictionaries_[kTopic].intern_text(f.topic));
    columns_[kDepartment].push_back(dictionaries_[kDepartment].intern_text(f.department));
    columns_[kCategory].push_back(dictionaries_[kCategory].intern_text(f.category));
    columns_[kUnit].push_back(dictionaries_[kUnit].intern_text(f.unit));
    columns_[kMeasure].push_back(dictionaries_[kMeasure].intern_text(f.measure));
    // No quote and an empty quote match the same filters (a filter text is never empty).
    columns_[kQuote].push_back(f.quote ? dictionaries_[kQuote].intern_text(f.quote->text) : 0);
    report_.push_back(static_cast<std::uint32_t>(report_index));
    amount_.push_back(amount);
}

FigureColumns::FigureColumns(const std::vector<Report>& reports) : FigureColumns(reports, {}) {}

FigureColumns::FigureColumns(const std::vector<Report>& reports,
                             const std::vector<std::vector<std::string>>& totals_apart) {
    const std::vector<CountedFigure> counted = counted_figures(reports);
    for (auto& c : columns_) c.reserve(counted.size());
    report_.reserve(counted.size());
    amount_.reserve(counted.size());
    add_reports(reports);

    // Per report with totals apart: the figures to leave out (standalone totals only; a total
    // with linked parts is already drawn as those parts).
    std::vector<std::vector<std::uint8_t>> left_out(reports.size());
    bool any = false;
    for (std::size_t r = 0; r < reports.size() && r < totals_apart.size(); ++r) {
        if (totals_apart[r].empty()) continue;
        const Report& report = reports[r];
        std::set<std::string_view> linked;
        for (const Figure& f : report.figures)
            if (!f.parent.empty()) linked.insert(f.parent.str());
        left_out[r].assign(report.figures.size(), 0);
        for (std::size_t i = 0; i < report.figures.size(); ++i) {
            const Figure& f = report.figures[i];
            if (f.parent.empty() && !linked.count(f.id.str()) &&
                std::find(totals_apart[r].begin(), totals_apart[r].end(), f.id.str()) != totals_apart[r].end()) {
                left_out[r][i] = 1;
                any = true;
            }
        }
    }
    std::shared_ptr<FigureColumns> apart;
    if (any) {
        apart = std::make_shared<FigureColumns>();
        apart->add_reports(reports);
    }
    for (const CountedFigure& c : counted) {
        const Figure& f = reports[c.report_index].figures[c.figure_index];
        const auto& out = left_out[c.report_index];
        if (!out.empty() && out[c.figure_index])
            apart->add_figure(f, c.report_index, c.value);
        else
            add_figure(f, c.report_index, c.value);
    }
    for (auto& d : dictionaries_) d.forget_addresses();
    if (apart) {
        for (auto& d : apart->dictionaries_) d.forget_addresses();
        apart_ = std::move(apart);
    }
}

const FigureColumns& FigureColumns::apart() const {
    static const FigureColumns kNone;
    return apart_ ? *apart_ : kNone;
}

std::size_t FigureColumns::memory_bytes() const {
    std::size_t bytes = report_.capacity() * sizeof(std::uint32_t) + amount_.capacity() * sizeof(double);
    for (const auto& c : columns_) bytes += c.capacity() * sizeof(std::uint32_t);
    for (const auto& c : report_columns_) bytes += c.capacity() * sizeof(std::uint32_t);
    for (const auto& d : dictionaries_) bytes += d.memory_bytes();
    for (const auto& d : report_dictionaries_) bytes += d.memory_bytes();
    return bytes;
}

FigureColumns::Source FigureColumns::source(Field field) const {
    switch (field) {
        case Field::Area: return {&columns_[kArea], &dictionaries_[kArea], false};
        case Field::Topic: return {&columns_[kTopic], &dictionaries_[kTopic], false};
        case Field::Department: return {&columns_[kDepartment], &dictionaries_[kDepartment], false};
        case Field::Category: return {&columns_[kCategory], &dictionaries_[kCategory], false};
        case Field::Unit: return {&columns_[kUnit], &dictionaries_[kUnit], false};
        case Field::Measure: return {&columns_[kMeasure], &dictionaries_[kMeasure], false};
        case Field::Region: return {&report_columns_[kRegion], &report_dictionaries_[kRegion], true};
        case Field::Year: return {&report_columns_[kYear], &report_dictionaries_[kYear], true};
        case Field::Report: return {&report_columns_[kReportId], &report_dictionaries_[kReportId], true};
    }
    return {&columns_[kArea], &dictionaries_[kArea], false};
}

// ---- grouping ----------------------------------------------------------------------------

namespace {

// Open addressing from a packed 64-bit key to a group index.
class KeyTable {
public:
    KeyTable() : slots_(256, kEmpty) {}
    std::uint32_t find_or_add(std::uint64_t key) {
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            if (slots_[i].group == kNone) {
                slots_[i] = {key, static_cast<std::uint32_t>(keys.size())};
                keys.push_back(key);
                if (keys.size() * 2 > slots_.size()) grow();
                return static_cast<std::uint32_t>(keys.size() - 1);
            }
            if (slots_[i].key == key) return slots_[i].group;
        }
    }
    std::vector<std::uint64_t> keys;  // by group index

private:
    static constexpr std::uint32_t kNone = UINT32_MAX;
    struct Slot {
        std::uint64_t key;
        std::uint32_t group;
    };
    static constexpr Slot kEmpty = {0, kNone};
    static std::uint64_t mix(std::uint64_t k) {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdull;
        k ^= k >> 33;
        return k;
    }
    void grow() {
        std::vector<Slot> bigger(slots_.size() * 2, kEmpty);
        const std::size_t mask = bigger.size() - 1;
        for (std::uint32_t g = 0; g < keys.size(); ++g) {
            std::size_t i = mix(keys[g]) & mask;
            while (bigger[i].group != kNone) i = (i + 1) & mask;
            bigger[i] = {keys[g], g};
        }
        slots_.swap(bigger);
    }
    std::vector<Slot> slots_;
};

// Keys of at most this many bits are summed in a plain array (64K entries at most).
constexpr int kDenseBits = 16;

int bits_for(std::uint32_t count) {
    int bits = 1;
    while (bits < 32 && (std::uint64_t{1} << bits) < count) ++bits;
    return bits;
}

}  // namespace

std::vector<Group> FigureColumns::aggregate(const std::vector<Field>& by, const Filter& filter) const {
    const std::size_t n = amount_.size();

    // ---- the filter, decided per distinct text (not per figure) ----
    std::vector<std::uint8_t> pass(n, 1);
    bool impossible = false;
    auto require = [&](const Source& s, std::string_view value) {
        const std::uint32_t want = s.dictionary->find(value);
        if (want == kMissing) {
            impossible = true;
            return;
        }
        // Raw pointers: the compiler cannot know that writes to `pass` leave the columns alone.
        std::uint8_t* keep = pass.data();
        const std::uint32_t* ids = s.ids->data();
        if (s.per_report) {
            const std::uint32_t* report = report_.data();
            for (std::size_t i = 0; i < n; ++i) keep[i] &= static_cast<std::uint8_t>(ids[report[i]] == want);
        } else {
            for (std::size_t i = 0; i < n; ++i) keep[i] &= static_cast<std::uint8_t>(ids[i] == want);
        }
    };
    if (!filter.measure.empty()) require(source(Field::Measure), filter.measure);
    if (!filter.unit.empty() && !impossible) require(source(Field::Unit), filter.unit);
    for (const auto& [field, value] : filter.equals)
        if (!impossible) require(source(field), value);
    if (!filter.text.empty() && !impossible) {
        const Column searched[] = {kArea, kTopic, kDepartment, kCategory, kQuote};
        // A figure passes when any of its five texts contains the filter: one streaming pass
        // per text column, skipping the columns where no text contains it (a department's
        // name is rarely also an area's, so most filters need two or three passes, not five).
        std::vector<std::uint8_t> any(n, 0);
        std::uint8_t* hit = any.data();
        bool matched = false;
        for (const Column column : searched) {
            const std::vector<std::uint8_t> has = dictionaries_[column].containing(filter.text);
            if (std::find(has.begin(), has.end(), std::uint8_t{1}) == has.end()) continue;
            matched = true;
            const std::uint32_t* ids = columns_[column].data();
            const std::uint8_t* contains = has.data();
            for (std::size_t i = 0; i < n; ++i) hit[i] |= contains[ids[i]];
        }
        std::uint8_t* keep = pass.data();
        if (!matched)
            impossible = true;   // no text contains the filter: no figure passes
        else
            for (std::size_t i = 0; i < n; ++i) keep[i] &= hit[i];
    }
    if (impossible) return {};

    // ---- keys packed into 64 bits: the fields, then the unit ----
    std::vector<Source> sources;
    for (Field f : by) sources.push_back(source(f));
    sources.push_back(source(Field::Unit));
    std::vector<int> shift(sources.size());
    int total_bits = 0;
    for (std::size_t k = 0; k < sources.size(); ++k) {
        shift[k] = total_bits;
        total_bits += bits_for(sources[k].dictionary->size());
    }
    std::vector<double> totals;
    std::vector<std::size_t> counts;
    std::vector<std::vector<std::uint32_t>> group_keys;
    // Each source's ids as a plain array: per figure, or per report through report_.
    // The packed key of every figure, column by column (streaming, no per-figure branches);
    // figures the filter dropped are skipped below. Wider keys take the general map instead.
    // The usual regroup (one field of a figure, and the unit, few values) is one fused loop below.
    const bool fused = total_bits <= kDenseBits && sources.size() == 2 && !sources[0].per_report &&
                       !sources[1].per_report;
    const bool packed = total_bits <= 64 && !fused;
    std::vector<std::uint64_t> keys(packed ? n : 0, 0);
    for (std::size_t k = 0; packed && k < sources.size(); ++k) {
        std::uint64_t* out = keys.data();
        const std::uint32_t* ids = sources[k].ids->data();
        const int at = shift[k];
        if (sources[k].per_report) {
            const std::uint32_t* report = report_.data();
            for (std::size_t i = 0; i < n; ++i) out[i] |= static_cast<std::uint64_t>(ids[report[i]]) << at;
        } else {
            for (std::size_t i = 0; i < n; ++i) out[i] |= static_cast<std::uint64_t>(ids[i]) << at;
        }
    }
    auto key_of = [&](std::size_t i) { return keys[i]; };
    auto unpack = [&](std::uint64_t key) {
        std::vector<std::uint32_t> ids(sources.size());
        for (std::size_t k = 0; k < sources.size(); ++k) {
            const int bits = (k + 1 < sources.size() ? shift[k + 1] : total_bits) - shift[k];
            ids[k] = static_cast<std::uint32_t>((key >> shift[k]) & ((bits == 64 ? ~0ull : (1ull << bits) - 1)));
        }
        return ids;
    };
    if (total_bits <= kDenseBits) {
        // Few possible keys (a field or two of a few dozen values each, and the unit): sums in
        // an array indexed by the key itself, no hashing. Groups keep first-seen order, as below.
        std::vector<double> dense_total(std::size_t{1} << total_bits, 0.0);
        std::vector<std::uint32_t> dense_count(std::size_t{1} << total_bits, 0);
        std::vector<std::uint64_t> seen_keys;
        const std::uint8_t* keep = pass.data();
        const double* amount = amount_.data();
        double* sum = dense_total.data();
        std::uint32_t* count = dense_count.data();
        if (fused) {
            const std::uint32_t* first = sources[0].ids->data();
            const std::uint32_t* unit = sources[1].ids->data();
            const int unit_shift = shift[1];
            for (std::size_t i = 0; i < n; ++i) {
                if (!keep[i]) continue;
                const std::uint32_t key = first[i] | (unit[i] << unit_shift);
                if (count[key]++ == 0) seen_keys.push_back(key);
                sum[key] += amount[i];
            }
        } else {
            for (std::size_t i = 0; i < n; ++i) {
                if (!keep[i]) continue;
                const std::uint64_t key = key_of(i);
                if (count[key]++ == 0) seen_keys.push_back(key);
                sum[key] += amount[i];
            }
        }
        for (std::uint64_t key : seen_keys) {
            totals.push_back(dense_total[static_cast<std::size_t>(key)]);
            counts.push_back(dense_count[static_cast<std::size_t>(key)]);
            group_keys.push_back(unpack(key));
        }
    } else if (total_bits <= 64) {
        KeyTable table;
        for (std::size_t i = 0; i < n; ++i) {
            if (!pass[i]) continue;
            const std::uint32_t g = table.find_or_add(key_of(i));
            if (g == totals.size()) {
                totals.push_back(0);
                counts.push_back(0);
            }
            totals[g] += amount_[i];
            counts[g] += 1;
        }
        for (std::uint64_t key : table.keys) group_keys.push_back(unpack(key));
    } else {  // many fields of many values: a slower, general map
        std::map<std::vector<std::uint32_t>, std::uint32_t> table;
        std::vector<std::uint32_t> ids(sources.size());
        for (std::size_t i = 0; i < n; ++i) {
            if (!pass[i]) continue;
            for (std::size_t k = 0; k < sources.size(); ++k) ids[k] = id_at(sources[k], i);
            auto [it, added] = table.emplace(ids, static_cast<std::uint32_t>(totals.size()));
            if (added) {
                totals.push_back(0);
                counts.push_back(0);
                group_keys.push_back(ids);
            }
            totals[it->second] += amount_[i];
            counts[it->second] += 1;
        }
    }

    std::vector<Group> groups(totals.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (std::size_t k = 0; k + 1 < sources.size(); ++k)
            groups[g].keys.push_back(sources[k].dictionary->text(group_keys[g][k]));
        groups[g].unit = sources.back().dictionary->text(group_keys[g].back());
        groups[g].total = totals[g];
        groups[g].figures = counts[g];
    }
    sort_groups(groups);
    return groups;
}

}  // namespace gongkai
