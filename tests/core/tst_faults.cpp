// The fault harness (issue 12 item 10): every row operation (trash / restore / purge of
// selected rows, bulk trash / restore / purge in several batches, anonymize, erase) is failed
// at each of its steps, on both backends, and after every fault
//   - the database is byte-identical to before (or the whole change is there, never a part),
//   - the audit lists exactly the rows changed,
//   - the error is a sentence of the kind that happened (ConnectionLost, Cancelled, ...),
//   - the same Connection object (reopened after a loss, as DbWorker does) works on.
//
// Steps are counted by triggers (faultrig.h): each changed row and each audit row is a step,
// and on PostgreSQL COMMIT is one more (a deferred trigger). PostgreSQL's armed step waits
// for a row lock another session holds, and the fault ends the wait: lock_timeout,
// statement_timeout, or pg_terminate_backend from another connection. Besides those: the
// operation's idle session terminated before it starts; a row the state check locks held by
// another session; and once, in a cluster of the test's own, pg_ctl stop -m immediate while
// an operation waits, then a restart. SQLite's armed step writes past PRAGMA max_page_count
// (SQLITE_FULL) or calls sqlite3_interrupt through QueryCanceller; besides, another
// connection holding the write lock at BEGIN (busy) or a read lock at COMMIT (busy).

#include "erasureshop.h"
#include "faultrig.h"
#include "snapshot.h"
#include "tablelookup.h"
#include "testdatabase.h"

#include "privacy/erasureinputs.h"
#include "privacy/erasureservice.h"
#include "privacy/rulestore.h"
#include "trash/auditlog.h"
#include "trash/bulkoperation.h"
#include "trash/trashservice.h"

#include <QElapsedTimer>
#include <QtTest>

#include <functional>

using namespace Salvage;
using namespace Salvage::Test;

