// i18n.cpp — the UI string table (key -> Chinese, English).
#include "ui/i18n.hpp"

#include <cstring>
#include <string>
#include <unordered_map>

#include "core/audit.hpp"

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

    // phones: the bar at the foot of a narrow screen and the sheet it opens
    {"phone.reports", "报告", "Reports"},
    {"phone.details", "详情", "Details"},
    {"phone.source", "原文", "Source"},
    {"phone.close", "关闭", "Close"},

    // layout
    {"panel.reports", "报告", "Reports"},
    {"panel.details", "报告信息", "Report details"},
    {"tab.figures", "数据表", "Figures"},
    {"tab.chart", "图表", "Charts"},
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
    {"col.region", "地区", "Region"},
    {"col.year", "年度", "Year"},
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
    {"chart.empty", "该报告没有可绘制的数据。", "This report has nothing to chart here."},
    {"chart.tooltip.figures", "由 %d 项数据汇总", "sum of %d figures"},

    // charts (issue 5): chart kinds, controls, titles, tooltips, compare, accessible table
    {"chart.kind.bars", "条形图", "Bars"},
    {"chart.kind.stacked", "堆叠条形图", "Stacked"},
    {"chart.kind.donut", "环形图", "Donut"},
    {"chart.kind.treemap", "矩形树图", "Treemap"},
    {"chart.kind.compare", "对比", "Compare"},
    {"chart.group", "分组", "Group by"},
    {"chart.measure", "计量", "Measure"},
    {"chart.breakdown", "构成", "Breakdown"},
    {"chart.breakdown.parts", "分项", "parts"},
    {"chart.breakdown.channel", "按申请渠道", "by channel"},
    {"chart.breakdown.timeliness", "按办理时效", "by timeliness"},
    {"chart.breakdown.outcome", "按办理结果", "by outcome"},
    {"chart.export_svg", "导出SVG", "Export SVG"},
    {"chart.export_png", "导出PNG", "Export PNG"},
    {"chart.title.bars", "%s·按%s", "%s by %s"},
    {"chart.title.stacked", "%s·按领域和部门", "%s by area and department"},
    {"chart.title.treemap", "%s·全部报告：领域›主题›类别", "%s in the whole report: area › topic › category"},
    {"chart.title.compare", "%s·按%s对比各报告", "%s by %s, report against report"},
    {"measure.published", "公开信息数量", "Information made public"},
    {"measure.requests", "依申请公开件数", "Disclosure requests"},
    {"measure.powers", "行政职权事项", "Administrative powers"},
    {"measure.organisations", "单位数量", "Organisations"},
    {"measure.activities", "工作开展次数", "Activities"},
    {"measure.people", "人数或人次", "People"},
    {"chart.crumb.all", "全部", "All"},
    {"chart.hint.drill", "点击条形可查看下一级", "Click a bar to look inside it"},
    {"chart.hint.back", "点击上方路径或按Esc返回上一级", "Click the path or press Esc to go back"},
    {"chart.legend.hide", "点击隐藏", "Click to hide"},
    {"chart.legend.show", "点击显示", "Click to show"},
    {"chart.tooltip.share", "占%.1f%%", "%.1f%% of the total"},
    {"chart.total", "合计", "Total"},
    {"chart.other", "其他", "Other"},
    {"chart.remainder", "其余（未细分）", "Rest (not broken down)"},
    {"chart.label", "名称", "Name"},
    {"chart.share", "占比", "Share"},
    {"chart.compare.need", "对比需要载入至少两份报告（不同年度或地区）：通过“文件→打开报告…”载入。",
     "Load at least two reports (years or regions) to compare: File → Open report…"},
    {"chart.compare.table", "差异", "Differences"},
    {"chart.compare.diff", "差值", "Difference"},
    {"chart.compare.diff_vs", "%s 比 %s", "%s vs %s"},
    {"chart.compare.change", "变化率", "Change"},
    {"chart.compare.first", "显示%d份报告（共%d份）", "%d of %d reports shown"},
    {"chart.scope", "范围", "Scope"},
    {"chart.scope.report", "本报告", "This report"},
    {"chart.scope.all", "全部报告", "All reports"},
    {"chart.subtitle.all", "全部%d份报告", "All %d reports"},

    // audit
    {"audit.none", "审计未发现问题。", "The audit found no problems."},
    {"audit.count", "审计发现 %d 个问题", "The audit found %d problems"},

    {"audit.code", "代码", "code"},
    {"note.kind.text-injection", "［插入的文字］", "[text injected]"},
    {"note.kind.typo", "［笔误］", "[typo]"},
    {"note.kind.missing-section", "［缺少章节］", "[missing section]"},
    {"note.kind.other", "［其他］", "[other]"},
    {"note.other_language", "（仅有英文）", "(in Chinese only)"},

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

    // explorer (issue 5): loading, browsing, audit selection, export, help, look
    {"menu.file.samples", "示例报告", "Sample reports"},
    {"menu.file.export", "导出…", "Export…"},
    {"menu.file.export_csv_view", "导出当前视图 (CSV)", "Export current view (CSV)"},
    {"menu.file.export_html", "导出摘要 (HTML)", "Export summary (HTML)"},
    {"menu.view.font", "字号", "Font size"},
    {"menu.view.font.default", "（默认）", " (default)"},
    {"menu.view.high_contrast", "高对比度", "High contrast"},
    {"menu.help.help", "使用帮助", "Help"},
    {"panel.sections", "章节", "Sections"},
    {"panel.source", "原文", "Source text"},
    {"panel.figure", "数据详情", "Figure details"},
    {"panel.figure_findings", "相关审计发现", "Audit findings for this figure"},
    {"source.none", "该报告没有附带原文。", "This report has no source text."},
    {"details.none", "在数据表中点击一行，即可在此查看该项数据的全部字段、原文和审计发现。",
     "Click a row of the figures table to see all its fields, its quote and its audit findings here."},
    {"details.no_findings", "审计未发现与此项数据有关的问题。", "No audit findings involve this figure."},
    {"field.id", "编号", "ID"},
    {"field.measure", "计量", "Measure"},
    {"field.parent", "所属总数", "Part of"},
    {"field.breakdown", "分项", "Breakdown"},
    {"field.share_of", "占比对象", "Share of"},
    {"field.unsure", "存疑", "Unsure"},
    {"field.unsure.yes", "导入时推测，请核对原文", "guessed by the importer: check the source"},
    {"qualifier.over", "超过", "over"},
    {"qualifier.under", "不足", "under"},
    {"qualifier.about", "约", "about"},
    {"filter.any", "全部", "all"},
    {"filter.search_hint", "搜索数据…", "Search figures…"},
    {"filter.clear", "清除筛选", "Clear filters"},
    {"figures.shown", "显示 %d / %d 项，已选 %d 项", "%d of %d figures shown, %d selected"},
    {"figures.copy", "复制所选", "Copy selected"},
    {"figures.export_view", "导出当前视图", "Export this view"},
    {"loading.title", "正在载入", "Loading"},
    {"loading.reading", "读取中", "Reading"},
    {"loading.parsing", "解析中", "Parsing"},
    {"export.title", "导出", "Export"},
    {"export.format.csv", "全部数据 (CSV)", "All figures (CSV)"},
    {"export.format.csv_view", "当前视图的数据 (CSV)", "Figures in the current view (CSV)"},
    {"export.format.json", "当前报告 (JSON)", "Current report (JSON)"},
    {"export.format.collection", "全部报告 (JSON)", "All reports (JSON)"},
    {"export.format.md", "摘要 (Markdown)", "Summary (Markdown)"},
    {"export.format.html", "摘要 (HTML)", "Summary (HTML)"},
    {"export.file_name", "文件名：", "File name:"},
    {"export.language", "导出语言：", "Language of the export:"},
    {"export.machine_header", "CSV表头用英文机器列名（report_id、area…）", "CSV header with the machine column names (report_id, area, …)"},
    {"export.download", "下载", "Download"},
    {"export.copy", "复制到剪贴板", "Copy to clipboard"},
    {"export.view", "以文本查看", "View as text"},
    {"export.fallback_hint", "如果浏览器或应用内置网页不允许下载，请复制到剪贴板，或以文本查看后全选复制。",
     "If your browser or an in-app web view refuses downloads, copy to the clipboard, or view as text and copy from there."},
    {"textview.title", "文本", "Text"},
    {"textview.hint", "与下载文件的内容完全相同。可全选并复制。", "Exactly the bytes of the download. Select all and copy."},
    {"help.title", "使用帮助", "Help"},
    {"help.intro",
     "公开（Gongkai）用于阅读政府信息公开工作年度报告：在左侧选择报告和章节，在数据表中搜索、筛选、排序和选择数据，在右侧查看所选数据的详情和原文出处。审计页列出报告中对不上的算术，点击即可定位到相关数据和原文。",
     "Gongkai reads government information disclosure annual reports. Pick a report and a section on the left; search, "
     "filter, sort and select figures in the table; see the selected figure's details and where the report says it on the "
     "right. The audit tab lists the report's arithmetic that does not add up: click a finding to see its figures and quotes."},
    {"help.shortcuts", "快捷键", "Keyboard shortcuts"},
    {"help.key.open", "打开报告文件", "Open report files"},
    {"help.key.export", "导出", "Export"},
    {"help.key.find", "搜索数据", "Search the figures"},
    {"help.key.escape", "关闭窗口，或取消选择、清除筛选", "Close a window, or clear the selection, then the filters"},
    {"help.key.select_all", "选择当前视图的全部数据", "Select every figure in the current view"},
    {"help.key.copy", "复制所选数据，可直接粘贴到Excel", "Copy the selected figures, ready to paste into Excel"},
    {"help.key.range", "连续选择", "Select a range"},
    {"help.key.toggle", "增选或取消选择一行", "Add or remove one row"},
    {"help.key.nav", "在面板中移动：表格的行、章节树的节点、图表的条形、审计结果",
     "Move inside a panel: table rows, section tree nodes, chart bars, audit findings"},
    {"help.key.activate", "激活当前项", "Activate the focused item"},
    {"help.key.help", "打开本帮助", "Open this help"},
    {"help.loading", "载入报告", "Loading reports"},
    {"help.loading.text",
     "可以通过“文件→打开报告”选择多个文件，也可以把文件拖放到页面上，或在网址后加上?report=文件路径。支持报告JSON，以及报告原文的TXT和HTML文件。全部在浏览器中处理，不上传任何数据。",
     "Choose several files with File → Open report…, drop files onto the page, or add ?report=path/to/file.json to the "
     "address. Report JSON and the reports' own text or HTML pages are read. Everything stays in your browser."},
    {"help.access", "字号与对比度", "Font size and contrast"},
    {"help.access.text", "在“视图”菜单中可以调大字号、切换高对比度显示。设置在本次浏览期间保留。",
     "The View menu has a font size control and a high-contrast theme; they are kept for this browser session."},

    // offline (issue 6): stored reports
    {"menu.file.clear_storage", "清除浏览器中保存的数据", "Clear stored data"},
    {"toast.storage_cleared", "已清除保存的数据。重新载入页面后，只显示内置报告。",
     "Stored data cleared. After a reload only the bundled reports are shown."},
    // Problems of browser storage (codes from web/storage.js and src/app/session.cpp); %s is
    // what the browser said.
    {"storage.unavailable", "浏览器存储不可用（%s）：重新载入页面后不会保留报告。",
     "Browser storage is not available (%s): reports will not be kept after a reload."},
    {"storage.open_failed", "无法打开浏览器存储（%s）：重新载入页面后不会保留报告。",
     "Browser storage could not be opened (%s): reports will not be kept after a reload."},
    {"storage.no_answer", "浏览器存储没有响应（可能被另一个标签页占用）：重新载入页面后不会保留报告。",
     "Browser storage did not answer (another tab may be holding it): reports will not be kept after a reload."},
    {"storage.read_failed", "无法读取保存的报告（%s）；本次启动不载入它们。",
     "The stored reports could not be read (%s); the app starts without them."},
    {"storage.damaged", "保存的报告已损坏（%s）；已移入隔离区，未载入。",
     "The stored reports were damaged (%s); they were set aside (quarantine) and not loaded."},
    {"storage.damaged_not_set_aside", "保存的报告已损坏，且无法移入隔离区（%s）；未载入。",
     "The stored reports were damaged and could not be set aside (%s); they were not loaded."},
    {"storage.quota", "无法保存报告：浏览器给本页面的存储空间已满（%s）。之前保存的内容保持不变；请释放空间或清除保存的数据。",
     "The reports could not be saved: the browser's storage quota for this page is full (%s). The previous stored "
     "state is kept; free space or clear stored data."},
    {"storage.save_failed", "无法保存报告（%s）；之前保存的内容保持不变。",
     "The reports could not be saved (%s); the previous stored state is kept."},
    {"storage.partly_loaded", "部分保存的报告无法载入（见上方的错误）；保存的数据已复制一份到隔离区。",
     "Some stored reports could not be loaded (see the errors above); a copy of the stored data was set aside (quarantine)."},
    {"storage.too_many", "已载入的报告超过 200,000 项数据，太多，无法保存在浏览器中。它们在关闭此标签页之前一直可用；"
     "如需保留，请导出为文件（文件 → 导出全部报告 (JSON)）。",
     "The loaded reports hold more than 200,000 figures: too many to keep in the browser. They stay open until this "
     "tab is closed; keep them as a file (File → Export all reports (JSON))."},

    // review (issue 4, in the page): the import review screen (src/ui/import_review_view.cpp)
    {"menu.file.paste_report", "粘贴报告文本…", "Paste report text…"},
    {"review.title", "导入审核", "Import review"},
    {"review.keep", "保留", "Keep"},
    {"review.discard", "放弃", "Discard"},
    {"review.kept", "数据", "Figures"},
    {"review.unsure", "待确认", "unsure"},
    {"review.dropped_count", "已删除", "dropped"},
    {"review.encoding", "编码", "Encoding"},
    {"review.converted", "（已转换为UTF-8）", " (converted to UTF-8)"},
    {"review.no_diagnostics", "导入时没有发现问题。", "The importer reported nothing."},
    {"review.col.unsure", "存疑", "Unsure"},
    {"review.dropped", "已删除", "dropped"},
    {"review.select_hint", "点击表格中的一行，查看原文出处并修改。", "Click a row to see its quote in the text and correct it."},
    {"review.value_invalid", "数值无效：请输入数字。", "Not a number: type a number."},
    {"review.unsure_note", "导入时不确定：", "The importer guessed:"},
    // the review's status line and parent picker: how a figure is known, and what it is a part of
    {"review.status", "状态", "Status"},
    {"review.status.stated", "以数字表述", "stated in digits"},
    {"review.status.stated_in_words", "以文字表述（读作0）", "stated in words (read as 0)"},
    {"review.status.cumulative", "累计数（不是本年数）", "running total (not the year's count)"},
    {"review.status.share", "占比", "a share"},
    {"review.parent", "上级总数", "Part of"},
    {"review.parent_none", "（无：不是某个总数的分项）", "(none: not part of a total)"},
    {"review.drop", "删除这条数据", "Drop this figure"},
    {"review.restore", "恢复这条数据", "Restore this figure"},
    {"review.paste_prompt", "按Ctrl+V粘贴报告全文，或先复制报告文本再点击“粘贴”。",
     "Press Ctrl+V to paste the report's text, or copy it and click Paste."},
    {"review.paste", "粘贴", "Paste"},
    {"review.clipboard_empty", "剪贴板中没有文本。", "The clipboard holds no text."},

    // template tables
    {"tab.tables", "表格", "Tables"},
    {"tables.narrative", "该报告为叙述式报告，没有模板表格。", "This is a narrative report: it has no template tables."},
    {"tables.images", "表格在原文中为图片，未能读取。",
     "The tables are images in the original text and could not be read."},
    {"tables.none", "该报告没有模板表格数据。", "This report holds no template table data."},
    {"tables.table_absent", "该报告没有这张表格的数据。", "This report holds no data for this table."},
    {"tables.item", "信息内容", "Item"},
    {"tables.values", "数量", "Figures"},
    {"tables.short.proactive", "二、主动公开", "2. Proactive"},
    {"tables.short.applications", "三、依申请公开", "3. Applications"},
    {"tables.short.cases", "四、复议和诉讼", "4. Reviews and lawsuits"},
    {"tables.cell", "表格单元格", "Table cell"},
    {"tables.table", "表格", "Table"},
    {"tables.row", "行", "Row"},
    {"tables.column", "列", "Column"},
    {"tables.blank", "空白", "blank"},
    {"tables.location", "位置", "Location"},
    {"tables.no_quote", "该单元格没有记录原文位置，例如手工录入的数据。",
     "No place in the text is recorded for this cell, e.g. when it was typed in by hand."},
    {"tables.compare.none", "对比：无", "Compare: none"},
    {"tables.compare.count", "对比：%d份报告", "Compare: %d report(s)"},
    {"tables.compare.hint", "选择其他报告，逐格对比表格。", "Choose other reports to compare the tables cell by cell."},
    {"tables.compare.nothing", "没有其他含模板表格的报告可供对比。", "No other loaded report has template tables to compare."},
    {"tables.compare.clear", "取消对比", "Stop comparing"},
    {"tables.compare.column", "表三的列", "Table 3 column"},
    {"tables.compare.all_columns", "全部列", "All columns"},
    {"tables.compare.all_tables", "全部表格", "All tables"},
    {"tables.compare.only_differences", "只显示有差异的单元格", "Only cells that differ"},
    {"tables.compare.diff", "差值", "Difference"},
    {"tables.compare.change", "变化率", "Change"},
    {"tables.compare.caption", "表格逐格对比", "Tables compared cell by cell"},
    {"kpi.caption", "关键指标", "Key figures"},
    {"kpi.details", "关键指标", "Key figure"},
    {"kpi.proactive_total", "主动公开", "Proactive"},
    {"kpi.applications_received", "收到申请", "Requests"},
    {"kpi.handled_total", "办理结果", "Handled"},
    {"kpi.reviews_total", "行政复议", "Reviews"},
    {"kpi.lawsuits_total", "行政诉讼", "Lawsuits"},
    {"kpi.status.stated", "已说明", "stated"},
    {"kpi.status.stated_in_words", "文字说明为零", "zero in words"},
    {"kpi.status.derived", "由表格推算", "derived"},
    {"kpi.status.cumulative", "累计数", "cumulative"},
    {"kpi.status.absent", "未说明", "not stated"},
    {"kpi.absent_note", "报告没有说明这个数字。", "The report does not state this number."},
    {"kpi.conflict", "表格与正文不一致", "Tables and text disagree"},
    {"kpi.prose_differs", "正文中的数字为%s。", "The text states %s."},

    // explorer: reports kept, removed, linked
    {"duplicate.title", "已载入相同的报告", "This report is already loaded"},
    {"duplicate.text", "这份报告已经载入：%s。", "This report is already loaded: %s."},
    {"duplicate.identical", "两份内容完全相同。替换已载入的报告，还是两份都保留？",
     "The two are identical. Replace the loaded report, or keep both?"},
    {"duplicate.same_text", "两份原文相同，但数据有所不同（例如审核时作过修改）。替换已载入的报告，还是两份都保留？",
     "The two have the same text but different figures (corrected in the review, say). Replace the loaded report, or keep both?"},
    {"duplicate.replace", "替换已载入的报告", "Replace the loaded one"},
    {"duplicate.keep_both", "两份都保留", "Keep both"},
    {"duplicate.cancel", "取消", "Cancel"},
    {"menu.file.remove", "移除当前报告", "Remove current report"},
    {"report.remove", "移除此报告", "Remove this report"},
    {"removed.text", "已移除%s。", "Removed %s."},
    {"removed.undo", "撤销", "Undo"},
    {"waiting.heading", "链接中的报告尚未载入", "The linked report is not loaded"},
    {"waiting.text", "这个链接指向%s，但本页没有载入这份报告。为免误读，这里不显示其他报告的内容。",
     "This link points to %s, which is not loaded on this page. No other report is shown in its place."},
    {"waiting.how", "打开它的方法：“文件 → 打开报告…”或Ctrl+O，把文件拖到页面上，或“文件 → 粘贴报告文本…”。载入后即显示链接所指的视图。",
     "To open it: File → Open report… (Ctrl+O), drop its file onto the page, or File → Paste report text…. Once it is loaded, the linked view appears."},
    {"waiting.open", "打开报告…", "Open report…"},
    {"waiting.show_loaded", "改为查看已载入的报告", "Show the loaded reports instead"},
    {"review.reading_clipboard", "正在读取剪贴板…", "Reading the clipboard…"},
    {"review.clipboard_refused", "浏览器没有允许读取剪贴板。请把报告文本粘贴到下面的框中：按Ctrl+V，或在手机上长按后选“粘贴”。",
     "The browser did not let the app read the clipboard. Paste the report's text into the box below: Ctrl+V, or long-press and Paste on a phone."},
    {"review.paste_box_hint", "在此粘贴报告全文", "Paste the report's full text here"},
    {"review.import_box", "导入框中的文本", "Import the text in the box"},
    {"review.meta.title", "标题", "Title"},
    {"review.meta.id", "编号", "Id"},
    {"review.id_invalid", "编号只能包含英文字母、数字和 - _ .", "An id holds only letters, digits and - _ ."},
    {"review.year_invalid", "年度应为四位数字，如2023。", "The year is four digits, such as 2023."},
    {"review.unit_pick", "常用单位", "Usual units"},
    // ---- the review's live audit, findings lists ----
    {"review.audit", "审核（按当前数字）", "Audit (of the figures as they stand)"},
    {"review.audit_clean", "当前数字之间没有发现矛盾。", "The figures as they stand agree with each other."},
    {"review.col.audit", "审核", "Audit"},
    {"tree.sum", "各项相加", "adding up"},
    {"tree.stated", "报告所写", "as stated"},
    {"tree.sum_note", "“各项相加”把总数和它的分项只计一次；分项之和超过报告写的总数时按分项计。“报告所写”是报告自己写的总数，也就是数据表中的数字。",
     "\"Adding up\" counts a total and its parts once, and the parts where they add up to more than the stated total. "
     "\"As stated\" is the report's own total, the number in the figures table."},
    // ---- chart exports in the export dialog ----
    {"export.chart_heading", "当前图表", "The chart shown now"},
    {"export.format.svg", "图表（SVG矢量图）", "Chart (SVG image)"},
    {"export.format.png", "图表（PNG图片）", "Chart (PNG image)"},
    {"export.format.chart_csv", "图表数据（CSV）", "Chart data (CSV)"},
    {"export.chart_note", "导出“图表”页当前显示的图表，附数据来源。", "Exports the chart the Charts tab shows now, with its source line."},
    {"export.chart_empty", "当前图表没有可导出的数据：请先在“图表”页选择有数据的图表。",
     "The chart shown now has no data to export: pick a chart with data on the Charts tab first."},
    // ---- keyboard operation ----
    {"help.key.menu", "进入菜单栏（再按一次或Esc返回）", "To the menu bar (again, or Esc, to come back)"},
    {"help.key.panels", "在左侧列表、中间页面、详情和原文之间切换，当前所在面板带醒目边框",
     "Move between the report list, the page in the middle, the details and the source; the panel you are in is framed"},
    {"help.keyboard", "只用键盘操作", "Using the keyboard alone"},
    {"help.keyboard.text",
     "按Alt或F10进入菜单栏，用方向键打开菜单、选择项目，按Enter确认。按Tab或Shift+Tab在左侧报告列表与章节树、中间的页面、详情和原文之间切换，所在面板带醒目边框。在面板中用方向键移动：数据表的行、章节树的节点、图表的条形、审计结果；按Enter或空格选中或打开，在图表中即进入下一层。按Esc返回：离开菜单、退回图表的上一层、取消选择，再清除筛选。点击表头可排序，用键盘时把光标移到表头后按Enter。",
     "Press Alt or F10 for the menu bar; the arrows open a menu and move through it, Enter chooses. Tab and "
     "Shift+Tab move between the report list and section tree on the left, the page in the middle, the details and "
     "the source; the panel you are in is framed. Inside a panel the arrows move through table rows, "
     "section tree nodes, chart bars and audit findings; Enter or Space selects or opens (on a chart bar: breaks it "
     "down). Esc backs out: out of the menu, up one chart level, the selection, then the filters. To sort, move to a "
     "column header and press Enter."},

    // welcome and help
    {"menu.help.welcome", "欢迎页", "Welcome"},
    {"welcome.title", "欢迎使用公开（Gongkai）", "Welcome to Gongkai"},
    {"welcome.what",
     "公开（Gongkai）帮助你阅读政府信息公开工作年度报告：把报告里的数字整理成可以搜索、筛选和作图的数据，核对报告自身的算术，并导出为CSV、JSON或摘要。每个数字都能追溯到它在原文中的那句话。全部在浏览器中运行，不上传任何数据。",
     "Gongkai helps you read China's government information disclosure annual reports: it turns a report's numbers "
     "into figures you can search, filter and chart, checks the report's own arithmetic, and exports CSV, JSON or a "
     "summary. Every number leads to the sentence of the original text that states it. It all runs in your browser; "
     "nothing is uploaded."},
    {"welcome.real",
     "现在显示的是一份真实的报告：阜新市人民政府的《阜新市2017年政府信息公开工作年度报告》。原文按找到时的样子照录（取自一个转载网站），错字也保留。",
     "The report shown is a real one: the Fuxin city government's 2017 annual report (阜新市2017年政府信息公开工作年度报告). "
     "Its text is kept exactly as it was found (on a website that copied it), typos included."},
    {"welcome.notes",
     "左侧报告信息下方的“编者说明”是整理这份报告时写下的注释，不是报告原文：原文中的错字、转载网站混入的文字、原文从何而来。方括号里是说明的类别，如typo（错字）、text-injection（混入的文字）。",
     "The editor's notes, on the left under the report's details, were written by whoever prepared this report for "
     "Gongkai; they are not part of the report: typos in the original, words the copying website slipped in, where "
     "the text came from. The word in brackets says what kind of note it is, such as typo or text-injection."},
    {"welcome.ways", "载入你自己的报告", "Bring your own report"},
    {"welcome.way.open", "打开文件：“文件→打开报告…”或Ctrl+O，可选报告JSON，或报告原文的TXT、HTML文件。",
     "Open a file: File → Open report… or Ctrl+O, for report JSON or the report's own text or HTML page."},
    {"welcome.way.drop", "拖放：把文件直接拖到页面上。", "Drop it: drag the file onto the page."},
    {"welcome.way.paste", "粘贴文本：“文件→粘贴报告文本…”，粘贴报告全文，在导入审核中核对后点“保留”。",
     "Paste the text: File → Paste report text…, paste the report's full text, check it in the import review and "
     "click Keep."},
    {"welcome.reopen", "本窗口只在首次访问时显示，可从“帮助→欢迎页”再次打开。",
     "This window shows on a first visit only; Help → Welcome opens it again."},
    {"welcome.start", "开始浏览", "Start exploring"},
    {"welcome.open", "打开报告…", "Open report…"},
    {"welcome.paste", "粘贴报告文本…", "Paste report text…"},
    {"welcome.help", "使用帮助", "Help"},
    {"help.review", "导入与审核", "Importing and the review"},
    {"help.review.text",
     "报告原文（TXT、HTML或粘贴的文本）先进入“导入审核”：左边是读出的数据，右边是原文，点击一行即可看到它的出处并修改数值、单位或删除；标题、发布机关、年度和编号也可以在此改正。确认无误后点“保留”，报告才会加入列表并保存在浏览器中；点“放弃”则什么也不留下。",
     "A report's own text (TXT, HTML or pasted) first opens in the import review: the figures read from it on one "
     "side, the text on the other. Click a row to see where it comes from, then correct its value or unit, or drop "
     "it; the title, issuer, year and id can be corrected there too. Keep adds the report to the list and stores it "
     "in the browser; Discard leaves nothing behind."},
    {"help.paste", "粘贴报告文本", "Pasting a report"},
    {"help.paste.text",
     "选择“文件→粘贴报告文本…”，再按Ctrl+V或点击“粘贴”读取剪贴板。如果浏览器不允许读取剪贴板（例如在手机上），会出现一个文本框，长按后选“粘贴”即可。每次粘贴都成为一份单独的报告。",
     "Choose File → Paste report text…, then press Ctrl+V or click Paste to read the clipboard. When the browser does "
     "not allow that (on a phone, say), a text box appears: long-press it and choose Paste. Every paste becomes a "
     "report of its own."},
    {"help.tables", "表格与关键指标", "Tables and key figures"},
    {"help.tables.text",
     "“表格”页按2019年和2021年模板显示报告的统计表（主动公开、依申请公开、复议和诉讼），每个单元格都可点开查看原文。页面上方的“关键指标”是几项最主要的数字，如主动公开总数、收到申请数。叙述式报告（2019年以前）没有模板表格。",
     "The Tables tab shows a report's statistical tables as laid out by the 2019 and 2021 templates (proactive "
     "disclosure, applications, reviews and lawsuits); click any cell to see its place in the text. The key figures "
     "above the tabs are the main numbers, such as everything published proactively and the requests received. "
     "Narrative reports (before 2019) have no template tables."},
    {"help.charts", "图表", "Charts"},
    {"help.charts.text",
     "“图表”页把数据按领域、主题等分组作图，可选条形图、堆叠图、环形图、矩形树图，或对比多份报告。点击一根条形可以向下细分，按Esc返回上一层。不同单位（如条、件）的数字不会画在同一根坐标轴上。",
     "The Charts tab groups the figures by area, topic and more: bars, stacked bars, a donut, a treemap, or several "
     "reports compared. Click a bar to break it down further; Esc goes back up. Numbers in different units (items, "
     "cases) never share one axis."},
    {"help.audit", "审计：级别和规则", "The audit: levels and rules"},
    {"help.audit.error", "文件或其中一部分无法读取，在“错误”页列出并指明位置；这部分内容不会载入，已载入的报告不受影响。",
     "A file, or part of one, could not be read: listed in the Errors tab with where it went wrong. Nothing of it is "
     "loaded, and the reports already loaded stay as they were."},
    {"help.audit.warning", "报告自己的数字互相矛盾，例如分项之和超过报告写的总数，或百分比与数量对不上。",
     "The report's own numbers contradict each other: parts that add up to more than the total it states, or a "
     "percentage that does not match its counts."},
    {"help.audit.info", "对不上，但可能有合理解释，值得核对：例如分项之和小于总数（“其中”可能只列出一部分）、百分比因舍去尾数略有出入、同一数字重复出现。",
     "Does not match, but may well be explained; worth a look: parts that add up to less than the total (其中 may "
     "list only some), a percentage cut short rather than rounded, the same figure stated twice."},
    {"help.exports", "导出", "Exports"},
    {"help.exports.text",
     "“文件→导出…”（Ctrl+E）可以导出全部数据或当前筛选的数据（CSV，可用Excel打开）、当前报告或全部报告（JSON）、摘要（Markdown、HTML）；图表页可导出SVG、PNG图片。浏览器不允许下载时，可复制到剪贴板或以文本查看。",
     "File → Export… (Ctrl+E) saves every figure or the filtered ones (CSV, opens in Excel), the current report or all "
     "of them (JSON), and a summary (Markdown, HTML); the Charts tab exports SVG and PNG pictures. Where downloads "
     "are refused, copy to the clipboard or view the text instead."},

    // charts of template tables and key figures
    {"chart.kind.template", "模板表格", "Template tables"},
    {"chart.kind.trend", "历年趋势", "Trend"},
    {"chart.kind.ranking", "排名", "Ranking"},
    {"chart.kind.keycompare", "关键指标对比", "Key figures compared"},
    {"chart.style.line", "折线", "Line"},
    {"chart.export_csv", "导出CSV", "Export CSV"},
    {"chart.export_empty", "图表没有数据，不能导出（原因见下方说明）。", "The chart is empty: nothing to export (see the note below)."},
    {"chart.source.one", "数据来源：%s；制图：公开 Gongkai", "Source: %s; chart: Gongkai"},
    {"chart.source.many", "数据来源：%d份报告（%s）；制图：公开 Gongkai", "Source: %d reports (%s); chart: Gongkai"},
    {"chart.unit", "单位", "Unit"},
    {"chart.units.more", "（另有%d种单位：见“单位”切换，不同单位不在同一坐标轴上）",
     " (%d more unit(s): see Unit; different units never share an axis)"},
    {"chart.kpi", "总数", "Total"},
    {"chart.kpi.why", "报告所述的总数：单独列出，不作为与其分项并列的条形。",
     "A total the report states: shown on its own, not as a bar beside its own parts."},
    {"chart.absent", "—（不在该报告中）", "— (not in this report)"},
    {"chart.kf", "关键指标", "Key figure"},
    {"chart.title.trend", "%s·%s历年", "%s over the years: %s"},
    {"chart.title.ranking", "%s·各报告排名", "%s, report by report"},
    {"chart.title.keycompare", "关键指标·对比各报告", "Key figures, report against report"},
    {"chart.trend.need", "只有一个年度：再载入该单位其他年度的报告，即可看到历年趋势。",
     "One year only: load this body's reports of other years to see the trend."},
    {"chart.template", "表格", "Table"},
    {"chart.template.none", "该报告没有模板表格（2019年起按新模板发布的报告才有）。",
     "This report has no template tables (reports in the 2019 or 2021 template have them)."},
    {"chart.template.short.documents", "规章和规范性文件", "Rules and documents"},
    {"chart.template.short.decisions", "处理决定", "Decisions"},
    {"chart.template.short.fees", "收费金额", "Fees"},
    {"chart.template.short.applicants", "申请人", "Applicants"},
    {"chart.template.short.outcomes", "办理结果", "Outcomes"},
    {"chart.template.short.cases", "复议和诉讼", "Reviews and lawsuits"},
    {"chart.template.documents", "第二十条第（一）项：规章和规范性文件", "Article 20 (1): rules and normative documents"},
    {"chart.template.decisions", "第二十条：处理决定数量", "Article 20: decisions made"},
    {"chart.template.fees", "第二十条第（八）项：行政事业性收费金额", "Article 20 (8): administrative fees collected"},
    {"chart.template.applicants", "本年新收政府信息公开申请·按申请人", "New applications this year, by applicant"},
    {"chart.template.outcomes", "申请办理结果", "Outcomes of the applications"},
    {"chart.template.cases", "行政复议和行政诉讼·按结果", "Administrative reviews and lawsuits, by result"},
    {"chart.template.header.documents", "文件类型", "Kind"},
    {"chart.template.header.decisions", "事项", "Item"},
    {"chart.template.header.fees", "事项", "Item"},
    {"chart.template.header.applicants", "申请人", "Applicant"},
    {"chart.template.header.outcomes", "申请人", "Applicant"},
    {"chart.template.header.cases", "类型", "Kind"},
    {"chart.csv.status", "状态", "Status"},
    {"chart.csv.source", "来源", "Source"},
    {"chart.selected.close", "关闭", "Close"},
    {"chart.selected.show", "在原文中查看", "Show in the text"},
    {"chart.status.stated", "报告所述", "stated"},
    {"chart.status.stated_in_words", "文字表述", "stated in words"},
    {"chart.status.derived", "由表格推算", "derived"},
    {"chart.status.cumulative", "累计数，非本年", "cumulative, not this year's"},
    {"chart.status.absent", "报告未说明", "not stated"},
    {"chart.t.kf.proactive_total", "主动公开政府信息总数", "Published proactively"},
    {"chart.t.kf.applications_received", "本年新收申请", "Applications received"},
    {"chart.t.kf.applications_carried_over", "上年结转申请", "Carried over from last year"},
    {"chart.t.kf.granted", "予以公开", "Granted"},
    {"chart.t.kf.partially_granted", "部分公开", "Partly granted"},
    {"chart.t.kf.refused", "不予公开", "Refused"},
    {"chart.t.kf.unable_to_provide", "无法提供", "Unable to provide"},
    {"chart.t.kf.not_processed", "不予处理", "Not processed"},
    {"chart.t.kf.other_handling", "其他处理", "Other handling"},
    {"chart.t.kf.handled_total", "办理结果总计", "Handled in total"},
    {"chart.t.kf.carried_forward", "结转下年度继续办理", "Carried forward to next year"},
    {"chart.t.kf.reviews_total", "行政复议总计", "Administrative reviews"},
    {"chart.t.kf.lawsuits_total", "行政诉讼总计", "Lawsuits"},
    {"chart.t.kf.reviews_maintained", "行政复议·结果维持", "Reviews: upheld"},
    {"chart.t.kf.reviews_corrected", "行政复议·结果纠正", "Reviews: corrected"},
    {"chart.t.kf.reviews_other", "行政复议·其他结果", "Reviews: other result"},
    {"chart.t.kf.reviews_pending", "行政复议·尚未审结", "Reviews: pending"},
    {"chart.t.kf.lawsuits_maintained", "行政诉讼·结果维持", "Lawsuits: upheld"},
    {"chart.t.kf.lawsuits_corrected", "行政诉讼·结果纠正", "Lawsuits: corrected"},
    {"chart.t.kf.lawsuits_other", "行政诉讼·其他结果", "Lawsuits: other result"},
    {"chart.t.kf.lawsuits_pending", "行政诉讼·尚未审结", "Lawsuits: pending"},
    {"chart.t.kf.fees", "信息处理费", "Processing fees"},
    {"chart.t.template.col.made", "本年制发件数", "Made this year"},
    {"chart.t.template.col.repealed", "本年废止件数", "Repealed this year"},
    {"chart.t.template.col.in_force", "现行有效件数", "In force"},
    {"chart.t.template.col.produced", "本年新制作数量", "Newly made"},
    {"chart.t.template.col.published", "本年新公开数量", "Newly published"},
    {"chart.t.template.col.total_published", "对外公开总数量", "Published in total"},
    {"chart.t.applicant.natural_person", "自然人", "Natural persons"},
    {"chart.t.applicant.commercial_enterprise", "商业企业", "Businesses"},
    {"chart.t.applicant.research_institution", "科研机构", "Research institutions"},
    {"chart.t.applicant.social_welfare_org", "社会公益组织", "Public-interest organisations"},
    {"chart.t.applicant.legal_service_org", "法律服务机构", "Legal services"},
    {"chart.t.applicant.other_org", "其他", "Others"},
    {"chart.t.applicant.total", "本年新收申请总计", "New applications in total"},
    {"chart.t.outcome.granted", "予以公开", "Granted"},
    {"chart.t.outcome.partially_granted", "部分公开", "Partly granted"},
    {"chart.t.outcome.denied", "不予公开", "Refused"},
    {"chart.t.outcome.unable", "无法提供", "Unable to provide"},
    {"chart.t.outcome.not_processed", "不予处理", "Not processed"},
    {"chart.t.outcome.other", "其他处理", "Other handling"},
    {"chart.t.outcome.total", "办理结果总计", "Handled in total"},
    {"chart.t.case.review", "行政复议", "Administrative review"},
    {"chart.t.case.litigation_direct", "行政诉讼（未经复议直接起诉）", "Lawsuit (filed directly)"},
    {"chart.t.case.litigation_after_review", "行政诉讼（复议后起诉）", "Lawsuit (after a review)"},
    {"chart.t.case.maintained", "结果维持", "Upheld"},
    {"chart.t.case.corrected", "结果纠正", "Corrected"},
    {"chart.t.case.other", "其他结果", "Other result"},
    {"chart.t.case.pending", "尚未审结", "Pending"},
    {"chart.t.case.total", "总计", "total"},

    // the scores tab (scores_view.cpp) and its exports
    {"tab.scores", "评分", "Scores"},
    {"scores.total", "得分 %s（满分100；%s / %s分）", "Score %s of 100 (%s of %s points)"},
    {"scores.era.template", "按2019/2021年格式模板评分", "scored against the 2019/2021 template"},
    {"scores.era.narrative", "按2008年条例第三十二条评分", "scored against article 32 of the 2008 regulations"},
    {"scores.hint", "点击一行查看依据：审计发现、数据、表格单元格或原文。评分规则见帮助和docs/scorecard.md。",
     "Click a row to open its evidence: an audit finding, a figure, a table cell or the words of the text. The rubric is in docs/scorecard.md."},
    {"scores.card", "评分卡", "Score card"},
    {"help.scores", "评分与排名", "Scores and the ranking"},
    {"help.scores.text",
     "“评分”标签页为每份报告给出一张评分卡：完整性（条例和格式模板要求的各部分和统计表）、一致性（审计发现按级别扣分）、具体性（模板要求的数字是否填写）、及时性（是否在法定期限前发布：2019年起为次年1月31日，此前为3月31日）。与上一年度相比的跳变只提示、不扣分。每一项都可点击查看依据。下面是全部已载入报告的排名。同时载入县（区、市）及其乡镇、部门的报告时，审计会核对“全县”等总数与下属机关之和，并说明缺了哪些报告。",
     "The Scores tab gives every report a score card: completeness (the parts and tables the regulations and the template ask for), consistency (audit findings cost points by severity), specificity (numbers where the template asks for them) and timeliness (published by the legal deadline: 31 January of the next year since 2019, 31 March before). Jumps against last year are flagged, never counted. Every point opens its evidence. Below is the ranking of all loaded reports. When a county's (district's, city's) report and its townships' and departments' are loaded, the audit checks its 全县 totals against their sum and says which reports are missing."},
    {"scores.ranking", "全部已载入报告的排名", "Ranking of all loaded reports"},
    {"scores.col.dimension", "维度", "Dimension"},
    {"scores.col.rule", "评分项", "Rule"},
    {"scores.col.points", "得分", "Points"},
    {"scores.col.why", "理由", "Why"},
    {"scores.col.evidence", "依据", "Evidence"},
    {"scores.col.rank", "名次", "Rank"},
    {"scores.col.report", "报告", "Report"},
    {"scores.col.year", "年度", "Year"},
    {"scores.col.score", "得分", "Score"},
    {"scores.not_applicable", "不评", "n/a"},
    {"scores.flag", "提示", "flag"},
    {"export.format.scores_csv", "全部报告的评分 (CSV)", "Scores of all reports (CSV)"},
    {"export.format.scores_json", "全部报告的评分 (JSON)", "Scores of all reports (JSON)"},
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

std::string say(const Message& message) { return render(message, g_language); }

std::string say(const Diagnostic& d) {
    if (d.what.empty()) return d.message;
    // Storage problems are worded by this table ("storage.*", the browser's words for %s).
    if (d.what.code.rfind("storage.", 0) == 0) {
        std::string text = tr(d.what.code.c_str());
        if (text == d.what.code) return d.message;
        const MessageArg* detail = d.what.arg("detail");
        if (const std::size_t at = text.find("%s"); at != std::string::npos) text.replace(at, 2, detail ? detail->text : "");
        return text;
    }
    return render(d.what, g_language);
}

std::string say(const Finding& f) { return finding_message(f, g_language); }

std::string rule_title(const std::string& rule) { return rule_name(rule, g_language); }

std::string rule_explanation(const std::string& rule) { return rule_about(rule, g_language); }

const char* tr_id(const char* key) {
    // One cached string per key and language; the table is small and fixed.
    static std::unordered_map<std::string, std::string> cache[2];
    auto& c = cache[g_language == Language::Chinese ? 0 : 1];
    auto it = c.find(key);
    if (it == c.end()) it = c.emplace(key, std::string(tr(key)) + "###" + key).first;
    return it->second.c_str();
}

}  // namespace gongkai::ui
