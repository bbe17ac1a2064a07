#pragma once

#include "db/sqldialect.h"
#include "schema/tableinfo.h"

#include <QVariantMap>

namespace Salvage {

// Builds the SELECT for one page of a table's rows: scope, search and column filters become
// WHERE, the sort becomes ORDER BY over (sort column, row identity), and pages continue after
// the previous page's last row by key (keyset), never by OFFSET.
// Each row returned holds the table's columns, then keyColumnCount() keyset values.
class RowQuery
{
public:
    struct Statement
    {
        QString sql;
        QVariantList values;
    };

    RowQuery(const TableInfo &table, Backend backend) : m_table(table), m_backend(backend) {}

    void setScope(Scope scope) { m_scope = scope; }
    void setSearch(const QString &text) { m_search = text; }
    void setEquals(const QVariantMap &columnValues) { m_equals = columnValues; }
    void setSort(int column, Qt::SortOrder order);
    void setLimit(int rows) { m_limit = rows; }

    // No statement skips more rows than this (DESIGN.md: no deep OFFSET).
    static constexpr int MaxOffset = 10000;

    // The first page for an empty `afterKey`, else the page after the row with that key
    // (the trailing keyset values of a returned row: see keyOf()).
    Statement page(const QVariantList &afterKey) const;
    // The page starting at row `offset` (at most MaxOffset) of the order.
    Statement pageAt(int offset) const;
    // The `count` rows that end `skip` rows before the end (skip at most MaxOffset), in
    // reverse order: the caller reverses them.
    Statement pageFromEnd(int skip, int count) const;
    // SELECT count(*) of the rows in scope matching the filters.
    Statement count() const;
    // The keyset values of every `stride`-th row (rows stride, 2*stride, ... in 1-based
    // order): a directory that lets a page anywhere start by key.
    Statement directory(int stride) const;
    // The keyset values of a random sample of the rows in scope, in order: where a block far
    // from everything loaded roughly starts before the directory reaches it. PostgreSQL
    // samples `percent` of the table's pages (TABLESAMPLE SYSTEM, repeatable); SQLite picks
    // `picks` random rowids (tables WITHOUT ROWID fail: no sample then).
    Statement sample(double percent, int picks) const;
    int keyColumnCount() const { return int(sortTerms().size()); }
    QVariantList keyOf(const QVariantList &row) const { return row.mid(m_table.columns.size()); }

private:
    // One ORDER BY term: the sort column, then the row identity (primary key, or SQLite's
    // rowid / PostgreSQL's ctid for tables without one).
    struct SortTerm
    {
        QString expression;
        QString castType; // PostgreSQL: keyset values travel as text, compared as this type
        bool descending = false;
        bool nullable = true;
    };
    QList<SortTerm> sortTerms() const;
    QString keysetPredicate(const QList<SortTerm> &terms, const QVariantList &afterKey,
                            QVariantList *values) const;
    QString whereClause(QVariantList *values) const; // "" or " WHERE ..."
    QStringList selectList(const QList<SortTerm> &terms) const;
    QStringList keyList(const QList<SortTerm> &terms) const; // "expr AS salvage_key_i", ...
    static QString orderBy(const QList<SortTerm> &terms, bool reversed);

    TableInfo m_table;
    Backend m_backend;
    Scope m_scope = Scope::All;
    QString m_search;
    QVariantMap m_equals;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_limit = 200;
};

} // namespace Salvage
