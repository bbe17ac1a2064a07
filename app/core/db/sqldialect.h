#pragma once

#include "db/connectionurl.h"
#include "schema/tableinfo.h"
#include "trash/rowkey.h"

#include <QString>
#include <QVariantList>

namespace Salvage {

enum class Scope { Active, Trash, All };

// SQL fragments that differ between backends or depend on a table's convention. Every name
// is quoted with quoteIdentifier(); every value is a `?` placeholder appended to *values.
namespace Sql {

QString trashedPredicate(const TableInfo &table, Backend backend);
QString activePredicate(const TableInfo &table, Backend backend);
QString scopePredicate(const TableInfo &table, Scope scope, Backend backend); // "" for All
// SET clause that moves to trash (marker; actor and reason bound as ?), or restores
// (marker, actor and reason cleared).
QString trashAssignments(const TableInfo &table, Backend backend, const QVariant &actor,
                         const QString &reason, QVariantList *values);
QString restoreAssignments(const TableInfo &table, Backend backend);
// (pk1 = ? AND pk2 = ?) OR ... for the given keys; values appended in order.
QString keyPredicate(const TableInfo &table, const QList<RowKey> &keys, QVariantList *values,
                     const QString &alias = QString());
// Case-insensitive "contains" over the table's text columns; "" when text is empty.
QString searchPredicate(const TableInfo &table, Backend backend, const QString &text,
                        QVariantList *values);
QString likeEscape(const QString &text); // escapes \ % _ for LIKE ... ESCAPE '\'
QString joinAnd(const QStringList &predicates); // "" for none
// Whether a flag marker's value means "trashed", by the same rule as trashedPredicate().
bool flagIsSet(const QVariant &value);

} // namespace Sql
} // namespace Salvage
