#pragma once

#include <QString>
#include <QStringList>

namespace Salvage {

// Quotes one SQL identifier: wraps it in double quotes and doubles every embedded quote.
// Used for every schema, table and column name; QSqlDriver::escapeIdentifier() is not safe
// for names that begin or end with a quote.
QString quoteIdentifier(const QString &name);

// A table name with its (possibly empty) schema. SQLite tables have an empty schema.
struct QualifiedName
{
    QString schema;
    QString name;

    // "schema"."name" (or just "name"), each part quoted separately.
    QString quoted() const;
    // Human readable: schema.name, parts containing '.', '"' or spaces in SQL quote form.
    QString display() const;
    bool isValid() const { return !name.isEmpty(); }
    bool operator==(const QualifiedName &o) const { return schema == o.schema && name == o.name; }
    bool operator!=(const QualifiedName &o) const { return !(*this == o); }
    bool operator<(const QualifiedName &o) const
    {
        return schema == o.schema ? name < o.name : schema < o.schema;
    }

    // Parses user input: `table`, `schema.table`, `"a.b"`, `"s"."t""x"`. Returns an invalid
    // name and sets *error on malformed input (unbalanced quotes, empty parts, too many dots).
    static QualifiedName parse(const QString &text, QString *error = nullptr);
};

size_t qHash(const QualifiedName &name, size_t seed = 0) noexcept;

} // namespace Salvage
