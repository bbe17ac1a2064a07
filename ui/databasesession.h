#pragma once

#include "db/connectionsecurity.h"
#include "db/dbworker.h"
#include "schema/tableinfo.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Salvage {

// Row counts of one table; -1 while unknown. Tables without a convention only have a total.
struct TableCounts
{
    qint64 active = -1;
    qint64 trashed = -1;
    qint64 total = -1;
};

// The open database of the main window: its worker thread, its tables and their counts.
// Everything that touches the database runs on the worker; results arrive as signals.
class DatabaseSession : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Connects in the background; emits opened() or openFailed(). The current connection
    // stays usable until the new one has proved to work. A connection that needs the user's
    // consent (needsUnencryptedConsent()) reads nothing and emits consentNeeded() first.
    void open(const ConnectionUrl &url);
    // The answer to consentNeeded(): go on with the pending connection, or drop it
    // (openCancelled()).
    void answerConsent(bool agreed);
    bool isOpen() const { return m_worker != nullptr; }
    bool isOpening() const { return m_pending != nullptr; }
    const ConnectionUrl &url() const { return m_url; }
    Transport transport() const { return m_transport; }
    DbWorker *worker() const { return m_worker.get(); }

    const QList<TableInfo> &tables() const { return m_tables; }
    const TableInfo *table(const QualifiedName &name) const;
    TableCounts counts(const QualifiedName &name) const { return m_counts.value(name); }

    void reloadSchema();
    // Counts of the given tables (all tables when empty).
    void refreshCounts(const QList<QualifiedName> &names = {});

    // A job result that says the worker had no connection.
    static DbError notConnected();

signals:
    void opened();
    void openFailed(const Salvage::DbError &error);
    void consentNeeded(const Salvage::ConnectionUrl &url);
    void openCancelled();
    void tablesChanged();
    void schemaFailed(const Salvage::DbError &error);
    void countsChanged();

private:
    struct Schema
    {
        QList<TableInfo> tables;
        DbError error;
        Transport transport = Transport::None;
        bool needsConsent = false;
    };
    static Schema readSchema(Connection &connection);
    void postOpen(const ConnectionUrl &url, bool consented, const std::shared_ptr<DbError> &failure);
    void applyOpened(const ConnectionUrl &url, const Schema &schema);

    ConnectionUrl m_url;
    ConnectionUrl m_pendingUrl;
    Transport m_transport = Transport::None;
    std::unique_ptr<DbWorker> m_worker;
    std::unique_ptr<DbWorker> m_pending;
    std::shared_ptr<DbError> m_pendingFailure;
    QList<TableInfo> m_tables;
    QHash<QualifiedName, TableCounts> m_counts;
    quint64 m_generation = 0;
};

} // namespace Salvage
