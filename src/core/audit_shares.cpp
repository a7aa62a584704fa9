// audit_shares.cpp — rules share-mismatch and shares-sum.
//
// share-mismatch: "当面申请8件,占比30.77%" states 30.77; 8 of the 26 received is 30.769...%.
// A stated share is right when it is within half a unit of its last decimal of 100*part/whole.
// A share that equals the TRUNCATED value (1/26 = 3.846% stated as 3.84%) is a known habit
// of some reports: reported as info, and said so. Anything else is a warning.
//
// shares-sum: when every part of a complete breakdown (parts add up to the total) has its share,
// the shares must add up to 100 within n * 0.5 * 10^-decimals (each share may be off by half a
// unit of its last decimal). Info when truncated shares explain the gap, warning otherwise.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/audit_rules.hpp"
#include "core/number_text.hpp"

namespace gongkai::detail {

namespace {

constexpr int kMaxDecimals = 6;

int decimals_of_text(std::string_view text) {
    const auto dot = text.find('.');
    if (dot == std::string_view::npos || text.find('e') != std::string_view::npos) return 0;
    return static_cast<int>(text.size() - dot - 1);
}

// How many decimals the report printed. The value alone loses trailing zeros (30.70 -> 30.7),
// so the number is looked for in the quote first; ASCII and full-width digits are understood.
int stated_decimals(const Figure& f) {
    int decimals = decimals_of_text(format_number(f.value));
    if (f.quote) {
        const std::string& q = f.quote->text;
        std::string token;
        auto flush = [&]() {
            if (!token.empty() && token.front() != '.') {
                const double v = std::strtod(token.c_str(), nullptr);
                if (nearly_equal(v, f.value)) {
                    decimals = std::max(decimals, decimals_of_text(token));
                    token.clear();
                    return true;
                }
            }
            token.clear();
            return false;
        };
        for (std::size_t i = 0; i < q.size(); ++i) {
            const auto c = static_cast<unsigned char>(q[i]);
            if ((c >= '0' && c <= '9') || c == '.') {
                token += static_cast<char>(c);
            } else if (c == 0xEF && i + 2 < q.size() && static_cast<unsigned char>(q[i + 1]) == 0xBC &&
                       ((static_cast<unsigned char>(q[i + 2]) >= 0x90 && static_cast<unsigned char>(q[i + 2]) <= 0x99) ||
                        static_cast<unsigned char>(q[i + 2]) == 0x8E)) {
                // U+FF10..U+FF19 (０-９) and U+FF0E (．)
                const auto b = static_cast<unsigned char>(q[i + 2]);
                token += b == 0x8E ? '.' : static_cast<char>('0' + (b - 0x90));
                i += 2;
            } else if (flush()) {
                break;
            }
        }
        flush();
    }
    return std::min(decimals, kMaxDecimals);
}

struct ShareCheck {
    bool judged = false;      // false: something is an estimate or missing, nothing to say
    bool consistent = false;  // within rounding of the counts
    bool truncated = false;   // not consistent, but exactly the truncated value
    double expected = 0;      // 100 * part / whole
    int decimals = 0;
    std::uint32_t part = kNone, whole = kNone;
};

ShareCheck check_share(const Report& report, const FigureTree& tree, std::uint32_t share) {
    ShareCheck check;
    const Figure& s = report.figures[share];
    check.part = tree.find(s.share_of);
    if (check.part == kNone || s.qualifier == "about") return check;
    check.whole = tree.parent(check.part);
    if (check.whole == kNone) return check;
    const Figure& part = report.figures[check.part];
    const Figure& whole = report.figures[check.whole];
    if (!is_part_of(part, whole) || whole.value <= 0 || !part.qualifier.empty() ||
        !whole.qualifier.empty())
        return check;

    check.judged = true;
    check.expected = 100.0 * part.value / whole.value;
    check.decimals = stated_decimals(s);
    const double scale = std::pow(10.0, check.decimals);
    const double tolerance = 0.5 / scale + 1e-9;
    if (s.qualifier == "over")
        check.consistent = check.expected >= s.value - tolerance;
    else if (s.qualifier == "under")
        check.consistent = check.expected <= s.value + tolerance;
    else
        check.consistent = std::fabs(s.value - check.expected) <= tolerance;
    if (!check.consistent && s.qualifier.empty())
        check.truncated = std::llround(s.value * scale) ==
                          static_cast<long long>(std::floor(check.expected * scale + 1e-7));
    return check;
}

void share_mismatch(const Report& report, const FigureTree& tree, std::vector<Finding>& out) {
    const auto& figures = report.figures;
    for (std::uint32_t i = 0; i < figures.size(); ++i) {
        const Figure& s = figures[i];
        if (!is_percent(s) || s.share_of.empty()) continue;
        const ShareCheck c = check_share(report, tree, i);
        if (!c.judged || c.consistent) continue;
        const Figure& part = figures[c.part];
        const Figure& whole = figures[c.whole];
        Message message(c.truncated ? "audit.share_mismatch.truncated" : "audit.share_mismatch");
        message.text("label", figure_label(part))
            .number("stated", s.value, "%", s.qualifier.str(), c.decimals)
            .number("part", part.value)
            .number("whole", whole.value, whole.unit.str());
        if (c.truncated) {
            message.number("expected", c.expected, "%", "", c.decimals + 1)
                .number("rounded", c.expected, "%", "", c.decimals);
        } else {
            message.number("expected", c.expected, "%", "", std::max(c.decimals, 2));
        }
        out.push_back(figure_finding(report, c.truncated ? Severity::Info : Severity::Warning,
                                     "share-mismatch", {i, c.part, c.whole}, std::move(message), s.value,
                                     c.expected));
    }
}

void shares_sum(const Report& report, const FigureTree& tree, std::vector<Finding>& out) {
    const auto& figures = report.figures;
    std::vector<const std::string*> breakdowns;
    std::vector<std::uint32_t> shares;
    for (std::uint32_t w = 0; w < figures.size(); ++w) {
        const Figure& whole = figures[w];
        const auto kids = tree.children(w);
        if (kids.size() < 2 || is_percent(whole) || !whole.qualifier.empty()) continue;
        breakdowns_of(report, tree, w, breakdowns);
        for (const std::string* breakdown : breakdowns) {
            shares.assign(1, w);
            double parts = 0, sum = 0;
            int decimals = 0;
            bool complete = true, explained = true;
            for (std::uint32_t c : kids) {
                const Figure& part = figures[c];
                if (!is_part_of(part, whole) || part.breakdown != *breakdown) continue;
                const std::uint32_t s = tree.share_for(c);
                if (s == kNone || !part.qualifier.empty() || !figures[s].qualifier.empty()) {
                    complete = false;
                    break;
                }
                const ShareCheck check = check_share(report, tree, s);
                explained = explained && check.judged && (check.consistent || check.truncated);
                decimals = std::max(decimals, stated_decimals(figures[s]));
                parts += part.value;
                sum += figures[s].value;
                shares.push_back(s);
            }
            const std::size_t n = shares.size() - 1;
            // Only a complete breakdown must add up to 100%: "其中" may list only some parts.
            if (!complete || n < 2 || !nearly_equal(parts, whole.value)) continue;
            // Divided, not multiplied by 10^-d, so that 5 shares of 2 decimals give exactly 0.025.
            const double tolerance = static_cast<double>(n) * 0.5 / std::pow(10.0, decimals);
            if (std::fabs(sum - 100.0) <= tolerance + 1e-9) continue;

            Message message(explained ? "audit.shares_sum.truncated" : "audit.shares_sum");
            breakdown_arg(message.text("label", figure_label(whole)), *breakdown)
                .number("sum", sum, "%", "", decimals)
                .number("tolerance", tolerance)
                .number("count", static_cast<double>(n))
                .number("decimals", decimals);
            out.push_back(figure_finding(report, explained ? Severity::Info : Severity::Warning,
                                         "shares-sum", shares, std::move(message), sum, 100.0));
        }
    }
}

}  // namespace

void audit_shares(const Report& report, const FigureTree& tree, std::vector<Finding>& out) {
    share_mismatch(report, tree, out);
    shares_sum(report, tree, out);
}

}  // namespace gongkai::detail
