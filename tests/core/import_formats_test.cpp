// Import of reports as sites publish them: CMS pages, saved pages, .mhtml, .docx, .ofd.
//
// tests/data/import-formats/ holds one fictional report (星海区 2022, made up for these tests)
// in every format, written by gen_formats.py beside it, and expected.json: the figures its prose
// states and every table cell. Each format must give exactly those, cell by cell; the damaged
// page must keep the rows whose cells do not line up aside (absent, with a located warning),
// never put their numbers in other columns. Precision/recall per format is printed
// (ctest -V -R ImportFormats).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <zlib.h>

#include "core/import.hpp"
#include "core/import_html.hpp"
#include "core/import_text.hpp"
#include "native/zlib_inflate.hpp"
#include "test_paths.hpp"

namespace gongkai {
namespace {

using import_detail::html_to_text;
using import_detail::u32_to_utf8;
using import_detail::utf8_to_u32;
using test::read_file;
using test::source_path;

ImportResult import_file(const std::string& name) {
    const std::string bytes = read_file(source_path("tests/data/import-formats/" + name));
    ImportOptions options;
    options.file_name = name;
    options.inflate = zlib_inflate;
    return import_text(bytes, options);
}

// Every cell the tables hold, keyed like expected.json ("applications/new/total").
std::map<std::string, double> cells_of(const TemplateTables& t) {
    std::map<std::string, double> out;
    for (const auto& row : t.proactive)
        for (const auto& [column, value] : row.columns) out["proactive/" + row.item + "/" + column] = value;
    for (const auto& [key, row] : t.applications)
        for (std::size_t k = 0; k < row.size(); ++k)
            if (row[k]) out["applications/" + key + "/" + kApplicationColumns[k]] = *row[k];
    auto cases = [&](const char* kind, const std::optional<CaseOutcomes>& c) {
        if (!c) return;
        const std::optional<double>* v[] = {&c->maintained, &c->corrected, &c->other, &c->pending, &c->total};
        const char* keys[] = {"maintained", "corrected", "other", "pending", "total"};
        for (int k = 0; k < 5; ++k)
            if (*v[k]) out[std::string(kind) + "/" + keys[k]] = **v[k];
    };
    cases("review", t.review);
    cases("litigation_direct", t.litigation_direct);
    cases("litigation_after_review", t.litigation_after_review);
    return out;
}

struct Score {
    std::size_t figures_expected = 0, figures_read = 0, figures_matched = 0;
    std::size_t cells_expected = 0, cells_right = 0, cells_wrong = 0, cells_missing = 0, cells_extra = 0;
    std::size_t set_aside = 0;
};

Score score(const std::string& file, const nlohmann::json& expected, const ImportResult& r) {
    Score s;
    // Figures: (value, unit) pairs, each expected one matched at most once.
    std::vector<std::pair<double, std::string>> want;
    for (const auto& f : expected["figures"]) want.emplace_back(f[0].get<double>(), f[1].get<std::string>());
    s.figures_expected = want.size();
    s.figures_read = r.report->figures.size();
    for (const auto& f : r.report->figures) {
        auto it = std::find(want.begin(), want.end(), std::make_pair(f.value, std::string(f.unit)));
        if (it != want.end()) {
            ++s.figures_matched;
            want.erase(it);
        } else {
            ADD_FAILURE() << file << ": figure not in the report: " << f.value << std::string(f.unit) << " (" << (f.quote ? std::string(f.quote->text) : "") << ")";
        }
    }
    for (const auto& [v, u] : want) ADD_FAILURE() << file << ": figure missed: " << v << u;

    std::vector<std::string> kept_aside;
    for (const auto& k : expected["files"][file]["kept_aside_rows"]) kept_aside.push_back(k.get<std::string>());
    auto aside = [&](const std::string& key) {
        for (const auto& row : kept_aside)
            if (key.rfind("applications/" + row + "/", 0) == 0) return true;
        return false;
    };
    const auto got = r.report->tables ? cells_of(*r.report->tables) : std::map<std::string, double>{};
    for (const auto& [key, value] : expected["cells"].items()) {
        if (aside(key)) continue;
        ++s.cells_expected;
        const auto it = got.find(key);
        if (it == got.end()) {
            ++s.cells_missing;
            ADD_FAILURE() << file << ": cell missing: " << key;
        } else if (it->second == value.get<double>()) {
            ++s.cells_right;
        } else {
            ++s.cells_wrong;
            ADD_FAILURE() << file << ": cell " << key << " is " << it->second << ", expected " << value.get<double>();
        }
    }
    for (const auto& [key, value] : got)
        if (!expected["cells"].contains(key) || aside(key)) {
            ++s.cells_extra;  // a number placed where none belongs: the worst outcome
            ADD_FAILURE() << file << ": cell that should not be there: " << key << " = " << value;
        }
    for (const auto& d : r.diagnostics)
        if (d.what.code == "import.html.row_set_aside") {
            ++s.set_aside;
            EXPECT_GT(d.line, 0) << file << ": a kept-aside row's warning says where it is";
        }
    EXPECT_EQ(s.set_aside, kept_aside.size()) << file;
    return s;
}

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b); }

