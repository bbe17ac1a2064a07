#include "hostilenames.h"
#include "testdatabase.h"

#include "db/identifier.h"
#include "schema/schemainspector.h"
#include "trash/rowkey.h"
#include "trash/trashservice.h"

#include <QtTest>

using namespace Salvage;
using Salvage::Test::TestDatabase;

namespace {

// An independent reference implementation, so the test does not trust the code under test.
QString referenceQuote(const QString &name)
{
    QString inner = name;
    inner.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"") + inner + QStringLiteral("\"");
}

// Reverses quoting; returns a null string when `quoted` is not exactly one identifier.
QString unquote(const QString &quoted)
{
    if (quoted.size() < 2 || !quoted.startsWith(u'"') || !quoted.endsWith(u'"'))
        return QString();
    const QString inner = quoted.mid(1, quoted.size() - 2);
    QString result = QStringLiteral("");
    for (int i = 0; i < inner.size(); ++i) {
        if (inner.at(i) == u'"') {
            if (i + 1 >= inner.size() || inner.at(i + 1) != u'"')
                return QString(); // a lone quote would end the identifier early
            ++i;
        }
        result += inner.at(i);
    }
    return result;
}

// A column name derived from `name` that stays within PostgreSQL's 63-byte limit.
QString columnName(const QString &prefix, const QString &name)
{
    QString result = prefix + name;
    while (result.toUtf8().size() > 63)
        result.chop(1);
    return result;
}

const QString hostileSchema = QStringLiteral("Sch\"ema.; DROP TABLE canary; --");

const TableInfo *findTable(const QList<TableInfo> &tables, const QualifiedName &name)
{
    const TableInfo *found = nullptr;
    for (const TableInfo &table : tables) {
        if (table.name == name) {
            if (found)
                return nullptr; // listed twice
            found = &table;
        }
    }
    return found;
}

QStringList columnNames(const TableInfo &table)
{
    QStringList names;
    for (const ColumnInfo &column : table.columns)
        names << column.name;
    return names;
}

} // namespace

class TestIdentifier : public QObject
{
    Q_OBJECT

private slots:
    void hostileListIsLongEnough();

    void quoteIdentifierKnownValues_data();
    void quoteIdentifierKnownValues();
    void quoteIdentifierHostile_data();
    void quoteIdentifierHostile();
    void qualifiedQuoted_data();
    void qualifiedQuoted();
    void display_data();
    void display();
    void parse_data();
    void parse();
    void parseRejectsMalformed_data();
    void parseRejectsMalformed();
    void parseRoundTrip_data();
    void parseRoundTrip();
    void rowKeyTextRoundTrip_data();
    void rowKeyTextRoundTrip();
    void rowKeyTextRejectsMalformed_data();
    void rowKeyTextRejectsMalformed();

    void databaseRoundTrip_data();
    void databaseRoundTrip();

private:
    void checkTableOnDatabase(TestDatabase &db, const QualifiedName &name);
};

void TestIdentifier::hostileListIsLongEnough()
{
    QVERIFY(Test::hostileNames().size() >= 30);
}

void TestIdentifier::quoteIdentifierKnownValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "users"
                           << "\"users\"";
    QTest::newRow("quote at start") << "\"x"
                                    << "\"\"\"x\"";
    QTest::newRow("quote at end") << "x\""
                                  << "\"x\"\"\"";
    QTest::newRow("quotes both ends") << "\"x\""
                                      << "\"\"\"x\"\"\"";
    QTest::newRow("embedded pair") << "a\"\"b"
                                   << "\"a\"\"\"\"b\"";
    QTest::newRow("dot kept inside") << "a.b"
                                     << "\"a.b\"";
    QTest::newRow("injection") << "x\"; DROP TABLE t; --"
                               << "\"x\"\"; DROP TABLE t; --\"";
    QTest::newRow("single quote untouched") << "o'brien"
                                            << "\"o'brien\"";
    QTest::newRow("backslash untouched") << "a\\"
                                         << "\"a\\\"";
    QTest::newRow("mixed case kept") << "MixedCase"
                                     << "\"MixedCase\"";
}

void TestIdentifier::quoteIdentifierKnownValues()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(quoteIdentifier(name), expected);
}

void TestIdentifier::quoteIdentifierHostile_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &hostile : Test::hostileNames())
        QTest::newRow(hostile.tag) << hostile.name;
}

void TestIdentifier::quoteIdentifierHostile()
{
    QFETCH(QString, name);
    const QString quoted = quoteIdentifier(name);
    QCOMPARE(quoted, referenceQuote(name));
    // Exactly one identifier that reads back as the original name: nothing escapes the quotes.
    QCOMPARE(unquote(quoted), name);
    QCOMPARE(quoted.size(), name.size() + name.count(u'"') + 2);
}

