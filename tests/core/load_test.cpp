// load_test.cpp — load_json: every rejected input gets a clear message and a location
// (line/column for syntax, a JSON Pointer for meaning), every problem is reported, and
// good reports still load. Each rule of docs/report-format.md has at least one test here.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"
#include "core/load.hpp"
#include "core/report.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

using nlohmann::json;

LoadResult load(std::string_view text, const LoadLimits& limits = {}) { return load_json(text, "t.json", limits); }
LoadResult load_doc(const json& doc) { return load(doc.dump()); }

std::string all_diagnostics(const LoadResult& r) {
    std::string out;
    for (const auto& d : r.diagnostics) out += "  " + d.to_string() + "\n";
    return out.empty() ? "  (no diagnostics)\n" : out;
}

std::size_t count(const LoadResult& r, Severity s) {
    std::size_t n = 0;
    for (const auto& d : r.diagnostics) n += d.severity == s;
    return n;
}

// An error (or warning) at a JSON Pointer whose message contains `text`.
::testing::AssertionResult has_at_pointer(const LoadResult& r, Severity s, std::string_view pointer,
                                          std::string_view text) {
    for (const auto& d : r.diagnostics)
        if (d.severity == s && d.pointer == pointer && d.message.find(text) != std::string::npos)
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "no " << severity_name(s) << " at \"" << pointer << "\" containing \""
                                         << text << "\"; got:\n"
                                         << all_diagnostics(r);
}
::testing::AssertionResult has_error(const LoadResult& r, std::string_view pointer, std::string_view text) {
    return has_at_pointer(r, Severity::Error, pointer, text);
}
::testing::AssertionResult has_warning(const LoadResult& r, std::string_view pointer, std::string_view text) {
    return has_at_pointer(r, Severity::Warning, pointer, text);
}

// An error at line:column whose message contains `text`.
::testing::AssertionResult has_error_at(const LoadResult& r, std::int64_t line, std::int64_t column,
                                        std::string_view text) {
    for (const auto& d : r.diagnostics)
        if (d.severity == Severity::Error && d.line == line && d.column == column &&
            d.message.find(text) != std::string::npos)
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "no error at " << line << ":" << column << " containing \"" << text
                                         << "\"; got:\n"
                                         << all_diagnostics(r);
}

json minimal_report() {
    return json::parse(R"({"format": "gongkai.report", "version": 1, "id": "r-1",
                           "meta": {"title": "测试报告"}, "figures": []})");
}

json figure(const std::string& id, const json& value, const std::string& unit) {
    return json{{"id", id}, {"value", value}, {"unit", unit}};
}

json report_with_figures(std::initializer_list<json> figures) {
    json doc = minimal_report();
    for (const auto& f : figures) doc["figures"].push_back(f);
    return doc;
}

// ---- the good path ------------------------------------------------------------------

TEST(Load, MinimalReportLoadsWithoutDiagnostics) {
    const auto r = load_doc(minimal_report());
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_TRUE(r.diagnostics.empty()) << all_diagnostics(r);
    ASSERT_EQ(r.reports.size(), 1u);
    EXPECT_EQ(r.reports[0].id, "r-1");
    EXPECT_EQ(r.reports[0].meta.title, "测试报告");
}

TEST(Load, EveryGoodFixtureLoadsWithoutDiagnostics) {
    for (const char* name : {"minimal.json", "narrative-2017.json", "template-2019.json", "template-2021.json",
                             "collection.json"}) {
        SCOPED_TRACE(name);
        const std::string bytes = test::read_file(test::source_path(std::string("tests/data/good/") + name));
        ASSERT_FALSE(bytes.empty());
        const auto r = load_json(bytes, name);
        EXPECT_TRUE(r.diagnostics.empty()) << all_diagnostics(r);
        EXPECT_EQ(r.reports.size(), std::string_view(name) == "collection.json" ? 3u : 1u);
    }
}

TEST(Load, ReadsEveryFieldOfTheNarrativeFixture) {
    const auto r = load_json(test::read_file(test::source_path("tests/data/good/narrative-2017.json")), "n.json");
    ASSERT_EQ(r.reports.size(), 1u) << all_diagnostics(r);
    const Report& rep = r.reports[0];
    EXPECT_EQ(rep.meta.issuer, "阜新市人民政府");
    EXPECT_EQ(rep.meta.region.level, "city");
    EXPECT_EQ(rep.meta.region.parent, "辽宁省");
    EXPECT_EQ(rep.meta.year, 2017);
    EXPECT_EQ(rep.meta.period_from, "2017-01-01");
    EXPECT_EQ(rep.meta.source.retrieved, "2026-11-25");
    EXPECT_EQ(rep.meta.template_version, "narrative");
    ASSERT_EQ(rep.meta.notes.size(), 1u);
    EXPECT_EQ(rep.meta.notes[0].kind, "typo");
    const Figure* debt = rep.find_figure("f-fiscal-debt");
    ASSERT_NE(debt, nullptr);
    EXPECT_EQ(debt->value, 3);
    EXPECT_EQ(debt->parent, "f-fiscal");
    EXPECT_TRUE(debt->unsure);
    ASSERT_TRUE(debt->quote.has_value());
    EXPECT_EQ(debt->quote->text, "市政局公开政府债务信息3条");
    const Figure* share = rep.find_figure("f-requests-in-person-share");
    ASSERT_NE(share, nullptr);
    EXPECT_DOUBLE_EQ(share->value, 30.77);
    EXPECT_EQ(share->share_of, "f-requests-in-person");
    EXPECT_EQ(rep.find_figure("f-training")->qualifier, "about");
    ASSERT_EQ(rep.sections.size(), 1u);
    EXPECT_EQ(rep.sections[0].kind, "problems");
}

TEST(Load, ReadsTheTemplateTables) {
    const auto r = load_json(test::read_file(test::source_path("tests/data/good/template-2019.json")), "t.json");
    ASSERT_EQ(r.reports.size(), 1u) << all_diagnostics(r);
    const auto& t = r.reports[0].tables;
    ASSERT_TRUE(t.has_value());
    ASSERT_EQ(t->proactive.size(), 7u);
    EXPECT_EQ(t->proactive[2].columns.at("change"), -12);  // 本年增/减 may be negative
    EXPECT_DOUBLE_EQ(t->proactive[6].columns.at("procurement_amount"), 3210.5);
    EXPECT_EQ(t->applications.at("new")[6], 10);                // total column
    EXPECT_FALSE(t->applications.at("new")[1].has_value());  // blank cell
}

