#include "roles.h"

namespace Salvage::Test {

QStringList rowEditorGrants()
{
    return {QStringLiteral("GRANT SELECT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                           "TO {role}"),
            QStringLiteral("GRANT INSERT ON salvage_audit TO {role}"),
            QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")};
}

Connection connectAsNewRole(TestDatabase &db,
                            const QString &role,
                            const QStringList &grantsSql,
                            QString *problem)
{
    const ConnectionUrl url = db.urlForNewRole(role, QStringLiteral("s3cret"), grantsSql);
    if (!url.isValid()) {
        *problem = QStringLiteral("cannot create the role %1 (see the warnings)").arg(role);
        return {};
    }
    DbError error;
    Connection connection = Connection::open(url, &error);
    if (!connection.isOpen())
        *problem = error.message;
    return connection;
}

} // namespace Salvage::Test
