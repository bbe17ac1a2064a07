#include "dberror.h"

#include "secrets.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Salvage {

static DbError::Kind kindForSqlState(const QString &state)
{
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P0")))
        return DbError::ConnectionLost;
    if (state == QLatin1String("57014"))
        return DbError::Cancelled;
    if (state == QLatin1String("42501"))
        return DbError::PermissionDenied;
    if (state == QLatin1String("28P01") || state == QLatin1String("28000"))
        return DbError::AuthFailed;
    if (state == QLatin1String("3D000"))
        return DbError::NoDatabase;
    if (state.startsWith(QLatin1String("23")))
        return DbError::Constraint;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("55P03"))
        return DbError::Conflict;
    return DbError::Other;
}

static DbError::Kind kindForConnectText(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("password authentication failed"))
        || t.contains(QLatin1String("no password supplied"))
        || t.contains(QLatin1String("authentication failed")))
        return DbError::AuthFailed;
    if (t.contains(QLatin1String("does not exist")) && t.contains(QLatin1String("database")))
        return DbError::NoDatabase;
    if (t.contains(QLatin1String("no encryption")) || t.contains(QLatin1String("ssl is required"))
        || t.contains(QLatin1String("server does not support ssl")))
        return DbError::TlsRequired;
    if (t.contains(QLatin1String("could not connect"))
        || t.contains(QLatin1String("connection refused"))
        || t.contains(QLatin1String("could not translate host name"))
        || t.contains(QLatin1String("timeout expired"))
        || t.contains(QLatin1String("no route to host")))
        return DbError::Unreachable;
    return DbError::Other;
}

static DbError::Kind kindForSqliteCode(int code)
{
    switch (code & 0xff) {
    case 9: // SQLITE_INTERRUPT
        return DbError::Cancelled;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return DbError::Conflict;
    case 3:  // SQLITE_PERM
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return DbError::PermissionDenied;
    case 14: // SQLITE_CANTOPEN
        return DbError::NoDatabase;
    case 19: // SQLITE_CONSTRAINT
        return DbError::Constraint;
    default:
        return DbError::Other;
    }
}

static QString messageFor(DbError::Kind kind)
{
    switch (kind) {
    case DbError::None:
        return QString();
    case DbError::Unreachable:
        return QCoreApplication::translate(
            "Salvage::Connection",
            "The database server could not be reached. Check the host name and port, and "
            "that the server is running and accepts connections.");
    case DbError::AuthFailed:
        return QCoreApplication::translate(
            "Salvage::Connection",
            "The server refused the login: the user name or password is wrong, or this "
            "user may not connect from here.");
    case DbError::NoDatabase:
        return QCoreApplication::translate(
            "Salvage::Connection",
            "The database does not exist. Check its name (or the file path).");
    case DbError::TlsRequired:
        return QCoreApplication::translate(
            "Salvage::Connection",
            "The server requires an encrypted (TLS) connection. Set SSL mode to "
            "\"require\" or stricter.");
    case DbError::PermissionDenied:
        return QCoreApplication::translate(
            "Salvage::Connection",
            "Permission denied: your database user may not do this. Nothing was changed. "
            "Ask the database owner for the right, or use another account.");
    case DbError::ConnectionLost:
        return QCoreApplication::translate(
            "Salvage::Connection",
            "The connection to the database was lost. Reconnect and check the data "
            "before trying again.");
    case DbError::Conflict:
        return QCoreApplication::translate(
            "Salvage::Connection",
            "The rows are locked or were changed by someone else at the same time. "
            "Nothing was changed; refresh and try again.");
    case DbError::Constraint:
        return QCoreApplication::translate(
            "Salvage::Connection",
            "The database refused the change because it would break a constraint "
            "(a foreign key, unique value or check). Nothing was changed.");
    case DbError::Cancelled:
        return QCoreApplication::translate("Salvage::Connection",
                                           "The statement was cancelled. Nothing was changed.");
    case DbError::Refused:
    case DbError::Other:
        break;
    }
    return QCoreApplication::translate("Salvage::Connection",
                                       "The database reported an error. Nothing was changed.");
}

