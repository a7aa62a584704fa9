// number_text.cpp — see number_text.hpp.
//
// std::to_chars for double would do this, but Emscripten 3.1.6's libc++ cannot be relied on
// for it, so the shortest form is found with snprintf by increasing precision.
#include "core/number_text.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace gongkai::detail {

std::string format_number(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    if (value == 0) return "0";  // also turns -0 into 0
    if (std::fabs(value) <= 9007199254740992.0 && value == std::trunc(value))
        return std::to_string(static_cast<std::int64_t>(value));
    char buffer[40];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    return buffer;
}

std::string format_fixed(double value, int decimals) {
    if (!std::isfinite(value)) return format_number(value);
    char buffer[64];
    // Nudge away from zero so that 2.675 (stored as 2.67499...) prints as the decimal it came from.
    const double nudged = value + std::copysign(std::fabs(value) * 1e-12, value);
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, nudged);
    std::string text = buffer;
    if (text.size() > 1 && text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos)
        text.erase(0, 1);  // "-0.00" -> "0.00"
    return text;
}

}  // namespace gongkai::detail

namespace gongkai {

std::string display_number(double value) {
    char buf[64];
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.1e15)
        std::snprintf(buf, sizeof buf, "%.0f", value);
    else
        std::snprintf(buf, sizeof buf, "%.10g", value);
    return buf;
}

std::string display_rounded(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

}  // namespace gongkai
