#include "erasurereportpdf.h"

#include "db/connectionurl.h"
#include "erasurereporthtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace Salvage {

namespace {

QFont reportFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial"),
                      QStringLiteral("Helvetica")});
    // No ligatures: text copied from the PDF (a ticket, a table name) must be the same
    // letters, not "ﬁ" for "fi".
    font.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    return font;
}

// Space between the sections. Set here: the HTML importer drops the top margin of a heading,
// and has none for tables. Margins are in screen pixels, which the layout scales to the writer.
void spaceSections(QTextDocument *document)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal point = (screen ? screen->logicalDotsPerInchY() : 96) / 72;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        QTextFrameFormat format = frame->frameFormat();
        format.setBottomMargin(4 * point);
        frame->setFrameFormat(format);
    }
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 2 || level == 3) {
            QTextBlockFormat format = block.blockFormat();
            format.setTopMargin((level == 2 ? 14 : 6) * point);
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

// Lays the document out on A4 pages of `writer` and paints them, each with a footer naming
// the report and the page: a page torn off the stack still says what it belongs to.
bool paint(const QJsonObject &report, QPdfWriter *writer)
{
    QTextDocument document;
    // Laid out in the writer's units, so that point sizes come out right on paper.
    document.documentLayout()->setPaintDevice(writer);
    document.setDefaultFont(reportFont(9));
    document.setDocumentMargin(0);
    document.setHtml(ErasureReportHtml::html(report));
    spaceSections(&document);

    const QFont footerFont = reportFont(7.5);
    const QRectF area = writer->pageLayout().paintRectPixels(writer->resolution());
    const qreal footerHeight = QFontMetricsF(footerFont, writer).height() * 2;
    const QSizeF page(area.width(), area.height() - footerHeight);
    document.setPageSize(page);

    QPainter painter;
    if (!painter.begin(writer))
        return false;
    const int pageCount = document.pageCount();
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0)
            writer->newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, page.height(), page.width(), footerHeight),
                         Qt::AlignRight | Qt::AlignBottom,
                         ErasureReportHtml::footer(report, i + 1, pageCount));
    }
    return painter.end();
}

} // namespace

QByteArray erasureReportPdf(const QByteArray &reportJson, QString *error)
{
    QString why;
    QJsonObject report;
    if (!ErasureReportHtml::parse(reportJson, &report, &why)) {
        if (error)
            *error = why;
        return {};
    }
    // Without a QGuiApplication there are no fonts, and QPainter would abort the program.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = ErasureReportHtml::tr("A PDF cannot be made without the graphical part of "
                                           "Qt (no QGuiApplication).");
        return {};
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool painted = false;
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(ErasureReportHtml::title(report));
        writer.setCreator(QStringLiteral("Salvage"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         QPageLayout::Portrait,
                                         QMarginsF(18, 15, 18, 12),
                                         QPageLayout::Millimeter));
        painted = paint(report, &writer);
    } // the writer finishes the file when it is destroyed
    if (!painted || buffer.data().isEmpty()) {
        if (error)
            *error = ErasureReportHtml::tr("The PDF could not be laid out.");
        return {};
    }
    return buffer.data();
}

bool writeErasureReportPdf(const QByteArray &reportJson, const QString &fileName, QString *error)
{
    const QByteArray pdf = erasureReportPdf(reportJson, error);
    if (pdf.isEmpty())
        return false;
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size() && file.commit())
        return true;
    if (error) {
        *error = ErasureReportHtml::tr("Cannot write the PDF %1: %2")
                     .arg(QDir::toNativeSeparators(fileName), file.errorString());
    }
    return false;
}

} // namespace Salvage
