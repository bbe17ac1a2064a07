#include "roundtrip.h"
#include "sqlchecks.h"
#include "testdatabase.h"

#include "models/recordmodel.h"
#include "models/softdeleteproxymodel.h"
#include "schema/schemainspector.h"
#include "trash/trashservice.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <numeric>

using namespace Salvage;
using Salvage::Test::deepOffset;
using Salvage::Test::roundTripWorkers;
using Salvage::Test::TestDatabase;

Q_DECLARE_METATYPE(Salvage::Scope)

namespace {

constexpr int rowTotal = 260; // 130 active, 130 trashed: three pages of 50 in every scope
constexpr int pageSize = 50;
constexpr int loadTimeout = 20000;

bool isPg(const QString &backend)
{
    return backend == QLatin1String("postgresql");
}

// One generated row; the test's own record of what the table holds.
struct Row
{
    int id = 0;
    QString name;
    QVariant category; // NULL for every fifth row; few distinct values (long runs of ties)
    QVariant price;    // NULL for 40% of the rows: a NULL run longer than a page
    bool trashed = false;
    QString actor;
};

QList<Row> generateRows()
{
    static const char *const names[]
        = {"WIDGET", "widget", "Gadget", "Sprocket", "wIdGeT box", "Gizmo", "Doohickey"};
    QList<Row> rows;
    for (int i = 1; i <= rowTotal; ++i) {
        Row row;
        row.id = i;
        row.name = QStringLiteral("%1 %2").arg(QLatin1String(names[i % 7])).arg(i);
        switch (i) {
        case 5:
            row.name = QStringLiteral("100% cotton");
            break;
        case 6:
            row.name = QStringLiteral("1000 cotton");
            break;
        case 10:
            row.name = QStringLiteral("100% wool");
            break;
        case 7:
            row.name = QStringLiteral("snake_case");
            break;
        case 8:
            row.name = QStringLiteral("snakeXcase");
            break;
        case 9:
            row.name = QStringLiteral("back\\slash");
            break;
        case 11:
            row.name = QStringLiteral("backXslash");
            break;
        default:
            break;
        }
        if (i % 5 != 0)
            row.category = QStringLiteral("cat%1").arg(i % 3);
        if (i % 5 >= 2)
            row.price = (i / 20) * 5;
        row.trashed = i % 2 == 0;
        if (row.trashed)
            row.actor = i % 4 == 0 ? QStringLiteral("alice") : QStringLiteral("bob");
        rows << row;
    }
    return rows;
}

QString sqlLiteral(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::Int)
        return QString::number(value.toInt());
    QString text = value.toString();
    text.replace(QStringLiteral("'"), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString itemsScript(const QString &backend)
{
    const bool pg = isPg(backend);
    QString script = QStringLiteral(
                         "CREATE TABLE items (id integer PRIMARY KEY, name text, category text,"
                         " price integer, deleted_at %1, deleted_by text);\n")
                         .arg(pg ? QStringLiteral("timestamptz") : QStringLiteral("TIMESTAMP"));
    // One multi-row INSERT: one transaction, fast on both backends.
    QStringList values;
    for (const Row &row : generateRows()) {
        const QString deletedAt = row.trashed ? QStringLiteral("'2024-02-%1 10:00:00%2'")
                                                    .arg(1 + row.id % 28, 2, 10, QLatin1Char('0'))
                                                    .arg(pg ? QStringLiteral("+00") : QString())
                                              : QStringLiteral("NULL");
        values << QStringLiteral("(%1, %2, %3, %4, %5, %6)")
                      .arg(row.id)
                      .arg(sqlLiteral(row.name),
                           sqlLiteral(row.category),
                           sqlLiteral(row.price),
                           deletedAt,
                           row.trashed ? sqlLiteral(row.actor) : QStringLiteral("NULL"));
    }
    script += QStringLiteral("INSERT INTO items VALUES\n") + values.join(QStringLiteral(",\n"))
              + QStringLiteral(";\n");
    return script;
}

QString scopeWhere(Scope scope)
{
    switch (scope) {
    case Scope::Active:
        return QStringLiteral(" WHERE deleted_at IS NULL");
    case Scope::Trash:
        return QStringLiteral(" WHERE deleted_at IS NOT NULL");
    case Scope::All:
        break;
    }
    return QString();
}

bool inScope(const Row &row, Scope scope)
{
    return scope == Scope::All || (scope == Scope::Trash) == row.trashed;
}

const char *scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Active:
        return "active";
    case Scope::Trash:
        return "trash";
    case Scope::All:
        break;
    }
    return "all";
}

