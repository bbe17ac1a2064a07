#include "testdatabase.h"

#include "db/connection.h"
#include "db/connectionurl.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Salvage;
using Salvage::Test::TestDatabase;

Q_DECLARE_METATYPE(Salvage::Backend)
Q_DECLARE_METATYPE(Salvage::DbError::Kind)

namespace {

// libpq's conninfo syntax (keyword = value, value bare or in single quotes with \ escapes),
// as the server sees what QPSQL builds: it replaces every ';' of the connect options by ' '.
// Returns the keywords in order; *ok is false on a syntax error.
QList<QPair<QString, QString>> parseConninfo(QString text, bool *ok)
{
    text.replace(u';', u' ');
    QList<QPair<QString, QString>> result;
    *ok = true;
    int i = 0;
    const auto skipSpace = [&]() {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= text.size())
            return result;
        QString key;
        while (i < text.size() && text.at(i) != u'=' && !text.at(i).isSpace())
            key += text.at(i++);
        skipSpace();
        if (i >= text.size() || text.at(i) != u'=') {
            *ok = false;
            return result;
        }
        ++i;
        skipSpace();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size()) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) {
                *ok = false;
                return result;
            }
        } else {
            while (i < text.size() && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size())
                    value += text.at(i++);
                else
                    value += c;
            }
        }
        result << qMakePair(key, value);
    }
}

QString describe(const DbError &error)
{
    return QStringLiteral("kind %1, message '%2', driver '%3', sqlstate %4")
        .arg(int(error.kind))
        .arg(error.message, error.driverText, error.sqlState);
}

bool pgAvailable()
{
    return TestDatabase::backends().contains(QStringLiteral("postgresql"));
}

} // namespace

class TestConnectionUrl : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void forbiddenOptions_data();
    void forbiddenOptions();
    void allowedOptionNames_data();
    void allowedOptionNames();
    void passwordNeverPrinted_data();
    void passwordNeverPrinted();
    void toStringRoundTrip_data();
    void toStringRoundTrip();

    void sqliteMissingFile();
    void sqliteCreateIfMissing();
    void postgresErrors_data();
    void postgresErrors();
    void postgresPasswordFromEnvironment();
    void postgresPasswordFromPassFile();
};

void TestConnectionUrl::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("options"); // key=value, sorted by key

    const auto pg = Backend::PostgreSQL;
    QTest::newRow("sqlite absolute") << "sqlite:/tmp/shop.db" << Backend::SQLite << "/tmp/shop.db"
                                     << "" << 0 << ""
                                     << ""
                                     << "" << QStringList();
    QTest::newRow("sqlite relative") << "sqlite:data/shop.db" << Backend::SQLite << "data/shop.db"
                                     << "" << 0 << ""
                                     << ""
                                     << "" << QStringList();
    QTest::newRow("sqlite with space")
        << "sqlite:/tmp/my shop.db" << Backend::SQLite << "/tmp/my shop.db"
        << "" << 0 << ""
        << ""
        << "" << QStringList();
    QTest::newRow("pg full") << "postgresql://alice@db.example.com:5433/shop" << pg << ""
                             << "db.example.com" << 5433 << "shop"
                             << "alice"
                             << "" << QStringList();
    QTest::newRow("pg password") << "postgresql://alice:s3cret@db.example.com/shop" << pg << ""
                                 << "db.example.com" << 0 << "shop"
                                 << "alice"
                                 << "s3cret" << QStringList();
    QTest::newRow("postgres scheme") << "postgres://alice@db/shop" << pg << ""
                                     << "db" << 0 << "shop"
                                     << "alice"
                                     << "" << QStringList();
    QTest::newRow("percent decoding")
        << "postgresql://al%40ice:p%2Fw%3Ad%40@host/my%20db" << pg << ""
        << "host" << 0 << "my db"
        << "al@ice"
        << "p/w:d@" << QStringList();
    QTest::newRow("ipv6 loopback with port") << "postgresql://bob@[::1]:6543/db" << pg << ""
                                             << "::1" << 6543 << "db"
                                             << "bob"
                                             << "" << QStringList();
    QTest::newRow("ipv6 address") << "postgresql://bob@[2001:db8::7]/db" << pg << ""
                                  << "2001:db8::7" << 0 << "db"
                                  << "bob"
                                  << "" << QStringList();
    QTest::newRow("sslmode") << "postgresql://u@h/db?sslmode=require" << pg << ""
                             << "h" << 0 << "db"
                             << "u"
                             << "" << QStringList{"sslmode=require"};
    QTest::newRow("all allowed options")
        << "postgresql://u@h/db?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"
           "&sslcert=/home/u/c.crt&sslkey=/home/u/c.key&connect_timeout=5"
           "&application_name=salvage"
        << pg << ""
        << "h" << 0 << "db"
        << "u"
        << ""
        << QStringList{"application_name=salvage",
                       "connect_timeout=5",
                       "sslcert=/home/u/c.crt",
                       "sslkey=/home/u/c.key",
                       "sslmode=verify-full",
                       "sslrootcert=/etc/ssl/ca.pem"};
    QTest::newRow("statement timeout option")
        << "postgresql://u@h/db?options=-c%20statement_timeout%3D5000" << pg << ""
        << "h" << 0 << "db"
        << "u"
        << "" << QStringList{"options=-c statement_timeout=5000"};
}