TEST(ImportFormats, EveryFormatGivesTheReportCellByCell) {
    const auto expected = nlohmann::json::parse(read_file(source_path("tests/data/import-formats/expected.json")));
    std::printf("%-18s %9s %9s %14s %6s %6s %8s %6s %9s\n", "format", "precision", "recall", "cells right", "wrong",
                "missing", "misplaced", "aside", "format id");
    for (const auto& [file, spec] : expected["files"].items()) {
        SCOPED_TRACE(file);
        const ImportResult r = import_file(file);
        ASSERT_TRUE(r.report.has_value()) << file << ": " << (r.diagnostics.empty() ? "" : r.diagnostics.front().message);
        EXPECT_EQ(r.report->meta.template_version, "2021");
        EXPECT_EQ(r.report->meta.year.value_or(0), 2022);
        const Score s = score(file, expected, r);
        std::printf("%-18s %8.1f%% %8.1f%% %6zu/%-7zu %6zu %6zu %8zu %6zu %9s\n", file.c_str(),
                    100 * ratio(s.figures_matched, s.figures_read), 100 * ratio(s.figures_matched, s.figures_expected),
                    s.cells_right, s.cells_expected, s.cells_wrong, s.cells_missing, s.cells_extra, s.set_aside,
                    r.source_format.c_str());
        // Every table cell read keeps where its digits are in the text.
        const std::u32string text = utf8_to_u32(r.report->text);
        for (const auto& [pointer, quote] : r.report->tables->sources) {
            ASSERT_TRUE(quote.start && quote.end) << pointer;
            ASSERT_LE(*quote.end, static_cast<std::int64_t>(text.size())) << pointer;
            EXPECT_EQ(u32_to_utf8(std::u32string_view(text).substr(static_cast<std::size_t>(*quote.start),
                                                                 static_cast<std::size_t>(*quote.end - *quote.start))),
                      std::string(quote.text))
                << pointer;
        }
        if (file.find("cms-") == 0 || file.find(".mhtml") != std::string::npos) {
            // Page chrome is not report text.
            for (const char* chrome : {"点击数", "打印本页", "分享到", "首页 >", "主办单位", "visits"})
                EXPECT_EQ(r.report->text.find(chrome), std::string::npos) << file << " keeps " << chrome;
        }
    }
}

TEST(ImportFormats, DamagedRowsAreKeptAsideWithTheirCellsInTheWarning) {
    const ImportResult r = import_file("cms-damaged.html");
    ASSERT_TRUE(r.report);
    std::vector<std::string> texts;
    for (const auto& d : r.diagnostics)
        if (d.what.code == "import.html.row_set_aside") texts.push_back(d.to_string(Language::Chinese));
    ASSERT_EQ(texts.size(), 3u);
    EXPECT_NE(texts[0].find("部分公开"), std::string::npos) << texts[0];
    EXPECT_NE(texts[0].find("数字上方没有列标题"), std::string::npos) << texts[0];
    EXPECT_NE(texts[1].find("本机关不掌握"), std::string::npos) << texts[1];
    EXPECT_NE(texts[1].find("行列与其列标题不一致"), std::string::npos) << texts[1];
    EXPECT_NE(texts[2].find("重复申请"), std::string::npos) << texts[2];
    EXPECT_NE(texts[2].find("数字之后还有文字"), std::string::npos) << texts[2];
    EXPECT_FALSE(r.report->tables->applications.count("partially_granted"));
}

