#include "hostilenames.h"
#include "testdatabase.h"

#include "db/identifier.h"
#include "db/pgplaceholders.h"
#include "db/pgrowreader.h"
#include "db/querycanceller.h"
#include "db/rowreader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <thread>

using namespace Salvage;
using Salvage::Test::TestDatabase;

namespace {

bool isPg(const QString &backend)
{
    return backend == QLatin1String("postgresql");
}

// Every row of a read, or the error.
struct Read
{
    bool ok = false;
    QList<QVariantList> rows;
    DbError error;
};

Read readAll(Connection &connection,
             const QString &sql,
             const QVariantList &values = {},
             int width = -1)
{
    Read read;
    read.ok = readRows(
        connection,
        sql,
        values,
        width,
        [&read](QVariantList &&row) {
            read.rows.append(std::move(row));
            return true;
        },
        &read.error);
    return read;
}

// The first column of the first row of a plain QSqlQuery: the connection still works for QtSql.
QVariant qtScalar(Connection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << "QSqlQuery failed:" << query.lastError().text();
        return QVariant();
    }
    return query.value(0);
}

// A statement that yields `rows` numbered rows slowly enough to be cancelled or stopped.
QString seriesSql(const QString &backend, qint64 rows)
{
    // In the select list generate_series streams; in FROM it would build the whole set first.
    if (isPg(backend))
        return QStringLiteral("SELECT generate_series(1, %1) AS g").arg(rows);
    return QStringLiteral("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r "
                          "WHERE n < %1) SELECT n FROM r")
        .arg(rows);
}

} // namespace

class TestRowReader : public QObject
{
    Q_OBJECT

private slots:
    void placeholders_data();
    void placeholders();
    void pgParameterText_data();
    void pgParameterText();
    void pgTypes();
    void sqliteTypes();
    void hugeAndNonAsciiText_data();
    void hugeAndNonAsciiText();
    void leadingByteOrderMark_data();
    void leadingByteOrderMark();
    void hostileColumnNames_data();
    void hostileColumnNames();
    void boundValuesRoundTrip_data();
    void boundValuesRoundTrip();
    void widthLimitsCells_data();
    void widthLimitsCells();
    void earlyStopLeavesConnectionIdle_data();
    void earlyStopLeavesConnectionIdle();
    void sqlErrorIsClearAndConnectionSurvives_data();
    void sqlErrorIsClearAndConnectionSurvives();
    void cancelFromAnotherThread_data();
    void cancelFromAnotherThread();
    void transactionStaysIntact_data();
    void transactionStaysIntact();
    void pgLostConnection();
};

