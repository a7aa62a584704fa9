// session.cpp — stored reports and the URL hash, in step with the App (see session.hpp).
//
// [SECTION] Stored reports
// [SECTION] The URL hash
// [SECTION] frame
// [SECTION] C functions for gongkai.storage (web/gongkai-api.js)
#include "app/session.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/app_instance.hpp"
#include "core/save.hpp"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/model/model_changed.hpp"
#include "ui/view_state.hpp"

namespace gongkai::session {
namespace {

// The name stored reports carry in the errors panel.
constexpr const char* kStoredName = "browser storage (stored reports)";

// The bundled reports as bundled, and their normalised JSON, written on first use (not in the
// first view: nothing is compared before the first save).
struct Bundled {
    Report report;
    std::optional<std::string> json;
    const std::string& normalised() {
        if (!json) json = save_report_json(report);
        return *json;
    }
};
std::map<std::string, Bundled> g_bundled;   // by report id
bool g_restored = false;
bool g_settled = false;
std::uint64_t g_saved_generation = ~0ull;
std::string g_saved;                            // the snapshot last handed to storage

// What the URL shows and what we last made of it.
std::string g_applied;                 // view_hash() right after we applied or published
std::string g_published;               // the hash in the address bar, as far as we know
std::string g_link;                    // a hash with parts that wait for a report to be loaded
std::vector<std::string> g_link_ids;   // the report ids when g_link was last tried

// ---------------------------------------------------------------------------
// [SECTION] Stored reports
// ---------------------------------------------------------------------------

// A report that is not exactly as bundled: the user's own, or a corrected bundled one.
bool is_own(const Report& r) {
    auto b = g_bundled.find(r.id);
    return b == g_bundled.end() || b->second.normalised() != save_report_json(r);
}

// Every report of the user's own, as they are now.
std::vector<const Report*> own_reports(const ui::App& app) {
    std::vector<const Report*> own;
    for (const Report& r : app.reports)
        if (is_own(r)) own.push_back(&r);
    return own;
}

// Beyond this many figures of their own (about 40 MB of JSON) the loaded reports are not kept in
// the browser: a snapshot would need several times that of the tab's memory (wasm memory is
// 2 GiB at most, and it never shrinks) and most of a storage quota. They stay open in the tab.
constexpr std::size_t kMaxStoredFigures = 200000;
bool g_too_large = false;  // told the user, for the reports loaded now

// The problem in the UI's language ("storage.<code>" in src/ui/i18n.cpp, the browser's own words
// in place of its %s), or as the page wrote it when the code is not one the UI knows.
std::string wording(const platform::StorageProblem& p) {
    if (p.code.empty()) return p.message;
    const std::string key = "storage." + p.code;
    std::string text = ui::tr(key.c_str());
    if (text == key && !p.message.empty()) return p.message;
    if (const std::size_t at = text.find("%s"); at != std::string::npos) text.replace(at, 2, p.detail);
    return text;
}

void show_problem(ui::App& app, const platform::StorageProblem& p) {
    Diagnostic d;
    d.file = kStoredName;
    d.severity = p.error ? Severity::Error : Severity::Warning;
    d.message = wording(p);
    // The code travels with it, so the errors tab words it again when the language changes.
    if (!p.code.empty()) d.what = std::move(Message("storage." + p.code).text("detail", p.detail));
    app.errors.push_back(d);
    ++app.generation;
    // Quota and damage must not go unnoticed: a toast as well as the errors panel.
    app.show_toast(d.message, 6.0);
    ui::model_changed();
}

void restore(ui::App& app, const std::string& bytes) {
    g_saved = bytes;
    if (bytes.empty()) return;
    const ui::LoadOutcome out = app.load(kStoredName, bytes);
    if (!out.ok) {
        // Valid bytes that no longer load whole (say, a format this version refuses): keep a copy
        // aside before the next save replaces them, and say so.
        platform::storage_set_aside("the stored reports did not load completely");
        show_problem(app, {true, "", "partly_loaded", ""});   // storage.partly_loaded in src/ui/i18n.cpp
    }
}

// What to store: the user's own reports as one collection ("" when there are none), or nullopt,
// after telling the user once, when they are too many to keep.
std::optional<std::string> snapshot(ui::App& app) {
    const std::vector<const Report*> own = own_reports(app);
    std::size_t figures = 0;
    for (const Report* r : own) figures += r->figures.size();
    if (figures > kMaxStoredFigures) {
        if (!g_too_large) {
            g_too_large = true;
            show_problem(app, {false, "", "too_many", ""});   // storage.too_many in src/ui/i18n.cpp
        }
        return std::nullopt;
    }
    g_too_large = false;
    if (own.empty()) return std::string();
    return save_chosen_reports_json(own);
}

void save_if_changed(ui::App& app) {
    if (app.generation == g_saved_generation) return;
    std::optional<std::string> bytes = snapshot(app);
    g_saved_generation = app.generation;  // after the warning, which is a change too
    if (!bytes || *bytes == g_saved) return;
    g_saved = std::move(*bytes);
    platform::storage_save(g_saved);
}

// ---------------------------------------------------------------------------
// [SECTION] The URL hash
// ---------------------------------------------------------------------------

std::vector<std::string> report_ids(const ui::App& app) {
    std::vector<std::string> ids;
    for (const Report& r : app.reports) ids.push_back(r.id);
    return ids;
}

void apply_link(ui::App& app, const std::string& hash) {
    const ui::ViewApplied applied = ui::apply_view_hash(app, hash);
    g_link = applied.pending.empty() ? std::string() : hash;
    g_link_ids = report_ids(app);
    g_applied = ui::view_hash(app);
}

void sync_url(ui::App& app) {
    // From outside: the address at start-up, Back/Forward, an edited address.
    if (std::optional<std::string> incoming = platform::take_url_state()) {
        g_published = *incoming;
        if (!incoming->empty()) apply_link(app, *incoming);
    }
    // A link waiting for a report: try again whenever the loaded reports change.
    if (!g_link.empty() && report_ids(app) != g_link_ids) apply_link(app, g_link);

    // Mid-change (a tab switch opens on the next frame): publish once it has settled.
    if (app.pending_tab) return;
    const std::string now = ui::view_hash(app);
    if (now != g_applied) {
        // The user changed the view: it is theirs now, the link's waiting parts are dropped.
        const bool new_entry = !g_published.empty() && ui::is_new_view(g_applied, now);
        g_link.clear();
        g_applied = now;
        g_published = now;
        platform::set_url_state(now, new_entry);
    } else if (g_link.empty() && now != g_published) {
        // The first view, or an address whose parts did not all apply: show what is shown.
        g_published = now;
        platform::set_url_state(now, false);
    }
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] frame
// ---------------------------------------------------------------------------

void start(ui::App& app) {
    g_bundled.clear();
    for (const Report& r : app.reports) g_bundled[r.id] = Bundled{r, std::nullopt};
}

void frame(ui::App& app) {
    while (std::optional<platform::StorageProblem> p = platform::storage_take_problem()) show_problem(app, *p);
    if (!g_restored) {
        // Nothing is saved before the stored state is back: a save now would replace it.
        std::optional<std::string> initial = platform::storage_take_initial();
        if (!initial) return;
        restore(app, *initial);
        g_restored = true;
        g_saved_generation = app.generation;
    }
    sync_url(app);
    g_settled = true;
    save_if_changed(app);
}

bool settled() { return g_settled; }

void save_now(ui::App& app) {
    if (!g_restored) return;
    std::optional<std::string> bytes = snapshot(app);
    g_saved_generation = app.generation;
    if (!bytes) return;
    g_saved = std::move(*bytes);
    platform::storage_save(g_saved);
}

}  // namespace gongkai::session

// ---------------------------------------------------------------------------
// [SECTION] C functions for gongkai.storage (web/gongkai-api.js)
// ---------------------------------------------------------------------------

extern "C" {
// 1 when a save was started; 0 before the stored state was restored.
int gongkai_api_storage_save() {
    if (!gongkai::session::settled()) return 0;
    gongkai::session::save_now(gongkai::app_instance());
    return 1;
}
void gongkai_api_storage_clear() { gongkai::platform::storage_clear(); }
}
