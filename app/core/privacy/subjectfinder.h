#pragma once

#include "db/connection.h"
#include "schema/tableinfo.h"
#include "trash/rowkey.h"

#include <QCoreApplication>
#include <functional>

namespace Salvage {

// One row that holds or belongs to the data subject.
struct SubjectRow
{
    QualifiedName table;
    RowKey key;
    QStringList matchedColumns; // text columns that equal (or contain) the searched value
    // How the row was reached: [users, orders, order_items] for an order item of the subject's
    // order; a single entry for a direct match.
    QList<QualifiedName> path;
    bool trashed = false; // per the table's convention (false when not soft-deletable)
    QVariantMap values;   // every column's current value (for previews; never logged)
};

struct SubjectSearch
{
    QString value;         // an email, a phone number, a name ...
    bool contains = false; // substring instead of case-insensitive equality
    QualifiedName table;   // or a row: table + key (then `value` is ignored)
    RowKey key;
};

// Finds every row, active or trashed, in every table, whose text columns match the value
// (lower(col) = lower(?) or strpos), then follows foreign keys from those rows to every row
// that references them, recursively (each row once; cycles stop). Salvage's own tables are
// never searched. A table's soft-delete actor column (deleted_by -> users.id) is not followed:
// the rows a subject moved to the trash are other people's data. Only text columns are
// searched (ColumnInfo::Kind::Text; json, bytea and numbers are not). Long searches report
// progress and stop when `progress` returns false.
class SubjectFinder
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::SubjectFinder)
public:
    SubjectFinder(Connection &connection, const QList<TableInfo> &tables);

    using Progress = std::function<bool(int tablesDone, int tablesTotal)>; // false: cancel
    QList<SubjectRow> find(const SubjectSearch &search,
                           DbError *error,
                           const Progress &progress = {});

private:
    Connection &m_connection;
    QList<TableInfo> m_tables;
};

} // namespace Salvage
