// audit_duplicates.cpp — rule duplicate-figure: the same figure stated twice (info).
//
// Two figures are the same when everything that places and measures them is equal — area,
// topic, department, category, value, unit, measure, parent, breakdown, share_of, qualifier —
// and they have the same quote text or both have none. Figures from different sentences are
// never duplicates, even with equal numbers: reports often repeat a count legitimately.
#include <algorithm>
#include <numeric>
#include <tuple>

#include "core/audit_rules.hpp"
#include "core/number_text.hpp"

namespace gongkai::detail {

namespace {

// Texts compare by id (text.hpp): equal texts, equal ids. The sort only gathers equal figures;
// the findings come out in figure order whatever order the ids give.
auto identity(const Figure& f) {
    const std::uintptr_t quote = f.quote ? f.quote->text.id() : 0;
    // The value first: it tells most figures apart with one cheap comparison.
    return std::make_tuple(f.value, f.area.id(), f.topic.id(), f.department.id(), f.category.id(), f.unit.id(),
                           f.measure.id(), f.parent.id(), f.breakdown.id(), f.share_of.id(), f.qualifier.id(),
                           f.quote.has_value() && !f.quote->text.empty(), quote);
}

}  // namespace

void audit_duplicates(const Report& report, std::vector<Finding>& out) {
    const auto& figures = report.figures;
    std::vector<std::uint32_t> order(figures.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return identity(figures[a]) < identity(figures[b]);
    });
    std::vector<std::vector<std::uint32_t>> runs;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i + 1;
        while (j < order.size() && identity(figures[order[j]]) == identity(figures[order[i]])) ++j;
        if (j - i > 1) runs.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(i),
                                         order.begin() + static_cast<std::ptrdiff_t>(j));
        i = j;
    }
    // Report in figure order of each run's first figure, so output follows the report.
    std::sort(runs.begin(), runs.end());
    for (const auto& run : runs) {
        const Figure& f = figures[run.front()];
        std::string ids;
        for (std::uint32_t k : run) ids += (ids.empty() ? "" : ", ") + figures[k].id;
        out.push_back(figure_finding(report, Severity::Info, "duplicate-figure", run,
                                     Message("audit.duplicate")
                                         .text("label", figure_label(f))
                                         .number("value", f.value, f.unit.str())
                                         .number("count", static_cast<double>(run.size()))
                                         .text("ids", ids),
                                     f.value, f.value));
    }
}

}  // namespace gongkai::detail
