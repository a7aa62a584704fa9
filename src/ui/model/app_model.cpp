// app_model.cpp — the explorer's operations on its reports: load, add, export, select, and
// the load queue (files are shown waiting for a frame, then parsed). No drawing here.
#include <algorithm>
#include <exception>
#include <unordered_map>
#include <utility>

#include "core/aggregate.hpp"
#include "core/chart_key_figures.hpp"
#include "core/export_dispatch.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/chart_view.hpp"
#include "ui/i18n.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {

const char* tab_name(Tab tab) {
    switch (tab) {
        case Tab::Figures: return "figures";
        case Tab::Tables: return "tables";
        case Tab::Chart: return "chart";
        case Tab::Audit: return "audit";
        case Tab::Errors: return "errors";
        case Tab::Scores: return "scores";
    }
    return "figures";
}

std::optional<Tab> parse_tab(std::string_view name) {
    for (Tab t : {Tab::Figures, Tab::Tables, Tab::Chart, Tab::Audit, Tab::Errors, Tab::Scores})
        if (name == tab_name(t)) return t;
    return std::nullopt;
}

LoadOutcome App::load(std::string_view file_name, std::string_view bytes) {
    return take_loaded(file_name, [&] { return load_json(bytes, file_name); });
}

LoadOutcome App::load(std::string_view file_name, ByteSource& source) {
    return take_loaded(file_name, [&] { return load_json(source, file_name); });
}

LoadOutcome App::take_loaded(std::string_view file_name, const std::function<LoadResult()>& run_loader) {
    LoadOutcome out;
    LoadResult result;
    try {
        result = run_loader();
    } catch (const std::exception& e) {
        // The core reports problems as diagnostics; anything thrown is a bug we still survive.
        result.diagnostics.push_back(make_diagnostic(Severity::Error, std::string(file_name), 0, 0, "",
                                                     std::move(Message("app.internal_error.loading").text("what", e.what()))));
        result.reports.clear();
    }
    out.diagnostics = result.diagnostics;
    out.ok = result.ok();
    errors.insert(errors.end(), result.diagnostics.begin(), result.diagnostics.end());
    ++generation;   // before add_reports, which restores a selection keyed on the generation
    add_reports(std::move(result.reports), file_name, out);
    // Show the user what went wrong, where. `tab` too, as setView does: the page API's state
    // says so at once, not only after the next frame has switched tabs.
    if (!out.ok) pending_tab = tab = Tab::Errors;
    model_changed();
    return out;
}

void App::add_reports(std::vector<Report>&& loaded, std::string_view file_name, LoadOutcome& out) {
    if (loaded.empty()) return;
    leave_report();   // the view of the report shown until now is kept for coming back
    int first_new = -1, linked = -1;
    // A report with a loaded id replaces it. One map, not a search per report: collections
    // bring thousands at once.
    std::unordered_map<std::string, int> index_of;
    index_of.reserve(reports.size() + loaded.size());
    for (int i = 0; i < static_cast<int>(reports.size()); ++i) index_of.emplace(reports[i].id, i);
    reports.reserve(reports.size() + loaded.size());
    for (Report& r : loaded) {
        out.report_ids.push_back(r.id);
        auto [it, added] = index_of.emplace(r.id, static_cast<int>(reports.size()));
        if (!waiting_for.empty() && r.id == waiting_for) linked = it->second;
        if (added) reports.push_back(std::move(r));
        else reports[static_cast<std::size_t>(it->second)] = std::move(r);
        if (first_new < 0) first_new = it->second;
    }
    try {
        findings = audit(reports);
    } catch (const std::exception& e) {
        findings.clear();
        errors.push_back(make_diagnostic(Severity::Error, std::string(file_name), 0, 0, "",
                                         std::move(Message("app.internal_error.audit").text("what", e.what()))));
    }
    // The report a link is waiting for has come: show it (the link's view follows, session.cpp).
    selected = linked >= 0 ? linked : first_new;
    if (linked >= 0) waiting_for.clear(), waiting_title.clear();
    ++generation;
    arrive_at_report();   // its own view, or the defaults: never the previous report's filter
}

const FigureColumns& App::columns() const {
    if (columns_generation_ != generation) {
        // Each report's overall totals stay out of the bars (shown as KPIs), as in one report's chart.
        std::vector<std::vector<std::string>> apart;
        apart.reserve(reports.size());
        for (const Report& r : reports) apart.push_back(chart_totals_apart(r));
        columns_ = FigureColumns(reports, apart);
        columns_generation_ = generation;
    }
    return columns_;
}

// The figures CSV's header: machine names when chosen, else the words of the export language.
CsvHeader App::csv_header() const {
    if (export_machine_header) return CsvHeader::Machine;
    return export_lang() == Language::Chinese ? CsvHeader::Chinese : CsvHeader::English;
}

std::optional<ExportFile> App::export_file(std::string_view format) const {
    if (format == "svg" || format == "png" || format == "chart_csv") return chart_export(*this, format);  // the current chart
    const Report* report = current();
    if (!report) return std::nullopt;
    // One report (the current one), or every loaded report for "collection".
    ReportExportOptions options;
    options.language = export_lang();
    options.csv_header = csv_header();
    if (format == "csv_view") {
        // The figures table as filtered now; the name says which view.
        options.filter = core_filter(filter);
        options.csv_view = "figures";
        for (const std::string* part : {&filter.area, &filter.topic, &filter.department, &filter.category,
                                        &filter.unit, &filter.search})
            if (!part->empty()) options.csv_view += "-" + *part;
        if (filter.empty()) options.csv_view += "-all";
        format = "csv";
    }
    if (!is_report_export_format(format)) return std::nullopt;
    try {
        // The collection and the ranking are of every loaded report.
        if (format == "collection" || format == "scores_csv" || format == "scores_json")
            return export_reports(format, reports, findings, options);
        return export_reports(format, {*report}, findings, options);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

bool App::download(std::string_view format) const {
    if (format == "svg" || format == "png" || format == "chart_csv") return chart_download(*this, format);  // PNG: drawn by the browser
    auto f = export_file(format);
    if (!f) return false;
    platform::download(f->file_name, f->mime_type, f->bytes);
    return true;
}

void App::select_report(int index) {
    if (index < 0 || index >= static_cast<int>(reports.size())) return;
    waiting_for.clear();   // the user picked a report: no longer waiting for a linked one
    waiting_title.clear();
    if (index == selected) return;
    leave_report();
    selected = index;  // the table keeps its sort: the sort arrow stays true
    ++generation;
    arrive_at_report();   // this report's filters, selection and drill-down, as it was left
    model_changed();
}

void App::clear_errors() {
    errors.clear();
    ++generation;
    model_changed();
}

void App::show_toast(std::string text, double seconds) {
    toast = std::move(text);
    toast_until = platform::now_seconds() + seconds;
    model_changed();
}

void App::advance_load_queue() {
    if (pending_loads.empty() || pending_loads.front().frames_shown == 0) return;
    PendingLoad next = std::move(pending_loads.front());
    pending_loads.erase(pending_loads.begin());
    load_any(next.name, *next.bytes);
    model_changed();
}

void App::loads_shown() {
    for (PendingLoad& p : pending_loads) ++p.frames_shown;
    if (!pending_loads.empty()) model_changed();   // the next frame parses the first
}

}  // namespace gongkai::ui
