// synthetic.hpp — a deterministic generator of realistic report collections for benchmarks.
//
// Same seed, same bytes: benchmarks in different runs (and the browser suite)
// measure identical inputs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace gongkai::bench {

// A "gongkai.collection" JSON document of `reports` reports with about
// `figures_per_report` figures each (totals with parts, Chinese strings, quotes).
std::string synthetic_collection_json(std::size_t reports, std::size_t figures_per_report,
                                      std::uint64_t seed = 2017);

}  // namespace gongkai::bench
