#pragma once

#include "db/connection.h"
#include "db/connectionurl.h"
#include "db/identifier.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace Salvage::Test {

// A fresh, empty database for one test: a SQLite file in a temporary directory, or a new
// database in the throwaway PostgreSQL cluster that the CTest fixture `pg` started
// (tests/support/pg_cluster.sh; its directory is in $SALVAGE_TEST_PG_DIR). Destruction removes
// it again. Test scaffolding only: it uses QSqlDatabase directly, on a private connection.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(TestDatabase &&other) noexcept;
    TestDatabase &operator=(TestDatabase &&other) noexcept;
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static QStringList backends(); // {"sqlite", "postgresql"}
    // A `backend` column with one row per backend, for simple `_data()` functions.
    static void addBackendData();

    // Creates the database and runs `sqlScript` in it (statements end with ';' at the end of
    // a line). On failure the result is invalid and errorString() says why.
    static TestDatabase create(const QString &backend, const QString &sqlScript = {});

    bool isValid() const;
    QString errorString() const;
    ConnectionUrl url() const; // superuser on PostgreSQL, password included
    QString backend() const;

    // On the private connection, autocommit. Failures are printed as warnings, so
    // QVERIFY(db.exec(...)) shows the driver's reason.
    bool exec(const QString &sql) const;
    bool execScript(const QString &sqlScript) const;
    QVariant scalar(const QString &sql) const; // first column of the first row; invalid on error

    // Every row of `table` (one unqualified name, quoted here) ordered by `orderBy` (SQL
    // written by the test, e.g. "order_id, line_no"), as text: a header line, then one line
    // per row, NULL distinct from ''. Equal dumps mean equal data.
    QString dump(const QString &table, const QString &orderBy) const;
    QString dump(const QualifiedName &table, const QString &orderBy) const;

    // A new Salvage::Connection to this database (invalid, with a warning, on failure).
    Connection connect() const;

    // PostgreSQL only: creates a LOGIN role with `password` and returns a URL for it. Roles
    // are cluster-wide, so the real role name is `role` plus a suffix unique to this database
    // (it is in the returned url().user). In `grantsSql` (run as superuser in this database)
    // write {role} for the quoted real name: "GRANT SELECT ON orders TO {role}".
    // The roles are dropped with the database.
    ConnectionUrl urlForNewRole(const QString &role,
                                const QString &password,
                                const QStringList &grantsSql);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Salvage::Test

// Declares `var` as a new test database and fails the test function if that fails.
#define SALVAGE_TEST_DATABASE(var, backend, script) \
    auto var /* NOLINT(bugprone-macro-parentheses): a declarator takes none */ \
        = Salvage::Test::TestDatabase::create((backend), (script)); \
    QVERIFY2((var).isValid(), qPrintable((var).errorString()))
