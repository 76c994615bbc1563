// Fuzzes the CSV importers (KOL catalog and post history) on a real project file.
// The first input byte picks the importer and the options; the rest is the CSV.
// Promises checked: no crash, an import that does not commit leaves the file byte for byte as
// it was, every listed problem names the file, and whatever an import commits reads back.
#include "FuzzSupport.h"
#include "store/CatalogImport.h"
#include "store/CatalogStore.h"
#include "store/ProjectFile.h"

#include <cstdint>
#include <filesystem>
#include <fstream>

using namespace kol;

namespace {
// A project with three KOLs that post rows can refer to.
const std::string& baseProject()
{
    static const std::string path = [] {
        const std::string p = fuzz::scratchFile("base.kolplan");
        const std::string csv = fuzz::scratchFile("base.csv");
        std::ofstream(csv) << "kol_id,channel,followers,follower_quality,interaction_rate,price_short_video\n"
                              "k1,Douyin,1500000,0.8,0.03,90000\nk2,Weibo,120000,0.7,0.02,8000\n"
                              "k3,Xiaohongshu,9000,0.9,0.05,900\n";
        auto project = ProjectFile::create(p);
        KOL_FUZZ_CHECK(project && importKols(*project.value(), csv)->committed, "cannot build the base project");
        return p;
    }();
    return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const std::string& base = baseProject();
    static const std::string baseBytes = fuzz::readBytes(base);
    const std::string work = fuzz::scratchFile("work.kolplan");
    const std::string csv = fuzz::scratchFile("input.csv");
    std::filesystem::copy_file(base, work, std::filesystem::copy_options::overwrite_existing);
    fuzz::writeBytes(csv, data + 1, size - 1);

    const bool posts = data[0] & 1;
    ImportOptions options;
    options.skipBadRows = data[0] & 2;
    options.maxListedProblems = 1 + (data[0] >> 4);
    bool committed = false;
    {
        auto project = ProjectFile::open(work);
        KOL_FUZZ_CHECK(project, project.error());
        auto report = posts ? importPosts(*project.value(), csv, options) : importKols(*project.value(), csv, options);
        if (report) {
            committed = report->committed;
            KOL_FUZZ_CHECK(report->problems.size() <= options.maxListedProblems, "too many problems listed");
            KOL_FUZZ_CHECK(report->problems.size() <= static_cast<size_t>(report->badRows),
                           "problems without bad rows");
            for (const auto& p : report->problems) {
                KOL_FUZZ_CHECK(p.rfind("input.csv:", 0) == 0 || p.rfind(csv + ":", 0) == 0,
                               "problem without file: " + p);
            }
            KOL_FUZZ_CHECK(!committed || options.skipBadRows || report->badRows == 0, "committed despite bad rows");
        } else {
            KOL_FUZZ_CHECK(!report.error().empty() && report.error().find('\n') == std::string::npos,
                           "an error must be one line: " + report.error());
        }
    }
    if (!committed) {
        KOL_FUZZ_CHECK(fuzz::readBytes(work) == baseBytes, "an import that did not commit changed the file");
        return 0;
    }
    // What was committed must read back: an import never writes what loading refuses.
    auto project = ProjectFile::open(work, ProjectFile::Access::ReadOnly);
    KOL_FUZZ_CHECK(project, "the project no longer opens: " + project.error());
    CatalogStore catalog(*project.value());
    auto kols = catalog.loadKols();
    KOL_FUZZ_CHECK(kols, "imported KOLs do not load: " + kols.error());
    const Status s = catalog.forEachPost([](const Post&) { return true; });
    KOL_FUZZ_CHECK(s, "imported posts do not load: " + s.message());
    return 0;
}
