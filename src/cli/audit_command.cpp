// audit_command.cpp — `gongkai audit FILE...`: the arithmetic checks of docs/audit-rules.md.
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "cli/json_number.hpp"
#include "core/audit.hpp"

namespace gongkai::cli {

namespace {
constexpr const char* kHelp =
    "usage: gongkai audit [--format text|json] [--fail-on warning|info|never] [FILE...]\n"
    "\n"
    "Checks each report's arithmetic: parts against stated totals, percentages against their\n"
    "counts, shares adding up to 100%, the template tables' identities, continuity between\n"
    "consecutive years of the same issuer, and duplicated figures (see docs/audit-rules.md).\n"
    "All files are audited together, so consecutive years can be compared.\n"
    "  --format   text (default) or json\n"
    "  --fail-on  lowest severity that makes the exit status 1 (default: warning)\n"
    "Reads standard input when no FILE is given.\n"
    "Exit status: 0 no findings at the --fail-on level, 1 such findings or invalid input, 2 usage.\n";

// Severity is ordered Error < Warning < Info in the enum: lower is more serious.
bool at_least(Severity s, Severity level) { return static_cast<int>(s) <= static_cast<int>(level); }

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

int run_audit_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    ParsedArgs parsed = parse_args(args, {{"--format", "", true}, {"--fail-on", "", true}});
    if (parsed.help) {
        out << kHelp;
        return kExitOk;
    }
    std::string error = parsed.error;
    const std::string format = parsed.get("--format", "text");
    const std::string fail_on = parsed.get("--fail-on", "warning");
    if (error.empty() && format != "text" && format != "json")
        error = "--format must be text or json, not \"" + format + "\"";
    if (error.empty() && fail_on != "warning" && fail_on != "info" && fail_on != "never" && fail_on != "error")
        error = "--fail-on must be warning, info or never, not \"" + fail_on + "\"";
    if (!error.empty()) {
        err << "gongkai audit: " << error << "\n" << kHelp;
        return kExitUsage;
    }
    if (!resolve_input_names(parsed.files, err)) return kExitUsage;

    const Inputs inputs = load_inputs(parsed.files, err);
    const std::vector<Finding> findings = audit(inputs.reports);

    std::size_t counts[3] = {0, 0, 0};
    bool failing = false;
    for (const Finding& f : findings) {
        counts[static_cast<int>(f.severity)] += 1;
        if (fail_on == "never") continue;
        const Severity level = fail_on == "info" ? Severity::Info
                               : fail_on == "error" ? Severity::Error
                                                    : Severity::Warning;
        failing = failing || at_least(f.severity, level);
    }

    if (format == "json") {
        nlohmann::json j;
        j["reports"] = inputs.reports.size();
        j["findings"] = nlohmann::json::array();
        for (const Finding& f : findings) {
            j["findings"].push_back({{"severity", severity_name(f.severity)},
                                     {"rule", f.rule},
                                     {"report_id", f.report_id},
                                     {"location", f.location},
                                     {"figure_ids", f.figure_ids},
                                     {"message", f.message},
                                     {"stated", json_number(f.stated)},
                                     {"expected", json_number(f.expected)},
                                     {"quotes", f.quotes}});
        }
        j["summary"] = {{"error", counts[0]}, {"warning", counts[1]}, {"info", counts[2]}};
        out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        for (const Finding& f : findings) {
            out << f.report_id;
            if (!f.location.empty()) out << " " << f.location;
            out << ": " << severity_name(f.severity) << ": " << f.rule << ": " << f.message << "\n";
            for (const std::string& q : f.quotes) out << "    “" << q << "”\n";
        }
        out << plural(findings.size(), "finding", "findings") << " (" << plural(counts[0], "error", "errors")
            << ", " << plural(counts[1], "warning", "warnings") << ", " << counts[2] << " info) in "
            << plural(inputs.reports.size(), "report", "reports") << "\n";
    }
    return inputs.ok() && !failing ? kExitOk : kExitFindings;
}

}  // namespace gongkai::cli
