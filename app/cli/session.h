#pragma once

#include "commandline.h"
#include "db/connection.h"
#include "schema/conventionstore.h"
#include "schema/tableinfo.h"

#include <QCoreApplication>

#include <memory>

namespace Salvage::Cli {

// The open database of one salvage-cli run and the lookups every command needs. Failures
// are reported on stderr here; callers only pass the exit code on.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Salvage::Cli::Session)
public:
    explicit Session(const Options &options);

    const Options &options() const { return m_options; }
    Connection &connection() { return m_connection; }
    Backend backend() const { return m_connection.backend(); }
    const ConventionStore *conventions() const { return m_conventions.get(); }

    // Opens the database the options name. Returns ExitOk or the exit code to end with.
    int open();
    // Finds TABLE as the user typed it. Returns ExitOk and fills *table, or the exit code.
    int findTable(const QString &text, TableInfo *table);
    // Whether salvage_audit exists (false when that cannot be told), and a note on stderr
    // when a change just created it: scripts are told once, as by trash/restore/purge.
    bool auditExists();
    void noteAuditCreated(bool existedBefore);
    // Every table of the database (searches across tables need them all).
    int allTables(QList<TableInfo> *tables);
    // The table `name` means (PostgreSQL: `users` may be `shop.users`), or `name` itself
    // when no table matches (the audit log names tables that may have been dropped since).
    QualifiedName resolveName(const QualifiedName &name);

    // Prints a failure in words: the error's message (never only the raw driver text).
    static void reportError(const QString &what, const DbError &error);
    static QString describe(const QString &what, const DbError &error);

private:
    int lookup(const QualifiedName &name, TableInfo *table, QString *why);
    int lookupUnqualified(const QualifiedName &name, TableInfo *table, QString *why);

    Options m_options;
    Connection m_connection;
    std::unique_ptr<ConventionStore> m_conventions;
};

} // namespace Salvage::Cli
