// i18n.cpp — the UI string table (key -> Chinese, English).
#include "ui/i18n.hpp"

#include <cstring>
#include <string>
#include <unordered_map>

namespace gongkai::ui {
namespace {

struct Entry {
    const char* key;
    const char* zh;
    const char* en;
};

// Keep keys grouped by where they appear. Chinese first: it is the default language.
// ImGui wraps lines at spaces (and 、。): in Chinese texts avoid half-width spaces
// and brackets, so a paragraph wraps as one run of characters.
constexpr Entry kTable[] = {
    // main menu
    {"menu.file", "文件", "File"},
    {"menu.file.open", "打开报告…", "Open report…"},
    {"menu.file.export_csv", "导出数据表 (CSV)", "Export figures (CSV)"},
    {"menu.file.export_json", "导出当前报告 (JSON)", "Export current report (JSON)"},
    {"menu.file.export_collection", "导出全部报告 (JSON)", "Export all reports (JSON)"},
    {"menu.file.export_md", "导出摘要 (Markdown)", "Export summary (Markdown)"},
    {"menu.file.copy_md", "复制摘要到剪贴板", "Copy summary to clipboard"},
    {"menu.view", "视图", "View"},
    {"menu.language", "语言 Language", "Language 语言"},
    {"menu.help", "帮助", "Help"},
    {"menu.help.about", "关于公开 (Gongkai)", "About Gongkai"},
    {"lang.zh", "中文", "中文 (Chinese)"},
    {"lang.en", "English (英文)", "English"},

    // layout
    {"panel.reports", "报告", "Reports"},
    {"panel.details", "报告信息", "Report details"},
    {"tab.figures", "数据表", "Figures"},
    {"tab.chart", "按领域统计", "Counts by area"},
    {"tab.audit", "审计", "Audit"},
    {"tab.errors", "错误", "Errors"},
    {"status.no_reports", "尚未载入报告。请通过“文件 → 打开报告…”载入报告 JSON。",
     "No report loaded. Use File → Open report… to load a report JSON."},
    {"status.figures", "项数据", "figures"},
    {"status.loaded", "已载入", "Loaded"},

    // report details
    {"meta.issuer", "发布机关", "Issuer"},
    {"meta.region", "地区", "Region"},
    {"meta.year", "年度", "Year"},
    {"meta.template", "模板", "Template"},
    {"meta.period", "统计期间", "Period"},
    {"meta.notes", "编者说明", "Editor's notes"},
    {"template.narrative", "叙述式（2019年以前）", "narrative (before 2019)"},
    {"template.2019", "2019年试行模板", "2019 trial template"},
    {"template.2021", "2021年模板", "2021 template"},

    // table columns
    {"col.area", "领域", "Area"},
    {"col.topic", "主题", "Topic"},
    {"col.department", "部门", "Department"},
    {"col.category", "类别", "Category"},
    {"col.value", "数值", "Value"},
    {"col.unit", "单位", "Unit"},
    {"col.quote", "原文", "Quote"},
    {"col.report", "报告", "Report"},
    {"col.severity", "级别", "Severity"},
    {"col.rule", "规则", "Rule"},
    {"col.message", "说明", "Message"},
    {"col.location", "位置", "Location"},
    {"col.file", "文件", "File"},
    {"col.stated", "报告所述", "Stated"},
    {"col.expected", "计算所得", "Expected"},

    // figures table
    {"figures.count", "共 %d 项数据", "%d figures"},
    {"figures.not_stated", "（未注明）", "(not stated)"},
    {"figures.notes", "编者注", "Editor's notes"},

    // chart
    {"chart.title", "各领域公开政府信息数量", "Government information made public, by area"},
    {"chart.subtitle", "计量：published（公开条数），部分与总数不重复计算",
     "Measure: published (items made public); totals and their parts are not double-counted"},
    {"chart.empty", "该报告没有可统计的公开数量。", "This report has no publication counts to chart."},
    {"chart.tooltip.figures", "由 %d 项数据汇总", "sum of %d figures"},

    // audit
    {"audit.none", "审计未发现问题。", "The audit found no problems."},
    {"audit.count", "审计发现 %d 个问题", "The audit found %d problems"},

    // errors
    {"errors.none", "没有错误。", "No errors."},
    {"errors.clear", "清除", "Clear"},
    {"errors.count", "%d 条诊断信息（较新的在前）", "%d diagnostics (newest first)"},

    // severities
    {"severity.error", "错误", "error"},
    {"severity.warning", "警告", "warning"},
    {"severity.info", "提示", "info"},

    // about
    {"about.title", "关于", "About"},
    {"about.text",
     "公开（Gongkai）读取政府信息公开工作年度报告，按领域统计公开数量，核对报告中的算术，并导出 CSV、JSON 和 Markdown。全部在浏览器中运行，不上传任何数据。",
     "Gongkai reads government information disclosure annual reports, counts what was made public by area, "
     "checks the reports' arithmetic, and exports CSV, JSON and Markdown. It runs entirely in your browser; "
     "nothing is uploaded."},
    {"about.close", "关闭", "Close"},
    {"toast.copied", "已复制到剪贴板", "Copied to the clipboard"},
};

Language g_language = Language::Chinese;

const std::unordered_map<std::string, const Entry*>& index() {
    static const auto* map = [] {
        auto* m = new std::unordered_map<std::string, const Entry*>();
        for (const Entry& e : kTable) (*m)[e.key] = &e;
        return m;
    }();
    return *map;
}

}  // namespace

Language language() { return g_language; }
void set_language(Language l) { g_language = l; }

const char* language_code(Language l) { return l == Language::Chinese ? "zh" : "en"; }

bool parse_language(std::string_view code, Language& out) {
    if (code == "zh" || code == "zh-Hans" || code == "zh-CN") { out = Language::Chinese; return true; }
    if (code == "en" || code == "en-US" || code == "en-GB") { out = Language::English; return true; }
    return false;
}

const char* tr(const char* key) {
    const auto& m = index();
    auto it = m.find(key);
    if (it == m.end()) return key;
    return g_language == Language::Chinese ? it->second->zh : it->second->en;
}

const char* tr_id(const char* key) {
    // One cached string per key and language; the table is small and fixed.
    static std::unordered_map<std::string, std::string> cache[2];
    auto& c = cache[g_language == Language::Chinese ? 0 : 1];
    auto it = c.find(key);
    if (it == c.end()) it = c.emplace(key, std::string(tr(key)) + "###" + key).first;
    return it->second.c_str();
}

}  // namespace gongkai::ui
