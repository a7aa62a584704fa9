// load_report.cpp — a report's keys, metadata, figures, sections and their cross-references.
#include "core/load_report.hpp"

#include <string>
#include <unordered_map>
#include <vector>

#include "core/load_quotes.hpp"
#include "core/load_vocabulary.hpp"

namespace gongkai::load_detail {

void read_quote(const json& v, const Path& at, Checker& c, Boxed<Quote>& out) {
    if (!c.expect_object(v, at, "a quote")) return;
    c.warn_unknown_keys(v, at, "a quote", kQuoteKeys);
    Quote q;
    c.read_string(v, at, "text", q.text, true, "a quote");
    for (const char* key : {"start", "end"}) {
        const json* n = c.member(v, at, key, false, "");
        double d = 0;
        if (n && c.read_number(*n, at.key(key), NumberRule::Count, d, "offsets count code points"))
            (key[0] == 's' ? q.start : q.end) = static_cast<std::int64_t>(d);
    }
    const bool has_start = v.contains("start"), has_end = v.contains("end");
    if (has_start != has_end)
        c.error(at, std::string("a quote has \"") + (has_start ? "start" : "end") + "\" but no \"" +
                        (has_start ? "end" : "start") + "\"; give both offsets or neither");
    if (q.start && q.end && *q.start > *q.end)
        c.error(at.key("start"), "quote start " + std::to_string(*q.start) + " is after its end " +
                                     std::to_string(*q.end));
    out = std::move(q);
}

namespace {

void read_string_array(const json& obj, const Path& at, std::string_view key, Checker& c,
                       std::vector<std::string>& out) {
    const json* v = c.member(obj, at, key, false, "");
    if (!v) return;
    const Path here = at.key(key);
    if (!c.expect_array(*v, here, "a list of strings")) return;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json& item = (*v)[i];
        if (item.is_string()) out.push_back(item.get<std::string>());
        else c.error(here.index(i), "expected a string, found " + Checker::describe(item));
    }
}

void read_date(const json& obj, const Path& at, std::string_view key, Checker& c, std::string& out) {
    if (c.read_string(obj, at, key, out, false, "") && !is_iso_date(out)) {
        c.error(at.key(key), "expected an ISO date YYYY-MM-DD that exists, found " + in_quotes(out));
        out.clear();
    }
}

void read_note(const json& v, const Path& at, Checker& c, Note& note) {
    if (!c.expect_object(v, at, "a note")) return;
    c.warn_unknown_keys(v, at, "a note", kNoteKeys);
    if (c.read_string(v, at, "kind", note.kind, true, "a note"))
        c.check_enum(note.kind, at.key("kind"), "note kind", kNoteKinds);
    c.read_string(v, at, "message", note.message, true, "a note");
    if (const json* q = c.member(v, at, "quote", false, "")) read_quote(*q, at.key("quote"), c, note.quote);
}

void read_meta(const json& v, const Path& at, Checker& c, Meta& m) {
    if (!c.expect_object(v, at, "the metadata")) return;
    c.warn_unknown_keys(v, at, "the metadata",
                        kMetaKeys);
    c.read_string(v, at, "title", m.title, true, "the metadata");
    c.read_string(v, at, "issuer", m.issuer, false, "");
    if (const json* r = c.member(v, at, "region", false, "")) {
        const Path rp = at.key("region");
        if (c.expect_object(*r, rp, "a region")) {
            c.warn_unknown_keys(*r, rp, "a region", kRegionKeys);
            c.read_string(*r, rp, "name", m.region.name, false, "");
            if (c.read_string(*r, rp, "level", m.region.level, false, ""))
                c.check_enum(m.region.level, rp.key("level"), "region level",
                             kRegionLevels);
            c.read_string(*r, rp, "parent", m.region.parent, false, "");
        }
    }
    if (const json* y = c.member(v, at, "year", false, "")) {
        double year = 0;
        if (c.read_number(*y, at.key("year"), NumberRule::Count, year)) {
            if (year < 1990 || year > 2100)
                c.error(at.key("year"), "year " + y->dump() + " is outside the range 1990 to 2100");
            else
                m.year = static_cast<int>(year);
        }
    }
    if (const json* p = c.member(v, at, "period", false, "")) {
        const Path pp = at.key("period");
        if (c.expect_object(*p, pp, "a period")) {
            c.warn_unknown_keys(*p, pp, "a period", kPeriodKeys);
            read_date(*p, pp, "from", c, m.period_from);
            read_date(*p, pp, "to", c, m.period_to);
            if (!m.period_from.empty() && !m.period_to.empty() && m.period_to < m.period_from)
                c.error(pp, "the period ends (" + m.period_to + ") before it starts (" + m.period_from + ")");
        }
    }
    if (const json* s = c.member(v, at, "source", false, "")) {
        const Path sp = at.key("source");
        if (c.expect_object(*s, sp, "a source")) {
            c.warn_unknown_keys(*s, sp, "a source", kSourceKeys);
            c.read_string(*s, sp, "url", m.source.url, false, "");
            read_date(*s, sp, "published", c, m.source.published);
            read_date(*s, sp, "retrieved", c, m.source.retrieved);
        }
    }
    if (c.read_string(v, at, "language", m.language, false, ""))
        c.check_enum(m.language, at.key("language"), "language", kLanguages);
    if (c.read_string(v, at, "template", m.template_version, false, ""))
        c.check_enum(m.template_version, at.key("template"), "template", kTemplates);
    if (const json* n = c.member(v, at, "notes", false, "")) {
        const Path np = at.key("notes");
        if (c.expect_array(*n, np, "a list of notes")) {
            m.notes.resize(n->size());
            for (std::size_t i = 0; i < n->size(); ++i) read_note((*n)[i], np.index(i), c, m.notes[i]);
        }
    }
}

void read_figure(const json& v, const Path& at, Checker& c, Figure& f) {
    if (!c.expect_object(v, at, "a figure")) return;
    c.warn_unknown_keys(v, at, "a figure",
                        kFigureKeys);
    if (c.read_string(v, at, "id", f.id, true, "a figure") && !is_valid_id(f.id))
        c.error(at.key("id"), "figure id " + in_quotes(f.id) +
                                  " must be one or more ASCII letters, digits, '-', '_' or '.'");
    c.read_string(v, at, "area", f.area, false, "");
    c.read_string(v, at, "topic", f.topic, false, "");
    c.read_string(v, at, "department", f.department, false, "");
    c.read_string(v, at, "category", f.category, false, "");
    const bool has_unit = c.read_string(v, at, "unit", f.unit, true, "a figure");
    if (has_unit && f.unit.empty()) c.error(at.key("unit"), "the unit must not be empty (e.g. \"条\", \"件\", \"%\")");
    if (const json* value = c.member(v, at, "value", true, "a figure")) {
        const bool fraction = unit_allows_fraction(f.unit);
        const std::string hint = "a figure in " + (f.unit.empty() ? std::string("this unit") : "\"" + f.unit + "\"") +
                                 " counts things; only the units %, 元, 万元 and 亿元 may be fractional";
        c.read_number(*value, at.key("value"), fraction ? NumberRule::NonNegative : NumberRule::Count, f.value, hint);
    }
    if (c.read_string(v, at, "measure", f.measure, false, ""))
        c.check_enum(f.measure, at.key("measure"), "measure",
                     kMeasures);
    c.read_string(v, at, "parent", f.parent, false, "");
    c.read_string(v, at, "breakdown", f.breakdown, false, "");
    c.read_string(v, at, "share_of", f.share_of, false, "");
    if (c.read_string(v, at, "qualifier", f.qualifier, false, ""))
        c.check_enum(f.qualifier, at.key("qualifier"), "qualifier", kQualifiers);
    if (const json* q = c.member(v, at, "quote", false, "")) read_quote(*q, at.key("quote"), c, f.quote);
    read_string_array(v, at, "notes", c, f.notes);
    c.read_bool(v, at, "unsure", f.unsure);
}

}  // namespace

