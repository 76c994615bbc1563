#include "PdfPages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace kol {

PdfPages::PdfPages(QPdfWriter& writer, QPainter& painter)
    : m_writer(writer)
    , m_painter(painter)
{
    m_area = m_writer.pageLayout().paintRectPixels(m_writer.resolution());
    m_area.moveTo(0, 0);
    m_body = m_area.adjusted(0, 0, 0, -m_writer.resolution() / 3.0); // room for the page number
}

void PdfPages::newPage()
{
    if (m_y <= 0) {
        return; // this page is still empty
    }
    footer();
    m_writer.newPage();
    ++m_page;
    m_y = 0;
}

void PdfPages::html(const QString& html)
{
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("Sans Serif"), 9));
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    // QTextDocument lays out in points (72 dpi); the writer paints in device pixels.
    const double scale = m_writer.resolution() / 72.0;
    const double width = m_body.width() / scale, pageHeight = m_body.height() / scale;
    doc.setPageSize(QSizeF(width, 1e7)); // measure
    const double height = doc.documentLayout()->documentSize().height() * scale;
    if (height <= m_body.height() - m_y) {
        m_painter.save();
        m_painter.translate(0, m_y);
        m_painter.scale(scale, scale);
        doc.drawContents(&m_painter, QRectF(0, 0, width, height / scale));
        m_painter.restore();
        m_y += height + m_writer.resolution() / 8.0;
        return;
    }
    // Longer than the room left: paginate, so that no line is cut between pages.
    if (m_y > 0) {
        newPage();
    }
    doc.setPageSize(QSizeF(width, pageHeight));
    for (int page = 0; page < doc.pageCount(); ++page) {
        if (page > 0) {
            m_y = m_body.height(); // the previous page is full
            newPage();
        }
        m_painter.save();
        m_painter.scale(scale, scale);
        m_painter.translate(0, -page * pageHeight);
        doc.drawContents(&m_painter, QRectF(0, page * pageHeight, width, pageHeight));
        m_painter.restore();
    }
    m_y = m_body.height(); // the next block starts on a new page
}

void PdfPages::painted(double heightShare, const std::function<void(QPainter&, const QRectF&)>& paint)
{
    const double height = m_body.height() * heightShare;
    if (m_y + height > m_body.height() && m_y > 0) {
        newPage();
    }
    // Painted at a screen-like scale (800 units across), then scaled as vectors into the page,
    // so that fonts and lines keep the proportions they were designed at.
    const double width = m_body.width();
    const double scale = width / 800.0;
    m_painter.save();
    m_painter.translate(0, m_y);
    m_painter.scale(scale, scale);
    paint(m_painter, QRectF(0, 0, 800.0, height / scale));
    m_painter.restore();
    m_y += height + m_writer.resolution() / 10.0;
}

void PdfPages::paintedToFit(double minShare, double maxShare,
                            const std::function<void(QPainter&, const QRectF&)>& paint)
{
    const double left = (m_body.height() - m_y - m_writer.resolution() / 10.0) / m_body.height();
    painted(left >= minShare ? std::min(left, maxShare) : maxShare, paint);
}

void PdfPages::finish()
{
    footer();
}

void PdfPages::footer()
{
    m_painter.save();
    m_painter.setFont(QFont(QStringLiteral("Sans Serif"), 8));
    m_painter.setPen(Qt::darkGray);
    m_painter.drawText(QRectF(0, m_body.bottom(), m_area.width(), m_area.height() - m_body.height()), Qt::AlignCenter,
                       QCoreApplication::translate("PdfReport", "Page %1").arg(m_page));
    m_painter.restore();
}

} // namespace kol
