// load_fast.cpp — clean report JSON straight into the model. See load_fast.hpp.
#include "core/load_fast.hpp"

#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "core/json_cursor.hpp"
#include "core/load_report.hpp"
#include "core/load_vocabulary.hpp"
#include "core/load_window.hpp"

namespace gongkai::load_detail {
namespace {

// How reading a part of a document went. Unclean: it breaks a rule of the format, so the
// general loader must read the report and explain; Broken: the whole document goes to it.
enum class Got : unsigned char { Ok, Unclean, Broken };

// Returns early unless `expr` went well (the one macro here: it keeps the readers flat). The
// variable is named after the line, since these nest inside each other's lambdas.
#define GONGKAI_JOIN2(a, b) a##b
#define GONGKAI_JOIN(a, b) GONGKAI_JOIN2(a, b)
#define GONGKAI_TRY(expr)                                                                    \
    do {                                                                                     \
        if (const Got GONGKAI_JOIN(got_, __LINE__) = (expr); GONGKAI_JOIN(got_, __LINE__) != Got::Ok) \
            return GONGKAI_JOIN(got_, __LINE__);                                             \
    } while (false)

template <std::size_t N>
int index_of(std::string_view word, const std::array<std::string_view, N>& words) {
    for (std::size_t i = 0; i < N; ++i)
        if (words[i] == word) return static_cast<int>(i);
    return -1;
}

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) {
    return index_of(word, words) >= 0;
}

// Whether Checker::read_number accepts `d` under `rule` without a word.
bool number_fits(double d, NumberRule rule) {
    if (!std::isfinite(d)) return false;
    if (d < 0 && rule != NumberRule::Signed) return false;
    if (rule != NumberRule::NonNegative && std::floor(d) != d) return false;
    return std::fabs(d) <= kMaxCount;
}

constexpr unsigned bit(int i) { return 1u << i; }

// What a report says of "format" and "version" (optional inside a collection).
struct Header {
    bool has_format = false, format_ok = false;
    bool has_version = false, version_ok = false;
    bool fits_collection() const { return (!has_format || format_ok) && (!has_version || version_ok); }
    bool fits_single() const { return has_format && format_ok && has_version && version_ok; }
};

// Where a report's "tables" are in the input: read through the general loader's code,
// since they are small and their rules many.
struct TablesSpan {
    std::size_t from = 0, to = 0;
};

class FastReader {
  public:
    FastReader(std::string_view text, int max_depth) : cursor_(text), max_depth_(max_depth) {}
    FastReader(InputWindow& window, int max_depth)
        : cursor_(window.bytes()), max_depth_(max_depth), window_(&window) {}

    FastLoad run(DiagnosticSink& sink, std::vector<Report>& out);

  private:
    // Chunked input (window_ set). The tokenizer takes the end of the bytes read so far for the
    // end of the input, so whatever it reads at the window's end may only be cut short: a step
    // that fails there, or ends there (a number may go on), is read again with more bytes.
    // A report is only taken once its closing brace is in the window, so cut input can make
    // a report fail but never load differently.

    // The window moved or grew: point the cursor at its bytes again.
    void rebase() { cursor_.rebase(window_->bytes(), window_->base()); }

    // Reads until the next token has begun inside the window, or the input has ended.
    void settle() {
        while (window_ && !window_->complete() && cursor_.at_end()) {
            window_->grow(window_->base());
            rebase();
        }
    }

    // Runs `step` from the cursor; with chunked input, again from the same place with more
    // bytes while it fails (or, if `then_token`, ends at the window's end) and more may come.
    // `keep_from`: the bytes before it may be dropped meanwhile.
    template <class Step>
    Got with_more(Step&& step, bool then_token, std::size_t keep_from) {
        if (!window_) return step();
        const std::size_t from = cursor_.offset();
        for (;;) {
            const Got got = step();
            if (window_->complete() || (got == Got::Ok && !(then_token && cursor_.at_end()))) return got;
            window_->grow(keep_from);
            rebase();
            cursor_.seek(from);
        }
    }

    // The collection's own keys and values: the window only grows.
    template <class Step>
    Got whole_token(Step&& step) {
        return with_more(step, true, window_ ? window_->base() : 0);
    }

