// filter_options.hpp — the figure filter options shared by `stats` and `export`:
//   --measure M  --unit U  --filter TEXT  --where FIELD=VALUE (repeatable)
#pragma once

#include <string>
#include <vector>

#include "cli/options.hpp"
#include "core/aggregate.hpp"

namespace gongkai::cli {

std::vector<OptionSpec> filter_option_specs();

// Builds the filter; on a bad --where, returns false with `error` set.
bool filter_from_args(const ParsedArgs& args, Filter& filter, std::string& error);

// Parses "area,department" into fields; on an unknown name, returns false with `error` set.
bool fields_from_text(const std::string& text, std::vector<Field>& fields, std::string& error);

}  // namespace gongkai::cli
