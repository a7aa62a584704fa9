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
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

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

nlohmann::json diagnostic_json(const Diagnostic& d) {
    return {{"file", d.file},       {"line", d.line},       {"column", d.column},
            {"pointer", d.pointer}, {"message", d.message}, {"severity", severity_name(d.severity)}};
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
        if (cur && f.report_id == cur->id) ++findings;
    nlohmann::json sort = nullptr;
    if (app.figure_sort.column >= 0) {
        static const char* const columns[] = {"area", "topic", "department", "category", "value", "unit", "quote"};
        sort = {{"column", columns[app.figure_sort.column]},
                {"direction", app.figure_sort.descending ? "descending" : "ascending"}};
    }
    return {
        {"ready", app_is_ready()},
        {"reports", reports},
        {"view",
         {{"tab", ui::tab_name(app.tab)},
          {"report", cur ? nlohmann::json(cur->id) : nlohmann::json(nullptr)},
          {"grouping", "area"},
          {"measure", "published"},
          {"sort", sort},
          {"findings", findings},
          {"language", ui::language_code(ui::language())}}},
        {"errors", errors},
    };
}

}  // namespace
}  // namespace gongkai

using namespace gongkai;

extern "C" {

int gongkai_api_result_size() { return static_cast<int>(g_result.size()); }

const char* gongkai_api_state() { return give_json(state_json(app_instance())); }

// Loads `size` bytes as report JSON; returns {"ok", "errors", "reports"}.
const char* gongkai_api_load(const char* name, const char* data, int size) {
    const std::string_view bytes(data ? data : "", data && size > 0 ? static_cast<std::size_t>(size) : 0);
    const ui::LoadOutcome out = app_instance().load(name ? name : "report.json", bytes);
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
            else error = "tab must be one of figures, chart, audit, errors";
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
    }
    platform::request_redraw();
    nlohmann::json out = {{"ok", error.empty()}, {"state", state_json(app)}};
    if (!error.empty()) out["error"] = error;
    return give_json(out);
}

// Rectangles (CSS pixels) of the named UI items drawn in the last frame: {"menu.file": {x,y,w,h}, ...}.
const char* gongkai_api_item_rects() {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, r] : app_instance().item_rects())
        out[key] = {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
    return give_json(out);
}

}  // extern "C"

extern "C" void gongkai_api_request_redraw() { gongkai::platform::request_redraw(); }
