// Secrets: a canary password, new each run, through every path that could show it - URL
// parse errors, connection errors against the test cluster, the URL's printed forms and the
// erasure report - and the core's decision about unencrypted connections.

#include "testdatabase.h"

#include "db/connection.h"
#include "db/connectionsecurity.h"
#include "db/connectionurl.h"
#include "db/secrets.h"
#include "privacy/erasurereport.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Salvage;
using Salvage::Test::TestDatabase;

Q_DECLARE_METATYPE(Salvage::DbError::Kind)
Q_DECLARE_METATYPE(Salvage::Transport)

namespace {

// Letters and digits only, so that it reads the same percent-encoded or not.
QString makeCanary()
{
    QString canary = QStringLiteral("Cny");
    for (int i = 0; i < 17; ++i)
        canary += QLatin1Char(
            "abcdefghjkmnpqrstuvwxyz23456789"[QRandomGenerator::global()->bounded(31)]);
    return canary;
}

const QString &canary()
{
    static const QString value = makeCanary();
    return value;
}

// The whole canary, or a half of it, anywhere in `text`.
bool showsCanary(const QString &text)
{
    const QString &secret = canary();
    return text.contains(secret) || text.contains(secret.left(10)) || text.contains(secret.mid(10));
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

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void parseErrorsHideThePassword_data();
    void parseErrorsHideThePassword();
    void redactedUrlText_data();
    void redactedUrlText();
    void scrubSecretForms();
    void commandLineRefusesPassword();
    void printedFormsHideThePassword();

    void connectErrorsHideThePassword_data();
    void connectErrorsHideThePassword();

    void localHosts_data();
    void localHosts();
    void unencryptedConsent_data();
    void unencryptedConsent();
    void transportOfTestConnections_data() { TestDatabase::addBackendData(); }
    void transportOfTestConnections();
};

void TestSecrets::parseErrorsHideThePassword_data()
{
    QTest::addColumn<QString>("text");
    const auto row = [](const char *name, QString text) {
        QTest::newRow(name) << text.replace(QLatin1String("{pw}"), canary());
    };
    row("bad percent-encoding", "postgresql://alice:{pw}%zz@db.example.com/shop");
    row("lone percent", "postgresql://alice:{pw}%@db.example.com/shop");
    row("broken host", "postgresql://alice:{pw}@db example.com/shop");
    row("broken IPv6 host", "postgresql://alice:{pw}@[::1/shop");
    row("bad port", "postgresql://alice:{pw}@db.example.com:port/shop");
    row("port out of range", "postgresql://alice:{pw}@db.example.com:70000/shop");
    row("unknown scheme", "mysql://alice:{pw}@db.example.com/shop");
    row("typo in scheme", "postgresq://alice:{pw}@db.example.com/shop");
    row("unencoded @", "postgresql://alice:{pw}@x@db.example.com/shop");
    row("unencoded /", "postgresql://alice:x/{pw}@db.example.com/shop");
    row("unencoded #", "postgresql://alice:x#{pw}@db.example.com/shop");
    row("unencoded space", "postgresql://alice:x {pw}@db.example.com/shop");
    row("conninfo instead of URL", "host=db.example.com password={pw} dbname=shop");
    row("quoted conninfo", "host=db password = 'x {pw}' dbname=shop");
    row("password option", "postgresql://alice@db.example.com/shop?password={pw}");
    row("bad option value", "postgresql://alice:{pw}@db/shop?sslmode=bogus");
    row("slash in database", "postgresql://alice:{pw}@db.example.com/shop/x");
}

void TestSecrets::parseErrorsHideThePassword()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!ConnectionUrl::parse(text, &error).isValid());
    QVERIFY2(!error.isEmpty(), "a rejected URL says why");
    QVERIFY2(!showsCanary(error), qPrintable(error));
    QString commandLineError;
    QVERIFY(!ConnectionUrl::parseCommandLine(text, &commandLineError).isValid());
    QVERIFY2(!showsCanary(commandLineError), qPrintable(commandLineError));
    QVERIFY2(!showsCanary(redactUrlText(text)), qPrintable(redactUrlText(text)));
}

