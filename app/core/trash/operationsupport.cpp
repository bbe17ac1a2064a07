#include "operationsupport.h"

#include "auditlog.h"
#include "db/sqldialect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Salvage::OperationSupport {

// The messages were TrashService's first: they keep its context, and so their translations.

QString guardFor(Operation op, const TableInfo &table, Backend backend)
{
    return op == Operation::Trash ? Sql::activePredicate(table, backend)
                                  : Sql::trashedPredicate(table, backend);
}

QString keyColumns(const TableInfo &table, const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList columns;
    for (const QString &c : table.primaryKey)
        columns << prefix + quoteIdentifier(c);
    return columns.join(QLatin1String(", "));
}

bool checkRunnable(Connection &connection,
                   const TableInfo &table,
                   const QString &actor,
                   DbError *error)
{
    DbError failure;
    if (!table.isWritable()) {
        failure = DbError::refused(table.readOnlyReason());
    } else if (actor.trimmed().isEmpty()) {
        failure = DbError::refused(
            QCoreApplication::translate("Salvage::TrashService",
                                        "Every change needs an actor: say who is doing it."));
    } else if (!connection.isOpen()) {
        failure.kind = DbError::ConnectionLost;
        failure.message
            = QCoreApplication::translate("Salvage::TrashService",
                                          "Not connected to the database. Nothing was changed.");
    } else {
        return true;
    }
    if (error)
        *error = failure;
    return false;
}

bool ensureAudit(Connection &connection, bool create, OperationResult &result)
{
    AuditLog audit(connection);
    DbError error;
    const bool exists = audit.exists(&error);
    if (error.isError()) {
        result.error = error;
        return false;
    }
    if (exists)
        return true;
    if (!create) {
        result.auditMissing = true;
        result.error = DbError::refused(QCoreApplication::translate(
            "Salvage::TrashService",
            "This database has no audit table (salvage_audit) yet. Salvage records every "
            "change there; create it first. Nothing was changed."));
        return false;
    }
    if (!audit.create(&result.error))
        return false;
    result.auditCreated = true;
    return true;
}

QString auditDetails(const TableInfo &table, Operation op)
{
    QJsonObject details;
    QJsonArray columns;
    if (op != Operation::Purge) {
        for (const QString &c :
             {table.convention.marker, table.convention.actor, table.convention.reason}) {
            if (!c.isEmpty())
                columns << c;
        }
    }
    details.insert(QStringLiteral("columns"), columns);
    details.insert(QStringLiteral("convention"), Convention::kindName(table.convention.kind));
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

DbError referencedRefusal(const QList<TrashService::Reference> &references)
{
    QStringList names;
    for (const TrashService::Reference &ref : references) {
        names << QCoreApplication::translate("Salvage::TrashService",
                                             "%1 (%n row(s))",
                                             nullptr,
                                             int(ref.rows))
                     .arg(ref.table.display());
    }
    DbError error = DbError::refused(
        QCoreApplication::translate(
            "Salvage::TrashService",
            "These rows cannot be purged: other rows still refer to them in %1. "
            "Purging would break those references. Nothing was changed; anonymize the "
            "rows instead, or deal with the referring rows first.")
            .arg(names.join(QLatin1String(", "))));
    error.kind = DbError::Constraint;
    return error;
}

DbError rowCountMismatch(qint64 changed, qint64 expected)
{
    // Row-level security or a trigger can make rows silently unchanged: 0 is not success.
    DbError error = DbError::refused(
        QCoreApplication::translate(
            "Salvage::TrashService",
            "The database changed %1 of %2 rows. Row-level security, a trigger or a concurrent "
            "change kept the others as they were, so the whole operation was undone. Nothing "
            "was changed.")
            .arg(changed)
            .arg(expected));
    error.kind = DbError::Conflict;
    return error;
}

QString referenceCountSql(const TableInfo &table, const ForeignKey &fk,
                          const QString &parentWhere, const QString &childExclusion)
{
    QStringList join;
    for (int i = 0; i < fk.fromColumns.size(); ++i) {
        join << QLatin1String("p.") + quoteIdentifier(fk.toColumns.value(i))
                    + QLatin1String(" = c.") + quoteIdentifier(fk.fromColumns.at(i));
    }
    QString sql = QLatin1String("SELECT count(*) FROM ") + fk.fromTable.quoted()
        + QLatin1String(" c WHERE EXISTS (SELECT 1 FROM ") + table.name.quoted()
        + QLatin1String(" p WHERE ")
        + Sql::joinAnd({join.join(QLatin1String(" AND ")), parentWhere}) + QLatin1Char(')');
    if (fk.fromTable == table.name && !childExclusion.isEmpty())
        sql += QLatin1String(" AND NOT (") + childExclusion + QLatin1Char(')');
    return sql;
}

void addReference(QList<TrashService::Reference> &references, const QualifiedName &table,
                  qint64 rows)
{
    if (rows <= 0)
        return;
    auto it = std::find_if(references.begin(), references.end(),
                           [&table](const TrashService::Reference &r) { return r.table == table; });
    if (it == references.end())
        references << TrashService::Reference{table, rows};
    else
        it->rows += rows;
}

} // namespace Salvage::OperationSupport