void TestConnectionUrl::parseValid()
{
    QFETCH(QString, text);
    QFETCH(Backend, backend);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QStringList, options);

    QString error;
    const ConnectionUrl url = ConnectionUrl::parse(text, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.backend, backend);
    QCOMPARE(url.path, path);
    if (backend == Backend::PostgreSQL) {
        QCOMPARE(url.host, host);
        QVERIFY(url.port == port || (port == 0 && url.port == 5432));
        QCOMPARE(url.database, database);
        QCOMPARE(url.user, user);
        QCOMPARE(url.password, password);
    }
    QStringList actual;
    for (auto it = url.options.cbegin(); it != url.options.cend(); ++it)
        actual << it.key() + u'=' + it.value();
    actual.sort();
    QCOMPARE(actual, options);
}

void TestConnectionUrl::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("unknown scheme") << "mysql://u@h/db";
    QTest::newRow("http") << "http://example.com/db";
    QTest::newRow("sqlite without path") << "sqlite:";
    QTest::newRow("bare path") << "/tmp/shop.db";
    QTest::newRow("port not a number") << "postgresql://u@h:port/db";
    QTest::newRow("port out of range") << "postgresql://u@h:70000/db";
}

void TestConnectionUrl::parseInvalid()
{
    QFETCH(QString, text);
    QString error;
    const ConnectionUrl url = ConnectionUrl::parse(text, &error);
    QVERIFY(!url.isValid());
    QVERIFY2(!error.isEmpty(), "a rejected URL says why");
}

void TestConnectionUrl::forbiddenOptions_data()
{
    QTest::addColumn<QString>("text");
    const QString base = QStringLiteral("postgresql://u@goodhost:5432/gooddb?");
    QTest::newRow("host") << base + "host=evil";
    QTest::newRow("hostaddr") << base + "hostaddr=10.6.6.6";
    QTest::newRow("port") << base + "port=6666";
    QTest::newRow("dbname") << base + "dbname=evil";
    QTest::newRow("user") << base + "user=evil";
    QTest::newRow("unknown key") << base + "foo=bar";
    QTest::newRow("host after an allowed one") << base + "sslmode=require&host=evil";
    QTest::newRow("host in application_name value") << base + "application_name=x%20host%3Devil";
    QTest::newRow("semicolon in value") << base + "application_name=x;host=evil";
    QTest::newRow("quote in value") << base + "application_name=x'%20host='evil";
    QTest::newRow("backslash quote in value") << base + "application_name=x\\'%20host%3Devil";
    QTest::newRow("sslmode value smuggling") << base + "sslmode=disable%20host%3Devil";
    QTest::newRow("options with other setting") << base + "options=-c%20search_path%3Devil";
    QTest::newRow("options smuggling host") << base
                                                   + "options=-c%20statement_timeout%3D1'"
                                                     "%20host%3Devil";
}

void TestConnectionUrl::forbiddenOptions()
{
    QFETCH(QString, text);
    QString error;
    const ConnectionUrl url = ConnectionUrl::parse(text, &error);
    if (!url.isValid()) {
        QVERIFY2(!error.isEmpty(), "a rejected option says why");
        return;
    }
    // Accepted: then nothing may reach libpq that overrides the host, port, user or database.
    QCOMPARE(url.host, QStringLiteral("goodhost"));
    QCOMPARE(url.database, QStringLiteral("gooddb"));
    QCOMPARE(url.user, QStringLiteral("u"));
    for (auto it = url.options.cbegin(); it != url.options.cend(); ++it)
        QVERIFY2(ConnectionUrl::isAllowedOption(it.key()), qPrintable(it.key()));
    bool ok = false;
    const auto keywords = parseConninfo(url.pgConnectOptions(), &ok);
    QVERIFY2(ok, qPrintable(url.pgConnectOptions()));
    for (const auto &keyword : keywords) {
        QVERIFY2(ConnectionUrl::isAllowedOption(keyword.first),
                 qPrintable(keyword.first + " in " + url.pgConnectOptions()));
        QVERIFY2(!keyword.second.contains(QStringLiteral("search_path")),
                 qPrintable(url.pgConnectOptions()));
    }
}

