// aggregate.cpp — counts by area, topic, department, ... (see aggregate.hpp).
//
// [SECTION] Fields
// [SECTION] Filter
// [SECTION] Counted figures: the "Totals and their parts" rule of docs/report-format.md
// [SECTION] Grouping: interned keys in a flat open-addressing table
//
// Written for 1M figures in the browser: per report the parent/children links are built
// once (FigureTree), and the hot loops work on indices and string_views, allocating only
// when a new distinct key or group appears.
#include "core/aggregate.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "core/figure_tree.hpp"

namespace gongkai {

// ============================================================================
// [SECTION] Fields
// ============================================================================

namespace {

struct FieldName {
    Field field;
    std::string_view name;
};

constexpr std::array<FieldName, 9> kFieldNames = {{
    {Field::Area, "area"},
    {Field::Topic, "topic"},
    {Field::Department, "department"},
    {Field::Category, "category"},
    {Field::Unit, "unit"},
    {Field::Measure, "measure"},
    {Field::Region, "region"},
    {Field::Year, "year"},
    {Field::Report, "report"},
}};

// The field's text without copying. Year is the only field not stored as text; its
// text is written into `scratch` (callers keep one per report to avoid reformatting).
std::string_view field_view(const Report& report, const Figure& figure, Field field,
                            std::string& scratch) {
    switch (field) {
        case Field::Area: return figure.area;
        case Field::Topic: return figure.topic;
        case Field::Department: return figure.department;
        case Field::Category: return figure.category;
        case Field::Unit: return figure.unit;
        case Field::Measure: return figure.measure;
        case Field::Region: return report.meta.region.name;
        case Field::Report: return report.id;
        case Field::Year:
            scratch = report.meta.year ? std::to_string(*report.meta.year) : std::string();
            return scratch;
    }
    return {};
}

}  // namespace

std::optional<Field> parse_field(std::string_view name) {
    for (const auto& entry : kFieldNames) {
        if (entry.name.size() != name.size()) continue;
        bool same = true;  // ASCII case-insensitive: "Area" and "AREA" are meant as "area"
        for (std::size_t i = 0; i < name.size() && same; ++i) {
            char c = name[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            same = c == entry.name[i];
        }
        if (same) return entry.field;
    }
    return std::nullopt;
}

const char* field_name(Field field) {
    for (const auto& entry : kFieldNames)
        if (entry.field == field) return entry.name.data();
    return "";
}

std::string field_value(const Report& report, const Figure& figure, Field field) {
    std::string scratch;
    return std::string(field_view(report, figure, field, scratch));
}

// ============================================================================
// [SECTION] Filter
// ============================================================================

bool Filter::matches(const Report& report, const Figure& figure) const {
    if (!measure.empty() && figure.measure != measure) return false;
    if (!unit.empty() && figure.unit != unit) return false;
    std::string scratch;
    for (const auto& [field, value] : equals)
        if (field_view(report, figure, field, scratch) != value) return false;
    if (!text.empty()) {
        const auto has = [&](std::string_view haystack) {
            return haystack.find(text) != std::string_view::npos;
        };
        if (!has(figure.area) && !has(figure.topic) && !has(figure.department) &&
            !has(figure.category) && !(figure.quote && has(figure.quote->text)))
            return false;
    }
    return true;
}

namespace {

bool filter_is_empty(const Filter& filter) {
    return filter.equals.empty() && filter.text.empty() && filter.measure.empty() &&
           filter.unit.empty();
}

// ============================================================================
// [SECTION] Counted figures
// ============================================================================

enum class Counted : std::uint8_t { No, Whole, Remainder };

// Decides, for one report, which figures enter sums and with what value. Iterative (explicit stack) because a
// hand-made chain of totals can be deep and the wasm stack is only 64 KB.
struct CountWorkspace {
    detail::FigureTree tree;
    std::vector<Counted> state;
    std::vector<double> amount;  // meaningful where state != No
    std::vector<std::uint32_t> stack;
};

void count_report(const Report& report, CountWorkspace& w) {
    const auto& figures = report.figures;
    const auto n = static_cast<std::uint32_t>(figures.size());
    w.tree.build(report);
    const detail::FigureTree& tree = w.tree;
    auto& state = w.state;
    auto& amount = w.amount;
    auto& stack = w.stack;
    state.assign(n, Counted::No);
    amount.assign(n, 0.0);

    for (std::uint32_t root = 0; root < n; ++root) {
        const Figure& f = figures[root];
        if (detail::is_percent(f)) continue;  // percentages are never summed
        const std::uint32_t p = tree.parent(root);
        // A root: no parent, or a parent in another unit (then it is its own quantity).
        // Figures in a parent cycle have a same-unit parent and are never reached.
        if (p != detail::kNone && detail::is_part_of(f, figures[p])) continue;

        stack.clear();
        stack.push_back(root);
        while (!stack.empty()) {
            const std::uint32_t t = stack.back();
            stack.pop_back();
            const Figure& total = figures[t];
            const auto kids = tree.children(t);

            // The first breakdown is the one of the first part in figure order.
            const std::string* first_breakdown = nullptr;
            for (std::uint32_t c : kids)
                if (detail::is_part_of(figures[c], total)) {
                    first_breakdown = &figures[c].breakdown.str();
                    break;
                }
            if (!first_breakdown) {
                state[t] = Counted::Whole;
                amount[t] = total.value;
                continue;
            }

            double parts = 0;
            const std::size_t mark = stack.size();
            for (std::uint32_t c : kids)
                if (detail::is_part_of(figures[c], total) && figures[c].breakdown == *first_breakdown) {
                    parts += figures[c].value;
                    stack.push_back(c);
                }
            // Keep the parts in figure order when popped (not needed for output order,
            // which comes from the index, but it keeps the walk easy to follow).
            std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(mark), stack.end());

            const double rest = total.value - parts;
            // Parts short of the total: the rest stays with the total. Parts over it: the
            // parts are counted and the total adds nothing (the audit reports the excess).
            if (rest > 0 && !detail::nearly_equal(total.value, parts)) {
                state[t] = Counted::Remainder;
                amount[t] = rest;
            }
        }
    }
}

}  // namespace

std::vector<CountedFigure> counted_figures(const std::vector<Report>& reports, const Filter& filter) {
    std::vector<CountedFigure> out;
    CountWorkspace w;
    const bool everything = filter_is_empty(filter);
    for (std::size_t r = 0; r < reports.size(); ++r) {
        const Report& report = reports[r];
        count_report(report, w);
        for (std::size_t i = 0; i < w.state.size(); ++i) {
            if (w.state[i] == Counted::No) continue;
            if (!everything && !filter.matches(report, report.figures[i])) continue;
            out.push_back({r, i, w.amount[i], w.state[i] == Counted::Remainder});
        }
    }
    return out;
}

// ============================================================================
// [SECTION] Grouping
// ============================================================================

namespace {

// Maps each distinct text of one key column to a small integer. Keys are views into the
// reports (alive for the whole call) or into `owned` (year texts), so lookups allocate nothing.
class Interner {
public:
    std::uint32_t id(std::string_view text) {
        // Neighbouring figures mostly share their area, unit, ...: compare before hashing.
        if (last_ != detail::kNone && texts_[last_] == text) return last_;
        auto it = ids_.find(text);
        if (it != ids_.end()) return last_ = it->second;
        const auto next = static_cast<std::uint32_t>(texts_.size());
        texts_.push_back(text);
        ids_.emplace(text, next);
        return last_ = next;
    }
    std::string_view text(std::uint32_t id) const { return texts_[id]; }

private:
    std::unordered_map<std::string_view, std::uint32_t> ids_;
    std::vector<std::string_view> texts_;
    std::uint32_t last_ = detail::kNone;
};

// Groups keyed by a tuple of interned ids (one per field, then the unit), stored flat:
// group g's key is keys_[g * width .. (g + 1) * width).
class GroupTable {
public:
    explicit GroupTable(std::size_t width) : width_(width), slots_(64, detail::kNone) {}

