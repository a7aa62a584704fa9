// load_tables.cpp — the 2019 and 2021 template tables: fixed clauses, rows and columns, so
// an unknown key here is an error (a mistyped row would silently lose a number).
#include <algorithm>
#include <string>
#include <vector>

#include "core/json_template_layout.hpp"
#include "core/load_report.hpp"

namespace gongkai::load_detail {
namespace {

std::string join(std::span<const std::string_view> words) {
    std::string out;
    for (auto w : words) {
        if (w.empty()) continue;
        if (!out.empty()) out += ", ";
        out += w;
    }
    return out;
}

std::vector<std::string_view> non_empty(std::span<const std::string_view> words) {
    std::vector<std::string_view> out;
    for (auto w : words)
        if (!w.empty()) out.push_back(w);
    return out;
}

std::string unknown_key_message(std::string_view what, const std::string& key, std::string_view where,
                                 std::span<const std::string_view> allowed) {
    std::string message = "unknown " + std::string(what) + " " + in_quotes(key) + " " + std::string(where) +
                          "; expected one of " + join(allowed);
    const std::string guess = did_you_mean(key, allowed);
    if (!guess.empty()) message += " (" + guess + ")";
    return message;
}

void read_proactive_row(const json& v, const Path& at, Checker& c, std::string_view version, ProactiveRow& row) {
    if (!c.expect_object(v, at, "a proactive-disclosure row")) return;
    const bool has_clause = c.read_string(v, at, "clause", row.clause, true, "a proactive-disclosure row");
    const bool has_item = c.read_string(v, at, "item", row.item, true, "a proactive-disclosure row");
    if (!has_clause) return;
    const layout::ProactiveClause* clause = layout::find_clause(version, row.clause);
    if (!clause) {
        std::vector<std::string_view> clauses;
        for (const auto& k : layout::kProactiveClauses)
            if (k.template_version == version) clauses.push_back(k.clause);
        c.error(at.key("clause"), unknown_key_message("clause", row.clause,
                                                      "in the " + std::string(version) + " template", clauses));
        return;
    }
    const std::string where = "in clause " + row.clause + " of the " + std::string(version) + " template";
    if (has_item && std::find(clause->items.begin(), clause->items.end(), row.item) == clause->items.end())
        c.warning(at.key("item"), "item " + in_quotes(row.item) + " is not an item " + where + " (" +
                                      join(clause->items) + ")");
    const auto columns = non_empty(clause->columns);
    for (const auto& [key, cell] : v.get_ref<const json::object_t&>()) {
        if (key == "clause" || key == "item") continue;
        if (std::find(columns.begin(), columns.end(), key) == columns.end()) {
            c.error(at.key(key), unknown_key_message("column", key, where, columns));
            continue;
        }
        const NumberRule rule = layout::column_may_be_negative(key)     ? NumberRule::Signed
                                : layout::column_may_be_fractional(key) ? NumberRule::NonNegative
                                                                        : NumberRule::Count;
        double number = 0;
        if (c.read_number(cell, at.key(key), rule, number, "this column counts documents or items"))
            row.columns[key] = number;
    }
}

void read_application_row(const json& v, const Path& at, Checker& c, ApplicationRow& row) {
    if (!c.expect_object(v, at, "an application-table row")) return;
    static const std::vector<std::string_view> columns(kApplicationColumns.begin(), kApplicationColumns.end());
    for (const auto& [key, cell] : v.get_ref<const json::object_t&>()) {
        auto it = std::find(columns.begin(), columns.end(), key);
        if (it == columns.end()) {
            c.error(at.key(key), unknown_key_message("column", key, "in the application table", columns));
            continue;
        }
        double number = 0;
        if (c.read_number(cell, at.key(key), NumberRule::Count, number, "this column counts applications"))
            row[static_cast<std::size_t>(it - columns.begin())] = number;
    }
}

void read_case_outcomes(const json& v, const Path& at, Checker& c, std::optional<CaseOutcomes>& out) {
    if (!c.expect_object(v, at, "a review or litigation row")) return;
    CaseOutcomes o;
    std::optional<double>* slots[] = {&o.maintained, &o.corrected, &o.other, &o.pending, &o.total};
    const std::span<const std::string_view> keys = layout::kCaseOutcomeKeys;
    for (const auto& [key, cell] : v.get_ref<const json::object_t&>()) {
        auto it = std::find(keys.begin(), keys.end(), key);
        if (it == keys.end()) {
            c.error(at.key(key), unknown_key_message("column", key, "in a review or litigation row", keys));
            continue;
        }
        double number = 0;
        if (c.read_number(cell, at.key(key), NumberRule::Count, number, "this column counts cases"))
            *slots[it - keys.begin()] = number;
    }
    out = o;
}

// Does `pointer` (e.g. /tables/applications/new/total) name a cell that `t` holds?
bool names_a_cell(const TemplateTables& t, const std::string& pointer) {
    constexpr std::string_view kPrefix = "/tables/";
    if (pointer.compare(0, kPrefix.size(), kPrefix) != 0) return false;
    std::vector<std::string> parts;
    for (std::size_t b = kPrefix.size();;) {
        const std::size_t e = pointer.find('/', b);
        parts.push_back(pointer.substr(b, e == std::string::npos ? std::string::npos : e - b));
        if (e == std::string::npos) break;
        b = e + 1;
    }
    if (parts.size() == 3 && parts[0] == "applications") {
        const auto row = t.applications.find(parts[1]);
        if (row == t.applications.end()) return false;
        for (std::size_t k = 0; k < kApplicationColumns.size(); ++k)
            if (parts[2] == kApplicationColumns[k]) return row->second[k].has_value();
        return false;
    }
    if (parts.size() == 3 && parts[0] == "proactive") {
        const std::string& index = parts[1];
        if (index.empty() || index.size() > 6 || index.find_first_not_of("0123456789") != std::string::npos ||
            (index.size() > 1 && index[0] == '0'))
            return false;
        const std::size_t i = std::stoul(index);
        return i < t.proactive.size() && t.proactive[i].columns.count(parts[2]) > 0;
    }
    if (parts.size() == 2) {
        const std::optional<CaseOutcomes>* cases = parts[0] == "review"              ? &t.review
                                                   : parts[0] == "litigation_direct" ? &t.litigation_direct
                                                   : parts[0] == "litigation_after_review"
                                                       ? &t.litigation_after_review
                                                       : nullptr;
        if (!cases || !*cases) return false;
        const CaseOutcomes& o = **cases;
        const std::optional<double>* cells[] = {&o.maintained, &o.corrected, &o.other, &o.pending, &o.total};
        for (std::size_t k = 0; k < layout::kCaseOutcomeKeys.size(); ++k)
            if (parts[1] == layout::kCaseOutcomeKeys[k]) return cells[k]->has_value();
    }
    return false;
}

// "sources": {cell pointer: quote}. A pointer to no cell is dropped with a warning: the number
// it would explain is not there, and nothing else depends on it.
void read_sources(const json& v, const Path& at, Checker& c, TemplateTables& t) {
    if (!c.expect_object(v, at, "the cells' sources (an object from a cell's JSON Pointer to a quote)")) return;
    for (const auto& [pointer, quote] : v.get_ref<const json::object_t&>()) {
        if (!names_a_cell(t, pointer)) {
            c.warning(at.key(pointer), "source for " + in_quotes(pointer) +
                                           ", which is not a cell of these tables (expected e.g. "
                                           "/tables/applications/new/total); left out");
            continue;
        }
        Boxed<Quote> q;
        read_quote(quote, at.key(pointer), c, q);
        if (q) t.sources[pointer] = *q;
    }
}

}  // namespace

void read_tables(const json& v, const Path& at, Checker& c, std::string_view version, TemplateTables& t) {
    if (!c.expect_object(v, at, "the template tables")) return;
    c.warn_unknown_keys(v, at, "the template tables",
                        {"proactive", "applications", "review", "litigation_direct", "litigation_after_review",
                         "sources"});
    if (const json* p = c.member(v, at, "proactive", false, "")) {
        const Path pp = at.key("proactive");
        if (c.expect_array(*p, pp, "the proactive-disclosure rows")) {
            t.proactive.resize(p->size());
            for (std::size_t i = 0; i < p->size(); ++i) read_proactive_row((*p)[i], pp.index(i), c, version, t.proactive[i]);
        }
    }
    if (const json* a = c.member(v, at, "applications", false, "")) {
        const Path ap = at.key("applications");
        if (c.expect_object(*a, ap, "the application table (an object from row key to row)")) {
            const auto rows = layout::application_rows(version);
            for (const auto& [key, row] : a->get_ref<const json::object_t&>()) {
                if (std::find(rows.begin(), rows.end(), key) == rows.end()) {
                    c.error(ap.key(key), unknown_key_message("row", key,
                                                             "in the application table of the " +
                                                                 std::string(version) + " template",
                                                             rows));
                    continue;
                }
                read_application_row(row, ap.key(key), c, t.applications[key]);
            }
        }
    }
    if (const json* r = c.member(v, at, "review", false, "")) read_case_outcomes(*r, at.key("review"), c, t.review);
    if (const json* r = c.member(v, at, "litigation_direct", false, ""))
        read_case_outcomes(*r, at.key("litigation_direct"), c, t.litigation_direct);
    if (const json* r = c.member(v, at, "litigation_after_review", false, ""))
        read_case_outcomes(*r, at.key("litigation_after_review"), c, t.litigation_after_review);
    // Last: a source must name a cell read above.
    if (const json* s = c.member(v, at, "sources", false, "")) read_sources(*s, at.key("sources"), c, t);
}

}  // namespace gongkai::load_detail
