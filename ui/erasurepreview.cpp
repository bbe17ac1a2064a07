#include "erasurepreview.h"

#include "erasureplanmodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Salvage {

namespace {
constexpr int MaxShownLength = 200;
} // namespace

ErasurePreview::ErasurePreview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("erasurePreview"));
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Now"), tr("After Erasure"), tr("Rule")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    // Values share the room and are elided (the tooltip has them whole); names and rules
    // are short.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ColumnColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    m_table->setTextElideMode(Qt::ElideRight);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    showMessage(tr("Select a row to see what erasing does to each of its columns."));
}

QString ErasurePreview::title() const
{
    return m_title->text();
}

void ErasurePreview::showMessage(const QString &text)
{
    m_title->setText(text);
    m_table->setRowCount(0);
}

void ErasurePreview::showRow(const PlannedRow &row, const TableInfo *table, const QString &title)
{
    m_table->setRowCount(0);
    using Action = PlannedRow::Action;
    const SubjectRow &found = row.row;
    switch (row.action) {
    case Action::Anonymize:
        m_title->setText(tr("%1: these columns are overwritten; the row stays, for the rows "
                            "that refer to it.")
                             .arg(title));
        for (const PlannedChange &change : row.changes) {
            addLine(change.column,
                    change.before,
                    change.after,
                    ErasurePlanModel::ruleText(change.rule, change.suggested),
                    found.matchedColumns.contains(change.column),
                    false);
        }
        break;
    case Action::Purge:
        m_title->setText(tr("%1: the whole row is deleted for good.").arg(title));
        if (table) {
            for (const ColumnInfo &column : table->columns) {
                addLine(column.name,
                        found.values.value(column.name),
                        QVariant(),
                        tr("purge"),
                        found.matchedColumns.contains(column.name),
                        true);
            }
        }
        break;
    case Action::KeepHeld:
        m_title->setText(tr("%1: kept as it is, on legal hold: %2").arg(title, row.holdReason));
        break;
    case Action::KeepNoRule:
        m_title->setText(tr("%1: kept as it is: none of its columns has a rule that changes "
                            "it.")
                             .arg(title));
        break;
    }
}

void ErasurePreview::addLine(const QString &column,
                             const QVariant &before,
                             const QVariant &after,
                             const QString &rule,
                             bool matched,
                             bool deleted)
{
    const int line = m_table->rowCount();
    m_table->insertRow(line);
    const auto item = [](const QString &text) {
        auto cell = new QTableWidgetItem(text);
        cell->setToolTip(text);
        return cell;
    };
    auto name = item(column);
    if (matched) {
        QFont font = name->font();
        font.setBold(true);
        name->setFont(font);
        name->setToolTip(tr("%1 holds the searched value").arg(column));
    }
    m_table->setItem(line, ColumnColumn, name);
    m_table->setItem(line, BeforeColumn, item(valueText(before)));
    m_table->setItem(line, AfterColumn, item(deleted ? tr("(deleted)") : valueText(after)));
    m_table->setItem(line, RuleColumn, item(rule));
    // NULL and "(deleted)" are no values: set apart from text that reads the same.
    const auto markSpecial = [this, line](int c) {
        QFont font = m_table->item(line, c)->font();
        font.setItalic(true);
        m_table->item(line, c)->setFont(font);
    };
    if (before.isNull())
        markSpecial(BeforeColumn);
    if (deleted || after.isNull())
        markSpecial(AfterColumn);
}

QString ErasurePreview::valueText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return tr("(%n byte(s) of binary data)", nullptr, int(value.toByteArray().size()));
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        break;
    }
    QString text = value.toString();
    text.replace(QLatin1Char('\n'), QChar(0x23CE));
    if (text.size() > MaxShownLength)
        text = text.left(MaxShownLength) + QChar(0x2026);
    return text;
}

} // namespace Salvage
