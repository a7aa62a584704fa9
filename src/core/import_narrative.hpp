// import_narrative.hpp — figures from prose: counts, their totals and parts, shares, and
// the department each figure belongs to.
#pragma once

#include <string_view>
#include <vector>

#include "core/import_structure.hpp"
#include "core/report.hpp"

namespace gongkai::import_detail {

// `text`: the normalised text (quotes come from it); `simple`: its simplified copy (same
// length; words are read from it). Lines marked in_table are skipped.
std::vector<Figure> extract_figures(std::u32string_view text, std::u32string_view simple,
                                    const std::vector<Line>& lines, const std::vector<Place>& places);

}  // namespace gongkai::import_detail
