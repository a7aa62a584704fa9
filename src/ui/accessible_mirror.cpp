// accessible_mirror.cpp — the audit findings, the errors and the editor's notes as HTML
// lists for screen readers.
//
// A canvas is invisible to assistive technology. The page keeps visually hidden (not
// aria-hidden) lists — #a11y-audit-findings (the current report's findings), #a11y-errors
// (the errors tab), #a11y-report-notes (the current report's editor's notes) — rebuilt
// whenever they, the report or the language change, in the UI's language. The platform sets
// each item as textContent: never markup.
#include <string>
#include <vector>

#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {

void update_accessible_mirror(App& app) {
    static std::uint64_t generation = ~0ull;
    static int report = -2;
    static Language lang = Language::Chinese;
    static bool first = true;
    static std::size_t diagnostics = 0;
    if (!first && generation == app.generation && report == app.selected && lang == language() &&
        diagnostics == app.errors.size())
        return;
    first = false;
    diagnostics = app.errors.size();
    generation = app.generation;
    report = app.selected;
    lang = language();

    const Report* r = app.current();
    std::string caption = tr("tab.audit");
    if (r) caption += std::string(" — ") + (r->meta.title.empty() ? r->id : r->meta.title);
    std::vector<std::string> items;
    for (int i : app.current_findings()) {
        const Finding& f = app.findings[i];
        // Read in the UI's language; the rule's code stays at the end, for a reader to look up.
        const bool zh = language() == Language::Chinese;
        std::string item = std::string(severity_label(f.severity)) + " · " + rule_title(f.rule) + " · " + say(f) +
                           (zh ? "（" : " (") + tr("col.stated") + (zh ? "" : " ") + display_number(f.stated) +
                           (zh ? "，" : ", ") + tr("col.expected") + (zh ? "" : " ") + display_rounded(f.expected, 3) +
                           (zh ? "；" : "; ") + tr("audit.code") + " " + f.rule + (zh ? "）" : ")");
        for (const std::string& q : f.quotes) item += " “" + q + "”";
        items.push_back(std::move(item));
    }
    if (r && items.empty()) items.push_back(tr("audit.none"));
    if (!r) items.push_back(tr("status.no_reports"));
    platform::set_accessible_list("audit-findings", caption, items);

    // The errors tab: each located diagnostic as the tab shows it, newest first.
    std::vector<std::string> errors;
    for (auto it = app.errors.rbegin(); it != app.errors.rend(); ++it) {
        const Diagnostic& d = *it;
        std::string where = d.file;
        if (d.line > 0) where += ":" + std::to_string(d.line) + (d.column > 0 ? ":" + std::to_string(d.column) : "");
        if (!d.pointer.empty()) where += " " + d.pointer;
        errors.push_back(std::string(severity_label(d.severity)) + " · " + where + " · " + say(d));
    }
    if (errors.empty()) errors.push_back(tr("errors.none"));
    platform::set_accessible_list("errors", tr("tab.errors"), errors);

    // The editor's notes, in the UI's language or, marked, in the other.
    std::vector<std::string> notes;
    if (r) {
        for (const Note& n : r->meta.notes) {
            bool other = false;
            const std::string kind = "note.kind." + n.kind;
            std::string item = std::string(tr(kind.c_str())) + " " + note_text(n, lang == Language::Chinese, other);
            if (other) item += std::string(" ") + tr("note.other_language");
            notes.push_back(std::move(item));
        }
    }
    platform::set_accessible_list("report-notes", tr("meta.notes"), notes);
}

}  // namespace gongkai::ui