// ---- before parsing: size, emptiness, encodings ----------------------------------------

TEST(LoadBytes, FileLargerThanTheLimitIsRefusedBeforeParsing) {
    LoadLimits limits;
    limits.max_bytes = 100;
    // Not even valid JSON: proves nothing was parsed.
    const auto r = load(std::string(101, '['), limits);
    ASSERT_EQ(r.diagnostics.size(), 1u) << all_diagnostics(r);
    EXPECT_NE(r.diagnostics[0].message.find("101 bytes, larger than the limit of 100 bytes"), std::string::npos)
        << r.diagnostics[0].message;
    EXPECT_EQ(r.diagnostics[0].line, 0);
}

TEST(LoadBytes, TheDefaultLimitIs256MiB) {
    EXPECT_EQ(LoadLimits{}.max_bytes, std::size_t{256} << 20);
    EXPECT_EQ(LoadLimits{}.max_depth, 64);
}

TEST(LoadBytes, EmptyFile) {
    const auto r = load("");
    EXPECT_TRUE(has_error_at(r, 1, 1, "the file is empty"));
    EXPECT_TRUE(r.reports.empty());
}

TEST(LoadBytes, WhitespaceOnlyFile) {
    const auto r = load(" \n  ");
    EXPECT_TRUE(has_error_at(r, 2, 3, "the file is empty (only whitespace)"));
}

TEST(LoadBytes, Utf8ByteOrderMarkIsAccepted) {
    const auto r = load("\xEF\xBB\xBF" + minimal_report().dump());
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.reports.size(), 1u);
}

TEST(LoadBytes, ColumnsAfterAByteOrderMarkCountFromTheFirstCharacter) {
    const auto r = load_json(test::read_file(test::source_path("tests/data/bad/bom-then-syntax-error.json")), "b");
    // Line 2 is `  "meta": {"title": "阜新市" "x"}`: the unexpected string starts at column 27.
    EXPECT_TRUE(has_error_at(r, 2, 27, "unexpected string literal; expected '}'"));
}