// The ids a direct SQL query returns, in its order.
QList<int> sqlIds(const TestDatabase &db, const QString &sql)
{
    QList<int> ids;
    Connection connection = db.connect();
    QSqlQuery query(connection.database());
    if (!query.exec(sql)) {
        qWarning() << "query failed:" << sql;
        return ids;
    }
    while (query.next())
        ids << query.value(0).toInt();
    return ids;
}

QVariantList sqlValues(const TestDatabase &db, const QString &sql)
{
    QVariantList values;
    Connection connection = db.connect();
    QSqlQuery query(connection.database());
    if (!query.exec(sql)) {
        qWarning() << "query failed:" << sql;
        return values;
    }
    while (query.next())
        values << query.value(0);
    return values;
}

QList<int> modelIds(const RecordModel &model)
{
    QList<int> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.rowKey(row).value(0).toInt();
    return ids;
}

QList<int> sorted(QList<int> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool hasDuplicates(const QList<int> &ids)
{
    const QList<int> s = sorted(ids);
    return std::adjacent_find(s.cbegin(), s.cend()) != s.cend();
}

// Waits until the model knows its exact row count and has nothing in flight.
bool settle(RecordModel &model)
{
    return QTest::qWaitFor([&]() { return model.isCountExact() && !model.isLoading(); },
                           loadTimeout);
}

QList<int> rowRange(int count)
{
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

// Visits rows in `order` the way a scrolling view does: asks for each row's block and waits
// for it. Returns every visited row's primary key by position; empty on a timeout.
QList<RowKey> readRows(RecordModel &model, const QList<int> &order)
{
    QList<RowKey> keys(model.rowCount());
    for (int row : order) {
        model.prefetch(row);
        const bool loaded
            = QTest::qWaitFor([&]() { return model.isRowLoaded(row) && !model.isLoading(); },
                              loadTimeout);
        if (!loaded) {
            qWarning() << "row" << row << "was not loaded";
            return {};
        }
        keys[row] = model.rowKey(row);
    }
    return keys;
}

// Loads every row (the default cache holds them all) with fresh data.
bool loadAll(RecordModel &model)
{
    if (!settle(model))
        return false;
    const int rows = model.rowCount();
    return readRows(model, rowRange(rows)).size() == rows && model.rowCount() == rows;
}

QList<int> firstKeyColumn(const QList<RowKey> &keys)
{
    QList<int> ids;
    for (const RowKey &key : keys)
        ids << key.value(0).toInt();
    return ids;
}


TableInfo inspect(const TestDatabase &db, const QString &name)
{
    Connection connection = db.connect();
    SchemaInspector inspector(connection);
    DbError error;
    const QualifiedName qualified{isPg(db.backend()) ? QStringLiteral("public") : QString(), name};
    TableInfo table = inspector.table(qualified, &error);
    if (error.isError())
        qWarning().noquote() << "SchemaInspector::table:" << error.message;
    return table;
}

int sourceColumnNamed(const TableInfo &table, const char *name)
{
    return table.columnIndex(QString::fromLatin1(name));
}

QStringList proxyHeaders(const QAbstractItemModel &model)
{
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    return headers;
}

// A model, its proxy, and testers on both, loaded with one table.
struct Harness
{
    explicit Harness(const TestDatabase &db)
        : model(db.url())
    {
        model.setPageSize(pageSize);
        proxy.setSourceModel(&model);
    }

    void attachTesters()
    {
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        modelTester = std::make_unique<QAbstractItemModelTester>(&model, Mode::QtTest);
        proxyTester = std::make_unique<QAbstractItemModelTester>(&proxy, Mode::QtTest);
    }

    RecordModel model;
    SoftDeleteProxyModel proxy;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private:
    // The items table, shared by the tests that only read it (one database per backend).
    const TestDatabase &sharedItems(const QString &backend);
    std::map<QString, TestDatabase> m_sharedItems;

private slots:
    void loadsOnlyWhatViewsAskFor_data();
    void loadsOnlyWhatViewsAskFor();
    void randomAccessMatchesScrolling_data();
    void randomAccessMatchesScrolling();
    void scopes_data();
    void scopes();
    void search_data();
    void search();
    void sort_data();
    void sort();
    void sortThroughProxy_data();
    void sortThroughProxy();
    void pageQueryHasNoOffset_data();
    void pageQueryHasNoOffset();
    void reloadReflectsChanges_data();
    void reloadReflectsChanges();
    void operationRemovesRowsInPlace_data();
    void operationRemovesRowsInPlace();
    void flagConvention_data();
    void flagConvention();
};

const TestDatabase &TestModels::sharedItems(const QString &backend)
{
    auto it = m_sharedItems.find(backend);
    if (it == m_sharedItems.end()) {
        TestDatabase db = TestDatabase::create(backend, itemsScript(backend));
        it = m_sharedItems.emplace(backend, std::move(db)).first;
    }
    return it->second;
}

#define SHARED_ITEMS(var, backend) \
    const TestDatabase &var = sharedItems(backend); \
    QVERIFY2((var).isValid(), qPrintable((var).errorString()))

void TestModels::loadsOnlyWhatViewsAskFor_data()
{
    TestDatabase::addBackendData();
}

void TestModels::loadsOnlyWhatViewsAskFor()
{
    QFETCH(QString, backend);
    SHARED_ITEMS(db, backend);
    const TableInfo table = inspect(db, QStringLiteral("items"));
    QVERIFY(table.isWritable());
    RecordModel model(db.url());
    model.setPageSize(pageSize);
    model.setTableInfo(table);
    model.setScope(Scope::All);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), rowTotal);
    // Everything the model set off itself has come back (and started what it would start):
    // nothing but the first block until a view asks for more.
    QVERIFY(roundTripWorkers(model, loadTimeout));
    QVERIFY(!model.isLoading());
    QVERIFY2(model.cachedRowCount() <= pageSize,
             qPrintable(QString::number(model.cachedRowCount())));
    QVERIFY(!model.isRowLoaded(rowTotal - 1));

    // Jumping to the end loads the end, not what lies between.
    model.prefetch(rowTotal - 1);
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(rowTotal - 1), loadTimeout);
    QVERIFY(model.cachedRowCount() <= 2 * pageSize);
    QVERIFY(!model.isRowLoaded(2 * pageSize));

    // Scrolling through everything keeps the cache within its limit, and no row is lost or
    // repeated when blocks are evicted and found again by key.
    model.setCacheLimit(2 * pageSize);
    const QList<int> ids = firstKeyColumn(readRows(model, rowRange(rowTotal)));
    QVERIFY(model.cachedRowCount() <= 2 * pageSize);
    QVERIFY(!hasDuplicates(ids));
    QCOMPARE(sorted(ids), sqlIds(db, QStringLiteral("SELECT id FROM items ORDER BY id")));
    const QString deep = deepOffset(model.issuedStatements());
    QVERIFY2(deep.isEmpty(), qPrintable(deep));
}