void TestConnectionUrl::allowedOptionNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("allowed");
    for (const char *key : {"sslmode",
                            "sslrootcert",
                            "sslcert",
                            "sslkey",
                            "connect_timeout",
                            "application_name",
                            "options"}) {
        QTest::newRow(key) << key << true;
    }
    for (const char *key : {"host",
                            "hostaddr",
                            "port",
                            "dbname",
                            "user",
                            "password",
                            "passfile",
                            "service",
                            "requiressl",
                            "SSLMODE",
                            ""}) {
        QTest::newRow(*key ? key : "empty") << key << false;
    }
}

void TestConnectionUrl::allowedOptionNames()
{
    QFETCH(QString, key);
    QFETCH(bool, allowed);
    QCOMPARE(ConnectionUrl::isAllowedOption(key), allowed);
}

void TestConnectionUrl::passwordNeverPrinted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << "postgresql://alice:Sup3rSecret@db:5432/shop"
                           << "Sup3rSecret";
    QTest::newRow("encoded") << "postgresql://alice:Sup3r%2FSecret%40x@db/shop"
                             << "Sup3r/Secret@x";
    QTest::newRow("with options") << "postgresql://alice:Sup3rSecret@[::1]/shop?sslmode=require"
                                  << "Sup3rSecret";
}

void TestConnectionUrl::passwordNeverPrinted()
{
    QFETCH(QString, text);
    QFETCH(QString, password);
    const ConnectionUrl url = ConnectionUrl::parse(text);
    QVERIFY(url.isValid());
    QCOMPARE(url.password, password);
    for (const QString &shown : {url.toString(), url.settingsKey(), url.pgConnectOptions()}) {
        QVERIFY2(!shown.contains(QStringLiteral("Sup3r")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Secret")), qPrintable(shown));
    }
    QVERIFY(url.toString().contains(QStringLiteral("alice")));
    // A programmatically set password is not printed either.
    ConnectionUrl copy = url;
    copy.password = QStringLiteral("An0therSecret");
    QVERIFY(!copy.toString().contains(QStringLiteral("An0ther")));
}

void TestConnectionUrl::toStringRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sqlite") << "sqlite:/tmp/my shop.db";
    QTest::newRow("pg") << "postgresql://alice@db.example.com:5433/shop";
    QTest::newRow("pg options") << "postgresql://alice@h/shop?sslmode=require&connect_timeout=3";
    QTest::newRow("pg encoded") << "postgresql://al%40ice@h/my%20db";
    QTest::newRow("pg ipv6") << "postgresql://bob@[::1]:6543/db";
}

void TestConnectionUrl::toStringRoundTrip()
{
    QFETCH(QString, text);
    const ConnectionUrl url = ConnectionUrl::parse(text);
    QVERIFY(url.isValid());
    QString error;
    const ConnectionUrl again = ConnectionUrl::parse(url.toString(), &error);
    QVERIFY2(again.isValid(), qPrintable(url.toString() + ": " + error));
    QCOMPARE(again.backend, url.backend);
    QCOMPARE(again.path, url.path);
    QCOMPARE(again.host, url.host);
    QCOMPARE(again.port, url.port);
    QCOMPARE(again.database, url.database);
    QCOMPARE(again.user, url.user);
    QCOMPARE(again.options, url.options);
    QCOMPARE(again.settingsKey(), url.settingsKey());
}

void TestConnectionUrl::sqliteMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    ConnectionUrl url = ConnectionUrl::parse(QStringLiteral("sqlite:") + path);
    QVERIFY(url.isValid());
    QVERIFY(!url.createIfMissing);
    DbError error;
    Connection connection = Connection::open(url, &error);
    QVERIFY(!connection.isOpen());
    QCOMPARE(error.kind, DbError::NoDatabase);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.message != error.driverText);
    QVERIFY2(!QFile::exists(path), "opening must not create the file unless asked");
}

