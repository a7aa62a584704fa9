// save.cpp — normalised report JSON (docs/report-format.md, "Normalised output"):
// two-space indentation, keys in the document's order, absent and empty optional fields
// left out, numbers in their shortest round-trip form (whole numbers without ".0"),
// and a final newline. Load -> save -> load -> save gives identical bytes.
#include "core/save.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/json_template_layout.hpp"

namespace gongkai {
namespace {

using ojson = nlohmann::ordered_json;  // keeps keys in insertion order

// Whole numbers are written as integers: nlohmann writes the double 3 as "3.0".
ojson number(double v) {
    if (v == 0) return 0;  // also turns -0 into 0
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) <= 9007199254740992.0)
        return static_cast<std::int64_t>(v);
    return v;  // shortest round-trip form (nlohmann uses Grisu2)
}

void put_string(ojson& o, const char* key, const std::string& v) {
    if (!v.empty()) o[key] = v;
}

ojson quote_json(const Quote& q) {
    ojson o = ojson::object();
    o["text"] = q.text;
    if (q.start) o["start"] = *q.start;
    if (q.end) o["end"] = *q.end;
    return o;
}

ojson meta_json(const Meta& m) {
    ojson o = ojson::object();
    o["title"] = m.title;  // required
    put_string(o, "issuer", m.issuer);
    ojson region = ojson::object();
    put_string(region, "name", m.region.name);
    put_string(region, "level", m.region.level);
    put_string(region, "parent", m.region.parent);
    if (!region.empty()) o["region"] = std::move(region);
    if (m.year) o["year"] = *m.year;
    ojson period = ojson::object();
    put_string(period, "from", m.period_from);
    put_string(period, "to", m.period_to);
    if (!period.empty()) o["period"] = std::move(period);
    ojson source = ojson::object();
    put_string(source, "url", m.source.url);
    put_string(source, "published", m.source.published);
    put_string(source, "retrieved", m.source.retrieved);
    if (!source.empty()) o["source"] = std::move(source);
    put_string(o, "language", m.language);
    put_string(o, "template", m.template_version);
    if (!m.notes.empty()) {
        ojson notes = ojson::array();
        for (const auto& n : m.notes) {
            ojson note = ojson::object();
            note["kind"] = n.kind;
            note["message"] = n.message;
            if (n.quote) note["quote"] = quote_json(*n.quote);
            notes.push_back(std::move(note));
        }
        o["notes"] = std::move(notes);
    }
    return o;
}

ojson figure_json(const Figure& f) {
    ojson o = ojson::object();
    o["id"] = f.id;
    put_string(o, "area", f.area);
    put_string(o, "topic", f.topic);
    put_string(o, "department", f.department);
    put_string(o, "category", f.category);
    o["value"] = number(f.value);
    o["unit"] = f.unit;
    put_string(o, "measure", f.measure);
    put_string(o, "parent", f.parent);
    put_string(o, "breakdown", f.breakdown);
    put_string(o, "share_of", f.share_of);
    put_string(o, "qualifier", f.qualifier);
    if (f.quote) o["quote"] = quote_json(*f.quote);
    if (!f.notes.empty()) o["notes"] = f.notes;
    if (f.unsure) o["unsure"] = true;
    return o;
}

ojson proactive_row_json(const ProactiveRow& row, const std::string& version) {
    ojson o = ojson::object();
    o["clause"] = row.clause;
    o["item"] = row.item;
    // Template order for known columns, then (only for hand-built models) the rest by name.
    if (const auto* clause = layout::find_clause(version, row.clause)) {
        for (auto column : clause->columns) {
            if (column.empty()) continue;
            auto it = row.columns.find(std::string(column));
            if (it != row.columns.end()) o[it->first] = number(it->second);
        }
    }
    for (const auto& [column, value] : row.columns)
        if (!o.contains(column)) o[column] = number(value);
    return o;
}

