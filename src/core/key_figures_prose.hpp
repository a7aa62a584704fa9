// key_figures_prose.hpp — key figures read from the prose (internal to the core): the report's
// own figures (a stated total found by its measure, area, link and words) and zeros said in
// words found in Report::text. key_figures.cpp merges them with the template tables.
#pragma once

#include <map>
#include <string>

#include "core/key_figures.hpp"

namespace gongkai::detail {

// Name -> key figure (status Stated, StatedInWords or Cumulative, source Prose) for every name
// the prose states. key_figures() decides which of them fill a gap and which only stand beside a
// table cell (prose_value).
std::map<std::string, KeyFigure> key_figures_from_prose(const Report& report);

}  // namespace gongkai::detail
