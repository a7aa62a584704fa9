// audit_prose_tables.cpp — rule prose-vs-table: a number the prose states that a template
// table also holds (全年共收到政府信息公开申请N件 against table 三, row 本年新收, column 总计;
// 未发生行政复议 against table 四) must be the same number. The pairs are the key figures'
// (key_figures.cpp keeps both values when they differ); the finding is located on the cell and
// names the prose figure, with both quotes.
#include "core/audit_rules.hpp"
#include "core/key_figures.hpp"
#include "core/number_text.hpp"

namespace gongkai::detail {

void audit_prose_vs_tables(const Report& report, std::vector<Finding>& out) {
    if (!report.tables) return;
    const KeyFigures all = key_figures(report);
    for (const KeyFigure& k : all.figures) {
        if (!k.prose_value || !k.value || k.source != KeyFigureSourceKind::Table) continue;
        const std::string cell = k.status == KeyFigureStatus::Derived ? k.how : k.location;
        Finding f = make_finding(report, "prose-vs-table", k.location,
                                 std::string(key_figure_label_zh(k.name)) + " (" + k.name + "): the text says " +
                                     format_number(*k.prose_value) + ", the table says " + format_number(*k.value) +
                                     " (" + cell + ")",
                                 *k.prose_value, *k.value);
        if (!k.prose_figure_id.empty()) f.figure_ids.push_back(k.prose_figure_id);
        // The prose first, then the cell (make_finding quoted it; a derived sum has no one cell).
        if (k.status == KeyFigureStatus::Derived) f.quotes.clear();
        if (!k.prose_quote.empty()) f.quotes.insert(f.quotes.begin(), k.prose_quote);
        out.push_back(std::move(f));
    }
}

}  // namespace gongkai::detail
