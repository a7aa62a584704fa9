// save_test.cpp — normalised output (docs/report-format.md, "Normalised output"): exact bytes,
// fixed key order, empty optional fields left out, shortest round-trip numbers, and
// load -> save -> load -> save giving identical bytes.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "core/load.hpp"
#include "core/save.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

std::string diagnostics_text(const LoadResult& r) {
    std::string out;
    for (const auto& d : r.diagnostics) out += d.to_string() + "\n";
    return out;
}

// load -> save, for a single report or a collection.
std::string resave(std::string_view bytes, bool collection) {
    const auto r = load_json(bytes, "in.json");
    EXPECT_TRUE(r.ok()) << diagnostics_text(r);
    if (collection) return save_collection_json(r.reports);
    EXPECT_EQ(r.reports.size(), 1u);
    return r.reports.empty() ? std::string() : save_report_json(r.reports[0]);
}

TEST(Save, GoodFixturesAreAlreadyNormalised) {
    // The fixtures were written in normalised form, so saving what was loaded gives them back.
    for (const char* name : {"minimal.json", "narrative-2017.json", "template-2019.json", "template-2021.json",
                             "collection.json"}) {
        SCOPED_TRACE(name);
        const std::string bytes = test::read_file(test::source_path(std::string("tests/data/good/") + name));
        ASSERT_FALSE(bytes.empty());
        EXPECT_EQ(resave(bytes, std::string_view(name) == "collection.json"), bytes);
    }
}

TEST(Save, LoadSaveLoadSaveGivesIdenticalBytes) {
    // Hand-written: keys out of order, 3.0, -0, empty optional fields, an unknown key, a BOM.
    const std::string messy = "\xEF\xBB\xBF" R"({
      "figures": [
        {"unit": "条", "value": 3.0, "id": "b", "parent": "a", "notes": [], "unsure": false, "area": ""},
        {"value": -0, "id": "c", "unit": "件", "quote": {"end": 2, "text": "公开", "start": 0}},
        {"id": "a", "value": 47, "unit": "条", "typo_key": 1},
        {"id": "p", "value": 0.30000000000000004, "unit": "%", "share_of": "b"}
      ],
      "text": "公开信息47条",
      "meta": {"template": "narrative", "title": "标题", "issuer": "", "region": {}, "notes": [], "year": 2017.0},
      "id": "messy", "sections": [], "version": 1, "format": "gongkai.report"
    })";
    const std::string first = resave(messy, false);
    const std::string second = resave(first, false);
    EXPECT_EQ(first, second);
    EXPECT_EQ(first, R"({
  "format": "gongkai.report",
  "version": 1,
  "id": "messy",
  "meta": {
    "title": "标题",
    "year": 2017,
    "template": "narrative"
  },
  "figures": [
    {
      "id": "b",
      "value": 3,
      "unit": "条",
      "parent": "a"
    },
    {
      "id": "c",
      "value": 0,
      "unit": "件",
      "quote": {
        "text": "公开",
        "start": 0,
        "end": 2
      }
    },
    {
      "id": "a",
      "value": 47,
      "unit": "条"
    },
    {
      "id": "p",
      "value": 0.30000000000000004,
      "unit": "%",
      "share_of": "b"
    }
  ],
  "text": "公开信息47条"
}
)");
}

TEST(Save, KeysFollowTheDocumentOrderAndEmptyFieldsAreLeftOut) {
    Report r;
    r.id = "order";
    r.meta.title = "t";
    r.meta.language = "zh-Hans";
    r.meta.region.level = "city";
    r.meta.source.url = "https://example.org/";
    Figure f;
    f.id = "f";
    f.unsure = true;
    f.notes = {"n"};
    f.qualifier = "over";
    f.breakdown = "channel";
    f.measure = "published";
    f.category = "c";
    f.unit = "条";
    f.value = 1;
    r.figures.push_back(f);
    r.tables.emplace();  // empty tables are left out
    EXPECT_EQ(save_report_json(r), R"({
  "format": "gongkai.report",
  "version": 1,
  "id": "order",
  "meta": {
    "title": "t",
    "region": {
      "level": "city"
    },
    "source": {
      "url": "https://example.org/"
    },
    "language": "zh-Hans"
  },
  "figures": [
    {
      "id": "f",
      "category": "c",
      "value": 1,
      "unit": "条",
      "measure": "published",
      "breakdown": "channel",
      "qualifier": "over",
      "notes": [
        "n"
      ],
      "unsure": true
    }
  ]
}
)");
}