    std::uint32_t find_or_add(const std::uint32_t* key) {
        const std::uint64_t h = hash(key);
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::uint32_t g = slots_[i];
            if (g == detail::kNone) {
                const auto added = static_cast<std::uint32_t>(totals.size());
                keys_.insert(keys_.end(), key, key + width_);
                totals.push_back(0);
                counts.push_back(0);
                slots_[i] = added;
                if (totals.size() * 2 > slots_.size()) grow();
                return added;
            }
            if (std::equal(key, key + width_, keys_.begin() + static_cast<std::ptrdiff_t>(g * width_)))
                return g;
        }
    }
    const std::uint32_t* key(std::uint32_t g) const { return keys_.data() + g * width_; }

    std::vector<double> totals;
    std::vector<std::size_t> counts;

private:
    std::uint64_t hash(const std::uint32_t* key) const {
        std::uint64_t h = 1469598103934665603ull;
        for (std::size_t i = 0; i < width_; ++i) {
            h ^= key[i];
            h *= 1099511628211ull;
            h ^= h >> 29;
        }
        return h;
    }
    void grow() {
        std::vector<std::uint32_t> bigger(slots_.size() * 2, detail::kNone);
        const std::size_t mask = bigger.size() - 1;
        for (std::uint32_t g = 0; g < totals.size(); ++g) {
            std::size_t i = hash(key(g)) & mask;
            while (bigger[i] != detail::kNone) i = (i + 1) & mask;
            bigger[i] = g;
        }
        slots_.swap(bigger);
    }

