// chart_svg.hpp — a ChartData as a standalone SVG document (the chart export).
//
// The browser turns the same SVG into a PNG (web/gongkai-api.js draws it on a canvas),
// so both exports come from the chart's data, never from a screenshot of the WebGL canvas.
// Every text of a report is escaped: a label like "<script>" or "A&B" stays text.
#pragma once

#include <string>
#include <string_view>

#include "core/chart_data.hpp"

namespace gongkai {

struct SvgOptions {
    double width = 960;  // CSS pixels; the height follows from the chart
    std::string font_family = "'WenQuanYi Micro Hei','Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif";
    std::string total_text = "合计";  // label of the donut's centre
    std::string kpi_text = "总数";    // before a total shown apart from the bars (ChartData::kpis)
    std::string absent_text = "—";    // a value the report does not state
};

struct SvgImage {
    std::string svg;
    double width = 0, height = 0;
};

SvgImage chart_svg(const ChartData& data, const SvgOptions& options = {});

// Text for XML content and attributes: & < > " ' escaped, characters XML 1.0 forbids
// (controls other than tab/LF/CR, U+FFFE/U+FFFF) dropped, invalid UTF-8 replaced by U+FFFD.
std::string xml_escape(std::string_view text);

// Rough width of `text` at font size 1 (CJK and full-width ≈ 1, other ≈ 0.6): the SVG has no
// font metrics, so labels are shortened by this estimate.
double estimated_text_width(std::string_view text);
// `text` cut to at most `width` (same units as estimated_text_width × size), ending in "…".
std::string shorten_text(std::string_view text, double width, double font_size);

}  // namespace gongkai
