#include "testdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <mutex>

namespace Salvage::Test {

namespace {

const QString sqliteName = QStringLiteral("sqlite");
const QString postgresName = QStringLiteral("postgresql");

QAtomicInt s_counter;

int nextNumber()
{
    return s_counter.fetchAndAddRelaxed(1) + 1;
}

QString uniqueConnectionName(const QString &purpose)
{
    return QStringLiteral("salvage_testsupport_%1_%2").arg(purpose).arg(nextNumber());
}

// Statements end with ';' at the end of a line; chunks holding only comments are skipped.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool hasSql = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        current += line + QLatin1Char('\n');
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("--")))
            hasSql = true;
        if (trimmed.endsWith(QLatin1Char(';'))) {
            if (hasSql)
                statements.append(current);
            current.clear();
            hasSql = false;
        }
    }
    if (hasSql)
        statements.append(current);
    return statements;
}

bool readTrimmed(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *text = QString::fromUtf8(file.readAll()).trimmed();
    return true;
}

// The superuser URL of the cluster the `pg` fixture started.
bool clusterAdminUrl(ConnectionUrl *url, QString *error)
{
    const QString dir = qEnvironmentVariable("SALVAGE_TEST_PG_DIR");
    if (dir.isEmpty()) {
        *error = QStringLiteral(
            "SALVAGE_TEST_PG_DIR is not set: run the tests through ctest, or start a cluster "
            "with tests/support/pg_cluster.sh start DIR and export SALVAGE_TEST_PG_DIR=DIR");
        return false;
    }
    QString text;
    QString password;
    if (!readTrimmed(QDir(dir).filePath(QStringLiteral("url")), &text, error)
        || !readTrimmed(QDir(dir).filePath(QStringLiteral("password")), &password, error)) {
        return false;
    }
    // Parsed here rather than by the core, so that a parser bug shows up in its own tests
    // instead of breaking every PostgreSQL test at once.
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        *error = QStringLiteral("malformed cluster URL in %1/url: %2").arg(dir, text);
        return false;
    }
    url->backend = Backend::PostgreSQL;
    url->host = parsed.host();
    url->port = parsed.port(5432);
    url->user = parsed.userName();
    url->database = parsed.path().mid(1);
    url->password = password;
    return true;
}

QSqlDatabase addDatabase(const ConnectionUrl &url, const QString &connectionName)
{
    if (url.backend == Backend::SQLite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    return db;
}

bool execOn(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = ok && query.exec();
    }
    if (!ok && error)
        *error = QStringLiteral("%1\n  SQL: %2").arg(query.lastError().text(), sql.trimmed());
    return ok;
}

// Runs `work` on a short-lived superuser connection to the cluster's maintenance database.
template<typename Work>
bool withAdmin(const ConnectionUrl &adminUrl, QString *error, Work work)
{
    const QString name = uniqueConnectionName(QStringLiteral("admin"));
    bool ok = false;
    {
        QSqlDatabase db = addDatabase(adminUrl, name);
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to the test cluster at %1: %2")
                         .arg(adminUrl.toString(), db.lastError().text());
        } else {
            // Quiet the NOTICEs of DROP ... IF EXISTS in the test output.
            execOn(db, QStringLiteral("SET client_min_messages TO warning"), {}, nullptr);
            ok = work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// One cell of dump(): NULL unquoted, text quoted and escaped so that each row is one line.
QString cellText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QString: {
        QString text = value.toString();
        text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        text.replace(QLatin1Char('\t'), QLatin1String("\\t"));
        text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
        text.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    default:
        return value.toString();
    }
}

} // namespace

struct TestDatabase::Private
{
    ~Private();

    QString backend;
    ConnectionUrl url;
    QString error;
    std::unique_ptr<QTemporaryDir> tempDir; // SQLite: owns the file
    QString connectionName;                 // the private QSqlDatabase connection
    ConnectionUrl adminUrl;                 // PostgreSQL: superuser, maintenance database
    QString pgDatabase;                     // PostgreSQL: the database to drop
    QString uniqueSuffix;
    QStringList roles; // PostgreSQL: roles to drop

    QSqlDatabase database() const { return QSqlDatabase::database(connectionName, false); }
    bool openPrivateConnection();
    bool createPostgresDatabase();
    void dropPostgresDatabase();
};

