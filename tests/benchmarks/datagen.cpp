#include "datagen.h"

#include "db/connection.h"
#include "db/identifier.h"

#include <QCoreApplication>

namespace Salvage::Bench::DataGen {

namespace {

qint64 customerCount(qint64 rows)
{
    return std::max<qint64>(100, rows / 10);
}

const char *const indexSql[] = {
    "CREATE INDEX items_active_email ON items (email) WHERE deleted_at IS NULL",
    "CREATE INDEX items_active_created_at ON items (created_at) WHERE deleted_at IS NULL",
    "CREATE INDEX items_deleted_at ON items (deleted_at)",
    "CREATE INDEX items_created_at ON items (created_at)",
};

// created_at: spread over three years and not in id order (the sort case must sort);
// deleted_at: 1 to 1000 hours after it, for every 10th row.
const char pgCustomers[] = "INSERT INTO customers (id, name, email) "
                           "SELECT g, 'Customer ' || g, 'customer' || g || '@example.com' "
                           "FROM generate_series(1, CAST(? AS bigint)) AS g";
const char pgItems[]
    = "INSERT INTO items (id, customer_id, email, name, amount, created_at, deleted_at, "
      "deleted_by) "
      "SELECT g, 1 + (g * 7919) % CAST(? AS bigint), 'user' || g || '@example.com', "
      "'Item ' || g, ((g * 37) % 100000) / 100.0, created, "
      "CASE WHEN g % 10 = 0 THEN created + ((g % 1000) + 1) * INTERVAL '1 hour' END, "
      "CASE WHEN g % 20 = 0 THEN 'batchjob' WHEN g % 10 = 0 THEN 'alice' END "
      "FROM (SELECT g, TIMESTAMP '2020-01-01 00:00:00' "
      "             + ((g * 104729) % 94608000) * INTERVAL '1 second' AS created "
      "      FROM generate_series(1, CAST(? AS bigint)) AS g) AS s";

const char sqliteCustomers[]
    = "WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < ?) "
      "INSERT INTO customers (id, name, email) "
      "SELECT g, 'Customer ' || g, 'customer' || g || '@example.com' FROM s";
const char sqliteItems[]
    = "WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < ?), "
      "t(g, created) AS (SELECT g, datetime('2020-01-01 00:00:00', "
      "                  '+' || ((g * 104729) % 94608000) || ' seconds') FROM s) "
      "INSERT INTO items (id, customer_id, email, name, amount, created_at, deleted_at, "
      "deleted_by) "
      "SELECT g, 1 + (g * 7919) % ?, 'user' || g || '@example.com', 'Item ' || g, "
      "((g * 37) % 100000) / 100.0, created, "
      "CASE WHEN g % 10 = 0 THEN datetime(created, '+' || ((g % 1000) + 1) || ' hours') END, "
      "CASE WHEN g % 20 = 0 THEN 'batchjob' WHEN g % 10 = 0 THEN 'alice' END FROM t";

bool run(Connection &connection, const QString &sql, const QVariantList &values, QString *error)
{
    DbError failure;
    if (connection.exec(sql, values, &failure))
        return true;
    *error = QCoreApplication::translate("Salvage::Bench", "Creating the data failed: %1\n%2")
                 .arg(failure.driverText.isEmpty() ? failure.message : failure.driverText, sql);
    return false;
}

bool runAll(Connection &connection, const QList<Statement> &statements, QString *error)
{
    for (const Statement &s : statements) {
        if (!run(connection, s.sql, s.values, error))
            return false;
    }
    return true;
}

QList<Statement> schema(Backend backend)
{
    const bool pg = backend == Backend::PostgreSQL;
    const QString key = pg ? QStringLiteral("bigint PRIMARY KEY")
                           : QStringLiteral("INTEGER PRIMARY KEY");
    const QString amount = pg ? QStringLiteral("numeric(12, 2)") : QStringLiteral("real");
    return {
        {QStringLiteral("CREATE TABLE customers (id %1, name text NOT NULL, "
                        "email text NOT NULL)")
             .arg(key),
         {}},
        {QStringLiteral("CREATE TABLE items (id %1, "
                        "customer_id bigint NOT NULL REFERENCES customers (id), "
                        "email text NOT NULL, name text NOT NULL, amount %2 NOT NULL, "
                        "created_at timestamp NOT NULL, deleted_at timestamp NULL, "
                        "deleted_by text NULL)")
             .arg(key, amount),
         {}},
    };
}

QList<Statement> indexes()
{
    QList<Statement> result;
    for (const char *sql : indexSql)
        result << Statement{QString::fromLatin1(sql), {}};
    return result;
}

QDateTime utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

bool createPostgres(const ConnectionUrl &admin,
                    const QString &name,
                    qint64 rows,
                    ConnectionUrl *url,
                    QString *error)
{
    {
        DbError failure;
        Connection connection = Connection::open(admin, &failure);
        if (!connection.isOpen()) {
            *error = QCoreApplication::translate("Salvage::Bench",
                                                 "Cannot connect to PostgreSQL at %1: %2")
                         .arg(admin.toString(), failure.driverText);
            return false;
        }
        const QString quoted = quoteIdentifier(name);
        if (!run(connection, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted), {}, error)
            || !run(connection, QStringLiteral("CREATE DATABASE %1").arg(quoted), {}, error)) {
            return false;
        }
    }
    *url = admin;
    url->database = name;
    DbError failure;
    Connection connection = Connection::open(*url, &failure);
    if (!connection.isOpen()) {
        *error = failure.driverText;
        return false;
    }
    QList<Statement> statements = schema(Backend::PostgreSQL);
    statements << Statement{QString::fromLatin1(pgCustomers), {customerCount(rows)}}
               << Statement{QString::fromLatin1(pgItems), {customerCount(rows), rows}};
    statements << indexes();
    statements << Statement{QStringLiteral("VACUUM ANALYZE customers"), {}}
               << Statement{QStringLiteral("VACUUM ANALYZE items"), {}};
    return runAll(connection, statements, error);
}

void dropPostgres(const ConnectionUrl &admin, const QString &name)
{
    DbError failure;
    Connection connection = Connection::open(admin, &failure);
    if (connection.isOpen()) {
        connection.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                            .arg(quoteIdentifier(name)),
                        {},
                        &failure);
    }
}

