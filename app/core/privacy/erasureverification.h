#pragma once

#include "erasureservice.h"

#include <QCoreApplication>

namespace Salvage {

// The erasure's last step before commit: searches every table the database holds (Salvage's
// own included, so the audit must be free of the values) for the marker values. PostgreSQL:
// every column that can hold text (text, varchar, char, citext, uuid, json, jsonb, xml, arrays,
// composite and other user-defined types, through their text form) and bytea (for the UTF-8
// bytes of each value); SQLite: every column, text as text and blobs as bytes. Rows left out
// (on legal hold, or the plan's own while planning) are not searched. What could not be
// searched (no SELECT permission, arrays of bytea) is listed, so that no report claims more.
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

    // How many places a failed verification names row by row.
    static constexpr int maxListed = 20;

    explicit ErasureVerification(Connection &connection);

    // The plan's rows per table: those on legal hold (`heldOnly`), else every planned row.
    static QList<HeldRows> rowsOf(const ErasurePlan &plan,
                                  const QList<TableInfo> &tables,
                                  bool heldOnly);

    // The rows outside the plan that hold a marker value (mentions, for --redact-mentions),
    // each with whether it can be redacted: Salvage's own tables never are.
    static bool findMentions(Connection &connection,
                             const ErasurePlan &plan,
                             const QList<TableInfo> &tables,
                             QList<FoundCopy> *found,
                             DbError *error);

    // Runs inside the caller's transaction. Returns false on a database error (*error set);
    // a hit is not an error: it fills *found, at most `listLimit` rows named by key (the rest
    // counted per column).
    bool scan(const QStringList &markers,
              const QList<HeldRows> &leftOut,
              int listLimit,
              QList<VerificationQuery> *queries,
              QList<FoundCopy> *found,
              QList<UnsearchedColumn> *unsearched,
              QStringList *notScanned,
              DbError *error);

    // "table.column, row {"id":3}" for each place (translated), never the value.
    static QStringList describe(const QList<FoundCopy> &found);
    static QString describe(const FoundCopy &copy);
    static QString unsearchedText(const QList<UnsearchedColumn> &unsearched);

    // `text` with each occurrence of a marker replaced by "[redacted]" (case-insensitive;
    // a short marker only as the whole value), the way scan() finds them.
    static QString redacted(const QString &text, const QStringList &markers);

    static bool isSubstringMarker(const QString &marker) { return marker.size() >= 5; }

private:
    struct ScanColumn
    {
        QString name;
        bool binary = false;     // bytea: searched for the bytes
        bool redactable = false; // plain text (or json, xml): may be rewritten
    };
    struct ScanTable
    {
        QualifiedName name;
        QList<ScanColumn> columns; // the columns to search
        QStringList primaryKey;
    };
    bool readCatalog(QList<ScanTable> *tables,
                     QList<UnsearchedColumn> *unsearched,
                     QStringList *notScanned,
                     DbError *error);
    bool readPgCatalog(QList<ScanTable> *tables,
                       QList<UnsearchedColumn> *unsearched,
                       DbError *error);
    QString columnMatch(const ScanColumn &column,
                        const QStringList &markers,
                        QVariantList *bound) const;
    bool scanTable(const ScanTable &table,
                   const QStringList &markers,
                   const HeldRows *leftOut,
                   int *listLeft,
                   QList<VerificationQuery> *queries,
                   QList<FoundCopy> *found,
                   DbError *error);

    Connection &m_connection;
};

} // namespace Salvage
