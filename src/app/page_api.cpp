// page_api.cpp — the C functions behind window.gongkai (web/gongkai-api.js).
//
// Every function returns a pointer to a buffer owned here, valid until the next call;
// gongkai_api_result_size() gives its length in bytes (results may hold any bytes).
// JSON is built with nlohmann; the JS side only decodes and never re-implements core logic.
// The functions are exported by name from cmake/GongkaiWeb.cmake (EXPORTED_FUNCTIONS),
// so this file needs no Emscripten header.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "app/app_instance.hpp"
#include "core/diagnostic.hpp"
#include "platform/handed_bytes.hpp"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/chart_view.hpp"
#include "ui/i18n.hpp"
#include "ui/import_review.hpp"
#include "ui/model/model_changed.hpp"
#include "ui/scores_view.hpp"
#include "ui/view_state.hpp"

namespace gongkai {
namespace {

std::string g_result;

const char* give(std::string s) {
    g_result = std::move(s);
    return g_result.c_str();
}

const char* give_json(const nlohmann::json& j) {
    // Reports may hold invalid UTF-8 only if the core let it through; never throw over it.
    return give(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// "message" stays English (as the CLI and logs have it); "text" is what the UI shows, in its
// language; "code" and "args" are the message for machines.
nlohmann::json diagnostic_json(const Diagnostic& d) {
    nlohmann::json j = {{"file", d.file},       {"line", d.line},       {"column", d.column},
                        {"pointer", d.pointer}, {"message", d.message}, {"severity", severity_name(d.severity)},
                        {"text", ui::say(d)}};
    if (!d.what.empty()) {
        nlohmann::json m = message_to_json(d.what);
        j["code"] = m["code"];
        j["args"] = m["args"];
    }
    return j;
}

// The explorer's part of state().view: filters, selection, look, loading (docs/page-api.md).
void explorer_view_json(const ui::App& app, nlohmann::json& view) {
    const ui::FigureFilter& f = app.filter;
    view["filters"] = {{"search", f.search}, {"area", f.area},         {"topic", f.topic},
                       {"department", f.department}, {"category", f.category}, {"unit", f.unit}};
    view["search"] = f.search;
    const Report* cur = app.current();
    nlohmann::json selection = nlohmann::json::array();
    if (cur)
        for (int i : app.selection()) selection.push_back(cur->figures[i].id);
    view["selection"] = selection;
    view["focused"] = cur && app.focused_figure >= 0 && app.focused_figure < static_cast<int>(cur->figures.size())
                          ? nlohmann::json(cur->figures[app.focused_figure].id)
                          : nlohmann::json(nullptr);
    nlohmann::json finding = nullptr;
    const std::vector<int> mine = app.current_findings();
    for (std::size_t k = 0; k < mine.size(); ++k)
        if (mine[k] == app.selected_finding) finding = k;
    view["finding"] = finding;
    nlohmann::json finding_figures = nlohmann::json::array();
    if (!finding.is_null()) finding_figures = app.findings[app.selected_finding].figure_ids;
    view["findingFigures"] = finding_figures;
    view["rows"] = app.view_rows().size();
    view["fontSize"] = app.font_size;
    // A narrow screen's layout and what its sheet shows (src/ui/phone_layout.cpp).
    view["layout"] = app.on_phone ? "phone" : "desktop";
    const char* sheets[] = {nullptr, "reports", "details", "source"};
    const char* sheet = app.on_phone ? sheets[static_cast<int>(app.phone_sheet)] : nullptr;
    view["sheet"] = sheet ? nlohmann::json(sheet) : nlohmann::json(nullptr);
    view["theme"] = app.high_contrast ? "high-contrast" : "dark";
    view["overlay"] = app.overlay_key.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.overlay_key);
    nlohmann::json windows = nlohmann::json::array();
    if (app.show_help) windows.push_back("help");
    if (app.show_export) windows.push_back("export");
    if (app.text_view) windows.push_back("text");
    if (app.show_about) windows.push_back("about");
    if (app.show_welcome) windows.push_back("welcome");
    view["windows"] = windows;
    // Who has the keyboard: a panel ("reports", "centre", "details", "source") and/or the menu bar.
    view["keyboard"] = {{"panel", app.keyboard.focused >= 0 ? nlohmann::json(ui::panel_name(static_cast<ui::Panel>(app.keyboard.focused)))
                                                            : nlohmann::json(nullptr)},
                        {"menuBar", app.keyboard.menu_bar},
                        {"item", app.keyboard.item.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.keyboard.item)}};
    nlohmann::json loading = nlohmann::json::array();
    for (const platform::FileProgress& p : platform::files_in_progress())
        loading.push_back({{"name", p.name}, {"phase", "reading"}, {"loaded", p.loaded}, {"total", p.total}});
    for (const ui::PendingLoad& p : app.pending_loads)
        loading.push_back({{"name", p.name}, {"phase", "parsing"}, {"loaded", p.bytes->size()}, {"total", p.bytes->size()}});
    view["loading"] = loading;
    // Reports kept, removed, linked (src/ui/model/report_keeping.cpp).
    view["waitingFor"] = app.waiting_for.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.waiting_for);
    view["waitingTitle"] = app.waiting_for.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.waiting_title);
    view["duplicate"] = app.duplicate ? nlohmann::json{{"file", app.duplicate->file_name},
                                                       {"existing", app.duplicate->existing_id},
                                                       {"identical", app.duplicate->same_figures}}
                                      : nlohmann::json(nullptr);
    view["removed"] = app.removed ? nlohmann::json(app.removed->report.id) : nlohmann::json(nullptr);
}

