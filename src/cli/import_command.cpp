// import_command.cpp — `gongkai import FILE...`: report text (plain or HTML, UTF-8 or
// GB18030/GBK, simplified or traditional) to report JSON.
//
// JSON goes to standard output or to -o FILE; one summary line per file (figures found, how
// many are unsure, audit findings) goes to standard error when the JSON is on standard output,
// so that `gongkai import a.txt > a.json` leaves a clean file.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/language.hpp"
#include "cli/options.hpp"
#include "core/audit.hpp"
#include "cli/pdf_extractor.hpp"
#include "core/import.hpp"
#include "core/import_pdf.hpp"
#include "native/zlib_inflate.hpp"
#include "core/save.hpp"

namespace {

using namespace gongkai;
using namespace gongkai::cli;

constexpr const char* kHelp =
    "usage: gongkai import [-o OUT] [--id ID] [--lang zh|en] FILE...\n"
    "\n"
    "Reads each FILE (or standard input, '-') as the text of a government information\n"
    "disclosure annual report: plain text, HTML, a saved page (.mhtml), Word (.docx), OFD or\n"
    "PDF, UTF-8 or GB18030/GBK, simplified or traditional characters (a PDF is read by the\n"
    "page's pdf.js extraction under Node: docs/import-pdf.md; .doc and .wps get advice to save\n"
    "as .docx or PDF). Writes report JSON: one report for one file, a collection for\n"
    "several. Prints one line per file: figures found, figures marked unsure, audit findings.\n"
    "\n"
    "  -o, --output OUT   write the JSON to OUT instead of standard output\n"
    "  --id ID            the report id (one file only); default: from the file name\n"
    "  --lang zh|en       language of the messages (default: from LC_ALL/LANG, else en)\n"
    "\n"
    "Exit status: 0 every file imported, 1 some file could not be imported, 2 usage error.\n";

constexpr std::uintmax_t kMaxBytes = std::uintmax_t{256} << 20;

// Reads a whole file (or standard input) as bytes; false with a message when it cannot.
bool read_bytes(const std::string& name, std::string& bytes, std::string& problem) {
    if (name == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        bytes = buffer.str();
        return true;
    }
    std::error_code ec;
    const auto size = std::filesystem::file_size(name, ec);
    if (ec) {
        problem = "cannot read the file: " + ec.message();
        return false;
    }
    if (size > kMaxBytes) {
        problem = std::to_string(size) + " bytes, larger than the limit of 256 MiB";
        return false;
    }
    std::ifstream in(name, std::ios::binary);
    if (!in) {
        problem = "cannot open the file";
        return false;
    }
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

}  // namespace

int run_import_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    ParsedArgs parsed = parse_args(args, {{"--output", "-o", true}, {"--id", "", true}, kLangOption});
    if (parsed.help) {
        out << kHelp;
        return kExitOk;
    }
    std::string error = parsed.error;
    const Language language = output_language(parsed, error);
    if (!error.empty()) {
        err << "gongkai import: " << error << "\n" << kHelp;
        return kExitUsage;
    }
    if (!resolve_input_names(parsed.files, err)) return kExitUsage;
    if (parsed.has("--id") && parsed.files.size() != 1) {
        err << "gongkai import: --id names one report; give one file\n";
        return kExitUsage;
    }
    const std::string output = parsed.get("--output", "-");
    std::ostream& summary = output == "-" ? err : out;

    std::vector<Report> reports;
    bool all_ok = true;
    for (const std::string& name : parsed.files) {
        std::string bytes;
        std::string problem;
        // A file that could not be read or extracted: its error, and the summary's line.
        auto not_imported = [&] {
            Diagnostic d;
            d.file = name;
            d.message = problem;
            err << d.to_string(language) << "\n";
            summary << render(Message("cli.import.not_imported").text("file", name), language) << "\n";
            all_ok = false;
        };
        if (!read_bytes(name, bytes, problem)) {
            not_imported();
            continue;
        }
        ImportOptions options;
        options.file_name = name;
        options.id = parsed.get("--id");
        options.inflate = zlib_inflate;
        // A PDF (by name or by its first bytes) goes through the page's own extraction, under Node.
        ImportResult result;
        if (is_pdf_file_name(name) || bytes.compare(0, 5, "%PDF-") == 0) {
            std::string json;
            if (!extract_pdf(bytes, json, problem)) {
                not_imported();
                continue;
            }
            result = import_pdf_extraction(json, options);
        } else {
            result = import_text(bytes, options);
        }
        for (const auto& d : result.diagnostics)
            if (d.severity != Severity::Info) err << d.to_string(language) << "\n";
        if (!result.report) {
            summary << render(Message("cli.import.not_imported").text("file", name), language) << "\n";
            all_ok = false;
            continue;
        }
        // Ids must be unique within a collection.
        std::string id = result.report->id;
        for (int n = 2;; ++n) {
            bool taken = false;
            for (const auto& r : reports) taken = taken || r.id == id;
            if (!taken) break;
            id = result.report->id + "-" + std::to_string(n);
        }
        result.report->id = id;
        const std::size_t findings = audit({*result.report}).size();
        const auto& r = *result.report;
        Message line("cli.import.summary");
        line.text("file", name)
            .phrase("figures", std::move(Message(r.figures.size() == 1 ? "cli.count.figure" : "cli.count.figure.many")
                                             .number("n", static_cast<double>(r.figures.size()))))
            .number("unsure", static_cast<double>(result.unsure))
            .phrase("findings", std::move(Message(findings == 1 ? "cli.count.audit_finding" : "cli.count.audit_finding.many")
                                              .number("n", static_cast<double>(findings))));
        if (r.tables) line.text("template", r.meta.template_version);
        if (result.converted) line.text("encoding", result.detected_encoding);
        summary << render(line, language) << "\n";
        reports.push_back(std::move(result.report).value());
    }
    if (!reports.empty()) {
        const std::string json = parsed.files.size() == 1 ? save_report_json(reports.front()) : save_collection_json(reports);
        if (!write_output(output, json, out, err)) return kExitFindings;
    }
    return all_ok ? kExitOk : kExitFindings;
}
