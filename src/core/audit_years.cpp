// audit_years.cpp — rule year-continuity: consecutive reports of the same issuer.
//
//   this year's 上年结转 (carried_over) = last year's 结转下年度 (carried_forward), per column;
//   2021 template: this year's 现行有效件数 = last year's + 本年制发 − 本年废止, per 20.1 item.
// Two reports are "the same issuer" when their region (name and parent) matches, or, without a
// region, their issuer; differing issuers never match. When two loaded reports claim the same
// issuer and year, neither is compared: which one continues which would be a guess.
#include <map>
#include <tuple>

#include "core/audit_rules.hpp"
#include "core/number_text.hpp"

namespace gongkai::detail {

std::string same_body_key(const Report& r) {
    if (!r.meta.region.name.empty()) return "region\x1f" + r.meta.region.name + "\x1f" + r.meta.region.parent;
    if (!r.meta.issuer.empty()) return "issuer\x1f" + r.meta.issuer;
    return {};
}

namespace {

std::string issuer_key(const Report& r) { return same_body_key(r); }

// "fuxin-2016 (2016)": the report a finding compares with.
Message& last_report(Message&& m, const Report& r) {
    return m.text("last_report", r.id).number("last_year", r.meta.year.value_or(0));
}

void carried_over(const Report& last, const Report& now, std::vector<Finding>& out) {
    if (!last.tables || !now.tables) return;
    const auto forward = last.tables->applications.find("carried_forward");
    const auto over = now.tables->applications.find("carried_over");
    if (forward == last.tables->applications.end() || over == now.tables->applications.end()) return;
    for (std::size_t c = 0; c < kColumnLabels.size(); ++c) {
        if (!forward->second[c] && !over->second[c]) continue;
        const double stated = over->second[c].value_or(0);
        const double expected = forward->second[c].value_or(0);
        if (nearly_equal(stated, expected)) continue;
        out.push_back(make_finding(
            now, "year-continuity", std::string("/tables/applications/carried_over/") + kApplicationColumns[c],
            last_report(Message("audit.years.carried_over"), last)
                .text("column", kColumnLabels[c])
                .number("stated", stated)
                .number("expected", expected),
            stated, expected));
    }
}

const ProactiveRow* find_row(const std::vector<ProactiveRow>& rows, const ProactiveRow& like) {
    for (const auto& r : rows)
        if (r.clause == like.clause && r.item == like.item) return &r;
    return nullptr;
}

double column(const ProactiveRow& row, const char* name) {
    const auto it = row.columns.find(name);
    return it == row.columns.end() ? 0.0 : it->second;
}

void in_force(const Report& last, const Report& now, std::vector<Finding>& out) {
    if (!last.tables || !now.tables) return;
    const auto& rows = now.tables->proactive;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ProactiveRow& row = rows[i];
        if (row.clause != "20.1" || !row.columns.count("in_force")) continue;
        const ProactiveRow* before = find_row(last.tables->proactive, row);
        if (!before || !before->columns.count("in_force")) continue;
        const double made = column(row, "made"), repealed = column(row, "repealed");
        const double expected = column(*before, "in_force") + made - repealed;
        const double stated = column(row, "in_force");
        if (nearly_equal(stated, expected)) continue;
        out.push_back(make_finding(
            now, "year-continuity", "/tables/proactive/" + std::to_string(i) + "/in_force",
            last_report(Message("audit.years.in_force"), last)
                .text("item", row.item)
                .number("stated", stated)
                .number("before", column(*before, "in_force"))
                .number("made", made)
                .number("repealed", repealed)
                .number("expected", expected),
            stated, expected));
    }
}

}  // namespace

void audit_year_continuity(const std::vector<Report>& reports, std::vector<Finding>& out) {
    // (issuer, year) -> the one report, or kNone when several claim it.
    std::map<std::pair<std::string, int>, std::size_t> by_year;
    constexpr std::size_t kAmbiguous = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const Report& r = reports[i];
        if (!r.tables || !r.meta.year) continue;
        std::string key = issuer_key(r);
        if (key.empty()) continue;
        auto [it, added] = by_year.emplace(std::make_pair(std::move(key), *r.meta.year), i);
        if (!added) it->second = kAmbiguous;
    }
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const Report& now = reports[i];
        if (!now.tables || !now.meta.year) continue;
        const std::string key = issuer_key(now);
        if (key.empty()) continue;
        const auto self = by_year.find({key, *now.meta.year});
        const auto prev = by_year.find({key, *now.meta.year - 1});
        if (self == by_year.end() || self->second != i || prev == by_year.end() || prev->second == kAmbiguous)
            continue;
        const Report& last = reports[prev->second];
        if (!last.meta.issuer.empty() && !now.meta.issuer.empty() && last.meta.issuer != now.meta.issuer)
            continue;
        carried_over(last, now, out);
        in_force(last, now, out);
    }
}

}  // namespace gongkai::detail
