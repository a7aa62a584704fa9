// export_header_test.cpp — the figures CSV's header row in the reader's words (Chinese or
// English), or the machine names a program relies on; the rows are the same either way.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/export.hpp"
#include "fixtures.hpp"

namespace gongkai {
namespace {

std::string first_line(const std::string& csv) { return csv.substr(3, csv.find("\r\n") - 3); }
std::string after_header(const std::string& csv) { return csv.substr(csv.find("\r\n")); }

TEST(FiguresCsvHeader, ReaderWordsInEitherLanguageOrMachineNames) {
    const std::vector<Report> reports{test::report("xinghai-2022", {test::fig("a", 12), test::fig("b", 5)}, "星海区", 2022)};
    const std::string machine = figures_csv(reports, {}, CsvHeader::Machine);
    const std::string zh = figures_csv(reports, {}, CsvHeader::Chinese);
    const std::string en = figures_csv(reports, {}, CsvHeader::English);
    EXPECT_EQ(first_line(machine).rfind("report_id,region,year,figure_id,area,", 0), 0u);
    EXPECT_EQ(first_line(zh).rfind("报告编号,地区,年度,数据编号,领域,", 0), 0u);
    EXPECT_EQ(first_line(en).rfind("Report id,Region,Year,Figure id,Area,", 0), 0u);
    EXPECT_EQ(first_line(en).find('_'), std::string::npos) << "no snake_case for readers: " << first_line(en);
    // The same number of columns, the same rows.
    auto commas = [](const std::string& s) { return std::count(s.begin(), s.end(), ','); };
    EXPECT_EQ(commas(first_line(machine)), commas(first_line(en)));
    EXPECT_EQ(commas(first_line(machine)), commas(first_line(zh)));
    EXPECT_EQ(after_header(machine), after_header(en));
    EXPECT_EQ(after_header(machine), after_header(zh));
    // The Language overload keeps its meaning: English is the machine names (the CLI's CSV).
    EXPECT_EQ(figures_csv(reports, {}, Language::English), machine);
    EXPECT_EQ(figures_csv(reports, {}, Language::Chinese), zh);
}

}  // namespace
}  // namespace gongkai
