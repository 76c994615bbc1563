#pragma once

// A scenario's content A/B tests as a section of the PDF report: for each test its brief and
// variants, how many rounds and impressions so far, and per segment each variant's rate with its
// 95% interval, its probability of being the segment's best and the next round's split, as
// Thompson sampling (the window's default method) estimates them; and a chart of the
// probabilities of being best.
#include "core/abtest/AbMethods.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QPainter;
class QRectF;

namespace kol {

/// One test's section, in the order printed: its head (HTML: brief, variants, rounds so far), its
/// chart (probability of being best, 0..100%, one group per segment and one bar per variant;
/// empty when there are no estimates) and a table per segment (HTML blocks, each kept on one
/// page). Built by abTestSection().
struct AbTestSection
{
    QString head;
    std::function<void(QPainter&, const QRectF&)> paintBest;
    QStringList tables;
};

/// The section for `test`, its estimates by Thompson sampling on clicks (seed 1, so the report is
/// the same each time). A test the method refuses gets a line saying why and no chart.
AbTestSection abTestSection(const AbTest& test);

} // namespace kol
