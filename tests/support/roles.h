#pragma once

#include "testdatabase.h"

namespace Salvage::Test {

// PostgreSQL grants (TestDatabase::urlForNewRole()) of a role that may read, change and delete
// the rows of every table in public and append to salvage_audit, but owns nothing: row-level
// security applies to it, and VACUUM is not its to run.
QStringList rowEditorGrants();

// PostgreSQL: a connection to `db` as a new role with `grantsSql`. An invalid Connection, and
// *problem saying why, when the role or the connection could not be made.
Connection connectAsNewRole(TestDatabase &db,
                            const QString &role,
                            const QStringList &grantsSql,
                            QString *problem);

} // namespace Salvage::Test
