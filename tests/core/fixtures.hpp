// fixtures.hpp — small reports built in C++ for the core tests, so each case shows its numbers.
// Header-only: CMake makes every tests/core/*.cpp a test program of its own.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/report.hpp"

namespace gongkai::test {

// A figure of `value` in `unit`; a part of `parent` (in `breakdown`) when given. Its measure
// follows the unit, as the importer's does: "share" for %, "published" otherwise.
inline Figure fig(std::string id, double value, std::string unit = "条", std::string parent = "",
                  std::string breakdown = "") {
    Figure f;
    f.id = std::move(id);
    f.value = value;
    f.unit = std::move(unit);
    f.parent = std::move(parent);
    f.breakdown = std::move(breakdown);
    f.measure = f.unit == "%" ? "share" : "published";
    return f;
}

inline Report report(std::string id, std::vector<Figure> figures, std::string region = "阜新市", int year = 2017) {
    Report r;
    r.id = std::move(id);
    r.meta.title = "测试报告";
    r.meta.region.name = std::move(region);
    r.meta.year = year;
    r.figures = std::move(figures);
    return r;
}

// The summaries' report: Fuxin 2017 with one total, 47 条 of 财税体制改革信息 (促改革), and one
// part of it, 3 条 of 政府债务信息 from 市财政局; both quoted, the total with offsets.
inline Report summary_report() {
    Report r;
    r.id = "fuxin-2017";
    r.meta.title = "阜新市2017年政府信息公开工作年度报告";
    r.meta.issuer = "阜新市人民政府";
    r.meta.region = {"阜新市", "city", "辽宁省"};
    r.meta.year = 2017;
    Figure total;
    total.id = "reform-fiscal";
    total.area = "促改革";
    total.topic = "财税体制改革";
    total.category = "财税体制改革信息";
    total.value = 47;
    total.unit = "条";
    total.measure = "published";
    total.quote = Quote{"公开财税体制改革信息47条", 1820, 1833};
    r.figures.push_back(total);
    Figure part = total;
    part.id = "reform-fiscal-debt";
    part.department = "市财政局";
    part.category = "政府债务信息";
    part.value = 3;
    part.parent = "reform-fiscal";
    part.quote = Quote{"市财政局公开政府债务信息3条", std::nullopt, std::nullopt};
    r.figures.push_back(part);
    return r;
}

}  // namespace gongkai::test
