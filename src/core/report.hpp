// report.hpp — the in-memory model of one disclosure report (政府信息公开工作年度报告).
//
// This mirrors docs/report-format.md field for field. The core never includes
// ImGui, Emscripten or any platform header: it is plain C++20 and is shared by
// the web app, the command-line tool and the tests.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/boxed.hpp"
#include "core/text.hpp"

namespace gongkai {

// Current version of the report JSON format ("version" at the top of a file).
inline constexpr int kFormatVersion = 1;

// Where a figure comes from in the source text. Offsets count Unicode code
// points (not bytes, not UTF-16 units) from the start of Report::text.
struct Quote {
    Text text;
    std::optional<std::int64_t> start;
    std::optional<std::int64_t> end;
};

// One number the report states, e.g. "市财政局公开财政收支信息4条".
// Empty texts mean "not stated". The texts are interned (text.hpp): a million figures
// share one copy of each area, topic, department, ... name.
struct Figure {
    Text id;             // unique within the report
    Text area;           // e.g. 稳增长, 惠民生, 依申请公开
    Text topic;          // e.g. 财税体制改革
    Text department;     // e.g. 市财政局
    Text category;       // what was counted, e.g. 财政收支信息
    double value = 0;    // whole number except for units % and money (元, 万元, 亿元)
    Text unit;           // 条, 件, 项, 人次, 次, 个, 家, %, 万元, ...
    Text measure;        // what kind of quantity: published, requests, powers, ... (see docs)
    Text parent;         // id of the stated total this figure is a part of
    Text breakdown;      // label of the breakdown (channel, outcome, ...) when a total has several
    Text share_of;       // for unit %: id of the figure whose share of its parent this is
    Text qualifier;      // "", "over" (超过), "under" (不足), "about" (约)
    Boxed<Quote> quote;  // on the heap: most figures of a large collection have none
    std::vector<std::string> notes;  // free remarks, e.g. a printing error noticed by the editor
    bool unsure = false;             // set by the importer when it had to guess
};

// A remark about the report as a whole, e.g. a text injection from a scraped mirror.
struct Note {
    std::string kind;  // text-injection, typo, missing-section, other
    std::string message;
    Boxed<Quote> quote;
};

struct Region {
    std::string name;
    std::string level;   // province, city, county, district, township, department
    std::string parent;  // name of the enclosing region
};

struct Source {
    std::string url;
    std::string published;  // ISO date
    std::string retrieved;  // ISO date
};

struct Meta {
    std::string title;
    std::string issuer;
    Region region;
    std::optional<int> year;
    std::string period_from;  // ISO date
    std::string period_to;    // ISO date
    Source source;
    std::string language;     // BCP 47, e.g. zh-Hans, zh-Hant
    std::string template_version;  // "narrative", "2019", "2021"
    std::vector<Note> notes;
};

// A prose part of the report: problems found, measures planned, ...
struct Section {
    std::string kind;  // problems, measures, other
    std::string heading;
    std::string text;
};

// ---- The standard tables of the 2019 and 2021 templates -------------------

// One row of the 主动公开 (proactive disclosure) table, by 第二十条 clause.
// Column names depend on the template version; see docs/report-format.md.
struct ProactiveRow {
    std::string clause;  // "20.1", "20.5", "20.6", "20.8", "20.9"
    std::string item;    // 规章, 行政规范性文件, 行政许可, 行政处罚, ...
    std::map<std::string, double> columns;
};

// Columns of the 收到和处理政府信息公开申请情况 table, in template order.
inline constexpr std::array<const char*, 7> kApplicationColumns = {
    "natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
    "legal_service_org", "other_org", "total"};

// A row of that table: one optional number per column (a blank cell is nullopt).
using ApplicationRow = std::array<std::optional<double>, 7>;

// 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计
struct CaseOutcomes {
    std::optional<double> maintained, corrected, other, pending, total;
};

struct TemplateTables {
    std::vector<ProactiveRow> proactive;
    std::map<std::string, ApplicationRow> applications;  // row key -> cells
    std::optional<CaseOutcomes> review;                   // 行政复议
    std::optional<CaseOutcomes> litigation_direct;        // 未经复议直接起诉
    std::optional<CaseOutcomes> litigation_after_review;  // 复议后起诉
    // Where each cell the importer read stands in Report::text: the cell's JSON Pointer
    // (e.g. /tables/applications/new/total, /tables/proactive/1/made, /tables/review/total)
    // -> the cell's digits with their offsets. Cells typed in by hand have none.
    std::map<std::string, Quote> sources;

    const Quote* source_of(const std::string& pointer) const {
        const auto it = sources.find(pointer);
        return it == sources.end() ? nullptr : &it->second;
    }
};

struct Report {
    std::string id;
    Meta meta;
    std::vector<Figure> figures;
    std::optional<TemplateTables> tables;
    std::vector<Section> sections;
    std::string text;  // the source text the quotes point into (may be empty)

    const Figure* find_figure(const std::string& figure_id) const {
        for (const auto& f : figures)
            if (f.id == figure_id) return &f;
        return nullptr;
    }
};

// Units whose values may be fractional. Every other unit counts things and
// must be a whole number.
bool unit_allows_fraction(const std::string& unit);

}  // namespace gongkai
