#pragma once

#include "connectionurl.h"

#include <QMetaType>
#include <QSqlError>
#include <QString>

namespace Salvage {

// What went wrong with a database call, in words a user can act on.
struct DbError
{
    enum Kind {
        None,
        Unreachable,
        AuthFailed,
        NoDatabase,
        TlsRequired,
        PermissionDenied,
        ConnectionLost,
        Conflict,
        Constraint,
        Cancelled,
        Refused,
        Other
    };
    Kind kind = None;
    QString message;    // translated, user facing
    QString driverText; // raw driver text, shown only as details
    QString sqlState;
    // A broken constraint (kind Constraint), as far as the driver's text names it:
    // PostgreSQL the constraint's or index's name; SQLite a CHECK's name, or the
    // "table.column" list of a UNIQUE, PRIMARY KEY or NOT NULL.
    enum class ConstraintType { None, Unique, Check, ForeignKey, NotNull, Other };
    ConstraintType constraintType = ConstraintType::None;
    QString constraint;

    bool isError() const { return kind != None; }
    static DbError fromSql(const QSqlError &error, Backend backend);
    static DbError refused(const QString &message);
    // Removes `secret` (a password) from the message and the driver text (scrubSecret()).
    void scrub(const QString &secret);
};

} // namespace Salvage

Q_DECLARE_METATYPE(Salvage::DbError)
