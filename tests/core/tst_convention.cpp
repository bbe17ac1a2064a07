#include "testdatabase.h"

#include "schema/conventiondetector.h"
#include "schema/conventionstore.h"
#include "schema/schemainspector.h"
#include "trash/trashservice.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Salvage;
using Salvage::Test::TestDatabase;

Q_DECLARE_METATYPE(Salvage::Convention::Kind)
Q_DECLARE_METATYPE(Salvage::ColumnInfo::Kind)
Q_DECLARE_METATYPE(Salvage::ColumnInfo)

namespace {

ColumnInfo column(const QString &name, const QString &type, bool nullable = true)
{
    ColumnInfo info;
    info.name = name;
    info.type = type;
    info.kind = ColumnInfo::kindFromType(type);
    info.nullable = nullable;
    return info;
}

QList<ColumnInfo> withId(QList<ColumnInfo> columns)
{
    columns.prepend(column(QStringLiteral("id"), QStringLiteral("integer"), false));
    columns.append(column(QStringLiteral("name"), QStringLiteral("text")));
    return columns;
}

const TableInfo *findTable(const QList<TableInfo> &tables, const QualifiedName &name)
{
    for (const TableInfo &table : tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

bool isPg(const QString &backend)
{
    return backend == QLatin1String("postgresql");
}

// The qualified name a table created without a schema gets on `backend`.
QualifiedName tableName(const QString &backend, const QString &name)
{
    return {isPg(backend) ? QStringLiteral("public") : QString(), name};
}

// "orders(user_id) -> users(id)" per foreign key, sorted: compared as whole lists.
QStringList foreignKeyTexts(const QList<ForeignKey> &keys)
{
    QStringList texts;
    for (const ForeignKey &key : keys) {
        texts << QStringLiteral("%1(%2) -> %3(%4)")
                     .arg(key.fromTable.display(),
                          key.fromColumns.join(u','),
                          key.toTable.display(),
                          key.toColumns.join(u','));
    }
    texts.sort();
    return texts;
}

} // namespace

class TestConvention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void kindFromType_data();
    void kindFromType();
    void detect_data();
    void detect();
    void validate_data();
    void validate();
    void kindNames();

    void detectOnDatabase_data();
    void detectOnDatabase();
    void overrideRoundTrip_data();
    void overrideRoundTrip();
    void tableWithoutPrimaryKeyIsReadOnly_data();
    void tableWithoutPrimaryKeyIsReadOnly();
    void compositePrimaryKeyOrder_data();
    void compositePrimaryKeyOrder();
    void foreignKeysBothDirections_data();
    void foreignKeysBothDirections();
    void postgresNonPublicSchemas();
};

void TestConvention::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalvageTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_convention"));
}

void TestConvention::kindFromType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<ColumnInfo::Kind>("kind");
    using K = ColumnInfo::Kind;
    // PostgreSQL's format_type() spellings and SQLite declared types.
    QTest::newRow("timestamp with time zone") << "timestamp with time zone" << K::Timestamp;
    QTest::newRow("timestamp without time zone") << "timestamp without time zone" << K::Timestamp;
    QTest::newRow("timestamptz") << "timestamptz" << K::Timestamp;
    QTest::newRow("timestamp(3) with time zone") << "timestamp(3) with time zone" << K::Timestamp;
    QTest::newRow("TIMESTAMP") << "TIMESTAMP" << K::Timestamp;
    QTest::newRow("DATETIME") << "DATETIME" << K::Timestamp;
    QTest::newRow("boolean") << "boolean" << K::Boolean;
    QTest::newRow("BOOLEAN") << "BOOLEAN" << K::Boolean;
    QTest::newRow("bool") << "bool" << K::Boolean;
    QTest::newRow("integer") << "integer" << K::Integer;
    QTest::newRow("INTEGER") << "INTEGER" << K::Integer;
    QTest::newRow("bigint") << "bigint" << K::Integer;
    QTest::newRow("text") << "text" << K::Text;
    QTest::newRow("character varying(255)") << "character varying(255)" << K::Text;
    QTest::newRow("VARCHAR(20)") << "VARCHAR(20)" << K::Text;
    QTest::newRow("date") << "date" << K::Date;
    QTest::newRow("double precision") << "double precision" << K::Real;
}

