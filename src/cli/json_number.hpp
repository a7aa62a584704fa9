// json_number.hpp — numbers in CLI JSON output: whole numbers as integers ("47", not "47.0").
#pragma once

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>

namespace gongkai::cli {

inline nlohmann::json json_number(double value) {
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) <= 9007199254740992.0)
        return static_cast<std::int64_t>(value);
    return value;
}

}  // namespace gongkai::cli
