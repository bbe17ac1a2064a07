#include "privacycontroller.h"

#include "actordialog.h"
#include "databasesession.h"
#include "erasurewindow.h"
#include "errorbox.h"
#include "legalholddialog.h"
#include "operationcontroller.h"
#include "ruleseditor.h"

#include "privacy/erasureservice.h"
#include "privacy/legalhold.h"
#include "trash/auditlog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace Salvage {

PrivacyController::PrivacyController(DatabaseSession *session,
                                     OperationController *operations,
                                     QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_operations(operations)
    , m_window(window)
{}

ErasureWindow *PrivacyController::erasureWindow() const
{
    return m_erasure;
}

RulesEditor *PrivacyController::rulesEditor() const
{
    return m_rules;
}

QString PrivacyController::actor(const TableInfo *table)
{
    QString who = ActorDialog::storedActor(m_session->url());
    if (who.isEmpty() && m_operations->chooseActor(table))
        who = ActorDialog::storedActor(m_session->url());
    return who;
}

bool PrivacyController::confirmAnonymize(const TableInfo &table, int rows)
{
    QMessageBox box(QMessageBox::Warning,
                    tr("Anonymize"),
                    tr("Anonymize %n row(s) of %1?", nullptr, rows).arg(table.name.display()),
                    QMessageBox::Yes | QMessageBox::Cancel,
                    m_window);
    box.setObjectName(QStringLiteral("anonymizeConfirmBox"));
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(tr("Anonymize"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setInformativeText(tr("Their personal columns are overwritten by the anonymization "
                              "rules (stored, else suggested). The rows stay, so nothing that "
                              "refers to them breaks; rows on legal hold are left as they are. "
                              "Each row is recorded in %1. This cannot be undone.")
                               .arg(AuditLog::tableName()));
    return box.exec() == QMessageBox::Yes;
}

void PrivacyController::anonymize(const TableInfo &table, const QList<RowKey> &keys)
{
    if (m_busy || keys.isEmpty() || !m_session->isOpen())
        return;
    const QString who = actor(&table);
    if (who.isEmpty() || !confirmAnonymize(table, int(keys.size())))
        return;
    setBusy(true);
    const QList<TableInfo> tables = m_session->tables();
    m_session->worker()->post<ErasureResult>(
        [table, keys, who, tables](Connection &connection) {
            if (!connection.isOpen()) {
                ErasureResult result;
                result.error = DatabaseSession::notConnected();
                return result;
            }
            return ErasureService(connection, tables).anonymizeRows(table, keys, who, true);
        },
        this,
        [this, table](const ErasureResult &result) {
            setBusy(false);
            if (!result.ok) {
                showDbError(m_window, tr("Anonymize failed"), result.error, &table);
                emit finished(table.name, tr("Nothing was changed."));
                return;
            }
            int rows = 0;
            QStringList columns;
            for (const TableOutcome &outcome : result.tables) {
                rows += outcome.anonymized;
                for (const QString &column : outcome.columns) {
                    if (!columns.contains(column))
                        columns << column;
                }
            }
            emit finished(table.name,
                          tr("Anonymized %n row(s) of %1", nullptr, rows).arg(table.name.display())
                              + tr(" (columns %1).").arg(columns.join(QLatin1String(", "))));
        });
}

void PrivacyController::hold(const TableInfo &table, const QList<RowKey> &keys)
{
    if (m_busy || keys.isEmpty() || !m_session->isOpen())
        return;
    if (actor(&table).isEmpty())
        return;
    LegalHoldDialog dialog(table.name.display(), int(keys.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runHold(table, keys, true, dialog.reason(), dialog.until());
}

void PrivacyController::release(const TableInfo &table, const QList<RowKey> &keys)
{
    if (m_busy || keys.isEmpty() || !m_session->isOpen())
        return;
    if (actor(&table).isEmpty())
        return;
    QMessageBox box(QMessageBox::Question,
                    tr("Release Hold"),
                    tr("Release the legal hold of %n row(s) of %1?", nullptr, int(keys.size()))
                        .arg(table.name.display()),
                    QMessageBox::Yes | QMessageBox::Cancel,
                    m_window);
    box.setObjectName(QStringLiteral("releaseHoldBox"));
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(tr("Release"));
    box.setInformativeText(tr("Erasure requests and purges can change the rows again. The "
                              "release is recorded in the audit log."));
    if (box.exec() != QMessageBox::Yes)
        return;
    runHold(table, keys, false, QString(), QDate());
}

void PrivacyController::runHold(const TableInfo &table,
                                const QList<RowKey> &keys,
                                bool holding,
                                const QString &reason,
                                const QDate &until)
{
    const QString who = actor(&table);
    if (who.isEmpty())
        return;
    setBusy(true);
    m_session->worker()->post<DbError>(
        [table, keys, holding, reason, until, who](Connection &connection) {
            if (!connection.isOpen())
                return DatabaseSession::notConnected();
            DbError error;
            LegalHolds holds(connection);
            if (holding)
                holds.hold(table, keys, reason, until, who, &error);
            else
                holds.release(table, keys, who, &error);
            return error;
        },
        this,
        [this, table, keys, holding, until](const DbError &error) {
            setBusy(false);
            const QString name = table.name.display();
            const int rows = int(keys.size());
            if (error.isError()) {
                showDbError(m_window,
                            holding ? tr("Legal hold failed") : tr("Release hold failed"),
                            error,
                            &table);
                emit finished(table.name, tr("Nothing was changed."));
                return;
            }
            QString text;
            if (!holding)
                text = tr("Released %n row(s) of %1 from legal hold.", nullptr, rows).arg(name);
            else if (until.isValid())
                text = tr("Put %n row(s) of %1 on legal hold until %2.", nullptr, rows)
                           .arg(name, until.toString(Qt::ISODate));
            else
                text = tr("Put %n row(s) of %1 on legal hold until released.", nullptr, rows)
                           .arg(name);
            emit finished(table.name, text);
        });
}

void PrivacyController::showErasureWindow()
{
    if (!m_session->isOpen())
        return;
    if (!m_erasure) {
        m_erasure = new ErasureWindow(
            m_session, [this] { return actor(); }, m_window);
        connect(m_erasure,
                &ErasureWindow::tablesChanged,
                this,
                [this](const QList<QualifiedName> &tables, const QString &summary) {
                    for (const QualifiedName &table : tables)
                        emit finished(table, summary);
                });
    }
    m_erasure->show();
    m_erasure->raise();
    m_erasure->activateWindow();
}

void PrivacyController::showRulesEditor()
{
    if (!m_session->isOpen())
        return;
    if (!m_rules) {
        m_rules = new RulesEditor(
            m_session->worker(), m_session->tables(), [this] { return actor(); }, m_window);
        m_rules->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_rules->show();
    m_rules->raise();
    m_rules->activateWindow();
}

void PrivacyController::closeWindows()
{
    if (m_erasure && m_erasure->state() == ErasureWindow::State::Erasing) {
        // Its own connection is to the old database: let it finish there and show the
        // outcome (and save the report), detached from this session.
        disconnect(m_erasure, nullptr, this, nullptr);
        disconnect(m_session, nullptr, m_erasure, nullptr);
        m_erasure->setAttribute(Qt::WA_DeleteOnClose);
        m_erasure = nullptr;
    }
    delete m_erasure.data();
    delete m_rules.data();
}

void PrivacyController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace Salvage
