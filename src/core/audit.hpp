// audit.hpp — checks a report's arithmetic: parts vs totals, percentages vs counts,
// the template tables' identities, continuity across years, duplicated figures.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/report.hpp"

namespace gongkai {

struct Finding {
    Severity severity = Severity::Warning;
    std::string rule;        // parts-sum, share-mismatch, shares-sum, table-identity,
                             // prose-vs-table, year-continuity, duplicate-figure
    std::string report_id;
    std::vector<std::string> figure_ids;  // the figures involved (may be empty for tables)
    std::string location;    // e.g. /tables/applications/total/natural_person
    std::string message;     // human-readable, English
    double stated = 0;       // what the report says
    double expected = 0;     // what the arithmetic gives
    std::vector<std::string> quotes;  // the quotes involved, in figure order
};

// Audits every report, and pairs of consecutive years of the same issuer.
std::vector<Finding> audit(const std::vector<Report>& reports);

}  // namespace gongkai
