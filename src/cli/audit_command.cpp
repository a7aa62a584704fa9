// audit_command.cpp — `gongkai audit FILE...`: the arithmetic checks of docs/audit-rules.md.
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/language.hpp"
#include "cli/options.hpp"
#include "cli/json_number.hpp"
#include "core/audit.hpp"

namespace gongkai::cli {

namespace {
constexpr const char* kHelp =
    "usage: gongkai audit [--format text|json] [--fail-on warning|info|never] [--lang zh|en] [FILE...]\n"
    "\n"
    "Checks each report's arithmetic: parts against stated totals, percentages against their\n"
    "counts, shares adding up to 100%, the template tables' identities, continuity between\n"
    "consecutive years of the same issuer, and duplicated figures (see docs/audit-rules.md).\n"
    "All files are audited together, so consecutive years can be compared.\n"
    "  --format   text (default) or json\n"
    "  --fail-on  lowest severity that makes the exit status 1 (default: warning)\n"
    "  --lang     language of the messages: zh or en (default: from LC_ALL/LANG, else en);\n"
    "             JSON output always has each finding's code and arguments as well\n"
    "Reads standard input when no FILE is given.\n"
    "Exit status: 0 no findings at the --fail-on level, 1 such findings or invalid input, 2 usage.\n";

// Severity is ordered Error < Warning < Info in the enum: lower is more serious.
bool at_least(Severity s, Severity level) { return static_cast<int>(s) <= static_cast<int>(level); }

// "1 finding", "2 findings": the catalog's cli.count.* (Chinese has no plural: "2个发现").
std::string counted_code(std::size_t n, const char* what) {
    return std::string("cli.count.") + what + (n == 1 ? "" : ".many");
}
}  // namespace

int run_audit_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    ParsedArgs parsed = parse_args(args, {{"--format", "", true}, {"--fail-on", "", true}, kLangOption});
    if (parsed.help) {
        out << kHelp;
        return kExitOk;
    }
    std::string error = parsed.error;
    const Language language = output_language(parsed, error);
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

    const Inputs inputs = load_inputs(parsed.files, err, language);
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
                                     {"code", f.what.code},
                                     {"args", message_to_json(f.what)["args"]},
                                     {"message", finding_message(f, language)},
                                     {"stated", json_number(f.stated)},
                                     {"expected", json_number(f.expected)},
                                     {"quotes", f.quotes}});
            if (!f.related_reports.empty()) j["findings"].back()["related_reports"] = f.related_reports;
        }
        j["language"] = language_code_of(language);
        j["summary"] = {{"error", counts[0]}, {"warning", counts[1]}, {"info", counts[2]}};
        out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        const bool zh = language == Language::Chinese;
        for (const Finding& f : findings) {
            out << f.report_id;
            if (!f.location.empty()) out << " " << f.location;
            const std::string severity =
                catalog_text(std::string("severity.") + severity_name(f.severity), language, severity_name(f.severity));
            // English keeps the machine line it always had; Chinese names the rule in words,
            // its code in brackets so a reader can still look it up.
            if (zh)
                out << "：" << severity << "：" << rule_name(f.rule, language) << "（" << f.rule << "）："
                    << finding_message(f, language) << "\n";
            else
                out << ": " << severity << ": " << f.rule << ": " << f.message << "\n";
            for (const std::string& q : f.quotes) out << "    “" << q << "”\n";
        }
        out << render(Message("cli.audit.summary")
                          .phrase("findings", Message(counted_code(findings.size(), "finding"))
                                                  .number("n", static_cast<double>(findings.size())))
                          .phrase("errors", Message(counted_code(counts[0], "error")).number("n", static_cast<double>(counts[0])))
                          .phrase("warnings", Message(counted_code(counts[1], "warning")).number("n", static_cast<double>(counts[1])))
                          .number("info", static_cast<double>(counts[2]))
                          .phrase("reports", Message(counted_code(inputs.reports.size(), "report"))
                                                 .number("n", static_cast<double>(inputs.reports.size()))),
                      language)
            << "\n";
    }
    return inputs.ok() && !failing ? kExitOk : kExitFindings;
}

}  // namespace gongkai::cli
