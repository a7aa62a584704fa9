// import_clause.cpp — word lists and the order in which they are peeled off a clause.
//
// [SECTION] word lists
// [SECTION] helpers
// [SECTION] read_clause
#include "core/import_clause.hpp"

#include <array>

#include "core/import_text.hpp"

namespace gongkai::import_detail {
namespace {

// ---- [SECTION] word lists ---------------------------------------------------------------

// Openers that say when or how, never who or what.
constexpr std::array<std::u32string_view, 24> kOpeners = {
    U"主要包括", U"其中包括", U"包括", U"同时", U"另外", U"此外", U"并且", U"其次", U"首先", U"最后", U"全年", U"今年", U"本年度", U"本年",
    U"年内", U"当年", U"截至目前", U"截止目前", U"截至年底", U"目前", U"至今", U"现已", U"另", U"并"};

// The report's own body as subject: no department.
constexpr std::array<std::u32string_view, 22> kSelf = {
    U"我市", U"全市", U"本市", U"我县", U"全县", U"本县", U"我区", U"全区", U"本区", U"我省", U"全省",
    U"本省", U"我局", U"本局", U"我委", U"本委", U"我办", U"本办", U"本机关", U"我单位", U"本单位", U"我州"};

// Verbs and adverbs that stand between a subject and what it counted.
constexpr std::array<std::u32string_view, 66> kVerbs = {
    U"进驻", U"发生",
    U"主动公开", U"累计公开", U"公开", U"发布", U"公布", U"公示", U"受理", U"收到", U"接收", U"办理", U"提供",
    U"开展", U"组织", U"举办", U"召开", U"制发", U"印发", U"出台", U"编制", U"上传", U"推送", U"回应",
    U"答复", U"处理", U"调整", U"纳入", U"保留", U"涉及", U"取消", U"下放", U"审核", U"录入", U"更新",
    U"报送", U"接待", U"完成", U"新增", U"增加", U"减少", U"设立", U"设置", U"建立", U"开设", U"制定",
    U"梳理", U"确定", U"形成", U"编印", U"印制", U"发放", U"播出", U"刊登", U"转办", U"转发", U"共计",
    U"总计", U"合计", U"累计", U"共有", U"共", U"主动", U"已经", U"已", U"均"};

// Verbs peeled off the front of a category: they say that something was made public or
// taken in, not what. Verbs that change what is counted (调整, 提供, 涉及, 取消, 清理 ...)
// stay: "调整行政职权121项" counts adjusted powers, not all powers.
constexpr std::array<std::u32string_view, 38> kStripVerbs = {
    U"发生",
    U"主动公开", U"累计公开", U"公开", U"发布", U"公布", U"公示", U"受理", U"收到", U"接收", U"办理",
    U"开展", U"组织", U"举办", U"召开", U"制发", U"印发", U"出台", U"编制", U"上传", U"推送", U"纳入",
    U"保留", U"录入", U"报送", U"新增", U"共计", U"总计", U"合计", U"累计", U"共有", U"共", U"主动",
    U"已经", U"已", U"均", U"完成", U"形成"};

// A verb followed by 后 opens a clause about the result: "调整后《清单》为1643项".
constexpr std::array<std::u32string_view, 6> kAfterVerbs = {U"调整", U"清理", U"精简", U"取消", U"下放", U"修订"};

constexpr std::array<std::u32string_view, 9> kAdverbs = {
    U"先后", U"分别", U"依法", U"及时", U"全部", U"向社会", U"对外", U"一共", U"总共"};

constexpr std::array<std::u32string_view, 5> kTotalWords = {U"共计", U"总计", U"合计", U"累计", U"共"};

constexpr std::array<std::u32string_view, 7> kDisclosure = {U"公开", U"发布", U"公布", U"公示", U"推送", U"刊登", U"播出"};

// Instrument phrases: "通过市政府网站专栏公开X" -> X.
constexpr std::array<std::u32string_view, 6> kInstruments = {U"通过", U"依托", U"利用", U"借助", U"在", U"经"};

struct Qualifier {
    std::u32string_view word;
    const char* meaning;
    bool only_last;  // a one-character word counts only right before the number (近期 is not 近)
};
constexpr std::array<Qualifier, 12> kQualifiers = {{
    {U"超过", "over", false}, {U"多于", "over", false}, {U"高于", "over", false}, {U"逾", "over", true},
    {U"不足", "under", false}, {U"低于", "under", false}, {U"不到", "under", false}, {U"少于", "under", false},
    {U"大约", "about", false}, {U"将近", "about", false}, {U"约", "about", true}, {U"近", "about", true},
}};

constexpr std::array<std::u32string_view, 15> kTrailing = {
    U"达到", U"共计", U"合计", U"总计", U"总数为", U"数量为", U"为", U"达", U"是", U"的", U"共", U"计",
    U"已", U"均", U"有"};

// Body suffixes, longest first.
constexpr std::array<std::u32string_view, 31> kBodySuffixes = {
    U"领导小组", U"委员会", U"办公室", U"管委会", U"检察院", U"办事处", U"中心", U"公司", U"集团", U"法院",
    U"政府", U"局", U"委", U"办", U"厅", U"院", U"署", U"部", U"站", U"所", U"处", U"队", U"组", U"社",
    U"馆", U"会", U"室", U"府", U"行", U"科", U"股"};

// Words that end like a body but name a kind of thing, not a body.
constexpr std::array<std::u32string_view, 18> kNotBodies = {
    U"部门", U"单位", U"机构", U"社会", U"全部", U"内部", U"外部", U"会议", U"机会", U"基层组织", U"工作组", U"各部",
    U"网站", U"微博", U"微信", U"平台", U"新媒体", U"客户端"};

// ---- [SECTION] helpers ------------------------------------------------------------------

// The report's own body named by a self-reference: 我市, 全县, 我乡, 全镇, 本街道, 我局, 我署,
// 本机关, 我单位 ... (the issuer: its figures take no department).
std::size_t self_prefix(std::u32string_view p) {
    if (std::size_t n = [&] {
            for (auto w : kSelf)
                if (starts_at(p, 0, w)) return w.size();
            return std::size_t{0};
        }())
        return n;
    if (p.size() < 2 || (p[0] != U'我' && p[0] != U'本' && p[0] != U'全')) return 0;
    const auto rest = p.substr(1);
    for (std::u32string_view place : {U"街道", U"省", U"市", U"县", U"区", U"州", U"旗", U"乡", U"镇"})
        if (starts_at(rest, 0, place)) return 1 + place.size();
    if (p[0] == U'全') return 0;  // 全部, 全面: not a body
    for (std::u32string_view body : {U"机关", U"单位", U"部门", U"系统", U"中心", U"局", U"委", U"办", U"厅", U"署", U"院", U"会"})
        if (starts_at(rest, 0, body)) return 1 + body.size();
    return 0;
}

template <std::size_t N>
std::size_t match_prefix(std::u32string_view s, const std::array<std::u32string_view, N>& words) {
    for (auto w : words)
        if (s.size() >= w.size() && s.compare(0, w.size(), w) == 0) return w.size();
    return 0;
}

bool is_punct(char32_t c) {
    return c == U',' || c == U'、' || c == U';' || c == U':' || c == U'。' || c == U'(' || c == U')' || c == U'.' ||
           c == U'!' || c == U'?' || c == U'-' || c == U'—' || c == U'…';
}

std::u32string_view strip_lead_punct(std::u32string_view s) {
    std::size_t b = 0;
    while (b < s.size() && (is_blank(s[b]) || is_punct(s[b]) || s[b] == U'\n')) ++b;
    return s.substr(b);
}

// 2017年, 2017年3月, 3月底, 1-12月, 2017年度 ...
std::size_t time_prefix(std::u32string_view s) {
    std::size_t i = 0;
    std::size_t taken = 0;
    while (i < s.size() && is_ascii_digit(s[i])) {
        std::size_t j = i;
        while (j < s.size() && is_ascii_digit(s[j])) ++j;
        if (j < s.size() && s[j] == U'-') {
            i = j + 1;
            continue;
        }
        if (j >= s.size() || (s[j] != U'年' && s[j] != U'月' && s[j] != U'日' && s[j] != U'号')) break;
        ++j;
        for (std::u32string_view tail : {U"度", U"份", U"底", U"初", U"末", U"以来", U"至今", U"中旬", U"上旬", U"下旬"})
            if (starts_at(s, j, tail)) {
                j += tail.size();
                break;
            }
        taken = j;
        i = j;
        if (i < s.size() && (s[i] == U',' || s[i] == U'至' || s[i] == U'-')) {
            if (i + 1 < s.size() && is_ascii_digit(s[i + 1])) ++i;
        }
    }
    return taken;
}

std::u32string_view strip_trailing(std::u32string_view s) {
    bool changed = true;
    while (changed && !s.empty()) {
        changed = false;
        s = trim(s);
        while (!s.empty() && (is_punct(s.back()) || s.back() == U'“' || s.back() == U'‘')) {
            s.remove_suffix(1);
            changed = true;
        }
        for (auto w : kTrailing)
            if (s.size() > w.size() && ends_with(s, w)) {
                s.remove_suffix(w.size());
                changed = true;
                break;
            }
    }
    return s;
}

std::u32string clean_category(std::u32string_view s) {
    s = strip_lead_punct(trim(s));
    if (s.size() > 2 && s.front() == U'的') s = trim(s.substr(1));  // "发布的公告信息" after its verb
    if (s.size() >= 2 && s.front() == U'《' && s.back() == U'》' && s.find(U'《', 1) == std::u32string_view::npos)
        s = s.substr(1, s.size() - 2);
    // "简政放权工作" counts batches of 简政放权.
    if (s.size() > 4 && ends_with(s, U"工作")) s.remove_suffix(2);
    std::u32string out(s);
    return out;
}

// A place as a clause's subject: 星海区, 青禾县白石乡, 东湖街道 (three characters at least, so
// that 社区, 城区 and the like are not places).
bool is_place_name(std::u32string_view c) {
    if (c.size() < 3 || c.size() > 8) return false;
    for (char32_t ch : c)
        if (!is_han(ch)) return false;
    for (std::u32string_view noun : {U"社区", U"小区", U"园区", U"景区", U"辖区", U"城区", U"山区", U"库区", U"地区",
                                     U"片区", U"街区", U"城市", U"超市", U"城镇", U"乡镇", U"村镇", U"集镇", U"县区", U"镇区"})
        if (ends_with(c, noun)) return false;
    if (c[0] == U'各' || c[0] == U'全' || c[0] == U'我' || c[0] == U'本') return false;
    if (ends_with(c, U"街道")) return true;
    return std::u32string_view(U"省市县区州旗乡镇").find(c.back()) != std::u32string_view::npos;
}

// Several bodies named as one subject, followed by a verb: 各县区, 各镇区, 各乡镇, 各街道 (the
// places under the issuer) and 市直各部门, 县直单位 (the departments directly under it).
std::size_t several_bodies(std::u32string_view p) {
    std::size_t n = 0;
    if (p.size() > 2 && p[0] == U'各') {
        for (std::u32string_view places : {U"县市区", U"县区", U"镇区", U"乡镇", U"镇街", U"街道", U"县", U"区", U"乡", U"镇"})
            if (starts_at(p, 1, places)) { n = 1 + places.size(); break; }
    } else if (p.size() > 3 && p[1] == U'直' && std::u32string_view(U"省市县区").find(p[0]) != std::u32string_view::npos) {
        for (std::u32string_view bodies : {U"各部门", U"各单位", U"部门", U"单位"})
            if (starts_at(p, 2, bodies)) { n = 2 + bodies.size(); break; }
    }
    if (n == 0) return 0;
    const auto rest = p.substr(n);
    return (match_prefix(rest, kVerbs) || match_prefix(rest, kOpeners) || match_prefix(rest, kAdverbs)) ? n : 0;
}

}  // namespace

bool is_department_name(std::u32string_view c) {
    c = trim(c);
    if (c.size() < 2 || c.size() > 20) return false;
    for (char32_t ch : c)
        if (ch == U'的' || ch == U'《' || ch == U'“' || ch == U',' || ch == U'、' || ch == U'。' || is_ascii_digit(ch))
            return false;
    for (auto w : kNotBodies)
        if (ends_with(c, w)) return false;
    if (self_prefix(c) == c.size()) return false;
    if (match_prefix(c, kVerbs) != 0 || match_prefix(c, kInstruments) != 0) return false;
    for (auto suffix : kBodySuffixes)
        if (c.size() > suffix.size() && ends_with(c, suffix)) return true;
    return false;
}

ClauseReading read_clause(std::u32string_view pre, std::u32string_view after) {
    ClauseReading r;
    std::u32string_view p = strip_lead_punct(trim(pre));
    for (auto w : kDisclosure)
        if (contains(p, w)) r.disclosure_verb = true;

    // Openers, time phrases, 其中, "一是".
    bool changed = true;
    while (changed && !p.empty()) {
        changed = false;
        if (starts_at(p, 0, U"其中")) {
            r.qizhong = true;
            p = strip_lead_punct(p.substr(2));
            changed = true;
        }
        if (std::size_t n = match_prefix(p, kOpeners)) {
            p = strip_lead_punct(p.substr(n));
            changed = true;
        }
        if (std::size_t n = time_prefix(p)) {
            p = strip_lead_punct(p.substr(n));
            changed = true;
        }
        if (p.size() >= 2 && is_chinese_numeral(p[0]) && p[1] == U'是') {
            p = strip_lead_punct(p.substr(2));
            changed = true;
        }
    }

    // Subject: the report's own body, or a department followed by a verb.
    if (std::size_t n = self_prefix(p)) {
        r.self_subject = true;
        p = p.substr(n);
        if (starts_at(p, 0, U"各级各部门")) p = p.substr(5);
        else if (starts_at(p, 0, U"各部门")) p = p.substr(3);
    } else if (std::size_t n = several_bodies(p)) {
        // "市直各部门主动公开…", "各县区受理…": another body's total in the same report, not the
        // issuer's own and not the department named before it.
        r.department = std::u32string(p.substr(0, n));
        r.place_subject = true;
        p = p.substr(n);
    } else if (!p.empty() && p[0] == U'各') {
        // 各部门 / 各单位 followed by a verb: a collective subject.
        for (std::size_t k = 2; k < p.size() && k <= 8; ++k)
            if (match_prefix(p.substr(k), kVerbs)) {
                r.self_subject = true;
                p = p.substr(k);
                break;
            }
    } else {
        for (std::size_t k = 2; k < p.size() && k <= 20; ++k) {
            const auto rest = p.substr(k);
            if (!match_prefix(rest, kVerbs) && !match_prefix(rest, kInstruments) && !match_prefix(rest, kOpeners) &&
                !match_prefix(rest, kAdverbs) && !time_prefix(rest))
                continue;
            // "星海区全年主动公开…", "白石乡主动公开…": a place as subject, read like a body; the
            // importer clears it when it is the report's own region (known only after metadata).
            if (is_place_name(p.substr(0, k))) {
                r.department = std::u32string(p.substr(0, k));
                r.place_subject = true;
                p = p.substr(k);
                break;
            }
            if (is_department_name(p.substr(0, k))) {
                // "星海区人民政府全年主动公开…": the government itself is the report's own body.
                if (ends_with(p.substr(0, k), U"人民政府")) r.self_subject = true;
                else r.department = std::u32string(p.substr(0, k));
                p = p.substr(k);
                break;
            }
        }
    }
    // Openers and time phrases may also follow the subject ("我县全年共…", "本机关2021年主动公开…").
    for (bool more = true; more && !p.empty();) {
        more = false;
        if (std::size_t n = match_prefix(p, kOpeners)) { p = strip_lead_punct(p.substr(n)); more = true; }
        if (std::size_t n = time_prefix(p)) { p = strip_lead_punct(p.substr(n)); more = true; }
    }

    // Instrument phrase up to its verb: "通过以会代训形式开展培训" -> 开展培训.
    // The last verb: one inside the instrument's name (镇政务公开栏) is not its verb.
    if (std::size_t n = match_prefix(p, kInstruments)) {
        std::size_t verb = 0;
        for (std::size_t k = n; k < p.size(); ++k)
            if (match_prefix(p.substr(k), kVerbs) >= 2) verb = k;
        if (verb) p = p.substr(verb);
    }

    // Verbs and adverbs.
    changed = true;
    while (changed && !p.empty()) {
        changed = false;
        if (match_prefix(p, kTotalWords) != 0) r.total_word = true;
        if (std::size_t a = match_prefix(p, kAfterVerbs); a != 0 && starts_at(p, a, U"后")) {
            p = strip_lead_punct(p.substr(a + 1));
            changed = true;
            continue;
        }
        std::size_t n = match_prefix(p, kStripVerbs);
        if (n == 0) n = match_prefix(p, kAdverbs);
        if (n != 0) {
            p = p.substr(n);
            if (starts_at(p, 0, U"了")) p = p.substr(1);
            p = strip_lead_punct(p);
            changed = true;
        }
    }

    // Bounds and estimates.
    for (const auto& q : kQualifiers) {
        std::size_t at = std::u32string_view::npos;
        if (q.only_last) {
            if (ends_with(p, q.word)) at = p.size() - q.word.size();
        } else {
            at = p.find(q.word);
        }
        if (at == std::u32string_view::npos) continue;
        r.qualifier = q.meaning;
        const std::u32string_view head = strip_trailing(p.substr(0, at));
        p = head.empty() ? p.substr(at + q.word.size()) : head;
        break;
    }

    p = strip_trailing(p);
    // Shares: 占比, 占, 所占比例, 占总数的.
    if (!p.empty()) {
        const std::size_t paren = p.rfind(U'(');
        if (paren != std::u32string_view::npos && paren + 1 < p.size() && p[paren + 1] == U'占') p = p.substr(paren + 1);
    }
    if (p.empty() == false && (p[0] == U'占' || p == U"所占比例" || p == U"比例" || p == U"比重" || p == U"所占比重")) {
        r.share_word = true;
        p = {};
    } else if (ends_with(p, U"占比") && p.size() > 2) {
        r.share_word = true;
        p = strip_trailing(p.substr(0, p.size() - 2));
    }
    // "因政府信息公开引发行政复议2件": what was counted follows the cause.
    for (std::u32string_view cause : {U"引发", U"引起", U"提起"}) {
        const std::size_t at = p.rfind(cause);
        if (at != std::u32string_view::npos && at + cause.size() < p.size() && (p[0] == U'因' || contains(p, U"因")))
            p = p.substr(at + cause.size());
    }
    // "区政府门户网站公开2980条": the channel, without its verb.
    for (std::u32string_view verb : {U"公开", U"发布", U"公布"}) {
        if (!(p.size() > verb.size() + 1 && ends_with(p, verb))) continue;
        const std::u32string_view head = p.substr(0, p.size() - verb.size());
        for (std::u32string_view channel : {U"网站", U"微博", U"微信", U"平台", U"新媒体", U"客户端", U"专栏", U"公众号", U"报", U"电视台", U"电台", U"栏"})
            if (ends_with(head, channel)) {
                p = head;
                break;
            }
    }
    if (match_prefix(p, kVerbs) == p.size()) p = {};  // "共涉及33家单位": the verb alone
    // A table row "区财政局\t312条": the body alone, nothing said about what was counted.
    if (r.department.empty() && !r.self_subject && is_department_name(p)) {
        r.department = std::u32string(p);
        p = {};
    }
    r.category = clean_category(p);

    if (r.category.empty() && !r.share_word) {
        std::u32string_view a = trim(after);
        if (starts_at(a, 0, U"的")) a = a.substr(1);
        if (a.size() > 20) a = a.substr(0, 20);
        bool digits = false;
        for (char32_t ch : a) digits = digits || is_ascii_digit(ch);
        if (!a.empty() && !digits) {
            r.category = clean_category(strip_trailing(a));
            r.category_after = !r.category.empty();
        }
    }
    return r;
}

}  // namespace gongkai::import_detail
