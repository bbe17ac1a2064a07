#pragma once

#include "db/identifier.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Salvage {

struct ColumnInfo
{
    enum class Kind { Text, Integer, Real, Boolean, Timestamp, Date, Other };
    QString name;
    QString type;      // declared type as the catalog reports it
    Kind kind = Kind::Other;
    bool nullable = true;

    static Kind kindFromType(const QString &declaredType);
};

struct ForeignKey
{
    QualifiedName fromTable;
    QStringList fromColumns;
    QualifiedName toTable;
    QStringList toColumns;
};

// How a table marks deletion.
struct Convention
{
    enum class Kind { None, Timestamp, Flag };
    Kind kind = Kind::None;
    QString marker;      // deleted_at / is_deleted ...
    QString actor;       // deleted_by ... (optional)
    QString reason;      // optional reason column
    QString whyNone;     // when kind == None: why the table is not soft-deletable (translated)
    bool overridden = false;

    bool isSoftDeletable() const { return kind != Kind::None; }
    static QString kindName(Kind kind);          // "timestamp", "flag", "none"
    static Kind kindFromName(const QString &name);
};

struct TableInfo
{
    QualifiedName name;
    QList<ColumnInfo> columns;
    QStringList primaryKey;            // empty: no primary key, read-only
    // Every UNIQUE constraint and unique index (partial ones too), as its columns, without
    // the primary key. PostgreSQL expression indexes list the columns their expressions use;
    // SQLite cannot tell those, so its expression parts are left out.
    QList<QStringList> uniqueKeys;
    QList<ForeignKey> references;      // foreign keys of this table pointing elsewhere
    QList<ForeignKey> referencedBy;    // foreign keys of other tables pointing here
    Convention convention;

    int columnIndex(const QString &column) const;
    const ColumnInfo *column(const QString &name) const;
    QStringList textColumns() const;
    bool isWritable() const { return !primaryKey.isEmpty() && convention.isSoftDeletable(); }
    // Empty when writable; otherwise why the table is read-only (translated).
    QString readOnlyReason() const;
    // The foreign key whose single column is the actor column, if any.
    const ForeignKey *actorForeignKey() const;
    // The first unique key (uniqueKeys) that `column` belongs to, or null.
    const QStringList *uniqueKeyOf(const QString &column) const;
};

} // namespace Salvage
