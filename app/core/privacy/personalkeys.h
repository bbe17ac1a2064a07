#pragma once

#include "erasureplan.h"

namespace Salvage {

// Primary keys that hold a personal value. salvage_audit.row_key and salvage_legal_hold name
// rows by their keys, so a table keyed by email puts the email there, and the subject could
// never be erased. A key column of a row that the erasure anonymizes or purges is personal
// when it matched the subject (SubjectRow::matchedColumns) or when its value equals one of
// the plan's marker values (case-insensitively). No rule marks a key column personal:
// Rules::refusal() allows none but "keep" on it.
//
// Such a key is written as its keyed hash: each personal column's value becomes
// {"hmac": hex HMAC-SHA256(erasure salt, value trimmed and lower-cased)}, the form of
// ErasurePlanner::subjectHash(); other key columns stay as they are:
// {"email":{"hmac":"9f86..."}}. salvage_legal_hold.key_values gets the same objects in its
// array. Audit rows stay; only their row_key changes.
class PersonalKeys
{
public:
    PersonalKeys() = default;

    // Whether any row that `plan` anonymizes or purges has a personal key.
    static bool anyIn(const ErasurePlan &plan, const QList<TableInfo> &tables);
    static PersonalKeys of(const ErasurePlan &plan,
                           const QList<TableInfo> &tables,
                           const QByteArray &salt);

    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }

    // The audit's row_key for `key` of `table`: the hashed form when the key is personal,
    // rowKeyToJson() otherwise.
    QString auditKey(const TableInfo &table, const RowKey &key) const;

    // Inside the erasure's transaction: every salvage_audit.row_key (inside arrays and runs
    // of keys too) and every salvage_legal_hold row that names one of the keys is rewritten
    // to the hashed form. *auditRows / *holdRows: how many rows were rewritten.
    bool rewrite(Connection &connection, int *auditRows, int *holdRows, DbError *error) const;

private:
    struct Entry
    {
        const TableInfo *table = nullptr;
        RowKey key;
        QString hashed;       // row_key JSON
        QString hashedArray;  // key_values JSON
        QVariantList needles; // texts a row_key naming the key contains
        bool numeric = false; // a personal integer value: runs {"from","to"} may cover it
    };
    const Entry *find(const TableInfo &table, const RowKey &key) const;
    bool rewriteAudit(Connection &connection, const Entry &entry, int *rows, DbError *error) const;
    bool rewriteHolds(Connection &connection, const Entry &entry, int *rows, DbError *error) const;

    QList<Entry> m_entries;
};

} // namespace Salvage