bool createSqlite(const QString &path, qint64 rows, ConnectionUrl *url, QString *error)
{
    url->backend = Backend::SQLite;
    url->path = path;
    url->createIfMissing = true;
    DbError failure;
    Connection connection = Connection::open(*url, &failure);
    url->createIfMissing = false;
    if (!connection.isOpen()) {
        *error = failure.message;
        return false;
    }
    // Durability off for the setup only (it is per connection); WAL stays with the file.
    QList<Statement> statements{{QStringLiteral("PRAGMA journal_mode = WAL"), {}},
                                {QStringLiteral("PRAGMA synchronous = OFF"), {}},
                                {QStringLiteral("BEGIN"), {}}};
    statements << schema(Backend::SQLite);
    statements << Statement{QString::fromLatin1(sqliteCustomers), {customerCount(rows)}}
               << Statement{QString::fromLatin1(sqliteItems), {rows, customerCount(rows)}};
    statements << indexes();
    statements << Statement{QStringLiteral("COMMIT"), {}}
               << Statement{QStringLiteral("ANALYZE"), {}};
    return runAll(connection, statements, error);
}

QString batchActor()
{
    return QStringLiteral("batchjob");
}

QDateTime restoreWindowFrom()
{
    return utc(2029, 12, 31);
}

QDateTime restoreWindowTo()
{
    return utc(2030, 1, 2);
}

QDateTime purgeWindowFrom()
{
    return utc(2030, 12, 31);
}

QDateTime purgeWindowTo()
{
    return utc(2031, 1, 2);
}

QString timestampText(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Statement trashForRestore(Backend backend, qint64 count)
{
    Q_UNUSED(backend)
    return {QStringLiteral("UPDATE items SET deleted_at = ?, deleted_by = ? WHERE id IN "
                           "(SELECT id FROM items WHERE deleted_at IS NULL ORDER BY id LIMIT ?)"),
            {timestampText(utc(2030, 1, 1, 12)), batchActor(), count}};
}

Statement insertForPurge(Backend backend, qint64 rows, qint64 count)
{
    const QString columns = QStringLiteral(
        "INSERT INTO items (id, customer_id, email, name, amount, created_at, deleted_at, "
        "deleted_by) ");
    const QString values = QStringLiteral(
        "SELECT g, 1 + g % 100, 'purge' || g || '@example.com', 'Item ' || g, 1.5, "
        "%1, %1, ? FROM ");
    const QString marker = timestampText(utc(2031, 1, 1, 12));
    if (backend == Backend::PostgreSQL) {
        return {columns + values.arg(QStringLiteral("CAST(? AS timestamp)"))
                    + QStringLiteral("generate_series(CAST(? AS bigint), CAST(? AS bigint)) AS g"),
                {marker, marker, batchActor(), rows + 1, rows + count}};
    }
    return {QStringLiteral("WITH RECURSIVE s(g) AS (SELECT ? UNION ALL SELECT g + 1 FROM s "
                           "WHERE g < ?) ")
                + columns + values.arg(QStringLiteral("?")) + QStringLiteral("s"),
            {rows + 1, rows + count, marker, marker, batchActor()}};
}

Statement removePurgeLeftovers()
{
    return {QStringLiteral("DELETE FROM items WHERE deleted_by = ? AND deleted_at >= ? "
                           "AND deleted_at < ?"),
            {batchActor(), timestampText(purgeWindowFrom()), timestampText(purgeWindowTo())}};
}

} // namespace Salvage::Bench::DataGen
