// import_review_view.cpp — the import review screen: what the importer read from a report's
// text, beside that text, for the user to correct, drop, keep or discard (import_review.hpp).
//
// [SECTION] State and operations (open, select, drop, keep, discard)
// [SECTION] The page API's view of it
// [SECTION] Source text with the selected quote highlighted
// [SECTION] Drawing
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
#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/highlighted_text.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {

// ---------------------------------------------------------------------------
// [SECTION] State and operations
// ---------------------------------------------------------------------------

namespace {

std::uint64_t g_review_generation = 0;   // bumps on every new import (the text layout keys on it)
bool g_paste_box_shown = false;          // the HTML paste box is on the page

// Set when the paste box was drawn this frame; the box leaves the page when it was not.
bool& paste_box_drawn() {
    static bool drawn = false;
    return drawn;
}

Report* review_report() {
    ImportReview& r = import_review();
    return r.result.report ? &*r.result.report : nullptr;
}

int figure_count() {
    const Report* rep = review_report();
    return rep ? static_cast<int>(rep->figures.size()) : 0;
}

// Closes the HTML overlay of a review field: its value belongs to the figure it was opened for.
void close_review_overlay(App& app) {
    if (app.overlay_key.rfind("review.", 0) == 0) {
        platform::hide_text_overlay();
        (void)platform::take_text_overlay_events();
        app.overlay_key.clear();
    }
}

void fill_edit_buffers() {
    ImportReview& r = import_review();
    const Report* rep = review_report();
    r.edit_for = r.selected;
    r.value_invalid = false;
    if (!rep || r.selected < 0 || r.selected >= figure_count()) {
        r.value_text = r.area = r.topic = r.department = r.category = r.unit = "";
        return;
    }
    const Figure& f = rep->figures[r.selected];
    r.value_text = format_number(f.value);
    r.area = f.area;
    r.topic = f.topic;
    r.department = f.department;
    r.category = f.category;
    r.unit = f.unit;
}

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

// How a figure is known, as the page API and the editor say it: stated (digits), stated_in_words
// (a zero said in words), cumulative (a running total, not the year's count).
const char* figure_status(const Figure& f) {
    for (const std::string& n : f.notes) {
        if (n == import_detail::kStatedInWordsNote) return "stated_in_words";
        if (n == import_detail::kRunningTotalNote) return "cumulative";
    }
    return "stated";
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
    const int n = figure_count();
    r.dropped.assign(static_cast<std::size_t>(n), 0);
    r.edited.assign(static_cast<std::size_t>(n), 0);
    r.selected = -1;
    fill_edit_buffers();
    ++g_review_generation;
    platform::request_redraw();
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
    platform::request_redraw();
}

void select_review_figure(int figure) {
    ImportReview& r = import_review();
    if (figure < -1 || figure >= figure_count()) return;
    r.selected = figure;
    r.scroll_source = true;
    fill_edit_buffers();
    platform::request_redraw();
}

void set_review_dropped(int figure, bool dropped) {
    ImportReview& r = import_review();
    if (figure < 0 || figure >= figure_count()) return;
    r.dropped[static_cast<std::size_t>(figure)] = dropped ? 1 : 0;
    ++r.revision;
    platform::request_redraw();
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
    if (!rep || figure < 0 || figure >= figure_count()) return out;
    const std::vector<Finding>& all = review_audit();
    const std::string& id = rep->figures[figure].id;
    for (int i = 0; i < static_cast<int>(all.size()); ++i)
        if (std::find(all[i].figure_ids.begin(), all[i].figure_ids.end(), id) != all[i].figure_ids.end()) out.push_back(i);
    return out;
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
    platform::request_redraw();
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
    for (int i = 0; i < figure_count(); ++i) {
        const Figure& f = rep->figures[i];
        const bool dropped = r.dropped[i] != 0;
        if (!dropped) {
            ++kept;
            if (f.unsure && !r.edited[i]) ++unsure;
        }
        items.push_back({{"id", f.id}, {"area", f.area}, {"topic", f.topic}, {"department", f.department},
                         {"category", f.category}, {"value", f.value}, {"unit", f.unit}, {"unsure", f.unsure},
                         {"dropped", dropped}, {"edited", r.edited[i] != 0}, {"parent", f.parent},
                         {"qualifier", f.qualifier}, {"status", figure_status(f)}});
    }
    // The live audit of the figures as they stand, each finding with the figures it involves.
    nlohmann::json findings = nlohmann::json::array();
    if (rep) {
        for (const Finding& f : review_audit())
            findings.push_back({{"rule", f.rule}, {"severity", severity_name(f.severity)}, {"code", f.what.code},
                                {"text", say(f)}, {"figures", f.figure_ids}, {"location", f.location}});
        for (int i = 0; i < figure_count(); ++i) items[static_cast<std::size_t>(i)]["findings"] = review_findings_of(i).size();
    }
    nlohmann::json selected = nullptr, quote = nullptr;
    if (rep && r.selected >= 0 && r.selected < figure_count()) {
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
            {"dropped", figure_count() - kept},
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
            // What the file was read as ("text", "html", "mhtml", "docx", "ofd"), its template
            // and how many table cells were read (each with its place in the text).
            {"format", r.result.source_format},
            {"template", rep ? nlohmann::json(rep->meta.template_version) : nlohmann::json(nullptr)},
            {"tableCells", rep && rep->tables ? rep->tables->sources.size() : std::size_t{0}},
            {"audit", findings},
            {"diagnostics", diagnostics}};
}

// ---------------------------------------------------------------------------
// [SECTION] Source text with the selected quote highlighted
// ---------------------------------------------------------------------------

namespace {

void draw_review_source(App& app, ImportReview& r, const Report& rep) {
    HighlightedText text;
    text.child_id = "##review-text";
    text.area_key = "review.source";
    text.highlight_key = "review.highlight";
    text.text = &rep.text;
    text.generation = g_review_generation;
    if (r.selected >= 0 && r.selected < figure_count()) {
        const Figure& f = rep.figures[r.selected];
        if (f.quote && f.quote->start && f.quote->end && *f.quote->start < *f.quote->end)
            text.highlights.push_back({*f.quote->start, *f.quote->end, true});
    }
    if (r.scroll_source) {
        r.scroll_source = false;
        if (!text.highlights.empty()) text.scroll_to = text.highlights.front().begin;
    }
    draw_highlighted_text(app, text);
}

// ---------------------------------------------------------------------------
// [SECTION] Drawing
// ---------------------------------------------------------------------------

void take_pasted(App& app, const std::string& text) {
    if (text.empty()) {
        app.toast = tr("review.clipboard_empty");
        app.toast_until = platform::now_seconds() + 4;
        return;
    }
    open_import_review(app, "pasted-text.txt", text);
}

void draw_paste_prompt(App& app, ImportReview& r) {
    ImGui::TextWrapped("%s", tr("review.paste_prompt"));
    // Ctrl+V on the canvas: the browser's paste event (web/gongkai-glue.js) hands the text to
    // platform::clipboard_text() right after the key; read it a frame later to be sure.
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_V)) r.paste_frames = 2;
    if (r.paste_frames > 0) {
        platform::request_redraw();
        if (--r.paste_frames == 0) {
            take_pasted(app, platform::clipboard_text());
            return;
        }
    }
    // The button reads the system clipboard (a phone has no Ctrl+V); the answer comes later.
    if (ImGui::Button(tr_id("review.paste")) && !r.reading_clipboard) {
        r.reading_clipboard = true;
        platform::read_clipboard();
    }
    app.remember_item("review.paste");
    if (r.reading_clipboard) {
        if (std::optional<platform::ClipboardRead> read = platform::take_clipboard_read()) {
            r.reading_clipboard = false;
            if (read->ok && !read->text.empty()) {
                open_import_review(app, "pasted-text.txt", read->text);
                return;
            }
            // Refused, or nothing as text: the box to paste into, with the reason.
            r.paste_box = true;
            r.clipboard_refusal = read->ok ? tr("review.clipboard_empty") : read->error;
        } else {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", tr("review.reading_clipboard"));
        }
    }
    if (!r.paste_box) return;
    ImGui::TextColored(severity_colour(Severity::Warning), "%s", tr("review.clipboard_refused"));
    if (!r.clipboard_refusal.empty()) ImGui::TextDisabled("(%s)", r.clipboard_refusal.c_str());
    // The box itself is an HTML <textarea> laid over this space (platform::show_paste_box).
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = std::max(ImGui::GetFontSize() * 6, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2);
    ImGui::Dummy(ImVec2(w, h));
    app.remember_item("review.paste_box");
    platform::show_paste_box(at.x, at.y, w, h, tr("review.paste_box_hint"));
    paste_box_drawn() = true;
    if (std::optional<std::string> pasted = platform::take_paste_box_text()) {
        take_pasted(app, *pasted);
        return;
    }
    if (ImGui::Button(tr_id("review.import_box"))) take_pasted(app, platform::paste_box_value());
    app.remember_item("review.import_box");
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

// The report's own fields, before Keep: what the importer guessed, for the user to set right.
void draw_report_editor(App& app, ImportReview& r, Report& rep) {
    if (!r.meta_filled) {
        r.meta_filled = true;
        r.title = rep.meta.title;
        r.issuer = rep.meta.issuer;
        r.region = rep.meta.region.name;
        r.year = rep.meta.year ? std::to_string(*rep.meta.year) : std::string();
        r.id = rep.id;
    }
    const float label_w = ImGui::GetFontSize() * 4.5f;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float wide = std::max(ImGui::GetFontSize() * 14, avail - label_w * 2 - ImGui::GetFontSize() * 10 - 16);
    const float narrow = ImGui::GetFontSize() * 10;
    auto label = [&](const char* key, float at) {
        if (at > 0) ImGui::SameLine(at);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(key));
        ImGui::SameLine(at + label_w);
    };
    label("review.meta.title", 0);
    if (text_field(app, "review.meta.title", r.title, "", wide)) rep.meta.title = r.title;
    label("review.meta.id", label_w + wide + 16);
    if (text_field(app, "review.meta.id", r.id, "", narrow)) {
        r.id_invalid = !valid_id(r.id);
        if (!r.id_invalid) rep.id = r.id;
    }
    label("meta.issuer", 0);
    if (text_field(app, "review.meta.issuer", r.issuer, "", wide * 0.5f - 8)) rep.meta.issuer = r.issuer;
    label("meta.region", label_w + wide * 0.5f + 8);
    if (text_field(app, "review.meta.region", r.region, "", wide * 0.5f - label_w - 8)) rep.meta.region.name = r.region;
    label("meta.year", label_w + wide + 16);
    if (text_field(app, "review.meta.year", r.year, "2023", narrow)) {
        std::optional<int> y;
        r.year_invalid = !parse_year(r.year, y);
        if (!r.year_invalid) rep.meta.year = y;
    }
    if (r.id_invalid) ImGui::TextColored(severity_colour(Severity::Error), "%s", tr("review.id_invalid"));
    if (r.year_invalid) ImGui::TextColored(severity_colour(Severity::Error), "%s", tr("review.year_invalid"));
}

