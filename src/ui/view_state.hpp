// view_state.hpp — what is on screen, as the compact text of the page URL's hash.
//
//   #r=fuxin-2017&t=figures&s=value-d&q=%E8%B4%A2%E7%A8%8E&sel=f-a,f-b&l=en
//
// Keys are short and stable; values are percent-encoded UTF-8 (report and figure ids are
// written as they are). Parsing is tolerant: unknown keys, malformed parts and values that
// do not apply are skipped, never an error, so a link from a newer or older version still
// opens as much of its view as it can. The format is documented in docs/page-api.md
// ("The URL hash"); view_state.cpp holds one table row per key.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gongkai::ui {

class App;

// key=value parts of a hash, in order, percent-decoded. A leading '#' is ignored.
using ViewParts = std::vector<std::pair<std::string, std::string>>;
ViewParts parse_view_hash(std::string_view hash);
std::string format_view_hash(const ViewParts& parts);   // no leading '#'

// The hash for what `app` shows now (every field, in table order; empty values left out).
std::string view_hash(const App& app);

struct ViewApplied {
    // Parts naming something not loaded yet (a report id): they may apply after a later load.
    ViewParts pending;
    // Parts that were skipped: unknown keys, malformed or impossible values ("t=nonsense").
    ViewParts ignored;
};
// Makes `app` show the view of `hash`. Fields the hash leaves out are reset to their
// defaults (an empty filter, no selection), so applying a hash always gives the same view.
ViewApplied apply_view_hash(App& app, std::string_view hash);

// True when going from view `from` to view `to` is a new view (the browser gets a history
// entry, so Back returns to `from`): another report, tab or chart. False for refinements
// (sort, filter, selection, language), which replace the current entry.
bool is_new_view(std::string_view from, std::string_view to);

}  // namespace gongkai::ui
