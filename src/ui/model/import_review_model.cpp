// import_review_model.cpp — the import review's state and operations: open, select, drop, edit,
// keep, discard, and the page API's view of it (import_review.hpp). Drawn by
// src/ui/import_review_view.cpp.
//
// [SECTION] State and operations (open, select, drop, keep, discard)
// [SECTION] Edits of the selected figure and of the report
// [SECTION] The page API's view of it
#include "ui/import_review.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "core/import_pdf.hpp"
#include "core/message.hpp"
#include "core/report_id.hpp"
#include "core/save.hpp"
#include "core/zero_phrases.hpp"
#include "platform/platform.hpp"
#include "ui/i18n.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {

// ---------------------------------------------------------------------------
// [SECTION] State and operations
// ---------------------------------------------------------------------------

namespace {

std::uint64_t g_review_generation = 0;   // bumps on every new import (the text layout keys on it)
}  // namespace

Report* review_report() {
    ImportReview& r = import_review();
    return r.result.report ? &*r.result.report : nullptr;
}

int review_figure_count() {
    const Report* rep = review_report();
    return rep ? static_cast<int>(rep->figures.size()) : 0;
}

std::uint64_t review_generation() { return g_review_generation; }

// Closes the HTML overlay of a review field: its value belongs to the figure it was opened for.
void close_review_overlay(App& app) {
    if (app.overlay_key.rfind("review.", 0) == 0) {
        platform::hide_text_overlay();
        (void)platform::take_text_overlay_events();
        app.overlay_key.clear();
    }
}

void review_fill_edit_buffers() {
    ImportReview& r = import_review();
    const Report* rep = review_report();
    r.edit_for = r.selected;
    r.value_invalid = false;
    if (!rep || r.selected < 0 || r.selected >= review_figure_count()) {
        r.value_text = r.area = r.topic = r.department = r.category = r.unit = "";
        return;
    }
    const Figure& f = rep->figures[r.selected];
    r.value_text = display_number(f.value);
    r.area = f.area;
    r.topic = f.topic;
    r.department = f.department;
    r.category = f.category;
    r.unit = f.unit;
}

namespace {

// A decimal number, nothing else (spaces around it allowed).
bool parse_value(const std::string& text, double& out) {
    const char* s = text.c_str();
    while (*s == ' ') ++s;
    if (!*s) return false;
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(s, &end);
    if (end == s || errno == ERANGE || !std::isfinite(v)) return false;
    while (*end == ' ') ++end;
    if (*end) return false;
    out = v;
    return true;
}

// A whole year such as 2023, or nothing.
bool parse_year(const std::string& text, std::optional<int>& out) {
    std::size_t a = text.find_first_not_of(' '), b = text.find_last_not_of(' ');
    if (a == std::string::npos) {
        out.reset();
        return true;
    }
    const std::string t = text.substr(a, b - a + 1);
    if (t.size() != 4 || t.find_first_not_of("0123456789") != std::string::npos) return false;
    const int y = std::stoi(t);
    if (y < 1990 || y > 2100) return false;
    out = y;
    return true;
}

// Report ids: letters, digits, - _ . (docs/report-format.md).
bool valid_id(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
            return false;
    return true;
}

}  // namespace

ImportReview& import_review() {
    static ImportReview review;
    return review;
}

const ImportReview& open_import_review(App& app, std::string_view file_name, std::string_view bytes) {
    close_review_overlay(app);
    ImportReview& r = import_review();
    r = ImportReview{};
    r.open = true;
    r.file_name = std::string(file_name);
    try {
        ImportOptions options;
        options.file_name = r.file_name;
        // A tab has a few GiB at most and figure-dense text costs the importer tens of bytes
        // per byte (docs/hostile-inputs.md); real reports are under 1 MB.
        options.max_bytes = std::size_t{32} << 20;
        if (is_pdf_extraction(bytes)) {
            r.result = import_pdf_extraction(bytes, options);   // pdf.js' text (web/gongkai-api.js)
        } else if (is_pdf_file_name(r.file_name)) {
            r.result = ImportResult{};   // named .pdf but not one: pdf.js never saw it
            r.result.diagnostics.push_back(make_diagnostic(Severity::Error, r.file_name, 0, 0, "",
                                                           std::move(Message("import.pdf.invalid").text("what", "no %PDF- header"))));
        } else {
            r.result = import_text(bytes, options);
        }
    } catch (const std::exception& e) {
        // The importer reports problems as diagnostics; anything thrown is a bug we still survive.
        r.result = ImportResult{};
        r.result.diagnostics.push_back(make_diagnostic(Severity::Error, r.file_name, 0, 0, "",
                                                       std::move(Message("app.internal_error.importing").text("what", e.what()))));
    }
    // An id of its own, readable and never the paste placeholder (made unique when kept).
    if (r.result.report) r.result.report->id = readable_report_id(*r.result.report, r.file_name);
    if (!r.result.report && !has_errors(r.result.diagnostics)) {
        r.result.diagnostics.push_back(make_diagnostic(Severity::Error, r.file_name, 0, 0, "", Message("app.import_no_report")));
    }
    const int n = review_figure_count();
    r.dropped.assign(static_cast<std::size_t>(n), 0);
    r.edited.assign(static_cast<std::size_t>(n), 0);
    r.selected = -1;
    review_fill_edit_buffers();
    ++g_review_generation;
    model_changed();
    return r;
}