// A check inside a helper: says which one failed and gives up on the operation.
#define CHECK(condition) \
    do { \
        if (!(condition)) { \
            qWarning("check failed: %s", #condition); \
            return false; \
        } \
    } while (false)

namespace {

struct Tally
{
    QMap<QString, int> faults; // "backend kind" -> count
    int partial = 0;
    int missingAudit = 0;
    int unusable = 0;
    int unclear = 0;
    QSet<QString> messages; // each kind's message once, for the log

    int total() const
    {
        int n = 0;
        for (int v : faults)
            n += v;
        return n;
    }
};

Tally &tally()
{
    static Tally t;
    return t;
}

struct Outcome
{
    bool ok = false;
    DbError error;
    QString operationId;
    int rows = 0;
};

Outcome outcomeOf(const OperationResult &r)
{
    return {r.ok, r.error, r.operationId, r.rows};
}

Outcome outcomeOf(const ErasureResult &r)
{
    Outcome o{r.ok, r.error, r.operationId, 0};
    for (const TableOutcome &t : r.tables)
        o.rows += t.anonymized + t.purged;
    return o;
}

struct Op
{
    QString name;
    std::function<Outcome()> run;
    int expected = 0;
    std::function<bool()> applied; // the whole change is in the database
    QString lockTable;             // a row the operation changes, for the state-check lock
    int lockId = 0;
};

QString schema(const QString &backend)
{
    const bool pg = backend == QLatin1String("postgresql");
    QString script;
    for (const char *table : {"items", "bulk_items"}) {
        script += QStringLiteral("CREATE TABLE %1 (id integer PRIMARY KEY, name text, "
                                 "deleted_at %2, deleted_by text);\n")
                      .arg(QLatin1String(table),
                           pg ? QStringLiteral("timestamptz") : QStringLiteral("TIMESTAMP"));
        for (int id = 1; id <= 6; ++id)
            script += QStringLiteral("INSERT INTO %1 VALUES (%2, 'n%2', NULL, NULL);\n")
                          .arg(QLatin1String(table))
                          .arg(id);
    }
    return script + erasureShopSchema(backend);
}

QString storeRules(Connection &connection, const QString &backend, const QList<TableInfo> &tables)
{
    RuleStore store(connection);
    DbError error;
    if (!store.ensureTables(&error))
        return error.message;
    const QList<std::tuple<const char *, const char *, RuleKind, const char *>> rules = {
        {"users", "email", RuleKind::Email, ""},
        {"users", "name", RuleKind::Redact, ""},
        {"users", "notes", RuleKind::Keep, ""},
        {"addresses", "street", RuleKind::Fixed, "[removed]"},
        {"orders", "shipping_name", RuleKind::Redact, ""},
        {"order_items", "gift_message", RuleKind::Null, ""},
        {"support_tickets", "body", RuleKind::Fixed, "[erased]"},
    };
    for (const auto &[table, column, kind, parameter] : rules) {
        AnonymizationRule rule{tableName(backend, QLatin1String(table)),
                               QLatin1String(column),
                               kind,
                               QLatin1String(parameter)};
        if (!store.saveRule(rule, tables, QStringLiteral("dpo"), &error))
            return error.message;
    }
    for (const char *name : {"sessions", "session_events"}) {
        if (!store.setPurgeOnErasure(tableName(backend, QLatin1String(name)),
                                     true,
                                     QStringLiteral("dpo"),
                                     &error))
            return error.message;
    }
    return store.salt(&error).isEmpty() ? error.message : QString();
}

// One backend's database, the operation's connection and the sessions that make faults.
struct Rig
{
    explicit Rig(const QString &backend);

    bool pg = false;
    QString backend;
    TestDatabase db;
    Connection admin;
    Connection conn; // the operation's: every operation runs on this object
    Connection lockHolder;
    QueryCanceller canceller;
    QList<TableInfo> tables;
    SnapshotTables snapTables;
    QString problem;

    const TableInfo &table(const char *name) const
    {
        return *findTable(tables, QLatin1String(name));
    }
    int count(const QString &sql) const { return db.scalar(sql).toInt(); }
    bool reopen();
};

Rig::Rig(const QString &b)
    : pg(b == QLatin1String("postgresql"))
    , backend(b)
    , db(TestDatabase::create(b, schema(b)))
{
    if (!db.isValid()) {
        problem = db.errorString();
        return;
    }
    admin = db.connect();
    conn = db.connect();
    DbError error;
    if (!AuditLog(admin).create(&error))
        problem = error.message;
    tables = inspectTables(admin);
    if (problem.isEmpty())
        problem = storeRules(admin, backend, tables);
    // Every step of the operations below: changed rows and audit rows.
    StepTables steps;
    for (const char *table : {"items", "bulk_items"}) {
        steps << qMakePair(QString::fromLatin1(table), QStringLiteral("UPDATE"))
              << qMakePair(QString::fromLatin1(table), QStringLiteral("DELETE"));
    }
    steps << qMakePair(QStringLiteral("users"), QStringLiteral("UPDATE"))
          << qMakePair(QStringLiteral("orders"), QStringLiteral("UPDATE"))
          << qMakePair(QStringLiteral("session_events"), QStringLiteral("DELETE"))
          << qMakePair(QStringLiteral("salvage_audit"), QStringLiteral("INSERT"));
    if (problem.isEmpty())
        problem = installFaultRig(admin, steps);
    for (const QString &t : QStringList{"items", "bulk_items"} + erasureShopTables())
        snapTables << qMakePair(t, QStringLiteral("id"));
    if (!problem.isEmpty())
        return;
    if (pg) {
        lockHolder = db.connect();
        if (!lockHolder.begin(&error)
            || !lockHolder.rows(QStringLiteral("SELECT id FROM fault_lock FOR UPDATE")))
            problem = QStringLiteral("could not hold fault_lock");
    } else if (!reopen()) {
        problem = QStringLiteral("could not register fault_interrupt()");
    }
}

// After a lost connection, as the app does (DbWorker): open the same URL again.
bool Rig::reopen()
{
    if (!conn.isOpen()) {
        const ConnectionUrl url = conn.url();
        DbError error;
        conn = Connection::open(url, &error);
    }
    if (!conn.isOpen() || pg)
        return conn.isOpen();
    const bool ok = conn.execute(QStringLiteral("PRAGMA busy_timeout = 100")).ok()
                    && registerSqliteHook(conn, &canceller);
    canceller.setRunning(true); // after attach(), which resets it
    return ok;
}

// Keys named by the audit rows `where` selects (arrays and runs expanded); -1 on error.
int keysInAudit(Rig &rig, const char *where, const QVariant &value)
{
    const Result<QList<QVariantList>> rows
        = rig.admin.rows(QLatin1String("SELECT row_key FROM salvage_audit WHERE ")
                             + QLatin1String(where),
                         {value});
    if (!rows)
        return -1;
    int keys = 0;
    for (const QVariantList &row : *rows)
        keys += int(auditRowKeys(row.value(0).toString()).size());
    return keys;
}

int auditedKeys(Rig &rig, const QString &operationId)
{
    return keysInAudit(rig, "operation_id = ?", operationId);
}

int newAuditKeys(Rig &rig, int afterId)
{
    return keysInAudit(rig, "id > ?", afterId);
}

int backendPid(Connection &connection)
{
    const Result<QVariant> pid = connection.value(QStringLiteral("SELECT pg_backend_pid()"));
    return pid ? pid->toInt() : -1;
}

DbError::Kind expectedKind(const QString &kind)
{
    if (kind == QLatin1String("terminate") || kind == QLatin1String("idle terminate")
        || kind == QLatin1String("crash"))
        return DbError::ConnectionLost;
    if (kind == QLatin1String("statement_timeout") || kind == QLatin1String("interrupt"))
        return DbError::Cancelled;
    if (kind == QLatin1String("full"))
        return DbError::Other;
    return DbError::Conflict; // lock_timeout, busy
}

// Runs `op` once with fault `kind` set up on the operation's session.
Outcome attempt(Rig &rig, const Op &op, const QString &kind)
{
    std::unique_ptr<LockWatcher> watcher;
    if (kind == QLatin1String("lock_timeout"))
        (void) rig.conn.execute(QStringLiteral("SET lock_timeout = '50ms'"));
    else if (kind == QLatin1String("statement_timeout"))
        // PostgreSQL disarms statement_timeout before COMMIT runs the deferred triggers:
        // at that step lock_timeout ends the wait instead.
        (void) rig.conn.execute(
            QStringLiteral("SET statement_timeout = '80ms'; SET lock_timeout = '250ms'"));
    else if (kind == QLatin1String("terminate"))
        watcher = std::make_unique<LockWatcher>(rig.conn.url(), backendPid(rig.conn));
    else if (kind == QLatin1String("full")) {
        const Result<QVariant> pages = rig.conn.value(QStringLiteral("PRAGMA page_count"));
        const int limit = (pages ? pages->toInt() : 0) + 16;
        (void) rig.conn.execute(QStringLiteral("PRAGMA max_page_count = %1").arg(limit));
    }
    Outcome outcome = op.run();
    if (watcher && !watcher->stop() && !outcome.ok)
        qWarning().noquote() << op.name << "watcher did not fire:" << watcher->problem();
    if (rig.conn.isOpen() && rig.pg)
        (void) rig.conn.execute(QStringLiteral("RESET ALL"));
    else if (rig.conn.isOpen())
        (void) rig.conn.execute(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    return outcome;
}

// The checks after a failed attempt. Returns true when the change was committed after all
// (as a whole), so that the operation is done.
bool checkFault(Rig &rig,
                const Op &op,
                const QString &timeoutKind,
                const QString &where,
                const Outcome &outcome,
                const QMap<QString, QString> &before,
                int auditBefore)
{
    Tally &t = tally();
    const QString kind = timeoutKind == QLatin1String("statement_timeout")
                                 && outcome.error.sqlState == QLatin1String("55P03")
                             ? QStringLiteral("lock_timeout")
                             : timeoutKind;
    ++t.faults[rig.backend + QLatin1Char(' ') + kind];
    const QString label = QStringLiteral("%1 %2 %3 (%4)").arg(rig.backend, op.name, kind, where);
    const DbError &e = outcome.error;
    const bool saysFull = kind != QLatin1String("full")
                          || e.message.contains(QLatin1String("full"), Qt::CaseInsensitive);
    if (e.message.isEmpty() || e.kind != expectedKind(kind) || !saysFull) {
        ++t.unclear;
        qWarning().noquote() << label << "unclear error: kind" << e.kind << e.message << "|"
                             << e.driverText;
    } else if (!t.messages.contains(rig.backend + kind)) {
        t.messages.insert(rig.backend + kind);
        qInfo().noquote() << label << "->" << e.message;
    }
    if (!rig.reopen()) {
        ++t.unusable;
        qWarning().noquote() << label << "could not reopen the connection";
    }
    const Result<QVariant> probe = rig.conn.value(QStringLiteral("SELECT count(*) FROM items"));
    if (!probe) {
        ++t.unusable;
        qWarning().noquote() << label << "session unusable afterwards:" << probe.error().message
                             << probe.error().driverText;
        rig.conn = Connection();
        rig.reopen();
    }
    const QMap<QString, QString> after = snapshot(rig.db, rig.snapTables);
    if (after == before)
        return false;
    if (op.applied() && newAuditKeys(rig, auditBefore) == op.expected) {
        qInfo().noquote() << label << "committed as a whole despite the error";
        return true;
    }
    ++t.partial;
    qWarning().noquote() << label << "PARTIAL:" << describeDiff(before, after);
    return true;
}

void checkSuccess(Rig &rig, const Op &op, const Outcome &outcome)
{
    const int audited = auditedKeys(rig, outcome.operationId);
    if (audited != outcome.rows || outcome.rows != op.expected || !op.applied()) {
        tally().missingAudit += std::abs(op.expected - audited) + (op.applied() ? 0 : 1);
        qWarning().noquote() << rig.backend << op.name << "rows" << outcome.rows << "expected"
                             << op.expected << "audited" << audited << "applied" << op.applied();
    }
}

// Every fault for `op`, then the operation itself. Returns false when it never succeeded.
bool exercise(Rig &rig, const Op &op)
{
    const QMap<QString, QString> before = snapshot(rig.db, rig.snapTables);
    const int auditBefore = rig.count(
        QStringLiteral("SELECT coalesce(max(id), 0) FROM salvage_audit"));
    const auto failed = [&](const QString &kind, const QString &where, const Outcome &o) {
        if (o.ok) {
            qWarning().noquote() << rig.backend << op.name << kind << where << "did not fail";
            checkSuccess(rig, op, o);
            return true;
        }
        return checkFault(rig, op, kind, where, o, before, auditBefore);
    };
    CHECK(armFault(rig.admin, QString(), 0));
    if (rig.pg) {
        // The session was terminated while idle, before the operation.
        CHECK(rig.admin
                  .value(QStringLiteral("SELECT pg_terminate_backend(?, 5000)"),
                         {backendPid(rig.conn)})
                  .ok());
        if (failed(QStringLiteral("idle terminate"), QStringLiteral("begin"), op.run()))
            return true;
        // A row the operation needs, locked by another session during the state check.
        Connection rowHolder = rig.db.connect();
        DbError error;
        CHECK(rowHolder.begin(&error));
        CHECK(
            rowHolder
                .rows(QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(op.lockTable),
                      {op.lockId})
                .ok());
        for (const char *kind : {"lock_timeout", "statement_timeout", "terminate"}) {
            if (failed(QLatin1String(kind),
                       QStringLiteral("row lock"),
                       attempt(rig, op, QLatin1String(kind))))
                return true;
        }
        rowHolder.rollback();
    } else {
        Connection holder = rig.db.connect();
        CHECK(holder.execute(QStringLiteral("BEGIN IMMEDIATE")).ok());
        if (failed(QStringLiteral("busy"), QStringLiteral("begin"), attempt(rig, op, {})))
            return true;
        (void) holder.execute(QStringLiteral("ROLLBACK"));
        // A reader's lock keeps COMMIT from writing.
        CHECK(holder.execute(QStringLiteral("BEGIN")).ok());
        CHECK(holder.value(QStringLiteral("SELECT count(*) FROM items")).ok());
        if (failed(QStringLiteral("busy"), QStringLiteral("commit"), attempt(rig, op, {})))
            return true;
        (void) holder.execute(QStringLiteral("ROLLBACK"));
    }
    const QStringList kinds = rig.pg ? QStringList{"terminate", "lock_timeout", "statement_timeout"}
                                     : QStringList{"full", "interrupt"};
    for (int n = 1; n <= 100; ++n) {
        const QString &kind = kinds.at(n % kinds.size());
        CHECK(armFault(rig.admin, rig.pg ? QStringLiteral("on") : kind, n));
        const Outcome outcome = attempt(rig, op, kind);
        if (outcome.ok) {
            CHECK(armFault(rig.admin, QString(), 0));
            checkSuccess(rig, op, outcome);
            return true;
        }
        if (checkFault(rig, op, kind, QStringLiteral("step %1").arg(n), outcome, before, auditBefore))
            return true;
    }
    qWarning().noquote() << rig.backend << op.name << "never succeeded";
    return false;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void rowOperations_data() { TestDatabase::addBackendData(); }
    void rowOperations();
    void serverStopMidOperation();
    void tallyLine();
};

void TestFaults::rowOperations()
{
    QFETCH(QString, backend);
    QElapsedTimer timer;
    timer.start();
    Rig rig(backend);
    QVERIFY2(rig.problem.isEmpty(), qPrintable(rig.problem));
    const QString actor = QStringLiteral("support");
    const auto selected = [&rig, actor](Operation operation, const char *table, const QList<int> &ids) {
        return [&rig, actor, operation, table, ids] {
            OperationRequest request;
            request.operation = operation;
            request.actor = actor;
            for (int id : ids)
                request.keys << RowKey{id};
            return outcomeOf(TrashService(rig.conn).run(rig.table(table), request));
        };
    };
    const auto bulk = [&rig, actor](Operation operation) {
        return [&rig, actor, operation] {
            OperationRequest request;
            request.operation = operation;
            request.actor = actor;
            BulkOperation bulkOperation(rig.conn);
            bulkOperation.setBatchRows(2);
            return outcomeOf(bulkOperation.run(rig.table("bulk_items"), request, RowFilter()));
        };
    };
    const auto counts = [&rig](const QString &sql, int expected) {
        return [&rig, sql, expected] { return rig.count(sql) == expected; };
    };
    // Set-up without faults: the rows a purge takes must be in the trash.
    const auto prepare = [&rig](const std::function<Outcome()> &run) {
        return armFault(rig.admin, QString(), 0) && run().ok;
    };

    QList<Op> ops;
    ops << Op{"trash",
              selected(Operation::Trash, "items", {1, 2}),
              2,
              counts("SELECT count(*) FROM items WHERE id IN (1, 2) AND deleted_at IS NOT NULL", 2),
              "items",
              1};
    ops << Op{"restore",
              selected(Operation::Restore, "items", {1, 2}),
              2,
              counts("SELECT count(*) FROM items WHERE id IN (1, 2) AND deleted_at IS NULL", 2),
              "items",
              2};
    ops << Op{"purge",
              selected(Operation::Purge, "items", {3, 4}),
              2,
              counts("SELECT count(*) FROM items WHERE id IN (3, 4)", 0),
              "items",
              3};
    ops << Op{"bulk trash",
              bulk(Operation::Trash),
              6,
              counts("SELECT count(*) FROM bulk_items WHERE deleted_at IS NOT NULL", 6),
              "bulk_items",
              4};
    ops << Op{"bulk restore",
              bulk(Operation::Restore),
              6,
              counts("SELECT count(*) FROM bulk_items WHERE deleted_at IS NULL", 6),
              "bulk_items",
              5};
    ops << Op{"bulk purge",
              bulk(Operation::Purge),
              6,
              counts("SELECT count(*) FROM bulk_items", 0),
              "bulk_items",
              6};
    ops << Op{"anonymize",
              [&rig, actor] {
                  ErasureService service(rig.conn, rig.tables);
                  service.setScrubbing(ScrubMode::None);
                  return outcomeOf(
                      service.anonymizeRows(rig.table("users"), {{100}, {101}}, actor, false));
              },
              2,
              counts("SELECT count(*) FROM users WHERE id IN (100, 101) AND name IN "
                     "('Bob Other', 'Carl Third')",
                     0),
              "users",
              100};

    SubjectSearch search;
    search.value = QStringLiteral("jane.marker@example.com");
    ErasureOptions options;
    options.ticket = QStringLiteral("GDPR-1");
    const PlannedErasure planned = planErasure(rig.admin, rig.tables, search, options, true);
    QVERIFY2(!planned.error.isError(), qPrintable(planned.error.message));
    QVERIFY2(planned.plan.refusal.isEmpty(), qPrintable(planned.plan.refusal));
    const ErasurePlan plan = planned.plan;
    ops << Op{"erase",
              [&rig, plan, actor] {
                  ErasureService service(rig.conn, rig.tables);
                  service.setScrubbing(ScrubMode::None);
                  return outcomeOf(service.apply(plan, actor, false));
              },
              int(plan.count(PlannedRow::Action::Anonymize) + plan.count(PlannedRow::Action::Purge)),
              counts("SELECT count(*) FROM users WHERE id = 1 AND email = "
                     "'Jane.Marker@Example.com'",
                     0),
              "users",
              1};

    for (const Op &op : std::as_const(ops)) {
        if (op.name == QLatin1String("purge"))
            QVERIFY(prepare(selected(Operation::Trash, "items", {3, 4})));
        if (op.name == QLatin1String("bulk purge"))
            QVERIFY(prepare(bulk(Operation::Trash)));
        QVERIFY2(exercise(rig, op), qPrintable(op.name));
    }
    rig.lockHolder.rollback();
    qInfo().noquote() << backend << "faults done in" << timer.elapsed() << "ms";
}

// pg_ctl stop -m immediate while an operation waits at its audit step, in a cluster of this
// test's own (the shared one serves the other tests of the run), then a restart: the
// operation is gone as a whole, and the same Connection object, reopened, works.
void TestFaults::serverStopMidOperation()
{
    if (!TestDatabase::backends().contains(QLatin1String("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    PrivateCluster cluster;
    QString problem;
    QVERIFY2(cluster.start(&problem), qPrintable(problem));
    DbError error;
    Connection admin = Connection::open(cluster.url(), &error);
    QVERIFY2(admin.isOpen(), qPrintable(error.message));
    // The test cluster commits asynchronously, and an immediate stop loses what the WAL
    // writer had not written yet: this one must keep every commit.
    QVERIFY(admin.execute(QStringLiteral("ALTER SYSTEM SET synchronous_commit = on")).ok());
    QVERIFY(admin.execute(QStringLiteral("SELECT pg_reload_conf()")).ok());
    QVERIFY(admin.execute(QStringLiteral("SET synchronous_commit = on")).ok());
    QVERIFY(admin
                .execute(QStringLiteral("CREATE TABLE items (id integer PRIMARY KEY, name text, "
                                        "deleted_at timestamptz, deleted_by text)"))
                .ok());
    QVERIFY(admin
                .execute(QStringLiteral("INSERT INTO items SELECT g, 'n' || g, NULL, NULL "
                                        "FROM generate_series(1, 4) g"))
                .ok());
    QVERIFY(AuditLog(admin).create(&error));
    const StepTables steps{qMakePair(QStringLiteral("items"), QStringLiteral("UPDATE")),
                           qMakePair(QStringLiteral("salvage_audit"), QStringLiteral("INSERT"))};
    problem = installFaultRig(admin, steps);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QList<TableInfo> tables = inspectTables(admin);
    const TableInfo *items = findTable(tables, QStringLiteral("items"));
    QVERIFY(items);
    const QString dumpSql = QStringLiteral("SELECT string_agg(concat_ws('|', id, name, deleted_at, "
                                           "deleted_by), ';' ORDER BY id) FROM items");
    QString before = admin.value(dumpSql)->toString();

    // The same Connection object throughout, reopened by its URL after each loss.
    Connection conn = Connection::open(cluster.url(), &error);
    OperationRequest request;
    request.operation = Operation::Trash;
    request.actor = QStringLiteral("support");
    request.keys = {RowKey{1}, RowKey{2}};
    const std::function<OperationResult()> operations[] = {
        [&] { return TrashService(conn).run(*items, request); },
        [&] {
            BulkOperation bulk(conn);
            bulk.setBatchRows(1);
            return bulk.run(*items, request, RowFilter()); // rows 3 and 4, still active
        },
    };
    for (const auto &run : operations) {
        Connection holder = Connection::open(cluster.url(), &error);
        QVERIFY(holder.begin(&error));
        QVERIFY(holder.rows(QStringLiteral("SELECT id FROM fault_lock FOR UPDATE")).ok());
        QVERIFY(armFault(admin, QStringLiteral("on"), 2)); // waits at the second step
        OperationResult result;
        {
            LockWatcher watcher(cluster.url(), backendPid(conn), cluster.killCommand());
            result = run();
            QVERIFY2(watcher.stop(),
                     qPrintable(watcher.problem() + QLatin1Char(' ') + result.error.message));
        }
        ++tally().faults[QStringLiteral("postgresql crash")];
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, DbError::ConnectionLost);
        QVERIFY(!result.error.message.isEmpty());
        qInfo().noquote() << "crash ->" << result.error.message;
        QVERIFY2(!conn.isOpen(), "a lost connection stays open");

        QVERIFY2(cluster.restart(&problem), qPrintable(problem));
        admin = Connection::open(cluster.url(), &error);
        QVERIFY2(admin.isOpen(), qPrintable(error.message));
        QCOMPARE(admin.value(dumpSql)->toString(), before);
        QCOMPARE(admin.value(QStringLiteral("SELECT count(*) FROM salvage_audit"))->toInt(), 0);
        QVERIFY(armFault(admin, QString(), 0));
        const ConnectionUrl url = conn.url();
        conn = Connection::open(url, &error);
        result = run();
        QVERIFY2(result.ok, qPrintable(result.error.message));
        QCOMPARE(result.rows, 2);
        const Result<QList<QVariantList>> audit
            = admin.rows(QStringLiteral("SELECT row_key FROM salvage_audit WHERE operation_id = ?"),
                         {result.operationId});
        int keys = 0;
        for (const QVariantList &row : *audit)
            keys += int(auditRowKeys(row.value(0).toString()).size());
        QCOMPARE(keys, 2);
        before = admin.value(dumpSql)->toString();
        QVERIFY(admin.execute(QStringLiteral("DELETE FROM salvage_audit")).ok());
    }
}

void TestFaults::tallyLine()
{
    const Tally &t = tally();
    QStringList kinds;
    for (auto it = t.faults.cbegin(); it != t.faults.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo().noquote() << QStringLiteral("fault tally: %1 faults injected (%2), %3 partial "
                                        "commits, %4 missing audit rows, %5 unusable sessions, "
                                        "%6 unclear errors")
                             .arg(t.total())
                             .arg(kinds.join(QLatin1String(", ")))
                             .arg(t.partial)
                             .arg(t.missingAudit)
                             .arg(t.unusable)
                             .arg(t.unclear);
    QCOMPARE(t.partial, 0);
    QCOMPARE(t.missingAudit, 0);
    QCOMPARE(t.unusable, 0);
    QCOMPARE(t.unclear, 0);
    QVERIFY2(t.total() >= 50, "fewer than 50 faults injected");
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
