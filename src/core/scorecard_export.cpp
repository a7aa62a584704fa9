// scorecard_export.cpp — score cards as JSON and CSV (`gongkai score`, the page's export window).
// The same conventions as the other exports: ordered JSON keys, CSV with BOM, CRLF and csv_cell.
#include <nlohmann/json.hpp>

#include "core/export.hpp"
#include "core/number_text.hpp"
#include "core/scorecard.hpp"

namespace gongkai {

namespace {

using ojson = nlohmann::ordered_json;

ojson number_json(double v) {
    if (v == static_cast<double>(static_cast<long long>(v))) return static_cast<long long>(v);
    return v;
}

const Report* find_report(const std::vector<Report>& reports, const std::string& id) {
    for (const Report& r : reports)
        if (r.id == id) return &r;
    return nullptr;
}

}  // namespace

std::string score_evidence_text(const ScorePoint& point) {
    std::string out;
    for (const ScoreEvidence& e : point.evidence) {
        if (!out.empty()) out += "; ";
        std::string one = e.location;
        if (!e.quote.empty()) one += (one.empty() ? "“" : " “") + e.quote + "”";
        if (e.finding >= 0) one += (one.empty() ? "finding " : " (finding ") + std::to_string(e.finding) + (one.empty() ? "" : ")");
        out += one;
    }
    return out;
}

std::string scorecards_json(const std::vector<Report>& reports, const std::vector<Scorecard>& cards, Language language) {
    ojson list = ojson::array();
    for (const Scorecard& card : cards) {
        const Report* r = find_report(reports, card.report_id);
        ojson one;
        one["id"] = card.report_id;
        one["title"] = r ? r->meta.title : std::string();
        one["region"] = r ? r->meta.region.name : std::string();
        one["year"] = r && r->meta.year ? ojson(*r->meta.year) : ojson(nullptr);
        one["era"] = card.era;
        one["score"] = number_json(card.score);
        one["earned"] = number_json(card.earned);
        one["max"] = number_json(card.max);
        ojson points = ojson::array();
        for (const ScorePoint& p : card.points) {
            ojson o;
            o["rule"] = p.rule;
            o["dimension"] = p.dimension;
            o["earned"] = number_json(p.earned);
            o["max"] = number_json(p.max);
            o["applicable"] = p.applicable;
            o["flag"] = p.flag;
            o["code"] = p.what.code;
            o["message"] = render(p.what, language);
            ojson evidence = ojson::array();
            for (const ScoreEvidence& e : p.evidence) {
                ojson x;
                x["report"] = e.report_id;
                x["location"] = e.location;
                x["quote"] = e.quote;
                if (e.start && e.end) {
                    x["start"] = *e.start;
                    x["end"] = *e.end;
                }
                if (e.finding >= 0) x["finding"] = e.finding;
                evidence.push_back(std::move(x));
            }
            o["evidence"] = std::move(evidence);
            points.push_back(std::move(o));
        }
        one["points"] = std::move(points);
        list.push_back(std::move(one));
    }
    ojson out;
    out["reports"] = std::move(list);
    return out.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

std::string scorecards_csv(const std::vector<Report>& reports, const std::vector<Scorecard>& cards, Language language) {
    std::string out = "\xEF\xBB\xBF";
    auto row = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out += ',';
            out += csv_cell(cells[i]);
        }
        out += "\r\n";
    };
    row({"report", "title", "score", "dimension", "rule", "earned", "max", "applicable", "flag", "message", "evidence"});
    for (const Scorecard& card : cards) {
        const Report* r = find_report(reports, card.report_id);
        for (const ScorePoint& p : card.points)
            row({card.report_id, r ? r->meta.title : std::string(), detail::format_number(card.score), p.dimension,
                 p.rule, detail::format_number(p.earned), detail::format_number(p.max), p.applicable ? "true" : "false",
                 p.flag ? "true" : "false", render(p.what, language), score_evidence_text(p)});
    }
    return out;
}

}  // namespace gongkai
