// aggregate.hpp — counts by area, topic, department, ... for one report or many.
//
// Counting rule (docs/report-format.md, "Totals and their parts"): a total is counted
// through its first breakdown, a positive remainder stays with the total, percentages
// are never summed, and different units are never added together.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.hpp"

namespace gongkai {

enum class Field { Area, Topic, Department, Category, Unit, Measure, Region, Year, Report };

std::optional<Field> parse_field(std::string_view name);  // "area", "department", ...
const char* field_name(Field field);
// The value of `field` for a figure of `report`; "" when not stated.
std::string field_value(const Report& report, const Figure& figure, Field field);

// One figure as it enters a sum: the figure itself, or the remainder of a total
// whose parts fall short of it.
struct CountedFigure {
    std::size_t report_index = 0;
    std::size_t figure_index = 0;
    double value = 0;
    bool remainder = false;
};

struct Filter {
    std::vector<std::pair<Field, std::string>> equals;  // every pair must match
    std::string text;     // substring, matched against area/topic/department/category/quote
    std::string measure;  // e.g. "published"; empty = any
    std::string unit;     // e.g. "条"; empty = any
    bool matches(const Report& report, const Figure& figure) const;
};

// The figures that enter sums, in report then figure order (never a total and its parts both).
std::vector<CountedFigure> counted_figures(const std::vector<Report>& reports, const Filter& filter = {});

struct Group {
    std::vector<std::string> keys;  // one per grouping field, "" = not stated
    std::string unit;
    double total = 0;
    std::size_t figures = 0;        // how many counted figures went in
};

// The one order of groups, wherever they are made (aggregate, FigureColumns::group): by total
// descending, then keys, then unit (deterministic).
void sort_groups(std::vector<Group>& groups);

// Groups are sorted by sort_groups.
std::vector<Group> aggregate(const std::vector<Report>& reports, const std::vector<Field>& by,
                             const Filter& filter = {});

}  // namespace gongkai
