// The per-backend batches of a bulk operation: set-based statements over one key range.
#pragma once

#include "bulkoperation.h"

#include <QSqlQuery>

#include <memory>

namespace Salvage {

// Everything a batch statement needs besides its key range.
struct Plan
{
    const TableInfo *table = nullptr;
    Operation operation = Operation::Trash;
    QString where; // scope guard and filter
    QVariantList whereValues;
    QVariant actorValue; // for the actor column on trash
    QString reason;
    QVariantList auditValues; // operation_id, actor, action, table_name
    QVariantList auditTail;   // reason, details, db_user, os_user
};

// The batches of one operation. One query first reads the matching keys in key order and
// keeps the key of every chunkRows-th row and of the last one (one scan and sort, which also
// gives the total). A batch is then a run of whole chunks, i.e. a key range
// (lo, hi] whose row count is known in advance: the change is the filter plus that range,
// as set-based as the raw statement, with no per-batch search for the next keys.
//
// Per batch, one statement writes the batch's audit row (the keys of the rows in the range)
// and a second one changes the same rows, each count checked. Both see the same rows: SQLite
// holds the write lock (BEGIN IMMEDIATE); PostgreSQL runs at REPEATABLE READ, where a row
// another session changed since the snapshot fails the change (SQLSTATE 40001) and rows it
// added are seen by neither. A trigger or a row-level policy that skips a row makes the
// change's count differ, which rolls everything back. (Measured on PostgreSQL: the audit
// SELECT plus the DELETE cost 55% of one DELETE … RETURNING in a data-modifying CTE, which
// fetches every deleted row again.)
//
// Unbroken runs: when the matching rows' keys are every integer from the smallest to the
// largest (a single integer key), each batch's audit row names its run of keys
// ({"id":{"from":a,"to":b}}, which auditRowKeys() expands) instead of listing them: written
// before the change, which must then change exactly b - a + 1 rows of that range, i.e. all of
// them. PostgreSQL finds a run by one aggregate (count = max - min + 1) before, and instead
// of, reading the sorted keys; SQLite, whose in-process read of the sorted keys costs less
// than a second scan, while it reads them. (Measured on PostgreSQL, 100k rows: storing their
// key list, 1.5 MB, took 25-33 ms in a bare INSERT, about as long as the DELETE itself.)
//
// How a batch finds its rows: when the key range holds few rows besides the batch's own
// (known for a single integer key), the statements walk the primary key over the range and
// test the filter on each row; the filter is hidden from the planner for that. Otherwise the
// planner chooses. (Measured on PostgreSQL, 100k rows trashed a moment ago: the statistics
// had not seen them, the planner took the filter's time window for one row and scanned the
// whole window once per batch, 12 ms for a batch of 1,000 rows; walking the key, 2 ms.)
class Batches
{
public:
    Batches(Connection &connection, const Plan &plan);
    virtual ~Batches();

    // Prepares the statements and reads the chunk boundaries.
    bool prepare(int chunkRows, DbError *error);
    qint64 total() const;
    // Changes the next whole chunks, at least `rows` rows (at least one chunk) unless fewer
    // are left; returns the rows changed, 0 when none are left, -1 on failure. `done`: rows
    // changed so far, for the message when a count differs.
    qint64 next(qint64 rows, qint64 done, DbError *error);

protected:
    // The JSON array of the keys of the rows selected (each rowKeyToJson()'s text), from the
    // table's own columns: an aggregate.
    virtual QString auditKeysSql(QVariantList *values) const = 0;
    // An audit value: PostgreSQL needs a type for a bound value in SELECT's output list.
    virtual QString textParameter() const = 0;
    // An aggregate counting the rows whose `column` holds an integer (SQLite's columns may
    // hold any type).
    virtual QString integerCountSql(const QString &column) const = 0;
    // Whether a key column of this Kind::Integer type can be a run (min() and max() of it
    // are integers).
    virtual bool integerType(const QString &type) const = 0;
    // Whether one aggregate looks for an unbroken run before the sorted keys are read (they
    // are checked for one as they arrive either way).
    virtual bool countsRunFirst() const = 0;

    // The query that reads the boundaries: sortedSql's key columns in its order, each
    // value such that it binds again exactly. By default sortedSql itself.
    virtual QString boundarySql(const QString &sortedSql) const;

    // "<where> AND key > ? AND key <= ?" (>= for the first batch: a range bounded on both
    // sides lets the planner walk the primary key, even in the first batch). `walk`: the
    // filter is written so that no index answers it, only the key range.
    QString rangeWhere(bool first, bool walk) const;
    QVariantList rangeValues(const RowKey &lo, const RowKey &hi) const;

    // "SELECT <key> FROM <table> WHERE <where>" with the key columns named salvage_k0...
    QString matchingKeysSql() const;

    struct Boundary
    {
        RowKey key;
        qint64 row = 0; // its position among the matching rows, from 1
    };

    Connection &m_connection;
    const Plan &m_plan;
    RowKey m_firstKey;
    QList<Boundary> m_boundaries;

private:
    // Whether the key can form an unbroken run: one column of an integer type.
    bool mayRun() const;
    // When the matching keys form an unbroken run, fills m_firstKey and m_boundaries from it
    // and sets m_run; otherwise leaves them empty.
    bool readRun(int chunkRows, DbError *error);
    // Fills m_firstKey and m_boundaries (in key order, the key of the first matching row, and
    // of every chunkRows-th one and the last one with its position), and sets m_run when the
    // keys were an unbroken run.
    bool readBoundaries(int chunkRows, DbError *error);
    // Which statements a batch runs: the first batch's range includes its lower bound; a
    // batch walks the key or leaves the path to the planner.
    struct Shape
    {
        bool first = false;
        bool walk = false;
    };
    // True when walking the key over the range reads at most WalkSpan rows per changed row.
    bool walksKey(const Shape &shape, const RowKey &lo, const RowKey &hi, qint64 rows) const;
    // The audit row and the change of the rows matching the filter with key in (lo, hi], or
    // [lo, hi] for the first batch; `expected`: how many rows that is.
    bool changeRange(const Shape &shape,
                     const RowKey &lo,
                     const RowKey &hi,
                     qint64 expected,
                     qint64 done,
                     DbError *error);
    // The batch statements of `shape`, prepared on first use.
    struct Statements
    {
        std::unique_ptr<QSqlQuery> audit;
        std::unique_ptr<QSqlQuery> change;
    };
    Statements *statements(const Shape &shape, DbError *error);
    // The audit row of the keys from..to of an unbroken run.
    bool auditRun(qint64 from, qint64 to, DbError *error);
    // The statements' text and values, the same for every shape but the WHERE.
    void buildStatements();

    static constexpr int WalkSpan = 4;

    int m_nextBoundary = 0;
    bool m_run = false;
    Statements m_statements[4];
    std::unique_ptr<QSqlQuery> m_runAudit;
    QString m_changeSql;
    QString m_auditSql; // up to the WHERE
    QVariantList m_changeValues;
    QVariantList m_auditValues;
};

// The Batches for the connection's backend; `plan` must outlive the result. Destroy it only
// after the transaction ends (PostgreSQL deallocates prepared statements then).
std::unique_ptr<Batches> makeBatches(Connection &connection, const Plan &plan);

bool execQuery(QSqlQuery &query,
               const QVariantList &values,
               const Connection &connection,
               DbError *error);

} // namespace Salvage
