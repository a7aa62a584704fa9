// import_pdf.cpp — see import_pdf.hpp.
#include "core/import_pdf.hpp"

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "core/message.hpp"

namespace gongkai {

namespace {

Diagnostic pdf_diagnostic(Severity severity, const ImportOptions& options, Message what) {
    return make_diagnostic(severity, options.file_name.empty() ? "-" : options.file_name, 0, 0, "", std::move(what));
}

// The refusals web/pdf-extract.mjs can name; anything else reads as "unreadable".
Message refusal(const std::string& code, const nlohmann::json& args) {
    const auto num = [&](const char* key) {
        const auto it = args.find(key);
        return it != args.end() && it->is_number() ? it->get<double>() : 0.0;
    };
    const auto str = [&](const char* key) {
        const auto it = args.find(key);
        return it != args.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    if (code == "too_many_pages")
        return std::move(Message("import.pdf.too_many_pages").number("pages", num("pages")).number("limit", num("limit")));
    if (code == "too_large")
        return std::move(Message("import.pdf.too_large").number("size", num("size_mb")).number("limit", num("limit_mb")));
    if (code == "too_much_text")
        return std::move(Message("import.pdf.too_much_text").number("page", num("page")).number("limit", num("limit")));
    if (code == "bomb") return std::move(Message("import.pdf.bomb").number("limit", num("limit_mb")));
    if (code == "encrypted") return Message("import.pdf.encrypted");
    if (code == "invalid") return std::move(Message("import.pdf.invalid").text("what", str("what")));
    return std::move(Message("import.pdf.unreadable").text("what", str("what")));
}

}  // namespace

bool is_pdf_extraction(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) ++i;
    return bytes.substr(i, 14) == "{\"gongkai_pdf\"";
}

bool is_pdf_file_name(std::string_view name) {
    if (name.size() < 4) return false;
    std::string tail(name.substr(name.size() - 4));
    std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return tail == ".pdf";
}

ImportResult import_pdf_extraction(std::string_view json, const ImportOptions& options) {
    ImportResult result;
    nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("gongkai_pdf")) {
        result.diagnostics.push_back(pdf_diagnostic(Severity::Error, options,
                                                    std::move(Message("import.pdf.unreadable").text("what", "no extraction result"))));
        return result;
    }
    if (doc.contains("error")) {
        const std::string code = doc["error"].is_string() ? doc["error"].get<std::string>() : "";
        const nlohmann::json args = doc.contains("args") && doc["args"].is_object() ? doc["args"] : nlohmann::json::object();
        result.diagnostics.push_back(pdf_diagnostic(Severity::Error, options, refusal(code, args)));
        return result;
    }
    const std::string text = doc.contains("text") && doc["text"].is_string() ? doc["text"].get<std::string>() : "";
    const int pages = doc.contains("pages") && doc["pages"].is_number_integer() ? doc["pages"].get<int>() : 0;
    int image_pages = 0;
    if (doc.contains("page_images") && doc["page_images"].is_array())
        for (const auto& n : doc["page_images"]) image_pages += n.is_number() && n.get<double>() > 0 ? 1 : 0;

    if (text.find_first_not_of(" \n\f\r\t") == std::string::npos) {
        // Nothing but pictures: a scanned report. Said as such, not as "not a report".
        result.diagnostics.push_back(pdf_diagnostic(
            Severity::Error, options,
            std::move(Message(image_pages > 0 ? "import.pdf.only_images" : "import.pdf.no_text").number("pages", pages))));
        return result;
    }
    result = import_text(text, options);
    result.detected_encoding = "PDF";
    result.diagnostics.insert(result.diagnostics.begin(),
                              pdf_diagnostic(Severity::Info, options,
                                             std::move(Message("import.pdf.read").number("pages", pages))));
    return result;
}

PdfPosition pdf_position(std::string_view utf8_text, std::size_t code_point_offset) {
    PdfPosition at{1, 1};
    std::size_t cp = 0;
    for (std::size_t i = 0; i < utf8_text.size() && cp < code_point_offset; ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8_text[i]);
        if ((c & 0xC0) == 0x80) continue;  // continuation byte: same code point
        ++cp;
        if (c == '\f') {
            ++at.page;
            at.line = 0;  // the form feed's own line is the page break, not a line of the page
        } else if (c == '\n') {
            ++at.line;
        }
    }
    return at;
}

}  // namespace gongkai
