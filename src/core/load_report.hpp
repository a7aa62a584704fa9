// load_report.hpp — semantic validation of one report object (docs/report-format.md),
// turning the JSON tree into the model while reporting every problem it finds.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/load_checker.hpp"
#include "core/report.hpp"

namespace gongkai::load_detail {

// Reads the report at `at` into `out`. Problems go to `checker`; the report is good when
// checker.errors() did not grow. With `header_optional` (inside a collection) "format"
// and "version" may be left out; a single report's header is checked by the caller.
void read_report(const json& value, const Path& at, Checker& checker, Report& out, bool header_optional);

// Reads a quote object ({"text", "start", "end"}) at `at`.
void read_quote(const json& value, const Path& at, Checker& checker, Boxed<Quote>& out);

// Reads `tables` for a report of template `template_version` ("2019" or "2021").
void read_tables(const json& value, const Path& at, Checker& checker, std::string_view template_version,
                 TemplateTables& out);

// The checks that need a whole report, in the order read_report makes them; the fast loader
// (load_fast.cpp) calls them too, so both loaders say the same things.
// Ids unique, parent and share_of name existing figures, no figure is its own ancestor.
void check_figure_links(const std::vector<Figure>& figures, const Path& at, Checker& checker);
// The report's "tables" at `at`, which need meta.template "2019" or "2021".
void read_report_tables(const json& tables, const Path& at, Checker& checker, Report& out);
// Quotes' offsets and words against the report's text (when it has one).
void check_report_quotes(const Report& report, const Path& at, Checker& checker);

// Gathers the reports of a collection in file order: each is read with its own checker (its
// errors skip it alone) and a repeated report id skips the later report.
class ReportCollector {
  public:
    ReportCollector(DiagnosticSink& sink, std::vector<Report>& out) : sink_(sink), out_(out) {}
    DiagnosticSink& sink() { return sink_; }
    // Reads element `index` of "reports" from its JSON tree.
    void read(const json& element, std::size_t index);
    // Adds a report read and checked elsewhere, unless its id is taken.
    void add(Report&& report, std::size_t index, Checker& checker);
    const Path& reports_path() const { return reports_path_; }

  private:
    DiagnosticSink& sink_;
    std::vector<Report>& out_;
    const Path root_path_;
    const Path reports_path_ = root_path_.key("reports");
    std::unordered_map<std::string, std::size_t> loaded_ids_;  // id -> index in the file
};

}  // namespace gongkai::load_detail