TEST(ImportFormats, GridSpansNestedTablesAndInlineMarkup) {
    // A header over two columns, a label over two rows, numbers wrapped in markup and padding.
    const std::u32string html =
        U"<table><tr><td><table>"
        U"<tr><td rowspan=2>信息内容</td><td colspan=2><p>本年<br>处理</p></td></tr>"
        U"<tr><td>甲</td><td>乙</td></tr>"
        U"<tr><td><span>行政许可</span></td><td><p><font>&nbsp;12&nbsp;</font></p></td><td><strong>3</strong></td><td></td></tr>"
        U"</table></td></tr></table>";
    EXPECT_EQ(u32_to_utf8(html_to_text(html).text), "信息内容\t本年处理\n甲\t乙\n行政许可\t12\t3\n");
    // A number over two columns whose heading covers one: kept aside, never split or guessed.
    const std::u32string bad =
        U"<table><tr><td>信息内容</td><td>甲</td><td>乙</td></tr>"
        U"<tr><td>行政许可</td><td colspan=2>12</td></tr></table>";
    const auto t = html_to_text(bad);
    ASSERT_EQ(t.set_aside.size(), 1u);
    EXPECT_EQ(t.set_aside[0].line, 2u);
    EXPECT_EQ(t.set_aside[0].reason, "span");
    EXPECT_EQ(u32_to_utf8(t.text), "信息内容\t甲\t乙\n行政许可\n");
}

TEST(ImportFormats, HostileSpansAndNestingStayBounded) {
    // Spans far past any real table, thousands of rows, tables nested deeper than the reader
    // follows, unclosed cells: bounded work, no crash, the text still there.
    std::u32string html = U"<table>";
    for (int r = 0; r < 2000; ++r) html += U"<tr><td rowspan=999999 colspan=999999>第二十条 1</td><td>2</td></tr>";
    html += U"</table>";
    for (int k = 0; k < 100; ++k) html += U"<table><tr><td>";
    html += U"信息内容";
    const auto t = html_to_text(html);
    EXPECT_NE(u32_to_utf8(t.text).find("信息内容"), std::string::npos);
    EXPECT_LT(t.text.size(), std::size_t{1} << 20);
}

TEST(ImportFormats, ContentContainerAndChromeLines) {
    const std::u32string html =
        U"<html><head><title>青禾县报告</title></head><body><nav>首页 政务公开</nav>"
        U"<div class=\"crumb\">首页 &gt; 政务公开</div>"
        U"<div id=\"zoom\"><p>发布时间：2023-01-05</p><p>青禾县2022年政府信息公开工作年度报告正文很长很长很长很长</p>"
        U"<p>主动公开政府信息十二条。</p><p>【打印】【关闭】</p></div><footer>主办：青禾县</footer></body></html>";
    const auto t = html_to_text(html);
    EXPECT_TRUE(t.content_container);
    EXPECT_EQ(t.chrome_lines, 2u);
    EXPECT_EQ(u32_to_utf8(t.text), "青禾县报告\n青禾县2022年政府信息公开工作年度报告正文很长很长很长很长\n主动公开政府信息十二条。\n");
}

// A ZIP with one deflated entry, built with zlib.
std::string zip_with(const std::string& name, const std::string& deflated, std::size_t unpacked) {
    auto le16 = [](std::string& s, unsigned v) { s.push_back(char(v & 0xFF)); s.push_back(char((v >> 8) & 0xFF)); };
    auto le32 = [&](std::string& s, unsigned v) { le16(s, v & 0xFFFF); le16(s, v >> 16); };
    std::string z;
    le32(z, 0x04034b50); le16(z, 20); le16(z, 0); le16(z, 8); le32(z, 0); le32(z, 0);
    le32(z, static_cast<unsigned>(deflated.size())); le32(z, static_cast<unsigned>(unpacked));
    le16(z, static_cast<unsigned>(name.size())); le16(z, 0);
    z += name + deflated;
    const std::size_t cd = z.size();
    le32(z, 0x02014b50); le16(z, 20); le16(z, 20); le16(z, 0); le16(z, 8); le32(z, 0); le32(z, 0);
    le32(z, static_cast<unsigned>(deflated.size())); le32(z, static_cast<unsigned>(unpacked));
    le16(z, static_cast<unsigned>(name.size())); le16(z, 0); le16(z, 0); le16(z, 0); le16(z, 0); le32(z, 0); le32(z, 0);
    z += name;
    const std::size_t cd_size = z.size() - cd;
    le32(z, 0x06054b50); le16(z, 0); le16(z, 0); le16(z, 1); le16(z, 1);
    le32(z, static_cast<unsigned>(cd_size)); le32(z, static_cast<unsigned>(cd)); le16(z, 0);
    return z;
}

