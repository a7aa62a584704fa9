// import_review.hpp — the import review screen (issue 4, "in the page").
//
// A report's text (pasted, dropped, picked, or handed to gongkai.importText) goes through the
// core importer; instead of joining the loaded reports straight away, the result is shown on a
// review screen: the figures beside the source text, the selected figure's quote highlighted,
// the detected encoding and the importer's diagnostics. The user corrects or drops figures,
// then keeps the result — it joins through App::load, the same path as gongkai.load, so it is
// validated like any report JSON — or discards it. Drawn by src/ui/import_review_view.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/audit.hpp"
#include "core/import.hpp"
#include "ui/app.hpp"

namespace gongkai::ui {

struct ImportReview {
    bool open = false;
    bool waiting_for_paste = false;     // opened by "paste report text": nothing imported yet
    int paste_frames = 0;               // frames left until a pressed Ctrl+V's paste event has arrived
    bool reading_clipboard = false;     // the Paste button asked the browser for the clipboard
    bool paste_box = false;             // the browser refused: a box to paste into is shown
    std::string clipboard_refusal;      // what the browser said when it refused
    std::string file_name;              // "fuxin-2017.txt", or "pasted-text.txt"
    ImportResult result;                // the importer's answer; result.report is edited in place
    std::vector<std::uint8_t> dropped;  // one flag per figure of result.report
    std::vector<std::uint8_t> edited;   // one flag per figure: the user changed a field
    int selected = -1;                  // figure index, -1 = none
    bool scroll_source = false;         // scroll the source text to the selected quote once
    bool scroll_table = false;          // scroll the table to the selected row once
    // Edit buffers of the selected figure (text fields edit strings; value is parsed).
    int edit_for = -1;
    std::string value_text, area, topic, department, category, unit;
    bool value_invalid = false;
    // Edit buffers of the report itself (title, issuer, region, year, id), filled once per import.
    bool meta_filled = false;
    std::string title, issuer, region, year, id;
    bool year_invalid = false, id_invalid = false;
    // The audit of the figures as they stand now (core audit()), redone after every edit or
    // drop: `revision` bumps on each, `audited` is the revision `audit` belongs to.
    std::uint64_t revision = 0, audited = ~std::uint64_t{0};
    std::vector<Finding> audit;
};

// The units offered by the review's unit picker (what the reports count most).
inline constexpr const char* kUsualUnits[] = {"条", "件", "项", "个", "次", "人次", "%", "万元"};

// The one review of the page (there is one screen; a new import replaces an open review).
ImportReview& import_review();

// Imports `bytes` and opens the review with the result (also when the importer refused the
// text: the review then shows why). Returns the review.
const ImportReview& open_import_review(App& app, std::string_view file_name, std::string_view bytes);
// Opens the review waiting for pasted text (Ctrl+V or the paste button).
void open_paste_review(App& app);
// Selects a figure of the review (row click, page API); scrolls the source to its quote.
void select_review_figure(int figure);
// Drops (or restores) a figure.
void set_review_dropped(int figure, bool dropped);
// The reviewed report: dropped figures left out, references to them cleared.
std::optional<Report> reviewed_report();
// The audit of the reviewed report as it stands (redone when it changed since last asked).
const std::vector<Finding>& review_audit();
// Indices into review_audit() of the findings that involve figure `figure` of the review.
std::vector<int> review_findings_of(int figure);
// How a figure is known, as the page API and the editor say it: "stated" (digits),
// "stated_in_words" (a zero said in words), "cumulative" (a running total, not the year's count).
const char* review_figure_status(const Figure& f);
// Keeps the reviewed report (App::load of its JSON) and closes the review.
LoadOutcome keep_import_review(App& app);
void discard_import_review(App& app);

// Edits of the selected figure: the text typed into a field. Value must be a number (else
// valueInvalid, and nothing changes); the other fields take the text as it is. False when
// nothing changed (no figure selected, or the value is not a number).
enum class ReviewField { Value, Unit, Area, Topic, Department, Category };
bool review_edit_figure(ReviewField field, const std::string& text);
void review_pick_unit(App& app, const std::string& unit);   // the unit buttons
// The figures the selected one may be a part of (same unit, not a percentage, not dropped, not
// under it: no loops), and setting it (-1: none). False when `parent` is not one of them.
std::vector<int> review_parent_candidates();
bool review_set_parent(int parent);
// Edits of the report's own fields (year: four digits or empty; id: letters, digits, - _ .).
enum class ReviewMeta { Title, Id, Issuer, Region, Year };
void review_fill_edit_buffers();   // the selected figure's edit buffers, from the figure
void review_fill_meta();   // the edit buffers from the imported report, once per import
bool review_edit_meta(ReviewMeta field, const std::string& text);

// For the views: the review's report (nullptr when none), its figure count, and a number
// that changes with every new import (layouts cache on it).
Report* review_report();
int review_figure_count();
std::uint64_t review_generation();
// Closes the HTML overlay of a review field (its value belongs to the figure it was opened for).
void close_review_overlay(App& app);

// state().view.review for the page API.
nlohmann::json review_view_json();

void draw_import_review(App& app);

}  // namespace gongkai::ui
