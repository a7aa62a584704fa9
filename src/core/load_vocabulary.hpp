// load_vocabulary.hpp — the keys and enumerations of the report format (docs/report-format.md),
// shared by the general loader (load_report.cpp) and the fast one (load_fast.cpp), which
// must accept exactly the same files.
#pragma once

#include <array>
#include <string_view>

namespace gongkai::load_detail {

using namespace std::string_view_literals;

inline constexpr std::array kReportKeys = {"format"sv, "version"sv, "id"sv,       "meta"sv,
                                           "figures"sv, "tables"sv, "sections"sv, "text"sv};
inline constexpr std::array kMetaKeys = {"title"sv, "issuer"sv,   "region"sv,   "year"sv, "period"sv,
                                         "source"sv, "language"sv, "template"sv, "notes"sv};
inline constexpr std::array kRegionKeys = {"name"sv, "level"sv, "parent"sv};
inline constexpr std::array kPeriodKeys = {"from"sv, "to"sv};
inline constexpr std::array kSourceKeys = {"url"sv, "published"sv, "retrieved"sv};
inline constexpr std::array kNoteKeys = {"kind"sv, "message"sv, "quote"sv};
// A note's "message" as an object: its text by language.
inline constexpr std::array kNoteLanguages = {"zh"sv, "en"sv};
inline constexpr std::array kQuoteKeys = {"text"sv, "start"sv, "end"sv};
inline constexpr std::array kSectionKeys = {"kind"sv, "heading"sv, "text"sv};
inline constexpr std::array kFigureKeys = {"id"sv,      "area"sv,      "topic"sv,     "department"sv, "category"sv,
                                           "value"sv,   "unit"sv,      "measure"sv,   "parent"sv,     "breakdown"sv,
                                           "share_of"sv, "qualifier"sv, "quote"sv,     "notes"sv,      "unsure"sv};

inline constexpr std::array kRegionLevels = {"province"sv, "city"sv,     "county"sv,
                                             "district"sv, "township"sv, "department"sv};
inline constexpr std::array kLanguages = {"zh-Hans"sv, "zh-Hant"sv};
inline constexpr std::array kTemplates = {"narrative"sv, "2019"sv, "2021"sv};
inline constexpr std::array kNoteKinds = {"text-injection"sv, "typo"sv, "missing-section"sv, "other"sv};
inline constexpr std::array kSectionKinds = {"problems"sv, "measures"sv, "other"sv};
inline constexpr std::array kMeasures = {"published"sv,  "requests"sv, "share"sv,  "powers"sv, "organisations"sv,
                                         "activities"sv, "people"sv,   "cases"sv,  "money"sv,  "other"sv};
inline constexpr std::array kQualifiers = {"over"sv, "under"sv, "about"sv};

}  // namespace gongkai::load_detail