TEST(Save, NumbersAreShortestRoundTripAndWholeNumbersHaveNoFraction) {
    struct Case {
        double value;
        const char* written;
    };
    const Case cases[] = {
        {3.0, "3"},          {0.0, "0"},   {-0.0, "0"},  {30.77, "30.77"}, {3.84, "3.84"},
        {0.1 + 0.2, "0.30000000000000004"}, {9007199254740992.0, "9007199254740992"}, {1234.5, "1234.5"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.written);
        Report r;
        r.id = "n";
        r.meta.title = "t";
        Figure f;
        f.id = "f";
        f.unit = "%";
        f.value = c.value;
        r.figures.push_back(f);
        const std::string out = save_report_json(r);
        EXPECT_NE(out.find(std::string("\"value\": ") + c.written + ",\n"), std::string::npos) << out;
        // And it reads back as the same double.
        const auto back = load_json(out, "n.json");
        ASSERT_EQ(back.reports.size(), 1u) << diagnostics_text(back);
        EXPECT_EQ(back.reports[0].figures[0].value, c.value == 0 ? 0.0 : c.value);
    }
}

TEST(Save, TemplateTablesAreWrittenInTemplateOrder) {
    Report r;
    r.id = "t";
    r.meta.title = "t";
    r.meta.template_version = "2021";
    r.tables.emplace();
    // std::map would order these alphabetically; the template order is made, repealed, in_force.
    r.tables->proactive.push_back({"20.1", "规章", {{"in_force", 3}, {"made", 1}, {"repealed", 0}}});
    r.tables->applications["total"][6] = 2;
    r.tables->applications["carried_over"][0] = 1;
    r.tables->applications["new"][6] = 1;
    r.tables->applications["new"][0] = 1;
    r.tables->applications["denied.state_secret"] = {};  // all cells blank: left out
    r.tables->review = CaseOutcomes{1, std::nullopt, 0, std::nullopt, 1};
    const std::string out = save_report_json(r);
    const auto pos = [&](std::string_view s) { return out.find(s); };
    EXPECT_LT(pos("\"made\""), pos("\"repealed\""));
    EXPECT_LT(pos("\"repealed\""), pos("\"in_force\""));
    EXPECT_LT(pos("\"new\""), pos("\"carried_over\""));
    EXPECT_LT(pos("\"carried_over\""), pos("\"total\": {"));
    EXPECT_LT(pos("\"natural_person\": 1,\n        \"total\": 1"), std::string::npos) << out;
    EXPECT_EQ(pos("denied.state_secret"), std::string::npos);
    EXPECT_NE(pos("\"review\": {\n      \"maintained\": 1,\n      \"other\": 0,\n      \"total\": 1\n    }"),
              std::string::npos)
        << out;
    EXPECT_EQ(resave(out, false), out);
}

TEST(Save, CollectionHoldsEveryReportInOrder) {
    Report a, b;
    a.id = "a";
    a.meta.title = "A";
    b.id = "b";
    b.meta.title = "B";
    const std::string out = save_collection_json({a, b});
    EXPECT_EQ(out.rfind("{\n  \"format\": \"gongkai.collection\",\n  \"version\": 1,\n  \"reports\": [\n", 0), 0u)
        << out;
    EXPECT_LT(out.find("\"id\": \"a\""), out.find("\"id\": \"b\""));
    EXPECT_EQ(out.back(), '\n');
    EXPECT_EQ(resave(out, true), out);
    EXPECT_EQ(save_collection_json({}), "{\n  \"format\": \"gongkai.collection\",\n  \"version\": 1,\n  \"reports\": []\n}\n");
}

TEST(Save, InvalidUtf8InAModelIsReplacedNotThrown) {
    Report r;
    r.id = "u";
    r.meta.title = std::string("bad \xFF byte");
    std::string out;
    EXPECT_NO_THROW(out = save_report_json(r));
    EXPECT_NE(out.find("bad \xEF\xBF\xBD byte"), std::string::npos) << out;  // U+FFFD
    EXPECT_TRUE(load_json(out, "u.json").ok());
}

TEST(Save, EndsWithExactlyOneNewline) {
    Report r;
    r.id = "x";
    r.meta.title = "t";
    const std::string out = save_report_json(r);
    ASSERT_GE(out.size(), 2u);
    EXPECT_EQ(out.back(), '\n');
    EXPECT_NE(out[out.size() - 2], '\n');
}

}  // namespace
}  // namespace gongkai
