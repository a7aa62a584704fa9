#include "synthetic.hpp"

#include <array>
#include <string_view>

namespace gongkai::bench {
namespace {

// SplitMix64: tiny, fast, and identical on every platform.
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

constexpr std::array<std::string_view, 8> kAreas = {"稳增长", "促改革", "调结构", "惠民生",
                                                    "防风险", "主动公开", "政策解读", "依申请公开"};
constexpr std::array<std::string_view, 12> kTopics = {
    "预期引导", "减税降费降成本", "重大建设项目", "放管服改革", "国资国企改革", "财税体制改革",
    "新产业新动能", "消费升级", "扶贫脱贫和社会救助", "环境保护", "教育卫生", "安全生产"};
constexpr std::array<std::string_view, 14> kDepartments = {
    "市财政局", "市统计局", "市审计局", "市发改委", "市人社局", "市农委", "市国税局",
    "市商务局", "市质监局", "市民政局", "市环保局", "市教育局", "市卫计委", "市住建委"};
constexpr std::array<std::string_view, 12> kCategories = {
    "财政收支信息", "统计数据分析信息", "审计结果信息", "服务收费信息", "社会保险运行信息",
    "项目审批信息", "政府债务信息", "财政预决算信息", "就业创业政策信息", "环境治理信息",
    "义务教育信息", "安全生产监管信息"};
constexpr std::array<std::string_view, 10> kProvinces = {"辽宁省", "吉林省", "河北省", "山东省", "江苏省",
                                                         "浙江省", "福建省", "广东省", "四川省", "湖南省"};
constexpr std::array<std::string_view, 10> kCities = {"阜新市", "鞍山市", "保定市", "潍坊市", "徐州市",
                                                      "绍兴市", "泉州市", "佛山市", "绵阳市", "岳阳市"};

void append_string(std::string& out, std::string_view s) {
    out += '"';
    out += s;
    out += '"';
}

}  // namespace

std::string synthetic_collection_json(std::size_t reports, std::size_t figures_per_report,
                                      std::uint64_t seed) {
    Rng rng{seed};
    std::string out;
    out.reserve(reports * figures_per_report * 330 + 64);
    out += "{\"format\":\"gongkai.collection\",\"version\":1,\"reports\":[";
    for (std::size_t r = 0; r < reports; ++r) {
        if (r) out += ',';
        const std::size_t city = rng.below(kCities.size());
        const int year = 2010 + static_cast<int>(r % 14);
        const std::string id = "r" + std::to_string(r);
        out += "{\"format\":\"gongkai.report\",\"version\":1,\"id\":\"" + id + "\",\"meta\":{\"title\":";
        append_string(out, std::string(kCities[city]) + std::to_string(year) + "年政府信息公开工作年度报告");
        out += ",\"issuer\":";
        append_string(out, std::string(kCities[city]) + "人民政府");
        out += ",\"region\":{\"name\":";
        append_string(out, kCities[city]);
        out += ",\"level\":\"city\",\"parent\":";
        append_string(out, kProvinces[city]);
        out += "},\"year\":" + std::to_string(year) + ",\"language\":\"zh-Hans\",\"template\":\"narrative\"},";
        out += "\"figures\":[";
        // Blocks of one total followed by its parts, like "公开……N条,其中……". Only totals carry
        // a quote, which keeps 10,000 reports near the 110 MB of the reference runs.
        std::size_t f = 0;
        while (f < figures_per_report) {
            const std::size_t area = rng.below(kAreas.size());
            const std::size_t topic = rng.below(kTopics.size());
            const std::size_t parts = 2 + rng.below(4);
            const std::string total_id = "f" + std::to_string(f);
            std::string parts_json;
            std::uint64_t sum = 0;
            for (std::size_t p = 0; p < parts && f + 1 + p < figures_per_report; ++p) {
                const std::size_t dep = rng.below(kDepartments.size());
                const std::size_t cat = rng.below(kCategories.size());
                const std::uint64_t value = 1 + rng.below(300);
                sum += value;
                parts_json += ",{\"id\":\"f" + std::to_string(f + 1 + p) + "\",\"area\":";
                append_string(parts_json, kAreas[area]);
                parts_json += ",\"topic\":";
                append_string(parts_json, kTopics[topic]);
                parts_json += ",\"department\":";
                append_string(parts_json, kDepartments[dep]);
                parts_json += ",\"category\":";
                append_string(parts_json, kCategories[cat]);
                parts_json += ",\"value\":" + std::to_string(value) +
                              ",\"unit\":\"条\",\"measure\":\"published\",\"parent\":\"" + total_id +
                              "\"}";
            }
            // One block in seven misstates its total, as real reports sometimes do.
            const std::uint64_t stated = rng.below(7) == 0 ? sum + 3 : sum;
            if (f) out += ',';
            out += "{\"id\":\"" + total_id + "\",\"area\":";
            append_string(out, kAreas[area]);
            out += ",\"topic\":";
            append_string(out, kTopics[topic]);
            out += ",\"category\":";
            append_string(out, std::string(kTopics[topic]) + "信息");
            out += ",\"value\":" + std::to_string(stated) +
                   ",\"unit\":\"条\",\"measure\":\"published\",\"quote\":{\"text\":";
            append_string(out, "公开" + std::string(kTopics[topic]) + "信息" + std::to_string(stated) + "条");
            out += "}}";
            out += parts_json;
            f += 1 + parts;
        }
        out += "]}";
    }
    out += "]}\n";
    return out;
}

}  // namespace gongkai::bench
