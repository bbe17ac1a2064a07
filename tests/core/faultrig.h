// The fault harness's machinery (tst_faults): a step counter that triggers advance on every
// changed row, audit row and (PostgreSQL) at COMMIT, so that a fault can be placed at the Nth
// step of any row operation; the faults themselves; and a private PostgreSQL cluster that
// may be killed.
#pragma once

#include "db/connection.h"
#include "db/querycanceller.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>

namespace Salvage::Test {

// Tables whose row changes count as steps: (table, "UPDATE" / "DELETE" / "INSERT").
using StepTables = QList<QPair<QString, QString>>;

// The counter (fault_ctl), its triggers on `tables` and, on PostgreSQL, the lock the armed
// step waits on (fault_lock) and a deferred trigger that makes COMMIT one more step.
// SQLite: the armed step writes a 1 MB blob (kind "full") or calls fault_interrupt()
// (kind "interrupt"), which registerSqliteHook() provides.
// Installs them through `admin`; returns what failed, empty when nothing did.
QString installFaultRig(Connection &admin, const StepTables &tables);

// Arms step `n` (1 = the first) with `kind` ("on" on PostgreSQL; "full" or "interrupt" on
// SQLite), or disarms with n = 0. Resets the step counter.
bool armFault(Connection &admin, const QString &kind, int n);

// SQLite: fault_interrupt() on `connection` interrupts the running statement through
// `canceller` (sqlite3_interrupt via QueryCanceller). Run again after every reopen.
bool registerSqliteHook(Connection &connection, QueryCanceller *canceller);

// A thread with its own connection to `url` that waits until backend `pid` waits for a lock,
// then runs `action`: "terminate" (pg_terminate_backend from this connection) or a shell
// command (pg_ctl stop -m immediate). fired() tells whether it did.
class LockWatcher
{
public:
    LockWatcher(const ConnectionUrl &url, int pid, const QStringList &command = {});
    ~LockWatcher();
    LockWatcher(const LockWatcher &) = delete;
    LockWatcher &operator=(const LockWatcher &) = delete;
    bool stop(); // joins; returns fired()
    bool fired() const { return m_fired.load(); }
    QString problem() const { return m_problem; }

private:
    void run(const ConnectionUrl &url, int pid, const QStringList &command);

    std::atomic_bool m_stop{false};
    std::atomic_bool m_fired{false};
    QString m_problem;
    std::thread m_thread;
};

// A PostgreSQL cluster of this test's own (tests/support/pg_cluster.sh in a temporary
// directory), so that stopping it hurts no other test.
class PrivateCluster
{
public:
    PrivateCluster();
    ~PrivateCluster();
    bool start(QString *problem);
    ConnectionUrl url() const { return m_url; }
    // pg_ctl stop -m immediate, as the cluster's owner.
    QStringList killCommand() const;
    bool restart(QString *problem);

private:
    QString m_dir;
    ConnectionUrl m_url;
    int m_port = 0;
};

// Runs `command` (program and arguments) as the PostgreSQL owner when root; output on failure.
bool runAsOwner(const QStringList &command, QString *output);

} // namespace Salvage::Test