void TestSecrets::redactedUrlText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("no password") << "postgresql://alice@db:5432/shop?sslmode=require"
                                 << "postgresql://alice@db:5432/shop?sslmode=require";
    QTest::newRow("password") << "postgresql://alice:pw@db:5432/shop"
                              << "postgresql://alice:****@db:5432/shop";
    QTest::newRow("unencoded @") << "postgresql://alice:p@w@db/shop"
                                 << "postgresql://alice:****@db/shop";
    QTest::newRow("port, no user") << "postgresql://db:5432/shop"
                                   << "postgresql://db:5432/shop";
    QTest::newRow("conninfo") << "host=db password='a b' user=x"
                              << "host=db password=**** user=x";
    QTest::newRow("query item") << "postgresql://db/shop?password=pw&sslmode=require"
                                << "postgresql://db/shop?password=****&sslmode=require";
    QTest::newRow("sqlite") << "sqlite:/data/shop.db"
                            << "sqlite:/data/shop.db";
}

void TestSecrets::redactedUrlText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(redactUrlText(text), shown);
}

void TestSecrets::scrubSecretForms()
{
    const QString secret = QStringLiteral("p@ss/w%rd");
    const QString text = QStringLiteral("a p@ss/w%rd b p%40ss%2Fw%25rd c");
    QCOMPARE(scrubSecret(text, secret), QStringLiteral("a **** b **** c"));
    QCOMPARE(scrubSecret(text, QString()), text);
}

void TestSecrets::commandLineRefusesPassword()
{
    QString error;
    const QString text = QStringLiteral("postgresql://alice:%1@db.example.com/shop").arg(canary());
    QVERIFY(ConnectionUrl::parse(text).isValid());
    QVERIFY(!ConnectionUrl::parseCommandLine(text, &error).isValid());
    QVERIFY2(error.contains(QLatin1String("PGPASSWORD")), qPrintable(error));
    QVERIFY2(!showsCanary(error), qPrintable(error));
    const ConnectionUrl url
        = ConnectionUrl::parseCommandLine(QStringLiteral("postgresql://alice@db.example.com/shop"),
                                          &error);
    QVERIFY(url.isValid());
    QCOMPARE(url.user, QStringLiteral("alice"));
}

void TestSecrets::printedFormsHideThePassword()
{
    const ConnectionUrl url = ConnectionUrl::parse(
        QStringLiteral("postgresql://alice:%1@db.example.com:6543/shop?sslmode=require")
            .arg(canary()));
    QVERIFY(url.isValid());
    QCOMPARE(url.password, canary());
    const QByteArray report = ErasureReport::toJson(ErasurePlan(), ErasureResult(), url);
    QVERIFY(report.contains("db.example.com"));
    for (const QString &shown :
         {url.toString(), url.settingsKey(), url.pgConnectOptions(), QString::fromUtf8(report)})
        QVERIFY2(!showsCanary(shown), qPrintable(shown));
}

void TestSecrets::connectErrorsHideThePassword_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<DbError::Kind>("kind");
    QTest::newRow("wrong password") << "" << DbError::AuthFailed;
    QTest::newRow("wrong password from PGPASSWORD") << "PGPASSWORD" << DbError::AuthFailed;
    QTest::newRow("bad host") << "host" << DbError::Unreachable;
    QTest::newRow("closed port") << "port" << DbError::Unreachable;
    QTest::newRow("TLS required") << "sslmode" << DbError::TlsRequired;
    QTest::newRow("control character") << "control" << DbError::Refused;
}