void TestConvention::kindFromType()
{
    QFETCH(QString, type);
    QFETCH(ColumnInfo::Kind, kind);
    QCOMPARE(ColumnInfo::kindFromType(type), kind);
}

void TestConvention::detect_data()
{
    QTest::addColumn<QList<ColumnInfo>>("columns");
    QTest::addColumn<Convention::Kind>("kind");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("actor");
    using K = Convention::Kind;
    const QString ts = QStringLiteral("timestamp with time zone");
    const QString plainTs = QStringLiteral("timestamp without time zone");
    const QString boolean = QStringLiteral("boolean");
    const QString text = QStringLiteral("text");
    const QString integer = QStringLiteral("integer");

    QTest::newRow("deleted_at") << withId({column("deleted_at", ts)}) << K::Timestamp
                                << "deleted_at"
                                << "";
    QTest::newRow("deleted_at + deleted_by")
        << withId({column("deleted_at", ts), column("deleted_by", integer)}) << K::Timestamp
        << "deleted_at"
        << "deleted_by";
    QTest::newRow("discarded_at + discarded_by")
        << withId({column("discarded_at", plainTs), column("discarded_by", text)}) << K::Timestamp
        << "discarded_at"
        << "discarded_by";
    QTest::newRow("archived_at + archived_by")
        << withId({column("archived_at", ts), column("archived_by", text)}) << K::Timestamp
        << "archived_at"
        << "archived_by";
    QTest::newRow("removed_at") << withId({column("removed_at", plainTs)}) << K::Timestamp
                                << "removed_at"
                                << "";
    QTest::newRow("deleted timestamp (django-safedelete)")
        << withId({column("deleted", ts)}) << K::Timestamp << "deleted"
        << "";
    QTest::newRow("deleted timestamp + deleted_by")
        << withId({column("deleted", plainTs), column("deleted_by", integer)}) << K::Timestamp
        << "deleted"
        << "deleted_by";
    QTest::newRow("SQLite DATETIME marker")
        << withId({column("deleted_at", "DATETIME")}) << K::Timestamp << "deleted_at"
        << "";
    QTest::newRow("is_deleted flag")
        << withId({column("is_deleted", boolean, false)}) << K::Flag << "is_deleted"
        << "";
    QTest::newRow("deleted flag") << withId({column("deleted", boolean, false)}) << K::Flag
                                  << "deleted"
                                  << "";
    QTest::newRow("is_archived flag")
        << withId({column("is_archived", boolean, false)}) << K::Flag << "is_archived"
        << "";
    QTest::newRow("is_deleted flag + deleted_by")
        << withId({column("is_deleted", boolean, false), column("deleted_by", text)}) << K::Flag
        << "is_deleted"
        << "deleted_by";
    QTest::newRow("SQLite INTEGER is_deleted flag")
        << withId({column("is_deleted", "INTEGER", false)}) << K::Flag << "is_deleted"
        << "";
    QTest::newRow("SQLite BOOLEAN deleted flag")
        << withId({column("deleted", "BOOLEAN", false)}) << K::Flag << "deleted"
        << "";

    QTest::newRow("NOT NULL timestamp marker rejected")
        << withId({column("deleted_at", ts, false)}) << K::None << ""
        << "";
    QTest::newRow("no marker") << withId({}) << K::None << ""
                               << "";
    QTest::newRow("actor column alone is no marker")
        << withId({column("deleted_by", integer)}) << K::None << ""
        << "";
}

void TestConvention::detect()
{
    QFETCH(QList<ColumnInfo>, columns);
    QFETCH(Convention::Kind, kind);
    QFETCH(QString, marker);
    QFETCH(QString, actor);

    const Convention convention = detectConvention(columns);
    QCOMPARE(convention.kind, kind);
    QCOMPARE(convention.marker, marker);
    QCOMPARE(convention.actor, actor);
    QVERIFY(!convention.overridden);
    QCOMPARE(convention.isSoftDeletable(), kind != Convention::Kind::None);
    if (kind == Convention::Kind::None)
        QVERIFY2(!convention.whyNone.isEmpty(), "a table that is not soft-deletable says why");
    else
        QVERIFY(convention.whyNone.isEmpty());
}