void TestModels::randomAccessMatchesScrolling_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const QString &backend : TestDatabase::backends()) {
        for (const char *column : {"price", "category"}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s: by %s %s",
                              qPrintable(backend),
                              column,
                              order == Qt::AscendingOrder ? "asc" : "desc")
                    << backend << QString::fromLatin1(column) << order;
            }
        }
    }
}

void TestModels::randomAccessMatchesScrolling()
{
    QFETCH(QString, backend);
    QFETCH(QString, column);
    QFETCH(Qt::SortOrder, order);
    SHARED_ITEMS(db, backend);
    const TableInfo table = inspect(db, QStringLiteral("items"));

    // The same rows in the same places, whether read top to bottom, bottom to top or by
    // jumping around, with a cache too small to keep them.
    QList<int> reversed = rowRange(rowTotal);
    std::reverse(reversed.begin(), reversed.end());
    QList<int> jumping; // whole blocks, far apart: the end, the middle, the start, ...
    for (int block : {5, 2, 0, 4, 1, 3}) {
        for (int row = block * pageSize; row < std::min(rowTotal, (block + 1) * pageSize); ++row)
            jumping << row;
    }
    QList<QList<int>> results;
    for (const QList<int> &visit : {rowRange(rowTotal), reversed, jumping}) {
        RecordModel model(db.url());
        model.setPageSize(pageSize);
        model.setTableInfo(table);
        model.setScope(Scope::All);
        model.sort(table.columnIndex(column), order);
        model.setCacheLimit(2 * pageSize);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), rowTotal);
        const QList<RowKey> keys = readRows(model, visit);
        QCOMPARE(keys.size(), rowTotal);
        results << firstKeyColumn(keys);
        QVERIFY(model.cachedRowCount() <= 2 * pageSize);
        const QString deep = deepOffset(model.issuedStatements());
        QVERIFY2(deep.isEmpty(), qPrintable(deep));
    }
    QVERIFY(!hasDuplicates(results.at(0)));
    QCOMPARE(sorted(results.at(0)), sqlIds(db, QStringLiteral("SELECT id FROM items ORDER BY id")));
    QCOMPARE(results.at(1), results.at(0));
    QCOMPARE(results.at(2), results.at(0));
}

