#pragma once

#include "erasureservice.h"

#include <QCoreApplication>

namespace Salvage {

// The erasure's last step before commit: searches every table the database holds (Salvage's
// own included, so the audit must be free of the values) for the marker values. PostgreSQL:
// text-like columns (text, varchar, char, citext, uuid, arrays of them, json, jsonb, xml);
// SQLite: every column, since any column can hold text. Rows on legal hold are left out: they
// keep their values by law, and the report says so.
class ErasureVerification
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::ErasureVerification)
public:
    struct HeldRows
    {
        QualifiedName table;
        QStringList primaryKey;
        QList<RowKey> keys;
    };

    explicit ErasureVerification(Connection &connection);

    // Runs inside the caller's transaction. Returns false on a database error (*error set);
    // a hit is not an error: it fills *remainingAt ("table.column, row {"id":3}").
    bool scan(const QStringList &markers,
              const QList<HeldRows> &held,
              QList<VerificationQuery> *queries,
              QStringList *remainingAt,
              QStringList *notScanned,
              DbError *error);

    static bool isSubstringMarker(const QString &marker) { return marker.size() >= 5; }

private:
    struct ScanTable
    {
        QualifiedName name;
        QStringList columns; // the columns to search
        QStringList primaryKey;
    };
    bool readCatalog(QList<ScanTable> *tables, QStringList *notScanned, DbError *error);
    bool scanTable(const ScanTable &table,
                   const QStringList &markers,
                   const HeldRows *held,
                   QList<VerificationQuery> *queries,
                   QStringList *remainingAt,
                   DbError *error);

    Connection &m_connection;
};

} // namespace Salvage
