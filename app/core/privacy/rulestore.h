#pragma once

#include "anonymizationrule.h"
#include "db/connection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Salvage {

// Anonymization rules and "purge on erasure" tables, shared by every admin through the
// database itself: salvage_anonymization_rule (table_name, column_name, rule, parameter,
// updated_by, updated_at; table_name is QualifiedName::display(); a row with column_name ''
// and rule 'purge' marks a table purged on erasure) and salvage_erasure_salt (one random
// 32-byte salt, created on first use, for subject hashes and the Hash rule).
class RuleStore
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::RuleStore)
public:
    explicit RuleStore(Connection &connection);

    // Creates the tables when missing (refuses clearly without the right). Runs inside the
    // caller's transaction, if any; a user who may only read can still use existing tables.
    bool ensureTables(DbError *error);

    // Read without creating anything: no table yet means no rules. Rules of a kind this
    // version does not know are skipped (with a warning naming the column), never guessed.
    QList<AnonymizationRule> rules(DbError *error);
    QList<QualifiedName> purgeOnErasure(DbError *error);

    // Every change below writes salvage_audit rows with the actor in its own transaction
    // (created when missing): action "rule_set" / "rule_remove" (row_key {"column":name},
    // details {"column","old_rule","new_rule"}: kinds or null) and "purge_on_erasure"
    // (row_key {}, details {"old_purge_on_erasure","new_purge_on_erasure"}); table_name is
    // the rule's table. Never a value or a rule's parameter.
    //
    // Validates against `tables` (Rules::refusal) and replaces the stored rule of that column;
    // nothing is stored when refused (error->kind Refused, message the reason). Where one
    // side has no schema (SQLite), the only table of that name matches. One transaction.
    bool saveRule(const AnonymizationRule &rule,
                  const QList<TableInfo> &tables,
                  const QString &actor,
                  DbError *error);
    // Refused when no rule is stored for the column. One transaction.
    bool removeRule(const QualifiedName &table,
                    const QString &column,
                    const QString &actor,
                    DbError *error);
    bool setPurgeOnErasure(const QualifiedName &table,
                           bool purge,
                           const QString &actor,
                           DbError *error);

    // JSON: {"version":1,"rules":[{"table","column","rule","parameter"}],
    //        "purge_on_erasure":["table", ...]}
    QByteArray exportJson(DbError *error);
    // One transaction: every rule validated first; any refusal (unknown table, column or kind,
    // Rules::refusal, a column named twice, a missing purge table) imports nothing and names
    // it. Merges: the file's rules replace the stored rules of the same columns and its purge
    // marks are added; other stored rules stay.
    bool importJson(const QByteArray &json,
                    const QList<TableInfo> &tables,
                    const QString &actor,
                    DbError *error);

    // The database's 32 random bytes (QRandomGenerator::system()), created on first use and
    // the same for every admin and connection afterwards. Creating it needs ensureTables();
    // call it before opening an operation's transaction, so that a rollback cannot lose it.
    QByteArray salt(DbError *error);

private:
    Connection &m_connection;
};

} // namespace Salvage
