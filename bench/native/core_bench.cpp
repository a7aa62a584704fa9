// core_bench.cpp — native throughput of the core on synthetic collections
// (Google Benchmark). Run by scripts/bench; never by the tests.
#include <benchmark/benchmark.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/aggregate.hpp"
#include "core/audit.hpp"
#include "core/export.hpp"
#include "core/figure_columns.hpp"
#include "core/import.hpp"
#include "core/load.hpp"
#include "core/save.hpp"
#include "synthetic.hpp"

namespace {

// Generated once per size and shared by every benchmark of that size.
const std::string& collection_json(std::size_t reports) {
    static std::map<std::size_t, std::string> cache;
    auto it = cache.find(reports);
    if (it == cache.end()) it = cache.emplace(reports, gongkai::bench::synthetic_collection_json(reports, 100)).first;
    return it->second;
}

const std::vector<gongkai::Report>& collection(std::size_t reports) {
    static std::map<std::size_t, std::vector<gongkai::Report>> cache;
    auto it = cache.find(reports);
    if (it == cache.end()) it = cache.emplace(reports, gongkai::load_json(collection_json(reports), "synthetic").reports).first;
    return it->second;
}

// Argument 1: 1 = the fast loader for clean files (the default), 0 = the general loader
// alone (its peer: the same files, every byte through nlohmann's parser and a tree).
void BM_LoadValidate(benchmark::State& state) {
    const auto& json = collection_json(static_cast<std::size_t>(state.range(0)));
    gongkai::LoadLimits limits;
    limits.fast_path = state.range(1) != 0;
    for (auto _ : state) {
        auto result = gongkai::load_json(json, "synthetic", limits);
        if (!result.ok()) state.SkipWithError("synthetic collection did not load");
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
    state.counters["MB"] = static_cast<double>(json.size()) / 1e6;
}

void BM_AggregateByArea(benchmark::State& state) {
    const auto& reports = collection(static_cast<std::size_t>(state.range(0)));
    gongkai::Filter filter;
    filter.measure = "published";
    std::size_t figures = 0;
    for (const auto& r : reports) figures += r.figures.size();
    for (auto _ : state) benchmark::DoNotOptimize(gongkai::aggregate(reports, {gongkai::Field::Area}, filter));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * figures));
}

void BM_AggregateAreaByDepartment(benchmark::State& state) {
    const auto& reports = collection(static_cast<std::size_t>(state.range(0)));
    std::size_t figures = 0;
    for (const auto& r : reports) figures += r.figures.size();
    for (auto _ : state)
        benchmark::DoNotOptimize(gongkai::aggregate(reports, {gongkai::Field::Area, gongkai::Field::Department}));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * figures));
}

// Regrouping and filtering through the interned columns (what a UI does per keystroke).
void BM_RegroupColumns(benchmark::State& state) {
    const auto& reports = collection(static_cast<std::size_t>(state.range(0)));
    const gongkai::FigureColumns columns(reports);
    gongkai::Filter filter;
    if (state.range(1) == 1) filter.text = "财政";
    const gongkai::Field by = state.range(1) == 1 ? gongkai::Field::Area : gongkai::Field::Department;
    for (auto _ : state) benchmark::DoNotOptimize(columns.aggregate({by}, filter));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * columns.counted()));
    state.counters["counted"] = static_cast<double>(columns.counted());
}

void BM_Audit(benchmark::State& state) {
    const auto& reports = collection(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(gongkai::audit(reports));
}

void BM_ExportCsv(benchmark::State& state) {
    const auto& reports = collection(static_cast<std::size_t>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto csv = gongkai::figures_csv(reports);
        bytes += csv.size();
        benchmark::DoNotOptimize(csv);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void BM_SaveCollection(benchmark::State& state) {
    const auto& reports = collection(static_cast<std::size_t>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto json = gongkai::save_collection_json(reports);
        bytes += json.size();
        benchmark::DoNotOptimize(json);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

// Text import of the real Fuxin 2017 report (14.5 KB of narrative prose, 120 figures).
void BM_ImportText(benchmark::State& state) {
    std::ifstream in(std::string(GONGKAI_SOURCE_DIR) + "/assets/reports/fuxin-2017.txt", std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    if (text.empty()) {
        state.SkipWithError("assets/reports/fuxin-2017.txt not found");
        return;
    }
    std::size_t figures = 0;
    for (auto _ : state) {
        auto result = gongkai::import_text(text, {"fuxin-2017.txt", ""});
        figures = result.report ? result.report->figures.size() : 0;
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["figures"] = static_cast<double>(figures);
}

}  // namespace

BENCHMARK(BM_ImportText)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_LoadValidate)->ArgsProduct({{100, 1000, 10000}, {1, 0}})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AggregateByArea)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AggregateAreaByDepartment)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RegroupColumns)->Args({10000, 0})->Args({10000, 1})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Audit)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExportCsv)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SaveCollection)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
