// number_text.hpp — numbers as text for exports and messages (internal to the core).
#pragma once

#include <string>

namespace gongkai::detail {

// Shortest text that reads back as the same double: 47, 30.77, 0.1, 1e+300.
// Whole numbers up to 2^53 never use an exponent. NaN/inf (never loaded) print as "nan"/"inf".
std::string format_number(double value);

// Fixed number of decimals, rounded half away from zero: format_fixed(3.84615, 3) == "3.846".
std::string format_fixed(double value, int decimals);

}  // namespace gongkai::detail
