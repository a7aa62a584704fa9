// import_command.cpp — placeholder until the importer lands (its helper replaces this file).
#include <ostream>
#include <string>
#include <vector>

int run_import_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    (void)args;
    (void)out;
    err << "import: not available yet\n";
    return 2;
}