void TestSecrets::connectErrorsHideThePassword()
{
    QFETCH(QString, change);
    QFETCH(DbError::Kind, kind);
    if (!pgAvailable())
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db, QStringLiteral("postgresql"), QString());

    ConnectionUrl url = db.url();
    url.password = canary();
    url.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    if (change == QLatin1String("PGPASSWORD")) {
        url.password.clear();
        qputenv("PGPASSWORD", canary().toUtf8());
    } else if (change == QLatin1String("host")) {
        url.host = QStringLiteral("no-such-host.invalid");
    } else if (change == QLatin1String("port")) {
        url.host = QStringLiteral("127.0.0.1");
        url.port = 1; // nothing listens there
    } else if (change == QLatin1String("sslmode")) {
        url.options.insert(QStringLiteral("sslmode"), QStringLiteral("require"));
    } else if (change == QLatin1String("control")) {
        url.password = canary() + QChar(0) + QStringLiteral("' sslmode='disable");
    }

    DbError error;
    Connection connection = Connection::open(url, &error);
    qunsetenv("PGPASSWORD");
    QVERIFY(!connection.isOpen());
    QVERIFY2(error.kind == kind, qPrintable(describe(error)));
    QVERIFY(!error.message.isEmpty());
    for (const QString &shown : {error.message, error.driverText, error.sqlState})
        QVERIFY2(!showsCanary(shown), qPrintable(describe(error)));
}

void TestSecrets::localHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("local");
    QTest::newRow("default socket") << "" << true;
    QTest::newRow("socket directory") << "/var/run/postgresql" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("LOCALHOST.") << "LOCALHOST." << true;
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("long ::1") << "0:0:0:0:0:0:0:1" << true;
    QTest::newRow("list of local hosts") << "localhost,127.0.0.1" << true;
    QTest::newRow("name") << "db.example.com" << false;
    QTest::newRow("private address") << "10.0.0.5" << false;
    QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
    QTest::newRow("1127.0.0.1") << "1127.0.0.1" << false;
    QTest::newRow("127 in a name") << "127.0.0.1.example.com" << false;
    QTest::newRow("localhost in a name") << "localhost.example.com" << false;
    QTest::newRow("::2") << "::2" << false;
    QTest::newRow("unspecified ::") << "::" << false;
    QTest::newRow("list with a remote host") << "localhost,db.example.com" << false;
}

void TestSecrets::localHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, local);
    QCOMPARE(isLocalHost(host), local);
}

void TestSecrets::unencryptedConsent_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host"); // replaces the URL's host when not null
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<bool>("needed");
    const QString pg = QStringLiteral("postgresql://alice@db.example.com/shop");
    const QString none;
    QTest::newRow("remote, plain text") << pg << none << Transport::Unencrypted << true;
    QTest::newRow("remote, TLS") << pg << none << Transport::Encrypted << false;
    QTest::newRow("remote, not connected") << pg << none << Transport::None << false;
    QTest::newRow("loopback, plain text")
        << pg << QStringLiteral("127.0.0.1") << Transport::Unencrypted << false;
    QTest::newRow("socket, plain text")
        << pg << QStringLiteral("/var/run/postgresql") << Transport::Unencrypted << false;
    QTest::newRow("default socket, plain text")
        << pg << QStringLiteral("") << Transport::Unencrypted << false;
    QTest::newRow("SQLite") << "sqlite:/data/shop.db" << none << Transport::LocalFile << false;
}

void TestSecrets::unencryptedConsent()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(Transport, transport);
    QFETCH(bool, needed);
    ConnectionUrl parsed = ConnectionUrl::parse(url);
    QVERIFY(parsed.isValid());
    if (!host.isNull())
        parsed.host = host;
    QCOMPARE(needsUnencryptedConsent(parsed, transport), needed);
}

void TestSecrets::transportOfTestConnections()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QString());
    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    // The test cluster has no TLS and listens on this machine only.
    const bool pg = backend == QLatin1String("postgresql");
    QCOMPARE(transportOf(connection), pg ? Transport::Unencrypted : Transport::LocalFile);
    QVERIFY(!needsUnencryptedConsent(connection.url(), transportOf(connection)));
    QCOMPARE(transportOf(Connection()), Transport::None);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