void TestConvention::validate_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("valid");
    const int ts = int(Convention::Kind::Timestamp);
    const int flag = int(Convention::Kind::Flag);
    QTest::newRow("usable timestamp override") << ts << "gone_at"
                                               << "gone_by"
                                               << "" << true;
    QTest::newRow("usable without actor") << ts << "gone_at"
                                          << ""
                                          << "" << true;
    QTest::newRow("usable flag override") << flag << "hidden"
                                          << ""
                                          << "" << true;
    QTest::newRow("usable with reason column") << ts << "gone_at"
                                               << ""
                                               << "why" << true;
    QTest::newRow("unknown marker") << ts << "nope"
                                    << ""
                                    << "" << false;
    QTest::newRow("unknown actor") << ts << "gone_at"
                                   << "nobody"
                                   << "" << false;
    QTest::newRow("unknown reason column") << ts << "gone_at"
                                           << ""
                                           << "no_reason" << false;
    QTest::newRow("empty marker") << ts << ""
                                  << ""
                                  << "" << false;
}

void TestConvention::validate()
{
    QFETCH(int, kind);
    QFETCH(QString, marker);
    QFETCH(QString, actor);
    QFETCH(QString, reason);
    QFETCH(bool, valid);

    const QList<ColumnInfo> columns = withId({
        column(QStringLiteral("gone_at"), QStringLiteral("timestamp with time zone")),
        column(QStringLiteral("gone_by"), QStringLiteral("text")),
        column(QStringLiteral("hidden"), QStringLiteral("boolean"), false),
        column(QStringLiteral("why"), QStringLiteral("text")),
    });
    Convention convention;
    convention.kind = Convention::Kind(kind);
    convention.marker = marker;
    convention.actor = actor;
    convention.reason = reason;
    convention.overridden = true;
    const QString problem = validateConvention(convention, columns);
    QCOMPARE(problem.isEmpty(), valid);
}

void TestConvention::kindNames()
{
    using K = Convention::Kind;
    for (K kind : {K::None, K::Timestamp, K::Flag})
        QCOMPARE(Convention::kindFromName(Convention::kindName(kind)), kind);
    QCOMPARE(Convention::kindName(K::Timestamp), QStringLiteral("timestamp"));
    QCOMPARE(Convention::kindName(K::Flag), QStringLiteral("flag"));
    QCOMPARE(Convention::kindName(K::None), QStringLiteral("none"));
}

void TestConvention::detectOnDatabase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<Convention::Kind>("kind");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("actor");
    using K = Convention::Kind;

    struct Case
    {
        const char *tag;
        QString pg;
        QString sqlite;
        K kind;
        QString marker;
        QString actor;
    };
    // clang-format off
    const QList<Case> cases = {
        {"deleted_at + deleted_by", "deleted_at timestamptz, deleted_by integer",
         "deleted_at TIMESTAMP, deleted_by INTEGER", K::Timestamp, "deleted_at", "deleted_by"},
        {"discarded_at + discarded_by", "discarded_at timestamp, discarded_by text",
         "discarded_at DATETIME, discarded_by TEXT", K::Timestamp, "discarded_at",
         "discarded_by"},
        {"archived_at + archived_by", "archived_at timestamptz, archived_by text",
         "archived_at DATETIME, archived_by TEXT", K::Timestamp, "archived_at", "archived_by"},
        {"removed_at", "removed_at timestamp", "removed_at TIMESTAMP", K::Timestamp,
         "removed_at", ""},
        {"deleted timestamp", "deleted timestamptz", "deleted DATETIME", K::Timestamp,
         "deleted", ""},
        {"is_deleted flag", "is_deleted boolean NOT NULL DEFAULT false, deleted_by text",
         "is_deleted BOOLEAN NOT NULL DEFAULT 0, deleted_by TEXT", K::Flag, "is_deleted",
         "deleted_by"},
        {"deleted flag", "deleted boolean NOT NULL DEFAULT false",
         "deleted BOOLEAN NOT NULL DEFAULT 0", K::Flag, "deleted", ""},
        {"is_archived flag (SQLite INTEGER)", "is_archived boolean NOT NULL DEFAULT false",
         "is_archived INTEGER NOT NULL DEFAULT 0", K::Flag, "is_archived", ""},
        {"NOT NULL timestamp rejected", "deleted_at timestamptz NOT NULL DEFAULT now()",
         "deleted_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP", K::None, "", ""},
        {"no marker", "created_at timestamptz", "created_at TIMESTAMP", K::None, "", ""},
    };
    // clang-format on
    for (const QString &backend : TestDatabase::backends()) {
        for (const Case &c : cases) {
            QTest::addRow("%s: %s", qPrintable(backend), c.tag)
                << backend << (isPg(backend) ? c.pg : c.sqlite) << c.kind << c.marker << c.actor;
        }
    }
}

