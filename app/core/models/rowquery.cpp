#include "rowquery.h"

#include <algorithm>

namespace Salvage {

void RowQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < m_table.columns.size() ? column : -1;
    m_sortOrder = order;
}

QList<RowQuery::SortTerm> RowQuery::sortTerms() const
{
    const bool pg = m_backend == Backend::PostgreSQL;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const auto term = [&](const QString &column) {
        const ColumnInfo *info = m_table.column(column);
        SortTerm t;
        t.expression = quoteIdentifier(column);
        t.castType = pg && info ? info->type : QString();
        t.descending = descending;
        // Key columns hold no NULLs (SQLite's catalog says an INTEGER PRIMARY KEY may; an
        // "OR id IS NULL" would keep it from using the key's index).
        t.nullable = !m_table.primaryKey.contains(column) && (!info || info->nullable);
        return t;
    };
    const QString sortName = m_sortColumn >= 0 ? m_table.columns.at(m_sortColumn).name : QString();
    QList<SortTerm> terms;
    if (!sortName.isEmpty())
        terms << term(sortName);
    if (m_table.primaryKey.isEmpty()) {
        SortTerm identity;
        identity.expression = pg ? QStringLiteral("ctid") : QStringLiteral("rowid");
        identity.castType = pg ? QStringLiteral("tid") : QString();
        identity.descending = descending;
        identity.nullable = false;
        terms << identity;
        return terms;
    }
    for (const QString &column : m_table.primaryKey) {
        if (column != sortName) // a key column sorted by comes first; the rest break ties
            terms << term(column);
    }
    return terms;
}

QString RowQuery::keysetPredicate(const QList<SortTerm> &terms, const QVariantList &afterKey,
                                  QVariantList *values) const
{
    const auto bound = [values](const SortTerm &t, const QVariant &v) {
        values->append(v);
        return t.castType.isEmpty() ? QStringLiteral("?")
                                    : QLatin1String("CAST(? AS ") + t.castType + QLatin1Char(')');
    };
    // Rows strictly after the last one in (t0, t1, ...) order with NULLs last: one
    // alternative per term, (t0 = v0 AND ... AND ti after vi), bound in text order.
    QStringList alternatives;
    for (int i = 0; i < terms.size(); ++i) {
        const SortTerm &t = terms.at(i);
        const QVariant v = afterKey.value(i);
        if (v.isNull())
            continue; // nothing sorts after NULL
        QStringList parts;
        for (int j = 0; j < i; ++j) {
            const QVariant w = afterKey.value(j);
            parts << (w.isNull() ? terms.at(j).expression + QLatin1String(" IS NULL")
                                 : terms.at(j).expression + QLatin1String(" = ")
                          + bound(terms.at(j), w));
        }
        QString after = t.expression + (t.descending ? QLatin1String(" < ") : QLatin1String(" > "))
            + bound(t, v);
        if (t.nullable)
            after = QLatin1Char('(') + after + QLatin1String(" OR ") + t.expression
                + QLatin1String(" IS NULL)");
        parts << after;
        alternatives << QLatin1Char('(') + parts.join(QLatin1String(" AND ")) + QLatin1Char(')');
    }
    return alternatives.isEmpty() ? QStringLiteral("1 = 0")
                                  : alternatives.join(QLatin1String(" OR "));
}

QStringList RowQuery::selectList(const QList<SortTerm> &terms) const
{
    QStringList select;
    for (const ColumnInfo &column : m_table.columns)
        select << quoteIdentifier(column.name);
    return select + keyList(terms);
}

QStringList RowQuery::keyList(const QList<SortTerm> &terms) const
{
    const bool pg = m_backend == Backend::PostgreSQL;
    QStringList keys;
    for (int i = 0; i < terms.size(); ++i) {
        const QString &e = terms.at(i).expression;
        // Aliased: an unaliased copy named like a real column makes ORDER BY ambiguous.
        // PostgreSQL keys travel as text and come back through CAST(? AS type).
        keys << (pg ? QLatin1String("CAST(") + e + QLatin1String(" AS TEXT)") : e)
                + QLatin1String(" AS salvage_key_") + QString::number(i);
    }
    return keys;
}

QString RowQuery::whereClause(QVariantList *values) const
{
    QStringList where;
    where << Sql::scopePredicate(m_table, m_scope, m_backend);
    where << Sql::searchPredicate(m_table, m_backend, m_search, values);
    for (auto it = m_equals.cbegin(); it != m_equals.cend(); ++it) {
        where << quoteIdentifier(it.key()) + QLatin1String(" = ?");
        values->append(it.value());
    }
    const QString filter = Sql::joinAnd(where);
    return filter.isEmpty() ? QString() : QLatin1String(" WHERE ") + filter;
}

