// diagnostic.hpp — a located message about an input: where it is and what was expected.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/message.hpp"

namespace gongkai {

enum class Severity { Error, Warning, Info };

const char* severity_name(Severity s);  // "error", "warning", "info"

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;          // the file name as the user gave it ("-" for stdin)
    std::int64_t line = 0;     // 1-based; 0 when not applicable
    std::int64_t column = 0;   // 1-based, in code points; 0 when not applicable
    std::string pointer;       // JSON Pointer (RFC 6901) for semantic errors, e.g. /figures/3/value
    std::string message;       // `what` in English: what was expected and what was found
    Message what;              // the problem as a code with arguments (message.hpp)

    // Sets `what` and its English rendering `message`.
    void set(Message m);

    // "file:12:5: error: message" or "file: /figures/3/value: error: message"
    std::string to_string() const;
    // The same in `language`, severity included ("file:12:5: 错误：…").
    std::string to_string(Language language) const;
};

// A diagnostic whose message is `what` (rendered in English into `message`).
Diagnostic make_diagnostic(Severity severity, std::string file, std::int64_t line, std::int64_t column,
                           std::string pointer, Message what);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace gongkai
