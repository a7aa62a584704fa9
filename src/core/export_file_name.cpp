// export_file_name.cpp — download names that say what they hold and are safe on every OS.
//
// "阜新市-2017-figures.csv": Chinese is kept (every current OS stores UTF-8 names); what
// Windows, macOS or a shell would choke on is removed: / \ : * ? " < > | and control
// characters, leading dots (hidden files, "..") and trailing dots and spaces (Windows drops
// them). Reserved DOS device names (CON, NUL, COM1, ...) get a leading underscore, and the
// whole name is kept under 200 bytes, cut on a UTF-8 character boundary.
#include <string>

#include "core/export.hpp"

namespace gongkai {

namespace {

constexpr std::size_t kMaxBytes = 200;

std::string clean(std::string_view text) {
    std::string out;
    bool space = false;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F || std::string_view("/\\:*?\"<>|").find(ch) != std::string_view::npos) continue;
        if (c == ' ') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += '_';
        space = false;
        out += ch;
    }
    const auto first = out.find_first_not_of('.');
    out.erase(0, first == std::string::npos ? out.size() : first);
    while (!out.empty() && out.back() == '.') out.pop_back();
    return out;
}

// Cuts to at most `bytes` without splitting a UTF-8 sequence.
void cut_utf8(std::string& s, std::size_t bytes) {
    if (s.size() <= bytes) return;
    std::size_t end = bytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s.resize(end);
}

bool is_reserved(std::string_view stem) {
    std::string upper;
    for (char c : stem.substr(0, stem.find('.'))) upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    for (const char* name : {"CON", "PRN", "AUX", "NUL"})
        if (upper == name) return true;
    return upper.size() == 4 && (upper.rfind("COM", 0) == 0 || upper.rfind("LPT", 0) == 0) &&
           upper[3] >= '1' && upper[3] <= '9';
}

}  // namespace

std::string export_file_name(const Report* report, std::string_view view, std::string_view extension) {
    std::string stem;
    const auto add = [&](std::string part) {
        if (part.empty()) return;
        if (!stem.empty()) stem += '-';
        stem += part;
    };
    if (report) {
        std::string who = clean(report->meta.region.name);
        if (who.empty()) who = clean(report->id);
        add(who);
        if (report->meta.year) add(std::to_string(*report->meta.year));
    } else {
        add("gongkai");
    }
    add(clean(view));
    if (stem.empty()) stem = "gongkai";

    std::string ext = clean(extension);
    cut_utf8(ext, 16);
    cut_utf8(stem, kMaxBytes - (ext.empty() ? 0 : ext.size() + 1));
    while (!stem.empty() && (stem.back() == '.' || stem.back() == '-')) stem.pop_back();
    if (stem.empty()) stem = "gongkai";
    if (is_reserved(stem)) stem.insert(0, "_");
    return ext.empty() ? stem : stem + "." + ext;
}

}  // namespace gongkai
