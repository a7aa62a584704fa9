// load_parse.hpp — JSON text to an nlohmann::json tree, with a nesting limit enforced
// while parsing and syntax errors located by line and column (in code points).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace gongkai::load_detail {

struct ParseProblem {
    bool is_error = true;        // false: a warning (e.g. a duplicate key)
    std::int64_t line = 0;
    std::int64_t column = 0;
    std::string pointer;         // where in the tree, when known
    std::string message;
};

struct ParseOutcome {
    nlohmann::json root;
    bool ok = false;                      // false: `root` is unusable, see problems
    std::vector<ParseProblem> problems;   // the syntax error (at most one) and warnings
};

// Parses `text` (valid UTF-8, BOM already removed). Never throws: nlohmann is driven
// through its SAX interface, which reports errors by callback, and the tree is built
// without recursion, so deep nesting is refused at `max_depth` without using the stack.
ParseOutcome parse_json_text(std::string_view text, int max_depth);

}  // namespace gongkai::load_detail
