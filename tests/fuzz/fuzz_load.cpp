// fuzz_load.cpp — load_json on arbitrary bytes.
//
// Beyond "never crash, never hang, never throw" (ASan/UBSan/libFuzzer catch those), it checks
// the export round-trip on whatever loads: the loaded reports, saved as a collection and loaded
// again, load without an error, are the same reports, and save to the same bytes
// (docs/report-format.md: load -> save -> load -> save gives identical bytes). And the fast
// loader for clean files (load_fast.cpp) must say exactly what the general loader says, and
// load_json(ByteSource&) in small chunks exactly what load_json(bytes) says.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/byte_source.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace gongkai;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const LoadResult first = load_json(bytes, "fuzz.json");

    // Every diagnostic is located or says why it is not; an error means no silent success.
    for (const auto& d : first.diagnostics) FUZZ_CHECK(!d.message.empty(), d.to_string());
    if (!first.ok() && first.diagnostics.empty()) FUZZ_CHECK(false, "an error without a diagnostic");

    LoadLimits general_only;
    general_only.fast_path = false;
    const LoadResult general = load_json(bytes, "fuzz.json", general_only);
    FUZZ_CHECK(save_collection_json(general.reports) == save_collection_json(first.reports),
               "the fast and the general loader read different reports");
    FUZZ_CHECK(general.diagnostics.size() == first.diagnostics.size(), "the loaders give different diagnostics");
    for (std::size_t i = 0; i < first.diagnostics.size(); ++i)
        FUZZ_CHECK(general.diagnostics[i].to_string() == first.diagnostics[i].to_string(),
                   "the loaders differ: " + general.diagnostics[i].to_string() + " / " + first.diagnostics[i].to_string());

    // Chunks of a few bytes, the size taken from the input so that chunks end everywhere.
    LoadLimits chunked_limits;
    chunked_limits.chunk_bytes = size == 0 ? 1 : 1 + data[size - 1] % 13;
    StringByteSource source(bytes);
    const LoadResult chunked = load_json(source, "fuzz.json", chunked_limits);
    FUZZ_CHECK(save_collection_json(chunked.reports) == save_collection_json(first.reports),
               "the chunked and the whole load read different reports");
    FUZZ_CHECK(chunked.diagnostics.size() == first.diagnostics.size(), "the chunked load gives different diagnostics");
    for (std::size_t i = 0; i < first.diagnostics.size(); ++i)
        FUZZ_CHECK(chunked.diagnostics[i].to_string() == first.diagnostics[i].to_string(),
                   "the chunked load differs: " + chunked.diagnostics[i].to_string() + " / " +
                       first.diagnostics[i].to_string());
    if (first.reports.empty()) return 0;

    const std::string saved = save_collection_json(first.reports);
    const LoadResult second = load_json(saved, "saved.json");
    FUZZ_CHECK(second.ok(), "saved reports do not load again:\n" + fuzz::first_errors(second.diagnostics) + saved);
    FUZZ_CHECK(second.reports.size() == first.reports.size(), "a different number of reports after the round-trip");
    for (std::size_t i = 0; i < first.reports.size(); ++i) {
        FUZZ_CHECK(second.reports[i].id == first.reports[i].id, "report ids changed: " + first.reports[i].id);
        FUZZ_CHECK(save_report_json(second.reports[i]) == save_report_json(first.reports[i]),
                   "report " + first.reports[i].id + " changed in the round-trip");
    }
    const std::string saved_again = save_collection_json(second.reports);
    FUZZ_CHECK(saved_again == saved, "load -> save -> load -> save is not byte-identical:\n" + saved + "\n----\n" +
                                         saved_again);
    return 0;
}