TEST(LoadBytes, Utf16AndUtf32AreRecognisedAndRefused) {
    struct Case {
        const char* name;
        std::string bytes;
        const char* expected;
    };
    const std::string doc = minimal_report().dump();
    std::string le, be;
    for (char c : doc) {
        le += c, le += '\0';
        be += '\0', be += c;
    }
    const Case cases[] = {
        {"UTF-16LE with BOM", "\xFF\xFE" + le, "file is UTF-16; save it as UTF-8"},
        {"UTF-16BE with BOM", std::string("\xFE\xFF") + be, "file is UTF-16; save it as UTF-8"},
        {"UTF-16LE without BOM", le, "file is UTF-16; save it as UTF-8"},
        {"UTF-16BE without BOM", be, "file is UTF-16; save it as UTF-8"},
        {"UTF-32LE with BOM", std::string("\xFF\xFE\0\0{\0\0\0", 8), "file is UTF-32; save it as UTF-8"},
        {"UTF-32BE without BOM", std::string("\0\0\0{", 4), "file is UTF-32; save it as UTF-8"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const auto r = load(c.bytes);
        EXPECT_TRUE(has_error_at(r, 1, 1, c.expected));
    }
    const auto fixture = load_json(test::read_file(test::source_path("tests/data/bad/utf16le-bom.json")), "u");
    EXPECT_TRUE(has_error_at(fixture, 1, 1, "file is UTF-16; save it as UTF-8"));
}

TEST(LoadBytes, InvalidUtf8IsLocatedInCodePoints) {
    // Line 5 is `  "meta": {"title": "阜新市<FF>"},`; 阜新市 are three code points (nine bytes).
    const auto r = load_json(test::read_file(test::source_path("tests/data/bad/invalid-utf8.json")), "u");
    EXPECT_TRUE(has_error_at(r, 5, 25, "invalid UTF-8: byte 0xFF is never valid in UTF-8"));
}

TEST(LoadBytes, EachKindOfInvalidUtf8IsExplained) {
    struct Case {
        std::string bytes;
        const char* expected;
    };
    const Case cases[] = {
        {"\"\x80\"", "continuation byte without a lead byte"},
        {"\"\xC0\xAF\"", "overlong encoding"},
        {"\"\xE0\x80\xAF\"", "overlong encoding"},
        {"\"\xED\xA0\x80\"", "UTF-16 surrogate"},
        {"\"\xF4\x90\x80\x80\"", "beyond U+10FFFF"},
        {"\"\xE9\"", "not by a continuation byte"},
        {"\"\xE9\xBB", "ends inside a 3-byte sequence"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.expected);
        EXPECT_TRUE(has_error_at(load(c.bytes), 1, 2, c.expected));
    }
}

TEST(LoadBytes, EveryInvalidUtf8SequenceIsReported) {
    const auto r = load("{\n\"a\": \"\xFF\",\n\"b\": \"\xFE\"}");
    EXPECT_TRUE(has_error_at(r, 2, 7, "byte 0xFF"));
    EXPECT_TRUE(has_error_at(r, 3, 7, "byte 0xFE"));
}

TEST(LoadBytes, NulByteIsRefusedWhereItIs) {
    // nlohmann would stop at a NUL as if the input ended there; we must not accept the rest.
    const auto r = load(std::string("{\"标题\": 1}\0junk", 17));
    EXPECT_TRUE(has_error_at(r, 1, 10, "NUL byte"));  // columns count code points: 标题 is two
    EXPECT_TRUE(r.reports.empty());
}

// ---- JSON syntax -----------------------------------------------------------------------

TEST(LoadSyntax, MalformedJsonIsLocatedAndExplained) {
    struct Case {
        const char* input;
        std::int64_t line, column;
        const char* expected;
    };
    const Case cases[] = {
        {R"({"a": tru})", 1, 10, "invalid literal"},
        {"[1,]", 1, 4, "(a comma before a closing bracket is not allowed)"},
        {"{\n  \"a\": 1,\n}", 3, 1, "(a comma before a closing bracket is not allowed)"},
        {"{\"a\": 1} // note", 1, 10, "(JSON does not allow comments)"},
        {"{'a': 1}", 1, 2, "(JSON strings use double quotes)"},
        {R"({"a": NaN})", 1, 7, "(NaN and Infinity are not JSON numbers)"},
        {R"({"a": -Infinity})", 1, 8, "(NaN and Infinity are not JSON numbers)"},
        {R"({"a": 00012})", 1, 8, "(numbers must not have leading zeros"},
        {R"([-012])", 1, 4, "(numbers must not have leading zeros"},
        // Columns count code points: 标题 and 阜新 are two each, not six bytes.
        {R"({"标题": "阜新", x})", 1, 14, "invalid literal"},
        {"{\"format\": \"gongkai.report\"", 1, 28, "(the file ends too early; is it truncated?)"},
        {"\"a\nb\"", 1, 3, "control character U+000A (LF) must be escaped"},
        {R"({"a": 1} {"b": 2})", 1, 10, "expected end of input"},
        {R"({"a" 1})", 1, 6, "expected ':'"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.input);
        const auto r = load(c.input);
        EXPECT_TRUE(has_error_at(r, c.line, c.column, c.expected));
        ASSERT_FALSE(r.diagnostics.empty());
        EXPECT_EQ(r.diagnostics[0].message.rfind("malformed JSON: ", 0), 0u) << r.diagnostics[0].message;
        EXPECT_TRUE(r.reports.empty());
    }
}

TEST(LoadSyntax, TruncatedFixtureIsLocatedAtItsEnd) {
    const std::string bytes = test::read_file(test::source_path("tests/data/bad/truncated.json"));
    const auto r = load_json(bytes, "truncated.json");
    ASSERT_EQ(r.diagnostics.size(), 1u) << all_diagnostics(r);
    EXPECT_EQ(r.diagnostics[0].file, "truncated.json");
    EXPECT_GT(r.diagnostics[0].line, 1);
    EXPECT_NE(r.diagnostics[0].message.find("is it truncated?"), std::string::npos);
}

TEST(LoadSyntax, TrailingCommaFixture) {
    const auto r = load_json(test::read_file(test::source_path("tests/data/bad/trailing-comma.json")), "c");
    EXPECT_TRUE(has_error_at(r, 7, 1, "a comma before a closing bracket is not allowed"));
}

TEST(LoadSyntax, NumberBeyondDoubleRangeIsRefusedAtItsStart) {
    const auto r = load(R"({"a": [1e400]})");
    EXPECT_TRUE(has_error_at(r, 1, 8, "number 1e400 is out of range"));
    EXPECT_TRUE(has_error_at(load("[-1e400]"), 1, 2, "number -1e400 is out of range"));
}

TEST(LoadSyntax, NegativeZeroIsReadAsZero) {
    const auto r = load_doc(report_with_figures({figure("a", -0.0, "条"), figure("b", json::parse("-0"), "条")}));
    ASSERT_EQ(r.reports.size(), 1u) << all_diagnostics(r);
    EXPECT_EQ(r.reports[0].figures[0].value, 0);
    EXPECT_FALSE(std::signbit(r.reports[0].figures[0].value));
    EXPECT_FALSE(std::signbit(r.reports[0].figures[1].value));
}

TEST(LoadSyntax, NestingBeyondTheLimitIsRefusedWhileParsing) {
    LoadLimits limits;
    limits.max_depth = 3;
    EXPECT_TRUE(load("[[[1]]]", limits).diagnostics.size() == 1);  // 3 levels: fine (not a report)
    const auto r = load("[[[[1]]]]", limits);
    EXPECT_TRUE(has_error_at(r, 1, 4, "nesting is deeper than the limit of 3 levels"));
}

TEST(LoadSyntax, HundredThousandLevelsOfNestingNeitherCrashNorRecurse) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto r = load(deep);
    ASSERT_EQ(r.diagnostics.size(), 1u) << all_diagnostics(r);
    EXPECT_TRUE(has_error_at(r, 1, 65, "nesting is deeper than the limit of 64 levels"));
    const std::string objects = [] {
        std::string s;
        for (int i = 0; i < 100000; ++i) s += "{\"a\":";
        return s;  // not even closed: the limit hits first
    }();
    EXPECT_TRUE(has_error_at(load(objects), 1, 5 * 64 + 1, "nesting is deeper than the limit of 64 levels"));
}

TEST(LoadSyntax, DuplicateKeyIsAWarningWithLocationAndPointer) {
    const auto r = load(
        R"({"format": "gongkai.report", "version": 1, "id": "a", "id": "b", "meta": {"title": "t"}, "figures": []})");
    ASSERT_EQ(r.reports.size(), 1u) << all_diagnostics(r);
    EXPECT_EQ(r.reports[0].id, "b");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(r.diagnostics[0].pointer, "/id");
    EXPECT_EQ(r.diagnostics[0].line, 1);
    EXPECT_EQ(r.diagnostics[0].column, 58);  // the closing quote of the second "id"
    EXPECT_NE(r.diagnostics[0].message.find("duplicate key \"id\"; the last value is used"), std::string::npos);
}

// ---- what the document is ----------------------------------------------------------------

TEST(LoadDocument, ValidJsonThatIsNotAReportSaysSo) {
    struct Case {
        const char* input;
        const char* pointer;
        const char* expected;
    };
    const Case cases[] = {
        {"[]", "", "not a Gongkai report: the file holds an array"},
        {"42", "", "not a Gongkai report: the file holds the number 42"},
        {R"({"name": "阜新市"})", "", "not a Gongkai report: the object has no \"format\" key"},
        {R"({"format": "gongkai.reprot"})", "/format", "not a Gongkai report: unknown format \"gongkai.reprot\"; expected \"gongkai.report\" or \"gongkai.collection\" (did you mean \"gongkai.report\"?)"},
        {R"({"format": 7})", "/format", "not a Gongkai report: \"format\" is the number 7; expected"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.input);
        const auto r = load(c.input);
        EXPECT_TRUE(has_error(r, c.pointer, c.expected));
        EXPECT_EQ(r.diagnostics[0].message.rfind("not a Gongkai report", 0), 0u);
    }
    EXPECT_TRUE(has_error(load_json(test::read_file(test::source_path("tests/data/bad/not-a-report.json")), "n"), "",
                          "not a Gongkai report"));
}

