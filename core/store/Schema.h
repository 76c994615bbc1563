#pragma once

#include "base/Result.h"

#include <cstdint>

namespace kol {

class Database;

namespace schema {

// PRAGMA application_id of every project file: "KOLP".
constexpr int32_t kApplicationId = 0x4B4F4C50;
// PRAGMA user_version this build writes. Each step in Schema.cpp raises it by one.
constexpr int kCurrentVersion = 11;

// Runs the migration steps that take a file from `from` to `to` (inside the caller's
// transaction) and sets user_version and application_id.
Status migrate(Database& db, int from, int to);

// Compares the tables and columns of `db` with a freshly made current schema. Reports the
// first table or column that is missing or of another kind, and any trigger.
Status verify(Database& db);

} // namespace schema
} // namespace kol
