// app_loading.cpp — how files reach the app: the picker, drops, ?report= URLs, samples,
// and the text importer for .txt/.html files. Every path ends in App::load_any.
#include <algorithm>
#include <exception>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>

#include "core/file_bytes.hpp"
#include "core/import.hpp"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/import_review.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {

namespace {

constexpr const char* kSamplesDir = "/reports";   // embedded in the module (--embed-file)

bool ends_with_ci(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        char c = s[s.size() - suffix.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

// Reports as published: text, web pages (saved whole or as .mhtml), Word and OFD files, and
// the legacy Word/WPS files the importer answers with advice.
bool is_text_report(std::string_view name) {
    for (std::string_view ext : {".txt", ".html", ".htm", ".mhtml", ".mht", ".docx", ".ofd", ".doc", ".wps", ".pdf"})
        if (ends_with_ci(name, ext)) return true;
    return false;
}

}  // namespace

LoadOutcome App::load_any(std::string_view file_name, ByteSource& source) {
    if (!is_text_report(file_name)) return load(file_name, source);
    const std::string bytes = read_rest(source);  // the importer reads a text whole

    // A report as published (text or HTML page): the importer reads its figures and the
    // review screen shows them beside the text; the user corrects, then keeps (App::load of
    // the reviewed JSON) or discards them (review: src/ui/import_review.hpp).
    const ImportReview& review = open_import_review(*this, file_name, bytes);
    LoadOutcome out;
    out.diagnostics = review.result.diagnostics;
    out.ok = review.result.report.has_value() && !has_errors(review.result.diagnostics);
    return out;
}

void App::queue_load(std::string name, std::unique_ptr<ByteSource> bytes) {
    pending_loads.push_back(PendingLoad{std::move(name), std::move(bytes), 0});
    model_changed();
}

void App::add_load_error(std::string_view file_name, Message what) {
    errors.push_back(make_diagnostic(Severity::Error, std::string(file_name), 0, 0, "", std::move(what)));
    pending_tab = Tab::Errors;
    ++generation;
    model_changed();
}

void App::open_files() {
    platform::open_file_picker(".json,.gz,.txt,.html,.htm,.mhtml,.mht,.docx,.ofd,.doc,.wps,.pdf,application/json,application/gzip,"
                               "text/plain,text/html,application/pdf", true);
}

void App::receive_file(std::string name, std::unique_ptr<ByteSource> bytes, std::string_view error) {
    if (!error.empty())
        add_load_error(name, std::move(Message("app.file_error").text("what", std::string(error))));
    else
        queue_load(std::move(name), std::move(bytes));
}

std::vector<std::string> App::sample_files() const {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(kSamplesDir, ec)) out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

void App::load_sample(const std::string& name) {
    std::optional<std::string> bytes = read_file_bytes(std::string(kSamplesDir) + "/" + name);
    if (!bytes) {
        add_load_error(name, Message("app.sample_missing"));
        return;
    }
    queue_load(name, std::make_unique<OwnedByteSource>(std::move(*bytes)));
}

}  // namespace gongkai::ui
