#include "sqldialect.h"

namespace Salvage::Sql {

static bool isNativeBoolean(const TableInfo &table, Backend backend)
{
    if (backend != Backend::PostgreSQL)
        return false;
    const ColumnInfo *marker = table.column(table.convention.marker);
    return marker && marker->kind == ColumnInfo::Kind::Boolean;
}

static QString markerNow(const TableInfo &table, Backend backend)
{
    if (backend == Backend::PostgreSQL) {
        const ColumnInfo *marker = table.column(table.convention.marker);
        // Rails-style "timestamp without time zone" columns hold UTC.
        if (marker && marker->type.contains(QLatin1String("without time zone")))
            return QStringLiteral("(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')");
        return QStringLiteral("CURRENT_TIMESTAMP");
    }
    return QStringLiteral("strftime('%Y-%m-%d %H:%M:%S', 'now')");
}

QString trashedPredicate(const TableInfo &table, Backend backend)
{
    const QString marker = quoteIdentifier(table.convention.marker);
    switch (table.convention.kind) {
    case Convention::Kind::Timestamp:
        return marker + QLatin1String(" IS NOT NULL");
    case Convention::Kind::Flag:
        if (isNativeBoolean(table, backend))
            return marker + QLatin1String(" IS TRUE");
        if (backend == Backend::PostgreSQL)
            return QLatin1String("COALESCE(") + marker + QLatin1String(", 0) <> 0");
        // SQLite stores what the application wrote: 1, '1', 't', 'true' (Rails) ...
        return QLatin1String("lower(CAST(") + marker
            + QLatin1String(" AS TEXT)) IN ('1', 't', 'true', 'y', 'yes')");
    case Convention::Kind::None:
        break;
    }
    return QStringLiteral("1 = 0");
}

QString activePredicate(const TableInfo &table, Backend backend)
{
    const QString marker = quoteIdentifier(table.convention.marker);
    switch (table.convention.kind) {
    case Convention::Kind::Timestamp:
        // SQLite's statistics (sqlite_stat1) average over the marker's values, so "IS NULL"
        // looks as rare as one timestamp and the planner reads every active row through the
        // marker's index, then sorts them (0.3 s for a first page at 1M rows). Most rows are
        // active: saying so lets it walk the sort column's index (or a partial index on
        // active rows) instead.
        if (backend == Backend::SQLite)
            return QLatin1String("likelihood(") + marker + QLatin1String(" IS NULL, 0.9)");
        return marker + QLatin1String(" IS NULL");
    case Convention::Kind::Flag:
        if (isNativeBoolean(table, backend))
            return marker + QLatin1String(" IS NOT TRUE");
        if (backend == Backend::PostgreSQL)
            return QLatin1String("COALESCE(") + marker + QLatin1String(", 0) = 0");
        // Anything that is neither clearly set nor clearly clear is in neither scope.
        return QLatin1Char('(') + marker + QLatin1String(" IS NULL OR lower(CAST(") + marker
            + QLatin1String(" AS TEXT)) IN ('0', 'f', 'false', 'n', 'no'))");
    case Convention::Kind::None:
        break;
    }
    return QStringLiteral("1 = 1");
}

QString scopePredicate(const TableInfo &table, Scope scope, Backend backend)
{
    if (!table.convention.isSoftDeletable())
        return scope == Scope::Trash ? QStringLiteral("1 = 0") : QString();
    switch (scope) {
    case Scope::Active:
        return activePredicate(table, backend);
    case Scope::Trash:
        return trashedPredicate(table, backend);
    case Scope::All:
        break;
    }
    return QString();
}

QString trashAssignments(const TableInfo &table, Backend backend, const QVariant &actor,
                         const QString &reason, QVariantList *values)
{
    const Convention &c = table.convention;
    QString sql = quoteIdentifier(c.marker) + QLatin1String(" = ");
    if (c.kind == Convention::Kind::Timestamp)
        sql += markerNow(table, backend);
    else
        sql += isNativeBoolean(table, backend) ? QLatin1String("TRUE") : QLatin1String("1");
    if (!c.actor.isEmpty()) {
        sql += QLatin1String(", ") + quoteIdentifier(c.actor) + QLatin1String(" = ?");
        values->append(actor);
    }
    if (!c.reason.isEmpty()) {
        sql += QLatin1String(", ") + quoteIdentifier(c.reason) + QLatin1String(" = ?");
        values->append(reason.isEmpty() ? QVariant() : QVariant(reason));
    }
    return sql;
}

QString restoreAssignments(const TableInfo &table, Backend backend)
{
    const Convention &c = table.convention;
    QString sql = quoteIdentifier(c.marker) + QLatin1String(" = ");
    if (c.kind == Convention::Kind::Timestamp)
        sql += QLatin1String("NULL");
    else
        sql += isNativeBoolean(table, backend) ? QLatin1String("FALSE") : QLatin1String("0");
    if (!c.actor.isEmpty())
        sql += QLatin1String(", ") + quoteIdentifier(c.actor) + QLatin1String(" = NULL");
    if (!c.reason.isEmpty())
        sql += QLatin1String(", ") + quoteIdentifier(c.reason) + QLatin1String(" = NULL");
    return sql;
}

QString keyPredicate(const TableInfo &table, const QList<RowKey> &keys, QVariantList *values,
                     const QString &alias)
{
    if (keys.isEmpty() || table.primaryKey.isEmpty())
        return QStringLiteral("1 = 0");
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    if (table.primaryKey.size() == 1) {
        QStringList marks;
        marks.reserve(keys.size());
        for (const RowKey &key : keys) {
            marks << QStringLiteral("?");
            values->append(key.value(0));
        }
        return prefix + quoteIdentifier(table.primaryKey.first()) + QLatin1String(" IN (")
               + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    QStringList rows;
    for (const RowKey &key : keys) {
        QStringList parts;
        for (int i = 0; i < table.primaryKey.size(); ++i) {
            parts << prefix + quoteIdentifier(table.primaryKey.at(i)) + QLatin1String(" = ?");
            values->append(key.value(i));
        }
        rows << QLatin1Char('(') + parts.join(QLatin1String(" AND ")) + QLatin1Char(')');
    }
    return QLatin1Char('(') + rows.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

QString likeEscape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString searchPredicate(const TableInfo &table, Backend backend, const QString &text,
                        QVariantList *values)
{
    if (text.isEmpty())
        return QString();
    const QStringList columns = table.textColumns();
    if (columns.isEmpty())
        return QStringLiteral("1 = 0");
    const QString pattern = QLatin1Char('%') + likeEscape(text) + QLatin1Char('%');
    QStringList parts;
    for (const QString &column : columns) {
        if (backend == Backend::PostgreSQL) {
            parts << quoteIdentifier(column)
                         + QLatin1String("::text ILIKE ? ESCAPE '\\'");
        } else {
            parts << quoteIdentifier(column) + QLatin1String(" LIKE ? ESCAPE '\\'");
        }
        values->append(pattern);
    }
    return QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

bool flagIsSet(const QVariant &value)
{
    if (value.isNull())
        return false;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toDouble() != 0;
    default:
        break;
    }
    static const QStringList truthy = {QStringLiteral("1"), QStringLiteral("t"),
                                       QStringLiteral("true"), QStringLiteral("y"),
                                       QStringLiteral("yes")};
    return truthy.contains(value.toString().trimmed().toLower());
}

QString joinAnd(const QStringList &predicates)
{
    QStringList nonEmpty;
    for (const QString &p : predicates) {
        if (!p.isEmpty())
            nonEmpty << QLatin1Char('(') + p + QLatin1Char(')');
    }
    return nonEmpty.join(QLatin1String(" AND "));
}

} // namespace Salvage::Sql
