// load_parse.hpp — JSON text to an nlohmann::json tree, with a nesting limit enforced
// while parsing and syntax errors located by line and column (in code points).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/message.hpp"

namespace gongkai::load_detail {

struct ParseProblem {
    bool is_error = true;        // false: a warning (e.g. a duplicate key)
    std::int64_t line = 0;
    std::int64_t column = 0;
    std::string pointer;         // where in the tree, when known
    Message message;             // a code with arguments (message.hpp)
};

struct ParseOutcome {
    nlohmann::json root;
    bool ok = false;                      // false: `root` is unusable, see problems
    std::vector<ParseProblem> problems;   // the syntax error (at most one) and warnings
    bool streamed = false;                // the elements of root["reports"] went to the hook (now null)
    bool stream_broken = false;           // streaming saw something it cannot vouch for: parse again without
};

// Parses `text` (valid UTF-8, BOM already removed). Never throws: nlohmann is driven
// through its SAX interface, which reports errors by callback, and the tree is built
// without recursion, so deep nesting is refused at `max_depth` without using the stack.
ParseOutcome parse_json_text(std::string_view text, int max_depth);

// Called with each element of a collection's "reports" array as soon as it is complete, and
// its index; the element is then freed (left null in the tree). So a 200 MB collection never
// exists as one tree: memory stays near the size of the reports themselves.
using ReportElementHook = std::function<void(const nlohmann::json& element, std::size_t index)>;

// As above, streaming the reports to `hook` when the root object states "format":
// "gongkai.collection" and "version": kFormatVersion *before* its "reports" key (as every
// file Gongkai writes does). Otherwise, or when `stream_broken` comes back true (a repeated
// key at the top level), nothing is streamed and the caller must not use the hook's results.
ParseOutcome parse_json_text(std::string_view text, int max_depth, const ReportElementHook& hook);

}  // namespace gongkai::load_detail
