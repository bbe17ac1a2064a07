#pragma once

#include "privacy/anonymizationrule.h"
#include "schema/tableinfo.h"
#include "trash/rowkey.h"

#include <QJsonValue>
#include <QList>

namespace Salvage::Cli {

// Shared by the erasure commands: rows, rules and paths in words and JSON. Never a value of
// a row other than its key.

const TableInfo *tableNamed(const QList<TableInfo> &tables, const QualifiedName &name);
// "3" / "a=1,b=x" (the KEY syntax the commands accept) and {"id": 3}.
QString keyText(const QList<TableInfo> &tables, const QualifiedName &table, const RowKey &key);
QJsonValue keyJson(const QList<TableInfo> &tables, const QualifiedName &table, const RowKey &key);
// "users → orders → order_items"
QString pathText(const QList<QualifiedName> &path);
QStringList pathNames(const QList<QualifiedName> &path);
// "email", "fixed \"[removed]\"", "hash (pseudonymisation)", with " (suggested)" when it is.
QString ruleText(const AnonymizationRule &rule, bool suggested);
// Tables in the order they first appear, for output grouped by table.
QList<QualifiedName> tablesInOrder(const QList<QualifiedName> &names);

} // namespace Salvage::Cli
