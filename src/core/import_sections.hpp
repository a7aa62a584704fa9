// import_sections.hpp — the prose parts a reader looks for: problems found, measures planned.
#pragma once

#include <string_view>
#include <vector>

#include "core/import_structure.hpp"
#include "core/report.hpp"

namespace gongkai::import_detail {

std::vector<Section> read_sections(std::u32string_view text, std::u32string_view simple, const std::vector<Line>& lines);

}  // namespace gongkai::import_detail
