// audit_tables.cpp — rule table-identity: the 2019/2021 template tables' own arithmetic.
//
//   1. each row's 总计 column = the six requester columns (自然人 + the five 法人或其他组织 kinds);
//   2. row 三（七）总计 = every outcome row 三（一）…三（六）, per column;
//   3. 第一项加第二项之和等于第三项加第四项之和 (printed in the 2021 template):
//      new + carried_over = total + carried_forward, per column;
//   4. 行政复议 and both kinds of 行政诉讼: 总计 = 维持 + 纠正 + 其他 + 尚未审结.
// A blank cell in a row that is present counts as 0; a rule needs its stated side present,
// so nothing is reported about a table the report left out.
#include <cmath>
#include <string_view>

#include "core/audit_rules.hpp"
#include "core/number_text.hpp"

namespace gongkai::detail {

namespace {

constexpr std::size_t kTotalColumn = 6;

bool is_outcome_row(std::string_view key, bool has_other_subrows) {
    if (key == "granted" || key == "partially_granted") return true;
    for (std::string_view prefix : {"denied.", "unable.", "not_processed."})
        if (key.substr(0, prefix.size()) == prefix) return true;
    // 三（六）其他处理 is one row in 2019 and three sub-rows in 2021; never count both.
    if (key == "other") return !has_other_subrows;
    return key.substr(0, 6) == "other.";
}

// A row of the applications table as a message argument: worded when the catalog knows the
// row ("row.new" -> 本年新收), its key otherwise.
Message& row_term(Message&& m, const std::string& key) {
    const std::string code = "row." + key;
    if (message_template(code, Language::English)) return m.phrase("row", Message(code));
    return m.text("row", key);
}

double cell(const ApplicationRow& row, std::size_t column) { return row[column].value_or(0.0); }

void row_totals(const Report& report, const TemplateTables& t, std::vector<Finding>& out) {
    for (const auto& [key, row] : t.applications) {
        if (!row[kTotalColumn]) continue;
        double sum = 0;
        bool any = false;
        for (std::size_t c = 0; c < kTotalColumn; ++c) {
            any = any || row[c].has_value();
            sum += cell(row, c);
        }
        if (!any || nearly_equal(sum, *row[kTotalColumn])) continue;
        out.push_back(make_finding(
            report, "table-identity", "/tables/applications/" + key + "/total",
            row_term(Message("audit.table.row_total"), key)
                .number("stated", *row[kTotalColumn])
                .number("sum", sum),
            *row[kTotalColumn], sum));
    }
}

void outcome_totals(const Report& report, const TemplateTables& t, std::vector<Finding>& out) {
    const auto total_row = t.applications.find("total");
    if (total_row == t.applications.end()) return;
    bool has_other_subrows = false;
    for (const auto& entry : t.applications)
        has_other_subrows = has_other_subrows || entry.first.rfind("other.", 0) == 0;
    for (std::size_t c = 0; c < kColumnLabels.size(); ++c) {
        if (!total_row->second[c]) continue;
        double sum = 0;
        bool any = false;
        for (const auto& [key, row] : t.applications) {
            if (!is_outcome_row(key, has_other_subrows)) continue;
            any = any || row[c].has_value();
            sum += cell(row, c);
        }
        const double stated = *total_row->second[c];
        if (!any || nearly_equal(sum, stated)) continue;
        out.push_back(make_finding(
            report, "table-identity", std::string("/tables/applications/total/") + kApplicationColumns[c],
            Message("audit.table.outcome_total").text("column", kColumnLabels[c]).number("stated", stated).number("sum", sum),
            stated, sum));
    }
}

void flow_identity(const Report& report, const TemplateTables& t, std::vector<Finding>& out) {
    const auto& a = t.applications;
    const auto row = [&](const char* key) -> const ApplicationRow* {
        const auto it = a.find(key);
        return it == a.end() ? nullptr : &it->second;
    };
    const ApplicationRow* received = row("new");
    const ApplicationRow* carried_over = row("carried_over");
    const ApplicationRow* total = row("total");
    const ApplicationRow* carried_forward = row("carried_forward");
    // 上年结转 may be missing (nothing carried over); the other three rows must be there.
    if (!received || !total || !carried_forward) return;
    for (std::size_t c = 0; c < kColumnLabels.size(); ++c) {
        const bool any = (*received)[c] || (carried_over && (*carried_over)[c]) || (*total)[c] ||
                         (*carried_forward)[c];
        if (!any) continue;
        const double in = cell(*received, c) + (carried_over ? cell(*carried_over, c) : 0.0);
        const double outflow = cell(*total, c) + cell(*carried_forward, c);
        if (nearly_equal(in, outflow)) continue;
        out.push_back(make_finding(
            report, "table-identity", std::string("/tables/applications/carried_forward/") + kApplicationColumns[c],
            Message("audit.table.flow").text("column", kColumnLabels[c]).number("in", in).number("out", outflow),
            outflow, in));
    }
}

void case_outcomes(const Report& report, const char* key,
                   const std::optional<CaseOutcomes>& cases, std::vector<Finding>& out) {
    if (!cases || !cases->total) return;
    const auto& c = *cases;
    if (!c.maintained && !c.corrected && !c.other && !c.pending) return;
    const double sum = c.maintained.value_or(0) + c.corrected.value_or(0) + c.other.value_or(0) +
                       c.pending.value_or(0);
    if (nearly_equal(sum, *c.total)) return;
    out.push_back(make_finding(report, "table-identity", std::string("/tables/") + key + "/total",
                               Message("audit.table.cases")
                                   .phrase("table", Message(std::string("table.") + key))
                                   .number("stated", *c.total)
                                   .number("sum", sum),
                               *c.total, sum));
}

}  // namespace

void audit_table_identities(const Report& report, std::vector<Finding>& out) {
    if (!report.tables) return;
    const TemplateTables& t = *report.tables;
    row_totals(report, t, out);
    outcome_totals(report, t, out);
    flow_identity(report, t, out);
    case_outcomes(report, "review", t.review, out);
    case_outcomes(report, "litigation_direct", t.litigation_direct, out);
    case_outcomes(report, "litigation_after_review", t.litigation_after_review, out);
}

}  // namespace gongkai::detail