TEST(LoadDocument, UnknownVersionNamesTheSupportedOne) {
    const auto r = load_json(test::read_file(test::source_path("tests/data/bad/wrong-version.json")), "v");
    EXPECT_TRUE(has_error(r, "/version", "unsupported format version 2; this Gongkai reads version 1"));
    ASSERT_EQ(r.diagnostics.size(), 1u) << "a newer format is not validated further:\n" << all_diagnostics(r);
    json doc = minimal_report();
    doc.erase("version");
    EXPECT_TRUE(has_error(load_doc(doc), "", "missing the required key \"version\"; this Gongkai reads version 1"));
    doc["version"] = "1";
    EXPECT_TRUE(has_error(load_doc(doc), "/version", "expected the format version, a number, found a string"));
}

// ---- types and required keys -------------------------------------------------------------

TEST(LoadReport, MissingRequiredKeysAreNamed) {
    struct Case {
        std::function<void(json&)> mutate;
        const char* pointer;
        const char* expected;
    };
    const Case cases[] = {
        {[](json& d) { d.erase("id"); }, "", "a report is missing the required key \"id\""},
        {[](json& d) { d.erase("meta"); }, "", "a report is missing the required key \"meta\""},
        {[](json& d) { d.erase("figures"); }, "", "a report is missing the required key \"figures\""},
        {[](json& d) { d["meta"].erase("title"); }, "/meta", "the metadata is missing the required key \"title\""},
        {[](json& d) { d["figures"].push_back({{"value", 1}, {"unit", "条"}}); }, "/figures/0",
         "a figure is missing the required key \"id\""},
        {[](json& d) { d["figures"].push_back({{"id", "a"}, {"unit", "条"}}); }, "/figures/0",
         "a figure is missing the required key \"value\""},
        {[](json& d) { d["figures"].push_back({{"id", "a"}, {"value", 1}}); }, "/figures/0",
         "a figure is missing the required key \"unit\""},
        {[](json& d) { d["meta"]["notes"] = json::array({{{"kind", "typo"}}}); }, "/meta/notes/0",
         "a note is missing the required key \"message\""},
        {[](json& d) { d["sections"] = json::array({{{"heading", "h"}}}); }, "/sections/0",
         "a section is missing the required key \"kind\""},
        {[](json& d) { d["figures"].push_back(figure("a", 1, "条")); d["figures"][0]["quote"] = {{"start", 0}, {"end", 1}}; },
         "/figures/0/quote", "a quote is missing the required key \"text\""},
    };
    for (const auto& c : cases) {
        json doc = minimal_report();
        c.mutate(doc);
        SCOPED_TRACE(doc.dump());
        const auto r = load_doc(doc);
        EXPECT_TRUE(has_error(r, c.pointer, c.expected));
        EXPECT_TRUE(r.reports.empty());
    }
}

TEST(LoadReport, WrongTypesSayWhatWasExpectedAndFound) {
    struct Case {
        std::function<void(json&)> mutate;
        const char* pointer;
        const char* expected;
    };
    const Case cases[] = {
        {[](json& d) { d["meta"]["title"] = 3; }, "/meta/title", "expected a string, found the number 3"},
        {[](json& d) { d["meta"] = json::array(); }, "/meta", "expected the metadata (a JSON object), found an array"},
        {[](json& d) { d["figures"] = json::object(); }, "/figures",
         "expected the list of figures (a JSON array), found an object"},
        {[](json& d) { d["figures"].push_back("f"); }, "/figures/0",
         "expected a figure (a JSON object), found a string (\"f\")"},
        {[](json& d) { d["figures"].push_back(figure("a", "3", "条")); }, "/figures/0/value",
         "expected a number, found a string (\"3\"); write numbers without quotes"},
        {[](json& d) { d["figures"].push_back(figure("a", nullptr, "条")); }, "/figures/0/value",
         "expected a number, found null"},
        {[](json& d) { d["figures"].push_back(figure("a", 1, "条")); d["figures"][0]["unsure"] = "yes"; },
         "/figures/0/unsure", "expected true or false, found a string (\"yes\")"},
        {[](json& d) { d["figures"].push_back(figure("a", 1, "条")); d["figures"][0]["notes"] = {"ok", 5}; },
         "/figures/0/notes/1", "expected a string, found the number 5"},
        {[](json& d) { d["meta"]["year"] = "2017"; }, "/meta/year", "expected a number, found a string (\"2017\")"},
        {[](json& d) { d["text"] = false; }, "/text", "expected a string, found false"},
    };
    for (const auto& c : cases) {
        json doc = minimal_report();
        c.mutate(doc);
        SCOPED_TRACE(doc.dump());
        EXPECT_TRUE(has_error(load_doc(doc), c.pointer, c.expected));
    }
}

// ---- counts --------------------------------------------------------------------------------

TEST(LoadFigures, NegativeCountIsRefused) {
    const auto r = load_doc(report_with_figures({figure("a", -3, "条")}));
    EXPECT_TRUE(has_error(r, "/figures/0/value", "expected a number of 0 or more, found -3 (negative)"));
    EXPECT_TRUE(has_error(load_doc(report_with_figures({figure("a", -0.5, "%")})), "/figures/0/value",
                          "found -0.5 (negative)"));
}

TEST(LoadFigures, FractionalCountIsRefusedExceptForPercentAndMoney) {
    const auto r = load_doc(report_with_figures({figure("a", 2.5, "条")}));
    EXPECT_TRUE(has_error(r, "/figures/0/value",
                          "expected a whole number, found 2.5; a figure in \"条\" counts things; only the units %, "
                          "元, 万元 and 亿元 may be fractional"));
    for (const char* unit : {"%", "元", "万元", "亿元"}) {
        SCOPED_TRACE(unit);
        const auto ok = load_doc(report_with_figures({figure("a", 30.77, unit)}));
        EXPECT_TRUE(ok.diagnostics.empty()) << all_diagnostics(ok);
    }
    EXPECT_TRUE(load_doc(report_with_figures({figure("a", 3.0, "条")})).ok());  // 3.0 is whole
}

