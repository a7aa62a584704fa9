// session.hpp — what survives a reload: keeps the user's reports in browser storage and the
// view in the URL hash, in step with the App. Wired by main_web.cpp; the page API
// (gongkai.storage) calls save_now/clear.
//
// Stored: one snapshot, the normalised collection of every report that differs from the
// bundled ones (loaded by the user, or corrected). Restored once at start-up, before the URL's
// view is applied and before gongkai.ready. Saved whenever that collection changes.
// The URL: the hash (src/ui/view_state.hpp) follows the view: a new view (report, tab) is a
// history entry, a refinement (sort, filter, selection, language) replaces the current one;
// Back/Forward and an edited address apply theirs. Parts naming a report not loaded yet wait
// for it (open a shared link, then load the same file).
#pragma once

namespace gongkai::ui {
class App;
}

namespace gongkai::session {

// Call once, after the bundled reports are loaded: they are what is not stored.
void start(ui::App& app);
// Call every drawn frame, before the UI is drawn.
void frame(ui::App& app);
// True once stored reports were restored (or there were none) and the URL's view applied.
bool settled();
// Saves the snapshot now, even if it looks unchanged (gongkai.storage.save()).
void save_now(ui::App& app);

}  // namespace gongkai::session
