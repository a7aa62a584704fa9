// finding_cells_test.cpp — the cells an audit finding involves, from its rule and location, on
// fictional tables built here with one broken identity each.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/audit.hpp"
#include "core/finding_cells.hpp"

namespace gongkai {
namespace {

ApplicationRow row(double natural, double total) {
    ApplicationRow r{};
    r[0] = natural;
    for (std::size_t c = 1; c < 6; ++c) r[c] = 0;
    r[6] = total;
    return r;
}

Report report_2021() {
    Report r;
    r.id = "xinghai-2021";
    r.meta.template_version = "2021";
    TemplateTables t;
    t.applications["new"] = row(10, 10);
    t.applications["carried_over"] = row(1, 1);
    t.applications["granted"] = row(6, 6);
    t.applications["denied.state_secret"] = row(2, 2);
    t.applications["total"] = row(8, 8);
    t.applications["carried_forward"] = row(3, 3);
    t.review = CaseOutcomes{1, 0, 0, 0, 2};
    r.tables = t;
    return r;
}

Finding finding(std::string rule, std::string location) {
    Finding f;
    f.rule = std::move(rule);
    f.location = std::move(location);
    return f;
}

TEST(FindingCells, ARowTotalInvolvesTheRowsApplicantColumns) {
    const auto cells = finding_cells(report_2021(), finding("table-identity", "/tables/applications/new/total"));
    ASSERT_EQ(cells.size(), 7u);
    EXPECT_EQ(cells[0], "/tables/applications/new/total");  // the location first
    EXPECT_EQ(cells[1], "/tables/applications/new/natural_person");
}

TEST(FindingCells, TheOutcomeTotalInvolvesTheOutcomeRowsOfItsColumn) {
    const auto cells =
        finding_cells(report_2021(), finding("table-identity", "/tables/applications/total/natural_person"));
    EXPECT_EQ(cells, (std::vector<std::string>{"/tables/applications/total/natural_person",
                                               "/tables/applications/granted/natural_person",
                                               "/tables/applications/denied.state_secret/natural_person"}));
}

TEST(FindingCells, TheFlowIdentityInvolvesItsFourRows) {
    const auto cells =
        finding_cells(report_2021(), finding("table-identity", "/tables/applications/carried_forward/natural_person"));
    EXPECT_EQ(cells, (std::vector<std::string>{"/tables/applications/carried_forward/natural_person",
                                               "/tables/applications/new/natural_person",
                                               "/tables/applications/carried_over/natural_person",
                                               "/tables/applications/total/natural_person"}));
}

TEST(FindingCells, ACaseTotalInvolvesItsFiveResults) {
    const auto cells = finding_cells(report_2021(), finding("table-identity", "/tables/review/total"));
    ASSERT_EQ(cells.size(), 5u);
    EXPECT_EQ(cells[0], "/tables/review/total");
}

TEST(FindingCells, OtherRulesAndPlacesKeepTheirLocationOnly) {
    const Report r = report_2021();
    EXPECT_EQ(finding_cells(r, finding("prose-vs-table", "/tables/applications/new/total")),
              (std::vector<std::string>{"/tables/applications/new/total"}));
    EXPECT_TRUE(finding_cells(r, finding("parts-sum", "/figures/3/value")).empty());
    EXPECT_TRUE(finding_cells(r, finding("table-identity", "/tables/applications/unable.not_held/total")).empty());
    Report narrative;
    EXPECT_TRUE(finding_cells(narrative, finding("table-identity", "/tables/review/total")).empty());
}

}  // namespace
}  // namespace gongkai
