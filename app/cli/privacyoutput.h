#pragma once

#include "privacy/anonymizationrule.h"
#include "schema/tableinfo.h"
#include "trash/rowkey.h"

#include <QJsonValue>
#include <QList>

namespace Salvage::Cli {

class Session;

// Shared by the erasure commands: their TABLE KEY... arguments, and rows, rules and paths in
// words and JSON. Never a value of a row other than its key.

// The TABLE and KEY arguments of anonymize, hold and unhold. Returns ExitOk, or the exit code
// after saying why.
int tableAndKeys(Session &session, TableInfo *table, QList<RowKey> *keys);

const TableInfo *tableNamed(const QList<TableInfo> &tables, const QualifiedName &name);
// "3" / "a=1,b=x" (the KEY syntax the commands accept) and {"id": 3}.
QString keyText(const QList<TableInfo> &tables, const QualifiedName &table, const RowKey &key);
QJsonValue keyJson(const QList<TableInfo> &tables, const QualifiedName &table, const RowKey &key);
// "users → orders → order_items"
QString pathText(const QList<QualifiedName> &path);
// Each name as display() shows it, in order.
QStringList displayNames(const QList<QualifiedName> &names);
// "email", "fixed \"[removed]\"", "hash (pseudonymisation)", with " (suggested)" when it is.
QString ruleText(const AnonymizationRule &rule, bool suggested);
// Tables in the order they first appear, for output grouped by table.
QList<QualifiedName> tablesInOrder(const QList<QualifiedName> &names);

} // namespace Salvage::Cli
