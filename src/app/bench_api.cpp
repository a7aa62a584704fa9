// bench_api.cpp — C functions the benchmark suite (scripts/bench, bench/browser/) calls in
// the page to time the core itself: load + validate + group, regroup, filter. They keep
// their own collection, apart from the app's (whose load also runs the audit and redraws),
// so that in-page numbers compare with the plain-JavaScript peer doing the same work.
// Exported by name from cmake/GongkaiWeb.cmake; not part of window.gongkai.
#include <malloc.h>

#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/figure_columns.hpp"
#include "core/load.hpp"
#include "platform/handed_bytes.hpp"

namespace {

std::vector<gongkai::Report> g_reports;
gongkai::FigureColumns g_columns;  // built after a load, for regrouping
std::string g_result;

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// Bytes the allocator hands out right now (wasm memory itself only grows).
double heap_in_use() { return static_cast<double>(mallinfo().uordblks); }

std::size_t figure_count() {
    std::size_t n = 0;
    for (const auto& r : g_reports) n += r.figures.size();
    return n;
}

const char* give(const char* format, ...) __attribute__((format(printf, 1, 2)));
const char* give(const char* format, ...) {
    char buffer[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    g_result = buffer;
    return g_result.c_str();
}

}  // namespace

extern "C" {

// Loads and validates the bytes handed over under `handle` (Module.gongkaiHandOver; read a chunk
// at a time as gongkai.load reads them), replacing the benchmark's collection; then counts the
// published figures by area. Returns JSON: {ok, reports, figures, groups, load_ms, group_ms,
// columns_ms, columns_bytes, heap_in_use (reports loaded), heap_with_columns, window_bytes
// (the loader's peak window of input), texts (distinct texts alive), top}.
const char* gongkai_bench_load(int handle) {
    g_columns = gongkai::FigureColumns();
    g_reports.clear();
    g_reports.shrink_to_fit();
    const double t0 = now_ms();
    const auto source = gongkai::platform::handed_bytes(handle);
    gongkai::LoadStats stats;
    gongkai::LoadResult result = gongkai::load_json(*source, "bench.json", {}, &stats);
    const double t1 = now_ms();
    g_reports = std::move(result.reports);
    gongkai::Filter filter;
    filter.measure = "published";
    const auto groups = gongkai::aggregate(g_reports, {gongkai::Field::Area}, filter);
    const double t2 = now_ms();
    const double top = groups.empty() ? 0.0 : groups.front().total;
    const double heap_reports = heap_in_use();
    g_columns = gongkai::FigureColumns(g_reports);
    const double t3 = now_ms();
    return give("{\"ok\":%s,\"reports\":%zu,\"figures\":%zu,\"groups\":%zu,\"load_ms\":%.3f,\"group_ms\":%.3f,"
                "\"columns_ms\":%.3f,\"columns_bytes\":%zu,\"heap_in_use\":%.0f,\"heap_with_columns\":%.0f,"
                "\"window_bytes\":%zu,\"texts\":%zu,\"top\":%.0f}",
                result.ok() ? "true" : "false", g_reports.size(), figure_count(), groups.size(), t1 - t0, t2 - t1,
                t3 - t2, g_columns.memory_bytes(), heap_reports, heap_in_use(), stats.peak_window_bytes,
                gongkai::Text::distinct_count(), top);
}

// Regroups the benchmark's collection (through its FigureColumns) by `field` ("area", "department", ...), keeping the
// figures whose texts contain `text` (empty: all). Returns {ms, groups, figures}.
const char* gongkai_bench_group(const char* field, const char* text) {
    const auto by = gongkai::parse_field(field ? field : "");
    if (!by) return give("{\"error\":\"unknown field\"}");
    gongkai::Filter filter;
    filter.text = text ? text : "";
    const double t0 = now_ms();
    const auto groups = g_columns.aggregate({*by}, filter);
    const double t1 = now_ms();
    std::size_t counted = 0;
    for (const auto& g : groups) counted += g.figures;
    return give("{\"ms\":%.3f,\"groups\":%zu,\"figures\":%zu}", t1 - t0, groups.size(), counted);
}

// Frees the benchmark's collection; returns {heap_in_use}.
const char* gongkai_bench_clear() {
    g_columns = gongkai::FigureColumns();
    g_reports.clear();
    g_reports.shrink_to_fit();
    return give("{\"heap_in_use\":%.0f}", heap_in_use());
}

}  // extern "C"