// The status and qualifiers of a figure in words: "以文字表述（读作0）· 超过".
std::string figure_status_text(const Figure& f) {
    std::string out = tr((std::string("review.status.") + figure_status(f)).c_str());
    const char* sep = " · ";
    if (f.qualifier == "over") out = out + sep + tr("qualifier.over");
    else if (f.qualifier == "under") out = out + sep + tr("qualifier.under");
    else if (f.qualifier == "about") out = out + sep + tr("qualifier.about");
    if (!f.share_of.empty()) out = out + sep + tr("review.status.share");
    return out;
}

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

std::string figure_label(const Figure& g) {
    const std::string what = !g.category.empty() ? g.category.str() : g.area.str();
    return g.id.str() + " · " + what + " " + format_number(g.value) + g.unit.str();
}

// The figure's parent (the stated total it is a part of), picked among the figures of its unit.
void draw_parent_picker(App& app, ImportReview& r, Report& rep, float label_w, float width) {
    Figure& f = rep.figures[static_cast<std::size_t>(r.selected)];
    const std::size_t i = static_cast<std::size_t>(r.selected);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("review.parent"));
    ImGui::SameLine(label_w);
    std::string preview = tr("review.parent_none");
    for (const auto& g : rep.figures)
        if (!f.parent.empty() && g.id == f.parent) preview = figure_label(g);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##review-parent", preview.c_str())) {
        if (ImGui::Selectable(tr("review.parent_none"), f.parent.empty()) && !f.parent.empty()) {
            f.parent.clear();
            f.breakdown.clear();
            r.edited[i] = 1;
        }
        for (std::size_t n = 0; n < rep.figures.size(); ++n) {
            const Figure& g = rep.figures[n];
            if (n == i || r.dropped[n] || g.unit != f.unit || g.unit == "%" || under(rep, g, f.id)) continue;
            ImGui::PushID(static_cast<int>(n));
            const bool current = !f.parent.empty() && g.id == f.parent;
            if (ImGui::Selectable(figure_label(g).c_str(), current) && !current) {
                f.parent = g.id;
                f.breakdown.clear();
                r.edited[i] = 1;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    app.remember_item("review.parent");
}

void draw_figure_editor(App& app, ImportReview& r, Report& rep) {
    if (r.selected < 0 || r.selected >= figure_count()) {
        ImGui::TextDisabled("%s", tr("review.select_hint"));
        return;
    }
    if (r.edit_for != r.selected) fill_edit_buffers();
    Figure& f = rep.figures[r.selected];
    const std::size_t i = static_cast<std::size_t>(r.selected);
    const float label_w = ImGui::GetFontSize() * 4.5f;
    const float field_w = std::max(ImGui::GetFontSize() * 6, (ImGui::GetContentRegionAvail().x - 2 * label_w) / 2 - 16);
    struct Field { const char* key; const char* label; std::string* buffer; Text* target; };
    Field fields[] = {
        {"review.value", "col.value", &r.value_text, nullptr},
        {"review.unit", "col.unit", &r.unit, &f.unit},
        {"review.area", "col.area", &r.area, &f.area},
        {"review.topic", "col.topic", &r.topic, &f.topic},
        {"review.department", "col.department", &r.department, &f.department},
        {"review.category", "col.category", &r.category, &f.category},
    };
    int column = 0;
    for (const Field& fd : fields) {
        if (column == 1) ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(fd.label));
        ImGui::SameLine(column == 0 ? label_w : label_w * 2 + field_w + 16);
        if (text_field(app, fd.key, *fd.buffer, "", field_w)) {
            if (fd.target) {
                *fd.target = *fd.buffer;
                r.edited[i] = 1;
                ++r.revision;
            } else {
                double v = 0;
                r.value_invalid = !parse_value(*fd.buffer, v);
                if (!r.value_invalid) {
                    f.value = v;
                    r.edited[i] = 1;
                    ++r.revision;
                }
            }
        }
        column = 1 - column;
    }
    // The usual units, picked rather than typed.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("review.unit_pick"));
    for (std::size_t u = 0; u < std::size(kUsualUnits); ++u) {
        ImGui::SameLine();
        const bool current = f.unit == kUsualUnits[u];
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::PushID(static_cast<int>(u));
        if (ImGui::SmallButton(kUsualUnits[u]) && !current) {
            f.unit = kUsualUnits[u];
            r.unit = kUsualUnits[u];
            r.edited[i] = 1;
            ++r.revision;
            close_review_overlay(app);   // an open unit field would write its old text back
        }
        ImGui::PopID();
        if (current) ImGui::PopStyleColor();
        app.remember_item(("review.unit." + std::to_string(u)).c_str());
    }
    if (r.value_invalid) ImGui::TextColored(severity_colour(Severity::Error), "%s", tr("review.value_invalid"));
    // A PDF's figure: where on which page its quote is (the text's form feeds mark the pages).
    if (r.result.detected_encoding == "PDF" && f.quote && f.quote->start) {
        const PdfPosition at = pdf_position(rep.text, static_cast<std::size_t>(*f.quote->start));
        ImGui::TextDisabled("%s", render(std::move(Message("import.pdf.position").number("page", at.page).number("line", at.line)),
                                         language()).c_str());
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("review.status"));
    ImGui::SameLine(label_w);
    ImGui::TextUnformatted(figure_status_text(f).c_str());
    // Drop sits on the status line: always in view, however many lines follow it.
    const bool dropped = r.dropped[i] != 0;
    ImGui::SameLine();
    if (ImGui::Button(tr_id(dropped ? "review.restore" : "review.drop"))) set_review_dropped(r.selected, !dropped);
    app.remember_item("review.drop");
    if (f.unit != "%") draw_parent_picker(app, r, rep, label_w, field_w * 2 + label_w + 16);
    if (f.unsure && !r.edited[i]) {
        std::string why;
        for (const std::string& n : f.notes)
            why += (why.empty() ? "" : language() == Language::Chinese ? "；" : "; ") + render_figure_note(n, language());
        ImGui::TextColored(severity_colour(Severity::Warning), "%s %s", tr("review.unsure_note"), why.c_str());
    }
    // The audit's findings on this figure, as they stand after the corrections so far.
    if (const std::vector<int> mine = review_findings_of(r.selected); !mine.empty()) {
        ImGui::PushTextWrapPos(0);
        draw_finding_lines(review_audit(), mine);
        ImGui::PopTextWrapPos();
        app.remember_item("review.figure_findings");
    }
}

