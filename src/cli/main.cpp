// main.cpp — the `gongkai` command-line tool: dispatches to one subcommand per file.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"

namespace {

constexpr const char* kUsage =
    "usage: gongkai <command> [options] [FILE...]\n"
    "\n"
    "Reads Chinese government information disclosure annual reports (政府信息公开工作年度报告)\n"
    "as Gongkai report JSON (docs/report-format.md). FILE '-' is standard input.\n"
    "\n"
    "commands:\n"
    "  validate FILE...                      check that files are valid report JSON\n"
    "  stats --by FIELD[,FIELD] FILE...      counts by area, department, ... (table, csv, json)\n"
    "  audit FILE...                         check the reports' arithmetic\n"
    "  export --format csv|json|md FILE...   figures as CSV, normalised JSON, Markdown summary\n"
    "  import FILE...                        turn a report's text into report JSON\n"
    "  key-figures FILE...                   each report's key figures (table, csv, json)\n"
    "  score FILE...                         each report's explained score card and a ranking\n"
    "\n"
    "  gongkai <command> --help   options of one command\n"
    "  gongkai --version          print the version\n"
    "\n"
    "exit status: 0 ok, 1 findings or invalid input, 2 usage error (docs/cli.md)\n";

}  // namespace

int main(int argc, char** argv) {
    using namespace gongkai::cli;
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kUsage;
        return kExitUsage;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--help" || command == "-h" || command == "help") {
        if (command == "help" && !args.empty()) {
            // "gongkai help audit" = "gongkai audit --help"
            const std::string topic = args.front();
            args = {"--help"};
            if (topic == "validate") return run_validate_command(args, std::cout, std::cerr);
            if (topic == "stats") return run_stats_command(args, std::cout, std::cerr);
            if (topic == "audit") return run_audit_command(args, std::cout, std::cerr);
            if (topic == "export") return run_export_command(args, std::cout, std::cerr);
            if (topic == "import") return run_import_command(args, std::cout, std::cerr);
            if (topic == "key-figures") return run_key_figures_command(args, std::cout, std::cerr);
            if (topic == "score") return run_score_command(args, std::cout, std::cerr);
            std::cerr << "gongkai: unknown command \"" << topic << "\"\n" << kUsage;
            return kExitUsage;
        }
        std::cout << kUsage;
        return kExitOk;
    }
    if (command == "--version" || command == "-V" || command == "version") {
        std::cout << "gongkai " << GONGKAI_VERSION << "\n";
        return kExitOk;
    }
    if (command == "validate") return run_validate_command(args, std::cout, std::cerr);
    if (command == "stats") return run_stats_command(args, std::cout, std::cerr);
    if (command == "audit") return run_audit_command(args, std::cout, std::cerr);
    if (command == "export") return run_export_command(args, std::cout, std::cerr);
    if (command == "import") return run_import_command(args, std::cout, std::cerr);
    if (command == "key-figures") return run_key_figures_command(args, std::cout, std::cerr);
    if (command == "score") return run_score_command(args, std::cout, std::cerr);
    std::cerr << "gongkai: unknown command \"" << command << "\"\n" << kUsage;
    return kExitUsage;
}
