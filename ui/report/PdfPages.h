#pragma once

#include <QRectF>
#include <QString>
#include <functional>

class QPainter;
class QPdfWriter;

namespace kol {

// Lays out a report over A4 pages: HTML blocks (paginated where longer than a page, never cutting
// a line) and painted blocks such as charts, numbering every page at its foot.
class PdfPages
{
public:
    PdfPages(QPdfWriter& writer, QPainter& painter);

    // Starts a new page unless this one is still empty.
    void newPage();
    void html(const QString& html);
    // A block `heightShare` of the page's body high, painted by `paint` into the given rectangle.
    void painted(double heightShare, const std::function<void(QPainter&, const QRectF&)>& paint);
    // The same, as high as the room left on this page allows between `minShare` and `maxShare` of
    // the body (on the next page, `maxShare`, when less than `minShare` is left).
    void paintedToFit(double minShare, double maxShare, const std::function<void(QPainter&, const QRectF&)>& paint);
    void finish();
    int pages() const { return m_page; }

private:
    void footer();

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QRectF m_area, m_body;
    double m_y = 0;
    int m_page = 1;
};

} // namespace kol