// The audit of the figures as they stand: each finding with the figures it involves; a click
// selects the first of them (its row, its quote), a figure's row shows its findings too.
void draw_review_audit(App& app, ImportReview& r, const Report& rep, const std::vector<Finding>& checks) {
    const std::string heading = std::string(tr("review.audit")) + " (" + std::to_string(checks.size()) + ")";
    ImGui::SeparatorText(heading.c_str());
    app.remember_item("review.audit");
    if (checks.empty()) {
        ImGui::TextDisabled("%s", tr("review.audit_clean"));
        return;
    }
    for (int k = 0; k < static_cast<int>(checks.size()); ++k) {
        const Finding& f = checks[k];
        int first = -1;
        std::string which;
        for (const std::string& id : f.figure_ids)
            for (int n = 0; n < figure_count(); ++n)
                if (rep.figures[n].id == id) {
                    if (first < 0) first = n;
                    which += (which.empty() ? "#" : ", #") + std::to_string(n + 1);
                }
        ImGui::PushID(k);
        ImGui::TextColored(severity_colour(f.severity), "%s", severity_label(f.severity));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        const std::string line = say(f) + (which.empty() ? "" : "  [" + which + "]");
        const bool on = first >= 0 && r.selected >= 0 &&
                        std::find(f.figure_ids.begin(), f.figure_ids.end(), rep.figures[r.selected].id) != f.figure_ids.end();
        if (ImGui::Selectable(line.c_str(), on) && first >= 0) {
            select_review_figure(first);
            r.scroll_table = true;
        }
        app.remember_item(("review.finding." + std::to_string(k)).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
}

void draw_figure_table(App& app, ImportReview& r, const Report& rep, float height) {
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingStretchProp;   // not resizable: a click on a row never drags a border
    if (!ImGui::BeginTable("##review-figures", 9, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2.2f);
    ImGui::TableSetupColumn(tr("col.area"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("col.topic"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("col.department"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("col.category"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(tr("col.value"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4);
    ImGui::TableSetupColumn(tr("col.unit"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2.5f);
    ImGui::TableSetupColumn(tr("review.col.unsure"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2.5f);
    ImGui::TableSetupColumn(tr("review.col.audit"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2.5f);
    ImGui::TableHeadersRow();
    const std::vector<Finding>& checks = review_audit();
    const float row_h = ImGui::GetFrameHeight();
    if (r.scroll_table && r.selected >= 0) {
        ImGui::SetScrollY(std::max(0.0f, static_cast<float>(r.selected) * row_h - height * 0.3f));
        r.scroll_table = false;
    }
    const ImVec4 dim = ImGui::GetStyle().Colors[ImGuiCol_TextDisabled];
    ImGuiListClipper clipper;
    clipper.Begin(figure_count(), row_h);
    while (clipper.Step()) {
        for (int n = clipper.DisplayStart; n < clipper.DisplayEnd; ++n) {
            const Figure& f = rep.figures[n];
            const bool dropped = r.dropped[n] != 0;
            ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
            ImGui::TableNextColumn();
            ImGui::PushID(n);
            if (dropped) ImGui::PushStyleColor(ImGuiCol_Text, dim);
            char num[16];
            std::snprintf(num, sizeof num, "%d", n + 1);
            if (ImGui::Selectable(num, r.selected == n,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                                  ImVec2(0, row_h - ImGui::GetStyle().CellPadding.y * 2)))
                select_review_figure(n);
            const std::string key = "review.row." + std::to_string(n);
            app.remember_item(key.c_str());
            const Text* cells[] = {&f.area, &f.topic, &f.department, &f.category};
            for (const Text* c : cells) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(c->c_str());
            }
            ImGui::TableNextColumn();
            if (r.edited[n]) ImGui::TextColored(severity_colour(Severity::Info), "%s", format_number(f.value).c_str());
            else ImGui::TextUnformatted(format_number(f.value).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(f.unit.c_str());
            ImGui::TableNextColumn();
            if (dropped) ImGui::TextUnformatted(tr("review.dropped"));
            else if (f.unsure && !r.edited[n]) ImGui::TextColored(severity_colour(Severity::Warning), "?");
            // Beside the figure: the worst finding of the audit that involves it, the rest on hover.
            ImGui::TableNextColumn();
            if (const std::vector<int> mine = dropped ? std::vector<int>() : review_findings_of(n); !mine.empty()) {
                Severity worst = Severity::Info;
                for (int k : mine)
                    if (static_cast<int>(checks[k].severity) < static_cast<int>(worst)) worst = checks[k].severity;
                ImGui::TextColored(severity_colour(worst), "%s", severity_label(worst));
                app.remember_item(("review.row_audit." + std::to_string(n)).c_str());
                if (ImGui::BeginItemTooltip()) {
                    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
                    draw_finding_lines(checks, mine);
                    ImGui::PopTextWrapPos();
                    ImGui::EndTooltip();
                }
            }
            if (dropped) ImGui::PopStyleColor();
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace

void draw_import_review(App& app) {
    // The paste box lives as long as the prompt that draws it, whichever way this returns.
    struct PasteBoxGuard {
        PasteBoxGuard() { paste_box_drawn() = false; }
        ~PasteBoxGuard() {
            if (paste_box_drawn()) g_paste_box_shown = true;
            else if (g_paste_box_shown) {
                platform::hide_paste_box();
                g_paste_box_shown = false;
            }
        }
    } paste_box_guard;
    ImportReview& r = import_review();
    if (!r.open) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::SetNextWindowBgAlpha(1.0f);   // opaque: the explorer below must not show through
    static std::uint64_t focused_for = ~0ull;   // focus the screen once per import, not every frame
    if (focused_for != g_review_generation) {
        focused_for = g_review_generation;
        ImGui::SetNextWindowFocus();
    }
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoSavedSettings;
    std::string title = std::string(tr("review.title")) + " — " + r.file_name + "###import-review";
    ImGui::Begin(title.c_str(), nullptr, flags);
    {
        const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
        app.remember_rect("review.window", wp.x, wp.y, ws.x, ws.y);
    }
    Report* rep = review_report();

    // Top line: keep / discard, then what the importer found and how it read the bytes.
    ImGui::BeginDisabled(rep == nullptr || r.id_invalid || r.year_invalid);
    if (ImGui::Button(tr_id("review.keep"))) {
        keep_import_review(app);
        ImGui::EndDisabled();
        ImGui::End();
        return;
    }
    app.remember_item("review.keep");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr_id("review.discard"))) {
        discard_import_review(app);
        ImGui::End();
        return;
    }
    app.remember_item("review.discard");

    if (r.waiting_for_paste) {
        draw_paste_prompt(app, r);
        ImGui::End();
        return;
    }

    int kept = 0, unsure = 0;
    for (int i = 0; i < figure_count(); ++i)
        if (!r.dropped[i]) {
            ++kept;
            if (rep->figures[i].unsure && !r.edited[i]) ++unsure;
        }
    ImGui::SameLine();
    ImGui::Text("%s %d  %s %d  %s %d", tr("review.kept"), kept, tr("review.unsure"), unsure,
                tr("review.dropped_count"), figure_count() - kept);
    if (!r.result.detected_encoding.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s %s%s", tr("review.encoding"), r.result.detected_encoding.c_str(),
                            r.result.converted ? tr("review.converted") : "");
    }

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float left_w = rep ? avail.x * 0.58f : 0.0f;
    if (rep) {
        ImGui::BeginChild("##review-left", ImVec2(left_w, 0), ImGuiChildFlags_None);
        draw_report_editor(app, r, *rep);
        ImGui::Separator();
        const float editor_h = ImGui::GetFrameHeightWithSpacing() * 8.5f;  // fields, units, status, part of
        draw_figure_table(app, r, *rep, std::max(ImGui::GetFontSize() * 6, ImGui::GetContentRegionAvail().y - editor_h));
        ImGui::Separator();
        draw_figure_editor(app, r, *rep);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    ImGui::BeginChild("##review-right", ImVec2(0, 0), ImGuiChildFlags_None);
    // The importer's diagnostics (errors say why nothing could be imported), then the text.
    // Then the audit of the figures as they stand: it changes as the user corrects them.
    static const std::vector<Finding> none;
    const std::vector<Finding>& checks = rep ? review_audit() : none;
    const float lines = 3.0f + static_cast<float>(r.result.diagnostics.size() + checks.size());
    const float diag_h = rep ? std::min(ImGui::GetContentRegionAvail().y * 0.4f, ImGui::GetTextLineHeightWithSpacing() * lines)
                             : ImGui::GetContentRegionAvail().y;
    ImGui::BeginChild("##review-diagnostics", ImVec2(0, diag_h), ImGuiChildFlags_Borders);
    if (r.result.diagnostics.empty() && checks.empty()) ImGui::TextDisabled("%s", tr("review.no_diagnostics"));
    for (const Diagnostic& d : r.result.diagnostics) {
        ImGui::TextColored(severity_colour(d.severity), "%s", severity_label(d.severity));
        ImGui::SameLine();
        ImGui::TextWrapped("%s", say(d).c_str());
    }
    if (rep) draw_review_audit(app, r, *rep, checks);
    ImGui::EndChild();
    if (rep) {
        ImGui::SeparatorText(tr("panel.source"));
        draw_review_source(app, r, *rep);
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace gongkai::ui