TEST(LoadFigures, CountsBeyondTwoToThe53AreRefused) {
    EXPECT_TRUE(load_doc(report_with_figures({figure("a", 9007199254740992ULL, "条")})).ok());
    struct Case {
        const char* value;
        const char* expected;
    };
    const Case cases[] = {
        {"9007199254740993", "number 9007199254740993 is beyond 2^53 (9007199254740992)"},
        {"18446744073709551615", "number 18446744073709551615 is beyond 2^53"},
        {"1e20", "number 1e+20 is beyond 2^53"},
        {"123456789012345678901234567890", "is beyond 2^53"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.value);
        const std::string text = R"({"format": "gongkai.report", "version": 1, "id": "r", "meta": {"title": "t"},
            "figures": [{"id": "a", "unit": "条", "value": )" + std::string(c.value) + "}]}";
        EXPECT_TRUE(has_error(load(text), "/figures/0/value", c.expected));
    }
}

TEST(LoadFigures, EveryBadFigureIsReportedNotOnlyTheFirst) {
    const auto r = load_json(test::read_file(test::source_path("tests/data/bad/three-bad-figures.json")), "3");
    EXPECT_EQ(count(r, Severity::Error), 3u) << all_diagnostics(r);
    EXPECT_TRUE(has_error(r, "/figures/0/value", "negative"));
    EXPECT_TRUE(has_error(r, "/figures/1/value", "expected a whole number, found 2.5"));
    EXPECT_TRUE(has_error(r, "/figures/2/value", "beyond 2^53"));
    EXPECT_TRUE(r.reports.empty());
}

TEST(LoadFigures, DuplicateFigureIdsAreRefused) {
    const auto r = load_doc(report_with_figures({figure("a", 1, "条"), figure("b", 1, "条"), figure("a", 2, "条")}));
    EXPECT_TRUE(has_error(r, "/figures/2/id", "duplicate figure id \"a\"; it is already used by /figures/0"));
}

TEST(LoadFigures, IdsFollowThePattern) {
    for (const char* bad : {"", "a b", "阜新", "a/b"}) {
        SCOPED_TRACE(bad);
        EXPECT_TRUE(has_error(load_doc(report_with_figures({figure(bad, 1, "条")})), "/figures/0/id",
                              "must be one or more ASCII letters, digits, '-', '_' or '.'"));
        json doc = minimal_report();
        doc["id"] = bad;
        EXPECT_TRUE(has_error(load_doc(doc), "/id", "report id"));
    }
    EXPECT_TRUE(load_doc(report_with_figures({figure("f-A_1.b", 1, "条")})).ok());
}

TEST(LoadFigures, ParentMustNameAFigureAndNotFormACycle) {
    json a = figure("a", 5, "条"), b = figure("b", 2, "条"), c = figure("c", 1, "条");
    b["parent"] = "zz";
    EXPECT_TRUE(has_error(load_doc(report_with_figures({a, b})), "/figures/1/parent",
                          "parent \"zz\" is not the id of any figure in this report"));
    a["parent"] = "a";
    EXPECT_TRUE(has_error(load_doc(report_with_figures({a})), "/figures/0/parent",
                          "figure \"a\" names itself as its parent"));
    a["parent"] = "b";
    b["parent"] = "c";
    c["parent"] = "a";
    const auto r = load_doc(report_with_figures({a, b, c}));
    EXPECT_TRUE(has_error(r, "/figures/0/parent", "parent links form a cycle: a -> b -> c -> a"));
    EXPECT_EQ(count(r, Severity::Error), 1u) << "one cycle, one error:\n" << all_diagnostics(r);
}

TEST(LoadFigures, ShareOfMustNameAFigureAndBeAPercentage) {
    json part = figure("part", 8, "件"), share = figure("share", 30.77, "%");
    share["share_of"] = "nope";
    EXPECT_TRUE(has_error(load_doc(report_with_figures({part, share})), "/figures/1/share_of",
                          "share_of \"nope\" is not the id of any figure in this report"));
    part["share_of"] = "share";
    EXPECT_TRUE(has_error(load_doc(report_with_figures({part, figure("share", 30.77, "%")})), "/figures/0/share_of",
                          "share_of is only for percentages (unit \"%\"); this figure's unit is \"件\""));
}

TEST(LoadFigures, UnitMustNotBeEmpty) {
    EXPECT_TRUE(has_error(load_doc(report_with_figures({figure("a", 1, "")})), "/figures/0/unit",
                          "the unit must not be empty"));
}

// ---- enumerations, dates, ranges ---------------------------------------------------------

TEST(LoadEnumerations, UnknownValuesListTheAllowedOnes) {
    struct Case {
        std::function<void(json&)> mutate;
        const char* pointer;
        const char* expected;
    };
    const Case cases[] = {
        {[](json& d) { d["meta"]["region"] = {{"name", "x"}, {"level", "ctiy"}}; }, "/meta/region/level",
         "unknown region level \"ctiy\"; expected one of province, city, county, district, township, department "
         "(did you mean \"city\"?)"},
        {[](json& d) { d["meta"]["template"] = "2020"; }, "/meta/template",
         "unknown template \"2020\"; expected one of narrative, 2019, 2021"},
        {[](json& d) { d["meta"]["language"] = "zh-CN"; }, "/meta/language",
         "unknown language \"zh-CN\"; expected one of zh-Hans, zh-Hant"},
        {[](json& d) { d["meta"]["notes"] = json::array({{{"kind", "typos"}, {"message", "m"}}}); },
         "/meta/notes/0/kind",
         "unknown note kind \"typos\"; expected one of text-injection, typo, missing-section, other (did you mean "
         "\"typo\"?)"},
        {[](json& d) { d["figures"].push_back(figure("a", 1, "条")); d["figures"][0]["qualifier"] = "approx"; },
         "/figures/0/qualifier", "unknown qualifier \"approx\"; expected one of over, under, about"},
        {[](json& d) { d["figures"].push_back(figure("a", 1, "条")); d["figures"][0]["measure"] = "publish"; },
         "/figures/0/measure", "unknown measure \"publish\"; expected one of published, requests, share"},
        {[](json& d) { d["sections"] = json::array({{{"kind", "problem"}}}); }, "/sections/0/kind",
         "unknown section kind \"problem\"; expected one of problems, measures, other (did you mean \"problems\"?)"},
    };
    for (const auto& c : cases) {
        json doc = minimal_report();
        c.mutate(doc);
        SCOPED_TRACE(doc.dump());
        EXPECT_TRUE(has_error(load_doc(doc), c.pointer, c.expected));
    }
}

