#include "databasesession.h"

#include "db/sqldialect.h"
#include "schema/rowcounts.h"
#include "schema/conventionstore.h"
#include "schema/schemainspector.h"

#include <QCoreApplication>

namespace Salvage {

namespace {

using CountMap = QHash<QualifiedName, TableCounts>;

CountMap countTables(Connection &connection, const QList<TableInfo> &tables)
{
    CountMap result;
    if (!connection.isOpen())
        return result;
    for (const TableInfo &table : tables) {
        TableCounts counts;
        if (table.convention.isSoftDeletable()) {
            counts.active = countRows(connection, table, Scope::Active, nullptr);
            counts.trashed = countRows(connection, table, Scope::Trash, nullptr);
            if (counts.active >= 0 && counts.trashed >= 0)
                counts.total = counts.active + counts.trashed;
        } else {
            counts.total = countRows(connection, table, Scope::All, nullptr);
        }
        result.insert(table.name, counts);
    }
    return result;
}

} // namespace

DatabaseSession::DatabaseSession(QObject *parent)
    : QObject(parent)
{}

DatabaseSession::~DatabaseSession() = default;

DbError DatabaseSession::notConnected()
{
    DbError error;
    error.kind = DbError::ConnectionLost;
    error.message = QCoreApplication::translate("Salvage::DatabaseSession",
                                                "Not connected to the database.");
    return error;
}

DatabaseSession::Schema DatabaseSession::readSchema(Connection &connection)
{
    Schema schema;
    if (!connection.isOpen()) {
        schema.error = notConnected();
        return schema;
    }
    const ConventionStore overrides(connection.url().settingsKey());
    SchemaInspector inspector(connection);
    schema.tables = inspector.tables(&schema.error, &overrides);
    return schema;
}

void DatabaseSession::open(const ConnectionUrl &url)
{
    // One attempt at a time: dropping a worker that is still connecting would block.
    if (m_pending)
        return;
    const quint64 generation = ++m_generation;
    m_pending = std::make_unique<DbWorker>(url);
    auto failure = std::make_shared<DbError>();
    // Direct: runs on the worker thread before its first job, which then reports it.
    connect(
        m_pending.get(),
        &DbWorker::connectionFailed,
        m_pending.get(),
        [failure](const DbError &error) { *failure = error; },
        Qt::DirectConnection);
    // Queued to us as well, in case the worker runs no job without a connection.
    connect(
        m_pending.get(),
        &DbWorker::connectionFailed,
        this,
        [this, generation](const DbError &error) {
            if (generation != m_generation || !m_pending)
                return;
            m_pending.reset();
            emit openFailed(error);
        },
        Qt::QueuedConnection);

    m_pendingUrl = url;
    postOpen(url, false, failure);
}

void DatabaseSession::postOpen(const ConnectionUrl &url,
                               bool consented,
                               const std::shared_ptr<DbError> &failure)
{
    const quint64 generation = m_generation;
    m_pending->post<Schema>(
        [failure, url, consented](Connection &connection) {
            Schema schema;
            schema.transport = transportOf(connection);
            // Nothing is read over plain text to another machine before the user agreed.
            if (!consented && needsUnencryptedConsent(url, schema.transport)) {
                schema.needsConsent = true;
                return schema;
            }
            const Transport transport = schema.transport;
            schema = readSchema(connection);
            schema.transport = transport;
            if (!connection.isOpen() && failure && failure->isError())
                schema.error = *failure;
            return schema;
        },
        this,
        [this, generation, url](const Schema &schema) {
            if (generation != m_generation || !m_pending)
                return;
            if (schema.error.isError()) {
                m_pending.reset();
                emit openFailed(schema.error);
                return;
            }
            if (schema.needsConsent) {
                emit consentNeeded(url);
                return;
            }
            applyOpened(url, schema);
        });
}

void DatabaseSession::answerConsent(bool agreed)
{
    if (!m_pending)
        return;
    if (agreed) {
        postOpen(m_pendingUrl, true, nullptr);
        return;
    }
    m_pending.reset();
    emit openCancelled();
}

void DatabaseSession::applyOpened(const ConnectionUrl &url, const Schema &schema)
{
    m_worker = std::move(m_pending);
    m_url = url;
    m_transport = schema.transport;
    m_tables = schema.tables;
    m_counts.clear();
    emit opened();
    emit tablesChanged();
    refreshCounts();
}

const TableInfo *DatabaseSession::table(const QualifiedName &name) const
{
    for (const TableInfo &info : m_tables) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

void DatabaseSession::reloadSchema()
{
    if (!m_worker)
        return;
    const quint64 generation = m_generation;
    m_worker->post<Schema>(
        &DatabaseSession::readSchema,
        this,
        [this, generation](const Schema &schema) {
            if (generation != m_generation)
                return;
            if (schema.error.isError()) {
                emit schemaFailed(schema.error);
                return;
            }
            m_tables = schema.tables;
            emit tablesChanged();
            refreshCounts();
        });
}

void DatabaseSession::refreshCounts(const QList<QualifiedName> &names)
{
    if (!m_worker)
        return;
    QList<TableInfo> tables;
    for (const TableInfo &info : std::as_const(m_tables)) {
        if (names.isEmpty() || names.contains(info.name))
            tables.append(info);
    }
    const quint64 generation = m_generation;
    m_worker->post<CountMap>([tables](
                                 Connection &connection) { return countTables(connection, tables); },
                             this,
                             [this, generation](const CountMap &counts) {
                                 if (generation != m_generation)
                                     return;
                                 for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                                     m_counts.insert(it.key(), it.value());
                                 emit countsChanged();
                             });
}

} // namespace Salvage
