// palette.cpp — see palette.hpp.
#include "ui/palette.hpp"

#include <algorithm>

namespace gongkai::ui {

ImU32 to_imgui(Rgb c, float alpha) {
    return IM_COL32(c.r, c.g, c.b, static_cast<int>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f + 0.5f));
}

ImU32 palette_colour(std::size_t series, float alpha) { return to_imgui(series_colour(series), alpha); }

ImU32 palette_hover(std::size_t series) {
    Rgb c = series_colour(series);
    // 35% of the way to white: clearly "lit", still the same hue.
    const auto lift = [](std::uint8_t v) { return static_cast<std::uint8_t>(v + (255 - v) * 35 / 100); };
    return to_imgui(Rgb{lift(c.r), lift(c.g), lift(c.b)});
}

ImU32 palette_text_on(std::size_t series) { return to_imgui(text_colour_on(series_colour(series))); }

}  // namespace gongkai::ui