void TestConvention::detectOnDatabase()
{
    QFETCH(QString, backend);
    QFETCH(QString, columns);
    QFETCH(Convention::Kind, kind);
    QFETCH(QString, marker);
    QFETCH(QString, actor);

    SALVAGE_TEST_DATABASE(db,
                          backend,
                          "CREATE TABLE things (id integer PRIMARY KEY, label text, " + columns
                              + ");\n");
    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    SchemaInspector inspector(connection);
    DbError error;
    const QList<TableInfo> tables = inspector.tables(&error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const TableInfo *table = findTable(tables, tableName(backend, QStringLiteral("things")));
    QVERIFY(table);
    QCOMPARE(table->convention.kind, kind);
    QCOMPARE(table->convention.marker, marker);
    QCOMPARE(table->convention.actor, actor);
    QCOMPARE(table->primaryKey, QStringList{QStringLiteral("id")});
    if (kind == Convention::Kind::None) {
        QVERIFY(!table->convention.whyNone.isEmpty());
        QVERIFY(!table->isWritable());
        QVERIFY2(!table->readOnlyReason().isEmpty(), "listed as not soft-deletable, with why");
    } else {
        QVERIFY(table->isWritable());
        QVERIFY(table->readOnlyReason().isEmpty());
    }
}

void TestConvention::overrideRoundTrip_data()
{
    TestDatabase::addBackendData();
}

void TestConvention::overrideRoundTrip()
{
    QFETCH(QString, backend);
    const QString stamp = isPg(backend) ? QStringLiteral("timestamptz")
                                        : QStringLiteral("TIMESTAMP");
    const QString script = QStringLiteral("CREATE TABLE things (id integer PRIMARY KEY, label text,"
                                          " gone_at %1, gone_by text, why text);\n"
                                          "INSERT INTO things (id, label) VALUES (1, 'a');\n"
                                          "INSERT INTO things (id, label) VALUES (2, 'b');\n")
                               .arg(stamp);
    SALVAGE_TEST_DATABASE(db, backend, script);
    const QualifiedName things = tableName(backend, QStringLiteral("things"));
    const QString key = db.url().settingsKey();
    ConventionStore store(key);
    store.clear(things);
    QVERIFY(!store.load(things).has_value());

    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    SchemaInspector inspector(connection);
    DbError error;
    const TableInfo *table = nullptr;
    QList<TableInfo> tables = inspector.tables(&error, &store);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    table = findTable(tables, things);
    QVERIFY(table);
    QCOMPARE(table->convention.kind, Convention::Kind::None);

    Convention convention;
    convention.kind = Convention::Kind::Timestamp;
    convention.marker = QStringLiteral("gone_at");
    convention.actor = QStringLiteral("gone_by");
    convention.reason = QStringLiteral("why");
    convention.overridden = true;
    QCOMPARE(validateConvention(convention, table->columns), QString());
    store.save(things, convention);

    // A new store for the same connection reads what was saved (it is persisted).
    const ConventionStore reopened(key);
    const std::optional<Convention> loaded = reopened.load(things);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->kind, Convention::Kind::Timestamp);
    QCOMPARE(loaded->marker, QStringLiteral("gone_at"));
    QCOMPARE(loaded->actor, QStringLiteral("gone_by"));
    QCOMPARE(loaded->reason, QStringLiteral("why"));
    // Per connection: another connection does not see it.
    QVERIFY(!ConventionStore(key + QStringLiteral("-other")).load(things).has_value());

    tables = inspector.tables(&error, &reopened);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    table = findTable(tables, things);
    QVERIFY(table);
    QCOMPARE(table->convention.kind, Convention::Kind::Timestamp);
    QCOMPARE(table->convention.marker, QStringLiteral("gone_at"));
    QCOMPARE(table->convention.actor, QStringLiteral("gone_by"));
    QVERIFY(table->convention.overridden);
    QVERIFY(table->isWritable());

    const TableInfo single = inspector.table(things, &error, &reopened);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(single.convention.marker, QStringLiteral("gone_at"));

    // The override is what the operations use.
    TrashService service(connection);
    OperationRequest request;
    request.operation = Operation::Trash;
    request.keys = {RowKey{1}};
    request.actor = QStringLiteral("alice");
    request.createAuditTable = true;
    const OperationResult result = service.run(single, request);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(db.scalar("SELECT count(*) FROM things WHERE gone_at IS NOT NULL").toInt(), 1);
    QCOMPARE(db.scalar("SELECT gone_by FROM things WHERE id = 1").toString(),
             QStringLiteral("alice"));

    store.clear(things);
    QVERIFY(!ConventionStore(key).load(things).has_value());
    tables = inspector.tables(&error, &store);
    table = findTable(tables, things);
    QVERIFY(table);
    QCOMPARE(table->convention.kind, Convention::Kind::None);
    QVERIFY(!table->convention.overridden);
}

