// report_id.hpp — ids for reports that arrive without one of their own (a paste, an imported
// text), and how to tell that two reports are the same one.
//
// Report ids are ASCII (letters, digits, - _ .; see docs/report-format.md), so a Chinese title
// cannot be the id itself: the id keeps what is readable of the file name or title, then the
// year, and is made unique among the loaded reports with -2, -3, ...
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/report.hpp"

namespace gongkai {

// A readable id for `report`: the ASCII words of `file_name` (without its extension) unless it
// is the paste placeholder, else of the title or issuer, else "report"; then "-<year>" when
// the year is known and not already in it. Always a valid report id.
std::string readable_report_id(const Report& report, std::string_view file_name);

// `base`, or base-2, base-3, ... : the first that `taken` says is free.
std::string unique_report_id(const std::string& base, const std::function<bool(const std::string&)>& taken);

// True when two reports are the same report as published: the same source text (when they
// carry one), or, without text, the same title and the same figures.
bool same_report_source(const Report& a, const Report& b);

}  // namespace gongkai
