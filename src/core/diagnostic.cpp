// diagnostic.cpp — printing located messages the way compilers do, so editors can jump to them.
#include "core/diagnostic.hpp"

#include <algorithm>

namespace gongkai {

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "info";
    }
    return "error";
}

void Diagnostic::set(Message m) {
    message = render(m, Language::English);
    what = std::move(m);
}

std::string Diagnostic::to_string(Language language) const {
    if (language == Language::English) return to_string();
    std::string out = file.empty() ? std::string("-") : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
    }
    out += ':';
    if (!pointer.empty()) out += ' ' + pointer + ':';
    out += ' ';
    out += catalog_text(std::string("severity.") + severity_name(severity), language, severity_name(severity));
    out += "：";
    out += what.empty() ? message : render(what, language);
    return out;
}

std::string Diagnostic::to_string() const {
    // "file:12:5: error: ..." for syntax errors, "file: /figures/3/value: error: ..." for
    // semantic ones; both parts when both are known.
    std::string out = file.empty() ? std::string("-") : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
    }
    out += ':';
    if (!pointer.empty()) out += ' ' + pointer + ':';
    out += ' ';
    out += severity_name(severity);
    out += ": ";
    out += message;
    return out;
}

Diagnostic make_diagnostic(Severity severity, std::string file, std::int64_t line, std::int64_t column,
                           std::string pointer, Message what) {
    Diagnostic d;
    d.severity = severity;
    d.file = std::move(file);
    d.line = line;
    d.column = column;
    d.pointer = std::move(pointer);
    d.set(std::move(what));
    return d;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace gongkai
