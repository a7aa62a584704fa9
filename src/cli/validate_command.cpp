// validate_command.cpp — `gongkai validate FILE...`: is each file valid report JSON?
#include <sstream>

#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"

namespace gongkai::cli {

namespace {
constexpr const char* kHelp =
    "usage: gongkai validate [FILE...]\n"
    "\n"
    "Checks that each FILE (or standard input, '-') is a valid Gongkai report or collection.\n"
    "Prints one line per file; problems go to standard error with their location.\n"
    "Exit status: 0 all valid, 1 some file invalid, 2 usage error.\n";
}

int run_validate_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    ParsedArgs parsed = parse_args(args, {});
    if (parsed.help) {
        out << kHelp;
        return kExitOk;
    }
    if (!parsed.error.empty()) {
        err << "gongkai validate: " << parsed.error << "\n" << kHelp;
        return kExitUsage;
    }
    if (!resolve_input_names(parsed.files, err)) return kExitUsage;

    const Inputs inputs = load_inputs(parsed.files, err);
    for (const FileResult& f : inputs.files) {
        std::size_t errors = 0, warnings = 0;
        for (const auto& d : f.diagnostics) (d.severity == Severity::Error ? errors : warnings) += 1;
        out << f.name << ": " << (f.ok() ? "ok" : "invalid") << ", " << f.reports
            << (f.reports == 1 ? " report, " : " reports, ") << f.figures << (f.figures == 1 ? " figure" : " figures");
        if (errors) out << ", " << errors << (errors == 1 ? " error" : " errors");
        if (warnings) out << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
        out << "\n";
    }
    return inputs.ok() ? kExitOk : kExitFindings;
}

}  // namespace gongkai::cli
