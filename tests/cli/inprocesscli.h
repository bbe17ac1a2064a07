#pragma once

#include "clirunner.h"

namespace Salvage::Test {

// Runs salvage-cli's command line in this process: the same parsing, commands and output as
// the binary (what it prints is collected instead of written), about 50 times faster than a
// new process. For suites that run thousands of commands. The environment is
// cliEnvironment(); the PostgreSQL password is put in this process's PGPASSWORD, where libpq
// reads it.
CliResult runCliInProcessOn(const TestDatabase &db,
                            const QStringList &arguments,
                            const QString &actor = QString());

} // namespace Salvage::Test