// setView's explorer keys; returns an error message or "".
std::string apply_explorer_view(ui::App& app, const nlohmann::json& j) {
    std::string error;
    ui::FigureFilter f = app.filter;
    bool filter_changed = false;
    if (auto it = j.find("filters"); it != j.end()) {
        if (!it->is_object()) return "filters must be an object such as {\"area\": \"稳增长\"}";
        f = {};
        for (auto& [k, v] : it->items()) {
            if (!v.is_string()) return "filters." + k + " must be a string";
            const std::string s = v.get<std::string>();
            if (k == "search") f.search = s;
            else if (k == "area") f.area = s;
            else if (k == "topic") f.topic = s;
            else if (k == "department") f.department = s;
            else if (k == "category") f.category = s;
            else if (k == "unit") f.unit = s;
            else return "unknown filter \"" + k + "\" (filters: search, area, topic, department, category, unit)";
        }
        filter_changed = true;
    }
    if (auto it = j.find("search"); it != j.end()) {
        if (!it->is_string()) return "search must be a string";
        f.search = it->get<std::string>();
        filter_changed = true;
    }
    if (filter_changed) app.set_filter(f);
    if (auto it = j.find("selection"); it != j.end()) {
        const Report* cur = app.current();
        if (!it->is_array() || !cur) return "selection must be an array of figure ids of the selected report";
        std::vector<int> figures;
        for (const auto& id : *it) {
            int found = -1;
            for (int i = 0; id.is_string() && i < static_cast<int>(cur->figures.size()); ++i)
                if (cur->figures[i].id == id.get<std::string>()) found = i;
            if (found < 0) return "no figure of the selected report has the id " + id.dump();
            figures.push_back(found);
        }
        app.select_figures(figures, true);
    }
    if (auto it = j.find("finding"); it != j.end()) {
        const std::vector<int> mine = app.current_findings();
        if (!it->is_number_integer() || it->get<int>() < 0 || it->get<int>() >= static_cast<int>(mine.size()))
            return "finding must be the index of one of the selected report's findings";
        app.select_finding(mine[it->get<int>()]);
    }
    if (auto it = j.find("fontSize"); it != j.end()) {
        if (!it->is_number() || it->get<double>() < ui::kFontSizes[0] ||
            it->get<double>() > ui::kFontSizes[std::size(ui::kFontSizes) - 1])
            return "fontSize must be a number of CSS pixels from 14 to 28";
        app.set_font_size(it->get<float>());
    }
    if (auto it = j.find("theme"); it != j.end()) {
        if (!it->is_string() || (*it != "dark" && *it != "high-contrast")) return "theme must be \"dark\" or \"high-contrast\"";
        app.set_high_contrast(*it == "high-contrast");
    }
    return error;
}