void TestModels::scopes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Scope>("scope");
    for (const QString &backend : TestDatabase::backends()) {
        for (Scope scope : {Scope::Active, Scope::Trash, Scope::All})
            QTest::addRow("%s: %s", qPrintable(backend), scopeName(scope)) << backend << scope;
    }
}

void TestModels::scopes()
{
    QFETCH(QString, backend);
    QFETCH(Scope, scope);
    SHARED_ITEMS(db, backend);
    const TableInfo table = inspect(db, QStringLiteral("items"));
    QVERIFY(table.isWritable());

    Harness h(db);
    h.attachTesters();
    h.model.setTableInfo(table);
    h.model.setScope(scope);
    QCOMPARE(h.model.scope(), scope);
    QVERIFY(loadAll(h.model));

    const int expected = db.scalar("SELECT count(*) FROM items" + scopeWhere(scope)).toInt();
    QVERIFY(expected > 2 * pageSize);
    QCOMPARE(h.model.rowCount(), expected);
    QCOMPARE(h.proxy.rowCount(), expected);
    const QList<int> ids = modelIds(h.model);
    QVERIFY(!hasDuplicates(ids));
    QCOMPARE(sorted(ids), sqlIds(db, "SELECT id FROM items" + scopeWhere(scope) + " ORDER BY id"));

    QHash<int, Row> byId;
    for (const Row &row : generateRows())
        byId.insert(row.id, row);
    const int actorColumn = sourceColumnNamed(table, "deleted_by");
    const int nameColumn = sourceColumnNamed(table, "name");
    for (int row = 0; row < h.model.rowCount(); ++row) {
        const Row &expectedRow = byId.value(ids.at(row));
        QCOMPARE(h.model.isTrashed(row), expectedRow.trashed);
        QCOMPARE(h.model.value(row, nameColumn).toString(), expectedRow.name);
        QCOMPARE(h.proxy.data(h.proxy.index(row, 0), SoftDeleteProxyModel::TrashedRole).toBool(),
                 expectedRow.trashed);
        QCOMPARE(h.proxy.keys({row}), QList<RowKey>{h.model.rowKey(row)});
        if (expectedRow.trashed) {
            const QString tip = h.proxy.data(h.proxy.index(row, 0), Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(expectedRow.actor), qPrintable(tip));
        }
        QCOMPARE(h.model.value(row, actorColumn).isNull(), !expectedRow.trashed);
    }

    // Columns by convention.
    const QStringList headers = proxyHeaders(h.proxy);
    QVERIFY2(!headers.contains(QStringLiteral("deleted_at"))
                 && !headers.contains(QStringLiteral("deleted_by")),
             qPrintable(headers.join(u',')));
    QVERIFY(headers.contains(QStringLiteral("name")));
    QVERIFY(headers.contains(QStringLiteral("id")));
    if (scope == Scope::Active) {
        QVERIFY2(!headers.contains(QStringLiteral("Deleted"))
                     && !headers.contains(QStringLiteral("Deleted by")),
                 qPrintable(headers.join(u',')));
        QCOMPARE(h.proxy.columnCount(), int(table.columns.size()) - 2);
    } else {
        QCOMPARE(h.proxy.columnCount(), int(table.columns.size()));
        const int deleted = headers.indexOf(QStringLiteral("Deleted"));
        const int deletedBy = headers.indexOf(QStringLiteral("Deleted by"));
        QVERIFY2(deleted >= 0 && deletedBy >= 0, qPrintable(headers.join(u',')));
        QCOMPARE(h.proxy.sourceColumn(deleted), sourceColumnNamed(table, "deleted_at"));
        QCOMPARE(h.proxy.sourceColumn(deletedBy), actorColumn);
        for (int row = 0; row < h.proxy.rowCount(); ++row) {
            const QModelIndex index = h.proxy.index(row, deletedBy);
            QCOMPARE(h.proxy.mapToSource(index), h.model.index(row, actorColumn));
            QCOMPARE(h.proxy.mapFromSource(h.model.index(row, actorColumn)), index);
            if (byId.value(ids.at(row)).trashed)
                QCOMPARE(index.data().toString(), byId.value(ids.at(row)).actor);
        }
    }

    // Which operations the selection allows.
    int trashedRow = -1;
    int activeRow = -1;
    for (int row = 0; row < h.model.rowCount(); ++row) {
        if (h.model.isTrashed(row) && trashedRow < 0)
            trashedRow = row;
        if (!h.model.isTrashed(row) && activeRow < 0)
            activeRow = row;
    }
    const int last = h.proxy.rowCount() - 1;
    for (Operation op : {Operation::Trash, Operation::Restore, Operation::Purge})
        QVERIFY(!h.proxy.allows(op, {}));
    if (scope == Scope::Active) {
        QVERIFY(h.proxy.allows(Operation::Trash, {0, 1, last}));
        QVERIFY(!h.proxy.allows(Operation::Restore, {0}));
        QVERIFY(!h.proxy.allows(Operation::Purge, {0}));
        QVERIFY(!h.proxy.allows(Operation::Purge, {0, 1, last}));
    } else if (scope == Scope::Trash) {
        QVERIFY(h.proxy.allows(Operation::Purge, {0, 1, last}));
        QVERIFY(h.proxy.allows(Operation::Restore, {0, last}));
        QVERIFY(!h.proxy.allows(Operation::Trash, {0}));
    } else {
        QVERIFY(trashedRow >= 0 && activeRow >= 0);
        QVERIFY(h.proxy.allows(Operation::Purge, {trashedRow}));
        QVERIFY(!h.proxy.allows(Operation::Purge, {trashedRow, activeRow}));
        QVERIFY(!h.proxy.allows(Operation::Purge, {activeRow}));
        QVERIFY(h.proxy.allows(Operation::Restore, {trashedRow}));
        QVERIFY(!h.proxy.allows(Operation::Restore, {activeRow, trashedRow}));
        QVERIFY(h.proxy.allows(Operation::Trash, {activeRow}));
        QVERIFY(!h.proxy.allows(Operation::Trash, {activeRow, trashedRow}));
        QCOMPARE(h.proxy.data(h.proxy.index(activeRow, 0), SoftDeleteProxyModel::TrashedRole)
                     .toBool(),
                 false);
    }
    QVERIFY(!h.proxy.allows(Operation::Trash, {h.proxy.rowCount()}));
}

