// palette.hpp — chart colours for ImGui, from the core's colour-blind-safe palette.
//
// The series colours are the core's (Okabe–Ito, core/chart_data.hpp), so the screen and
// the SVG/PNG export use the same colour for the same series.
#pragma once

#include <cstddef>

#include "core/chart_data.hpp"
#include "imgui.h"

namespace gongkai::ui {

ImU32 palette_colour(std::size_t series, float alpha = 1.0f);
// The same colour lightened, for the hovered bar or slice.
ImU32 palette_hover(std::size_t series);
// Black or white, whichever reads on the series colour (labels inside tiles and slices).
ImU32 palette_text_on(std::size_t series);
ImU32 to_imgui(Rgb c, float alpha = 1.0f);

}  // namespace gongkai::ui