ojson application_row_json(const ApplicationRow& row) {
    ojson o = ojson::object();
    for (std::size_t i = 0; i < row.size(); ++i)
        if (row[i]) o[kApplicationColumns[i]] = number(*row[i]);
    return o;
}

ojson case_outcomes_json(const CaseOutcomes& c) {
    ojson o = ojson::object();
    const std::optional<double>* cells[] = {&c.maintained, &c.corrected, &c.other, &c.pending, &c.total};
    for (std::size_t i = 0; i < layout::kCaseOutcomeKeys.size(); ++i)
        if (*cells[i]) o[std::string(layout::kCaseOutcomeKeys[i])] = number(**cells[i]);
    return o;
}

ojson tables_json(const TemplateTables& t, const std::string& version) {
    ojson o = ojson::object();
    if (!t.proactive.empty()) {
        ojson rows = ojson::array();
        for (const auto& row : t.proactive) rows.push_back(proactive_row_json(row, version));
        o["proactive"] = std::move(rows);
    }
    ojson applications = ojson::object();
    for (auto key : layout::application_rows(version)) {
        auto it = t.applications.find(std::string(key));
        if (it == t.applications.end()) continue;
        ojson row = application_row_json(it->second);
        if (!row.empty()) applications[it->first] = std::move(row);
    }
    for (const auto& [key, cells] : t.applications) {
        if (applications.contains(key)) continue;
        ojson row = application_row_json(cells);
        if (!row.empty()) applications[key] = std::move(row);
    }
    if (!applications.empty()) o["applications"] = std::move(applications);
    if (t.review) o["review"] = case_outcomes_json(*t.review);
    if (t.litigation_direct) o["litigation_direct"] = case_outcomes_json(*t.litigation_direct);
    if (t.litigation_after_review) o["litigation_after_review"] = case_outcomes_json(*t.litigation_after_review);
    if (!t.sources.empty()) {
        ojson sources = ojson::object();
        for (const auto& [pointer, quote] : t.sources) sources[pointer] = quote_json(quote);
        o["sources"] = std::move(sources);
    }
    return o;
}

ojson report_json(const Report& r) {
    ojson o = ojson::object();
    o["format"] = "gongkai.report";
    o["version"] = kFormatVersion;
    o["id"] = r.id;
    o["meta"] = meta_json(r.meta);
    ojson figures = ojson::array();
    for (const auto& f : r.figures) figures.push_back(figure_json(f));
    o["figures"] = std::move(figures);
    if (r.tables) {
        ojson tables = tables_json(*r.tables, r.meta.template_version);
        if (!tables.empty()) o["tables"] = std::move(tables);
    }
    if (!r.sections.empty()) {
        ojson sections = ojson::array();
        for (const auto& s : r.sections) {
            ojson section = ojson::object();
            section["kind"] = s.kind;
            put_string(section, "heading", s.heading);
            put_string(section, "text", s.text);
            sections.push_back(std::move(section));
        }
        o["sections"] = std::move(sections);
    }
    put_string(o, "text", r.text);
    return o;
}

std::string dump(const ojson& o) {
    // Invalid UTF-8 in a hand-built model must not throw (the web build may abort on
    // exceptions): it is replaced by U+FFFD.
    return o.dump(2, ' ', /*ensure_ascii=*/false, ojson::error_handler_t::replace) + "\n";
}

}  // namespace

std::string save_report_json(const Report& report) { return dump(report_json(report)); }

std::string save_collection_json(const std::vector<Report>& reports) {
    std::vector<const Report*> all;
    all.reserve(reports.size());
    for (const Report& r : reports) all.push_back(&r);
    return save_chosen_reports_json(all);
}

std::string save_chosen_reports_json(const std::vector<const Report*>& reports) {
    ojson o = ojson::object();
    o["format"] = "gongkai.collection";
    o["version"] = kFormatVersion;
    ojson list = ojson::array();
    for (const Report* r : reports) list.push_back(report_json(*r));
    o["reports"] = std::move(list);
    return dump(o);
}

}  // namespace gongkai
