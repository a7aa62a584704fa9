// audit_parts.cpp — rule parts-sum: the parts of each breakdown against their stated total.
//
// Parts adding up to MORE than the total is an error in the report (warning). Parts adding
// up to LESS is reported as info only: "……47条,其中……" often lists just some of them.
// Qualified numbers (超过, 不足) are compared as bounds; 约 (about) is never judged.
#include <limits>

#include "core/audit_rules.hpp"
#include "core/number_text.hpp"

namespace gongkai::detail {

namespace {

struct Bounds {
    double low = 0;
    double high = 0;
};

// false when the figure is only an estimate (约) and cannot be judged.
bool bounds_of(const Figure& f, Bounds& b) {
    if (f.qualifier.empty()) {
        b = {f.value, f.value};
    } else if (f.qualifier == "over") {
        b = {f.value, std::numeric_limits<double>::infinity()};
    } else if (f.qualifier == "under") {
        b = {0, f.value};
    } else {
        return false;
    }
    return true;
}

}  // namespace

void audit_parts_sum(const Report& report, const FigureTree& tree, std::vector<Finding>& out) {
    const auto& figures = report.figures;
    std::vector<const std::string*> breakdowns;  // distinct names, in order of first part
    std::vector<std::uint32_t> involved;
    for (std::uint32_t t = 0; t < figures.size(); ++t) {
        const Figure& total = figures[t];
        const auto kids = tree.children(t);
        if (kids.empty() || is_percent(total)) continue;

        breakdowns_of(report, tree, t, breakdowns);

        for (const std::string* breakdown : breakdowns) {
            Bounds total_bounds;
            if (!bounds_of(total, total_bounds)) break;  // an estimate: nothing to judge
            Bounds parts{0, 0};
            bool judgeable = true;
            bool parts_qualified = false;
            involved.assign(1, t);
            for (std::uint32_t c : kids) {
                const Figure& part = figures[c];
                if (!is_part_of(part, total) || part.breakdown != *breakdown) continue;
                Bounds b;
                if (!bounds_of(part, b)) judgeable = false;
                parts.low += b.low;
                parts.high += b.high;
                parts_qualified = parts_qualified || !part.qualifier.empty();
                involved.push_back(c);
            }
            if (!judgeable) continue;

            // The parts' sum is a lower bound when some part is "over" a number.
            auto what = [&](const char* code, double sum) {
                Message m(code);
                breakdown_arg(m.text("label", figure_label(total)), *breakdown);
                figure_number(m, "stated", total);
                return std::move(m.number("sum", sum, total.unit.str(), parts_qualified ? "at_least" : ""));
            };

            if (parts.low > total_bounds.high && !nearly_equal(parts.low, total_bounds.high)) {
                out.push_back(figure_finding(report, Severity::Warning, "parts-sum", involved,
                                             what("audit.parts_sum.over", parts.low), total.value, parts.low));
            } else if (parts.high < total_bounds.low && !nearly_equal(parts.high, total_bounds.low)) {
                Message m = what("audit.parts_sum.short", parts.high);
                // "at least" belongs to the lower bound only: the upper one is a plain sum.
                m.args.back().qualifier.clear();
                m.number("rest", total_bounds.low - parts.high, total.unit.str());
                out.push_back(figure_finding(report, Severity::Info, "parts-sum", involved, std::move(m),
                                             total.value, parts.high));
            }
        }
    }
}

}  // namespace gongkai::detail
