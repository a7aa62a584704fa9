// import_clause.hpp — reading the words around one count: who (department), what
// (category), and how the number is meant (a bound, a share, a total).
//
// "市财政局公开财政收支信息4条"  -> department 市财政局, category 财政收支信息
// "共调整行政职权121项"          -> category 行政职权, total word
// "开展3批简政放权工作"          -> category 简政放权工作 (read after the number)
// "解读比例已超过应解读文件的50%" -> category 解读比例, qualifier over
// "占比30.77%"                   -> a share of the count before it
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai::import_detail {

struct ClauseReading {
    std::u32string department;
    std::u32string category;
    std::string qualifier;        // over, under, about
    bool self_subject = false;    // 我市, 全市, 各部门: the report's own body, no department
    bool place_subject = false;   // department is a place (星海区): a whole body, whose departments are its parts
    bool share_word = false;      // 占比, 占, 所占比例
    bool total_word = false;      // 共, 总计, 合计, 累计
    bool qizhong = false;         // starts with 其中 ("of which")
    bool disclosure_verb = false; // 公开, 发布, 公布, 公示 in the clause
    bool category_after = false;  // category read from the words after the number
};

// `pre`: the clause from its start up to the number; `after`: the words after the unit up to
// the next delimiter. Both from the simplified analysis text.
ClauseReading read_clause(std::u32string_view pre, std::u32string_view after);

// True when `name` looks like a government body (市财政局, 县卫健委, 政务服务中心).
bool is_department_name(std::u32string_view name);

}  // namespace gongkai::import_detail