void TestModels::search_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Scope>("scope");
    QTest::addColumn<QString>("text");
    struct Case
    {
        const char *tag;
        Scope scope;
        QString text;
    };
    // clang-format off
    const QList<Case> cases = {
        {"lower case finds every case", Scope::All, "widget"},
        {"upper case finds every case", Scope::All, "WIDGET"},
        {"scoped to active", Scope::Active, "widget"},
        {"scoped to trash", Scope::Trash, "gadget"},
        {"percent is literal", Scope::All, "100%"},
        {"percent alone is literal", Scope::All, "%"},
        {"underscore is literal", Scope::All, "snake_case"},
        {"underscore alone is literal", Scope::All, "_"},
        {"backslash is literal", Scope::All, "k\\s"},
        {"second text column", Scope::All, "CAT2"},
        {"actor column", Scope::Trash, "alice"},
        {"no match", Scope::All, "no such thing"},
        {"quote and injection", Scope::All, "'; DROP TABLE items; --"},
    };
    // clang-format on
    for (const QString &backend : TestDatabase::backends()) {
        for (const Case &c : cases) {
            QTest::addRow("%s: %s", qPrintable(backend), c.tag) << backend << c.scope << c.text;
        }
    }
}

void TestModels::search()
{
    QFETCH(QString, backend);
    QFETCH(Scope, scope);
    QFETCH(QString, text);
    SHARED_ITEMS(db, backend);
    const TableInfo table = inspect(db, QStringLiteral("items"));

    Harness h(db);
    h.attachTesters();
    h.model.setTableInfo(table);
    h.model.setScope(scope);
    h.model.setSearch(text);
    QCOMPARE(h.model.search(), text);
    QVERIFY(loadAll(h.model));

    // Case-insensitive "contains" over the text columns, computed without SQL.
    QList<int> expected;
    for (const Row &row : generateRows()) {
        if (!inScope(row, scope))
            continue;
        const QStringList texts{row.name, row.category.toString(), row.actor};
        for (const QString &value : texts) {
            if (value.contains(text, Qt::CaseInsensitive)) {
                expected << row.id;
                break;
            }
        }
    }
    const QList<int> ids = modelIds(h.model);
    QVERIFY(!hasDuplicates(ids));
    QCOMPARE(sorted(ids), expected);
    QCOMPARE(db.scalar("SELECT count(*) FROM items").toInt(), rowTotal);

    // The search text is a bound value, never part of the SQL.
    const RecordModel::PageQuery query = h.model.pageQuery({});
    if (text.size() > 3)
        QVERIFY2(!query.sql.contains(text), qPrintable(query.sql));
}

