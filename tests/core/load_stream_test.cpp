// load_stream_test.cpp — a collection whose header comes before "reports" is read report by
// report while parsing (load.cpp, parse_json_text's hook); any other key order is read from
// the whole tree. Both must give the same reports and the same diagnostics in the same order.
#include <gtest/gtest.h>

#include <string>

#include "core/load.hpp"

namespace gongkai {
namespace {

const std::string kReports = R"([
  {"id": "a", "meta": {"title": "甲"}, "figures": [{"id": "f1", "value": 3, "unit": "条", "oops": 1}]},
  {"id": "b", "meta": {"title": "乙"}, "figures": [{"id": "f1", "value": -1, "unit": "条"}]},
  {"id": "a", "meta": {"title": "丙"}, "figures": []},
  7,
  {"id": "c", "meta": {"title": "丁"}, "figures": [], "text": "x", "text": "y"}
])";

std::string header_first() {
  return R"({"format": "gongkai.collection", "version": 1, "reports": )" + kReports + R"(, "extra": true})";
}
std::string header_last() {
  return R"({"reports": )" + kReports + R"(, "extra": true, "format": "gongkai.collection", "version": 1})";
}

std::string describe(const LoadResult& r) {
  std::string out;
  for (const auto& rep : r.reports) out += "report " + rep.id + " " + rep.meta.title + "\n";
  for (const auto& d : r.diagnostics)
    out += std::string(severity_name(d.severity)) + " " + d.pointer + " " + d.message + "\n";
  return out;
}

TEST(LoadStream, HeaderFirstAndHeaderLastGiveTheSameResult) {
  const LoadResult streamed = load_json(header_first(), "c.json");
  const LoadResult whole = load_json(header_last(), "c.json");
  EXPECT_EQ(describe(whole), describe(streamed));
  ASSERT_EQ(streamed.reports.size(), 2u);  // a and c; b (negative value), the second a and 7 are skipped
  EXPECT_EQ(streamed.reports[0].id, "a");
  EXPECT_EQ(streamed.reports[1].text, "y");  // a repeated key keeps the last value
  // The collection's own warning comes before the reports' diagnostics, as without streaming.
  ASSERT_FALSE(streamed.diagnostics.empty());
  bool saw_extra = false;
  for (const auto& d : streamed.diagnostics) {
    if (d.pointer == "/extra") saw_extra = true;
    if (d.pointer.rfind("/reports/", 0) == 0 && d.message.find("duplicate key") == std::string::npos)
      EXPECT_TRUE(saw_extra) << "report diagnostic before the collection's own: " << d.message;
  }
  EXPECT_TRUE(saw_extra);
}

TEST(LoadStream, ARepeatedTopLevelKeyAfterTheReportsIsReadTheSafeWay) {
  // "format" repeated after the reports: the last one says this is not a collection.
  const std::string text = R"({"format": "gongkai.collection", "version": 1, "reports": )" + kReports +
                           R"(, "format": "gongkai.report"})";
  const LoadResult r = load_json(text, "c.json");
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.reports.empty()) << describe(r);
}

TEST(LoadStream, ASyntaxErrorAfterStreamedReportsLoadsNothing) {
  std::string text = header_first();
  text.pop_back();  // drop the final '}'
  const LoadResult r = load_json(text, "c.json");
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.reports.empty());
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_NE(r.diagnostics.back().message.find("malformed JSON"), std::string::npos) << describe(r);
}

}  // namespace
}  // namespace gongkai
