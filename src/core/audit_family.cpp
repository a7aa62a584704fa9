// audit_family.cpp — rules family-coverage and family-sum: a body's report against the reports of
// the bodies under it (a county and its townships and departments, a city and its districts).
//
// A child is a loaded report of the same year whose region names the parent's region as its
// `parent` (docs/report-format.md). When the parent states how many bodies should report ("全县共有
// 5个乡镇和部门"), the children missing are counted; otherwise only those present are named.
// A total the parent claims for the whole (a figure whose words say 全县/全区/全市 and which is
// one of its key figures) is compared with the same key figure of the children present. A sum
// above the claim is a warning; a sum below it is a warning only when every child is there (a
// missing child may hold the rest), otherwise a remark.
#include <set>
#include <string_view>

#include "core/audit_rules.hpp"
#include "core/key_figures.hpp"

namespace gongkai::detail {

namespace {

constexpr std::string_view kScopeWords[] = {"全县", "全区", "全市", "全旗", "全镇", "全乡", "全州"};
constexpr std::string_view kBodyKinds[] = {"乡镇", "街道", "部门", "单位", "镇", "乡", "区", "县"};
constexpr std::string_view kStops[] = {"。", "；", "\n"};

std::string_view scope_word_in(std::string_view text) {
    for (std::string_view w : kScopeWords)
        if (text.find(w) != std::string_view::npos) return w;
    return {};
}

std::size_t sentence_end(std::string_view text, std::size_t from) {
    std::size_t end = text.size();
    for (std::string_view s : kStops) end = std::min(end, text.find(s, from) == std::string_view::npos ? end : text.find(s, from));
    return end;
}

std::size_t utf8_step(std::string_view s, std::size_t at) {
    ++at;
    while (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) ++at;
    return at;
}

// "全县共有5个乡镇和3个部门…": the bodies the parent says should report (5 + 3), and its words.
struct StatedCount {
    int count = 0;
    std::string quote;
};

StatedCount stated_children(std::string_view text) {
    StatedCount out;
    for (std::string_view w : kScopeWords) {
        for (std::size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + w.size())) {
            const std::size_t end = sentence_end(text, at);
            const std::string_view sentence = text.substr(at, end - at);
            int sum = 0;
            for (std::size_t i = 0; i < sentence.size(); ++i) {
                if (sentence[i] < '0' || sentence[i] > '9' || (i > 0 && sentence[i - 1] >= '0' && sentence[i - 1] <= '9'))
                    continue;
                std::size_t j = i;
                int n = 0;
                while (j < sentence.size() && sentence[j] >= '0' && sentence[j] <= '9' && n < 100000)
                    n = n * 10 + (sentence[j++] - '0');
                if (sentence.substr(j, 3) != "个") continue;
                // The kind of body within a few characters after 个 ("5个乡镇", "3个县直部门").
                std::size_t k = j + 3;
                for (int steps = 0; steps < 4 && k < sentence.size(); ++steps) {
                    bool kind = false;
                    for (std::string_view b : kBodyKinds) kind = kind || sentence.substr(k, b.size()) == b;
                    if (kind) {
                        sum += n;
                        break;
                    }
                    k = utf8_step(sentence, k);
                }
            }
            if (sum > 0) {
                out.count = sum;
                out.quote = std::string(sentence);
                return out;
            }
        }
    }
    return out;
}

bool known(const KeyFigure& k) {
    return k.value && (k.status == KeyFigureStatus::Stated || k.status == KeyFigureStatus::StatedInWords ||
                       k.status == KeyFigureStatus::Derived);
}

}  // namespace

void audit_family(const std::vector<Report>& reports, std::vector<Finding>& out) {
    for (const Report& parent : reports) {
        const std::string& name = parent.meta.region.name;
        if (name.empty()) continue;
        std::vector<const Report*> children;
        for (const Report& c : reports)
            if (&c != &parent && c.meta.region.parent == name && c.meta.region.name != name &&
                c.meta.year == parent.meta.year)
                children.push_back(&c);
        if (children.empty()) continue;

        std::vector<std::string> child_ids, child_names;
        for (const Report* c : children) {
            child_ids.push_back(c->id);
            child_names.push_back(c->meta.region.name.empty() ? c->id : c->meta.region.name);
        }
        std::string names;
        for (const std::string& n : child_names) names += (names.empty() ? "" : "、") + n;

        const StatedCount stated = stated_children(parent.text);
        const int present = static_cast<int>(children.size());
        const int missing = stated.count > present ? stated.count - present : 0;

        Message coverage = Message("audit.family.coverage").text("parent", name).number("present", present).text("children", names);
        if (stated.count > 0) coverage.number("expected", stated.count).number("missing", missing);
        Finding f = make_finding(parent, "family-coverage", "/meta/region", std::move(coverage),
                                 stated.count > 0 ? stated.count : present, present);
        f.severity = Severity::Info;
        if (!stated.quote.empty()) f.quotes.push_back(stated.quote);
        f.related_reports = child_ids;
        out.push_back(std::move(f));

        // The totals the parent claims for the whole, one finding per key figure.
        const KeyFigures mine = key_figures(parent);
        std::vector<KeyFigures> theirs;
        for (const Report* c : children) theirs.push_back(key_figures(*c));
        std::set<std::string> checked;
        for (std::uint32_t i = 0; i < parent.figures.size(); ++i) {
            const Figure& fig = parent.figures[i];
            if (!fig.quote) continue;
            const std::string_view scope = scope_word_in(fig.quote->text.str());
            if (scope.empty()) continue;
            const KeyFigure* k = nullptr;
            for (const KeyFigure& candidate : mine.figures)
                if (candidate.figure_id == fig.id.str() || candidate.prose_figure_id == fig.id.str()) k = &candidate;
            if (!k || !checked.insert(k->name).second) continue;
            double sum = 0;
            int silent = 0;
            for (const KeyFigures& t : theirs) {
                const KeyFigure* ck = t.find(k->name);
                if (ck && known(*ck)) sum += *ck->value;
                else ++silent;
            }
            if (nearly_equal(sum, fig.value)) continue;
            const bool complete = stated.count > 0 && missing == 0;
            const Severity severity = sum > fig.value || complete ? Severity::Warning : Severity::Info;
            Message m = Message("audit.family.sum")
                            .phrase("label", Message("key_figure." + k->name))
                            .text("parent", name)
                            .text("scope", std::string(scope));
            figure_number(m, "stated", fig).number("present", present).number("sum", sum, fig.unit.str());
            if (missing > 0) m.number("missing", missing);
            if (silent > 0) m.number("silent", silent);
            Finding s = figure_finding(parent, severity, "family-sum", {i}, std::move(m), fig.value, sum);
            s.related_reports = child_ids;
            out.push_back(std::move(s));
        }
    }
}

}  // namespace gongkai::detail
