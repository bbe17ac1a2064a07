#include "bulkoperationdialog.h"

#include "databasesession.h"

#include "db/dbworker.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

namespace Salvage {

namespace {

struct Counted
{
    qint64 rows = -1;
    DbError error;
};

QString introText(Operation operation, const QString &table)
{
    switch (operation) {
    case Operation::Trash:
        return BulkOperationDialog::tr("Move every active row of %1 that matches the search "
                                       "to the trash, not only the selected rows.")
            .arg(table);
    case Operation::Restore:
        return BulkOperationDialog::tr("Restore every row of %1 in the trash that matches all "
                                       "of these, not only the selected rows.")
            .arg(table);
    case Operation::Purge:
        break;
    }
    return BulkOperationDialog::tr("Permanently delete every row of %1 in the trash that "
                                   "matches all of these, not only the selected rows.")
        .arg(table);
}

QString titleText(Operation operation)
{
    switch (operation) {
    case Operation::Trash:
        return BulkOperationDialog::tr("Move All Matching Rows to Trash");
    case Operation::Restore:
        return BulkOperationDialog::tr("Restore All Matching Rows");
    case Operation::Purge:
        break;
    }
    return BulkOperationDialog::tr("Purge All Matching Rows");
}

QDateTimeEdit *timeEdit(const char *name, const QDateTime &value, QWidget *parent)
{
    auto edit = new QDateTimeEdit(parent);
    edit->setObjectName(QLatin1String(name));
    // Markers are compared in UTC, as the database stores them.
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setCalendarPopup(true);
    edit->setDateTime(value);
    edit->setEnabled(false);
    return edit;
}

} // namespace

BulkOperationDialog::BulkOperationDialog(DbWorker *worker,
                                         Operation operation,
                                         const TableInfo &table,
                                         const QString &search,
                                         QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_operation(operation)
    , m_table(table)
    , m_search(search)
    , m_reason(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_recount(new QTimer(this))
{
    setObjectName(QStringLiteral("bulkOperationDialog"));
    setWindowTitle(titleText(operation));

    auto intro = new QLabel(introText(operation, table.name.display()), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto form = new QFormLayout;
    auto searchLabel = new QLabel(search.isEmpty() ? tr("(none: every row)")
                                                   : QStringLiteral("\u201c%1\u201d").arg(search),
                                  this);
    searchLabel->setObjectName(QStringLiteral("searchLabel"));
    searchLabel->setTextFormat(Qt::PlainText);
    searchLabel->setToolTip(tr("The search of the row view, across the text columns."));
    form->addRow(tr("Search:"), searchLabel);

    const bool trashed = operation != Operation::Trash;
    if (trashed && !table.convention.actor.isEmpty()) {
        m_deletedBy = new QLineEdit(this);
        m_deletedBy->setObjectName(QStringLiteral("deletedByEdit"));
        m_deletedBy->setPlaceholderText(
            tr("Anyone; or the value of %1, e.g. batchjob").arg(table.convention.actor));
        m_deletedBy->setClearButtonEnabled(true);
        connect(m_deletedBy, &QLineEdit::textChanged, this, &BulkOperationDialog::scheduleCount);
        form->addRow(tr("Deleted &by:"), m_deletedBy);
    }
    if (trashed && table.convention.kind == Convention::Kind::Timestamp) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QTime midnight(0, 0);
        m_fromCheck = new QCheckBox(tr("Deleted &from (UTC):"), this);
        m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
        m_from = timeEdit("fromEdit", QDateTime(now.date().addDays(-1), midnight, Qt::UTC), this);
        m_toCheck = new QCheckBox(tr("Deleted b&efore (UTC):"), this);
        m_toCheck->setObjectName(QStringLiteral("toCheck"));
        m_to = timeEdit("toEdit", QDateTime(now.date().addDays(1), midnight, Qt::UTC), this);
        for (auto [check, edit] : {std::pair(m_fromCheck, m_from), std::pair(m_toCheck, m_to)}) {
            connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
            connect(check, &QCheckBox::toggled, this, &BulkOperationDialog::scheduleCount);
            connect(edit,
                    &QDateTimeEdit::dateTimeChanged,
                    this,
                    &BulkOperationDialog::scheduleCount);
            form->addRow(check, edit);
        }
    }
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Optional, recorded in the audit log"));
    m_reason->setClearButtonEnabled(true);
    form->addRow(tr("&Reason:"), m_reason);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setWordWrap(true);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(operation == Operation::Purge ? tr("&Continue...")
                                                             : operationTitle(operation),
                               operation == Operation::Purge ? QDialogButtonBox::DestructiveRole
                                                             : QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runButton"));
    connect(m_run, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_countLabel);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    m_recount->setSingleShot(true);
    m_recount->setInterval(RecountDelayMs);
    connect(m_recount, &QTimer::timeout, this, &BulkOperationDialog::count);
    count();
}

RowFilter BulkOperationDialog::filter() const
{
    RowFilter filter;
    filter.search = m_search;
    if (m_deletedBy)
        filter.deletedBy = m_deletedBy->text().trimmed();
    if (m_fromCheck && m_fromCheck->isChecked())
        filter.deletedFrom = m_from->dateTime();
    if (m_toCheck && m_toCheck->isChecked())
        filter.deletedTo = m_to->dateTime();
    return filter;
}

QString BulkOperationDialog::reason() const
{
    return m_reason->text().trimmed();
}

void BulkOperationDialog::setDeletedBy(const QString &actor)
{
    if (m_deletedBy)
        m_deletedBy->setText(actor);
}

void BulkOperationDialog::setDeletedRange(const QDateTime &from, const QDateTime &to)
{
    if (!m_fromCheck)
        return;
    m_fromCheck->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDateTime(from.toUTC());
    m_toCheck->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDateTime(to.toUTC());
}

void BulkOperationDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void BulkOperationDialog::accept()
{
    if (isReady())
        QDialog::accept();
}

void BulkOperationDialog::scheduleCount()
{
    // The shown count no longer describes the filter: no running on it until recounted.
    m_counting = true;
    m_count = -1;
    m_countLabel->setText(tr("Counting matching rows..."));
    updateButton();
    m_recount->start();
}

void BulkOperationDialog::count()
{
    const quint64 generation = ++m_generation;
    m_counting = true;
    m_count = -1;
    m_countLabel->setText(tr("Counting matching rows..."));
    updateButton();
    if (!m_worker) {
        showCount(generation, -1, DatabaseSession::notConnected());
        return;
    }
    m_worker->post<Counted>(
        [table = m_table, operation = m_operation, filter = filter()](Connection &connection) {
            Counted result;
            if (!connection.isOpen())
                result.error = DatabaseSession::notConnected();
            else
                result.rows
                    = BulkOperation(connection).count(table, operation, filter, &result.error);
            return result;
        },
        this,
        [this, generation](const Counted &result) {
            showCount(generation, result.rows, result.error);
        });
}

void BulkOperationDialog::showCount(quint64 generation, qint64 rows, const DbError &error)
{
    if (generation != m_generation || m_recount->isActive())
        return; // a newer filter is on its way
    m_counting = false;
    m_count = error.isError() ? -1 : rows;
    if (error.isError())
        m_countLabel->setText(error.message);
    else if (rows == 0)
        m_countLabel->setText(tr("No rows match."));
    else
        m_countLabel->setText(tr("%Ln row(s) match.", nullptr, int(qMin<qint64>(rows, INT_MAX))));
    updateButton();
    emit countChanged(m_count);
}

void BulkOperationDialog::updateButton()
{
    m_run->setEnabled(isReady());
}

} // namespace Salvage