QString RowQuery::orderBy(const QList<SortTerm> &terms, bool reversed)
{
    QStringList order;
    for (const SortTerm &t : terms) {
        // NULLs last in the order; a reversed scan sees them first.
        order << t.expression
                + ((t.descending != reversed) ? QLatin1String(" DESC") : QLatin1String(" ASC"))
                + (reversed ? QLatin1String(" NULLS FIRST") : QLatin1String(" NULLS LAST"));
    }
    return order.join(QLatin1String(", "));
}

RowQuery::Statement RowQuery::page(const QVariantList &afterKey) const
{
    const QList<SortTerm> terms = sortTerms();
    Statement q;
    q.sql = QLatin1String("SELECT ") + selectList(terms).join(QLatin1String(", "))
        + QLatin1String(" FROM ") + m_table.name.quoted();
    QString where = whereClause(&q.values);
    if (!afterKey.isEmpty()) {
        where += (where.isEmpty() ? QLatin1String(" WHERE ") : QLatin1String(" AND "))
            + QLatin1Char('(') + keysetPredicate(terms, afterKey, &q.values) + QLatin1Char(')');
    }
    q.sql += where + QLatin1String(" ORDER BY ") + orderBy(terms, false)
        + QLatin1String(" LIMIT ") + QString::number(std::max(1, m_limit));
    return q;
}

RowQuery::Statement RowQuery::pageAt(int offset) const
{
    Q_ASSERT(offset <= MaxOffset);
    Statement q = page({});
    q.sql += QLatin1String(" OFFSET ") + QString::number(std::clamp(offset, 0, int(MaxOffset)));
    return q;
}

RowQuery::Statement RowQuery::pageFromEnd(int skip, int count) const
{
    Q_ASSERT(skip <= MaxOffset);
    const QList<SortTerm> terms = sortTerms();
    Statement q;
    q.sql = QLatin1String("SELECT ") + selectList(terms).join(QLatin1String(", "))
        + QLatin1String(" FROM ") + m_table.name.quoted() + whereClause(&q.values)
        + QLatin1String(" ORDER BY ") + orderBy(terms, true) + QLatin1String(" LIMIT ")
        + QString::number(std::max(1, count)) + QLatin1String(" OFFSET ")
        + QString::number(std::clamp(skip, 0, int(MaxOffset)));
    return q;
}

RowQuery::Statement RowQuery::count() const
{
    Statement q;
    q.sql = QLatin1String("SELECT count(*) FROM ") + m_table.name.quoted() + whereClause(&q.values);
    return q;
}

RowQuery::Statement RowQuery::directory(int stride) const
{
    const QList<SortTerm> terms = sortTerms();
    QStringList outer;
    for (int i = 0; i < terms.size(); ++i)
        outer << QLatin1String("salvage_key_") + QString::number(i);
    Statement q;
    q.sql = QLatin1String("SELECT ") + outer.join(QLatin1String(", ")) + QLatin1String(" FROM (SELECT ")
        + keyList(terms).join(QLatin1String(", ")) + QLatin1String(", row_number() OVER (ORDER BY ")
        + orderBy(terms, false) + QLatin1String(") AS salvage_rn FROM ") + m_table.name.quoted()
        + whereClause(&q.values) + QLatin1String(") salvage_s WHERE salvage_rn % ")
        + QString::number(std::max(1, stride)) + QLatin1String(" = 0 ORDER BY salvage_rn");
    return q;
}

RowQuery::Statement RowQuery::sample(double percent, int picks) const
{
    const QList<SortTerm> terms = sortTerms();
    const QString keys = keyList(terms).join(QLatin1String(", "));
    const QString table = m_table.name.quoted();
    Statement q;
    if (m_backend == Backend::PostgreSQL) {
        // Whole pages at random: cheap at any size; REPEATABLE keeps the positions stable
        // between jumps.
        q.sql = QLatin1String("SELECT ") + keys + QLatin1String(" FROM ") + table
            + QLatin1String(" TABLESAMPLE SYSTEM (")
            + QString::number(std::clamp(percent, 0.0001, 100.0), 'f', 4)
            + QLatin1String(") REPEATABLE (1)") + whereClause(&q.values);
    } else {
        // Random rowids between the smallest and the largest: one b-tree probe each.
        q.sql = QLatin1String("WITH RECURSIVE salvage_span(lo, hi) AS (SELECT min(rowid), "
                              "max(rowid) FROM ")
            + table
            + QLatin1String("), salvage_pick(n, r) AS (SELECT 0, NULL UNION ALL SELECT n + 1, "
                            "lo + abs(random() % (hi - lo + 1)) FROM salvage_pick, salvage_span "
                            "WHERE n < ")
            + QString::number(std::max(1, picks)) + QLatin1String(") SELECT ") + keys
            + QLatin1String(" FROM ") + table;
        const QString where = whereClause(&q.values);
        q.sql += (where.isEmpty() ? QLatin1String(" WHERE ") : where + QLatin1String(" AND "))
            + QLatin1String("rowid IN (SELECT r FROM salvage_pick)");
    }
    q.sql += QLatin1String(" ORDER BY ") + orderBy(terms, false);
    return q;
}

} // namespace Salvage
