// load_report.hpp — semantic validation of one report object (docs/report-format.md),
// turning the JSON tree into the model while reporting every problem it finds.
#pragma once

#include <string_view>

#include "core/load_checker.hpp"
#include "core/report.hpp"

namespace gongkai::load_detail {

// Reads the report at `at` into `out`. Problems go to `checker`; the report is good when
// checker.errors() did not grow. With `header_optional` (inside a collection) "format"
// and "version" may be left out; a single report's header is checked by the caller.
void read_report(const json& value, const Path& at, Checker& checker, Report& out, bool header_optional);

// Reads `tables` for a report of template `template_version` ("2019" or "2021").
void read_tables(const json& value, const Path& at, Checker& checker, std::string_view template_version,
                 TemplateTables& out);

}  // namespace gongkai::load_detail
