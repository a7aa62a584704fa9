// import_ofd.cpp — OFD.xml -> DocRoot -> pages (in the document's order) -> text objects.
#include "core/import_ofd.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "core/import_text.hpp"
#include "core/xml_scan.hpp"

namespace gongkai::import_detail {
namespace {

const ZipEntry* find_entry(const std::vector<ZipEntry>& entries, std::string path) {
    while (!path.empty() && path.front() == '/') path.erase(0, 1);
    for (const auto& e : entries)
        if (e.name == path) return &e;
    return nullptr;
}

std::string folder_of(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

// "Pages/Page_0/Content.xml" relative to the document's folder; "/Doc_0/…" from the root.
std::string resolve(const std::string& base_folder, const std::string& loc) {
    if (!loc.empty() && loc.front() == '/') return loc.substr(1);
    return base_folder + loc;
}

struct Piece {
    double x = 0, y = 0, right = 0, size = 3.5;
    std::string text;
};

std::vector<double> numbers(const std::string& s) {
    std::vector<double> v;
    const char* p = s.c_str();
    char* end = nullptr;
    while (*p) {
        const double d = std::strtod(p, &end);
        if (end == p) { ++p; continue; }
        if (std::isfinite(d)) v.push_back(d);
        p = end;
    }
    return v;
}

std::string page_text(std::string_view xml) {
    std::vector<Piece> pieces;
    XmlScan x(xml);
    double bx = 0, by = 0, bw = 0, size = 3.5;
    bool in_code = false;
    Piece current;
    for (auto k = x.next(); k != XmlScan::Kind::End; k = x.next()) {
        if (k == XmlScan::Kind::Text) {
            if (in_code) current.text += x.text();
            continue;
        }
        const bool open = k == XmlScan::Kind::Open;
        if (x.name() == "TextObject" && open) {
            const auto b = numbers(x.attribute("Boundary"));
            bx = b.size() > 0 ? b[0] : 0;
            by = b.size() > 1 ? b[1] : 0;
            bw = b.size() > 2 ? b[2] : 0;
            const auto s = numbers(x.attribute("Size"));
            size = s.empty() || s[0] <= 0 ? 3.5 : s[0];
        } else if (x.name() == "TextCode") {
            if (open && !x.self_closing()) {
                current = Piece{};
                const auto xs = numbers(x.attribute("X"));
                const auto ys = numbers(x.attribute("Y"));
                current.x = bx + (xs.empty() ? 0 : xs[0]);
                current.y = by + (ys.empty() ? 0 : ys[0]);
                current.right = bw > 0 ? bx + bw : current.x;
                current.size = size;
                in_code = true;
            } else if (!open && in_code) {
                in_code = false;
                if (current.right <= current.x)
                    current.right = current.x + size * static_cast<double>(utf8_to_u32(current.text).size());
                if (!current.text.empty()) pieces.push_back(std::move(current));
            }
        }
    }
    // Top to bottom, then left to right; a line holds the pieces whose baselines agree.
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.y < b.y; });
    std::string out;
    std::size_t i = 0;
    while (i < pieces.size()) {
        std::size_t j = i + 1;
        while (j < pieces.size() && std::fabs(pieces[j].y - pieces[i].y) <= pieces[i].size * 0.5) ++j;
        std::sort(pieces.begin() + static_cast<std::ptrdiff_t>(i), pieces.begin() + static_cast<std::ptrdiff_t>(j),
                  [](const Piece& a, const Piece& b) { return a.x < b.x; });
        for (std::size_t k = i; k < j; ++k) {
            if (k > i) {
                // Two numbers must never run together into one ("31" "4" is not 314): digits
                // meeting across objects with any real gap are two cells.
                const double gap = pieces[k].x - pieces[k - 1].right;
                const bool digits = !pieces[k - 1].text.empty() && !pieces[k].text.empty() &&
                                    std::isdigit(static_cast<unsigned char>(pieces[k - 1].text.back())) &&
                                    std::isdigit(static_cast<unsigned char>(pieces[k].text.front()));
                if (gap > pieces[k].size || (digits && gap > pieces[k].size * 0.25)) out += "\t";
            }
            out += pieces[k].text;
        }
        out += "\n";
        i = j;
    }
    return out;
}

}  // namespace

OfdText ofd_to_text(const std::vector<ZipEntry>& entries) {
    OfdText result;
    const ZipEntry* ofd = find_entry(entries, "OFD.xml");
    if (!ofd) return result;
    std::string doc_root;
    {
        XmlScan x(ofd->data);
        bool in_root = false;
        for (auto k = x.next(); k != XmlScan::Kind::End && doc_root.empty(); k = x.next()) {
            if (k == XmlScan::Kind::Open && x.name() == "DocRoot") in_root = true;
            else if (k == XmlScan::Kind::Close) in_root = false;
            else if (k == XmlScan::Kind::Text && in_root) doc_root = u32_to_utf8(trim(utf8_to_u32(x.text())));
        }
    }
    const ZipEntry* document = find_entry(entries, doc_root);
    if (!document) return result;
    result.found = true;
    const std::string folder = folder_of(resolve("", doc_root));
    XmlScan x(document->data);
    for (auto k = x.next(); k != XmlScan::Kind::End; k = x.next()) {
        if (k != XmlScan::Kind::Open || x.name() != "Page") continue;
        const std::string loc = x.attribute("BaseLoc");
        if (loc.empty()) continue;
        const ZipEntry* page = find_entry(entries, resolve(folder, loc));
        if (!page) continue;
        ++result.pages;
        result.text += page_text(page->data);
    }
    return result;
}

}  // namespace gongkai::import_detail
