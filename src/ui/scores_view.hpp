// scores_view.hpp — what the Scores tab (评分) shows: the current report's score card, each point
// clickable to its evidence, and the ranking of every loaded report (docs/scorecard.md).
// Drawn by scores_view.cpp; the cards are the core's (score_reports), computed once per change
// of the loaded reports.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/scorecard.hpp"

namespace gongkai::ui {

class App;

struct ScoresState {
    // The cards of every loaded report, in App::reports order, for App::generation `generation`.
    // A cache: mutable because it never changes an answer.
    mutable std::vector<Scorecard> cards;
    mutable std::uint64_t generation = ~0ull;
    // The point whose evidence was opened last (its rule, in report `point_report`), and the words
    // of the text it showed in the source panel: code points [quote_begin, quote_end), -1 = none.
    std::string point, point_report;
    std::int64_t quote_begin = -1, quote_end = -1;
};

// The cards, brought up to date with the loaded reports and findings.
const std::vector<Scorecard>& score_cards(const App& app);
// The current report's card; nullptr when no report is shown.
const Scorecard* current_score_card(const App& app);

// Opens the evidence of the current card's point `rule` (its first evidence, or `evidence`): a
// finding in the audit tab, a figure in the figures table, a template cell in the tables tab,
// words of the text in the source panel. False when the card has no such point or evidence.
bool open_score_evidence(App& app, const std::string& rule, std::size_t evidence = 0);

// The words of the opened evidence in the current report's text, for the source panel.
bool score_evidence_quote(const App& app, std::int64_t& begin, std::int64_t& end);

// The Scores tab; the hidden HTML mirror (#a11y-scores: the ranking; #a11y-score-card: the
// current card's points); the tab's state for the page API (view.scores).
void draw_scores_panel(App& app);
void update_scores_mirror(App& app);
nlohmann::json scores_view_json(const App& app);

}  // namespace gongkai::ui
