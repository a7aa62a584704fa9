// accessible_mirror.cpp — the audit findings as an HTML list for screen readers.
//
// A canvas is invisible to assistive technology. The page keeps a visually hidden (not
// aria-hidden) list of the current report's findings, rebuilt whenever they, the report or
// the language change. The platform sets each item as textContent: never markup.
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
    if (!first && generation == app.generation && report == app.selected && lang == language()) return;
    first = false;
    generation = app.generation;
    report = app.selected;
    lang = language();

    const Report* r = app.current();
    std::string caption = tr("tab.audit");
    if (r) caption += std::string(" — ") + (r->meta.title.empty() ? r->id : r->meta.title);
    std::vector<std::string> items;
    for (int i : app.current_findings()) {
        const Finding& f = app.findings[i];
        std::string item = std::string(severity_label(f.severity)) + " · " + f.rule + " · " + f.message + " (" +
                           tr("col.stated") + " " + format_number(f.stated) + ", " + tr("col.expected") + " " +
                           format_rounded(f.expected, 3) + ")";
        for (const std::string& q : f.quotes) item += " “" + q + "”";
        items.push_back(std::move(item));
    }
    if (r && items.empty()) items.push_back(tr("audit.none"));
    if (!r) items.push_back(tr("status.no_reports"));
    platform::set_accessible_list("audit-findings", caption, items);
}

}  // namespace gongkai::ui