void open_paste_review(App& app) {
    close_review_overlay(app);
    ImportReview& r = import_review();
    r = ImportReview{};
    r.open = true;
    r.waiting_for_paste = true;
    r.file_name = "pasted-text.txt";
    ++g_review_generation;
    model_changed();
}

void select_review_figure(int figure) {
    ImportReview& r = import_review();
    if (figure < -1 || figure >= review_figure_count()) return;
    r.selected = figure;
    r.scroll_source = true;
    review_fill_edit_buffers();
    model_changed();
}

void set_review_dropped(int figure, bool dropped) {
    ImportReview& r = import_review();
    if (figure < 0 || figure >= review_figure_count()) return;
    r.dropped[static_cast<std::size_t>(figure)] = dropped ? 1 : 0;
    ++r.revision;
    model_changed();
}

std::optional<Report> reviewed_report() {
    ImportReview& r = import_review();
    const Report* rep = review_report();
    if (!r.open || !rep) return std::nullopt;
    Report out = *rep;
    std::set<std::string> gone;
    std::vector<Figure> kept;
    for (std::size_t i = 0; i < out.figures.size(); ++i) {
        if (r.dropped[i]) {
            gone.insert(out.figures[i].id);
            continue;
        }
        // The user looked at an edited figure and set it right: no longer a guess.
        if (r.edited[i]) out.figures[i].unsure = false;
        kept.push_back(std::move(out.figures[i]));
    }
    // A part whose total was dropped is a figure of its own; so is a share whose referent went.
    for (Figure& f : kept) {
        if (gone.count(f.parent)) {
            f.parent.clear();
            f.breakdown.clear();
        }
        if (gone.count(f.share_of)) f.share_of.clear();
    }
    out.figures = std::move(kept);
    return out;
}

const std::vector<Finding>& review_audit() {
    ImportReview& r = import_review();
    if (r.audited == r.revision) return r.audit;
    r.audited = r.revision;
    r.audit.clear();
    if (std::optional<Report> rep = reviewed_report()) {
        std::vector<Report> one;
        one.push_back(std::move(*rep));
        r.audit = gongkai::audit(one);
    }
    return r.audit;
}

std::vector<int> review_findings_of(int figure) {
    std::vector<int> out;
    const Report* rep = review_report();
    if (!rep || figure < 0 || figure >= review_figure_count()) return out;
    const std::vector<Finding>& all = review_audit();
    const std::string& id = rep->figures[figure].id;
    for (int i = 0; i < static_cast<int>(all.size()); ++i)
        if (std::find(all[i].figure_ids.begin(), all[i].figure_ids.end(), id) != all[i].figure_ids.end()) out.push_back(i);
    return out;
}

const char* review_figure_status(const Figure& f) {
    for (const std::string& n : f.notes) {
        if (n == import_detail::kStatedInWordsNote) return "stated_in_words";
        if (n == import_detail::kRunningTotalNote) return "cumulative";
    }
    return "stated";
}

LoadOutcome keep_import_review(App& app) {
    LoadOutcome out;
    std::optional<Report> report = reviewed_report();
    if (!report) return out;
    close_review_overlay(app);
    const std::string name = import_review().file_name;
    ImportReview kept = std::move(import_review());
    import_review() = ImportReview{};
    // The same path as gongkai.load: validated, audited, stored like any loaded report; an id
    // of its own, or a question first when the same report is loaded already.
    out = app.add_imported(std::move(*report), name);
    if (out.asked) {
        // The review stays under the question: Cancel comes back to it (App::answer_duplicate).
        import_review() = std::move(kept);
        return out;
    }
    if (out.ok) app.pending_tab = Tab::Figures;
    // Refused (a correction the loader rejects): the review comes back with the user's edits;
    // the loader's errors are in the errors panel.
    if (out.report_ids.empty()) {
        import_review() = std::move(kept);
        std::vector<Diagnostic>& shown = import_review().result.diagnostics;
        shown.insert(shown.end(), out.diagnostics.begin(), out.diagnostics.end());
    }
    return out;
}