    // Reads an object whose keys must come from `keys`: `member(i)` reads the value of key i.
    template <std::size_t N, class Member>
    Got object(const std::array<std::string_view, N>& keys, unsigned& seen, Member&& member) {
        static_assert(N <= 32);
        if (cursor_.peek() != '{') return Got::Unclean;
        cursor_.eat('{');
        if (cursor_.eat('}')) return Got::Ok;
        // Files list an object's keys in the same order throughout (Gongkai writes them in
        // vocabulary order), so the key after the last one is tried first.
        std::size_t next = 0;
        do {
            std::string_view k;
            if (!cursor_.key(k) || !cursor_.eat(':')) return Got::Broken;
            const int i = next < N && keys[next] == k ? static_cast<int>(next) : index_of(k, keys);
            if (i < 0) return Got::Unclean;          // the general loader warns of unknown keys
            next = static_cast<std::size_t>(i) + 1;
            if (seen & bit(i)) return Got::Broken;   // and of repeated ones
            seen |= bit(i);
            GONGKAI_TRY(member(i));
        } while (cursor_.eat(','));
        return cursor_.eat('}') ? Got::Ok : Got::Broken;
    }

    template <class Element>
    Got array(Element&& element) {
        if (cursor_.peek() != '[') return Got::Unclean;
        cursor_.eat('[');
        if (cursor_.eat(']')) return Got::Ok;
        do {
            GONGKAI_TRY(element());
        } while (cursor_.eat(','));
        return cursor_.eat(']') ? Got::Ok : Got::Broken;
    }

    Got string(std::string_view& out) {
        if (cursor_.peek() != '"') return Got::Unclean;
        return cursor_.string(out, scratch_) ? Got::Ok : Got::Broken;
    }
    template <class Out>  // std::string or Text
    Got string(Out& out) {
        std::string_view v;
        GONGKAI_TRY(string(v));
        out = v;
        return Got::Ok;
    }

    Got number(double& out) {
        const char c = cursor_.peek();
        if (c != '-' && (c < '0' || c > '9')) return Got::Unclean;
        return cursor_.number(out) ? Got::Ok : Got::Broken;
    }

    Got number(double& out, NumberRule rule) {
        GONGKAI_TRY(number(out));
        return number_fits(out, rule) ? Got::Ok : Got::Unclean;
    }

    Got boolean(bool& out) {
        const char c = cursor_.peek();
        if (c != 't' && c != 'f') return Got::Unclean;
        out = c == 't';
        return cursor_.literal(out ? "true" : "false") ? Got::Ok : Got::Broken;
    }

    template <std::size_t N>
    Got enumeration(std::string& out, const std::array<std::string_view, N>& allowed) {
        std::string_view v;
        GONGKAI_TRY(string(v));
        if (!one_of(v, allowed)) return Got::Unclean;
        out = v;
        return Got::Ok;
    }

    // A figure's text, reusing the last figure's Text of the same key when it repeats (most
    // neighbours share their area, topic, unit, ...): a copy only counts a reference, where
    // interning hashes and searches.
    Got text(Text& out, Text& recent) {
        std::string_view v;
        GONGKAI_TRY(string(v));
        if (v != recent.view()) recent = v;
        out = recent;
        return Got::Ok;
    }
    template <std::size_t N>
    Got enumeration(Text& out, const std::array<std::string_view, N>& allowed, Text& recent) {
        std::string_view v;
        GONGKAI_TRY(string(v));
        if (recent.empty() || v != recent.view()) {
            if (!one_of(v, allowed)) return Got::Unclean;
            recent = v;
        }
        out = recent;
        return Got::Ok;
    }

    Got date(std::string& out) {
        GONGKAI_TRY(string(out));
        return is_iso_date(out) ? Got::Ok : Got::Unclean;
    }

    Got quote(Boxed<Quote>& out);
    Got note(Note& out);
    Got note_message(Note& out);
    Got region(Region& out);
    Got period(Meta& out);
    Got source(Source& out);
    Got meta(Meta& out);
    Got figure(Figure& out);
    Got section(Section& out);
    Got report_object(Report& out, Header& header, TablesSpan& tables);
    Got collection_report(ReportCollector& collector, std::size_t index);
    Got collection_reports(ReportCollector& collector);
    void finish_report(Report& report, const TablesSpan& tables, const Path& at, Checker& checker);