void TestIdentifier::qualifiedQuoted_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no schema") << ""
                               << "users"
                               << "\"users\"";
    QTest::newRow("schema") << "public"
                            << "users"
                            << "\"public\".\"users\"";
    QTest::newRow("dots stay inside parts") << "a.b"
                                            << "c.d"
                                            << "\"a.b\".\"c.d\"";
    QTest::newRow("quotes in both parts") << "s\""
                                          << "\"t"
                                          << "\"s\"\"\".\"\"\"t\"";
    for (const auto &hostile : Test::hostileNames()) {
        QTest::addRow("hostile table: %s", hostile.tag)
            << "public" << hostile.name << "\"public\"." + referenceQuote(hostile.name);
        QTest::addRow("hostile schema: %s", hostile.tag)
            << hostile.name << "t" << referenceQuote(hostile.name) + ".\"t\"";
    }
}

void TestIdentifier::qualifiedQuoted()
{
    QFETCH(QString, schema);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QualifiedName qualified{schema, name};
    QCOMPARE(qualified.quoted(), expected);
    QVERIFY(qualified.isValid());
}

void TestIdentifier::display_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << ""
                           << "users"
                           << "users";
    QTest::newRow("plain with schema") << "public"
                                       << "users"
                                       << "public.users";
    QTest::newRow("mixed case plain") << ""
                                      << "MixedCase"
                                      << "MixedCase";
    QTest::newRow("dot") << ""
                         << "a.b"
                         << "\"a.b\"";
    QTest::newRow("space") << ""
                           << "a b"
                           << "\"a b\"";
    QTest::newRow("quote") << ""
                           << "a\"b"
                           << "\"a\"\"b\"";
    QTest::newRow("schema with dot") << "s.x"
                                     << "t"
                                     << "\"s.x\".t";
    QTest::newRow("table with dot in schema") << "s"
                                              << "t.x"
                                              << "s.\"t.x\"";
}

void TestIdentifier::display()
{
    QFETCH(QString, schema);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE((QualifiedName{schema, name}.display()), expected);
}

void TestIdentifier::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("name");
    QTest::newRow("table") << "users"
                           << ""
                           << "users";
    QTest::newRow("schema.table") << "public.users"
                                  << "public"
                                  << "users";
    QTest::newRow("quoted dot") << "\"a.b\""
                                << ""
                                << "a.b";
    QTest::newRow("quoted parts") << "\"s\".\"t\"\"x\""
                                  << "s"
                                  << "t\"x";
    QTest::newRow("mixed quoting") << "s.\"t.x\""
                                   << "s"
                                   << "t.x";
    QTest::newRow("quoted schema, plain table") << "\"s.x\".t"
                                                << "s.x"
                                                << "t";
    QTest::newRow("case kept") << "Public.MixedCase"
                               << "Public"
                               << "MixedCase";
    QTest::newRow("quote only content") << "\"\"\"\""
                                        << ""
                                        << "\"";
    QTest::newRow("semicolon literal") << "\"x\"\"; DROP TABLE t; --\""
                                       << ""
                                       << "x\"; DROP TABLE t; --";
}

void TestIdentifier::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, schema);
    QFETCH(QString, name);
    QString error;
    const QualifiedName parsed = QualifiedName::parse(text, &error);
    QVERIFY2(parsed.isValid(), qPrintable(error));
    QCOMPARE(parsed.schema, schema);
    QCOMPARE(parsed.name, name);
}

void TestIdentifier::parseRejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("unbalanced quote") << "\"abc";
    QTest::newRow("unbalanced quote after schema") << "s.\"abc";
    QTest::newRow("empty table part") << "s.";
    QTest::newRow("empty schema part") << ".t";
    QTest::newRow("only a dot") << ".";
    QTest::newRow("too many dots") << "a.b.c";
    QTest::newRow("empty quoted name") << "\"\"";
    QTest::newRow("text after quoted part") << "\"a\"b";
    QTest::newRow("quote in the middle of a plain part") << "a\"b\"";
}

void TestIdentifier::parseRejectsMalformed()
{
    QFETCH(QString, text);
    QString error;
    const QualifiedName parsed = QualifiedName::parse(text, &error);
    QVERIFY2(!parsed.isValid(),
             qPrintable(QStringLiteral("accepted as schema '%1' name '%2'")
                            .arg(parsed.schema, parsed.name)));
    QVERIFY(!error.isEmpty());
}