void TestModels::sort_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Scope>("scope");
    QTest::addColumn<QString>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const QString &backend : TestDatabase::backends()) {
        for (Scope scope : {Scope::Active, Scope::All}) {
            for (const char *column : {"price", "category", "name", "id", "deleted_at"}) {
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    QTest::addRow("%s: %s by %s %s",
                                  qPrintable(backend),
                                  scopeName(scope),
                                  column,
                                  order == Qt::AscendingOrder ? "asc" : "desc")
                        << backend << scope << QString::fromLatin1(column) << order;
                }
            }
        }
    }
}

void TestModels::sort()
{
    QFETCH(QString, backend);
    QFETCH(Scope, scope);
    QFETCH(QString, column);
    QFETCH(Qt::SortOrder, order);
    SHARED_ITEMS(db, backend);
    const TableInfo table = inspect(db, QStringLiteral("items"));
    const int sourceColumn = table.columnIndex(column);
    QVERIFY(sourceColumn >= 0);

    Harness h(db);
    h.attachTesters();
    h.model.setTableInfo(table);
    h.model.setScope(scope);
    h.model.sort(sourceColumn, order);
    QCOMPARE(h.model.sortColumn(), sourceColumn);
    QCOMPARE(h.model.sortOrder(), order);
    QVERIFY(loadAll(h.model));

    // No row lost or repeated across page boundaries.
    const QList<int> ids = modelIds(h.model);
    QVERIFY(!hasDuplicates(ids));
    QCOMPARE(sorted(ids), sqlIds(db, "SELECT id FROM items" + scopeWhere(scope) + " ORDER BY id"));

    // The values come in SQL's order; NULLs form one run at one end.
    const QString q = quoteIdentifier(column);
    const QString where = scopeWhere(scope);
    const QString nonNull = (where.isEmpty() ? QStringLiteral(" WHERE ") : where + " AND ") + q
                            + " IS NOT NULL";
    // PostgreSQL's own text on that side: the model keeps timestamps as PostgreSQL prints them.
    // (Aliased: ORDER BY a bare name would pick the text output column.)
    const QString selected = isPg(backend) ? "CAST(" + q + " AS TEXT) AS value_text" : q;
    const QVariantList expectedValues
        = sqlValues(db,
                    "SELECT " + selected + " FROM items" + nonNull + " ORDER BY " + q
                        + (order == Qt::AscendingOrder ? " ASC" : " DESC"));
    QVariantList values;
    int nullsAtStart = 0;
    int nullsAtEnd = 0;
    for (int row = 0; row < h.model.rowCount(); ++row) {
        const QVariant value = h.model.value(row, sourceColumn);
        if (value.isNull()) {
            if (values.isEmpty())
                ++nullsAtStart;
            else
                ++nullsAtEnd;
        } else {
            QVERIFY2(nullsAtEnd == 0, "NULLs are not in one run at one end");
            values << value;
        }
    }
    const int expectedNulls = db.scalar("SELECT count(*) FROM items"
                                        + (where.isEmpty() ? QStringLiteral(" WHERE ")
                                                           : where + " AND ")
                                        + q + " IS NULL")
                                  .toInt();
    QCOMPARE(nullsAtStart + nullsAtEnd, expectedNulls);
    QVERIFY(nullsAtStart == 0 || nullsAtEnd == 0);
    QCOMPARE(values.size(), expectedValues.size());
    for (int i = 0; i < values.size(); ++i) {
        QVERIFY2(values.at(i).toString() == expectedValues.at(i).toString(),
                 qPrintable(QStringLiteral("row %1: %2 where SQL has %3")
                                .arg(i)
                                .arg(values.at(i).toString(), expectedValues.at(i).toString())));
    }
}

void TestModels::sortThroughProxy_data()
{
    TestDatabase::addBackendData();
}

void TestModels::sortThroughProxy()
{
    QFETCH(QString, backend);
    SHARED_ITEMS(db, backend);
    const TableInfo table = inspect(db, QStringLiteral("items"));
    Harness h(db);
    h.attachTesters();
    h.model.setTableInfo(table);
    h.model.setScope(Scope::Trash);
    QVERIFY(loadAll(h.model));
    const int proxyColumn = proxyHeaders(h.proxy).indexOf(QStringLiteral("Deleted by"));
    QVERIFY(proxyColumn >= 0);
    h.proxy.sort(proxyColumn, Qt::DescendingOrder);
    QCOMPARE(h.model.sortColumn(), table.columnIndex(QStringLiteral("deleted_by")));
    QCOMPARE(h.model.sortOrder(), Qt::DescendingOrder);
    QVERIFY(loadAll(h.model));
    QCOMPARE(h.proxy.rowCount(), rowTotal / 2);
    QCOMPARE(h.proxy.index(0, proxyColumn).data().toString(), QStringLiteral("bob"));
    QCOMPARE(h.proxy.index(h.proxy.rowCount() - 1, proxyColumn).data().toString(),
             QStringLiteral("alice"));
}

