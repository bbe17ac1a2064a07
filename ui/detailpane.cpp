#include "detailpane.h"

#include "trash/rowkey.h"

#include <QDateTime>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Salvage {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_browser->setObjectName(QStringLiteral("detailText"));
    m_browser->setOpenLinks(false);
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_browser->setFrameShape(QFrame::NoFrame);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_browser, 1);
    showMessage(tr("Select a row to see all of its columns."));
}

QString DetailPane::displayText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case QMetaType::QByteArray:
        return tr("<%n byte(s) of binary data>", nullptr, int(value.toByteArray().size()));
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

void DetailPane::showRow(const TableInfo &table, const QVariantList &values, bool trashed)
{
    RowKey key;
    for (const QString &column : table.primaryKey)
        key.append(values.value(table.columnIndex(column)));
    QString title = table.name.display();
    if (!key.isEmpty())
        title = tr("%1, row %2").arg(title, rowKeyToText(table, key));
    if (trashed)
        title += QLatin1Char(' ') + tr("(in the trash)");
    m_title->setText(title);

    const QString grey = palette().color(QPalette::Disabled, QPalette::Text).name();
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (int i = 0; i < table.columns.size(); ++i) {
        const ColumnInfo &column = table.columns.at(i);
        const QVariant value = values.value(i);
        QString cell;
        if (value.isNull()) {
            cell = QStringLiteral("<i style=\"color:%1\">NULL</i>").arg(grey);
        } else {
            cell = displayText(value).toHtmlEscaped();
        }
        html += QStringLiteral("<tr><td width=\"30%\" valign=\"top\"><b>%1</b><br/>"
                               "<small style=\"color:%2\">%3</small></td>"
                               "<td valign=\"top\" style=\"white-space:pre-wrap\">%4</td>"
                               "</tr>")
                    .arg(column.name.toHtmlEscaped(), grey, column.type.toHtmlEscaped(), cell);
    }
    html += QStringLiteral("</table>");
    m_browser->setHtml(html);
}

void DetailPane::showMessage(const QString &message)
{
    m_title->setText(tr("Details"));
    const QString grey = palette().color(QPalette::Disabled, QPalette::Text).name();
    m_browser->setHtml(
        QStringLiteral("<p style=\"color:%1\">%2</p>").arg(grey, message.toHtmlEscaped()));
}

QString DetailPane::plainText() const
{
    return m_title->text() + QLatin1Char('\n') + m_browser->toPlainText();
}

} // namespace Salvage