    std::size_t width_;
    std::vector<std::uint32_t> slots_;
    std::vector<std::uint32_t> keys_;
};

}  // namespace

std::vector<Group> aggregate(const std::vector<Report>& reports, const std::vector<Field>& by,
                             const Filter& filter) {
    const std::size_t width = by.size() + 1;  // the fields, then the unit
    std::vector<Interner> interners(width);
    GroupTable table(width);
    std::vector<std::uint32_t> key(width);

    // Year texts must outlive the interner's views: one per report, made up front.
    std::vector<std::string> year_text(reports.size());
    for (std::size_t r = 0; r < reports.size(); ++r)
        if (reports[r].meta.year) year_text[r] = std::to_string(*reports[r].meta.year);

    CountWorkspace w;
    const bool everything = filter_is_empty(filter);
    std::string scratch;
    for (std::size_t r = 0; r < reports.size(); ++r) {
        const Report& report = reports[r];
        count_report(report, w);
        const auto& state = w.state;
        const auto& amount = w.amount;
        for (std::size_t i = 0; i < state.size(); ++i) {
            if (state[i] == Counted::No) continue;
            const Figure& f = report.figures[i];
            if (!everything && !filter.matches(report, f)) continue;
            for (std::size_t k = 0; k < by.size(); ++k) {
                const std::string_view text =
                    by[k] == Field::Year ? std::string_view(year_text[r]) : field_view(report, f, by[k], scratch);
                key[k] = interners[k].id(text);
            }
            key[by.size()] = interners[by.size()].id(f.unit);
            const std::uint32_t g = table.find_or_add(key.data());
            table.totals[g] += amount[i];
            table.counts[g] += 1;
        }
    }

    std::vector<Group> groups(table.totals.size());
    for (std::uint32_t g = 0; g < groups.size(); ++g) {
        const std::uint32_t* k = table.key(g);
        groups[g].keys.reserve(by.size());
        for (std::size_t j = 0; j < by.size(); ++j) groups[g].keys.emplace_back(interners[j].text(k[j]));
        groups[g].unit = std::string(interners[by.size()].text(k[by.size()]));
        groups[g].total = table.totals[g];
        groups[g].figures = table.counts[g];
    }
    sort_groups(groups);
    return groups;
}

void sort_groups(std::vector<Group>& groups) {
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        if (a.total != b.total) return a.total > b.total;
        if (a.keys != b.keys) return a.keys < b.keys;
        return a.unit < b.unit;
    });
}

}  // namespace gongkai
