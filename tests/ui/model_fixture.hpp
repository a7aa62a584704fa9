// model_fixture.hpp — a fictional report (星海区, a district that does not exist) loaded into a
// fresh App over the null platform, for the UI model's tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "platform/null/platform_null.hpp"
#include "ui/app.hpp"
#include "ui/import_review.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui::testing {

// Fictional: 星海区 2023, four areas, a total with two parts, a department under a topic.
inline const char* kXinghaiJson = R"({
  "format": "gongkai.report", "version": 1, "id": "xinghai-2023",
  "meta": {"title": "星海区2023年政府信息公开工作年度报告（虚构）", "issuer": "星海区人民政府",
           "region": {"name": "星海区", "level": "district"}, "year": 2023},
  "figures": [
    {"id": "f-fiscal", "area": "促改革", "topic": "财税改革", "category": "预算信息", "value": 40, "unit": "条", "measure": "published"},
    {"id": "f-fiscal-a", "area": "促改革", "topic": "财税改革", "department": "区财政局", "category": "预算信息", "value": 25, "unit": "条", "measure": "published", "parent": "f-fiscal"},
    {"id": "f-fiscal-b", "area": "促改革", "topic": "财税改革", "department": "区审计局", "category": "审计信息", "value": 15, "unit": "条", "measure": "published", "parent": "f-fiscal"},
    {"id": "f-land", "area": "促改革", "topic": "土地改革", "category": "土地信息", "value": 12, "unit": "条", "measure": "published"},
    {"id": "f-health", "area": "惠民生", "topic": "医疗卫生", "category": "医疗信息", "value": 30, "unit": "条", "measure": "published"},
    {"id": "f-school", "area": "惠民生", "topic": "教育", "category": "招生信息", "value": 8, "unit": "条", "measure": "published"},
    {"id": "f-requests", "area": "依申请公开", "category": "申请", "value": 21, "unit": "件", "measure": "requests"}
  ]
})";

// Another fictional body (青禾县 2022) so there is a report to switch to.
inline const char* kQingheJson = R"({
  "format": "gongkai.report", "version": 1, "id": "qinghe-2022",
  "meta": {"title": "青禾县2022年政府信息公开工作年度报告（虚构）", "issuer": "青禾县人民政府",
           "region": {"name": "青禾县", "level": "county"}, "year": 2022},
  "figures": [
    {"id": "g-a", "area": "稳增长", "topic": "项目", "value": 9, "unit": "条", "measure": "published"},
    {"id": "g-b", "area": "防风险", "topic": "金融", "value": 4, "unit": "条", "measure": "published"}
  ]
})";

class ModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        platform::null::reset();
        discard_import_review(app);
        const LoadOutcome a = app.load("xinghai-2023.json", kXinghaiJson);
        ASSERT_TRUE(a.ok) << (a.diagnostics.empty() ? "" : a.diagnostics.front().message);
        (void)take_model_changed();
    }
    int figure_index(const std::string& id) const {
        const Report* r = app.current();
        for (int i = 0; r && i < static_cast<int>(r->figures.size()); ++i)
            if (r->figures[i].id == id) return i;
        return -1;
    }
    App app;
};

}  // namespace gongkai::ui::testing
