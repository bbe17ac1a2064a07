#include "personalkeys.h"

#include "erasuresql.h"
#include "trash/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Salvage {

namespace {

using Action = PlannedRow::Action;

// The key columns of `row` that hold a personal value (indexes into table.primaryKey).
QList<int> personalColumns(const TableInfo &table, const PlannedRow &row, const QStringList &markers)
{
    QList<int> result;
    if (row.action != Action::Anonymize && row.action != Action::Purge)
        return result;
    for (int i = 0; i < table.primaryKey.size() && i < row.row.key.size(); ++i) {
        const QVariant value = row.row.key.at(i);
        const QString text = value.isNull() ? QString() : value.toString().trimmed();
        const bool marker = !text.isEmpty()
                            && std::any_of(markers.cbegin(),
                                           markers.cend(),
                                           [&text](const QString &m) {
                                               return m.compare(text, Qt::CaseInsensitive) == 0;
                                           });
        if (marker || row.row.matchedColumns.contains(table.primaryKey.at(i)))
            result << i;
    }
    return result;
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    const QString array = QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2); // the value's own JSON text, without [ ]
}

// Whether `object` (one key of a row_key) names `key` of `table`.
bool names(const QJsonObject &object, const TableInfo &table, const RowKey &key)
{
    if (object.size() != table.primaryKey.size())
        return false;
    for (int i = 0; i < table.primaryKey.size(); ++i) {
        const QJsonValue value = object.value(table.primaryKey.at(i));
        if (value.isUndefined() || value.isObject() || value.isArray())
            return false;
        if (value.toVariant().toString() != key.value(i).toString())
            return false;
    }
    return true;
}

} // namespace

bool PersonalKeys::anyIn(const ErasurePlan &plan, const QList<TableInfo> &tables)
{
    return std::any_of(plan.rows.cbegin(), plan.rows.cend(), [&](const PlannedRow &row) {
        const TableInfo *table = ErasureSql::findTable(tables, row.row.table);
        return table && !personalColumns(*table, row, plan.markerValues).isEmpty();
    });
}

PersonalKeys PersonalKeys::of(const ErasurePlan &plan,
                              const QList<TableInfo> &tables,
                              const QByteArray &salt)
{
    PersonalKeys keys;
    for (const PlannedRow &row : plan.rows) {
        const TableInfo *table = ErasureSql::findTable(tables, row.row.table);
        const QList<int> personal = table ? personalColumns(*table, row, plan.markerValues)
                                          : QList<int>();
        if (personal.isEmpty() || keys.find(*table, row.row.key))
            continue;
        Entry entry;
        entry.table = table;
        entry.key = row.row.key;
        QJsonObject object;
        QJsonArray array;
        for (int i = 0; i < table->primaryKey.size(); ++i) {
            const QVariant value = row.row.key.value(i);
            QJsonValue json = QJsonValue::fromVariant(value);
            if (personal.contains(i)) {
                entry.needles << compact(json);
                entry.numeric = entry.numeric || json.isDouble();
                json = QJsonObject{
                    {QStringLiteral("hmac"), ErasurePlanner::subjectHash(salt, value.toString())}};
            }
            object.insert(table->primaryKey.at(i), json);
            array.append(json);
        }
        entry.hashed = compact(object);
        entry.hashedArray = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        keys.m_entries << entry;
    }
    return keys;
}

const PersonalKeys::Entry *PersonalKeys::find(const TableInfo &table, const RowKey &key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.table->name == table.name && sameKey(entry.key, key))
            return &entry;
    }
    return nullptr;
}

QString PersonalKeys::auditKey(const TableInfo &table, const RowKey &key) const
{
    const Entry *entry = find(table, key);
    return entry ? entry->hashed : rowKeyToJson(table, key);
}

bool PersonalKeys::rewrite(Connection &connection,
                           int *auditRows,
                           int *holdRows,
                           DbError *error) const
{
    *auditRows = 0;
    *holdRows = 0;
    bool hasHolds = false;
    if (!m_entries.isEmpty()
        && !connection.tableExists(QStringLiteral("salvage_legal_hold"), &hasHolds, error))
        return false;
    for (const Entry &entry : m_entries) {
        if (!rewriteAudit(connection, entry, auditRows, error))
            return false;
        if (hasHolds && !rewriteHolds(connection, entry, holdRows, error))
            return false;
    }
    return true;
}

bool PersonalKeys::rewriteAudit(Connection &connection,
                                const Entry &entry,
                                int *rows,
                                DbError *error) const
{
    // Narrowed by the value's JSON text (or any run, for an integer value); the keys of each
    // candidate are compared exactly below.
    const QString contains = connection.backend() == Backend::PostgreSQL
                                 ? QStringLiteral("strpos(row_key, ?) > 0")
                                 : QStringLiteral("instr(row_key, ?) > 0");
    QStringList any;
    QVariantList values{entry.table->name.display()};
    QVariantList needles = entry.needles;
    if (entry.numeric)
        needles << QStringLiteral("\"from\":");
    for (const QVariant &needle : std::as_const(needles)) {
        any << contains;
        values << needle;
    }
    const Result<QList<QVariantList>> candidates
        = connection.rows(QLatin1String(
                              "SELECT id, row_key FROM salvage_audit WHERE table_name = ? AND (")
                              + any.join(QLatin1String(" OR ")) + QLatin1Char(')'),
                          values);
    if (!candidates.report(error))
        return false;
    for (const QVariantList &candidate : *candidates) {
        const QString rowKey = candidate.value(1).toString();
        const QStringList keys = auditRowKeys(rowKey);
        QStringList rewritten;
        bool changed = false;
        for (const QString &key : keys) {
            const QJsonObject object = QJsonDocument::fromJson(key.toUtf8()).object();
            const bool hit = names(object, *entry.table, entry.key);
            rewritten << (hit ? entry.hashed : key);
            changed = changed || hit;
        }
        if (!changed)
            continue;
        // One key stays one object; an array or a run becomes an array of its keys.
        const bool single = QJsonDocument::fromJson(rowKey.toUtf8()).isObject()
                            && rewritten.size() == 1;
        const QString text = single ? rewritten.first()
                                    : QLatin1Char('[') + rewritten.join(QLatin1Char(','))
                                          + QLatin1Char(']');
        if (!connection.exec(QStringLiteral("UPDATE salvage_audit SET row_key = ? WHERE id = ?"),
                             {text, candidate.value(0)},
                             error))
            return false;
        ++*rows;
    }
    return true;
}

bool PersonalKeys::rewriteHolds(Connection &connection,
                                const Entry &entry,
                                int *rows,
                                DbError *error) const
{
    const Result<QList<QVariantList>> holds
        = connection.rows(QStringLiteral(
                              "SELECT row_key FROM salvage_legal_hold WHERE table_name = ?"),
                          {entry.table->name.display()});
    if (!holds.report(error))
        return false;
    for (const QVariantList &hold : *holds) {
        const QString rowKey = hold.value(0).toString();
        if (!names(QJsonDocument::fromJson(rowKey.toUtf8()).object(), *entry.table, entry.key))
            continue;
        if (!connection.exec(QStringLiteral("UPDATE salvage_legal_hold SET row_key = ?, "
                                            "key_values = ? WHERE table_name = ? AND row_key = ?"),
                             {entry.hashed, entry.hashedArray, entry.table->name.display(), rowKey},
                             error))
            return false;
        ++*rows;
    }
    return true;
}

} // namespace Salvage
