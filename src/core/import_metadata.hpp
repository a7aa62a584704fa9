// import_metadata.hpp — title, region, year, issuer, period and language from a report's
// text; remarks about the text itself (text injected by a scraping mirror).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/import_structure.hpp"
#include "core/message.hpp"
#include "core/report.hpp"

namespace gongkai::import_detail {

struct MetaScan {
    Meta meta;
    bool title_made_up = false;  // no title line: made from region and year
    std::vector<Message> remarks;      // what was inferred, for diagnostics (import.* codes)
};

MetaScan read_metadata(std::u32string_view text, std::u32string_view simple, const std::vector<Line>& lines);

}  // namespace gongkai::import_detail