void TestRowReader::placeholders_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << "SELECT 1"
                          << "SELECT 1" << 0;
    QTest::newRow("in order") << "SELECT ? WHERE a = ? AND b IN (?, ?)"
                              << "SELECT $1 WHERE a = $2 AND b IN ($3, $4)" << 4;
    QTest::newRow("adjacent") << "??"
                              << "$1$2" << 2;
    QTest::newRow("cast") << "CAST(? AS int8)"
                          << "CAST($1 AS int8)" << 1;
    QTest::newRow("quoted identifier") << R"(SELECT "a?b" FROM t WHERE "a?b" = ?)"
                                       << R"(SELECT "a?b" FROM t WHERE "a?b" = $1)" << 1;
    QTest::newRow("doubled quote in identifier") << R"(SELECT "x""?""y", ? FROM "t""?")"
                                                 << R"(SELECT "x""?""y", $1 FROM "t""?")" << 1;
    QTest::newRow("identifier of quotes") << R"(SELECT """?""" , ?)"
                                          << R"(SELECT """?""" , $1)" << 1;
    QTest::newRow("string literal") << "SELECT '?', ?, 'it''s ?', ?"
                                    << "SELECT '?', $1, 'it''s ?', $2" << 2;
    QTest::newRow("double quote in literal") << R"(SELECT '"?', ?, '?"')"
                                             << R"(SELECT '"?', $1, '?"')" << 1;
    QTest::newRow("single quote in identifier") << R"(SELECT "'?", ?, "?'")"
                                                << R"(SELECT "'?", $1, "?'")" << 1;
    QTest::newRow("standard string backslash") << R"(LIKE ? ESCAPE '\' AND x = ?)"
                                               << R"(LIKE $1 ESCAPE '\' AND x = $2)" << 2;
    QTest::newRow("escape string") << R"(SELECT E'\'?', ?)"
                                   << R"(SELECT E'\'?', $1)" << 1;
    QTest::newRow("word ending in e before literal") << R"(SELECT name'\', ?)"
                                                     << R"(SELECT name'\', $1)" << 1;
    QTest::newRow("line comment") << "SELECT ? -- what?\n, ?"
                                  << "SELECT $1 -- what?\n, $2" << 2;
    QTest::newRow("block comment") << "SELECT /* a? /* b? */ c? */ ?"
                                   << "SELECT /* a? /* b? */ c? */ $1" << 1;
    QTest::newRow("dollar quoting") << "SELECT $$?$$, $tag$ '? $$ $tag$, ?"
                                    << "SELECT $$?$$, $tag$ '? $$ $tag$, $1" << 1;
    QTest::newRow("dollar in identifier is not a quote") << "SELECT a$b$, ?"
                                                         << "SELECT a$b$, $1" << 1;
    QTest::newRow("unterminated literal") << "SELECT ?, 'abc?"
                                          << "SELECT $1, 'abc?" << 1;
    QTest::newRow("non-ascii") << "SELECT 'Grüße?', \"日本?\", ?"
                               << "SELECT 'Grüße?', \"日本?\", $1" << 1;
    for (const Salvage::Test::HostileName &hostile : Salvage::Test::hostileNames()) {
        const QString quoted = quoteIdentifier(hostile.name);
        QTest::addRow("hostile %s", hostile.tag)
            << QStringLiteral("SELECT %1 FROM %1 WHERE %1 = ? AND '%2' <> ?")
                   .arg(quoted, QString(hostile.name).replace(u'\'', QStringLiteral("''")))
            << QStringLiteral("SELECT %1 FROM %1 WHERE %1 = $1 AND '%2' <> $2")
                   .arg(quoted, QString(hostile.name).replace(u'\'', QStringLiteral("''")))
            << 2;
    }
}

void TestRowReader::placeholders()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QFETCH(int, count);
    int found = -1;
    QCOMPARE(numberedPlaceholders(sql, &found), expected);
    QCOMPARE(found, count);
}

void TestRowReader::pgParameterText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("expected"); // null: SQL NULL
    QTest::newRow("null variant") << QVariant() << QByteArray();
    QTest::newRow("null string") << QVariant(QString()) << QByteArray();
    QTest::newRow("empty string") << QVariant(QStringLiteral("")) << QByteArray("");
    QTest::newRow("utf-8") << QVariant(QStringLiteral("Grüße 日本"))
                           << QString("Grüße 日本").toUtf8();
    QTest::newRow("int") << QVariant(-42) << QByteArray("-42");
    QTest::newRow("int64") << QVariant(qlonglong(9223372036854775807LL))
                           << QByteArray("9223372036854775807");
    QTest::newRow("uint64") << QVariant(qulonglong(18446744073709551615ULL))
                            << QByteArray("18446744073709551615");
    QTest::newRow("double") << QVariant(0.1) << QByteArray("0.1");
    QTest::newRow("double full precision") << QVariant(1.0 / 3) << QByteArray("0.3333333333333333");
    QTest::newRow("nan") << QVariant(std::nan("")) << QByteArray("NaN");
    QTest::newRow("-inf") << QVariant(-HUGE_VAL) << QByteArray("-Infinity");
    QTest::newRow("true") << QVariant(true) << QByteArray("t");
    QTest::newRow("false") << QVariant(false) << QByteArray("f");
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff\x10", 3)) << QByteArray("\\x00ff10");
    QTest::newRow("null bytes") << QVariant(QByteArray()) << QByteArray();
    QTest::newRow("datetime utc") << QVariant(
        QDateTime(QDate(2024, 2, 29), QTime(13, 14, 15, 123), Qt::UTC))
                                  << QByteArray("2024-02-29T13:14:15.123Z");
    QTest::newRow("datetime offset")
        << QVariant(QDateTime(QDate(2024, 2, 29), QTime(13, 14, 15), Qt::OffsetFromUTC, 3600))
        << QByteArray("2024-02-29T12:14:15.000Z");
    QTest::newRow("invalid datetime") << QVariant(QDateTime()) << QByteArray();
    QTest::newRow("date") << QVariant(QDate(2024, 2, 29)) << QByteArray("2024-02-29");
}

void TestRowReader::pgParameterText()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> text = Pg::parameterText(value);
    QCOMPARE(text.has_value(), !expected.isNull());
    if (text)
        QCOMPARE(*text, expected);
}

void TestRowReader::pgTypes()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL not in SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db, QStringLiteral("postgresql"), QStringLiteral(R"(
        CREATE TYPE mood AS ENUM ('sad', 'happy');
        CREATE TABLE every_type (
            id int4 PRIMARY KEY, i2 int2, i4 int4, i8 int8, o oid, f4 float4, f8 float8,
            f_nan float8, f_inf float8, f_ninf float8, yes bool, no bool, bin bytea,
            num numeric, txt text, vc varchar(10), bp char(5), nm name, u uuid, js json,
            jb jsonb, ts timestamp, tstz timestamptz, d date, t time, iv interval,
            arr int4[], m mood, ip inet);
        INSERT INTO every_type VALUES (1, 32767, -2147483648, 9223372036854775807, 4294967295,
            1.5, 0.1, 'NaN', 'Infinity', '-Infinity', true, false, '\x00ff10',
            12345678901234567890.123456789, 'Grüße ? "x" ''y''', 'ab', 'ab', 'some_name',
            'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"b": [1, 2],  "a": null}',
            '{"b": 1, "a": 2}', '2024-02-29 13:14:15.123456', '2024-02-29 13:14:15.123456+02',
            '2024-02-29', '13:14:15.5', '1 day 02:03:04', '{1,2,NULL}', 'happy',
            '192.168.0.1/24');
        INSERT INTO every_type (id) VALUES (2);
    )"));
    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    const Read read = readAll(connection, QStringLiteral("SELECT * FROM every_type ORDER BY id"));
    QVERIFY2(read.ok, qPrintable(read.error.driverText));
    QCOMPARE(read.rows.size(), 2);
    const QVariantList &row = read.rows.at(0);
    QCOMPARE(row.size(), 29);
    const auto check = [&row](int column, QMetaType::Type type, const QVariant &expected) {
        const QVariant &cell = row.at(column);
        if (cell.typeId() != type || cell != expected) {
            qWarning() << "column" << column << "is" << cell << "expected" << expected;
            return false;
        }
        return true;
    };
    QVERIFY(check(0, QMetaType::Int, 1));
    QVERIFY(check(1, QMetaType::Int, 32767));
    QVERIFY(check(2, QMetaType::Int, int(-2147483647 - 1)));
    QVERIFY(check(3, QMetaType::LongLong, qlonglong(9223372036854775807LL)));
    QVERIFY(check(4, QMetaType::UInt, uint(4294967295U)));
    QVERIFY(check(5, QMetaType::Double, 1.5));
    QVERIFY(check(6, QMetaType::Double, 0.1));
    QCOMPARE(row.at(7).typeId(), QMetaType::Double);
    QVERIFY(std::isnan(row.at(7).toDouble()));
    QVERIFY(check(8, QMetaType::Double, HUGE_VAL));
    QVERIFY(check(9, QMetaType::Double, -HUGE_VAL));
    QVERIFY(check(10, QMetaType::Bool, true));
    QVERIFY(check(11, QMetaType::Bool, false));
    QVERIFY(check(12, QMetaType::QByteArray, QByteArray("\x00\xff\x10", 3)));
    // HighPrecision: numeric stays exact text.
    QVERIFY(check(13, QMetaType::QString, QStringLiteral("12345678901234567890.123456789")));
    QVERIFY(check(14, QMetaType::QString, QStringLiteral("Grüße ? \"x\" 'y'")));
    QVERIFY(check(15, QMetaType::QString, QStringLiteral("ab")));
    QVERIFY(check(16, QMetaType::QString, QStringLiteral("ab   ")));
    QVERIFY(check(17, QMetaType::QString, QStringLiteral("some_name")));
    QVERIFY(check(18, QMetaType::QString, QStringLiteral("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")));
    QVERIFY(check(19, QMetaType::QString, QStringLiteral("{\"b\": [1, 2],  \"a\": null}")));
    QVERIFY(check(20, QMetaType::QString, QStringLiteral("{\"a\": 2, \"b\": 1}")));
    // Timestamps as PostgreSQL prints them: microseconds kept, no QDateTime per cell.
    QVERIFY(check(21, QMetaType::QString, QStringLiteral("2024-02-29 13:14:15.123456")));
    QVERIFY(check(23, QMetaType::QString, QStringLiteral("2024-02-29")));
    QVERIFY(check(24, QMetaType::QString, QStringLiteral("13:14:15.5")));
    QVERIFY(check(25, QMetaType::QString, QStringLiteral("1 day 02:03:04")));
    QVERIFY(check(26, QMetaType::QString, QStringLiteral("{1,2,NULL}")));
    QVERIFY(check(27, QMetaType::QString, QStringLiteral("happy")));
    QVERIFY(check(28, QMetaType::QString, QStringLiteral("192.168.0.1/24")));
    // Exactly PostgreSQL's own text for every text-kind column, whatever the session's zone.
    QSqlQuery text(connection.database());
    QVERIFY(text.exec(QStringLiteral(
        "SELECT num::text, txt, vc::text, bp, nm::text, u::text, js::text, jb::text, "
        "ts::text, tstz::text, d::text, t::text, iv::text, arr::text, m::text, ip::text "
        "FROM every_type WHERE id = 1")));
    QVERIFY(text.next());
    for (int i = 0; i < 16; ++i)
        QCOMPARE(row.at(13 + i).toString(), text.value(i).toString());
    QVERIFY(row.at(22).toString().startsWith(QLatin1String("2024-02-29 ")));
    QVERIFY(row.at(22).toString().contains(QLatin1String(".123456")));

    const QVariantList &nulls = read.rows.at(1);
    QCOMPARE(nulls.size(), 29);
    for (int column = 1; column < nulls.size(); ++column)
        QVERIFY2(nulls.at(column).isNull(), qPrintable(QString::number(column)));
}

void TestRowReader::sqliteTypes()
{
    if (!TestDatabase::backends().contains(QStringLiteral("sqlite")))
        QSKIP("SQLite not in SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db, QStringLiteral("sqlite"), QStringLiteral(R"(
        CREATE TABLE every_type (id INTEGER PRIMARY KEY, i INTEGER, r REAL, t TEXT, b BLOB,
                                 ts TIMESTAMP, flag BOOLEAN);
        INSERT INTO every_type VALUES (1, 9223372036854775807, 0.1, 'Grüße ?', X'00FF10',
                                       '2024-02-29 13:14:15.123', 1);
        INSERT INTO every_type (id) VALUES (2);
    )"));
    Connection connection = db.connect();
    const Read read = readAll(connection, QStringLiteral("SELECT * FROM every_type ORDER BY id"));
    QVERIFY2(read.ok, qPrintable(read.error.driverText));
    QCOMPARE(read.rows.size(), 2);
    const QVariantList &row = read.rows.at(0);
    QCOMPARE(row.value(1).toLongLong(), 9223372036854775807LL);
    QCOMPARE(row.value(2).toDouble(), 0.1);
    QCOMPARE(row.value(3).toString(), QStringLiteral("Grüße ?"));
    QCOMPARE(row.value(4).toByteArray(), QByteArray("\x00\xff\x10", 3));
    QCOMPARE(row.value(5).toString(), QStringLiteral("2024-02-29 13:14:15.123"));
    QCOMPARE(row.value(6).toInt(), 1);
    for (int column = 1; column < 7; ++column)
        QVERIFY(read.rows.at(1).at(column).isNull());
}

void TestRowReader::hugeAndNonAsciiText_data()
{
    TestDatabase::addBackendData();
}

void TestRowReader::hugeAndNonAsciiText()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend,
                          QStringLiteral("CREATE TABLE docs (id INTEGER, body TEXT);"));
    Connection connection = db.connect();
    // 1 MB of mixed one- to four-byte UTF-8, with quotes and question marks.
    const QString piece = QStringLiteral("abc ? 'q' \"d\" Grüße 日本語 🗑 ");
    const QString huge = piece.repeated(1024 * 1024 / int(piece.toUtf8().size()) + 1);
    QVERIFY(huge.toUtf8().size() >= 1024 * 1024);
    DbError error;
    QVERIFY(connection.exec(QStringLiteral("INSERT INTO docs VALUES (?, ?)"), {1, huge}, &error));
    const Read read = readAll(connection,
                              QStringLiteral("SELECT body, ? FROM docs WHERE id = ?"),
                              {QStringLiteral("日本 ?"), 1});
    QVERIFY2(read.ok, qPrintable(read.error.driverText));
    QCOMPARE(read.rows.size(), 1);
    QCOMPARE(read.rows.at(0).at(0).toString().size(), huge.size());
    QVERIFY(read.rows.at(0).at(0).toString() == huge);
    QCOMPARE(read.rows.at(0).at(1).toString(), QStringLiteral("日本 ?"));
}

void TestRowReader::leadingByteOrderMark_data()
{
    TestDatabase::addBackendData();
}

// U+FEFF at the start of a value (a CSV import's first field) is data: it is read back, not
// dropped as QString::fromUtf8() drops a byte order mark.
void TestRowReader::leadingByteOrderMark()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend,
                          QStringLiteral("CREATE TABLE docs (id INTEGER, body TEXT);"));
    // Written as a literal: SQLite drops a leading U+FEFF of a value bound as UTF-16, as
    // QtSql binds it (a known limit, doc/architecture.md).
    const QString value = QStringLiteral("\uFEFFid");
    QVERIFY(db.exec(QStringLiteral("INSERT INTO docs VALUES (1, '") + value + QStringLiteral("')")));
    Connection connection = db.connect();
    const Read read = readAll(connection, QStringLiteral("SELECT body FROM docs"), {});
    QVERIFY2(read.ok, qPrintable(read.error.driverText));
    QCOMPARE(read.rows.size(), 1);
    QCOMPARE(read.rows.at(0).at(0).toString(), value);
}

void TestRowReader::hostileColumnNames_data()
{
    TestDatabase::addBackendData();
}

void TestRowReader::hostileColumnNames()
{
    QFETCH(QString, backend);
    QList<Salvage::Test::HostileName> names = Salvage::Test::hostileNames();
    names.append({"all quotes and a placeholder", QStringLiteral("wh?at\"s 'it'?")});
    QStringList columns;
    for (const Salvage::Test::HostileName &hostile : names)
        columns << quoteIdentifier(hostile.name) + QLatin1String(" TEXT");
    // One table with every name as a column: one database instead of one per name.
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          QStringLiteral("CREATE TABLE t (id INTEGER, %1);")
                              .arg(columns.join(QLatin1String(", "))));
    Connection connection = db.connect();
    for (const Salvage::Test::HostileName &hostile : names) {
        const QString column = quoteIdentifier(hostile.name);
        DbError error;
        QVERIFY2(connection.exec(QStringLiteral("INSERT INTO t (id, %1) VALUES (?, ?)").arg(column),
                                 {1, hostile.name},
                                 &error),
                 hostile.tag);
        // A `?` in the name or in a literal is no placeholder: the values land where they
        // belong.
        const Read read = readAll(connection,
                                  QStringLiteral(
                                      "SELECT %1, 'it''s ?', ? FROM t WHERE %1 = ? AND id = ?")
                                      .arg(column),
                                  {QStringLiteral("bound ?"), hostile.name, 1});
        QVERIFY2(read.ok,
                 qPrintable(QLatin1String(hostile.tag) + QLatin1String(": ")
                            + read.error.driverText));
        QCOMPARE(read.rows.size(), 1);
        QCOMPARE(read.rows.at(0),
                 (QVariantList{hostile.name, QStringLiteral("it's ?"), QStringLiteral("bound ?")}));
    }
}

void TestRowReader::boundValuesRoundTrip_data()
{
    TestDatabase::addBackendData();
}

void TestRowReader::boundValuesRoundTrip()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QString());
    Connection connection = db.connect();
    const QByteArray bytes("\x00\x01'?\xff", 5);
    const QDateTime when(QDate(2024, 2, 29), QTime(13, 14, 15, 123), Qt::UTC);
    const QVariantList values{qlonglong(-9223372036854775807LL),
                              0.1,
                              true,
                              QStringLiteral("it's \"?\" Grüße"),
                              bytes,
                              when,
                              QDate(2024, 2, 29),
                              QVariant()};
    Read read;
    if (isPg(backend)) {
        // Fixed zone: the timestamptz text below is what PostgreSQL prints in UTC.
        QVERIFY(qtScalar(connection,
                         QStringLiteral("SELECT set_config('TimeZone', 'UTC', "
                                        "false)"))
                    .isValid());
        read = readAll(connection,
                       QStringLiteral("SELECT CAST(? AS int8), CAST(? AS float8), "
                                      "CAST(? AS bool), CAST(? AS text), CAST(? AS bytea), "
                                      "CAST(? AS timestamptz), CAST(? AS date), "
                                      "CAST(? AS text) IS NULL"),
                       values);
        QVERIFY2(read.ok, qPrintable(read.error.driverText));
        QCOMPARE(read.rows.size(), 1);
        QCOMPARE(read.rows.at(0),
                 (QVariantList{qlonglong(-9223372036854775807LL),
                               0.1,
                               true,
                               QStringLiteral("it's \"?\" Grüße"),
                               bytes,
                               QStringLiteral("2024-02-29 13:14:15.123+00"),
                               QStringLiteral("2024-02-29"),
                               true}));
    } else {
        read = readAll(connection, QStringLiteral("SELECT ?, ?, ?, ?, ?, ?, ?, ? IS NULL"), values);
        QVERIFY2(read.ok, qPrintable(read.error.driverText));
        QCOMPARE(read.rows.size(), 1);
        const QVariantList &row = read.rows.at(0);
        QCOMPARE(row.at(0).toLongLong(), -9223372036854775807LL);
        QCOMPARE(row.at(1).toDouble(), 0.1);
        QCOMPARE(row.at(2).toInt(), 1);
        QCOMPARE(row.at(3).toString(), QStringLiteral("it's \"?\" Grüße"));
        QCOMPARE(row.at(4).toByteArray(), bytes);
        QCOMPARE(row.at(7).toInt(), 1);
    }
    // A count that does not match the placeholders is an error, not a misplaced value.
    const Read mismatch = readAll(connection, QStringLiteral("SELECT ?, ?"), {1});
    QVERIFY(!mismatch.ok);
    QVERIFY(mismatch.error.isError());
    QVERIFY(connection.isOpen());
    QCOMPARE(qtScalar(connection, QStringLiteral("SELECT 7")).toInt(), 7);
}

void TestRowReader::widthLimitsCells_data()
{
    TestDatabase::addBackendData();
}

void TestRowReader::widthLimitsCells()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QString());
    Connection connection = db.connect();
    Read read = readAll(connection, QStringLiteral("SELECT 1, 2, 3"), {}, 2);
    QVERIFY(read.ok);
    QCOMPARE(read.rows, (QList<QVariantList>{{1, 2}}));
    read = readAll(connection, QStringLiteral("SELECT 1, 2, 3"));
    QCOMPARE(read.rows.value(0).size(), 3);
    read = readAll(connection, QStringLiteral("SELECT 1 WHERE 1 = 0"));
    QVERIFY(read.ok);
    QVERIFY(read.rows.isEmpty());
}

void TestRowReader::earlyStopLeavesConnectionIdle_data()
{
    TestDatabase::addBackendData();
}

void TestRowReader::earlyStopLeavesConnectionIdle()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QString());
    Connection connection = db.connect();
    // Ten million rows: reading them all would take many seconds.
    const QString sql = seriesSql(backend, 10000000);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 3; ++round) {
        int delivered = 0;
        DbError error;
        const bool ok = readRows(
            connection,
            sql,
            {},
            1,
            [&delivered](QVariantList &&row) {
                ++delivered;
                return row.at(0).toInt() < 10;
            },
            &error);
        QVERIFY2(ok, qPrintable(error.driverText));
        QCOMPARE(delivered, 10);
        // QtSql and the reader both work on the connection afterwards.
        QCOMPARE(qtScalar(connection, QStringLiteral("SELECT 42")).toInt(), 42);
        const Read next = readAll(connection, QStringLiteral("SELECT ?"), {round});
        QVERIFY2(next.ok, qPrintable(next.error.driverText));
        QCOMPARE(next.rows.value(0).value(0).toInt(), round);
    }
    QVERIFY2(timer.elapsed() < 5000, "an early stop must not read the rest of the result");
}

void TestRowReader::sqlErrorIsClearAndConnectionSurvives_data()
{
    TestDatabase::addBackendData();
}

void TestRowReader::sqlErrorIsClearAndConnectionSurvives()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QStringLiteral("CREATE TABLE t (n INTEGER);"));
    Connection connection = db.connect();
    Read read = readAll(connection, QStringLiteral("SELECT * FROM no_such_table WHERE 1 = ?"), {1});
    QVERIFY(!read.ok);
    QCOMPARE(read.error.kind, DbError::Other);
    QVERIFY(!read.error.message.isEmpty());
    QVERIFY2(read.error.driverText.contains(QLatin1String("no_such_table")),
             qPrintable(read.error.driverText));
    if (isPg(backend))
        QCOMPARE(read.error.sqlState, QStringLiteral("42P01"));
    if (isPg(backend)) {
        // An error after rows have streamed (division by zero at the third row).
        read = readAll(connection,
                       QStringLiteral("SELECT 10 / (3 - g) FROM generate_series(1, 5) g"));
        QVERIFY(!read.ok);
        QCOMPARE(read.error.kind, DbError::Other);
        QCOMPARE(read.error.sqlState, QStringLiteral("22012"));
    }
    QVERIFY(connection.isOpen());
    QCOMPARE(qtScalar(connection, QStringLiteral("SELECT 42")).toInt(), 42);
    read = readAll(connection, QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(read.ok);
    QCOMPARE(read.rows.value(0).value(0).toInt(), 0);
}

void TestRowReader::cancelFromAnotherThread_data()
{
    TestDatabase::addBackendData();
}

void TestRowReader::cancelFromAnotherThread()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QString());
    Connection connection = db.connect();
    QueryCanceller canceller;
    canceller.attach(connection.database());
    canceller.setRunning(true);
    // Far more rows than can be read before the cancel comes.
    const QString sql = isPg(backend) ? QStringLiteral("SELECT g, pg_sleep(0.0001) FROM (%1) s")
                                            .arg(seriesSql(backend, 100000000))
                                      : seriesSql(backend, 1000000000);
    std::atomic<int> delivered{0};
    std::atomic<bool> cancelled{false};
    std::thread other([&]() {
        while (delivered.load() < 100)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancelled = canceller.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    DbError error;
    const bool ok = readRows(
        connection,
        sql,
        {},
        1,
        [&](QVariantList &&) {
            ++delivered;
            return timer.elapsed() < 60000; // a safety net: never hang the test
        },
        &error);
    other.join();
    canceller.setRunning(false);
    QVERIFY(cancelled);
    QVERIFY(!ok);
    QCOMPARE(error.kind, DbError::Cancelled);
    QVERIFY2(timer.elapsed() < 30000, "the cancel did not stop the read");
    // The connection is idle and usable again.
    QVERIFY(connection.isOpen());
    QCOMPARE(qtScalar(connection, QStringLiteral("SELECT 42")).toInt(), 42);
    const Read next = readAll(connection, QStringLiteral("SELECT 5"));
    QVERIFY(next.ok);
    QCOMPARE(next.rows.value(0).value(0).toInt(), 5);
}

void TestRowReader::transactionStaysIntact_data()
{
    TestDatabase::addBackendData();
}

void TestRowReader::transactionStaysIntact()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QStringLiteral("CREATE TABLE t (n INTEGER);"));
    Connection connection = db.connect();
    QSqlDatabase database = connection.database();
    QVERIFY(database.transaction());
    DbError error;
    QVERIFY(connection.exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)"), {}, &error));
    // The reader sees the transaction's own rows, and an early stop does not end it.
    int seen = 0;
    QVERIFY(readRows(
        connection,
        QStringLiteral("SELECT n FROM t ORDER BY n"),
        {},
        1,
        [&seen](QVariantList &&) { return ++seen < 2; },
        &error));
    QCOMPARE(seen, 2);
    Read read = readAll(connection, QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY2(read.ok, qPrintable(read.error.driverText));
    QCOMPARE(read.rows.value(0).value(0).toInt(), 3);
    QVERIFY(connection.exec(QStringLiteral("INSERT INTO t VALUES (4)"), {}, &error));
    QVERIFY2(database.rollback(), qPrintable(database.lastError().text()));
    read = readAll(connection, QStringLiteral("SELECT count(*) FROM t"));
    QCOMPARE(read.rows.value(0).value(0).toInt(), 0);
    // And a committed one keeps what it wrote.
    QVERIFY(database.transaction());
    QVERIFY(connection.exec(QStringLiteral("INSERT INTO t VALUES (5)"), {}, &error));
    QVERIFY(readAll(connection, QStringLiteral("SELECT n FROM t")).ok);
    QVERIFY2(database.commit(), qPrintable(database.lastError().text()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
}

void TestRowReader::pgLostConnection()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL not in SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(db, QStringLiteral("postgresql"), QString());
    Connection connection = db.connect();
    const QVariant pid = qtScalar(connection, QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(pid.isValid());
    // With a timeout the call returns once the backend has exited (true), so the session is
    // closed by the time the read starts.
    QVERIFY(db.scalar(QStringLiteral("SELECT pg_terminate_backend(%1, 20000)").arg(pid.toInt()))
                .toBool());
    const Read read = readAll(connection, QStringLiteral("SELECT 1"));
    QVERIFY(!read.ok);
    QCOMPARE(read.error.kind, DbError::ConnectionLost);
    QVERIFY(!connection.isOpen()); // closed, so the next use reconnects
}

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