void TestConnectionUrl::sqliteCreateIfMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.db"));
    ConnectionUrl url = ConnectionUrl::parse(QStringLiteral("sqlite:") + path);
    url.createIfMissing = true;
    DbError error;
    Connection connection = Connection::open(url, &error);
    QVERIFY2(connection.isOpen(), qPrintable(describe(error)));
    QVERIFY(!error.isError());
    QCOMPARE(connection.backend(), Backend::SQLite);
    QVERIFY(connection.exec(QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY)"), {}, &error));
    QVERIFY(QFile::exists(path));

    // A directory that does not exist is not created: a clear error instead.
    ConnectionUrl nowhere = ConnectionUrl::parse(
        QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("no/such/dir/x.db")));
    nowhere.createIfMissing = true;
    DbError failure;
    Connection none = Connection::open(nowhere, &failure);
    QVERIFY(!none.isOpen());
    QVERIFY(failure.isError());
    QVERIFY(!failure.message.isEmpty());
}

void TestConnectionUrl::postgresErrors_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<DbError::Kind>("kind");
    QTest::newRow("wrong password") << "password" << DbError::AuthFailed;
    QTest::newRow("unknown user") << "user" << DbError::AuthFailed;
    QTest::newRow("unreachable port") << "port" << DbError::Unreachable;
    QTest::newRow("missing database") << "database" << DbError::NoDatabase;
    QTest::newRow("TLS required but not offered") << "sslmode" << DbError::TlsRequired;
}

void TestConnectionUrl::postgresErrors()
{
    QFETCH(QString, change);
    QFETCH(DbError::Kind, kind);
    if (!pgAvailable())
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db, QStringLiteral("postgresql"), QString());

    ConnectionUrl url = db.url();
    {
        DbError error;
        Connection good = Connection::open(url, &error);
        QVERIFY2(good.isOpen(), qPrintable(describe(error)));
        QCOMPARE(good.databaseUser(), url.user);
        QCOMPARE(good.backend(), Backend::PostgreSQL);
    }
    url.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    if (change == QLatin1String("password")) {
        url.password = QStringLiteral("wr0ng-passw0rd");
    } else if (change == QLatin1String("user")) {
        url.user = QStringLiteral("nobody_here");
    } else if (change == QLatin1String("port")) {
        url.port = 1; // nothing listens there
    } else if (change == QLatin1String("database")) {
        url.database = QStringLiteral("no_such_database_here");
    } else if (change == QLatin1String("sslmode")) {
        url.options.insert(QStringLiteral("sslmode"), QStringLiteral("require"));
    }

    DbError error;
    QElapsedTimer timer;
    timer.start();
    Connection connection = Connection::open(url, &error);
    QVERIFY(!connection.isOpen());
    QVERIFY(timer.elapsed() < 30000);
    QVERIFY2(error.kind == kind, qPrintable(describe(error)));
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message != error.driverText, qPrintable(error.message));
    QVERIFY(!error.message.contains(QStringLiteral("wr0ng")));
    QVERIFY(!error.message.contains(db.url().password));
}

void TestConnectionUrl::postgresPasswordFromEnvironment()
{
    if (!pgAvailable())
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db, QStringLiteral("postgresql"), QString());
    ConnectionUrl url = db.url();
    const QString password = url.password;
    url.password.clear();

    qputenv("PGPASSWORD", "wr0ng-passw0rd");
    DbError error;
    Connection wrong = Connection::open(url, &error);
    QVERIFY(!wrong.isOpen());
    QCOMPARE(error.kind, DbError::AuthFailed);

    qputenv("PGPASSWORD", password.toUtf8());
    Connection connection = Connection::open(url, &error);
    qunsetenv("PGPASSWORD");
    QVERIFY2(connection.isOpen(), qPrintable(describe(error)));
}

void TestConnectionUrl::postgresPasswordFromPassFile()
{
    if (!pgAvailable())
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db, QStringLiteral("postgresql"), QString());
    ConnectionUrl url = db.url();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString passFile = dir.filePath(QStringLiteral("pgpass"));
    QFile file(passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("%1:%2:*:%3:%4\n")
                   .arg(url.host)
                   .arg(url.port)
                   .arg(url.user, url.password)
                   .toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    url.password.clear();

    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    DbError error;
    Connection connection = Connection::open(url, &error);
    qunsetenv("PGPASSFILE");
    QVERIFY2(connection.isOpen(), qPrintable(describe(error)));
}

QTEST_GUILESS_MAIN(TestConnectionUrl)
#include "tst_connectionurl.moc"
