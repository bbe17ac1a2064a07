#include "auditview.h"

#include "databasesession.h"
#include "trash/trashservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Salvage {

AuditView::AuditView(DbWorker *worker, const QStringList &tables, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_table(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_entries(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("auditView"));
    setWindowTitle(tr("Audit Log"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_table->setObjectName(QStringLiteral("auditTableFilter"));
    m_table->setEditable(true);
    m_table->addItem(QString());
    m_table->addItems(tables);
    m_table->lineEdit()->setPlaceholderText(tr("All tables"));
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->setPlaceholderText(tr("Any actor"));
    m_actor->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(tr("Any action"), QString());
    for (Operation op : {Operation::Trash, Operation::Restore, Operation::Purge})
        m_action->addItem(operationTitle(op), operationName(op));
    auto refresh = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")),
                                   tr("&Refresh"),
                                   this);

    auto filters = new QHBoxLayout;
    const auto addFilter = [this, filters](const QString &text, QWidget *field, int stretch) {
        auto label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field, stretch);
    };
    addFilter(tr("&Table:"), m_table, 2);
    addFilter(tr("A&ctor:"), m_actor, 2);
    addFilter(tr("Acti&on:"), m_action, 1);
    filters->addWidget(refresh);

    m_entries->setObjectName(QStringLiteral("auditTable"));
    m_entries->setHorizontalHeaderLabels({tr("Time"),
                                          tr("Actor"),
                                          tr("Action"),
                                          tr("Table"),
                                          tr("Row"),
                                          tr("Reason"),
                                          tr("Operation"),
                                          tr("Database user"),
                                          tr("OS user")});
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setAlternatingRowColors(true);
    m_entries->verticalHeader()->hide();
    m_entries->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_entries->horizontalHeader()->setStretchLastSection(true);
    m_entries->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_entries->horizontalHeader()->setHighlightSections(false);
    m_entries->setWordWrap(false);
    m_status->setObjectName(QStringLiteral("auditStatus"));

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_entries, 1);
    layout->addLayout(bottom);
    resize(1100, 560);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AuditView::reload);
    connect(m_table, &QComboBox::currentTextChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_actor, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(refresh, &QPushButton::clicked, this, &AuditView::reload);
    reload();
}

void AuditView::setTableFilter(const QString &table)
{
    m_table->setCurrentText(table);
    reload();
}

AuditView::Result AuditView::read(Connection &connection, const AuditLog::Filter &filter)
{
    Result result;
    if (!connection.isOpen()) {
        result.error = DatabaseSession::notConnected();
        return result;
    }
    AuditLog log(connection);
    if (!log.exists(&result.error)) {
        result.missing = !result.error.isError();
        return result;
    }
    result.entries = log.entries(filter, &result.error);
    return result;
}

void AuditView::reload()
{
    m_debounce->stop();
    if (!m_worker)
        return;
    AuditLog::Filter filter;
    filter.table = m_table->currentText().trimmed();
    filter.actor = m_actor->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.limit = Limit;
    filter.rowKeyChars = RowKeyChars;
    const quint64 request = ++m_request;
    m_loading = true;
    m_status->setText(tr("Loading..."));
    m_worker->post<Result>([filter](Connection &connection) { return read(connection, filter); },
                           this,
                           [this, request](const Result &result) {
                               if (request != m_request)
                                   return;
                               m_loading = false;
                               showResult(result);
                           });
}

QString AuditView::actionTitle(const QString &action)
{
    for (Operation op : {Operation::Trash, Operation::Restore, Operation::Purge}) {
        if (operationName(op) == action)
            return operationTitle(op);
    }
    return action;
}

// A batch entry lists its keys: its count first, then as many keys as were read.
QString AuditView::rowKeyText(const AuditEntry &entry)
{
    if (entry.rows <= 1)
        return entry.rowKey;
    return tr("%n rows: %1", nullptr, int(entry.rows))
        .arg(entry.rowKeyCut ? entry.rowKey + QStringLiteral("…") : entry.rowKey);
}

void AuditView::showResult(const Result &result)
{
    m_entries->setRowCount(0);
    if (result.error.isError()) {
        m_status->setText(tr("The audit log could not be read: %1").arg(result.error.message));
        emit loaded(0);
        return;
    }
    if (result.missing) {
        m_status->setText(tr("This database has no audit log yet. It is created with the "
                             "first change."));
        emit loaded(0);
        return;
    }
    m_entries->setRowCount(int(result.entries.size()));
    int row = 0;
    for (const AuditEntry &entry : result.entries) {
        const QStringList texts = {entry.occurredAt.toLocalTime().toString(
                                       QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   entry.actor,
                                   actionTitle(entry.action),
                                   entry.tableName,
                                   rowKeyText(entry),
                                   entry.reason,
                                   entry.operationId,
                                   entry.databaseUser,
                                   entry.osUser};
        for (int column = 0; column < ColumnCount; ++column) {
            auto item = new QTableWidgetItem(texts.at(column));
            if (column == TimeColumn)
                item->setToolTip(tr("%1 UTC").arg(
                    entry.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
            else if (!entry.details.isEmpty())
                item->setToolTip(entry.details);
            m_entries->setItem(row, column, item);
        }
        ++row;
    }
    m_entries->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount; ++column)
        m_entries->setColumnWidth(column, qMin(m_entries->columnWidth(column), 260));
    m_status->setText(result.entries.size() >= Limit
                          ? tr("Showing the newest %n entries.", nullptr, Limit)
                          : tr("%n entries.", nullptr, int(result.entries.size())));
    emit loaded(int(result.entries.size()));
}

} // namespace Salvage