void TestModels::pageQueryHasNoOffset_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Scope>("scope");
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QVariantList>("after");
    for (const QString &backend : TestDatabase::backends()) {
        const auto add = [&](const char *tag,
                             Scope scope,
                             const char *column,
                             const char *text,
                             const QVariantList &after) {
            QTest::addRow("%s: %s", qPrintable(backend), tag)
                << backend << scope << QString::fromLatin1(column) << QString::fromLatin1(text)
                << after;
        };
        add("first page", Scope::All, "", "", {});
        add("next page by key", Scope::Active, "", "", {QVariant(120)});
        add("sorted, next page", Scope::Trash, "price", "", {QVariant(25), QVariant(120)});
        add("sorted, after a NULL", Scope::All, "price", "", {QVariant(), QVariant(120)});
        add("searched and sorted",
            Scope::All,
            "name",
            "zq'x",
            {QVariant(QStringLiteral("Gizmo 3")), QVariant(3)});
    }
}

void TestModels::pageQueryHasNoOffset()
{
    QFETCH(QString, backend);
    QFETCH(Scope, scope);
    QFETCH(QString, sortColumn);
    QFETCH(QString, search);
    QFETCH(QVariantList, after);
    SHARED_ITEMS(db, backend);
    const TableInfo table = inspect(db, QStringLiteral("items"));
    RecordModel model(db.url());
    model.setPageSize(pageSize);
    model.setTableInfo(table);
    model.setScope(scope);
    if (!sortColumn.isEmpty())
        model.sort(table.columnIndex(sortColumn), Qt::AscendingOrder);
    model.setSearch(search);

    const RecordModel::PageQuery query = model.pageQuery(after);
    static const QRegularExpression offset(QStringLiteral("\\bOFFSET\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!query.sql.contains(offset), qPrintable(query.sql));
    QVERIFY2(query.sql.contains(QStringLiteral("LIMIT"), Qt::CaseInsensitive),
             qPrintable(query.sql));
    QCOMPARE(query.sql.count(u'?'), query.values.size());
    if (!search.isEmpty())
        QVERIFY2(!query.sql.contains(search), qPrintable(query.sql));

    // Each page is found by key while the whole table is read.
    if (!sortColumn.isEmpty()) {
        QVERIFY(loadAll(model));
        const int expected = db.scalar("SELECT count(*) FROM items" + scopeWhere(scope)).toInt();
        QCOMPARE(model.rowCount(), search.isEmpty() ? expected : 0);
    }
}

void TestModels::reloadReflectsChanges_data()
{
    TestDatabase::addBackendData();
}

void TestModels::reloadReflectsChanges()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, itemsScript(backend));
    const TableInfo table = inspect(db, QStringLiteral("items"));
    Harness h(db);
    h.attachTesters();
    h.model.setTableInfo(table);
    h.model.setScope(Scope::Active);
    QVERIFY(loadAll(h.model));
    const int before = h.model.rowCount();
    QVERIFY(modelIds(h.model).contains(3));

    {
        Connection connection = db.connect();
        TrashService service(connection);
        OperationRequest request;
        request.operation = Operation::Trash;
        request.keys = {RowKey{3}, RowKey{151}};
        request.actor = QStringLiteral("carol");
        request.createAuditTable = true;
        const OperationResult result = service.run(table, request);
        QVERIFY2(result.ok, qPrintable(result.error.message));
    }
    QVERIFY(db.exec("INSERT INTO items (id, name) VALUES (1000, 'brand new')"));

    h.model.reload();
    QVERIFY(loadAll(h.model));
    QCOMPARE(h.model.rowCount(), before - 2 + 1);
    const QList<int> ids = modelIds(h.model);
    QVERIFY(!ids.contains(3));
    QVERIFY(!ids.contains(151));
    QVERIFY(ids.contains(1000));
    QCOMPARE(sorted(ids), sqlIds(db, "SELECT id FROM items WHERE deleted_at IS NULL ORDER BY id"));

    h.model.setScope(Scope::Trash);
    QVERIFY(loadAll(h.model));
    const int row = modelIds(h.model).indexOf(3);
    QVERIFY(row >= 0);
    QCOMPARE(h.model.value(row, table.columnIndex(QStringLiteral("deleted_by"))).toString(),
             QStringLiteral("carol"));
}

void TestModels::operationRemovesRowsInPlace_data()
{
    TestDatabase::addBackendData();
}