nlohmann::json state_json(const ui::App& app) {
    nlohmann::json reports = nlohmann::json::array();
    for (const Report& r : app.reports) {
        reports.push_back({{"id", r.id},
                           {"title", r.meta.title},
                           {"region", r.meta.region.name},
                           {"year", r.meta.year ? nlohmann::json(*r.meta.year) : nlohmann::json(nullptr)},
                           {"figures", r.figures.size()}});
    }
    nlohmann::json errors = nlohmann::json::array();
    for (const Diagnostic& d : app.errors) errors.push_back(diagnostic_json(d));
    const Report* cur = app.current();
    std::size_t findings = 0;
    for (const Finding& f : app.findings)
        if (cur && finding_involves(f, cur->id)) ++findings;
    nlohmann::json sort = nullptr;
    if (app.figure_sort.column >= 0) {
        static const char* const columns[] = {"area", "topic", "department", "category", "value", "unit", "quote"};
        sort = {{"column", columns[app.figure_sort.column]},
                {"direction", app.figure_sort.descending ? "descending" : "ascending"}};
    }
    nlohmann::json out = {
        {"ready", app_is_ready()},
        {"reports", reports},
        {"view",
         {{"tab", ui::tab_name(app.tab)},
          {"report", cur ? nlohmann::json(cur->id) : nlohmann::json(nullptr)},
          {"grouping", "area"},
          {"measure", "published"},
          {"sort", sort},
          {"findings", findings},
          {"language", ui::language_code(ui::language())},
          // Everything the URL hash holds, as the hash writes it (src/ui/model/view_state.cpp).
          {"hash", ui::view_hash(app)}}},
        {"errors", errors},
    };
    explorer_view_json(app, out["view"]);
    out["view"].update(ui::chart_view_json(app));  // charts: chartKind, grouping, drill, hiddenSeries, ...
    out["view"]["review"] = ui::review_view_json();  // review (issue 4): the import review, or null
    out["view"]["tables"] = ui::tables_view_json(app);  // the tables tab: focused cell, comparison
    out["view"]["scores"] = ui::scores_view_json(app);  // the scores tab: the opened point, the ranking
    return out;
}

}  // namespace
}  // namespace gongkai

using namespace gongkai;

extern "C" {

int gongkai_api_result_size() { return static_cast<int>(g_result.size()); }

const char* gongkai_api_state() { return give_json(state_json(app_instance())); }

// Loads the bytes handed over under `handle` (Module.gongkaiHandOver) as report JSON, a chunk
// at a time; returns {"ok", "errors", "reports"}.
const char* gongkai_api_load(const char* name, int handle) {
    const auto source = platform::handed_bytes(handle);
    const ui::LoadOutcome out = app_instance().load(name ? name : "report.json", *source);
    nlohmann::json errors = nlohmann::json::array();
    for (const Diagnostic& d : out.diagnostics) errors.push_back(diagnostic_json(d));
    return give_json({{"ok", out.ok}, {"errors", errors}, {"reports", out.report_ids}});
}

// The bytes a download of `format` would hold; size 0 and a null pointer when there is none.
const char* gongkai_api_export(const char* format) {
    auto f = app_instance().export_file(format ? format : "");
    if (!f) {
        g_result.clear();
        return nullptr;
    }
    return give(std::move(f->bytes));
}

const char* gongkai_api_export_file_name(const char* format) {
    auto f = app_instance().export_file(format ? format : "");
    return give(f ? f->file_name : std::string());
}

// The File menu's export: a real browser download. Returns 1 when one was offered.
int gongkai_api_download(const char* format) { return app_instance().download(format ? format : "") ? 1 : 0; }

// Changes the view: {"tab": "chart", "report": "fuxin-2017", "language": "en"}.
// Returns {"ok", "error"?, "state"}.
const char* gongkai_api_set_view(const char* json_text) {
    ui::App& app = app_instance();
    const nlohmann::json j = nlohmann::json::parse(json_text ? json_text : "", nullptr, false);
    std::string error;
    if (!j.is_object()) {
        error = "expected an object such as {\"tab\": \"chart\"}";
    } else {
        if (auto it = j.find("tab"); it != j.end()) {
            auto tab = it->is_string() ? ui::parse_tab(it->get<std::string>()) : std::nullopt;
            if (tab) { app.pending_tab = *tab; app.tab = *tab; }
            else error = "tab must be one of figures, tables, chart, audit, errors, scores";
        }
        if (auto it = j.find("report"); it != j.end()) {
            bool found = false;
            for (int i = 0; it->is_string() && i < static_cast<int>(app.reports.size()); ++i)
                if (app.reports[i].id == it->get<std::string>()) { app.select_report(i); found = true; }
            if (!found) error = "no loaded report has that id";
        }
        if (auto it = j.find("language"); it != j.end()) {
            ui::Language l;
            if (it->is_string() && ui::parse_language(it->get<std::string>(), l)) ui::set_language(l);
            else error = "language must be \"zh\" or \"en\"";
        }
        if (error.empty()) error = apply_explorer_view(app, j);
        if (error.empty()) error = ui::apply_chart_view(app, j);  // charts
    }
    ui::model_changed();
    nlohmann::json out = {{"ok", error.empty()}, {"state", state_json(app)}};
    if (!error.empty()) out["error"] = error;
    return give_json(out);
}

// The current chart's data, as drawn and exported (gongkai.chartData()).
const char* gongkai_api_chart_data() { return give_json(ui::chart_data_json(app_instance())); }

// Rectangles (CSS pixels) of the named UI items drawn in the last frame: {"menu.file": {x,y,w,h}, ...}.
const char* gongkai_api_item_rects() {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, r] : app_instance().item_rects())
        out[key] = {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
    return give_json(out);
}

}  // extern "C"

