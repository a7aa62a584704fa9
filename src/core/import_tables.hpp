// import_tables.hpp — the standard tables of the 2019 and 2021 report templates, read from
// text as it looks when copied from a page: cells separated by tabs, by runs of spaces, or
// one cell per line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/import_structure.hpp"
#include "core/message.hpp"
#include "core/report.hpp"

namespace gongkai::import_detail {

struct TableScan {
    std::optional<TemplateTables> tables;  // absent when the text has no template table
    std::string template_version;          // "2019", "2021" or "" (no template)
    bool version_guessed = false;          // no column header told the version apart
    std::vector<Message> warnings;         // rows that could not be read (import.table.* codes)
};

// Marks the lines of each table in_table (so that neither headings nor prose read them).
// `year` (the report's year, 0 if unknown) decides the version when the headers do not.
TableScan read_template_tables(std::u32string_view simple, std::vector<Line>& lines, int year);

}  // namespace gongkai::import_detail
