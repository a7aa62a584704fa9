// figure_columns.hpp — the counted figures of a collection as interned columns, for
// regrouping and filtering a million figures within one frame.
//
// aggregate() (aggregate.hpp) walks every report's totals and parts and hashes strings on
// each call: about 130 ms per million figures, fine once, too slow for a UI that regroups
// while the user types a filter. FigureColumns does that walk once (after a load) and keeps,
// per counted figure, its amount and small integer ids of its texts; a regroup is then one
// pass over integer arrays, and a text filter tests each distinct text once, not each figure.
// Results are exactly those of aggregate() on the same reports (same groups, sums, order).
//
// A chart over every report must not draw a report's overall total (主动公开 9538 条) as a bar
// beside its own areas: the columns can be built with, per report, the ids of such totals
// (chart_totals_apart() in chart_key_figures.hpp); they are then left out of the columns and
// kept, alone, in apart(), from which the chart shows them as KPIs.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/aggregate.hpp"
#include "core/report.hpp"

namespace gongkai {

class FigureColumns {
public:
    FigureColumns() = default;
    // Counts (the rule of docs/report-format.md) and interns every figure of `reports`.
    // The columns own their texts: `reports` may change or go away afterwards.
    explicit FigureColumns(const std::vector<Report>& reports);
    // The same, leaving out of the columns the figures whose ids `totals_apart[r]` lists for
    // report r when they stand alone (no parent, no part linked to them: the rule of
    // ChartOptions::totals_apart); those figures go into apart() instead.
    FigureColumns(const std::vector<Report>& reports, const std::vector<std::vector<std::string>>& totals_apart);

    // The same as gongkai::aggregate(reports, by, filter) on the reports given to the constructor.
    std::vector<Group> aggregate(const std::vector<Field>& by, const Filter& filter = {}) const;

    std::size_t counted() const { return amount_.size(); }  // figures that enter sums
    // The totals left out, as columns of their own (empty when none were).
    const FigureColumns& apart() const;
    std::size_t memory_bytes() const;                        // approximate, for benchmarks

private:
    // Distinct texts of one field, each stored once; id 0 is always "".
    class Dictionary {
    public:
        Dictionary();
        std::uint32_t intern(std::string_view text);
        // The same, found by the Text's address first: texts are interned (text.hpp), one text
        // at one address while it lives, so a repeat costs no hashing of its bytes. For use
        // while the texts live; forget_addresses() afterwards.
        std::uint32_t intern_text(const Text& text);
        void forget_addresses() { by_address_ = {}; }
        std::uint32_t find(std::string_view text) const;  // kMissing when absent
        const std::string& text(std::uint32_t id) const { return texts_[id]; }
        // 1 for each id whose text contains `needle`.
        std::vector<std::uint8_t> containing(std::string_view needle) const;
        std::uint32_t size() const { return static_cast<std::uint32_t>(texts_.size()); }
        std::size_t memory_bytes() const;

    private:
        std::deque<std::string> texts_;  // a deque: views into it stay valid as it grows
        std::unordered_map<std::string_view, std::uint32_t> ids_;
        std::uint32_t last_ = 0;
        struct AddressSlot {
            const char* address = nullptr;
            std::uint32_t id = 0;
        };
        std::vector<AddressSlot> by_address_;  // open addressing, a power of two long
        std::size_t addresses_ = 0;
        // Every text joined by NULs, for containing(); built on the first search, extended after.
        mutable std::string joined_;
        mutable std::vector<std::uint32_t> starts_;  // where each text begins in joined_
        mutable std::size_t joined_count_ = 0;       // texts already in joined_
    };

    // Per counted figure.
    enum Column { kArea, kTopic, kDepartment, kCategory, kUnit, kMeasure, kQuote, kFigureColumns };
    // Per report.
    enum ReportColumn { kRegion, kYear, kReportId, kReportColumns };
    static constexpr std::uint32_t kMissing = UINT32_MAX;

    // The column of ids `field` reads, and whether it is indexed by report (not figure).
    struct Source {
        const std::vector<std::uint32_t>* ids;
        const Dictionary* dictionary;
        bool per_report;
    };
    Source source(Field field) const;
    void add_reports(const std::vector<Report>& reports);
    void add_figure(const Figure& f, std::size_t report_index, double amount);
    std::uint32_t id_at(const Source& s, std::size_t figure) const {
        return s.per_report ? (*s.ids)[report_[figure]] : (*s.ids)[figure];
    }

    Dictionary dictionaries_[kFigureColumns];
    Dictionary report_dictionaries_[kReportColumns];
    std::vector<std::uint32_t> columns_[kFigureColumns];
    std::vector<std::uint32_t> report_columns_[kReportColumns];
    std::vector<std::uint32_t> report_;  // report index of each counted figure
    std::vector<double> amount_;         // what each counted figure adds (a whole, or a remainder)
    std::shared_ptr<const FigureColumns> apart_;  // the totals left out; shared: never changed once built
};

}  // namespace gongkai
