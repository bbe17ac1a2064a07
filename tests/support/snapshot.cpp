#include "snapshot.h"

namespace Salvage::Test {

bool auditTableExists(const TestDatabase &db)
{
    const QString sql = db.backend() == QLatin1String("postgresql")
        ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class WHERE relname = "
                         "'salvage_audit'")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'salvage_audit'");
    return db.scalar(sql).toInt() > 0;
}

QMap<QString, QString> snapshot(const TestDatabase &db, const SnapshotTables &tables)
{
    QMap<QString, QString> dumps;
    for (const auto &table : tables)
        dumps.insert(table.first, db.dump(table.first, table.second));
    dumps.insert(QStringLiteral("salvage_audit"),
                 auditTableExists(db)
                     ? db.dump(QStringLiteral("salvage_audit"), QStringLiteral("id"))
                     : QStringLiteral("<no audit table>"));
    return dumps;
}

QString describeDiff(const QMap<QString, QString> &before, const QMap<QString, QString> &after)
{
    QStringList changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != it.value()) {
            changed << QStringLiteral("%1 changed:\n--- before\n%2--- after\n%3")
                           .arg(it.key(), it.value(), after.value(it.key()));
        }
    }
    return changed.join(u'\n');
}

} // namespace Salvage::Test
