// report_keeping.cpp — reports kept, removed and linked: imported reports get ids of their own,
// the same report imported twice is a question (replace or keep both), a removed report can
// come back (Undo), and each report keeps its own view (filters, selection, drill-down).
#include <algorithm>
#include <exception>

#include "core/report_id.hpp"
#include "core/save.hpp"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/import_review.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {
namespace {

constexpr double kUndoSeconds = 12.0;

bool id_taken(const App& app, const std::string& id) {
    return std::any_of(app.reports.begin(), app.reports.end(), [&](const Report& r) { return r.id == id; });
}

bool same_figures(const Report& a, const Report& b) {
    Report x = a, y = b;   // compare the figures alone: text and title are known to agree or not
    x.text.clear();
    y.text.clear();
    y.meta.title = x.meta.title;
    return same_report_source(x, y);
}

void re_audit(App& app) {
    try {
        app.findings = audit(app.reports);
    } catch (const std::exception& e) {
        app.findings.clear();
        app.errors.push_back(make_diagnostic(Severity::Error, "-", 0, 0, "",
                                             std::move(Message("app.internal_error.audit").text("what", e.what()))));
    }
}

// Goes through the validating loader, as gongkai.load does: audited and stored like any report.
LoadOutcome load_report(App& app, const Report& report, std::string_view file_name) {
    std::string json;
    try {
        json = save_report_json(report);
    } catch (const std::exception& e) {
        app.add_load_error(file_name, std::move(Message("app.internal_error.review").text("what", e.what())));
        return {};
    }
    return app.load(file_name, json);
}

}  // namespace

// ---- imported reports -----------------------------------------------------------------

LoadOutcome App::add_imported(Report&& report, std::string_view file_name) {
    for (const Report& loaded : reports)
        if (same_report_source(loaded, report)) {
            const bool identical = loaded.meta.title == report.meta.title && same_figures(loaded, report);
            duplicate = DuplicateQuestion{std::move(report), std::string(file_name), loaded.id, identical};
            model_changed();
            LoadOutcome out;
            out.ok = true;
            out.asked = true;
            return out;
        }
    report.id = unique_report_id(report.id, [&](const std::string& id) { return id_taken(*this, id); });
    return load_report(*this, report, file_name);
}

LoadOutcome App::answer_duplicate(DuplicateAnswer answer) {
    if (!duplicate) return {};
    DuplicateQuestion q = std::move(*duplicate);
    duplicate.reset();
    model_changed();
    if (answer == DuplicateAnswer::Cancel) return {};
    if (answer == DuplicateAnswer::Replace && id_taken(*this, q.existing_id)) {
        q.incoming.id = q.existing_id;   // the loader replaces a report of the same id, in its place
    } else {
        q.incoming.id = unique_report_id(q.incoming.id, [&](const std::string& id) { return id_taken(*this, id); });
    }
    LoadOutcome out = load_report(*this, q.incoming, q.file_name);
    // Kept: the review it came from has done its job (refused: it stays, with the user's edits).
    if (!out.report_ids.empty()) {
        if (import_review().open) discard_import_review(*this);
        if (out.ok) pending_tab = Tab::Figures;
    }
    return out;
}

// ---- removing, and Undo ---------------------------------------------------------------

bool App::unload(std::string_view id) {
    const auto it = std::find_if(reports.begin(), reports.end(), [&](const Report& r) { return r.id == id; });
    if (it == reports.end()) return false;
    const int index = static_cast<int>(it - reports.begin());
    const bool was_selected = index == selected;
    if (was_selected) leave_report();   // its view goes with it, for Undo
    RemovedReport gone;
    gone.index = index;
    gone.was_selected = was_selected;
    if (auto v = report_views.find(it->id); v != report_views.end()) {
        gone.view = std::move(v->second);
        report_views.erase(v);
    }
    gone.report = std::move(*it);
    reports.erase(it);
    if (selected > index) --selected;
    else if (was_selected) selected = reports.empty() ? -1 : std::min(index, static_cast<int>(reports.size()) - 1);
    re_audit(*this);
    selected_finding = -1;
    ++generation;   // browser storage follows (src/app/session.cpp saves what is loaded)
    if (was_selected) arrive_at_report();
    removed = std::move(gone);
    removed_until = platform::now_seconds() + kUndoSeconds;
    model_changed();
    return true;
}

bool App::undo_unload() {
    if (!removed) return false;
    RemovedReport back = std::move(*removed);
    removed.reset();
    // Loaded again in the meantime (the same id): the one brought back stands beside it.
    back.report.id = unique_report_id(back.report.id, [&](const std::string& id) { return id_taken(*this, id); });
    const int index = std::min(back.index, static_cast<int>(reports.size()));
    if (back.was_selected) leave_report();
    if (back.view) report_views[back.report.id] = std::move(*back.view);
    reports.insert(reports.begin() + index, std::move(back.report));
    if (back.was_selected || selected < 0) selected = index;
    else if (selected >= index) ++selected;
    re_audit(*this);
    ++generation;
    if (back.was_selected) arrive_at_report();
    model_changed();
    return true;
}

// ---- each report's own view -----------------------------------------------------------

void App::leave_report() {
    const Report* r = current();
    if (!r) return;
    ReportView v;
    v.filter = filter;
    for (int i : selection()) v.selection.push_back(r->figures[i].id);
    if (focused_figure >= 0 && focused_figure < static_cast<int>(r->figures.size()))
        v.focused = r->figures[focused_figure].id;
    if (!chart.all_reports) v.drill = chart.drill;   // across all reports the drill-down is shared
    v.breakdown_total = chart.breakdown_total;
    v.breakdown = chart.breakdown;
    report_views[r->id] = std::move(v);
}

void App::arrive_at_report() {
    const Report* r = current();
    ReportView v;   // a report seen for the first time starts from the defaults
    if (r) {
        if (auto it = report_views.find(r->id); it != report_views.end()) v = it->second;
    }
    set_filter(v.filter);
    if (!chart.all_reports) chart.drill = v.drill;
    chart.breakdown_total = v.breakdown_total;
    chart.breakdown = v.breakdown;
    ++chart.revision;
    clear_selection();
    focused_figure = -1;
    selected_finding = -1;
    if (!r) return;
    std::vector<int> figures;
    int focus = -1;
    for (int i = 0; i < static_cast<int>(r->figures.size()); ++i) {
        if (std::find(v.selection.begin(), v.selection.end(), r->figures[i].id.str()) != v.selection.end())
            figures.push_back(i);
        if (!v.focused.empty() && r->figures[i].id == v.focused) focus = i;
    }
    for (int f : figures) set_selected(f, true);
    if (focus >= 0) focus_figure(focus, true);
}

}  // namespace gongkai::ui