void TestModels::operationRemovesRowsInPlace()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, itemsScript(backend));
    const TableInfo table = inspect(db, QStringLiteral("items"));
    Harness h(db);
    h.attachTesters();
    h.model.setTableInfo(table);
    QSignalSpy removed(&h.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&h.model, &QAbstractItemModel::modelReset);

    // In All, trashed rows stay (only their marker changes): nothing is removed.
    h.model.setScope(Scope::All);
    QVERIFY(loadAll(h.model));
    removed.clear();
    h.model.dropRowsLeavingScope(Operation::Trash, {h.model.rowKey(3)});
    QCOMPARE(removed.count(), 0);

    // In Active they go at once, where they are: rows 10 and 11 (block 0) of three
    // selected rows; row 60 (block 1) moves up to 58 with its selection.
    h.model.setScope(Scope::Active);
    QVERIFY(loadAll(h.model));
    const QList<int> before = modelIds(h.model);
    QItemSelectionModel selection(&h.model);
    for (int row : {10, 11, 60}) {
        selection.select(h.model.index(row, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const QList<RowKey> trashed{h.model.rowKey(10), h.model.rowKey(11)};
    {
        Connection connection = db.connect();
        TrashService service(connection);
        OperationRequest request;
        request.operation = Operation::Trash;
        request.keys = trashed;
        request.actor = QStringLiteral("carol");
        request.createAuditTable = true;
        QVERIFY(service.run(table, request).ok);
    }
    removed.clear();
    resets.clear();
    h.model.dropRowsLeavingScope(Operation::Trash, trashed);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 10);
    QCOMPARE(removed.at(0).at(2).toInt(), 11);
    QCOMPARE(h.model.rowCount(), before.size() - 2);
    QVERIFY(h.model.isRowLoaded(10));
    QCOMPARE(h.model.rowKey(10).value(0).toInt(), before.at(12));
    QCOMPARE(h.model.rowKey(58).value(0).toInt(), before.at(60));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().at(0).row(), 58);

    // The reload that follows finds the same: no reset, the selection where it was.
    h.model.reload();
    QVERIFY(loadAll(h.model));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(modelIds(h.model), before.mid(0, 10) + before.mid(12));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().at(0).row(), 58);
    QCOMPARE(h.model.rowKey(58).value(0).toInt(), before.at(60));
}

void TestModels::flagConvention_data()
{
    TestDatabase::addBackendData();
}

void TestModels::flagConvention()
{
    QFETCH(QString, backend);
    const bool pg = isPg(backend);
    QString script = QStringLiteral(
        "CREATE TABLE \"Order Lines\" (\"order\" integer, \"line\" integer, sku text,"
        " is_deleted boolean NOT NULL, deleted_by text, PRIMARY KEY (\"order\", \"line\"));\n");
    for (int i = 0; i < 120; ++i) {
        script += QStringLiteral("INSERT INTO \"Order Lines\" VALUES (%1, %2, 'SKU-%3', %4, %5);\n")
                      .arg(i / 3)
                      .arg(i % 3)
                      .arg(i)
                      .arg(QString::fromLatin1(i % 3 == 0 ? (pg ? "true" : "1")
                                                          : (pg ? "false" : "0")))
                      .arg(i % 3 == 0 ? QStringLiteral("'dora'") : QStringLiteral("NULL"));
    }
    SALVAGE_TEST_DATABASE(db, backend, script);
    const TableInfo table = inspect(db, QStringLiteral("Order Lines"));
    QCOMPARE(table.convention.kind, Convention::Kind::Flag);
    QCOMPARE(table.primaryKey, (QStringList{QStringLiteral("order"), QStringLiteral("line")}));

    for (Scope scope : {Scope::Active, Scope::Trash, Scope::All}) {
        Harness h(db);
        h.attachTesters();
        h.model.setTableInfo(table);
        h.model.setScope(scope);
        QVERIFY(loadAll(h.model));
        const int expected = scope == Scope::All ? 120 : scope == Scope::Trash ? 40 : 80;
        QCOMPARE(h.model.rowCount(), expected);
        QSet<QString> keys;
        for (int row = 0; row < h.model.rowCount(); ++row) {
            const RowKey key = h.model.rowKey(row);
            QCOMPARE(key.size(), 2);
            keys.insert(key.at(0).toString() + u'/' + key.at(1).toString());
            QCOMPARE(h.model.isTrashed(row), key.at(1).toInt() == 0);
        }
        QCOMPARE(keys.size(), expected);
        const QStringList headers = proxyHeaders(h.proxy);
        QCOMPARE(headers.contains(QStringLiteral("Deleted")), scope != Scope::Active);
        QVERIFY(!headers.contains(QStringLiteral("is_deleted")));
    }
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