TestDatabase::Private::~Private()
{
    if (!connectionName.isEmpty()) {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    if (!pgDatabase.isEmpty())
        dropPostgresDatabase();
}

bool TestDatabase::Private::openPrivateConnection()
{
    connectionName = uniqueConnectionName(backend);
    QSqlDatabase db = addDatabase(url, connectionName);
    if (!db.open()) {
        error = QStringLiteral("cannot open the test database %1: %2")
                    .arg(url.toString(), db.lastError().text());
        return false;
    }
    // The same referential behaviour the application's own SQLite connections have.
    if (url.backend == Backend::SQLite
        && !execOn(db, QStringLiteral("PRAGMA foreign_keys = ON"), {}, &error)) {
        return false;
    }
    return true;
}

bool TestDatabase::Private::createPostgresDatabase()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        error = QStringLiteral("the QPSQL driver is not installed (libqt6sql6-psql)");
        return false;
    }
    if (!clusterAdminUrl(&adminUrl, &error))
        return false;
    const qint64 pid = QCoreApplication::applicationPid();
    uniqueSuffix = QStringLiteral("%1_%2").arg(nextNumber()).arg(pid);
    const QString name = QStringLiteral("salvage_t_") + uniqueSuffix;
    const QString quoted = quoteIdentifier(name);
    const bool created = withAdmin(adminUrl, &error, [&](const QSqlDatabase &admin) {
        // A left-over of a crashed run with a recycled pid would make CREATE fail.
        return execOn(admin,
                      QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted),
                      {},
                      &error)
               && execOn(admin, QStringLiteral("CREATE DATABASE %1").arg(quoted), {}, &error);
    });
    if (!created)
        return false;
    pgDatabase = name;
    url = adminUrl;
    url.database = name;
    return true;
}

void TestDatabase::Private::dropPostgresDatabase()
{
    QString dropError;
    const bool dropped = withAdmin(adminUrl, &dropError, [&](const QSqlDatabase &admin) {
        // Connections the test left open (its own Salvage::Connection objects included).
        bool ok = execOn(admin,
                         QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE datname = ? AND pid <> pg_backend_pid()"),
                         {pgDatabase},
                         &dropError);
        ok = ok
             && execOn(admin,
                       QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                           .arg(quoteIdentifier(pgDatabase)),
                       {},
                       &dropError);
        for (const QString &role : std::as_const(roles)) {
            ok = ok
                 && execOn(admin,
                           QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoteIdentifier(role)),
                           {},
                           &dropError);
        }
        return ok;
    });
    if (!dropped)
        qWarning().noquote() << "TestDatabase: cleanup of" << pgDatabase << "failed:" << dropError;
}

TestDatabase::TestDatabase() = default;
TestDatabase::~TestDatabase() = default;
TestDatabase::TestDatabase(TestDatabase &&other) noexcept = default;
TestDatabase &TestDatabase::operator=(TestDatabase &&other) noexcept = default;

QStringList TestDatabase::backends()
{
    QStringList all{sqliteName, postgresName};
    // SALVAGE_TEST_BACKENDS=sqlite restricts a local run; CI always runs both
    // (scripts/test.sh refuses the variable unless a partial run is asked for).
    const QString only = qEnvironmentVariable("SALVAGE_TEST_BACKENDS");
    if (only.isEmpty())
        return all;
    QStringList chosen;
    const QStringList names = only.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names)
        chosen.append(name.trimmed());
    // Loud, so that a restricted run is never mistaken for a full one.
    static std::once_flag warned;
    std::call_once(warned, [&]() {
        QStringList dropped;
        for (const QString &backend : all) {
            if (!chosen.contains(backend))
                dropped.append(backend);
        }
        if (!dropped.isEmpty()) {
            qWarning().noquote() << QStringLiteral("SALVAGE_TEST_BACKENDS=%1: NOT testing %2 in "
                                                   "this run (its tests are skipped)")
                                        .arg(only, dropped.join(QStringLiteral(", ")));
        }
    });
    return chosen;
}

void TestDatabase::addBackendData()
{
    QTest::addColumn<QString>("backend");
    const QStringList all = backends();
    for (const QString &backend : all)
        QTest::newRow(qPrintable(backend)) << backend;
}

TestDatabase TestDatabase::create(const QString &backend, const QString &sqlScript)
{
    TestDatabase result;
    result.d = std::make_unique<Private>();
    Private &d = *result.d;
    d.backend = backend;

    if (backend == sqliteName) {
        d.tempDir = std::make_unique<QTemporaryDir>();
        if (!d.tempDir->isValid()) {
            d.error = QStringLiteral("cannot create a temporary directory: %1")
                          .arg(d.tempDir->errorString());
            return result;
        }
        d.url.backend = Backend::SQLite;
        d.url.path = d.tempDir->filePath(QStringLiteral("test.sqlite"));
        // An empty file is an empty SQLite database; the URL then names an existing file.
        QFile file(d.url.path);
        if (!file.open(QIODevice::WriteOnly)) {
            d.error = QStringLiteral("cannot create %1: %2").arg(d.url.path, file.errorString());
            return result;
        }
        file.close();
    } else if (backend == postgresName) {
        if (!d.createPostgresDatabase())
            return result;
    } else {
        d.error = QStringLiteral("unknown test backend '%1'").arg(backend);
        return result;
    }

    if (!d.openPrivateConnection())
        return result;
    const QStringList statements = splitStatements(sqlScript);
    for (const QString &statement : statements) {
        if (!execOn(d.database(), statement, {}, &d.error)) {
            d.error.prepend(QStringLiteral("setup script failed: "));
            return result;
        }
    }
    return result;
}

