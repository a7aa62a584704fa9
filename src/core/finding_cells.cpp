// finding_cells.cpp — see finding_cells.hpp.
#include "core/finding_cells.hpp"

#include <algorithm>
#include <string_view>

#include "core/template_layout.hpp"

namespace gongkai {
namespace {

bool is_outcome_row(std::string_view key) {
    if (key == "granted" || key == "partially_granted" || key == "other") return true;
    for (std::string_view prefix : {"denied.", "unable.", "not_processed.", "other."})
        if (key.substr(0, prefix.size()) == prefix) return true;
    return false;
}

}  // namespace

std::vector<std::string> finding_cells(const Report& report, const Finding& finding) {
    std::vector<std::string> out;
    if (!report.tables || finding.location.rfind("/tables/", 0) != 0) return out;
    const std::vector<TemplateCell> cells = template_cells(report);
    const auto has = [&](const std::string& pointer) {
        return std::any_of(cells.begin(), cells.end(), [&](const TemplateCell& c) { return c.pointer == pointer; });
    };
    const auto add = [&](const std::string& pointer) {
        if (has(pointer) && std::find(out.begin(), out.end(), pointer) == out.end()) out.push_back(pointer);
    };
    add(finding.location);
    if (out.empty() || finding.rule != "table-identity") return out;

    const TemplateCell* at = nullptr;
    for (const TemplateCell& c : cells)
        if (c.pointer == finding.location) at = &c;
    if (at->table == TemplateTableId::Cases) {  // 总计 = 维持 + 纠正 + 其他 + 尚未审结
        for (const TemplateCell& c : cells)
            if (c.table == TemplateTableId::Cases && c.row == at->row) add(c.pointer);
        return out;
    }
    if (at->table != TemplateTableId::Applications) return out;
    const std::string row = at->row, column = at->column;
    for (const TemplateCell& c : cells) {
        if (c.table != TemplateTableId::Applications) continue;
        if (column == "total" && c.row == row) add(c.pointer);  // the row's applicant columns
        if (row == "total" && c.column == column && is_outcome_row(c.row)) add(c.pointer);
        if (row == "carried_forward" && c.column == column &&
            (c.row == "new" || c.row == "carried_over" || c.row == "total"))
            add(c.pointer);
    }
    return out;
}

}  // namespace gongkai
