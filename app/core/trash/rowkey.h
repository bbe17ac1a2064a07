#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace Salvage {

struct TableInfo;

// A row's primary-key values, in the order of TableInfo::primaryKey.
using RowKey = QVariantList;

// {"id": 3} / {"a": 1, "b": "x"}: the audit's row_key and the CLI's JSON.
QString rowKeyToJson(const TableInfo &table, const RowKey &key);
// "3" or "a=1,b=x": as the CLI accepts it and as messages name rows. A name holding "," or
// "=", or a value holding ",", is written in double quotes: "a,b"=1,c="x,y" ("" for a quote).
QString rowKeyToText(const TableInfo &table, const RowKey &key);
// Parses CLI text: a single value (or `col=value`) for a one-column key, `col=value,col=value`
// for composite keys (every key column exactly once, quoted as rowKeyToText() writes them). Returns an empty key and sets *error otherwise.
RowKey parseRowKey(const TableInfo &table, const QString &text, QString *error);
bool sameKey(const RowKey &a, const RowKey &b);
// A text that two keys share exactly when sameKey() says they are the same: for sets.
QString rowKeyIdentity(const RowKey &key);

} // namespace Salvage
