// validate_command.cpp — `gongkai validate FILE...`: is each file valid report JSON?
#include <sstream>

#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/language.hpp"
#include "cli/options.hpp"

namespace gongkai::cli {

namespace {
constexpr const char* kHelp =
    "usage: gongkai validate [--lang zh|en] [FILE...]\n"
    "\n"
    "Checks that each FILE (or standard input, '-') is a valid Gongkai report or collection.\n"
    "Prints one line per file; problems go to standard error with their location.\n"
    "  --lang  language of the output: zh or en (default: from LC_ALL/LANG, else en)\n"
    "Exit status: 0 all valid, 1 some file invalid, 2 usage error.\n";
}

int run_validate_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    ParsedArgs parsed = parse_args(args, {kLangOption});
    if (parsed.help) {
        out << kHelp;
        return kExitOk;
    }
    std::string error = parsed.error;
    const Language language = output_language(parsed, error);
    if (!error.empty()) {
        err << "gongkai validate: " << error << "\n" << kHelp;
        return kExitUsage;
    }
    if (!resolve_input_names(parsed.files, err)) return kExitUsage;

    const Inputs inputs = load_inputs(parsed.files, err, language);
    const auto count = [](std::size_t n, const char* what) {
        return std::move(Message(std::string("cli.count.") + what + (n == 1 ? "" : ".many"))
                             .number("n", static_cast<double>(n)));
    };
    for (const FileResult& f : inputs.files) {
        std::size_t errors = 0, warnings = 0;
        for (const auto& d : f.diagnostics) (d.severity == Severity::Error ? errors : warnings) += 1;
        Message line(f.ok() ? "cli.validate.ok" : "cli.validate.invalid");
        line.text("file", f.name).phrase("reports", count(f.reports, "report")).phrase("figures", count(f.figures, "figure"));
        if (errors) line.phrase("errors", count(errors, "error"));
        if (warnings) line.phrase("warnings", count(warnings, "warning"));
        out << render(line, language) << "\n";
    }
    return inputs.ok() ? kExitOk : kExitFindings;
}

}  // namespace gongkai::cli