void TestConvention::tableWithoutPrimaryKeyIsReadOnly_data()
{
    TestDatabase::addBackendData();
}

void TestConvention::tableWithoutPrimaryKeyIsReadOnly()
{
    QFETCH(QString, backend);
    const QString stamp = isPg(backend) ? QStringLiteral("timestamptz")
                                        : QStringLiteral("TIMESTAMP");
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          "CREATE TABLE event_log (id integer, message text, deleted_at " + stamp
                              + ");\n");
    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    SchemaInspector inspector(connection);
    DbError error;
    const QualifiedName eventLog = tableName(backend, QStringLiteral("event_log"));
    const TableInfo table = inspector.table(eventLog, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(table.name.isValid());
    QVERIFY(table.primaryKey.isEmpty());
    QCOMPARE(table.columns.size(), 3);
    QCOMPARE(table.convention.marker, QStringLiteral("deleted_at")); // detected, still read-only
    QVERIFY(!table.isWritable());
    QVERIFY(!table.readOnlyReason().isEmpty());
}

void TestConvention::compositePrimaryKeyOrder_data()
{
    TestDatabase::addBackendData();
}

void TestConvention::compositePrimaryKeyOrder()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          "CREATE TABLE line_items (order_id integer, sku text, line_no integer,"
                          " deleted_at timestamp, PRIMARY KEY (line_no, order_id));\n");
    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    SchemaInspector inspector(connection);
    DbError error;
    const TableInfo table = inspector.table(tableName(backend, QStringLiteral("line_items")),
                                            &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    // The constraint's order, not the column order.
    const QStringList constraintOrder{QStringLiteral("line_no"), QStringLiteral("order_id")};
    QCOMPARE(table.primaryKey, constraintOrder);
    QCOMPARE(table.columns.size(), 4);
    QCOMPARE(table.columns.at(0).name, QStringLiteral("order_id"));
    QCOMPARE(table.columns.at(2).name, QStringLiteral("line_no"));
    QVERIFY(table.isWritable());
}

void TestConvention::foreignKeysBothDirections_data()
{
    TestDatabase::addBackendData();
}

