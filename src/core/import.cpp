// import.cpp — the importer's stages in order: bytes -> text -> structure -> figures.
//
//   decode (import_encoding)  -> HTML to text (import_html) -> normalise (import_normalise)
//   -> simplified analysis copy (import_traditional) -> lines, template tables (import_tables)
//   -> headings and places (import_structure) -> figures (import_narrative)
//   -> metadata (import_metadata), prose sections (import_sections).
#include "core/import.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include "core/import_container.hpp"
#include "core/import_encoding.hpp"
#include "core/import_html.hpp"
#include "core/import_injection.hpp"
#include "core/import_metadata.hpp"
#include "core/import_narrative.hpp"
#include "core/import_normalise.hpp"
#include "core/import_sections.hpp"
#include "core/import_structure.hpp"
#include "core/import_tables.hpp"
#include "core/import_text.hpp"
#include "core/import_traditional.hpp"

namespace gongkai {
namespace {


// An editor's note the importer wrote, in both its languages, as a diagnostic.
Message note_message(const Note& n) {
    return std::move(Message("import.note").text("en", n.message).text("zh", n.message_zh));
}

Diagnostic make(Severity severity, const ImportOptions& o, Message what) {
    return make_diagnostic(severity, o.file_name.empty() ? "-" : o.file_name, 0, 0, "", std::move(what));
}

// Report ids allow letters, digits, '-', '_' and '.': keep what the file name has of those.
std::string derive_id(const ImportOptions& o, const Meta& meta) {
    if (!o.id.empty()) return o.id;
    std::string stem = o.file_name;
    const std::size_t slash = stem.find_last_of("/\\");
    if (slash != std::string::npos) stem = stem.substr(slash + 1);
    const std::size_t dot = stem.find_last_of('.');
    if (dot != std::string::npos && dot > 0) stem = stem.substr(0, dot);
    std::string id;
    for (char c : stem) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' || c == '_' || c == '.')
            id.push_back(c);
        else if (!id.empty() && id.back() != '-')
            id.push_back('-');
    }
    while (!id.empty() && (id.back() == '-' || id.back() == '.')) id.pop_back();
    while (!id.empty() && (id.front() == '-' || id.front() == '.')) id.erase(0, 1);
    if (id.empty()) id = "imported" + (meta.year ? "-" + std::to_string(*meta.year) : std::string());
    return id;
}

// A figure whose sentence had injected text blanked out: its words were read around the gap.
void mark_injected_figures(std::vector<Figure>& figures, const std::vector<import_detail::Span>& spans) {
    if (spans.empty()) return;
    for (auto& f : figures) {
        if (!f.quote || !f.quote->start || !f.quote->end) continue;
        if (!import_detail::overlaps_injection(spans, static_cast<std::size_t>(*f.quote->start),
                                               static_cast<std::size_t>(*f.quote->end)))
            continue;
        f.unsure = true;
        f.notes.push_back("injected text in this sentence was left out of its labels");
    }
}

// A place or body named as subject that is the report's own issuer ("星海区全年主动公开…" in
// 星海区's report) is the issuer: no department, like 我区 and 本机关.
void resolve_self_references(std::vector<Figure>& figures, const Meta& meta) {
    if (meta.region.name.empty()) return;
    const std::string full = meta.region.parent + meta.region.name;
    for (auto& f : figures) {
        if (f.department.empty()) continue;
        const std::string d = f.department;
        if (d == meta.region.name || d == full || d == meta.issuer) f.department.clear();
    }
}

// Points a quote found in the normalised text at the same words in the text as given: its
// offsets through `origin`, its words the given text's own (full-width punctuation, spaces).
void quote_original(Quote& q, const std::u32string& original, const std::vector<std::size_t>& origin) {
    if (!q.start || !q.end) return;
    std::int64_t start = *q.start, end = *q.end;
    if (!import_detail::span_in_original(origin, start, end)) return;
    q.start = start;
    q.end = end;
    q.text = import_detail::u32_to_utf8(std::u32string_view(original).substr(static_cast<std::size_t>(start),
                                                              static_cast<std::size_t>(end - start)));
}

void quotes_original(Report& report, const std::u32string& original, const std::vector<std::size_t>& origin) {
    for (Figure& f : report.figures)
        if (f.quote) quote_original(*f.quote, original, origin);
    for (Note& n : report.meta.notes)
        if (n.quote) quote_original(*n.quote, original, origin);
    if (report.tables)
        for (auto& [pointer, q] : report.tables->sources) quote_original(q, original, origin);
}

}  // namespace