void discard_import_review(App& app) {
    close_review_overlay(app);
    import_review() = ImportReview{};
    model_changed();
}

// ---------------------------------------------------------------------------
// [SECTION] Edits of the selected figure and of the report
// ---------------------------------------------------------------------------

bool review_edit_figure(ReviewField field, const std::string& text) {
    ImportReview& r = import_review();
    Report* rep = review_report();
    if (!rep || r.selected < 0 || r.selected >= review_figure_count()) return false;
    if (r.edit_for != r.selected) review_fill_edit_buffers();
    Figure& f = rep->figures[static_cast<std::size_t>(r.selected)];
    const std::size_t i = static_cast<std::size_t>(r.selected);
    model_changed();
    if (field == ReviewField::Value) {
        r.value_text = text;
        double v = 0;
        r.value_invalid = !parse_value(text, v);
        if (r.value_invalid) return false;
        f.value = v;
        r.edited[i] = 1;
        ++r.revision;
        return true;
    }
    struct Target { std::string* buffer; Text* value; };
    const Target t = field == ReviewField::Unit         ? Target{&r.unit, &f.unit}
                     : field == ReviewField::Area       ? Target{&r.area, &f.area}
                     : field == ReviewField::Topic      ? Target{&r.topic, &f.topic}
                     : field == ReviewField::Department ? Target{&r.department, &f.department}
                                                        : Target{&r.category, &f.category};
    *t.buffer = text;
    *t.value = text;
    r.edited[i] = 1;
    ++r.revision;
    return true;
}

namespace {

// True when `candidate` lies under `figure` (its parent chain reaches it): making it the parent
// would close a loop.
bool under(const Report& rep, const Figure& candidate, const std::string& figure) {
    std::string at = candidate.parent;
    for (std::size_t steps = 0; !at.empty() && steps <= rep.figures.size(); ++steps) {
        if (at == figure) return true;
        std::string next;
        for (const auto& g : rep.figures)
            if (g.id.str() == at) { next = g.parent; break; }
        at = next;
    }
    return false;
}

}  // namespace

std::vector<int> review_parent_candidates() {
    std::vector<int> out;
    const ImportReview& r = import_review();
    const Report* rep = review_report();
    if (!rep || r.selected < 0 || r.selected >= review_figure_count()) return out;
    const Figure& f = rep->figures[static_cast<std::size_t>(r.selected)];
    for (int n = 0; n < review_figure_count(); ++n) {
        const Figure& g = rep->figures[static_cast<std::size_t>(n)];
        if (n == r.selected || r.dropped[static_cast<std::size_t>(n)] || g.unit != f.unit || g.unit == "%" ||
            under(*rep, g, f.id))
            continue;
        out.push_back(n);
    }
    return out;
}

bool review_set_parent(int parent) {
    ImportReview& r = import_review();
    Report* rep = review_report();
    if (!rep || r.selected < 0 || r.selected >= review_figure_count()) return false;
    Figure& f = rep->figures[static_cast<std::size_t>(r.selected)];
    std::string id;
    if (parent >= 0) {
        const std::vector<int> ok = review_parent_candidates();
        if (std::find(ok.begin(), ok.end(), parent) == ok.end()) return false;
        id = rep->figures[static_cast<std::size_t>(parent)].id;
    }
    if (f.parent.str() == id) return false;
    f.parent = id;
    f.breakdown.clear();
    r.edited[static_cast<std::size_t>(r.selected)] = 1;
    ++r.revision;
    model_changed();
    return true;
}

void review_pick_unit(App& app, const std::string& unit) {
    close_review_overlay(app);   // an open unit field would write its old text back
    review_edit_figure(ReviewField::Unit, unit);
}

void review_fill_meta() {
    ImportReview& r = import_review();
    const Report* rep = review_report();
    if (r.meta_filled || !rep) return;
    r.meta_filled = true;
    r.title = rep->meta.title;
    r.issuer = rep->meta.issuer;
    r.region = rep->meta.region.name;
    r.year = rep->meta.year ? std::to_string(*rep->meta.year) : std::string();
    r.id = rep->id;
}

bool review_edit_meta(ReviewMeta field, const std::string& text) {
    ImportReview& r = import_review();
    Report* rep = review_report();
    if (!rep) return false;
    review_fill_meta();
    model_changed();
    switch (field) {
        case ReviewMeta::Title: r.title = text; rep->meta.title = text; return true;
        case ReviewMeta::Issuer: r.issuer = text; rep->meta.issuer = text; return true;
        case ReviewMeta::Region: r.region = text; rep->meta.region.name = text; return true;
        case ReviewMeta::Id:
            r.id = text;
            r.id_invalid = !valid_id(text);
            if (!r.id_invalid) rep->id = text;
            return !r.id_invalid;
        case ReviewMeta::Year: {
            r.year = text;
            std::optional<int> y;
            r.year_invalid = !parse_year(text, y);
            if (!r.year_invalid) rep->meta.year = y;
            return !r.year_invalid;
        }
    }
    return false;
}


