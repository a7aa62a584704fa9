// template_layout.cpp — the printed layout of the template tables, and the listing of a
// report's cells by it. The labels are the templates' own words (国办公开办函〔2021〕30号 and
// the 2019 trial template); the English is ours.
#include "core/template_layout.hpp"

#include <array>

#include "core/json_template_layout.hpp"

namespace gongkai {

namespace {

// ---- Table 二 ----------------------------------------------------------------------------

constexpr std::array<std::string_view, 2> kItems2021_1 = {"规章", "行政规范性文件"};
constexpr std::array<std::string_view, 1> kItems2021_5 = {"行政许可"};
constexpr std::array<std::string_view, 2> kItems_6 = {"行政处罚", "行政强制"};
constexpr std::array<std::string_view, 1> kItems_8 = {"行政事业性收费"};
constexpr std::array<std::string_view, 2> kItems2019_1 = {"规章", "规范性文件"};
constexpr std::array<std::string_view, 2> kItems2019_5 = {"行政许可", "其他对外管理服务事项"};
constexpr std::array<std::string_view, 1> kItems2019_9 = {"政府集中采购"};

constexpr std::array<LayoutColumn, 3> kColumns2021_1 = {{
    {"made", {"本年制发件数", "Made this year"}, {}},
    {"repealed", {"本年废止件数", "Repealed this year"}, {}},
    {"in_force", {"现行有效件数", "In force"}, {}},
}};
constexpr std::array<LayoutColumn, 1> kColumns2021_decisions = {{
    {"decisions", {"本年处理决定数量", "Decisions this year"}, {}},
}};
constexpr std::array<LayoutColumn, 1> kColumns2021_8 = {{
    {"fees", {"本年收费金额（单位：万元）", "Fees this year (10,000 yuan)"}, {}},
}};
constexpr std::array<LayoutColumn, 3> kColumns2019_1 = {{
    {"produced", {"本年新制作数量", "Newly made this year"}, {}},
    {"published", {"本年新公开数量", "Newly published this year"}, {}},
    {"total_published", {"对外公开总数量", "Published in all"}, {}},
}};
constexpr std::array<LayoutColumn, 3> kColumns2019_5 = {{
    {"previous_items", {"上一年项目数量", "Items last year"}, {}},
    {"change", {"本年增/减", "Change this year"}, {}},
    {"decisions", {"处理决定数量", "Decisions"}, {}},
}};
constexpr std::array<LayoutColumn, 2> kColumns2019_8 = {{
    {"previous_items", {"上一年项目数量", "Items last year"}, {}},
    {"change", {"本年增/减", "Change this year"}, {}},
}};
constexpr std::array<LayoutColumn, 2> kColumns2019_9 = {{
    {"procurement_items", {"采购项目数量", "Procurement items"}, {}},
    {"procurement_amount", {"采购总金额", "Procurement amount"}, {}},
}};

constexpr LayoutLabel kClause1 = {"第二十条第（一）项", "Article 20, item (1)"};
constexpr LayoutLabel kClause5 = {"第二十条第（五）项", "Article 20, item (5)"};
constexpr LayoutLabel kClause6 = {"第二十条第（六）项", "Article 20, item (6)"};
constexpr LayoutLabel kClause8 = {"第二十条第（八）项", "Article 20, item (8)"};
constexpr LayoutLabel kClause9 = {"第二十条第（九）项", "Article 20, item (9)"};

const std::array<ProactiveBlock, 4> kBlocks2021 = {{
    {"20.1", kClause1, kItems2021_1, kColumns2021_1},
    {"20.5", kClause5, kItems2021_5, kColumns2021_decisions},
    {"20.6", kClause6, kItems_6, kColumns2021_decisions},
    {"20.8", kClause8, kItems_8, kColumns2021_8},
}};
const std::array<ProactiveBlock, 5> kBlocks2019 = {{
    {"20.1", kClause1, kItems2019_1, kColumns2019_1},
    {"20.5", kClause5, kItems2019_5, kColumns2019_5},
    {"20.6", kClause6, kItems_6, kColumns2019_5},
    {"20.8", kClause8, kItems_8, kColumns2019_8},
    {"20.9", kClause9, kItems2019_9, kColumns2019_9},
}};

constexpr std::array<LayoutLabel, 9> kItemEnglish = {{
    {"规章", "Rules"},
    {"行政规范性文件", "Administrative normative documents"},
    {"规范性文件", "Normative documents"},
    {"行政许可", "Administrative licensing"},
    {"其他对外管理服务事项", "Other external management and service items"},
    {"行政处罚", "Administrative penalties"},
    {"行政强制", "Administrative enforcement"},
    {"行政事业性收费", "Administrative fees"},
    {"政府集中采购", "Centralised government procurement"},
}};

// ---- Table 三 ----------------------------------------------------------------------------

// The rows both versions share up to 三（五）; then each version's 三（六）, and the end rows.
#define GK_ROWS_COMMON                                                                                          \
    {"new", {"一、本年新收政府信息公开申请数量", "1. New applications received this year"},                       \
     {"一、本年新收政府信息公开申请数量", "1. New applications received this year"}, 0, ""},                      \
    {"carried_over", {"二、上年结转政府信息公开申请数量", "2. Applications carried over from last year"},          \
     {"二、上年结转政府信息公开申请数量", "2. Applications carried over from last year"}, 0, ""},                 \
    {"", {"三、本年度办理结果", "3. Outcomes this year"}, {"三、本年度办理结果", "3. Outcomes this year"}, 0,     \
     "outcomes"},                                                                                               \
    {"granted", {"（一）予以公开", "(1) Granted"}, {"三（一）予以公开", "3(1) Granted"}, 1, ""},                 \
    {"partially_granted",                                                                                       \
     {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）",                                               \
      "(2) Partially granted (counted here only, when handled separately)"},                                    \
     {"三（二）部分公开", "3(2) Partially granted"}, 1, ""},                                                     \
    {"", {"（三）不予公开", "(3) Refused"}, {"三（三）不予公开", "3(3) Refused"}, 1, "denied"},                   \
    {"denied.state_secret", {"1.属于国家秘密", "1. State secret"},                                              \
     {"三（三）不予公开 1.属于国家秘密", "3(3) Refused: 1. State secret"}, 2, "denied"},                           \
    {"denied.prohibited_by_law", {"2.其他法律行政法规禁止公开", "2. Prohibited by other laws and regulations"},  \
     {"三（三）不予公开 2.其他法律行政法规禁止公开", "3(3) Refused: 2. Prohibited by other laws and regulations"}, 2, \
     "denied"},                                                                                                 \
    {"denied.three_safety_one_stability",                                                                       \
     {"3.危及“三安全一稳定”", "3. Endangers the “three securities and one stability”"},                          \
     {"三（三）不予公开 3.危及“三安全一稳定”", "3(3) Refused: 3. Endangers the “three securities and one stability”"}, \
     2, "denied"},                                                                                              \
    {"denied.third_party_rights", {"4.保护第三方合法权益", "4. Protects a third party's lawful rights"},          \
     {"三（三）不予公开 4.保护第三方合法权益", "3(3) Refused: 4. Protects a third party's lawful rights"}, 2,      \
     "denied"},                                                                                                 \
    {"denied.internal_affairs", {"5.属于三类内部事务信息", "5. Internal affairs (three kinds)"},                  \
     {"三（三）不予公开 5.属于三类内部事务信息", "3(3) Refused: 5. Internal affairs (three kinds)"}, 2, "denied"},  \
    {"denied.process_information", {"6.属于四类过程性信息", "6. Process information (four kinds)"},               \
     {"三（三）不予公开 6.属于四类过程性信息", "3(3) Refused: 6. Process information (four kinds)"}, 2, "denied"},  \
    {"denied.enforcement_files", {"7.属于行政执法案卷", "7. Administrative enforcement files"},                  \
     {"三（三）不予公开 7.属于行政执法案卷", "3(3) Refused: 7. Administrative enforcement files"}, 2, "denied"},    \
    {"denied.query_matters", {"8.属于行政查询事项", "8. Administrative enquiry matters"},                        \
     {"三（三）不予公开 8.属于行政查询事项", "3(3) Refused: 8. Administrative enquiry matters"}, 2, "denied"},      \
    {"", {"（四）无法提供", "(4) Unable to provide"}, {"三（四）无法提供", "3(4) Unable to provide"}, 1, "unable"}, \
    {"unable.not_held", {"1.本机关不掌握相关政府信息", "1. Not held by this body"},                               \
     {"三（四）无法提供 1.本机关不掌握相关政府信息", "3(4) Unable to provide: 1. Not held by this body"}, 2,        \
     "unable"},                                                                                                 \
    {"unable.needs_creation", {"2.没有现成信息需要另行制作", "2. Would have to be newly made"},                   \
     {"三（四）无法提供 2.没有现成信息需要另行制作", "3(4) Unable to provide: 2. Would have to be newly made"}, 2,  \
     "unable"},                                                                                                 \
    {"unable.unclear_after_correction", {"3.补正后申请内容仍不明确", "3. Still unclear after correction"},        \
     {"三（四）无法提供 3.补正后申请内容仍不明确", "3(4) Unable to provide: 3. Still unclear after correction"}, 2, \
     "unable"},                                                                                                 \
    {"", {"（五）不予处理", "(5) Not processed"}, {"三（五）不予处理", "3(5) Not processed"}, 1, "not_processed"}, \
    {"not_processed.petition_complaint", {"1.信访举报投诉类申请", "1. Petitions, reports and complaints"},        \
     {"三（五）不予处理 1.信访举报投诉类申请", "3(5) Not processed: 1. Petitions, reports and complaints"}, 2,     \
     "not_processed"},                                                                                          \
    {"not_processed.repeated", {"2.重复申请", "2. Repeated applications"},                                      \
     {"三（五）不予处理 2.重复申请", "3(5) Not processed: 2. Repeated applications"}, 2, "not_processed"},          \
    {"not_processed.publications", {"3.要求提供公开出版物", "3. Requests for publications"},                     \
     {"三（五）不予处理 3.要求提供公开出版物", "3(5) Not processed: 3. Requests for publications"}, 2,              \
     "not_processed"},                                                                                          \
    {"not_processed.mass_repeated", {"4.无正当理由大量反复申请", "4. Mass repeated applications without good reason"}, \
     {"三（五）不予处理 4.无正当理由大量反复申请", "3(5) Not processed: 4. Mass repeated applications without good reason"}, \
     2, "not_processed"},                                                                                       \
    {"not_processed.confirm_or_reissue",                                                                        \
     {"5.要求行政机关确认或重新出具已获取信息", "5. Requests to confirm or reissue information already obtained"}, \
     {"三（五）不予处理 5.要求行政机关确认或重新出具已获取信息",                                                \
      "3(5) Not processed: 5. Requests to confirm or reissue information already obtained"},                    \
     2, "not_processed"}

#define GK_ROWS_END                                                                                   \
    {"total", {"（七）总计", "(7) Total"}, {"三（七）总计", "3(7) Total"}, 1, ""},                      \
    {"carried_forward", {"四、结转下年度继续办理", "4. Carried forward to next year"},                  \
     {"四、结转下年度继续办理", "4. Carried forward to next year"}, 0, ""}

const std::array<ApplicationRowLayout, 27> kRows2019 = {{
    GK_ROWS_COMMON,
    {"other", {"（六）其他处理", "(6) Other handling"}, {"三（六）其他处理", "3(6) Other handling"}, 1, ""},
    GK_ROWS_END,
}};

const std::array<ApplicationRowLayout, 30> kRows2021 = {{
    GK_ROWS_COMMON,
    {"", {"（六）其他处理", "(6) Other handling"}, {"三（六）其他处理", "3(6) Other handling"}, 1, "other"},
    {"other.no_correction",
     {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "1. Not corrected in time without good reason; no longer processed"},
     {"三（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "3(6) Other handling: 1. Not corrected in time without good reason; no longer processed"},
     2, "other"},
    {"other.no_fee",
     {"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "2. Fee not paid in time as notified; no longer processed"},
     {"三（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "3(6) Other handling: 2. Fee not paid in time as notified; no longer processed"},
     2, "other"},
    {"other.other", {"3.其他", "3. Other"}, {"三（六）其他处理 3.其他", "3(6) Other handling: 3. Other"}, 2, "other"},
    GK_ROWS_END,
}};

#undef GK_ROWS_COMMON
#undef GK_ROWS_END

constexpr LayoutLabel kOrganisations = {"法人或其他组织", "Legal persons and other organisations"};
constexpr std::array<LayoutColumn, 7> kApplicationColumnLayout = {{
    {"natural_person", {"自然人", "Natural persons"}, {}},
    {"commercial_enterprise", {"商业企业", "Commercial enterprises"}, kOrganisations},
    {"research_institution", {"科研机构", "Research institutions"}, kOrganisations},
    {"social_welfare_org", {"社会公益组织", "Social welfare organisations"}, kOrganisations},
    {"legal_service_org", {"法律服务机构", "Legal service organisations"}, kOrganisations},
    {"other_org", {"其他", "Other"}, kOrganisations},
    {"total", {"总计", "Total"}, {}},
}};

// ---- Table 四 ----------------------------------------------------------------------------

constexpr LayoutLabel kLawsuits = {"行政诉讼", "Administrative lawsuits"};
const std::array<CaseBlock, 3> kCaseBlocks = {{
    {"review", {"行政复议", "Administrative review"}, {}, &TemplateTables::review},
    {"litigation_direct", {"未经复议直接起诉", "Sued without review"}, kLawsuits, &TemplateTables::litigation_direct},
    {"litigation_after_review", {"复议后起诉", "Sued after review"}, kLawsuits,
     &TemplateTables::litigation_after_review},
}};
constexpr std::array<LayoutColumn, 5> kCaseColumns = {{
    {"maintained", {"结果维持", "Upheld"}, {}},
    {"corrected", {"结果纠正", "Corrected"}, {}},
    {"other", {"其他结果", "Other result"}, {}},
    {"pending", {"尚未审结", "Pending"}, {}},
    {"total", {"总计", "Total"}, {}},
}};

std::optional<double> case_value(const CaseOutcomes& c, std::string_view key) {
    if (key == "maintained") return c.maintained;
    if (key == "corrected") return c.corrected;
    if (key == "other") return c.other;
    if (key == "pending") return c.pending;
    return c.total;
}

// "法人或其他组织 商业企业": a column's full label, its group first.
std::string joined(std::string_view group, std::string_view label) {
    if (group.empty()) return std::string(label);
    return std::string(group) + " " + std::string(label);
}
std::string joined_en(std::string_view group, std::string_view label) {
    if (group.empty()) return std::string(label);
    return std::string(group) + ": " + std::string(label);
}

}  // namespace

const char* template_table_name(TemplateTableId id) {
    switch (id) {
    case TemplateTableId::Proactive: return "proactive";
    case TemplateTableId::Applications: return "applications";
    case TemplateTableId::Cases: return "reviews_and_lawsuits";
    }
    return "applications";
}

LayoutLabel template_table_title(TemplateTableId id) {
    switch (id) {
    case TemplateTableId::Proactive: return {"二、主动公开政府信息情况", "2. Information disclosed proactively"};
    case TemplateTableId::Applications:
        return {"三、收到和处理政府信息公开申请情况", "3. Applications for disclosure received and handled"};
    case TemplateTableId::Cases:
        return {"四、政府信息公开行政复议、行政诉讼情况", "4. Administrative reviews and lawsuits about disclosure"};
    }
    return {};
}

std::span<const ProactiveBlock> proactive_blocks(std::string_view template_version) {
    if (template_version == "2021") return kBlocks2021;
    if (template_version == "2019") return kBlocks2019;
    return {};
}

std::string_view proactive_item_english(std::string_view item) {
    for (const auto& l : kItemEnglish)
        if (l.zh == item) return l.en;
    return item;
}

LayoutLabel proactive_column_label(std::string_view template_version, std::string_view column) {
    for (const auto& block : proactive_blocks(template_version))
        for (const auto& c : block.columns)
            if (c.key == column) return c.label;
    return {column, column};
}

std::span<const ApplicationRowLayout> application_row_layout(std::string_view template_version) {
    if (template_version == "2019") return kRows2019;
    return kRows2021;
}

const ApplicationRowLayout* find_application_row(std::string_view key) {
    if (key.empty()) return nullptr;
    for (const auto& r : kRows2021)
        if (r.key == key) return &r;
    for (const auto& r : kRows2019)  // "other", the 2019 三（六）
        if (r.key == key) return &r;
    return nullptr;
}

std::span<const LayoutColumn> application_columns() { return kApplicationColumnLayout; }
LayoutLabel application_columns_heading() { return {"申请人情况", "Applicants"}; }
std::span<const CaseBlock> case_blocks() { return kCaseBlocks; }
std::span<const LayoutColumn> case_columns() { return kCaseColumns; }

std::string_view template_layout_version(const Report& report) {
    const std::string& v = report.meta.template_version;
    if (v == "2019" || v == "2021") return v == "2019" ? "2019" : "2021";
    if (!report.tables) return "2021";
    const TemplateTables& t = *report.tables;
    if (t.applications.count("other")) return "2019";
    for (const auto& row : t.proactive)
        if (row.columns.count("produced") || row.columns.count("previous_items") || row.clause == "20.9") return "2019";
    return "2021";
}

std::vector<TemplateCell> template_cells(const Report& report) {
    std::vector<TemplateCell> cells;
    if (!report.tables) return cells;
    const TemplateTables& t = *report.tables;
    const std::string_view version = template_layout_version(report);

    // Table 二 in the report's own row order (the loader keeps the template's), each row's
    // columns in the clause's printed order.
    for (std::size_t i = 0; i < t.proactive.size(); ++i) {
        const ProactiveRow& row = t.proactive[i];
        const ProactiveBlock* block = nullptr;
        for (const auto& b : proactive_blocks(version))
            if (b.clause == row.clause) block = &b;
        std::vector<std::pair<std::string, LayoutLabel>> columns;
        if (block)
            for (const auto& c : block->columns) columns.emplace_back(std::string(c.key), c.label);
        for (const auto& [key, value] : row.columns) {  // a column the layout does not print
            bool known = false;
            for (const auto& c : columns) known = known || c.first == key;
            if (!known) columns.emplace_back(key, proactive_column_label(version, key));
        }
        for (const auto& [key, label] : columns) {
            auto found = row.columns.find(key);
            if (found == row.columns.end()) continue;
            TemplateCell cell;
            cell.table = TemplateTableId::Proactive;
            cell.clause = row.clause;
            cell.row = row.item;
            cell.column = key;
            cell.value = found->second;
            cell.pointer = "/tables/proactive/" + std::to_string(i) + "/" + key;
            const std::string heading_zh = block ? std::string(block->heading.zh) + " " : row.clause + " ";
            const std::string heading_en = block ? std::string(block->heading.en) + ": " : row.clause + ": ";
            cell.row_zh = heading_zh + row.item;
            cell.row_en = heading_en + std::string(proactive_item_english(row.item));
            cell.column_zh = std::string(label.zh);
            cell.column_en = std::string(label.en);
            cells.push_back(std::move(cell));
        }
    }

    // Table 三 in the printed row order; rows of the other version (a 2019 "other" in a file
    // marked 2021) still listed, after the printed ones, so that no stored number is hidden.
    std::vector<std::string_view> order;
    for (const auto& r : application_row_layout(version))
        if (!r.key.empty()) order.push_back(r.key);
    for (const auto& [key, row] : t.applications) {
        bool printed = false;
        for (auto k : order) printed = printed || k == key;
        if (!printed) order.push_back(key);
    }
    for (std::string_view key : order) {
        auto found = t.applications.find(std::string(key));
        if (found == t.applications.end()) continue;
        const ApplicationRowLayout* layout = find_application_row(key);
        for (std::size_t c = 0; c < kApplicationColumnLayout.size(); ++c) {
            const LayoutColumn& column = kApplicationColumnLayout[c];
            TemplateCell cell;
            cell.table = TemplateTableId::Applications;
            cell.row = std::string(key);
            cell.column = std::string(column.key);
            cell.value = found->second[c];
            cell.pointer = "/tables/applications/" + cell.row + "/" + cell.column;
            cell.row_zh = layout ? std::string(layout->full.zh) : cell.row;
            cell.row_en = layout ? std::string(layout->full.en) : cell.row;
            cell.column_zh = joined(column.group.zh, column.label.zh);
            cell.column_en = joined_en(column.group.en, column.label.en);
            cells.push_back(std::move(cell));
        }
    }

    // Table 四: three blocks of five results.
    for (const auto& block : kCaseBlocks) {
        const std::optional<CaseOutcomes>& outcomes = t.*block.cells;
        if (!outcomes) continue;
        for (const auto& column : kCaseColumns) {
            TemplateCell cell;
            cell.table = TemplateTableId::Cases;
            cell.row = std::string(block.key);
            cell.column = std::string(column.key);
            cell.value = case_value(*outcomes, column.key);
            cell.pointer = "/tables/" + cell.row + "/" + cell.column;
            cell.row_zh = joined(block.group.zh, block.label.zh);
            cell.row_en = joined_en(block.group.en, block.label.en);
            cell.column_zh = std::string(column.label.zh);
            cell.column_en = std::string(column.label.en);
            cells.push_back(std::move(cell));
        }
    }
    return cells;
}

std::optional<TemplateCell> template_cell_at(const Report& report, std::string_view pointer) {
    if (!report.tables || pointer.rfind("/tables/", 0) != 0) return std::nullopt;
    for (auto& cell : template_cells(report))
        if (cell.pointer == pointer) return std::move(cell);
    return std::nullopt;
}

}  // namespace gongkai
