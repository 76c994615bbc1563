#pragma once

#include "CatalogImport.h"
#include "base/Result.h"
#include "model/AbTest.h"

#include <string>
#include <vector>

namespace kol {

class ProjectFile;

/// A scenario's content A/B tests in the project file (tables ab_test, ab_variant, ab_segment,
/// ab_result; file format 11). A test follows its scenario through a rename and goes with it when
/// it is deleted.
class AbTestStore
{
public:
    explicit AbTestStore(ProjectFile& project)
        : m_project(project)
    {
    }

    /// The names of the scenario's tests, in the order created.
    Result<std::vector<std::string>> list(const std::string& scenario);
    /// The test with its rounds; fails naming the scenario or test when there is none, or the
    /// table, row and column of a stored value out of range.
    Result<AbTest> load(const std::string& scenario, const std::string& name);
    /// Every test of the scenario with its rounds, in the order created.
    Result<std::vector<AbTest>> loadAll(const std::string& scenario);
    /// Creates or replaces the test (test.scenario names its scenario) in one transaction, after
    /// AbTest::validate against the project's vocabulary; fails with every problem, changing nothing.
    /// A replaced test keeps its place in the list.
    Status save(const AbTest& test);
    /// The same, failing (changing nothing) when the scenario already has a test of that name.
    Status create(const AbTest& test);
    Status remove(const std::string& scenario, const std::string& name);

private:
    Status write(const AbTest& test, bool mustBeNew);

    ProjectFile& m_project;
};

/// Adds rounds of results to a stored test from CSV, all or nothing. Columns (any order,
/// case-insensitive): round, variant, segment, impressions, clicks, conversions. Each row is
/// refused with its line and column when: a count is negative or not a whole number; clicks are
/// above impressions or conversions above clicks; the variant or segment is not the test's; the
/// round is not 1 to 1,000; the test (or an earlier row of the file) already has that round,
/// variant and segment.
Result<ImportReport> importAbResults(ProjectFile& project, const std::string& scenario, const std::string& test,
                                     const std::string& csvPath, const ImportOptions& options = {});

} // namespace kol