    JsonCursor cursor_;
    int max_depth_;
    InputWindow* window_ = nullptr;  // chunked input; null when the text is all in memory
    std::string scratch_;            // decoded strings with escapes
    std::size_t figures_hint_ = 0;  // the last report's number of figures
    Text recent_[kFigureKeys.size()];  // the last figure's texts, by key (see text())
};

Got FastReader::quote(Boxed<Quote>& out) {
    Quote q;
    unsigned seen = 0;
    double start = 0, end = 0;
    GONGKAI_TRY(object(kQuoteKeys, seen, [&](int i) {
        if (i == 0) return string(q.text);
        return number(i == 1 ? start : end, NumberRule::Count);
    }));
    if (!(seen & bit(0))) return Got::Unclean;
    const bool has_start = seen & bit(1), has_end = seen & bit(2);
    if (has_start != has_end) return Got::Unclean;
    if (has_start) {
        if (start > end) return Got::Unclean;
        q.start = static_cast<std::int64_t>(start);
        q.end = static_cast<std::int64_t>(end);
    }
    out = std::move(q);
    return Got::Ok;
}

// A plain string (an older file) or {"zh": "…", "en": "…"}; anything else the plain loader explains.
Got FastReader::note_message(Note& out) {
    if (cursor_.peek() == '"') {
        out.untagged = true;
        return string(out.message);
    }
    unsigned seen = 0;
    GONGKAI_TRY(object(kNoteLanguages, seen, [&](int i) { return string(i == 0 ? out.message_zh : out.message); }));
    return seen != 0 ? Got::Ok : Got::Unclean;
}

Got FastReader::note(Note& out) {
    unsigned seen = 0;
    GONGKAI_TRY(object(kNoteKeys, seen, [&](int i) {
        if (i == 0) return enumeration(out.kind, kNoteKinds);
        if (i == 1) return note_message(out);
        return quote(out.quote);
    }));
    return (seen & bit(0)) && (seen & bit(1)) ? Got::Ok : Got::Unclean;
}

Got FastReader::region(Region& out) {
    unsigned seen = 0;
    return object(kRegionKeys, seen, [&](int i) {
        if (i == 0) return string(out.name);
        if (i == 1) return enumeration(out.level, kRegionLevels);
        return string(out.parent);
    });
}

Got FastReader::period(Meta& out) {
    unsigned seen = 0;
    GONGKAI_TRY(object(kPeriodKeys, seen, [&](int i) { return date(i == 0 ? out.period_from : out.period_to); }));
    const bool backwards = !out.period_from.empty() && !out.period_to.empty() && out.period_to < out.period_from;
    return backwards ? Got::Unclean : Got::Ok;
}

Got FastReader::source(Source& out) {
    unsigned seen = 0;
    return object(kSourceKeys, seen, [&](int i) {
        if (i == 0) return string(out.url);
        return date(i == 1 ? out.published : out.retrieved);
    });
}

Got FastReader::meta(Meta& out) {
    unsigned seen = 0;
    GONGKAI_TRY(object(kMetaKeys, seen, [&](int i) {
        switch (i) {
            case 0: return string(out.title);
            case 1: return string(out.issuer);
            case 2: return region(out.region);
            case 3: {
                double year = 0;
                GONGKAI_TRY(number(year, NumberRule::Count));
                if (year < 1990 || year > 2100) return Got::Unclean;
                out.year = static_cast<int>(year);
                return Got::Ok;
            }
            case 4: return period(out);
            case 5: return source(out.source);
            case 6: return enumeration(out.language, kLanguages);
            case 7: return enumeration(out.template_version, kTemplates);
            default:
                return array([&] {
                    out.notes.emplace_back();
                    return note(out.notes.back());
                });
        }
    }));
    return (seen & bit(0)) ? Got::Ok : Got::Unclean;  // the title
}

Got FastReader::figure(Figure& f) {
    unsigned seen = 0;
    double value = 0;
    GONGKAI_TRY(object(kFigureKeys, seen, [&](int i) {
        switch (i) {
            case 0: return string(f.id);
            case 1: return text(f.area, recent_[1]);
            case 2: return text(f.topic, recent_[2]);
            case 3: return text(f.department, recent_[3]);
            case 4: return text(f.category, recent_[4]);
            case 5: return number(value);  // its rule depends on the unit, which may come later
            case 6: return text(f.unit, recent_[6]);
            case 7: return enumeration(f.measure, kMeasures, recent_[7]);
            case 8: return text(f.parent, recent_[8]);
            case 9: return text(f.breakdown, recent_[9]);
            case 10: return text(f.share_of, recent_[10]);
            case 11: return enumeration(f.qualifier, kQualifiers, recent_[11]);
            case 12: return quote(f.quote);
            case 13:
                return array([&] {
                    f.notes.emplace_back();
                    return string(f.notes.back());
                });
            default: return boolean(f.unsure);
        }
    }));
    constexpr unsigned kRequired = bit(0) | bit(5) | bit(6);  // id, value, unit
    if ((seen & kRequired) != kRequired || !is_valid_id(f.id) || f.unit.empty()) return Got::Unclean;
    if (!number_fits(value, unit_allows_fraction(f.unit) ? NumberRule::NonNegative : NumberRule::Count))
        return Got::Unclean;
    f.value = value == 0 ? 0.0 : value;  // -0 is read as 0
    return Got::Ok;
}

Got FastReader::section(Section& out) {
    unsigned seen = 0;
    GONGKAI_TRY(object(kSectionKeys, seen, [&](int i) {
        if (i == 0) return enumeration(out.kind, kSectionKinds);
        return string(i == 1 ? out.heading : out.text);
    }));
    return (seen & bit(0)) ? Got::Ok : Got::Unclean;
}

Got FastReader::report_object(Report& out, Header& header, TablesSpan& tables) {
    unsigned seen = 0;
    GONGKAI_TRY(object(kReportKeys, seen, [&](int i) {
        switch (i) {
            case 0: {
                std::string format;
                GONGKAI_TRY(string(format));
                header.has_format = true;
                header.format_ok = format == "gongkai.report";
                return Got::Ok;
            }
            case 1: {
                double version = 0;
                GONGKAI_TRY(number(version));
                header.has_version = true;
                header.version_ok = version == kFormatVersion;
                return Got::Ok;
            }
            case 2: return string(out.id);
            case 3: return meta(out.meta);
            case 4:
                // As many as the last report had: growing the vector moves every figure.
                out.figures.reserve(figures_hint_);
                return array([&] {
                    out.figures.emplace_back();
                    return figure(out.figures.back());
                });
            case 5:
                cursor_.peek();
                tables.from = cursor_.offset();
                if (!cursor_.skip_value(max_depth_ - 5)) return Got::Broken;
                tables.to = cursor_.offset();
                return Got::Ok;
            case 6:
                return array([&] {
                    out.sections.emplace_back();
                    return section(out.sections.back());
                });
            default: return string(out.text);
        }
    }));
    figures_hint_ = out.figures.size();
    constexpr unsigned kRequired = bit(2) | bit(3) | bit(4);  // id, meta, figures
    if ((seen & kRequired) != kRequired || !is_valid_id(out.id)) return Got::Unclean;
    return Got::Ok;
}

// The checks that need the whole report, as read_report makes them after reading it.
void FastReader::finish_report(Report& report, const TablesSpan& tables, const Path& at, Checker& checker) {
    check_figure_links(report.figures, at.key("figures"), checker);
    if (tables.to > tables.from)
        read_report_tables(json::parse(cursor_.slice(tables.from, tables.to)), at.key("tables"), checker, report);
    check_report_quotes(report, at, checker);
}

Got FastReader::collection_report(ReportCollector& collector, std::size_t index) {
    cursor_.peek();
    const std::size_t start = cursor_.offset();
    Report report;
    Header header;
    TablesSpan tables;
    const Got got = report_object(report, header, tables);
    if (got == Got::Broken) return got;
    if (got == Got::Ok && header.fits_collection()) {
        Checker checker(collector.sink());
        finish_report(report, tables, collector.reports_path().index(index), checker);
        if (checker.errors() == 0) collector.add(std::move(report), index, checker);
        return Got::Ok;
    }
    // The general loader reads this report again from its own bytes, and explains.
    cursor_.seek(start);
    if (!cursor_.skip_value(max_depth_ - 4)) return Got::Broken;
    // A value that is not an object (7) has no closing brace to show it was read whole.
    if (window_ && !window_->complete() && cursor_.at_end()) return Got::Broken;
    collector.read(json::parse(cursor_.slice(start, cursor_.offset())), index);
    return Got::Ok;
}

// The collection's "reports": with chunked input, before each report the bytes before it are
// dropped and at least a chunk ahead is read, so a collection is read in a window of about
// max(chunk, its largest report).
Got FastReader::collection_reports(ReportCollector& collector) {
    settle();
    if (cursor_.peek() != '[') return Got::Unclean;
    cursor_.eat('[');
    settle();
    if (cursor_.eat(']')) return Got::Ok;
    std::size_t index = 0;
    do {
        const std::size_t start = cursor_.offset();
        if (window_ && window_->keep_ahead(start)) rebase();
        GONGKAI_TRY(with_more([&] { return collection_report(collector, index); }, false, start));
        ++index;
        settle();
    } while (cursor_.eat(','));
    return cursor_.eat(']') ? Got::Ok : Got::Broken;
}

FastLoad FastReader::run(DiagnosticSink& sink, std::vector<Report>& out) {
    // Nothing reaches `sink` or `out` before the whole document has been read.
    std::vector<Diagnostic> diagnostics;
    DiagnosticSink local = sink.holding(diagnostics);
    std::vector<Report> reports;
    ReportCollector collector(local, reports);

    settle();
    if (cursor_.peek() != '{') return FastLoad::Declined;
    const std::size_t root = cursor_.offset();
    cursor_.eat('{');
    std::string format;
    double version = 0;
    unsigned seen = 0;  // format, version, reports
    bool single = false;
    settle();
    if (!cursor_.eat('}')) {
        do {
            int i = -1;
            const Got key = whole_token([&] {
                std::string_view k;
                if (!cursor_.key(k) || !cursor_.eat(':')) return Got::Broken;
                i = k == "format" ? 0 : k == "version" ? 1 : k == "reports" ? 2 : -1;
                return Got::Ok;
            });
            if (key != Got::Ok) return FastLoad::Declined;
            if (i < 0) {  // a report's key: the document is one report
                if (seen & bit(2)) return FastLoad::Declined;
                single = true;
                break;
            }
            if (seen & bit(i)) return FastLoad::Declined;
            seen |= bit(i);
            Got got = Got::Ok;
            if (i == 0) {
                got = whole_token([&] { return string(format); });
            } else if (i == 1) {
                got = whole_token([&] { return number(version); });
            } else {
                got = collection_reports(collector);
            }
            if (got != Got::Ok) return FastLoad::Declined;
            settle();
        } while (cursor_.eat(','));
        if (!single && !cursor_.eat('}')) return FastLoad::Declined;
    }
    settle();  // at_end() below must see the input's end, not the window's

    if (single) {
        // One report is read whole: nothing to gain from a window over it.
        if (window_) {
            window_->read_all();
            rebase();
        }
        cursor_.seek(root);
        Report report;
        Header header;
        TablesSpan tables;
        if (report_object(report, header, tables) != Got::Ok || !header.fits_single() || !cursor_.at_end())
            return FastLoad::Declined;
        Checker checker(local);
        finish_report(report, tables, Path(), checker);
        if (checker.errors() == 0) reports.push_back(std::move(report));
    } else if (!cursor_.at_end() || seen != (bit(0) | bit(1) | bit(2)) || format != "gongkai.collection" ||
               version != kFormatVersion) {
        return FastLoad::Declined;
    }

    for (Diagnostic& d : diagnostics) sink.add(std::move(d));
    sink.dropped += local.dropped;
    for (Report& r : reports) out.push_back(std::move(r));
    return FastLoad::Loaded;
}

}  // namespace

FastLoad load_fast(std::string_view text, int max_depth, DiagnosticSink& sink, std::vector<Report>& out) {
    FastReader reader(text, max_depth);
    return reader.run(sink, out);
}

FastLoad load_fast(InputWindow& window, int max_depth, DiagnosticSink& sink, std::vector<Report>& out) {
    FastReader reader(window, max_depth);
    return reader.run(sink, out);
}

}  // namespace gongkai::load_detail
