#pragma once

#include "db/connectionurl.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace Salvage::Bench {

// Where the PostgreSQL side runs: the URL given with --pg-url, else the cluster of the CTest
// fixture (files `url` and `password` in $SALVAGE_TEST_PG_DIR), else a throwaway cluster
// started here with tests/support/pg_cluster.sh and stopped again on destruction (and on
// SIGINT / SIGTERM / SIGHUP).
class PgCluster
{
public:
    PgCluster() = default;
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool resolve(const QString &pgUrl, QString *error);
    // A superuser (or CREATEDB) URL, password included.
    const ConnectionUrl &adminUrl() const { return m_admin; }
    QString description() const { return m_description; }

private:
    bool start(QString *error);
    void stop();

    ConnectionUrl m_admin;
    std::unique_ptr<QTemporaryDir> m_ownParent; // a fresh, unguessable home for m_ownDir
    QString m_ownDir;                           // set while a cluster of our own runs
    QString m_description;
};

} // namespace Salvage::Bench
