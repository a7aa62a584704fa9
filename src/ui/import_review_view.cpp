// import_review_view.cpp — the import review screen: what the importer read from a report's
// text, beside that text, for the user to correct, drop, keep or discard (import_review.hpp).
//
// Its state and operations are the model's (src/ui/model/import_review_model.cpp).
//
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
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {

namespace {

bool g_paste_box_shown = false;          // the HTML paste box is on the page

// Set when the paste box was drawn this frame; the box leaves the page when it was not.
bool& paste_box_drawn() {
    static bool drawn = false;
    return drawn;
}

}  // namespace
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
    text.generation = review_generation();
    if (r.selected >= 0 && r.selected < review_figure_count()) {
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
        app.show_toast(tr("review.clipboard_empty"), 4.0);
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
        model_changed();
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

// The report's own fields, before Keep: what the importer guessed, for the user to set right.
void draw_report_editor(App& app, ImportReview& r, Report& rep) {
    (void)rep;
    review_fill_meta();
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
    if (text_field(app, "review.meta.title", r.title, "", wide)) review_edit_meta(ReviewMeta::Title, r.title);
    label("review.meta.id", label_w + wide + 16);
    if (text_field(app, "review.meta.id", r.id, "", narrow)) review_edit_meta(ReviewMeta::Id, r.id);
    label("meta.issuer", 0);
    if (text_field(app, "review.meta.issuer", r.issuer, "", wide * 0.5f - 8)) review_edit_meta(ReviewMeta::Issuer, r.issuer);
    label("meta.region", label_w + wide * 0.5f + 8);
    if (text_field(app, "review.meta.region", r.region, "", wide * 0.5f - label_w - 8))
        review_edit_meta(ReviewMeta::Region, r.region);
    label("meta.year", label_w + wide + 16);
    if (text_field(app, "review.meta.year", r.year, "2023", narrow)) review_edit_meta(ReviewMeta::Year, r.year);
    if (r.id_invalid) ImGui::TextColored(severity_colour(Severity::Error), "%s", tr("review.id_invalid"));
    if (r.year_invalid) ImGui::TextColored(severity_colour(Severity::Error), "%s", tr("review.year_invalid"));
}

// The status and qualifiers of a figure in words: "以文字表述（读作0）· 超过".
std::string figure_status_text(const Figure& f) {
    std::string out = tr((std::string("review.status.") + review_figure_status(f)).c_str());
    const char* sep = " · ";
    if (f.qualifier == "over") out = out + sep + tr("qualifier.over");
    else if (f.qualifier == "under") out = out + sep + tr("qualifier.under");
    else if (f.qualifier == "about") out = out + sep + tr("qualifier.about");
    if (!f.share_of.empty()) out = out + sep + tr("review.status.share");
    return out;
}

std::string figure_label(const Figure& g) {
    const std::string what = !g.category.empty() ? g.category.str() : g.area.str();
    return g.id.str() + " · " + what + " " + display_number(g.value) + g.unit.str();
}

// The figure's parent (the stated total it is a part of), picked among the figures of its unit.
void draw_parent_picker(App& app, ImportReview& r, Report& rep, float label_w, float width) {
    Figure& f = rep.figures[static_cast<std::size_t>(r.selected)];
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("review.parent"));
    ImGui::SameLine(label_w);
    std::string preview = tr("review.parent_none");
    for (const auto& g : rep.figures)
        if (!f.parent.empty() && g.id == f.parent) preview = figure_label(g);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##review-parent", preview.c_str())) {
        if (ImGui::Selectable(tr("review.parent_none"), f.parent.empty()) && !f.parent.empty()) review_set_parent(-1);
        for (int n : review_parent_candidates()) {
            const Figure& g = rep.figures[static_cast<std::size_t>(n)];
            ImGui::PushID(n);
            const bool current = !f.parent.empty() && g.id == f.parent;
            if (ImGui::Selectable(figure_label(g).c_str(), current) && !current) review_set_parent(n);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    app.remember_item("review.parent");
}

void draw_figure_editor(App& app, ImportReview& r, Report& rep) {
    if (r.selected < 0 || r.selected >= review_figure_count()) {
        ImGui::TextDisabled("%s", tr("review.select_hint"));
        return;
    }
    if (r.edit_for != r.selected) review_fill_edit_buffers();
    Figure& f = rep.figures[r.selected];
    const std::size_t i = static_cast<std::size_t>(r.selected);
    const float label_w = ImGui::GetFontSize() * 4.5f;
    const float field_w = std::max(ImGui::GetFontSize() * 6, (ImGui::GetContentRegionAvail().x - 2 * label_w) / 2 - 16);
    struct Field { const char* key; const char* label; std::string* buffer; ReviewField field; };
    Field fields[] = {
        {"review.value", "col.value", &r.value_text, ReviewField::Value},
        {"review.unit", "col.unit", &r.unit, ReviewField::Unit},
        {"review.area", "col.area", &r.area, ReviewField::Area},
        {"review.topic", "col.topic", &r.topic, ReviewField::Topic},
        {"review.department", "col.department", &r.department, ReviewField::Department},
        {"review.category", "col.category", &r.category, ReviewField::Category},
    };
    int column = 0;
    for (const Field& fd : fields) {
        if (column == 1) ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(fd.label));
        ImGui::SameLine(column == 0 ? label_w : label_w * 2 + field_w + 16);
        if (text_field(app, fd.key, *fd.buffer, "", field_w)) review_edit_figure(fd.field, *fd.buffer);
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
            review_pick_unit(app, kUsualUnits[u]);
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
            for (int n = 0; n < review_figure_count(); ++n)
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
    clipper.Begin(review_figure_count(), row_h);
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
            if (r.edited[n]) ImGui::TextColored(severity_colour(Severity::Info), "%s", display_number(f.value).c_str());
            else ImGui::TextUnformatted(display_number(f.value).c_str());
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
    if (focused_for != review_generation()) {
        focused_for = review_generation();
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
    for (int i = 0; i < review_figure_count(); ++i)
        if (!r.dropped[i]) {
            ++kept;
            if (rep->figures[i].unsure && !r.edited[i]) ++unsure;
        }
    ImGui::SameLine();
    ImGui::Text("%s %d  %s %d  %s %d", tr("review.kept"), kept, tr("review.unsure"), unsure,
                tr("review.dropped_count"), review_figure_count() - kept);
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