void TestIdentifier::parseRoundTrip_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("name");
    for (const auto &hostile : Test::hostileNames()) {
        QTest::addRow("%s", hostile.tag) << QString() << hostile.name;
        QTest::addRow("in public: %s", hostile.tag) << QStringLiteral("public") << hostile.name;
        QTest::addRow("in hostile schema: %s", hostile.tag) << hostileSchema << hostile.name;
        QTest::addRow("as schema: %s", hostile.tag) << hostile.name << QStringLiteral("t");
    }
}

void TestIdentifier::parseRoundTrip()
{
    QFETCH(QString, schema);
    QFETCH(QString, name);
    const QualifiedName original{schema, name};

    QString error;
    const QualifiedName fromDisplay = QualifiedName::parse(original.display(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fromDisplay.schema, schema);
    QCOMPARE(fromDisplay.name, name);

    const QualifiedName fromQuoted = QualifiedName::parse(original.quoted(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fromQuoted.schema, schema);
    QCOMPARE(fromQuoted.name, name);
    QVERIFY(fromQuoted == original);
    QCOMPARE(qHash(fromQuoted), qHash(original));
}

namespace {

TableInfo textKeyedTable(const QStringList &keyColumns)
{
    TableInfo table;
    table.name = {QString(), QStringLiteral("t")};
    table.primaryKey = keyColumns;
    for (const QString &name : keyColumns)
        table.columns << ColumnInfo{name, QStringLiteral("text"), ColumnInfo::Kind::Text, false};
    return table;
}

} // namespace

// Key text as messages write it reads back as the same key, whatever the key columns are
// called and whatever their values hold (the CLI takes it as KEY).
void TestIdentifier::rowKeyTextRoundTrip_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("values");
    const QList<Salvage::Test::HostileName> names = Salvage::Test::hostileNames();
    for (int i = 0; i + 1 < names.size(); ++i) {
        QTest::addRow("composite: %s / %s", names.at(i).tag, names.at(i + 1).tag)
            << QStringList{names.at(i).name, names.at(i + 1).name}
            << QStringList{names.at(i + 1).name, names.at(i).name};
        QTest::addRow("single: %s", names.at(i).tag)
            << QStringList{names.at(i).name} << QStringList{names.at(i + 1).name};
    }
    QTest::newRow("value that looks like its column") << QStringList{"id"} << QStringList{"id=5"};
    QTest::newRow("values with separators")
        << QStringList{"a", "b"} << QStringList{"x,y=z", "\"q\"\""};
    QTest::newRow("empty values") << QStringList{"a", "b"} << QStringList{"", ""};
    QTest::newRow("names with separators")
        << QStringList{"a=b", "c,d"} << QStringList{"1", "2"};
}

void TestIdentifier::rowKeyTextRoundTrip()
{
    QFETCH(QStringList, columns);
    QFETCH(QStringList, values);
    const TableInfo table = textKeyedTable(columns);
    RowKey key;
    for (const QString &value : values)
        key << value;
    const QString text = rowKeyToText(table, key);
    QString error;
    const RowKey parsed = parseRowKey(table, text, &error);
    QVERIFY2(sameKey(parsed, key), qPrintable(QStringLiteral("%1 -> %2").arg(text, error)));
}

void TestIdentifier::rowKeyTextRejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unbalanced quote") << QStringLiteral("\"a=1,b=2");
    QTest::newRow("text after a quoted name") << QStringLiteral("\"a\"x=1,b=2");
    QTest::newRow("missing value separator") << QStringLiteral("a,b=2");
    QTest::newRow("trailing comma") << QStringLiteral("a=1,b=2,");
    QTest::newRow("column twice") << QStringLiteral("a=1,a=2");
    QTest::newRow("unknown column") << QStringLiteral("a=1,c=2");
    QTest::newRow("column missing") << QStringLiteral("a=1");
}

void TestIdentifier::rowKeyTextRejectsMalformed()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(parseRowKey(textKeyedTable({QStringLiteral("a"), QStringLiteral("b")}), text, &error)
                .isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestIdentifier::databaseRoundTrip_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("name");
    for (const QString &backend : TestDatabase::backends()) {
        for (const auto &hostile : Test::hostileNames()) {
            QTest::addRow("%s: %s", qPrintable(backend), hostile.tag) << backend << hostile.name;
        }
    }
}

