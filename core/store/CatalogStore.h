#pragma once

#include "base/Result.h"
#include "model/Catalog.h"

#include <functional>
#include <vector>

namespace kol {

class ProjectFile;

// Reads the KOL catalog and post history, checking every value against the project's vocabulary.
class CatalogStore
{
public:
    explicit CatalogStore(ProjectFile& project)
        : m_project(project)
    {
    }

    Result<std::vector<Kol>> loadKols();
    // Adds KOLs and their posts in one transaction (ids must be new to the project).
    Status insert(const std::vector<Kol>& kols, const std::vector<Post>& posts);
    // Streams posts in storage order; `visit` returns false to stop early.
    Status forEachPost(const std::function<bool(const Post&)>& visit);

private:
    ProjectFile& m_project;
};

} // namespace kol