TEST(LoadMeta, YearMustBeBetween1990And2100) {
    for (int good : {1990, 2017, 2100}) {
        json doc = minimal_report();
        doc["meta"]["year"] = good;
        EXPECT_TRUE(load_doc(doc).ok()) << good;
    }
    json doc = minimal_report();
    doc["meta"]["year"] = 1989;
    EXPECT_TRUE(has_error(load_doc(doc), "/meta/year", "year 1989 is outside the range 1990 to 2100"));
    doc["meta"]["year"] = 2017.5;
    EXPECT_TRUE(has_error(load_doc(doc), "/meta/year", "expected a whole number, found 2017.5"));
}

TEST(LoadMeta, DatesMustBeIsoDatesThatExist) {
    struct Case {
        const char* key;
        const char* sub;
        const char* value;
        bool ok;
    };
    const Case cases[] = {
        {"period", "from", "2017-01-01", true},   {"period", "to", "2016-02-29", true},
        {"period", "to", "2017-02-29", false},    {"period", "from", "2017/01/01", false},
        {"source", "published", "2018-3-30", false}, {"source", "retrieved", "2018-13-01", false},
        {"source", "retrieved", "2000-02-29", true}, {"source", "retrieved", "1900-02-29", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.value);
        json doc = minimal_report();
        doc["meta"][c.key][c.sub] = c.value;
        const auto r = load_doc(doc);
        if (c.ok) {
            EXPECT_TRUE(r.ok()) << all_diagnostics(r);
        } else {
            const std::string pointer = std::string("/meta/") + c.key + "/" + c.sub;
            EXPECT_TRUE(has_error(r, pointer, "expected an ISO date YYYY-MM-DD that exists, found \"" +
                                                  std::string(c.value) + "\""));
        }
    }
    json doc = minimal_report();
    doc["meta"]["period"] = {{"from", "2017-12-31"}, {"to", "2017-01-01"}};
    EXPECT_TRUE(has_error(load_doc(doc), "/meta/period", "the period ends (2017-01-01) before it starts (2017-12-31)"));
}

// ---- quotes ----------------------------------------------------------------------------------

json quoted_report(const json& quote) {
    json doc = report_with_figures({figure("a", 4, "条")});
    doc["figures"][0]["quote"] = quote;
    doc["text"] = "市财政局公开财政收支信息4条。";
    return doc;
}

TEST(LoadQuotes, OffsetsCountCodePointsAndMustHoldTheQuote) {
    // 财政收支信息4条 is code points 6..14 of the text (each Chinese character is one).
    EXPECT_TRUE(load_doc(quoted_report({{"text", "财政收支信息4条"}, {"start", 6}, {"end", 14}})).ok());
    const auto r = load_doc(quoted_report({{"text", "财政收支信息4条"}, {"start", 5}, {"end", 13}}));
    EXPECT_TRUE(has_error(r, "/figures/0/quote",
                          "quote does not match the report text: text[5:13] is \"开财政收支信息4\" but the quote is "
                          "\"财政收支信息4条\"; the quote is found at [6, 14)"));
    EXPECT_TRUE(has_error(load_json(test::read_file(test::source_path("tests/data/bad/quote-mismatch.json")), "q"),
                          "/figures/0/quote", "the quote is found at [6, 14)"));
}

TEST(LoadQuotes, StartAfterEndIsRefused) {
    EXPECT_TRUE(has_error(load_doc(quoted_report({{"text", "x"}, {"start", 9}, {"end", 3}})), "/figures/0/quote/start",
                          "quote start 9 is after its end 3"));
}

TEST(LoadQuotes, EndBeyondTheTextIsRefused) {
    EXPECT_TRUE(has_error(load_doc(quoted_report({{"text", "。"}, {"start", 14}, {"end", 99}})), "/figures/0/quote/end",
                          "quote end 99 is beyond the end of the report text (15 code points); the quote is found at "
                          "[14, 15)"));
}

TEST(LoadQuotes, StartAndEndGoTogether) {
    EXPECT_TRUE(has_error(load_doc(quoted_report({{"text", "4条"}, {"start", 12}})), "/figures/0/quote",
                          "a quote has \"start\" but no \"end\"; give both offsets or neither"));
}

TEST(LoadQuotes, QuoteWithoutOffsetsMustBeFoundInTheText) {
    EXPECT_TRUE(load_doc(quoted_report({{"text", "收支信息"}})).ok());
    EXPECT_TRUE(has_error(load_doc(quoted_report({{"text", "预算信息"}})), "/figures/0/quote/text",
                          "quote \"预算信息\" is not found in the report text"));
}

TEST(LoadQuotes, WithoutReportTextOnlyTheOffsetsOrderIsChecked) {
    json doc = quoted_report({{"text", "anything"}, {"start", 100}, {"end", 108}});
    doc.erase("text");
    EXPECT_TRUE(load_doc(doc).ok());
}

TEST(LoadQuotes, NoteQuotesAreCheckedToo) {
    json doc = quoted_report({{"text", "4条"}});
    doc["meta"]["notes"] = json::array({{{"kind", "typo"}, {"message", "m"}, {"quote", {{"text", "必赢体育"}}}}});
    EXPECT_TRUE(has_error(load_doc(doc), "/meta/notes/0/quote/text", "quote \"必赢体育\" is not found"));
}

// ---- template tables -------------------------------------------------------------------------

json template_report(const char* version, const json& tables) {
    json doc = minimal_report();
    doc["meta"]["template"] = version;
    doc["tables"] = tables;
    return doc;
}

TEST(LoadTables, NeedA2019Or2021Template) {
    json doc = minimal_report();
    doc["tables"] = json::object();
    EXPECT_TRUE(has_error(load_doc(doc), "/tables",
                          "template tables need meta.template \"2019\" or \"2021\" (their columns differ); this report "
                          "states no template"));
    doc["meta"]["template"] = "narrative";
    EXPECT_TRUE(has_error(load_doc(doc), "/tables", "this report's template is \"narrative\""));
}

