// save.hpp — writing normalised report JSON (see docs/report-format.md, "Normalised output").
#pragma once

#include <string>
#include <vector>

#include "core/report.hpp"

namespace gongkai {

// One report as a "gongkai.report" document. Load -> save -> load -> save gives identical bytes.
std::string save_report_json(const Report& report);

// Many reports as a "gongkai.collection" document.
std::string save_collection_json(const std::vector<Report>& reports);
// The same, for reports kept elsewhere (a chosen few of a collection, without copying them).
std::string save_chosen_reports_json(const std::vector<const Report*>& reports);

}  // namespace gongkai
