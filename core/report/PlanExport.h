#pragma once

#include "base/Result.h"
#include "model/PlanReport.h"
#include "model/SavingsCurve.h"

#include <string>
#include <vector>

namespace kol {

// A CSV field that spreadsheets open as text: quoted when it holds a separator, a quote or a
// line break, and neutralised (a leading apostrophe) when it starts with = + - @, a tab or a
// carriage return, so that no cell of an exported file runs as a formula.
std::string csvField(const std::string& text);

// The plan, one row per cell: channel, phase, tier, amount, spend, effect, reach, engagements,
// kol_ids (space-separated); with `marginal` (per channel, SavingsCurves.h's marginalReturns())
// also marginal_gain_1pct and marginal_loss_1pct, the cell's channel's (empty where none).
// UTF-8 with a byte order mark, CRLF line ends, as spreadsheet programs expect.
std::string planCellsCsv(const PlanReport& plan, const std::vector<MarginalReturn>* marginal = nullptr);

// The KOLs the plan buys, one row per KOL: channel, phase, tier, kol_id, name, followers,
// format, price, predicted_reach, predicted_engagements, score.
std::string planKolsCsv(const PlanReport& plan);

// Writes `bytes` to `path` through a temporary file in the same folder, flushed and renamed over
// `path`: a failed write leaves no half file and the old file, if any, unchanged.
Status writeFileAtomically(const std::string& path, const std::string& bytes);

} // namespace kol
