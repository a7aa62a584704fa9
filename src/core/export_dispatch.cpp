// export_dispatch.cpp — see export_dispatch.hpp.
#include "core/export_dispatch.hpp"

#include "core/chart_key_figures.hpp"
#include "core/export.hpp"
#include "core/save.hpp"
#include "core/scorecard.hpp"

namespace gongkai {

namespace {

const Report* only(const std::vector<Report>& reports) { return reports.size() == 1 ? &reports[0] : nullptr; }

}  // namespace

bool is_report_export_format(std::string_view format) {
    return format == "csv" || format == "json" || format == "collection" || format == "md" || format == "html" ||
           format == "scores_csv" || format == "scores_json";
}

std::optional<ExportFile> export_reports(std::string_view format, const std::vector<Report>& reports,
                                         const std::vector<Finding>& findings, const ReportExportOptions& options) {
    ExportFile f;
    if (format == "csv") {
        f.bytes = figures_csv(reports, options.filter, options.csv_header);
        f.mime_type = "text/csv;charset=utf-8";
        f.file_name = export_file_name(only(reports), options.csv_view, "csv");
    } else if (format == "json" && reports.size() == 1) {
        f.bytes = save_report_json(reports[0]);
        f.mime_type = "application/json";
        f.file_name = export_file_name(&reports[0], "report", "json");
    } else if (format == "json" || format == "collection") {
        f.bytes = save_collection_json(reports);
        f.mime_type = "application/json";
        f.file_name = export_file_name(nullptr, "collection", "json");
    } else if (format == "md") {
        for (std::size_t i = 0; i < reports.size(); ++i) {
            if (i) f.bytes += "\n---\n\n";
            f.bytes += summary_markdown(reports[i], findings, options.language);
        }
        f.mime_type = "text/markdown;charset=utf-8";
        f.file_name = export_file_name(only(reports), "summary", "md");
    } else if (format == "html" && reports.size() == 1) {
        f.bytes = summary_html(reports[0], findings, options.language);
        f.mime_type = "text/html;charset=utf-8";
        f.file_name = export_file_name(&reports[0], "summary", "html");
    } else if (format == "scores_csv" || format == "scores_json") {
        const std::vector<Scorecard> cards = score_reports(reports, findings);
        const bool csv = format == "scores_csv";
        f.bytes = csv ? scorecards_csv(reports, cards, options.language) : scorecards_json(reports, cards, options.language);
        f.mime_type = csv ? "text/csv;charset=utf-8" : "application/json";
        f.file_name = export_file_name(nullptr, "scores", csv ? "csv" : "json");
    } else {
        return std::nullopt;
    }
    return f;
}

std::optional<ExportFile> export_chart(std::string_view format, const ChartData& chart, const Report* named_by,
                                       std::string_view view, const ChartExportTexts& texts) {
    if (chart.rows.empty()) return std::nullopt;
    ExportFile f;
    if (format == "svg" || format == "png") {   // png: the same SVG, rasterised by the browser
        f.bytes = chart_svg(chart, texts.svg).svg;
        f.mime_type = format == "svg" ? "image/svg+xml" : "image/png";
    } else if (format == "chart_csv") {
        f.bytes = chart_csv(chart, texts.csv);
        f.mime_type = "text/csv;charset=utf-8";
    } else {
        return std::nullopt;
    }
    f.file_name = export_file_name(named_by, view, format == "chart_csv" ? "csv" : format);
    return f;
}

ChartData default_bar_chart(const Report& report, Field field) {
    ChartTexts texts;
    texts.title = std::string("published by ") + field_name(field);
    texts.subtitle = report_names({&report}).front();
    texts.label_header = field_name(field);
    ChartOptions options;
    options.totals_apart = chart_totals_apart(report);
    return bar_chart(report, field, "published", {}, texts, options);
}

}  // namespace gongkai
