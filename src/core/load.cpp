// load.cpp — load_json: bytes in, reports and located diagnostics out. Never throws.
//
// The stages, each refusing with its own clear message before the next one runs:
//   1. size limit (before anything is read into a tree), empty file, UTF-16/UTF-32, BOM;
//   2. UTF-8 validity, located by line and column;
//   3. JSON syntax with a nesting limit enforced while parsing (load_parse.cpp);
//   4. what the document is: "gongkai.report" or "gongkai.collection", and its version;
//   5. semantic validation of each report (load_report.cpp, load_tables.cpp).
// Clean files skip stages 2 to 5: the fast loader (load_fast.hpp) reads them straight into
// reports. From a ByteSource, stage 1 takes the size and the first bytes, the fast loader reads
// a window of the input (load_window.hpp), and only a file it declines is then held whole.
#include "core/load.hpp"

#include <new>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/load_checker.hpp"
#include "core/load_encoding.hpp"
#include "core/load_fast.hpp"
#include "core/load_parse.hpp"
#include "core/load_report.hpp"
#include "core/load_window.hpp"

namespace gongkai {
namespace {

using load_detail::Checker;
using load_detail::DiagnosticSink;
using load_detail::json;
using load_detail::Path;

constexpr std::string_view kReportFormat = "gongkai.report";
constexpr std::string_view kCollectionFormat = "gongkai.collection";

void add_located(DiagnosticSink& sink, Severity severity, std::int64_t line, std::int64_t column, Message what,
                 std::string pointer = {}) {
    sink.add(make_diagnostic(severity, "", line, column, std::move(pointer), std::move(what)));
}

// "64 MiB" or "1000 bytes" as a message argument.
Message size_text(std::size_t bytes) {
    if (bytes % (std::size_t{1} << 20) == 0)
        return std::move(Message("size.mib").number("size", static_cast<double>(bytes >> 20)));
    return std::move(Message("size.bytes").number("size", static_cast<double>(bytes)));
}

bool only_whitespace(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Step 4: is this a Gongkai document at all, and of a version we read? Returns the
// format, or "" after reporting why not.
std::string_view document_format(const json& root, Checker& c) {
    const Path root_path;
    if (!root.is_object()) {
        c.error(root_path, Message("load.not_report.holds").phrase("found", Checker::describe(root)));
        return {};
    }
    const json* format = c.member(root, root_path, "format", false, "");
    if (!format) {
        c.error(root_path, Message("load.not_report.no_format"));
        return {};
    }
    if (!format->is_string() || (format->get_ref<const std::string&>() != kReportFormat &&
                                 format->get_ref<const std::string&>() != kCollectionFormat)) {
        Message message;
        if (format->is_string()) {
            message = Message("load.not_report.unknown_format");
            message.text("format", load_detail::in_quotes(format->get<std::string>()));
            load_detail::with_guess(message, load_detail::did_you_mean(format->get_ref<const std::string&>(),
                                                                       {kReportFormat, kCollectionFormat}));
        } else {
            message = Message("load.not_report.format_type");
            message.phrase("found", Checker::describe(*format));
        }
        c.error(root_path.key("format"), std::move(message));
        return {};
    }
    const json* version = c.member(root, root_path, "version", false, "");
    if (!version) {
        c.error(root_path, Message("load.no_version").number("supported", kFormatVersion));
        return {};
    }
    if (!version->is_number() || *version != kFormatVersion) {
        if (version->is_number())
            c.error(root_path.key("version"), Message("load.unsupported_version")
                                                  .text("version", version->dump())
                                                  .number("supported", kFormatVersion));
        else
            c.error(root_path.key("version"), Message("load.version_type")
                                                  .phrase("found", Checker::describe(*version))
                                                  .number("supported", kFormatVersion));
        return {};
    }
    return format->get_ref<const std::string&>() == kReportFormat ? kReportFormat : kCollectionFormat;
}

// The collection's own keys; then its reports, unless they were streamed already (their
// diagnostics in `streamed_diagnostics`, which come after the collection's own, as ever).
void load_collection(const json& root, DiagnosticSink& sink, LoadResult& result,
                     std::vector<Diagnostic>* streamed_diagnostics, std::size_t streamed_dropped,
                     std::vector<Report>* streamed_reports) {
    Checker top(sink);
    const Path root_path;
    top.warn_unknown_keys(root, root_path, "a collection", {"format", "version", "reports"});
    const json* reports = top.member(root, root_path, "reports", true, "a collection");
    const Path rp = root_path.key("reports");
    if (!reports || !top.expect_array(*reports, rp, "the list of reports")) return;
    if (streamed_reports) {
        for (Diagnostic& d : *streamed_diagnostics) sink.add(std::move(d));
        sink.dropped += streamed_dropped;
        result.reports = std::move(*streamed_reports);
        return;
    }
    load_detail::ReportCollector reader(sink, result.reports);
    for (std::size_t i = 0; i < reports->size(); ++i) reader.read((*reports)[i], i);
}

// Stage 1 from the size and the first bytes (at least 4, unless the file is shorter), which
// is all a chunked load has in hand at first. False after reporting why not to read on.
bool acceptable_start(std::size_t size, std::string_view head, DiagnosticSink& sink, const LoadLimits& limits) {
    if (size > limits.max_bytes) {
        add_located(sink, Severity::Error, 0, 0,
                    Message("load.too_large")
                        .number("size", static_cast<double>(size))
                        .phrase("limit", size_text(limits.max_bytes)));
        return false;
    }
    if (size == 0) {
        add_located(sink, Severity::Error, 1, 1, Message("load.empty"));
        return false;
    }
    if (const std::string wide = load_detail::wide_encoding_of(head); !wide.empty()) {
        add_located(sink, Severity::Error, 1, 1, Message("load.wide_encoding").text("encoding", wide));
        return false;
    }
    return true;
}

void load_text(LoadResult& result, std::string_view text, DiagnosticSink& sink, const LoadLimits& limits);

void load_into(LoadResult& result, std::string_view bytes, DiagnosticSink& sink, const LoadLimits& limits) {
    if (!acceptable_start(bytes.size(), bytes, sink, limits)) return;
    std::string_view text = bytes;
    if (load_detail::has_utf8_bom(text)) text.remove_prefix(3);  // accepted and dropped
    // Clean files are read straight into reports; anything else, explained below.
    if (limits.fast_path &&
        load_detail::load_fast(text, limits.max_depth, sink, result.reports) == load_detail::FastLoad::Loaded)
        return;
    load_text(result, text, sink, limits);
}

// Stages 2 to 5 by the general loader, on the whole text (BOM removed).
void load_text(LoadResult& result, std::string_view text, DiagnosticSink& sink, const LoadLimits& limits) {
    std::size_t total_bad = 0;
    const auto bad = load_detail::find_invalid_utf8(text, 20, total_bad);
    if (!bad.empty()) {
        for (const auto& problem : bad) {
            const auto lc = load_detail::line_column_at(text, problem.offset);
            add_located(sink, Severity::Error, lc.line, lc.column,
                        Message("load.invalid_utf8").phrase("why", problem.what));
        }
        if (total_bad > bad.size())
            add_located(sink, Severity::Error, 0, 0,
                        Message("load.more_invalid_utf8").number("count", static_cast<double>(total_bad - bad.size())));
        return;
    }
    // A raw NUL is never valid JSON, and nlohmann would take it for the end of the input
    // (so "{...}\0junk" would pass): refuse it here.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        const auto lc = load_detail::line_column_at(text, nul);
        add_located(sink, Severity::Error, lc.line, lc.column, Message("load.nul_byte"));
        return;
    }
    if (only_whitespace(text)) {
        const auto lc = load_detail::line_column_at(text, text.size());
        add_located(sink, Severity::Error, lc.line, lc.column, Message("load.only_whitespace"));
        return;
    }

    // A collection's reports are read as the parser completes each one (see parse_json_text),
    // so the whole file never exists as one tree. Their diagnostics wait in `streamed_sink`
    // (as many as the real sink keeps) and follow the collection's own, in the usual order.
    std::vector<Diagnostic> streamed_diagnostics;
    DiagnosticSink streamed_sink = sink.holding(streamed_diagnostics);
    std::vector<Report> streamed_reports;
    load_detail::ReportCollector streamed_reader(streamed_sink, streamed_reports);
    auto parsed = load_detail::parse_json_text(
        text, limits.max_depth, [&](const json& element, std::size_t index) { streamed_reader.read(element, index); });
    if (parsed.stream_broken) {  // rare (a repeated top-level key): read it the plain way
        streamed_diagnostics.clear();
        streamed_reports.clear();
        parsed = load_detail::parse_json_text(text, limits.max_depth);
    }
    for (auto& p : parsed.problems)
        add_located(sink, p.is_error ? Severity::Error : Severity::Warning, p.line, p.column, std::move(p.message),
                    std::move(p.pointer));
    if (!parsed.ok) return;

    Checker top(sink);
    const std::string_view format = document_format(parsed.root, top);
    if (format == kReportFormat) {
        Checker c(sink);
        Report report;
        load_detail::read_report(parsed.root, Path(), c, report, /*header_optional=*/false);
        if (c.errors() == 0) result.reports.push_back(std::move(report));
    } else if (format == kCollectionFormat) {
        if (parsed.streamed)
            load_collection(parsed.root, sink, result, &streamed_diagnostics, streamed_sink.dropped, &streamed_reports);
        else
            load_collection(parsed.root, sink, result, nullptr, 0, nullptr);
    }
}

void load_chunks(LoadResult& result, ByteSource& source, DiagnosticSink& sink, const LoadLimits& limits,
                 LoadStats& stats) {
    const std::size_t size = source.size();
    if (size > limits.max_bytes || size == 0) {  // refused before a byte is read
        acceptable_start(size, {}, sink, limits);
        return;
    }
    std::optional<load_detail::InputWindow> window(std::in_place, source, limits.chunk_bytes);
    if (!acceptable_start(size, window->bytes(), sink, limits)) return;
    const bool bom = load_detail::has_utf8_bom(window->bytes());
    if (bom) window->drop_leading(3);
    if (limits.fast_path) {
        const auto fast = load_detail::load_fast(*window, limits.max_depth, sink, result.reports);
        stats.peak_window_bytes = window->peak_bytes();
        if (fast == load_detail::FastLoad::Loaded) return;
    }
    // The general loader needs the whole text: the window, when it still holds the start,
    // else the source read again from its start.
    stats.read_whole = true;
    if (window->holds_start()) {
        window->read_all();
        stats.peak_window_bytes = window->peak_bytes();
        load_text(result, window->bytes(), sink, limits);
        return;
    }
    window.reset();
    if (!source.rewind()) {
        add_located(sink, Severity::Error, 0, 0, Message("load.cannot_reread"));
        return;
    }
    const std::string bytes = read_rest(source);
    std::string_view text = bytes;
    if (bom && load_detail::has_utf8_bom(text)) text.remove_prefix(3);
    load_text(result, text, sink, limits);
}

template <class Load>
LoadResult guarded_load(std::string_view file_name, Load&& load) {
    LoadResult result;
    DiagnosticSink sink;
    sink.file = std::string(file_name);
    sink.out = &result.diagnostics;
    // Nothing may escape: the UI keeps what it had when a file cannot be read.
    try {
        load(result, sink);
        if (sink.dropped > 0) {
            result.diagnostics.push_back(make_diagnostic(
                Severity::Info, sink.file, 0, 0, "",
                std::move(Message("load.more_problems").number("count", static_cast<double>(sink.dropped)))));
        }
    } catch (const std::bad_alloc&) {
        result.reports.clear();
        result.diagnostics.push_back(
            make_diagnostic(Severity::Error, std::string(file_name), 0, 0, "", Message("load.out_of_memory")));
    } catch (const std::exception& e) {
        result.reports.clear();
        result.diagnostics.push_back(make_diagnostic(Severity::Error, std::string(file_name), 0, 0, "",
                                                     std::move(Message("load.internal_error").text("what", e.what()))));
    } catch (...) {
        result.reports.clear();
        result.diagnostics.push_back(
            make_diagnostic(Severity::Error, std::string(file_name), 0, 0, "", Message("load.internal_error")));
    }
    return result;
}

}  // namespace

LoadResult load_json(std::string_view bytes, std::string_view file_name, const LoadLimits& limits) {
    return guarded_load(file_name, [&](LoadResult& result, DiagnosticSink& sink) {
        load_into(result, bytes, sink, limits);
    });
}

LoadResult load_json(ByteSource& source, std::string_view file_name, const LoadLimits& limits, LoadStats* stats) {
    LoadStats local;
    LoadResult result = guarded_load(file_name, [&](LoadResult& r, DiagnosticSink& sink) {
        load_chunks(r, source, sink, limits, local);
    });
    if (stats) *stats = local;
    return result;
}

}  // namespace gongkai
