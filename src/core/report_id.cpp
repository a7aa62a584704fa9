// report_id.cpp — readable, unique report ids and report identity (report_id.hpp).
#include "core/report_id.hpp"

namespace gongkai {
namespace {

// The name the page gives pasted text: it says nothing about the report.
constexpr std::string_view kPastePlaceholder = "pasted-text";

bool id_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
}

// Lower-case ASCII words of `s` joined by '-'; everything else separates words.
std::string slug(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (id_char(c) && c != '-' && c != '.') {
            out.push_back(c);
        } else if (!out.empty() && out.back() != '-') {
            out.push_back('-');
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.size() > 48) {
        out.resize(48);
        while (!out.empty() && out.back() == '-') out.pop_back();
    }
    return out;
}

std::string file_stem(std::string_view file_name) {
    const std::size_t slash = file_name.find_last_of("/\\");
    if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
    const std::size_t dot = file_name.find_last_of('.');
    if (dot != std::string_view::npos && dot > 0) file_name = file_name.substr(0, dot);
    return std::string(file_name);
}

// A slug worth keeping: a few letters or digits, not a lone number.
bool readable(const std::string& s) {
    if (s.size() < 3) return false;
    for (char c : s)
        if (c >= 'a' && c <= 'z') return true;
    return false;
}

}  // namespace

std::string readable_report_id(const Report& report, std::string_view file_name) {
    std::string base;
    const std::string stem = file_stem(file_name);
    if (stem != kPastePlaceholder) base = slug(stem);
    if (!readable(base)) base = slug(report.meta.title);
    if (!readable(base)) base = slug(report.meta.issuer);
    if (!readable(base)) base = "report";
    if (report.meta.year) {
        const std::string year = std::to_string(*report.meta.year);
        if (base.find(year) == std::string::npos) base += "-" + year;
    }
    return base;
}

std::string unique_report_id(const std::string& base, const std::function<bool(const std::string&)>& taken) {
    if (!taken(base)) return base;
    for (int n = 2;; ++n) {
        std::string id = base + "-" + std::to_string(n);
        if (!taken(id)) return id;
    }
}

bool same_report_source(const Report& a, const Report& b) {
    if (!a.text.empty() || !b.text.empty()) return a.text == b.text;
    if (a.meta.title != b.meta.title || a.figures.size() != b.figures.size()) return false;
    for (std::size_t i = 0; i < a.figures.size(); ++i) {
        const Figure& x = a.figures[i];
        const Figure& y = b.figures[i];
        if (x.value != y.value || x.unit != y.unit || x.area != y.area || x.topic != y.topic ||
            x.department != y.department || x.category != y.category)
            return false;
    }
    return true;
}

}  // namespace gongkai
