// import_compare.hpp — scoring the importer against figures written by hand.
//
// A found figure matches an expected one when value and unit are equal and their quotes
// overlap (by offsets when the expected figure has them, else by one quote containing the
// other). Precision = matched / found, recall = matched / expected. For matched pairs each
// field is compared (an absent field means "not stated"); parent and share_of are compared
// through the matching, so ids need not agree.
#pragma once

#include <cmath>
#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/import_injection.hpp"
#include "core/import_normalise.hpp"
#include "core/import_text.hpp"
#include "core/report.hpp"

namespace gongkai::test {

struct FieldScore {
    std::size_t agree = 0;
    std::size_t total = 0;
    double rate() const { return total == 0 ? 1.0 : static_cast<double>(agree) / static_cast<double>(total); }
};

struct MatchScore {
    std::size_t expected = 0;
    std::size_t found = 0;
    std::size_t matched = 0;
    std::map<std::string, FieldScore> fields;
    // Links (parent, share_of) of matched pairs where either side states one.
    FieldScore links;
    std::vector<std::string> misses;        // expected figures not found
    std::vector<std::string> extras;        // found figures not expected
    std::vector<std::string> disagreements; // field differences of matched pairs

    double precision() const { return found == 0 ? 1.0 : static_cast<double>(matched) / static_cast<double>(found); }
    double recall() const { return expected == 0 ? 1.0 : static_cast<double>(matched) / static_cast<double>(expected); }

    void add(const MatchScore& o) {
        expected += o.expected;
        found += o.found;
        matched += o.matched;
        links.agree += o.links.agree;
        links.total += o.links.total;
        for (const auto& [k, v] : o.fields) {
            fields[k].agree += v.agree;
            fields[k].total += v.total;
        }
        misses.insert(misses.end(), o.misses.begin(), o.misses.end());
        extras.insert(extras.end(), o.extras.begin(), o.extras.end());
        disagreements.insert(disagreements.end(), o.disagreements.begin(), o.disagreements.end());
    }

    void print(std::ostream& out, const std::string& label) const {
        out << label << ": expected " << expected << ", found " << found << ", matched " << matched
            << ", precision " << precision() * 100 << "%, recall " << recall() * 100 << "%\n";
        for (const auto& [k, v] : fields)
            out << "  " << k << " agrees on " << v.agree << "/" << v.total << " (" << v.rate() * 100 << "%)\n";
        for (const auto& m : misses) out << "  missed: " << m << "\n";
        for (const auto& m : extras) out << "  extra: " << m << "\n";
        for (const auto& m : disagreements) out << "  differs: " << m << "\n";
    }
};

inline std::string json_string(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return (it != j.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

// A quote with full-width forms and ideographic spaces read as half-width ones, and without the
// pinyin glosses a copying site added (the report's text keeps them: it is the source as given).
inline std::string folded(const std::string& text) {
    const auto plain = import_detail::strip_pinyin_glosses(import_detail::utf8_to_u32(text)).text;
    return import_detail::u32_to_utf8(import_detail::fold_width(plain));
}

inline MatchScore score_figures(const std::vector<Figure>& found, const nlohmann::json& expected) {
    MatchScore s;
    s.expected = expected.size();
    s.found = found.size();
    std::vector<int> match_of_expected(expected.size(), -1);
    std::vector<int> match_of_found(found.size(), -1);
    for (std::size_t e = 0; e < expected.size(); ++e) {
        const auto& x = expected[e];
        const double value = x.value("value", -1.0);
        const std::string unit = json_string(x, "unit");
        const auto q = x.find("quote");
        const std::string qtext = q != x.end() ? (q->is_string() ? q->get<std::string>() : json_string(*q, "text")) : "";
        const bool offsets = q != x.end() && q->is_object() && q->contains("start") && q->contains("end");
        for (std::size_t f = 0; f < found.size(); ++f) {
            if (match_of_found[f] >= 0) continue;
            const Figure& g = found[f];
            if (std::fabs(g.value - value) > 1e-9 || g.unit != unit || !g.quote) continue;
            bool overlap = false;
            if (offsets && g.quote->start && g.quote->end) {
                const auto xs = (*q)["start"].get<std::int64_t>();
                const auto xe = (*q)["end"].get<std::int64_t>();
                overlap = std::max(xs, *g.quote->start) < std::min(xe, *g.quote->end);
            } else {
                // The importer quotes the page's own characters (１２，３４５条); the expectations
                // may be written in half-width: compared with widths folded.
                const std::string a = folded(g.quote->text), b = folded(qtext);
                overlap = a.find(b) != std::string::npos || b.find(a) != std::string::npos;
            }
            if (!overlap) continue;
            match_of_expected[e] = static_cast<int>(f);
            match_of_found[f] = static_cast<int>(e);
            ++s.matched;
            break;
        }
        if (match_of_expected[e] < 0) s.misses.push_back(x.dump());
    }
    for (std::size_t f = 0; f < found.size(); ++f)
        if (match_of_found[f] < 0)
            s.extras.push_back(found[f].id + " " + std::to_string(found[f].value) + found[f].unit + " «" +
                               (found[f].quote ? found[f].quote->text : "") + "»");
    // Ids of the expected figures by the found figure they matched.
    std::map<std::string, std::string> expected_id_of_found;
    for (std::size_t f = 0; f < found.size(); ++f)
        if (match_of_found[f] >= 0)
            expected_id_of_found[found[f].id] = json_string(expected[static_cast<std::size_t>(match_of_found[f])], "id");
    auto mapped = [&](const std::string& found_id) -> std::string {
        if (found_id.empty()) return "";
        const auto it = expected_id_of_found.find(found_id);
        return it == expected_id_of_found.end() ? "(unmatched " + found_id + ")" : it->second;
    };
    for (std::size_t e = 0; e < expected.size(); ++e) {
        if (match_of_expected[e] < 0) continue;
        const auto& x = expected[e];
        const Figure& g = found[static_cast<std::size_t>(match_of_expected[e])];
        const std::map<std::string, std::pair<std::string, std::string>> pairs = {
            {"area", {json_string(x, "area"), g.area}},
            {"topic", {json_string(x, "topic"), g.topic}},
            {"department", {json_string(x, "department"), g.department}},
            {"category", {json_string(x, "category"), g.category}},
            {"measure", {json_string(x, "measure"), g.measure}},
            {"parent", {json_string(x, "parent"), mapped(g.parent)}},
            {"share_of", {json_string(x, "share_of"), mapped(g.share_of)}},
            {"breakdown", {json_string(x, "breakdown"), g.breakdown}},
            {"qualifier", {json_string(x, "qualifier"), g.qualifier}},
        };
        for (const char* link : {"parent", "share_of"}) {
            const auto& values = pairs.at(link);
            if (values.first.empty() && values.second.empty()) continue;
            ++s.links.total;
            s.links.agree += values.first == values.second;
        }
        for (const auto& [field, values] : pairs) {
            if (field == "measure" && !x.contains("measure")) continue;  // corpus files may leave it out
            auto& score = s.fields[field];
            ++score.total;
            if (values.first == values.second) ++score.agree;
            else
                s.disagreements.push_back(json_string(x, "id") + " " + field + ": expected \"" + values.first +
                                          "\", found \"" + values.second + "\"");
        }
    }
    return s;
}

}  // namespace gongkai::test