void check_figure_links(const std::vector<Figure>& figures, const Path& at, Checker& c) {
    std::unordered_map<std::string_view, std::size_t> by_id;  // views of the figures' own ids
    by_id.reserve(figures.size());
    for (std::size_t i = 0; i < figures.size(); ++i) {
        if (figures[i].id.empty()) continue;
        auto [it, inserted] = by_id.emplace(figures[i].id, i);
        if (!inserted) {
            const Path fp = at.index(i);
            c.error(fp.key("id"), "duplicate figure id " + in_quotes(figures[i].id) + "; it is already used by " +
                                      at.index(it->second).str());
        }
    }
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> parent(figures.size(), kNone);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const Figure& f = figures[i];
        const Path fp = at.index(i);
        if (!f.parent.empty()) {
            auto it = by_id.find(f.parent);
            if (it == by_id.end())
                c.error(fp.key("parent"), "parent " + in_quotes(f.parent) + " is not the id of any figure in this report");
            else if (it->second == i)
                c.error(fp.key("parent"), "figure " + in_quotes(f.id) + " names itself as its parent");
            else
                parent[i] = it->second;
        }
        if (!f.share_of.empty()) {
            if (by_id.find(f.share_of) == by_id.end())
                c.error(fp.key("share_of"),
                        "share_of " + in_quotes(f.share_of) + " is not the id of any figure in this report");
            if (!f.unit.empty() && f.unit != "%")
                c.error(fp.key("share_of"), "share_of is only for percentages (unit \"%\"); this figure's unit is " +
                                                in_quotes(f.unit));
        }
    }
    // Parent links form a forest; walk each chain once (0 = unseen, 1 = on this walk, 2 = done).
    std::vector<unsigned char> state(figures.size(), 0);
    std::vector<std::size_t> walk;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        walk.clear();
        std::size_t j = i;
        while (j != kNone && state[j] == 0) {
            state[j] = 1;
            walk.push_back(j);
            j = parent[j];
        }
        if (j != kNone && state[j] == 1) {
            std::string chain;
            std::size_t k = j;
            do {
                chain += figures[k].id + " -> ";
                k = parent[k];
            } while (k != j);
            chain += figures[j].id;
            const Path fp = at.index(j);
            c.error(fp.key("parent"), "parent links form a cycle: " + chain);
        }
        for (std::size_t w : walk) state[w] = 2;
    }
}

