// number_text.hpp — every number written as text, in one place: exact forms for exports and
// messages (detail::), and the display forms the screen, the charts and their exports show.
#pragma once

#include <string>

namespace gongkai::detail {

// Shortest text that reads back as the same double: 47, 30.77, 0.1, 1e+300.
// Whole numbers up to 2^53 never use an exponent. NaN/inf (never loaded) print as "nan"/"inf".
std::string format_number(double value);

// Fixed number of decimals, rounded half away from zero: format_fixed(3.84615, 3) == "3.846".
std::string format_fixed(double value, int decimals);

}  // namespace gongkai::detail

namespace gongkai {

// As shown on screen and in charts: 47, 30.77, 1234 (whole numbers without decimals, else
// up to 10 significant digits; no grouping: the reports write 1234).
std::string display_number(double value);
// At most `decimals` decimals, trailing zeros dropped: display_rounded(3.800, 3) == "3.8".
std::string display_rounded(double value, int decimals);

}  // namespace gongkai