TEST(ImportFormats, ZipBombIsRefusedAtTheLimit) {
    // 96 MiB of zeros (more than the 64 MiB an entry may unpack to) deflate to under 100 KB.
    z_stream s{};
    ASSERT_EQ(deflateInit2(&s, 1, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY), Z_OK);
    std::string out(1 << 20, '\0');
    std::string deflated;
    const std::string zeros(1 << 20, '\0');
    for (int k = 0; k < 96; ++k) {
        s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
        s.avail_in = static_cast<uInt>(zeros.size());
        do {
            s.next_out = reinterpret_cast<Bytef*>(out.data());
            s.avail_out = static_cast<uInt>(out.size());
            deflate(&s, k == 95 ? Z_FINISH : Z_NO_FLUSH);
            deflated.append(out.data(), out.size() - s.avail_out);
        } while (s.avail_out == 0);
    }
    deflateEnd(&s);
    ASSERT_LT(deflated.size(), std::size_t{1} << 20);
    const std::string zip = zip_with("word/document.xml", deflated, 0);
    ImportOptions options;
    options.file_name = "bomb.docx";
    options.inflate = zlib_inflate;
    const ImportResult r = import_text(zip, options);
    EXPECT_FALSE(r.report);
    ASSERT_FALSE(r.diagnostics.empty());
    EXPECT_EQ(r.diagnostics.front().what.code, "import.zip.too_large");
    EXPECT_NE(r.diagnostics.front().to_string(Language::English).find("ZIP bomb"), std::string::npos);
}

TEST(ImportFormats, LegacyAndDamagedFilesGetAClearError) {
    ImportOptions options;
    options.inflate = zlib_inflate;
    options.file_name = "report.doc";
    const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" "0000000000000000", 24);
    ImportResult r = import_text(ole, options);
    ASSERT_FALSE(r.report);
    EXPECT_EQ(r.diagnostics.front().what.code, "import.legacy_office");
    EXPECT_NE(r.diagnostics.front().to_string(Language::Chinese).find("另存为.docx"), std::string::npos);
    options.file_name = "report.wps";
    r = import_text(ole, options);
    EXPECT_NE(r.diagnostics.front().to_string(Language::English).find("save it as .docx"), std::string::npos);

    std::string docx = read_file(source_path("tests/data/import-formats/report.docx"));
    options.file_name = "cut.docx";
    r = import_text(docx.substr(0, docx.size() / 2), options);
    ASSERT_FALSE(r.report);
    EXPECT_EQ(r.diagnostics.front().what.code, "import.zip.damaged");
    // Without an inflater (a build with none), a compressed archive is refused, not misread.
    options.inflate = nullptr;
    r = import_text(docx, options);
    ASSERT_FALSE(r.report);
    EXPECT_EQ(r.diagnostics.front().what.code, "import.zip.no_inflate");
}

// The page's glue unpacks with DecompressionStream and hands over this bundle: same report.
TEST(ImportFormats, UnpackedBundleReadsLikeTheArchive) {
    for (const char* name : {"report.docx", "report.ofd"}) {
        const std::string zip = read_file(source_path(std::string("tests/data/import-formats/") + name));
        std::vector<ZipEntry> entries;
        Message error("import.zip.damaged");
        ASSERT_TRUE(read_zip(zip, zlib_inflate, [](std::string_view) { return true; }, ZipLimits{}, entries, error));
        std::string bundle(kUnpackedZipMagic);
        for (const auto& e : entries)
            bundle += std::to_string(e.name.size()) + "\n" + e.name + std::to_string(e.data.size()) + "\n" + e.data;
        ImportOptions options;
        options.file_name = name;
        const ImportResult a = import_text(bundle, options);
        const ImportResult b = import_file(name);
        ASSERT_TRUE(a.report && b.report) << name;
        EXPECT_EQ(a.report->text, b.report->text);
        EXPECT_EQ(cells_of(*a.report->tables), cells_of(*b.report->tables));
    }
}

}  // namespace
}  // namespace gongkai
