// commands.hpp — the `gongkai` subcommands. Each takes the arguments after its name and
// returns the process exit code (see exit_codes below and docs/cli.md).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace gongkai::cli {

// Exit codes, the same for every command.
inline constexpr int kExitOk = 0;        // done, nothing to report
inline constexpr int kExitFindings = 1;  // invalid input, or audit findings at the --fail-on level
inline constexpr int kExitUsage = 2;     // the command line itself is wrong

int run_validate_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_stats_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_audit_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_export_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_key_figures_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_score_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace gongkai::cli

// Written by the importer (src/cli/import_command.cpp); global namespace by agreement.
int run_import_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
