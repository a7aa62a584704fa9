// import_measure.cpp — vocabulary that decides a figure's measure and a breakdown's name.
#include "core/import_measure.hpp"

#include <array>

#include "core/import_text.hpp"
#include "core/zero_phrases.hpp"

namespace gongkai::import_detail {
namespace {

template <std::size_t N>
bool any_in(std::u32string_view s, const std::array<std::u32string_view, N>& words) {
    for (auto w : words)
        if (contains(s, w)) return true;
    return false;
}

constexpr std::array<std::u32string_view, 8> kCaseWords = {U"复议", U"诉讼", U"举报", U"投诉", U"案件", U"起诉", U"申诉", U"信访"};
constexpr std::array<std::u32string_view, 9> kRequestWords = {U"依申请", U"申请", U"受理", U"办结", U"答复", U"予以公开", U"不予公开", U"部分公开", U"告知"};
constexpr std::array<std::u32string_view, 3> kWithheldWords = {U"不予公开", U"不公开", U"未公开"};
constexpr std::array<std::u32string_view, 10> kPublishedEnds = {U"信息", U"公报", U"文件", U"名录", U"目录", U"通知", U"政策", U"动态", U"公告", U"结果"};
constexpr std::array<std::u32string_view, 16> kPowerWords = {
    U"事项", U"清单", U"职权", U"权力", U"许可", U"处罚", U"强制", U"征收", U"给付", U"检查", U"确认", U"奖励",
    U"裁决", U"审批", U"权责", U"服务"};
constexpr std::array<std::u32string_view, 13> kOrgWords = {
    U"单位", U"部门", U"机构", U"企业", U"组织", U"乡镇", U"街道", U"社区", U"村", U"委", U"局", U"办", U"平台"};

}  // namespace

MeasureGuess guess_measure(std::u32string_view unit, std::u32string_view category, std::u32string_view area,
                           std::u32string_view clause, bool disclosure_verb) {
    if (unit == U"%") return {"share", true};
    if (unit == U"元" || unit == U"万元" || unit == U"亿元") return {"money", true};
    if (unit == U"人" || unit == U"人次" || unit == U"件次" || unit == U"名") return {"people", true};
    if (unit == U"批" || unit == U"批次" || unit == U"次" || unit == U"场" || unit == U"期") return {"activities", true};
    if (unit == U"家") return {"organisations", true};
    // Consultations (咨询, 来电, 来访) are neither applications nor cases, whatever the section.
    const bool countable_case = unit == U"条" || unit == U"件" || unit == U"篇" || unit == U"份" || unit == U"宗" || unit == U"起";
    if (countable_case && is_consultation(category)) return {"other", true};
    const bool in_requests = contains(area, U"依申请");
    const bool names_requests = any_in(category, kRequestWords) || contains(clause, U"依申请");
    if (unit == U"起") {
        // "收到政府信息公开申请3起": applications counted in 起 are requests.
        if (!any_in(category, kCaseWords) && names_requests) return {"requests", true};
        return {"cases", true};
    }
    if (unit == U"个") {
        if (any_in(category, kOrgWords)) return {"organisations", true};
        return {"other", false};
    }
    if (any_in(category, kCaseWords)) return {"cases", true};
    if (unit == U"项") {
        bool published_end = false;
        for (auto w : kPublishedEnds) published_end = published_end || ends_with(category, w);
        if (published_end) return {"published", true};
        if (any_in(category, kPowerWords)) return {"powers", true};
        if (disclosure_verb) return {"published", true};
        return {"other", false};
    }
    if (unit == U"条" || unit == U"件" || unit == U"篇" || unit == U"份" || unit == U"宗") {
        // "不予公开信息有5条": items withheld, not applications (no 申请 in the words).
        if (ends_with(category, U"信息") && any_in(category, kWithheldWords) && !contains(clause, U"申请"))
            return {"other", true};
        if (in_requests || names_requests) return {"requests", true};
        bool published_end = false;
        for (auto w : kPublishedEnds) published_end = published_end || ends_with(category, w);
        if (disclosure_verb || published_end || unit == U"条") return {"published", true};
        return {"published", false};
    }
    return {"other", false};
}

std::string breakdown_name(const std::vector<std::u32string>& categories) {
    static constexpr std::array<std::u32string_view, 5> kTimeliness = {U"按时", U"按期", U"延期", U"逾期", U"超期"};
    static constexpr std::array<std::u32string_view, 12> kChannel = {
        U"当面", U"网络", U"网上", U"在线", U"信函", U"来信", U"邮寄", U"传真", U"邮件", U"电话", U"现场", U"窗口"};
    static constexpr std::array<std::u32string_view, 12> kOutcome = {
        U"公开", U"不予", U"不属于", U"告知", U"不存在", U"无法", U"部分", U"转", U"撤回", U"答复", U"不掌握", U"其他"};
    std::size_t t = 0, c = 0, o = 0;
    for (const auto& cat : categories) {
        t += any_in(cat, kTimeliness);
        c += any_in(cat, kChannel);
        o += any_in(cat, kOutcome);
    }
    const std::size_t n = categories.size();
    if (n == 0) return "";
    if (t * 2 >= n && t >= c && t >= o) return "timeliness";
    if (c * 2 >= n && c >= o) return "channel";
    if (o * 2 >= n) return "outcome";
    return "";
}

}  // namespace gongkai::import_detail
