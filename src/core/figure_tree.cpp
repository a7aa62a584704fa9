// figure_tree.cpp — builds the per-report parent/children index (see figure_tree.hpp).
#include "core/figure_tree.hpp"

#include <algorithm>
#include <cmath>

namespace gongkai::detail {

namespace {
constexpr std::uint32_t kScanBack = 8;
}

void FigureTree::build(const Report& report) {
    report_ = &report;
    indexed_ = false;
    last_parent_ = kNone;
    by_id_.clear();
    const auto& figures = report.figures;
    const auto n = static_cast<std::uint32_t>(figures.size());

    parent_.assign(n, kNone);
    share_for_.assign(n, kNone);
    child_begin_.assign(std::size_t{n} + 1, 0);
    for (std::uint32_t i = 0; i < n; ++i) {
        const Figure& f = figures[i];
        if (!f.parent.empty()) {
            const std::uint32_t p = resolve(f.parent, i);
            if (p != i) parent_[i] = p;
            if (parent_[i] != kNone) ++child_begin_[parent_[i] + 1];
        }
        if (!f.share_of.empty() && is_percent(f)) {
            const std::uint32_t s = resolve(f.share_of, i);
            if (s != kNone && share_for_[s] == kNone) share_for_[s] = i;
        }
    }
    for (std::uint32_t i = 0; i < n; ++i) child_begin_[i + 1] += child_begin_[i];

    children_.resize(child_begin_[n]);
    fill_.assign(child_begin_.begin(), child_begin_.end() - 1);
    for (std::uint32_t i = 0; i < n; ++i)
        if (parent_[i] != kNone) children_[fill_[parent_[i]]++] = i;
}

std::uint32_t FigureTree::resolve(std::string_view id, std::uint32_t from) {
    const auto& figures = report_->figures;
    // The previous part's parent is the likeliest parent of this one.
    if (last_parent_ != kNone && figures[last_parent_].id == id) return last_parent_;
    const std::uint32_t stop = from > kScanBack ? from - kScanBack : 0;
    for (std::uint32_t j = from; j-- > stop;)
        if (figures[j].id == id) return last_parent_ = j;
    const std::uint32_t found = find(id);
    if (found != kNone) last_parent_ = found;
    return found;
}

std::uint32_t FigureTree::find(std::string_view id) const {
    if (!report_) return kNone;
    if (!indexed_) {
        const auto& figures = report_->figures;
        by_id_.reserve(figures.size());
        for (std::uint32_t i = 0; i < figures.size(); ++i) by_id_.emplace_back(figures[i].id, i);
        std::stable_sort(by_id_.begin(), by_id_.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        indexed_ = true;
    }
    auto it = std::lower_bound(by_id_.begin(), by_id_.end(), id,
                               [](const auto& entry, std::string_view key) { return entry.first < key; });
    return (it != by_id_.end() && it->first == id) ? it->second : kNone;
}

bool nearly_equal(double a, double b) {
    if (a == b) return true;
    const double scale = std::max({1.0, std::fabs(a), std::fabs(b)});
    return std::fabs(a - b) <= 1e-9 * scale;
}

const std::string& figure_label(const Figure& figure) {
    if (!figure.category.empty()) return figure.category;
    if (!figure.topic.empty()) return figure.topic;
    if (!figure.area.empty()) return figure.area;
    return figure.id;
}

}  // namespace gongkai::detail
