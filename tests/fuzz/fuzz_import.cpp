// fuzz_import.cpp — import_text on arbitrary bytes (any encoding, HTML or not).
//
// Checks the importer's promises (src/core/import.hpp): it never crashes or throws, and a report
// it produces is valid report JSON (load_json(save_report_json(report)) has no error), every
// quote (a table cell's too) is the report text at its code-point offsets, and the saved JSON round-trips unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/import.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "fuzz_check.hpp"

namespace {

void check_quote(const gongkai::Report& report, const std::vector<std::size_t>& offsets, const gongkai::Quote& quote,
                 const std::string& who) {
    if (!quote.start || !quote.end) return;
    const std::string there = gongkai::fuzz::code_point_slice(report.text, offsets, *quote.start, *quote.end);
    FUZZ_CHECK(there == quote.text, who + ": quote \"" + quote.text + "\" but text[" + std::to_string(*quote.start) +
                                        ":" + std::to_string(*quote.end) + "] is \"" + there + "\"");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace gongkai;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ImportResult result = import_text(bytes, {"fuzz.txt", ""});
    if (!result.report) {
        FUZZ_CHECK(has_errors(result.diagnostics), "no report and no error saying why");
        return 0;
    }
    const Report& report = *result.report;
    const std::vector<std::size_t> offsets = fuzz::code_point_offsets(report.text);
    for (const auto& f : report.figures)
        if (f.quote) check_quote(report, offsets, *f.quote, "figure " + f.id);
    for (const auto& n : report.meta.notes)
        if (n.quote) check_quote(report, offsets, *n.quote, "note " + n.kind);
    if (report.tables)
        for (const auto& [pointer, quote] : report.tables->sources) check_quote(report, offsets, quote, "cell " + pointer);

    const std::string saved = save_report_json(report);
    const LoadResult loaded = load_json(saved, "imported.json");
    FUZZ_CHECK(loaded.ok() && loaded.reports.size() == 1,
               "the imported report is not valid report JSON:\n" + fuzz::first_errors(loaded.diagnostics) + saved);
    FUZZ_CHECK(save_report_json(loaded.reports.front()) == saved, "the imported report changes when saved and loaded");
    return 0;
}