void read_report_tables(const json& t, const Path& at, Checker& c, Report& out) {
    const std::string& version = out.meta.template_version;
    if (version == "2019" || version == "2021") {
        out.tables.emplace();
        read_tables(t, at, c, version, *out.tables);
    } else {
        c.error(at, "template tables need meta.template \"2019\" or \"2021\" (their columns differ); " +
                        (version.empty() ? std::string("this report states no template")
                                         : "this report's template is " + in_quotes(version)));
    }
}

void check_report_quotes(const Report& out, const Path& at, Checker& c) {
    if (out.text.empty()) return;
    const Path fp = at.key("figures");
    const CodePointIndex index(out.text);
    for (std::size_t i = 0; i < out.figures.size(); ++i) {
        if (!out.figures[i].quote) continue;
        const Path one = fp.index(i);
        check_quote_in_text(*out.figures[i].quote, one.key("quote"), out.text, index, c);
    }
    const Path mp = at.key("meta");
    const Path np = mp.key("notes");
    for (std::size_t i = 0; i < out.meta.notes.size(); ++i) {
        if (!out.meta.notes[i].quote) continue;
        const Path one = np.index(i);
        check_quote_in_text(*out.meta.notes[i].quote, one.key("quote"), out.text, index, c);
    }
    if (out.tables) {
        const Path tp = at.key("tables");  // a Path refers to its parent: keep each one alive
        const Path sp = tp.key("sources");
        for (const auto& [pointer, quote] : out.tables->sources)
            check_quote_in_text(quote, sp.key(pointer), out.text, index, c);
    }
}