TEST(LoadTables, ClausesAndColumnsFollowTheTemplateVersion) {
    struct Case {
        const char* version;
        json row;
        const char* pointer;
        const char* expected;
    };
    const Case cases[] = {
        {"2021", {{"clause", "20.9"}, {"item", "政府集中采购"}}, "/tables/proactive/0/clause",
         "unknown clause \"20.9\" in the 2021 template; expected one of 20.1, 20.5, 20.6, 20.8"},
        {"2019", {{"clause", "20.1"}, {"item", "规章"}, {"made", 1}}, "/tables/proactive/0/made",
         "unknown column \"made\" in clause 20.1 of the 2019 template; expected one of produced, published, "
         "total_published"},
        {"2021", {{"clause", "20.5"}, {"item", "行政许可"}, {"decision", 1}}, "/tables/proactive/0/decision",
         "unknown column \"decision\" in clause 20.5 of the 2021 template; expected one of decisions (did you mean "
         "\"decisions\"?)"},
        {"2021", {{"clause", "20.1"}, {"item", "规章"}, {"made", -1}}, "/tables/proactive/0/made",
         "found -1 (negative)"},
        {"2021", {{"clause", "20.1"}, {"item", "规章"}, {"made", 1.5}}, "/tables/proactive/0/made",
         "expected a whole number, found 1.5"},
        {"2021", {{"item", "规章"}}, "/tables/proactive/0", "a proactive-disclosure row is missing the required key \"clause\""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.row.dump());
        EXPECT_TRUE(has_error(load_doc(template_report(c.version, {{"proactive", {c.row}}})), c.pointer, c.expected));
    }
    // change may be negative, fees and procurement amounts fractional.
    EXPECT_TRUE(load_doc(template_report("2019", {{"proactive",
                                               {{{"clause", "20.5"}, {"item", "行政许可"}, {"change", -3}},
                                                {{"clause", "20.9"}, {"item", "政府集中采购"}, {"procurement_amount", 1.5}}}}}))
                    .ok());
    EXPECT_TRUE(load_doc(template_report("2021", {{"proactive", {{{"clause", "20.8"}, {"item", "行政事业性收费"}, {"fees", 0.25}}}}}))
                    .ok());
}

TEST(LoadTables, UnknownItemIsOnlyAWarning) {
    const auto r = load_doc(template_report("2021", {{"proactive", {{{"clause", "20.1"}, {"item", "规范性文件"}, {"made", 1}}}}}));
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_TRUE(has_warning(r, "/tables/proactive/0/item",
                            "item \"规范性文件\" is not an item in clause 20.1 of the 2021 template (规章, 行政规范性文件)"));
}

TEST(LoadTables, ApplicationRowKeysAndColumnsAreChecked) {
    const json row = {{"natural_person", 1}, {"total", 1}};
    EXPECT_TRUE(load_doc(template_report("2021", {{"applications", {{"other.no_fee", row}}}})).ok());
    EXPECT_TRUE(load_doc(template_report("2019", {{"applications", {{"other", row}}}})).ok());
    EXPECT_TRUE(has_error(load_doc(template_report("2019", {{"applications", {{"other.no_fee", row}}}})),
                          "/tables/applications/other.no_fee",
                          "unknown row \"other.no_fee\" in the application table of the 2019 template"));
    EXPECT_TRUE(has_error(load_doc(template_report("2021", {{"applications", {{"other", row}}}})),
                          "/tables/applications/other", "unknown row \"other\" in the application table of the 2021 template"));
    EXPECT_TRUE(has_error(load_doc(template_report("2021", {{"applications", {{"denied.state_secrets", row}}}})),
                          "/tables/applications/denied.state_secrets", "(did you mean \"denied.state_secret\"?)"));
    EXPECT_TRUE(has_error(load_doc(template_report("2021", {{"applications", {{"new", {{"natural_persons", 1}}}}}})),
                          "/tables/applications/new/natural_persons",
                          "unknown column \"natural_persons\" in the application table; expected one of natural_person, "
                          "commercial_enterprise, research_institution, social_welfare_org, legal_service_org, "
                          "other_org, total"));
    EXPECT_TRUE(has_error(load_doc(template_report("2021", {{"applications", {{"new", {{"total", 2.5}}}}}})),
                          "/tables/applications/new/total", "expected a whole number, found 2.5"));
}

TEST(LoadTables, ReviewAndLitigationRowsHaveFiveColumns) {
    EXPECT_TRUE(has_error(load_doc(template_report("2021", {{"review", {{"maintained", 1}, {"pendng", 0}}}})),
                          "/tables/review/pendng",
                          "unknown column \"pendng\" in a review or litigation row; expected one of maintained, "
                          "corrected, other, pending, total (did you mean \"pending\"?)"));
    EXPECT_TRUE(has_error(load_doc(template_report("2021", {{"litigation_direct", {{"total", -1}}}})),
                          "/tables/litigation_direct/total", "negative"));
}

// ---- unknown keys ------------------------------------------------------------------------------

TEST(LoadUnknownKeys, AreWarningsWithASuggestionAndTheReportStillLoads) {
    json doc = report_with_figures({figure("a", 1, "条")});
    doc["meta"]["titel"] = "typo";
    doc["figures"][0]["vaule"] = 2;
    doc["extra"] = true;
    const auto r = load_doc(doc);
    ASSERT_EQ(r.reports.size(), 1u) << all_diagnostics(r);
    EXPECT_EQ(count(r, Severity::Warning), 3u) << all_diagnostics(r);
    EXPECT_TRUE(has_warning(r, "/meta/titel", "unknown key \"titel\" in the metadata; it is ignored (did you mean \"title\"?)"));
    EXPECT_TRUE(has_warning(r, "/figures/0/vaule", "unknown key \"vaule\" in a figure; it is ignored (did you mean \"value\"?)"));
    EXPECT_TRUE(has_warning(r, "/extra", "unknown key \"extra\" in a report; it is ignored"));
}

// ---- collections --------------------------------------------------------------------------------

