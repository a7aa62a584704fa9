// report.cpp — the few rules of the model that are code rather than data.
#include "core/report.hpp"

namespace gongkai {

bool unit_allows_fraction(const std::string& unit) {
    // Percentages and money are measured, not counted; everything else counts things.
    return unit == "%" || unit == "元" || unit == "万元" || unit == "亿元";
}

}  // namespace gongkai
