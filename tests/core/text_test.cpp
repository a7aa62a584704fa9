// text_test.cpp — Text: interned, shared, freed with its last copy, usable as a string.
#include "core/text.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

namespace gongkai {
namespace {

TEST(Text, EqualTextsShareOneEntry) {
    const std::size_t before = Text::distinct_count();
    const std::string built = std::string("市财政") + "局";
    Text a = "市财政局", b = built, c = std::string_view(built);
    EXPECT_EQ(a.data(), b.data());  // the same bytes, not equal copies
    EXPECT_EQ(a.data(), c.data());
    EXPECT_EQ(Text::distinct_count(), before + 1);
    Text other = "市审计局";
    EXPECT_NE(a, other);
    EXPECT_EQ(Text::distinct_count(), before + 2);
}

TEST(Text, TheLastCopyFreesTheEntry) {
    const std::size_t before = Text::distinct_count();
    {
        Text a = "只在这里出现一次的文字";
        Text copy = a;
        Text moved = std::move(copy);
        EXPECT_EQ(Text::distinct_count(), before + 1);
        a = "另一段文字";
        EXPECT_EQ(Text::distinct_count(), before + 2);  // `moved` still holds the first
    }
    EXPECT_EQ(Text::distinct_count(), before);
}

TEST(Text, EmptyIsNoEntry) {
    const std::size_t before = Text::distinct_count();
    Text a, b = "", c = std::string();
    EXPECT_TRUE(a.empty());
    EXPECT_TRUE(b.empty());
    EXPECT_EQ(a, b);
    EXPECT_EQ(a, "");
    EXPECT_EQ(c.size(), 0u);
    EXPECT_STREQ(a.c_str(), "");
    EXPECT_EQ(Text::distinct_count(), before);
}

TEST(Text, ReadsLikeAString) {
    Text t = "政府信息公开";
    const std::string& s = t;
    std::string_view v = t;
    EXPECT_EQ(s, "政府信息公开");
    EXPECT_EQ(v.size(), 18u);
    EXPECT_EQ(t, std::string("政府信息公开"));
    EXPECT_EQ(std::string("政府信息公开"), t);
    EXPECT_EQ("政府信息公开", t);
    EXPECT_NE(t, "政府信息");
    EXPECT_TRUE(t.starts_with("政府"));
    EXPECT_EQ(t.find("信息"), 6u);
    EXPECT_EQ(t + "工作", "政府信息公开工作");
    EXPECT_EQ("《" + t, "《政府信息公开");
    std::string joined = "年度";
    joined += t;
    EXPECT_EQ(joined, "年度政府信息公开");
    EXPECT_LT(Text("a"), Text("b"));
    EXPECT_LT(Text("a"), "b");
    std::map<Text, int> ordered{{"b", 2}, {"a", 1}};
    EXPECT_EQ(ordered.begin()->first, "a");
    std::unordered_set<Text> set{"x", "y", "x"};
    EXPECT_EQ(set.size(), 2u);
    EXPECT_EQ(std::hash<Text>{}(t), std::hash<std::string_view>{}("政府信息公开"));
}

// Many texts come and go in a random order: every survivor still reads back its own value
// (freeing shifts others within the table), and nothing is left over.
TEST(Text, SurvivesManyInsertsAndRemovals) {
    const std::size_t before = Text::distinct_count();
    std::mt19937 random(7);
    std::vector<Text> texts;
    std::vector<std::string> values;
    for (int round = 0; round < 20000; ++round) {
        if (!texts.empty() && random() % 3 == 0) {
            const std::size_t i = random() % texts.size();
            std::swap(texts[i], texts.back());
            std::swap(values[i], values.back());
            texts.pop_back();
            values.pop_back();
        } else {
            values.push_back("text-" + std::to_string(random() % 5000));
            texts.emplace_back(values.back());
        }
    }
    for (std::size_t i = 0; i < texts.size(); ++i) ASSERT_EQ(texts[i], values[i]) << i;
    std::unordered_set<std::string> distinct(values.begin(), values.end());
    EXPECT_EQ(Text::distinct_count(), before + distinct.size());
    texts.clear();
    EXPECT_EQ(Text::distinct_count(), before);
}

// Threads that intern, copy and drop the same few texts at once never lose or mix one up.
TEST(Text, ThreadsShareTheTableSafely) {
    const std::size_t before = Text::distinct_count();
    auto work = [](int seed) {
        std::vector<Text> kept;
        for (int i = 0; i < 20000; ++i) {
            const std::string value = "共享-" + std::to_string((i * 7 + seed) % 13);
            Text t = value;
            if (t != value) std::abort();
            kept.push_back(t);
            if (kept.size() > 50) kept.erase(kept.begin(), kept.begin() + 25);
        }
    };
    std::vector<std::thread> threads;
    for (int s = 0; s < 4; ++s) threads.emplace_back(work, s);
    for (auto& t : threads) t.join();
    EXPECT_EQ(Text::distinct_count(), before);
}

}  // namespace
}  // namespace gongkai