void TestIdentifier::databaseRoundTrip()
{
    QFETCH(QString, backend);
    QFETCH(QString, name);
    const bool pg = backend == QLatin1String("postgresql");

    SALVAGE_TEST_DATABASE(db,
                          backend,
                          "CREATE TABLE canary (id integer PRIMARY KEY);\n"
                          "INSERT INTO canary VALUES (1);\n");

    // Set-up SQL is written here with the reference quoting, one statement per exec().
    const QString key = referenceQuote(name);
    const QString text = referenceQuote(columnName(QStringLiteral("v "), name));
    const QString stamp = pg ? QStringLiteral("timestamptz") : QStringLiteral("TIMESTAMP");
    QList<QualifiedName> tables{{pg ? QStringLiteral("public") : QString(), name}};
    if (pg) {
        QVERIFY(db.exec("CREATE SCHEMA " + referenceQuote(hostileSchema)));
        tables << QualifiedName{hostileSchema, name};
    }
    for (const QualifiedName &table : tables) {
        const QString qualified = table.schema.isEmpty() ? referenceQuote(table.name)
                                                         : referenceQuote(table.schema) + "."
                                                               + referenceQuote(table.name);
        QVERIFY(db.exec("CREATE TABLE " + qualified + " (" + key + " integer PRIMARY KEY, " + text
                        + " text, deleted_at " + stamp + ", deleted_by text)"));
        QVERIFY(db.exec("INSERT INTO " + qualified + " VALUES (1, 'one', NULL, NULL)"));
        QVERIFY(db.exec("INSERT INTO " + qualified + " VALUES (2, 'two', NULL, NULL)"));
    }

    for (const QualifiedName &table : tables) {
        checkTableOnDatabase(db, table);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(db.scalar("SELECT count(*) FROM canary").toInt(), 1);
}

void TestIdentifier::checkTableOnDatabase(TestDatabase &db, const QualifiedName &name)
{
    const QString key = name.name;
    const QString text = columnName(QStringLiteral("v "), name.name);
    const QString qualified = name.schema.isEmpty()
                                  ? referenceQuote(name.name)
                                  : referenceQuote(name.schema) + "." + referenceQuote(name.name);

    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    SchemaInspector inspector(connection);
    DbError error;
    const QList<TableInfo> tables = inspector.tables(&error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const TableInfo *listed = findTable(tables, name);
    QVERIFY2(listed, "the table is not listed exactly once under its exact name");
    QCOMPARE(columnNames(*listed),
             (QStringList{key, text, QStringLiteral("deleted_at"), QStringLiteral("deleted_by")}));
    QCOMPARE(listed->primaryKey, QStringList{key});
    QCOMPARE(listed->convention.kind, Convention::Kind::Timestamp);
    QCOMPARE(listed->convention.marker, QStringLiteral("deleted_at"));
    QCOMPARE(listed->convention.actor, QStringLiteral("deleted_by"));
    QVERIFY(listed->isWritable());

    // What a user types on the command line finds the same table.
    QString parseError;
    const QualifiedName typed = QualifiedName::parse(name.display(), &parseError);
    QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
    const TableInfo table = inspector.table(typed, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(table.name == name);
    QCOMPARE(table.primaryKey, QStringList{key});
    QCOMPARE(table.convention.marker, QStringLiteral("deleted_at"));

    const auto run = [&](Operation op) {
        TrashService service(connection);
        OperationRequest request;
        request.operation = op;
        request.keys = {RowKey{1}};
        request.actor = QStringLiteral("alice");
        request.reason = QStringLiteral("hostile name test");
        request.createAuditTable = true;
        return service.run(table, request);
    };
    const QString row1 = " FROM " + qualified + " WHERE " + referenceQuote(key) + " = 1";

    OperationResult result = run(Operation::Trash);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.rows, 1);
    QCOMPARE(db.scalar("SELECT count(*)" + row1 + " AND deleted_at IS NOT NULL").toInt(), 1);
    QCOMPARE(db.scalar("SELECT deleted_by" + row1).toString(), QStringLiteral("alice"));
    QCOMPARE(db.scalar("SELECT count(*) FROM " + qualified + " WHERE deleted_at IS NULL").toInt(),
             1);

    result = run(Operation::Restore);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.rows, 1);
    QCOMPARE(db.scalar("SELECT count(*)" + row1
                       + " AND deleted_at IS NULL"
                         " AND deleted_by IS NULL")
                 .toInt(),
             1);

    result = run(Operation::Trash);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    result = run(Operation::Purge);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.rows, 1);
    QCOMPARE(db.scalar("SELECT count(*)" + row1).toInt(), 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM " + qualified).toInt(), 1);
    QCOMPARE(db.scalar("SELECT " + referenceQuote(text) + " FROM " + qualified).toString(),
             QStringLiteral("two"));
}

QTEST_GUILESS_MAIN(TestIdentifier)
#include "tst_identifier.moc"
