// synth_main.cpp — `gongkai_synth`: writes the synthetic collections the browser benchmarks
// load, from the same generator as the native benchmarks (bench/native/synthetic.cpp), so
// both measure identical bytes.
//
//   gongkai_synth OUT_DIR N [N ...]     writes OUT_DIR/synthetic-N.json for each N reports
//   gongkai_synth --stdout N            writes one collection to standard output
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "../native/synthetic.hpp"

namespace {

constexpr std::size_t kFiguresPerReport = 100;

bool parse_count(const char* text, std::size_t& out) {
    char* end = nullptr;
    const unsigned long long n = std::strtoull(text, &end, 10);
    if (!end || *end != '\0' || n == 0 || n > 1000000) return false;
    out = static_cast<std::size_t>(n);
    return true;
}

int usage() {
    std::fprintf(stderr, "usage: gongkai_synth OUT_DIR N [N ...]   (N reports of %zu figures each)\n"
                         "       gongkai_synth --stdout N\n", kFiguresPerReport);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) return usage();
    const std::string target = argv[1];
    for (int i = 2; i < argc; ++i) {
        std::size_t reports = 0;
        if (!parse_count(argv[i], reports)) {
            std::fprintf(stderr, "gongkai_synth: %s is not a report count from 1 to 1000000\n", argv[i]);
            return 2;
        }
        const std::string json = gongkai::bench::synthetic_collection_json(reports, kFiguresPerReport);
        if (target == "--stdout") {
            std::cout.write(json.data(), static_cast<std::streamsize>(json.size()));
            continue;
        }
        const std::string path = target + "/synthetic-" + std::to_string(reports) + ".json";
        std::ofstream out(path, std::ios::binary);
        out.write(json.data(), static_cast<std::streamsize>(json.size()));
        if (!out) {
            std::fprintf(stderr, "gongkai_synth: could not write %s\n", path.c_str());
            return 1;
        }
        std::printf("%s %zu bytes\n", path.c_str(), json.size());
    }
    return 0;
}