// ---------------------------------------------------------------------------
// [SECTION] The page API's view of it (state().view.review)
// ---------------------------------------------------------------------------

nlohmann::json review_view_json() {
    const ImportReview& r = import_review();
    if (!r.open) return nullptr;
    const Report* rep = review_report();
    nlohmann::json diagnostics = nlohmann::json::array();
    for (const Diagnostic& d : r.result.diagnostics)
        diagnostics.push_back({{"file", d.file}, {"line", d.line}, {"column", d.column}, {"pointer", d.pointer},
                               {"message", d.message}, {"text", say(d)}, {"code", d.what.code},
                               {"severity", severity_name(d.severity)}});
    nlohmann::json items = nlohmann::json::array();
    int kept = 0, unsure = 0;
    for (int i = 0; i < review_figure_count(); ++i) {
        const Figure& f = rep->figures[i];
        const bool dropped = r.dropped[i] != 0;
        if (!dropped) {
            ++kept;
            if (f.unsure && !r.edited[i]) ++unsure;
        }
        items.push_back({{"id", f.id}, {"area", f.area}, {"topic", f.topic}, {"department", f.department},
                         {"category", f.category}, {"value", f.value}, {"unit", f.unit}, {"unsure", f.unsure},
                         {"dropped", dropped}, {"edited", r.edited[i] != 0}, {"parent", f.parent},
                         {"qualifier", f.qualifier}, {"status", review_figure_status(f)}});
    }
    // The live audit of the figures as they stand, each finding with the figures it involves.
    nlohmann::json findings = nlohmann::json::array();
    if (rep) {
        for (const Finding& f : review_audit())
            findings.push_back({{"rule", f.rule}, {"severity", severity_name(f.severity)}, {"code", f.what.code},
                                {"text", say(f)}, {"figures", f.figure_ids}, {"location", f.location}});
        for (int i = 0; i < review_figure_count(); ++i)
            items[static_cast<std::size_t>(i)]["findings"] = review_findings_of(i).size();
    }
    nlohmann::json selected = nullptr, quote = nullptr;
    if (rep && r.selected >= 0 && r.selected < review_figure_count()) {
        const Figure& f = rep->figures[r.selected];
        selected = f.id;
        if (f.quote)
            quote = {{"text", f.quote->text},
                     {"start", f.quote->start ? nlohmann::json(*f.quote->start) : nlohmann::json(nullptr)},
                     {"end", f.quote->end ? nlohmann::json(*f.quote->end) : nlohmann::json(nullptr)}};
        if (f.quote && f.quote->start && r.result.detected_encoding == "PDF") {
            const PdfPosition at = pdf_position(rep->text, static_cast<std::size_t>(*f.quote->start));
            quote["page"] = at.page;
            quote["line"] = at.line;
        }
    }
    return {{"open", true},
            {"waitingForPaste", r.waiting_for_paste},
            {"file", r.file_name},
            {"report", rep ? nlohmann::json(rep->id) : nlohmann::json(nullptr)},
            {"encoding", r.result.detected_encoding},
            {"converted", r.result.converted},
            {"figures", kept},
            {"unsure", unsure},
            {"dropped", review_figure_count() - kept},
            {"selected", selected},
            {"highlight", quote},
            {"valueInvalid", r.value_invalid},
            {"meta", rep ? nlohmann::json{{"title", rep->meta.title}, {"issuer", rep->meta.issuer},
                                          {"region", rep->meta.region.name},
                                          {"year", rep->meta.year ? nlohmann::json(*rep->meta.year) : nlohmann::json(nullptr)}}
                         : nlohmann::json(nullptr)},
            {"yearInvalid", r.year_invalid},
            {"idInvalid", r.id_invalid},
            {"readingClipboard", r.reading_clipboard},
            {"pasteBox", r.paste_box},
            {"items", items},
            // What the file was read as ("text", "html", "mhtml", "docx", "ofd", "pdf"), its
            // template and how many table cells were read (each with its place in the text).
            {"format", r.result.source_format},
            {"template", rep ? nlohmann::json(rep->meta.template_version) : nlohmann::json(nullptr)},
            {"tableCells", rep && rep->tables ? rep->tables->sources.size() : std::size_t{0}},
            {"audit", findings},
            {"diagnostics", diagnostics}};
}

}  // namespace gongkai::ui