TEST(LoadCollection, OneBadReportIsSkippedAndTheOthersLoad) {
    const auto r = load_json(test::read_file(test::source_path("tests/data/bad/collection-one-bad.json")), "c.json");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.reports.size(), 3u) << all_diagnostics(r);
    EXPECT_EQ(r.reports[0].id, "r0");
    EXPECT_EQ(r.reports[1].id, "r1");
    EXPECT_EQ(r.reports[2].id, "r3");
    EXPECT_TRUE(has_error(r, "/reports/2/figures/0/value", "expected a number, found a string (\"3\")"));
    EXPECT_EQ(r.diagnostics[0].to_string(),
              "c.json: /reports/2/figures/0/value: error: expected a number, found a string (\"3\"); write numbers "
              "without quotes");
}

TEST(LoadCollection, DuplicateReportIdsAreRefused) {
    json a = minimal_report(), b = minimal_report(), c = minimal_report();
    c["id"] = "r-2";
    const json doc = {{"format", "gongkai.collection"}, {"version", 1}, {"reports", {a, b, c}}};
    const auto r = load_doc(doc);
    EXPECT_TRUE(has_error(r, "/reports/1/id", "duplicate report id \"r-1\"; it is already used by /reports/0, so this "
                                              "report is skipped"));
    ASSERT_EQ(r.reports.size(), 2u);
    EXPECT_EQ(r.reports[1].id, "r-2");
}

TEST(LoadCollection, ReportsMayLeaveOutTheirHeaderButNotContradictIt) {
    json bare = minimal_report();
    bare.erase("format");
    bare.erase("version");
    EXPECT_TRUE(load_doc(json{{"format", "gongkai.collection"}, {"version", 1}, {"reports", {bare}}}).ok());
    json wrong = minimal_report();
    wrong["version"] = 2;
    wrong["format"] = "gongkai.collection";
    const auto r = load_doc(json{{"format", "gongkai.collection"}, {"version", 1}, {"reports", {wrong}}});
    EXPECT_TRUE(has_error(r, "/reports/0/version", "unsupported format version 2"));
    EXPECT_TRUE(has_error(r, "/reports/0/format", "expected \"gongkai.report\""));
}

TEST(LoadCollection, ReportsMustBeAnArray) {
    EXPECT_TRUE(has_error(load(R"({"format": "gongkai.collection", "version": 1})"), "",
                          "a collection is missing the required key \"reports\""));
    EXPECT_TRUE(has_error(load(R"({"format": "gongkai.collection", "version": 1, "reports": {}})"), "/reports",
                          "expected the list of reports (a JSON array), found an object"));
    EXPECT_TRUE(has_error(load(R"({"format": "gongkai.collection", "version": 1, "reports": [7]})"), "/reports/0",
                          "expected a report (a JSON object), found the number 7"));
}

// ---- robustness --------------------------------------------------------------------------------

TEST(LoadRobustness, ThousandsOfProblemsAreCappedWithACount) {
    json doc = minimal_report();
    for (int i = 0; i < 3000; ++i) doc["figures"].push_back(figure("f" + std::to_string(i), -1, "条"));
    const auto r = load_doc(doc);
    EXPECT_EQ(r.diagnostics.size(), 1001u);
    EXPECT_EQ(r.diagnostics.back().severity, Severity::Info);
    EXPECT_EQ(r.diagnostics.back().message, "2000 more problems are not listed");
}

TEST(LoadRobustness, RandomBytesAndMutationsNeverThrow) {
    // Deterministic: a fixed seed, so a failure reproduces.
    std::mt19937 rng(20171231);
    const std::string good = test::read_file(test::source_path("tests/data/good/narrative-2017.json"));
    ASSERT_FALSE(good.empty());
    for (int round = 0; round < 400; ++round) {
        std::string bytes = good;
        const int edits = 1 + static_cast<int>(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = rng() % bytes.size();
            switch (rng() % 3) {
                case 0: bytes[at] = static_cast<char>(rng() % 256); break;
                case 1: bytes.erase(at, 1 + rng() % 16); break;
                default: bytes.insert(at, 1, "{}[],:\"0-e\\"[rng() % 11]); break;
            }
            if (bytes.empty()) bytes = "x";
        }
        LoadResult r;
        EXPECT_NO_THROW(r = load(bytes));
        // Either it loaded, or it says why.
        EXPECT_TRUE(!r.reports.empty() || has_errors(r.diagnostics)) << bytes;
    }
}

// ---- diagnostics and the model's rules ------------------------------------------------------

TEST(Diagnostic, PrintsLikeACompiler) {
    Diagnostic syntax{Severity::Error, "a.json", 12, 5, "", "malformed JSON: x"};
    EXPECT_EQ(syntax.to_string(), "a.json:12:5: error: malformed JSON: x");
    Diagnostic semantic{Severity::Warning, "a.json", 0, 0, "/figures/3/value", "m"};
    EXPECT_EQ(semantic.to_string(), "a.json: /figures/3/value: warning: m");
    Diagnostic both{Severity::Warning, "a.json", 1, 58, "/id", "duplicate key"};
    EXPECT_EQ(both.to_string(), "a.json:1:58: /id: warning: duplicate key");
    Diagnostic whole_file{Severity::Info, "", 0, 0, "", "note"};
    EXPECT_EQ(whole_file.to_string(), "-: info: note");
}

TEST(Diagnostic, SeverityNamesAndHasErrors) {
    EXPECT_STREQ(severity_name(Severity::Error), "error");
    EXPECT_STREQ(severity_name(Severity::Warning), "warning");
    EXPECT_STREQ(severity_name(Severity::Info), "info");
    std::vector<Diagnostic> list{{Severity::Warning, "f", 0, 0, "", "w"}, {Severity::Info, "f", 0, 0, "", "i"}};
    EXPECT_FALSE(has_errors(list));
    list.push_back({Severity::Error, "f", 0, 0, "", "e"});
    EXPECT_TRUE(has_errors(list));
    EXPECT_FALSE(has_errors({}));
}

TEST(ReportModel, OnlyPercentAndMoneyAllowFractions) {
    for (const char* unit : {"%", "元", "万元", "亿元"}) EXPECT_TRUE(unit_allows_fraction(unit)) << unit;
    for (const char* unit : {"条", "件", "项", "人次", "件次", "次", "个", "家", "人", "批", "", "千元"})
        EXPECT_FALSE(unit_allows_fraction(unit)) << unit;
}

}  // namespace
}  // namespace gongkai
