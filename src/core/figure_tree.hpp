// figure_tree.hpp — per-report index of totals and their parts (internal to the core).
//
// Aggregation and the audit both walk "a total and its parts" many times. Building the
// parent/children links once per report (flat arrays, no per-figure allocation) keeps
// both linear in the number of figures, which matters at 1M figures in the browser.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "core/report.hpp"

namespace gongkai::detail {

inline constexpr std::uint32_t kNone = UINT32_MAX;

class FigureTree {
public:
    FigureTree() = default;
    explicit FigureTree(const Report& report) { build(report); }

    // (Re)builds the index for `report`, reusing the memory of the previous build: aggregation
    // keeps one tree for all reports instead of allocating per report.
    void build(const Report& report);

    // Index of the figure with this id, or kNone. (Ids are unique; the loader rejects repeats.
    // With repeats, which one is found is deterministic but unspecified.)
    std::uint32_t find(std::string_view id) const;

    // Index of the figure's parent in the same report, or kNone (no parent, unknown id, itself).
    std::uint32_t parent(std::uint32_t index) const { return parent_[index]; }

    // Every figure that names `index` as its parent, in figure order.
    std::span<const std::uint32_t> children(std::uint32_t index) const {
        return {children_.data() + child_begin_[index],
                children_.data() + child_begin_[index + 1]};
    }

    // The first percentage figure whose share_of names `index`, or kNone.
    std::uint32_t share_for(std::uint32_t index) const { return share_for_[index]; }

private:
    // Ids referred to are nearly always just before the referrer ("47条,其中……" lists the total
    // first; a share follows its count), so a short backward scan resolves most references; the
    // sorted id index is built only for a report where that fails.
    std::uint32_t resolve(std::string_view id, std::uint32_t from);

    const Report* report_ = nullptr;  // not owned: a tree is used while its report is alive
    std::uint32_t last_parent_ = kNone;
    // A cache filled on first use of find(); mutable because it does not change any answer.
    mutable bool indexed_ = false;
    mutable std::vector<std::pair<std::string_view, std::uint32_t>> by_id_;  // sorted by id
    std::vector<std::uint32_t> parent_;
    std::vector<std::uint32_t> child_begin_;  // CSR offsets, size n + 1
    std::vector<std::uint32_t> children_;
    std::vector<std::uint32_t> share_for_;
    std::vector<std::uint32_t> fill_;  // scratch for build()
};

inline bool is_percent(const Figure& f) { return f.unit == "%"; }

// A part in the summing sense: same unit as its total, and not a percentage.
// (A child in another unit, e.g. "涉及部门23家" under "113项", is a separate quantity.)
inline bool is_part_of(const Figure& part, const Figure& total) {
    return part.unit == total.unit && !is_percent(part);
}

// Whole-number units compare exactly; fractional ones (%, money) with a relative tolerance.
bool nearly_equal(double a, double b);

// A readable name for a figure in messages: category, else topic, else area, else its id.
const std::string& figure_label(const Figure& figure);

}  // namespace gongkai::detail
