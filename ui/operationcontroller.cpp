#include "operationcontroller.h"

#include "actordialog.h"
#include "bulkoperationdialog.h"
#include "databasesession.h"
#include "errorbox.h"
#include "purgeconfirmdialog.h"
#include "reasondialog.h"
#include "trash/auditlog.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

#include <climits>

namespace Salvage {

namespace {
struct References
{
    QList<TrashService::Reference> rows;
    DbError error;
};
} // namespace

OperationController::OperationController(DatabaseSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void OperationController::start(Operation operation,
                                const TableInfo &table,
                                const QList<RowKey> &keys)
{
    if (m_busy || keys.isEmpty() || !m_session->isOpen())
        return;
    const QString actor = actorFor(table);
    if (actor.isEmpty())
        return;
    if (operation == Operation::Purge) {
        checkPurge(table, keys, actor);
        return;
    }
    ReasonDialog dialog(operation, table.name.display(), int(keys.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    OperationRequest request;
    request.operation = operation;
    request.keys = keys;
    request.actor = actor;
    request.reason = dialog.reason();
    execute(table, request, false);
}

void OperationController::startBulk(Operation operation,
                                    const TableInfo &table,
                                    const QString &search)
{
    if (m_busy || !m_session->isOpen() || !table.isWritable())
        return;
    const QString actor = actorFor(table);
    if (actor.isEmpty())
        return;
    BulkOperationDialog dialog(m_session->worker(), operation, table, search, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    OperationRequest request;
    request.operation = operation;
    request.actor = actor;
    request.reason = dialog.reason();
    if (operation == Operation::Purge) {
        PurgeConfirmDialog confirm(table.name.display(),
                                   int(qMin<qint64>(dialog.matchingCount(), INT_MAX)),
                                   m_window);
        confirm.setReason(request.reason);
        if (confirm.exec() != QDialog::Accepted)
            return;
        request.reason = confirm.reason();
    }
    executeBulk(table, request, dialog.filter());
}

void OperationController::undo()
{
    if (!canUndo() || !m_session->isOpen())
        return;
    const Undo undo = *m_undo;
    const QString actor = actorFor(undo.table);
    if (actor.isEmpty())
        return;
    OperationRequest request;
    request.operation = inverseOperation(undo.operation);
    request.keys = undo.keys;
    request.actor = actor;
    request.reason = tr("Undo of operation %1").arg(undo.operationId);
    execute(undo.table, request, true);
}

QString OperationController::undoText() const
{
    if (!m_undo)
        return tr("Undo");
    const int rows = int(m_undo->keys.size());
    const QString table = m_undo->table.name.display();
    return m_undo->operation == Operation::Trash
               ? tr("Undo: restore %n row(s) of %1", nullptr, rows).arg(table)
               : tr("Undo: move %n row(s) of %1 back to the trash", nullptr, rows).arg(table);
}

void OperationController::forgetUndo()
{
    m_undo.reset();
    emit undoChanged();
}

bool OperationController::chooseActor(const TableInfo *table)
{
    ActorDialog dialog(m_session->worker(), table, m_window);
    dialog.setActor(ActorDialog::storedActor(m_session->url()));
    if (dialog.exec() != QDialog::Accepted || dialog.actor().isEmpty())
        return false;
    ActorDialog::storeActor(m_session->url(), dialog.actor());
    return true;
}

QString OperationController::actorFor(const TableInfo &table)
{
    QString actor = ActorDialog::storedActor(m_session->url());
    if (actor.isEmpty() && chooseActor(&table))
        actor = ActorDialog::storedActor(m_session->url());
    return actor;
}

void OperationController::checkPurge(const TableInfo &table,
                                     const QList<RowKey> &keys,
                                     const QString &actor)
{
    setBusy(true);
    m_session->worker()->post<References>(
        [table, keys](Connection &connection) {
            References result;
            if (!connection.isOpen())
                result.error = DatabaseSession::notConnected();
            else
                result.rows = TrashService(connection).referencingRows(table, keys, &result.error);
            return result;
        },
        this,
        [this, table, keys, actor](References result) {
            setBusy(false);
            if (result.error.isError()) {
                showDbError(m_window, tr("Purge"), result.error, &table);
                return;
            }
            if (!result.rows.isEmpty()) {
                QStringList lines;
                for (const TrashService::Reference &reference : std::as_const(result.rows))
                    lines << tr("%1: %n row(s)", nullptr, int(reference.rows))
                                 .arg(reference.table.display());
                QMessageBox box(QMessageBox::Warning,
                                tr("Purge refused"),
                                tr("Nothing was purged: other rows still refer to the selected "
                                   "rows of %1. Purge or change those rows first.")
                                    .arg(table.name.display()),
                                QMessageBox::Ok,
                                m_window);
                box.setObjectName(QStringLiteral("purgeRefusedBox"));
                box.setInformativeText(lines.join(QLatin1Char('\n')));
                box.exec();
                return;
            }
            confirmPurge(table, keys, actor);
        });
}

void OperationController::confirmPurge(const TableInfo &table,
                                       const QList<RowKey> &keys,
                                       const QString &actor)
{
    PurgeConfirmDialog dialog(table.name.display(), int(keys.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    OperationRequest request;
    request.operation = Operation::Purge;
    request.keys = keys;
    request.actor = actor;
    request.reason = dialog.reason();
    execute(table, request, false);
}

void OperationController::execute(const TableInfo &table,
                                  const OperationRequest &request,
                                  bool isUndo)
{
    setBusy(true);
    m_session->worker()->post<OperationResult>(
        [table, request](Connection &connection) {
            if (!connection.isOpen()) {
                OperationResult result;
                result.error = DatabaseSession::notConnected();
                return result;
            }
            return TrashService(connection).run(table, request);
        },
        this,
        [this, table, request, isUndo](const OperationResult &result) {
            setBusy(false);
            handleResult(table, request, isUndo, result);
        });
}

void OperationController::handleResult(const TableInfo &table,
                                       OperationRequest request,
                                       bool isUndo,
                                       const OperationResult &result)
{
    if (result.auditMissing && !request.createAuditTable) {
        if (askCreateAudit()) {
            request.createAuditTable = true;
            execute(table, request, isUndo);
        } else {
            emit finished(table.name, tr("Nothing was changed: no audit table."));
        }
        return;
    }
    if (!result.ok) {
        showDbError(m_window,
                    tr("%1 failed").arg(operationTitle(request.operation)),
                    result.error,
                    &table,
                    result.problemRows);
        emit finished(table.name, tr("Nothing was changed."));
        return;
    }

    if (request.operation == Operation::Purge || isUndo)
        m_undo.reset();
    else
        m_undo = Undo{table, request.operation, request.keys, result.operationId};
    emit undoChanged();

    QString text = summary(table, request.operation, result.rows);
    if (result.auditCreated)
        text += QLatin1Char(' ') + tr("Created the audit table %1.").arg(AuditLog::tableName());
    emit rowsChanged(table.name, request.operation, request.keys);
    emit finished(table.name, text);
}

void OperationController::executeBulk(const TableInfo &table,
                                      const OperationRequest &request,
                                      const RowFilter &filter)
{
    setBusy(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_bulkCancel = cancel;
    auto progress = new QProgressDialog(m_window);
    progress->setObjectName(QStringLiteral("bulkProgressDialog"));
    progress->setWindowTitle(operationTitle(request.operation));
    progress->setLabelText(tr("Counting the rows of %1...").arg(table.name.display()));
    progress->setRange(0, 0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    connect(progress, &QProgressDialog::canceled, this, [progress, cancel] {
        *cancel = true; // checked between batches; the whole operation is rolled back
        progress->setLabelText(tr("Cancelling: undoing every change of this operation..."));
        progress->show(); // a canceled QProgressDialog hides itself; keep it until done
    });
    m_bulkProgress = progress;
    progress->show();

    QPointer<OperationController> guard(this);
    m_session->worker()->post<OperationResult>(
        [table, request, filter, cancel, guard](Connection &connection) {
            if (!connection.isOpen()) {
                OperationResult result;
                result.error = DatabaseSession::notConnected();
                return result;
            }
            const auto report = [guard](const BulkProgress &p) {
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, p] {
                        if (guard)
                            guard->showBulkProgress(p);
                    },
                    Qt::QueuedConnection);
            };
            return BulkOperation(connection).run(table, request, filter, report, cancel.get());
        },
        this,
        [this, table, request, filter, progress](const OperationResult &result) {
            progress->deleteLater();
            m_bulkCancel.reset();
            setBusy(false);
            handleBulkResult(table, request, filter, result);
        });
}

void OperationController::showBulkProgress(const BulkProgress &progress)
{
    if (!m_bulkProgress || (m_bulkCancel && *m_bulkCancel))
        return;
    const QLocale locale;
    m_bulkProgress->setRange(0, 1000);
    m_bulkProgress->setValue(
        progress.total > 0 ? int(qMin<qint64>(1000, progress.done * 1000 / progress.total)) : 0);
    m_bulkProgress->setLabelText(
        tr("%1 of %2 rows done.")
            .arg(locale.toString(progress.done), locale.toString(progress.total)));
}

void OperationController::handleBulkResult(const TableInfo &table,
                                           OperationRequest request,
                                           const RowFilter &filter,
                                           const OperationResult &result)
{
    if (result.auditMissing && !request.createAuditTable) {
        if (askCreateAudit()) {
            request.createAuditTable = true;
            executeBulk(table, request, filter);
        } else {
            emit finished(table.name, tr("Nothing was changed: no audit table."));
        }
        return;
    }
    if (!result.ok) {
        if (result.error.kind != DbError::Cancelled) {
            showDbError(m_window,
                        tr("%1 failed").arg(operationTitle(request.operation)),
                        result.error,
                        &table);
        }
        emit finished(table.name,
                      result.error.kind == DbError::Cancelled ? result.error.message
                                                              : tr("Nothing was changed."));
        return;
    }
    // Undo covers one selection; the rows of a bulk operation are in the audit log.
    m_undo.reset();
    emit undoChanged();
    QString text = summary(table, request.operation, result.rows);
    if (result.heldRows > 0) {
        text += QLatin1Char(' ')
                + tr("Kept %n matching row(s) on legal hold.", nullptr, int(result.heldRows));
    }
    if (result.auditCreated)
        text += QLatin1Char(' ') + tr("Created the audit table %1.").arg(AuditLog::tableName());
    emit rowsChanged(table.name, request.operation, request.keys);
    emit finished(table.name, text);
}

bool OperationController::askCreateAudit()
{
    QMessageBox box(QMessageBox::Question,
                    tr("Audit Log"),
                    tr("Create %1 in this database?").arg(AuditLog::tableName()),
                    QMessageBox::Yes | QMessageBox::No,
                    m_window);
    box.setObjectName(QStringLiteral("createAuditBox"));
    box.setInformativeText(tr("Salvage records who changed which rows, when and why in the "
                              "table %1 of the same database, in the same transaction as "
                              "the change. Nothing is changed without it.")
                               .arg(AuditLog::tableName()));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

QString OperationController::summary(const TableInfo &table, Operation operation, int rows) const
{
    const QString name = table.name.display();
    switch (operation) {
    case Operation::Trash:
        return tr("Moved %n row(s) of %1 to the trash.", nullptr, rows).arg(name);
    case Operation::Restore:
        return tr("Restored %n row(s) of %1.", nullptr, rows).arg(name);
    case Operation::Purge:
        return tr("Purged %n row(s) of %1.", nullptr, rows).arg(name);
    }
    return QString();
}

void OperationController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
    emit undoChanged();
}

} // namespace Salvage