ImportResult import_text(std::string_view bytes, const ImportOptions& options) {
    using namespace import_detail;
    ImportResult result;
    auto& diags = result.diagnostics;
    // Checked on the bytes given, and again on what an archive or saved page unpacks to.
    auto too_large = [&] {
        if (bytes.size() <= options.max_bytes) return false;
        diags.push_back(make(Severity::Error, options,
                             std::move(Message("import.too_large")
                                           .number("size", static_cast<double>(bytes.size()))
                                           .number("limit", static_cast<double>(options.max_bytes >> 20)))));
        return true;
    };
    if (too_large()) return result;

    // Archives and saved pages first: what is inside them is what the text stages read.
    Unwrapped unwrapped = unwrap_container(bytes, options.file_name, options.inflate);
    if (unwrapped.refused) {
        diags.push_back(make(Severity::Error, options, std::move(unwrapped.error)));
        return result;
    }
    for (auto& m : unwrapped.remarks) diags.push_back(make(Severity::Info, options, std::move(m)));
    result.source_format = unwrapped.format;
    if (unwrapped.format != "text") bytes = unwrapped.bytes;
    if (too_large()) return result;

    DecodedBytes decoded = decode_bytes(bytes);
    // A page that says it is GBK is read as GB18030 even where its bytes would pass as UTF-8.
    {
        std::string charset = unwrapped.charset.empty() ? declared_charset(bytes) : unwrapped.charset;
        if ((charset == "gbk" || charset == "gb2312" || charset == "gb18030" || charset == "x-gbk") &&
            decoded.encoding.rfind("UTF-8", 0) == 0 && decoded.encoding != "UTF-8 (BOM)") {
            DecodedBytes gbk;
            bool four = false;
            gbk.text = decode_gb18030(bytes, gbk.invalid, four);
            gbk.encoding = four ? "GB18030" : "GBK";
            gbk.converted = true;
            gbk.control_bytes = decoded.control_bytes;
            decoded = std::move(gbk);
        }
    }
    result.detected_encoding = decoded.encoding;
    result.converted = decoded.converted;
    if (decoded.control_bytes * 100 > bytes.size() || (decoded.invalid * 20 > decoded.text.size() && decoded.invalid > 8)) {
        diags.push_back(make(Severity::Error, options, Message("import.not_text")));
        return result;
    }
    if (decoded.foreign_bytes > 0)
        diags.push_back(make(Severity::Warning, options,
                             std::move(Message("import.foreign_bytes")
                                           .number("count", static_cast<double>(decoded.foreign_bytes)))));
    else if (decoded.converted)
        diags.push_back(make(Severity::Info, options, std::move(Message("import.converted").text("encoding", decoded.encoding))));
    if (decoded.invalid > 0)
        diags.push_back(make(Severity::Warning, options,
                             std::move(Message("import.invalid_bytes")
                                           .number("count", static_cast<double>(decoded.invalid))
                                           .text("encoding", decoded.encoding))));

    std::u32string text = std::move(decoded.text);
    std::vector<SetAsideRow> set_aside;
    if (looks_like_html(text)) {
        HtmlText html = html_to_text(text);
        text = std::move(html.text);
        set_aside = std::move(html.set_aside);
        if (result.source_format == "text") result.source_format = "html";
        diags.push_back(make(Severity::Info, options, Message("import.html")));
        if (html.content_container || html.chrome_lines > 0)
            diags.push_back(make(Severity::Info, options,
                                 std::move(Message("import.html.content")
                                               .number("chrome", static_cast<double>(html.chrome_lines)))));
    }
    // What the user gave stays the report's text; the importer reads a normalised copy and
    // carries what it finds back through `origin`.
    const std::u32string original = text;
    std::vector<std::size_t> origin;
    text = normalise_text(original, &origin);
    // Text that is not the report's own: glosses go before anything reads the text (`origin`
    // follows); spam is kept in the text (its note quotes it) and blanked in the analysis copy.
    GlossScan glosses = strip_pinyin_glosses(text, &origin);
    text = std::move(glosses.text);
    std::u32string simple = simplified_copy(text);
    InjectionScan injected = find_injected_text(text, simple);
    blank_spans(simple, injected.spans);

    if (trim(text).empty()) {
        diags.push_back(make(Severity::Error, options, Message("import.empty")));
        return result;
    }
    // Report JSON is not report text: say so rather than read numbers out of it.
    {
        const auto head = trim(std::u32string_view(text).substr(0, 4096));
        if (!head.empty() && (head[0] == U'{' || head[0] == U'[') && contains(head, U"\"format\"")) {
            diags.push_back(make(Severity::Error, options, Message("import.is_json")));
            return result;
        }
    }
    const bool report_words = contains(simple, U"信息公开") || contains(simple, U"政务公开") ||
                              contains(simple, U"公开政府信息") || contains(simple, U"主动公开") ||
                              contains(simple, U"依申请公开");

    std::vector<Line> lines = split_lines(text);
    // Metadata first: the year decides the template version when the tables' headers do not.
    MetaScan meta = read_metadata(text, simple, lines);
    TableScan tables = read_template_tables(simple, lines, meta.meta.year.value_or(0));
    classify_headings(lines, simple);
    const std::vector<Place> places = assign_places(lines);
    std::vector<Figure> figures = extract_figures(text, simple, lines, places);
    mark_injected_figures(figures, injected.spans);

    if (!report_words) {
        diags.push_back(make(Severity::Error, options, Message("import.not_a_report")));
        return result;
    }
    // The template's table headings without their cells: the tables are pictures (an image-only
    // PDF page, an <img> in the page). Said so, and the prose figures kept, rather than refusing
    // the file or returning a report that looks complete.
    const bool no_cells = !tables.tables || tables.tables->sources.empty();  // every cell read has its quote
    const bool tables_are_pictures =
        no_cells && (contains(simple, U"收到和处理政府信息公开申请情况") || contains(simple, U"第二十条第"));
    if (figures.empty() && !tables.tables && !tables_are_pictures) {
        diags.push_back(make(Severity::Error, options, Message("import.no_figures")));
        return result;
    }

    Report report;
    report.meta = std::move(meta.meta);
    note_glosses(glosses, report.meta.notes);
    for (auto& n : injected.notes) report.meta.notes.push_back(std::move(n));
    report.meta.template_version = tables.tables ? tables.template_version : "narrative";
    report.id = derive_id(options, report.meta);
    report.figures = std::move(figures);
    resolve_self_references(report.figures, report.meta);
    report.tables = std::move(tables.tables);
    report.sections = read_sections(text, simple, lines);
    quotes_original(report, original, origin);
    report.text = import_detail::u32_to_utf8(original);

    for (const auto& r : meta.remarks) diags.push_back(make(Severity::Info, options, r));
    if (meta.title_made_up)
        diags.push_back(make(Severity::Info, options, std::move(Message("import.title_made_up").text("title", report.meta.title))));
    if (tables.tables && tables.version_guessed)
        diags.push_back(make(Severity::Warning, options,
                             std::move(Message("import.template_guessed").text("template", tables.template_version))));
    for (const auto& w : tables.warnings) diags.push_back(make(Severity::Warning, options, w));
    if (tables_are_pictures) diags.push_back(make(Severity::Warning, options, Message("import.tables_are_pictures")));
    // Table rows whose cells could not be placed under the template's columns: their numbers
    // are kept out of the tables and listed here, at their line, for the review screen.
    for (const auto& a : set_aside)
        diags.push_back(make_diagnostic(Severity::Warning, options.file_name.empty() ? "-" : options.file_name,
                                        static_cast<std::int64_t>(a.line), 1, "",
                                        std::move(Message("import.html.row_set_aside")
                                                      .number("table", static_cast<double>(a.table))
                                                      .number("row", static_cast<double>(a.row))
                                                      .text("label", a.label)
                                                      .text("cells", a.cells)
                                                      .phrase("reason", Message("import.html.row_set_aside." + a.reason)))));
    for (const auto& n : report.meta.notes)
        diags.push_back(make(Severity::Warning, options, note_message(n)));

    for (const auto& f : report.figures) result.unsure += f.unsure ? 1 : 0;
    if (result.unsure > 0)
        diags.push_back(make(Severity::Info, options,
                             std::move(Message("import.unsure")
                                           .number("count", static_cast<double>(result.unsure))
                                           .number("total", static_cast<double>(report.figures.size())))));
    result.report = std::move(report);
    return result;
}

}  // namespace gongkai