void TestConvention::foreignKeysBothDirections()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(
        db,
        backend,
        "CREATE TABLE users (id integer PRIMARY KEY, email text, deleted_at timestamp);\n"
        "CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users (id),"
        " deleted_at timestamp, deleted_by integer REFERENCES users (id));\n"
        "CREATE TABLE comments (id integer PRIMARY KEY, author integer REFERENCES users,"
        " body text);\n"
        "CREATE TABLE line_items (order_id integer REFERENCES orders (id), line_no integer,"
        " PRIMARY KEY (line_no, order_id));\n"
        "CREATE TABLE shipments (id integer PRIMARY KEY, item_order integer, item_line integer,"
        " FOREIGN KEY (item_line, item_order) REFERENCES line_items (line_no, order_id));\n");
    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    SchemaInspector inspector(connection);
    DbError error;
    const QList<TableInfo> tables = inspector.tables(&error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const auto name = [&](const char *table) {
        return tableName(backend, QString::fromLatin1(table));
    };
    const TableInfo *users = findTable(tables, name("users"));
    const TableInfo *orders = findTable(tables, name("orders"));
    const TableInfo *comments = findTable(tables, name("comments"));
    const TableInfo *items = findTable(tables, name("line_items"));
    const TableInfo *shipments = findTable(tables, name("shipments"));
    QVERIFY(users && orders && comments && items && shipments);
    const auto fk =
        [&](const char *from, const char *fromColumns, const char *to, const char *toColumns) {
            return QStringLiteral("%1(%2) -> %3(%4)")
                .arg(name(from).display(),
                     QLatin1String(fromColumns),
                     name(to).display(),
                     QLatin1String(toColumns));
        };

    QCOMPARE(foreignKeyTexts(orders->references),
             (QStringList{fk("orders", "deleted_by", "users", "id"),
                          fk("orders", "user_id", "users", "id")}));
    // A REFERENCES without columns points at the primary key.
    QCOMPARE(foreignKeyTexts(comments->references),
             QStringList{fk("comments", "author", "users", "id")});
    QCOMPARE(foreignKeyTexts(users->references), QStringList());
    QCOMPARE(foreignKeyTexts(users->referencedBy),
             (QStringList{fk("comments", "author", "users", "id"),
                          fk("orders", "deleted_by", "users", "id"),
                          fk("orders", "user_id", "users", "id")}));
    // Composite: columns stay paired, in constraint order.
    const QString composite
        = fk("shipments", "item_line,item_order", "line_items", "line_no,order_id");
    QCOMPARE(foreignKeyTexts(shipments->references), QStringList{composite});
    QCOMPARE(foreignKeyTexts(items->referencedBy), foreignKeyTexts(shipments->references));
    QCOMPARE(foreignKeyTexts(items->references),
             QStringList{fk("line_items", "order_id", "orders", "id")});
    QCOMPARE(foreignKeyTexts(orders->referencedBy), foreignKeyTexts(items->references));

    // The actor column's foreign key (for picking the actor from users).
    const ForeignKey *actorKey = orders->actorForeignKey();
    QVERIFY(actorKey);
    QVERIFY(actorKey->toTable == name("users"));
    QCOMPARE(actorKey->fromColumns, QStringList{QStringLiteral("deleted_by")});
    QVERIFY(!users->actorForeignKey());
}

void TestConvention::postgresNonPublicSchemas()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    SALVAGE_TEST_DATABASE(
        db,
        QStringLiteral("postgresql"),
        "CREATE SCHEMA crm;\n"
        "CREATE SCHEMA \"Billing Dept\";\n"
        "CREATE TABLE crm.contacts (id integer PRIMARY KEY, deleted_at timestamptz);\n"
        "CREATE TABLE \"Billing Dept\".invoices (id integer PRIMARY KEY,"
        " contact_id integer REFERENCES crm.contacts (id), is_deleted boolean NOT NULL"
        " DEFAULT false);\n"
        "CREATE TABLE public.contacts (id integer PRIMARY KEY);\n");
    Connection connection = db.connect();
    QVERIFY(connection.isOpen());
    SchemaInspector inspector(connection);
    DbError error;
    const QList<TableInfo> tables = inspector.tables(&error);
    QVERIFY2(!error.isError(), qPrintable(error.message));

    const QualifiedName crmContacts{QStringLiteral("crm"), QStringLiteral("contacts")};
    const QualifiedName invoices{QStringLiteral("Billing Dept"), QStringLiteral("invoices")};
    const QualifiedName publicContacts{QStringLiteral("public"), QStringLiteral("contacts")};
    const TableInfo *contacts = findTable(tables, crmContacts);
    QVERIFY(contacts);
    QVERIFY(findTable(tables, invoices));
    QVERIFY(findTable(tables, publicContacts));
    QCOMPARE(contacts->convention.marker, QStringLiteral("deleted_at"));
    QCOMPARE(findTable(tables, invoices)->convention.kind, Convention::Kind::Flag);
    // Same table name in two schemas: the foreign key points at the right one.
    QCOMPARE(foreignKeyTexts(contacts->referencedBy),
             QStringList{QStringLiteral("\"Billing Dept\".invoices(contact_id) -> "
                                        "crm.contacts(id)")});
    QVERIFY(findTable(tables, publicContacts)->referencedBy.isEmpty());

    for (const TableInfo &table : tables) {
        QVERIFY2(table.name.schema != QLatin1String("pg_catalog")
                     && table.name.schema != QLatin1String("information_schema")
                     && !table.name.schema.startsWith(QLatin1String("pg_toast")),
                 qPrintable(table.name.display()));
    }
    QCOMPARE(tables.size(), 3);

    const TableInfo single = inspector.table(invoices, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(single.name, invoices);
    QCOMPARE(single.primaryKey, QStringList{QStringLiteral("id")});
}

QTEST_GUILESS_MAIN(TestConvention)
#include "tst_convention.moc"