void ReportCollector::read(const json& element, std::size_t index) {
    // Each report has its own checker: its errors skip it alone.
    Checker c(sink_);
    Report report;
    read_report(element, reports_path_.index(index), c, report, /*header_optional=*/true);
    if (c.errors() == 0) add(std::move(report), index, c);
}

void ReportCollector::add(Report&& report, std::size_t index, Checker& c) {
    auto [it, inserted] = loaded_ids_.emplace(report.id, index);
    if (!inserted) {
        const Path at = reports_path_.index(index);
        c.error(at.key("id"), "duplicate report id " + in_quotes(report.id) + "; it is already used by " +
                                  reports_path_.index(it->second).str() + ", so this report is skipped");
        return;
    }
    out_.push_back(std::move(report));
}

void read_report(const json& v, const Path& at, Checker& c, Report& out, bool header_optional) {
    if (!c.expect_object(v, at, "a report")) return;
    c.warn_unknown_keys(v, at, "a report",
                        kReportKeys);
    if (header_optional) {
        if (const json* f = c.member(v, at, "format", false, "");
            f && !(f->is_string() && f->get_ref<const std::string&>() == "gongkai.report"))
            c.error(at.key("format"), "expected \"gongkai.report\" (or no \"format\") for a report in a collection, found " +
                                          Checker::describe(*f));
        if (const json* ver = c.member(v, at, "version", false, "");
            ver && !(ver->is_number() && *ver == kFormatVersion))
            c.error(at.key("version"), "unsupported format version " + ver->dump() + "; this Gongkai reads version " +
                                           std::to_string(kFormatVersion));
    }
    if (c.read_string(v, at, "id", out.id, true, "a report") && !is_valid_id(out.id))
        c.error(at.key("id"), "report id " + in_quotes(out.id) +
                                  " must be one or more ASCII letters, digits, '-', '_' or '.'");
    if (const json* m = c.member(v, at, "meta", true, "a report")) read_meta(*m, at.key("meta"), c, out.meta);
    c.read_string(v, at, "text", out.text, false, "");

    const Path fp = at.key("figures");
    if (const json* figures = c.member(v, at, "figures", true, "a report");
        figures && c.expect_array(*figures, fp, "the list of figures")) {
        // One Figure per element, bad ones included, so that indices match pointers.
        out.figures.resize(figures->size());
        for (std::size_t i = 0; i < figures->size(); ++i) read_figure((*figures)[i], fp.index(i), c, out.figures[i]);
        check_figure_links(out.figures, fp, c);
    }

    if (const json* t = c.member(v, at, "tables", false, "")) read_report_tables(*t, at.key("tables"), c, out);

    if (const json* s = c.member(v, at, "sections", false, "")) {
        const Path sp = at.key("sections");
        if (c.expect_array(*s, sp, "a list of sections")) {
            out.sections.resize(s->size());
            for (std::size_t i = 0; i < s->size(); ++i) {
                const Path one = sp.index(i);
                const json& item = (*s)[i];
                Section& section = out.sections[i];
                if (!c.expect_object(item, one, "a section")) continue;
                c.warn_unknown_keys(item, one, "a section", kSectionKeys);
                if (c.read_string(item, one, "kind", section.kind, true, "a section"))
                    c.check_enum(section.kind, one.key("kind"), "section kind", kSectionKinds);
                c.read_string(item, one, "heading", section.heading, false, "");
                c.read_string(item, one, "text", section.text, false, "");
            }
        }
    }

    // Quotes are checked last, once the text and every quote are known.
    check_report_quotes(out, at, c);
}

}  // namespace gongkai::load_detail