extern "C" void gongkai_api_request_redraw() { gongkai::platform::request_redraw(); }

// ---- review (issue 4): the import review screen (src/ui/import_review.hpp) ----------------
extern "C" {

// Imports `size` bytes of report text and opens the review; returns {"ok", "figures",
// "unsure", "errors"} (errors: the importer's diagnostics, warnings included).
const char* gongkai_api_import_text(const char* name, const char* data, int size) {
    const std::string_view bytes(data ? data : "", data && size > 0 ? static_cast<std::size_t>(size) : 0);
    const ui::ImportReview& r = ui::open_import_review(app_instance(), name && *name ? name : "pasted-text.txt", bytes);
    nlohmann::json errors = nlohmann::json::array();
    for (const Diagnostic& d : r.result.diagnostics) errors.push_back(diagnostic_json(d));
    return give_json({{"ok", r.result.report.has_value() && !has_errors(r.result.diagnostics)},
                      {"figures", r.result.report ? r.result.report->figures.size() : 0},
                      {"unsure", r.result.unsure},
                      {"errors", errors}});
}

// Acts on the open review: {"action": "keep" | "discard" | "select" | "drop" | "restore",
// "figure": id}. Returns {"ok", "error"?, "load"?: {ok, errors, reports}}.
const char* gongkai_api_review(const char* json_text) {
    ui::App& app = app_instance();
    ui::ImportReview& r = ui::import_review();
    const nlohmann::json j = nlohmann::json::parse(json_text ? json_text : "", nullptr, false);
    nlohmann::json out = {{"ok", true}};
    ui::model_changed();
    const std::string action = j.is_object() && j.contains("action") && j["action"].is_string() ? j["action"].get<std::string>() : "";
    if (!r.open) return give_json({{"ok", false}, {"error", "no import is being reviewed"}});
    if (action == "keep") {
        const ui::LoadOutcome load = ui::keep_import_review(app);
        nlohmann::json errors = nlohmann::json::array();
        for (const Diagnostic& d : load.diagnostics) errors.push_back(diagnostic_json(d));
        out["ok"] = load.ok;
        out["load"] = {{"ok", load.ok}, {"errors", errors}, {"reports", load.report_ids}, {"asked", load.asked}};
        return give_json(out);
    }
    if (action == "discard") {
        ui::discard_import_review(app);
        return give_json(out);
    }
    if (action == "select" || action == "drop" || action == "restore") {
        int found = -1;
        const std::string id = j.contains("figure") && j["figure"].is_string() ? j["figure"].get<std::string>() : "";
        for (int i = 0; r.result.report && i < static_cast<int>(r.result.report->figures.size()); ++i)
            if (r.result.report->figures[i].id == id) found = i;
        if (found < 0) return give_json({{"ok", false}, {"error", "no figure of the review has the id \"" + id + "\""}});
        if (action == "select") ui::select_review_figure(found);
        else ui::set_review_dropped(found, action == "drop");
        return give_json(out);
    }
    return give_json({{"ok", false}, {"error", "action must be keep, discard, select, drop or restore"}});
}

}  // extern "C"

// ---- reports kept, removed, linked (src/ui/model/report_keeping.cpp) ---------------------------
extern "C" {

// Removes a loaded report (gongkai.unload); returns {"ok", "error"?, "state"}.
const char* gongkai_api_unload(const char* id) {
    ui::App& app = app_instance();
    const bool ok = app.unload(id ? id : "");
    ui::model_changed();
    nlohmann::json out = {{"ok", ok}, {"state", state_json(app)}};
    if (!ok) out["error"] = "no loaded report has the id \"" + std::string(id ? id : "") + "\"";
    return give_json(out);
}

// Brings the last removed report back (the Undo of its toast); returns {"ok", "state"}.
const char* gongkai_api_undo_unload() {
    ui::App& app = app_instance();
    const bool ok = app.undo_unload();
    ui::model_changed();
    return give_json({{"ok", ok}, {"state", state_json(app)}});
}

}  // extern "C"