static DbError::ConstraintType constraintTypeForSqlState(const QString &state)
{
    if (state == QLatin1String("23505"))
        return DbError::ConstraintType::Unique;
    if (state == QLatin1String("23514"))
        return DbError::ConstraintType::Check;
    if (state == QLatin1String("23503"))
        return DbError::ConstraintType::ForeignKey;
    if (state == QLatin1String("23502"))
        return DbError::ConstraintType::NotNull;
    return DbError::ConstraintType::Other;
}

// What the driver's text says about the broken constraint. PostgreSQL's messages quote its
// name ("... violates check constraint "name""); SQLite's say "UNIQUE constraint failed:
// t.a, t.b" or "CHECK constraint failed: name".
static void readConstraint(DbError *error, Backend backend)
{
    if (backend == Backend::PostgreSQL) {
        error->constraintType = constraintTypeForSqlState(error->sqlState);
        // PostgreSQL quotes the name as it is: a name with a quote in it is cut short.
        static const QRegularExpression quoted(QStringLiteral("constraint \"(.+?)\""));
        const QRegularExpressionMatch match = quoted.match(error->driverText);
        if (match.hasMatch())
            error->constraint = match.captured(1);
        return;
    }
    static const QRegularExpression failed(
        QStringLiteral("(UNIQUE|PRIMARY KEY|CHECK|FOREIGN KEY|NOT NULL) constraint failed(?:: "
                       "(.*?))?(?: Unable to [a-z ]+)?$"));
    const QRegularExpressionMatch match = failed.match(error->driverText.trimmed());
    if (!match.hasMatch()) {
        error->constraintType = DbError::ConstraintType::Other;
        return;
    }
    const QString type = match.captured(1);
    if (type == QLatin1String("UNIQUE") || type == QLatin1String("PRIMARY KEY"))
        error->constraintType = DbError::ConstraintType::Unique;
    else if (type == QLatin1String("CHECK"))
        error->constraintType = DbError::ConstraintType::Check;
    else if (type == QLatin1String("FOREIGN KEY"))
        error->constraintType = DbError::ConstraintType::ForeignKey;
    else
        error->constraintType = DbError::ConstraintType::NotNull;
    error->constraint = match.captured(2);
}

DbError DbError::fromSql(const QSqlError &error, Backend backend)
{
    DbError result;
    if (error.type() == QSqlError::NoError)
        return result;
    result.driverText = error.text();
    const QString code = error.nativeErrorCode();
    if (backend == Backend::PostgreSQL) {
        result.sqlState = code;
        result.kind = code.isEmpty() ? kindForConnectText(error.text()) : kindForSqlState(code);
        if (result.kind == DbError::Other && error.type() == QSqlError::ConnectionError)
            result.kind = kindForConnectText(error.text());
    } else {
        bool ok = false;
        const int n = code.toInt(&ok);
        result.kind = ok ? kindForSqliteCode(n) : DbError::Other;
    }
    if (result.kind == DbError::Constraint)
        readConstraint(&result, backend);
    result.message = messageFor(result.kind);
    // SQLITE_FULL: "the database reported an error" would hide what to do about it.
    if (backend == Backend::SQLite && (code.toInt() & 0xff) == 13) {
        result.message = QCoreApplication::translate(
            "Salvage::Connection",
            "The database or the disk is full, so the change could not be written. Nothing "
            "was changed. Free disk space (or raise the database's size limit) and try again.");
    }
    return result;
}

DbError DbError::refused(const QString &message)
{
    DbError result;
    result.kind = Refused;
    result.message = message;
    return result;
}

void DbError::scrub(const QString &secret)
{
    message = scrubSecret(message, secret);
    driverText = scrubSecret(driverText, secret);
}

} // namespace Salvage
