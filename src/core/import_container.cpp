// import_container.cpp — recognised by content first (magic bytes), by file name second.
#include "core/import_container.hpp"

#include <cctype>

#include "core/import_docx.hpp"
#include "core/import_mhtml.hpp"
#include "core/import_ofd.hpp"

namespace gongkai::import_detail {
namespace {

std::string extension(std::string_view name) {
    const std::size_t dot = name.find_last_of('.');
    if (dot == std::string_view::npos) return "";
    std::string e(name.substr(dot + 1));
    for (auto& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return e;
}

bool ends_with_xml(std::string_view name) { return name.size() >= 4 && name.substr(name.size() - 4) == ".xml"; }

Unwrapped refuse(Message m) {
    Unwrapped u;
    u.refused = true;
    u.error = std::move(m);
    return u;
}

}  // namespace

Unwrapped unwrap_container(std::string_view bytes, std::string_view file_name, const Inflater& inflate) {
    Unwrapped u;
    u.format = "text";
    const std::string ext = extension(file_name);
    // OLE2 compound files: Word 97-2003 (.doc) and WPS Office (.wps) documents.
    static constexpr std::string_view kOle2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (bytes.substr(0, 8) == kOle2 || ext == "doc" || ext == "wps" || ext == "et" || ext == "dps")
        return refuse(std::move(Message("import.legacy_office").text("ext", ext.empty() ? "doc" : ext)));

    std::vector<ZipEntry> entries;
    if (is_zip(bytes) || is_unpacked_zip(bytes)) {
        Message error{"import.zip.damaged"};
        const bool ok = is_zip(bytes) ? read_zip(bytes, inflate, ends_with_xml, ZipLimits{}, entries, error)
                                      : read_unpacked_zip(bytes, entries, error);
        if (!ok) return refuse(std::move(error));
        for (const auto& e : entries) {
            if (e.name != "word/document.xml") continue;
            u.format = "docx";
            u.bytes = docx_to_html(e.data);
            u.charset = "utf-8";
            u.remarks.push_back(Message("import.docx"));
            return u;
        }
        const OfdText ofd = ofd_to_text(entries);
        if (ofd.found) {
            u.format = "ofd";
            u.bytes = ofd.text;
            u.charset = "utf-8";
            u.remarks.push_back(std::move(Message("import.ofd").number("pages", static_cast<double>(ofd.pages))));
            return u;
        }
        return refuse(Message("import.zip.unknown"));
    }
    if (looks_like_mhtml(bytes)) {
        MhtmlPage page = mhtml_page(bytes);
        if (!page.found) return refuse(Message("import.mhtml.no_page"));
        u.format = "mhtml";
        u.bytes = std::move(page.html);
        u.charset = page.charset;
        u.remarks.push_back(Message("import.mhtml"));
    }
    return u;
}

}  // namespace gongkai::import_detail