bool TestDatabase::isValid() const
{
    return d && d->error.isEmpty() && !d->connectionName.isEmpty();
}

QString TestDatabase::errorString() const
{
    if (!d)
        return QStringLiteral("no test database was created");
    return d->error;
}

ConnectionUrl TestDatabase::url() const
{
    return d ? d->url : ConnectionUrl();
}

QString TestDatabase::backend() const
{
    return d ? d->backend : QString();
}

bool TestDatabase::exec(const QString &sql) const
{
    if (!isValid()) {
        qWarning().noquote() << "TestDatabase::exec on an invalid test database:" << errorString();
        return false;
    }
    QString error;
    if (!execOn(d->database(), sql, {}, &error)) {
        qWarning().noquote() << "TestDatabase::exec failed:" << error;
        return false;
    }
    return true;
}

bool TestDatabase::execScript(const QString &sqlScript) const
{
    const QStringList statements = splitStatements(sqlScript);
    for (const QString &statement : statements) {
        if (!exec(statement))
            return false;
    }
    return true;
}

QVariant TestDatabase::scalar(const QString &sql) const
{
    if (!isValid()) {
        qWarning().noquote() << "TestDatabase::scalar on an invalid test database:"
                             << errorString();
        return {};
    }
    QSqlQuery query(d->database());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        qWarning().noquote() << "TestDatabase::scalar failed:" << query.lastError().text()
                             << "\n  SQL:" << sql;
        return {};
    }
    if (!query.next()) {
        qWarning().noquote() << "TestDatabase::scalar: no row from" << sql;
        return {};
    }
    return query.value(0);
}

QString TestDatabase::dump(const QString &table, const QString &orderBy) const
{
    return dump(QualifiedName{QString(), table}, orderBy);
}

QString TestDatabase::dump(const QualifiedName &table, const QString &orderBy) const
{
    if (!isValid()) {
        qWarning().noquote() << "TestDatabase::dump on an invalid test database:" << errorString();
        return {};
    }
    QString sql = QStringLiteral("SELECT * FROM ") + table.quoted();
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    QSqlQuery query(d->database());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        qWarning().noquote() << "TestDatabase::dump failed:" << query.lastError().text()
                             << "\n  SQL:" << sql;
        return {};
    }
    const QSqlRecord record = query.record();
    QStringList header;
    for (int i = 0; i < record.count(); ++i)
        header.append(record.fieldName(i));
    QString text = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < record.count(); ++i)
            cells.append(cellText(query.value(i)));
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

Connection TestDatabase::connect() const
{
    if (!isValid()) {
        qWarning().noquote() << "TestDatabase::connect on an invalid test database:"
                             << errorString();
        return {};
    }
    DbError error;
    Connection connection = Connection::open(d->url, &error);
    if (!connection.isOpen()) {
        qWarning().noquote() << "TestDatabase::connect failed:" << error.message
                             << error.driverText;
    }
    return connection;
}

ConnectionUrl TestDatabase::urlForNewRole(const QString &role,
                                          const QString &password,
                                          const QStringList &grantsSql)
{
    if (!isValid() || d->backend != postgresName) {
        qWarning() << "TestDatabase::urlForNewRole needs a valid PostgreSQL test database";
        return {};
    }
    const QString realRole = role + QLatin1Char('_') + d->uniqueSuffix;
    d->roles.append(realRole); // dropped with the database even if the grants below fail

    // DDL takes no bound parameters: let the server quote name and password (format %I, %L).
    QSqlQuery query(d->database());
    query.prepare(QStringLiteral(
        "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(? AS text), CAST(? AS text))"));
    query.addBindValue(realRole);
    query.addBindValue(password);
    if (!query.exec() || !query.next()) {
        qWarning().noquote() << "TestDatabase::urlForNewRole:" << query.lastError().text();
        return {};
    }
    const QString createRole = query.value(0).toString();
    query.finish();
    if (!exec(createRole))
        return {};

    const QString quotedRole = quoteIdentifier(realRole);
    for (QString grant : grantsSql) {
        grant.replace(QLatin1String("{role}"), quotedRole);
        if (!exec(grant))
            return {};
    }

    ConnectionUrl url = d->url;
    url.user = realRole;
    url.password = password;
    return url;
}

} // namespace Salvage::Test
