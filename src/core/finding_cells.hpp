// finding_cells.hpp — the template cells an audit finding involves, for highlighting them.
//
// A finding is located on one cell (Finding::location: the stated side of the broken identity).
// The identities of the template (audit_tables.cpp) involve more: a row's 总计 and its six
// applicant cells; 三（七）总计 and the outcome rows of its column; 新收 + 上年结转 = 总计 + 结转下年度
// in a column; a case block's 总计 and its four results. Where one location could name two
// identities (the 总计 column of row 总计 or of row 结转下年度), both sets are given.
#pragma once

#include <string>
#include <vector>

#include "core/audit.hpp"
#include "core/report.hpp"

namespace gongkai {

// The JSON Pointers of the report's cells involved in `finding`, its location first; empty when
// it is not located on a template cell. Only cells the report has are listed.
std::vector<std::string> finding_cells(const Report& report, const Finding& finding);

}  // namespace gongkai
