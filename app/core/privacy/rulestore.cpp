#include "rulestore.h"

#include "trash/auditlog.h"
#include "trash/operationsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

namespace Salvage {

namespace {

const char ruleTable[] = "salvage_anonymization_rule";
const char deleteRule[] = "DELETE FROM salvage_anonymization_rule "
                          "WHERE table_name = ? AND column_name = ?";
const char deletePurgeMark[] = "DELETE FROM salvage_anonymization_rule "
                               "WHERE table_name = ? AND column_name = ''";
const char saltTable[] = "salvage_erasure_salt";
const char purgeRule[] = "purge";
constexpr int saltBytes = 32;
constexpr int jsonVersion = 1;

const char pgCreateRules[] = R"(
CREATE TABLE salvage_anonymization_rule (
    table_name text NOT NULL,
    column_name text NOT NULL,
    rule text NOT NULL,
    parameter text,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, column_name)
))";

const char sqliteCreateRules[] = R"(
CREATE TABLE salvage_anonymization_rule (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    rule TEXT NOT NULL,
    parameter TEXT,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (table_name, column_name)
))";

// One row: the salt as hex, so that both backends store the same text.
const char pgCreateSalt[] = R"(
CREATE TABLE salvage_erasure_salt (
    id integer PRIMARY KEY CHECK (id = 1),
    salt text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
))";

const char sqliteCreateSalt[] = R"(
CREATE TABLE salvage_erasure_salt (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    salt TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
))";

void setError(DbError *error, const DbError &value)
{
    if (error)
        *error = value;
}

// The table of `name` among `tables`. Where one side has no schema (rules moved between
// SQLite and PostgreSQL), the only table of that name matches; two would be a guess.
const TableInfo *findTable(const QList<TableInfo> &tables, const QualifiedName &name)
{
    for (const TableInfo &t : tables) {
        if (t.name == name)
            return &t;
    }
    const TableInfo *found = nullptr;
    for (const TableInfo &t : tables) {
        if (t.name.name == name.name && (name.schema.isEmpty() || t.name.schema.isEmpty())) {
            if (found)
                return nullptr;
            found = &t;
        }
    }
    return found;
}

// Rows of salvage_anonymization_rule, read without creating anything: none when the table
// does not exist yet (no rules); false when reading fails (*error says why).
bool selectRules(Connection &connection,
                 const QString &sql,
                 const QVariantList &values,
                 QList<QVariantList> *rows,
                 DbError *error)
{
    bool exists = false;
    if (!connection.tableExists(QLatin1String(ruleTable), &exists, error))
        return false;
    if (!exists)
        return true;
    Result<QList<QVariantList>> read = connection.rows(sql, values);
    if (!read.report(error))
        return false;
    *rows = std::move(read).value();
    return true;
}

// The parameter as given (only Fixed uses it), NULL when empty.
QVariant parameterValue(const AnonymizationRule &rule)
{
    return rule.parameter.isEmpty() ? QVariant() : QVariant(rule.parameter);
}

// Inside the caller's transaction: `rule` replaces the stored rule of its column. *inserted
// counts the rows written.
bool writeRule(Connection &connection,
               const AnonymizationRule &rule,
               const QString &actor,
               DbError *failure,
               int *inserted)
{
    return connection.exec(QLatin1String(deleteRule), {rule.table.display(), rule.column}, failure)
           && connection.exec(QStringLiteral("INSERT INTO salvage_anonymization_rule "
                                             "(table_name, column_name, rule, parameter, "
                                             "updated_by) VALUES (?, ?, ?, ?, ?)"),
                              {rule.table.display(),
                               rule.column,
                               Rules::kindName(rule.kind),
                               parameterValue(rule),
                               actor},
                              failure,
                              inserted);
}

// Inside the caller's transaction: marks `table` purged on erasure, replacing an earlier mark.
// *inserted (when given) counts the rows written.
bool writePurgeMark(Connection &connection,
                    const QualifiedName &table,
                    const QString &actor,
                    DbError *failure,
                    int *inserted = nullptr)
{
    return connection.exec(QLatin1String(deletePurgeMark), {table.display()}, failure)
           && connection.exec(QStringLiteral("INSERT INTO salvage_anonymization_rule "
                                             "(table_name, column_name, rule, parameter, "
                                             "updated_by) VALUES (?, '', ?, NULL, ?)"),
                              {table.display(), QLatin1String(purgeRule), actor},
                              failure,
                              inserted);
}

// Inside the caller's transaction: the stored rule kind of `column` of `table` (column '' is
// the purge mark), null when there is none.
bool storedKind(Connection &connection,
                const QualifiedName &table,
                const QString &column,
                QJsonValue *kind,
                DbError *failure)
{
    const Result<QList<QVariantList>> rows
        = connection.rows(QStringLiteral("SELECT rule FROM salvage_anonymization_rule "
                                         "WHERE table_name = ? AND column_name = ?"),
                          {table.display(), column});
    if (!rows.report(failure))
        return false;
    *kind = rows->isEmpty() ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(rows->first().value(0).toString());
    return true;
}

// Governance is audited like data: one salvage_audit row per changed rule or purge mark,
// inside the change's transaction. row_key names the column ({"column":"email"}, {} for the
// purge mark); details hold rule kinds only, never a parameter (a fixed placeholder is not
// personal, but stays out all the same).
struct RuleAudit
{
    Connection &connection;
    QString actor;
    QString operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    bool ensure(DbError *failure)
    {
        OperationResult audit;
        if (OperationSupport::ensureAudit(connection, true, audit))
            return true;
        *failure = audit.error;
        return false;
    }

    bool rule(const char *action,
              const QualifiedName &table,
              const QString &column,
              const QJsonValue &oldKind,
              const QJsonValue &newKind,
              DbError *failure)
    {
        const QJsonObject key{{QStringLiteral("column"), column}};
        const QJsonObject details{{QStringLiteral("column"), column},
                                  {QStringLiteral("old_rule"), oldKind},
                                  {QStringLiteral("new_rule"), newKind}};
        return write(action, table, key, details, failure);
    }

    bool purgeMark(const QualifiedName &table, bool before, bool after, DbError *failure)
    {
        const QJsonObject details{{QStringLiteral("old_purge_on_erasure"), before},
                                  {QStringLiteral("new_purge_on_erasure"), after}};
        return write("purge_on_erasure", table, QJsonObject(), details, failure);
    }

    bool write(const char *action,
               const QualifiedName &table,
               const QJsonObject &key,
               const QJsonObject &details,
               DbError *failure)
    {
        const auto json = [](const QJsonObject &object) {
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        };
        return ensure(failure)
               && AuditLog(connection)
                      .appendKeys(operationId,
                                  actor,
                                  QLatin1String(action),
                                  table.display(),
                                  {json(key)},
                                  QString(),
                                  json(details),
                                  failure);
    }
};

// Inside the caller's transaction: stores `rule` and audits it ("rule_set").
bool saveAudited(Connection &connection,
                 RuleAudit &audit,
                 const AnonymizationRule &rule,
                 DbError *failure)
{
    QJsonValue old;
    int inserted = 0;
    if (!storedKind(connection, rule.table, rule.column, &old, failure)
        || !writeRule(connection, rule, audit.actor, failure, &inserted))
        return false;
    if (inserted != 1) {
        *failure = DbError::refused(RuleStore::tr("The rule could not be stored (%1 rows "
                                                  "written). Nothing was saved.")
                                        .arg(inserted));
        return false;
    }
    return audit.rule("rule_set", rule.table, rule.column, old, Rules::kindName(rule.kind), failure);
}

// Inside the caller's transaction: marks `table` purged on erasure and audits it.
bool markAudited(Connection &connection,
                 RuleAudit &audit,
                 const QualifiedName &table,
                 DbError *failure,
                 int *inserted = nullptr)
{
    QJsonValue old;
    return storedKind(connection, table, QString(), &old, failure)
           && writePurgeMark(connection, table, audit.actor, failure, inserted)
           && audit.purgeMark(table, !old.isNull(), true, failure);
}

} // namespace

RuleStore::RuleStore(Connection &connection)
    : m_connection(connection)
{}

bool RuleStore::ensureTables(DbError *error)
{
    const bool pg = m_connection.backend() == Backend::PostgreSQL;
    const struct
    {
        const char *name;
        const char *sql;
    } tables[] = {
        {ruleTable, pg ? pgCreateRules : sqliteCreateRules},
        {saltTable, pg ? pgCreateSalt : sqliteCreateSalt},
    };
    for (const auto &table : tables) {
        bool exists = false;
        if (!m_connection.tableExists(QLatin1String(table.name), &exists, error))
            return false;
        if (exists)
            continue;
        DbError failure;
        if (m_connection.exec(QString::fromLatin1(table.sql), {}, &failure))
            continue;
        if (failure.kind == DbError::PermissionDenied) {
            failure.message = tr("Your database user may not create the table %1, where Salvage "
                                 "keeps the anonymization rules and the erasure salt that every "
                                 "admin shares. Ask the database owner to create it (or to grant "
                                 "CREATE on the schema), then try again. Nothing was changed.")
                                  .arg(QLatin1String(table.name));
        }
        setError(error, failure);
        return false;
    }
    return true;
}

QList<AnonymizationRule> RuleStore::rules(DbError *error)
{
    QList<AnonymizationRule> result;
    QList<QVariantList> rows;
    if (!selectRules(m_connection,
                     QStringLiteral("SELECT table_name, column_name, rule, parameter "
                                    "FROM salvage_anonymization_rule WHERE column_name <> '' "
                                    "ORDER BY table_name, column_name"),
                     {},
                     &rows,
                     error))
        return result;
    for (const QVariantList &row : std::as_const(rows)) {
        AnonymizationRule rule;
        rule.table = QualifiedName::parse(row.value(0).toString());
        rule.column = row.value(1).toString();
        rule.parameter = row.value(3).toString();
        if (!rule.table.isValid() || !Rules::kindFromName(row.value(2).toString(), &rule.kind)) {
            // Written by a newer Salvage, or by hand: one unreadable rule must not hide the rest,
            // and guessing a kind could keep personal data.
            qWarning("salvage: ignoring an unreadable anonymization rule for column %s",
                     qPrintable(rule.column));
            continue;
        }
        result << rule;
    }
    return result;
}

QList<QualifiedName> RuleStore::purgeOnErasure(DbError *error)
{
    QList<QualifiedName> result;
    QList<QVariantList> rows;
    if (!selectRules(m_connection,
                     QStringLiteral("SELECT table_name FROM salvage_anonymization_rule "
                                    "WHERE column_name = '' AND rule = ? ORDER BY table_name"),
                     {QLatin1String(purgeRule)},
                     &rows,
                     error))
        return result;
    for (const QVariantList &row : std::as_const(rows)) {
        const QualifiedName name = QualifiedName::parse(row.value(0).toString());
        if (name.isValid())
            result << name;
    }
    return result;
}

bool RuleStore::saveRule(const AnonymizationRule &input,
                         const QList<TableInfo> &tables,
                         const QString &actor,
                         DbError *error)
{
    if (actor.trimmed().isEmpty()) {
        setError(error,
                 DbError::refused(tr("Every change needs an actor: say who is saving the "
                                     "rule.")));
        return false;
    }
    const TableInfo *table = findTable(tables, input.table);
    if (!table) {
        setError(error,
                 DbError::refused(tr("There is no table %1 for the rule on \"%2\". "
                                     "Nothing was saved.")
                                      .arg(input.table.display(), input.column)));
        return false;
    }
    AnonymizationRule rule = input;
    rule.table = table->name;
    const QString why = Rules::refusal(rule, *table);
    if (!why.isEmpty()) {
        setError(error, DbError::refused(why + QLatin1Char(' ') + tr("Nothing was saved.")));
        return false;
    }
    DbError failure;
    RuleAudit audit{m_connection, actor};
    const bool ok = m_connection.begin(&failure) && ensureTables(&failure)
                    && saveAudited(m_connection, audit, rule, &failure);
    if (m_connection.commitOrRollback(ok, &failure))
        return true;
    setError(error, failure);
    return false;
}

bool RuleStore::removeRule(const QualifiedName &table,
                           const QString &column,
                           const QString &actor,
                           DbError *error)
{
    if (actor.trimmed().isEmpty()) {
        setError(error,
                 DbError::refused(tr("Every change needs an actor: say who removes the "
                                     "rule.")));
        return false;
    }
    bool exists = false;
    if (!m_connection.tableExists(QLatin1String(ruleTable), &exists, error))
        return false;
    const DbError missing = DbError::refused(
        tr("There is no stored rule for column \"%1\" of %2.").arg(column, table.display()));
    // column_name '' is the purge mark, which setPurgeOnErasure() removes.
    if (!exists || column.isEmpty()) {
        setError(error, missing);
        return false;
    }
    DbError failure;
    RuleAudit audit{m_connection, actor};
    QJsonValue old;
    int removed = 0;
    bool ok = m_connection.begin(&failure)
              && storedKind(m_connection, table, column, &old, &failure)
              && m_connection.exec(QLatin1String(deleteRule),
                                   {table.display(), column},
                                   &failure,
                                   &removed);
    if (ok && removed == 0) {
        failure = missing;
        ok = false;
    }
    ok = ok && audit.rule("rule_remove", table, column, old, QJsonValue(), &failure);
    if (m_connection.commitOrRollback(ok, &failure))
        return true;
    setError(error, failure);
    return false;
}

bool RuleStore::setPurgeOnErasure(const QualifiedName &table,
                                  bool purge,
                                  const QString &actor,
                                  DbError *error)
{
    if (!table.isValid()) {
        setError(error, DbError::refused(tr("No table was named.")));
        return false;
    }
    if (actor.trimmed().isEmpty()) {
        setError(error,
                 DbError::refused(tr("Every change needs an actor: say who marks the "
                                     "table.")));
        return false;
    }
    if (!purge) {
        bool exists = false;
        if (!m_connection.tableExists(QLatin1String(ruleTable), &exists, error))
            return false;
        if (!exists)
            return true;
        DbError failure;
        RuleAudit audit{m_connection, actor};
        int removed = 0;
        // Only a mark that was there is a change to audit.
        const bool ok = m_connection.begin(&failure)
                        && m_connection.exec(QLatin1String(deletePurgeMark),
                                             {table.display()},
                                             &failure,
                                             &removed)
                        && (removed == 0 || audit.purgeMark(table, true, false, &failure));
        if (m_connection.commitOrRollback(ok, &failure))
            return true;
        setError(error, failure);
        return false;
    }
    DbError failure;
    RuleAudit audit{m_connection, actor};
    int inserted = 0;
    bool ok = m_connection.begin(&failure) && ensureTables(&failure)
              && markAudited(m_connection, audit, table, &failure, &inserted);
    if (ok && inserted != 1) {
        failure = DbError::refused(tr("The mark could not be stored. Nothing was changed."));
        ok = false;
    }
    if (m_connection.commitOrRollback(ok, &failure))
        return true;
    setError(error, failure);
    return false;
}

QByteArray RuleStore::exportJson(DbError *error)
{
    DbError failure;
    const QList<AnonymizationRule> stored = rules(&failure);
    const QList<QualifiedName> purged = failure.isError() ? QList<QualifiedName>()
                                                          : purgeOnErasure(&failure);
    if (failure.isError()) {
        setError(error, failure);
        return {};
    }
    QJsonArray ruleArray;
    for (const AnonymizationRule &rule : stored) {
        QJsonObject object;
        object.insert(QStringLiteral("table"), rule.table.display());
        object.insert(QStringLiteral("column"), rule.column);
        object.insert(QStringLiteral("rule"), Rules::kindName(rule.kind));
        object.insert(QStringLiteral("parameter"), rule.parameter);
        ruleArray.append(object);
    }
    QJsonArray purgeArray;
    for (const QualifiedName &name : purged)
        purgeArray.append(name.display());
    QJsonObject root;
    root.insert(QStringLiteral("version"), jsonVersion);
    root.insert(QStringLiteral("rules"), ruleArray);
    root.insert(QStringLiteral("purge_on_erasure"), purgeArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool RuleStore::importJson(const QByteArray &json,
                           const QList<TableInfo> &tables,
                           const QString &actor,
                           DbError *error)
{
    const auto refuse = [error](const QString &why) {
        setError(error, DbError::refused(why + QLatin1Char(' ') + tr("Nothing was imported.")));
        return false;
    };
    if (actor.trimmed().isEmpty())
        return refuse(tr("Every change needs an actor: say who imports the rules."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return refuse(tr("The file is not valid JSON (%1 at offset %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != jsonVersion) {
        return refuse(tr("This is not a Salvage rules file of version %1.").arg(jsonVersion));
    }
    if (!root.value(QStringLiteral("rules")).isArray()
        || !root.value(QStringLiteral("purge_on_erasure")).isArray())
        return refuse(tr("The file lacks the \"rules\" or \"purge_on_erasure\" list."));

    QList<AnonymizationRule> rules;
    QSet<QPair<QualifiedName, QString>> seen;
    const QJsonArray ruleArray = root.value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < ruleArray.size(); ++i) {
        const QJsonObject object = ruleArray.at(i).toObject();
        const QString tableText = object.value(QStringLiteral("table")).toString();
        const QString kindText = object.value(QStringLiteral("rule")).toString();
        AnonymizationRule rule;
        rule.column = object.value(QStringLiteral("column")).toString();
        rule.parameter = object.value(QStringLiteral("parameter")).toString();
        const QString which
            = tr("Rule %1 (%2, column \"%3\")").arg(i + 1).arg(tableText, rule.column);
        QString nameError;
        const QualifiedName name = QualifiedName::parse(tableText, &nameError);
        if (!name.isValid())
            return refuse(tr("%1: %2").arg(which, nameError));
        if (!Rules::kindFromName(kindText, &rule.kind))
            return refuse(tr("%1: \"%2\" is not a rule Salvage knows.").arg(which, kindText));
        const TableInfo *table = findTable(tables, name);
        if (!table)
            return refuse(tr("%1: there is no table %2.").arg(which, name.display()));
        rule.table = table->name;
        const QString why = Rules::refusal(rule, *table);
        if (!why.isEmpty())
            return refuse(tr("%1: %2").arg(which, why));
        if (seen.contains({rule.table, rule.column}))
            return refuse(tr("%1: the column has a rule earlier in the file.").arg(which));
        seen.insert({rule.table, rule.column});
        rules << rule;
    }
    QList<QualifiedName> purged;
    const QJsonArray purgeArray = root.value(QStringLiteral("purge_on_erasure")).toArray();
    for (const auto &value : purgeArray) {
        QString nameError;
        const QualifiedName name = QualifiedName::parse(value.toString(), &nameError);
        const TableInfo *table = name.isValid() ? findTable(tables, name) : nullptr;
        if (!table) {
            return refuse(tr("The table %1 marked \"purge on erasure\" does not exist.")
                              .arg(value.toString()));
        }
        if (!purged.contains(table->name))
            purged << table->name;
    }

    DbError failure;
    RuleAudit audit{m_connection, actor};
    bool ok = m_connection.begin(&failure) && ensureTables(&failure);
    for (const AnonymizationRule &rule : std::as_const(rules))
        ok = ok && saveAudited(m_connection, audit, rule, &failure);
    for (const QualifiedName &name : std::as_const(purged))
        ok = ok && markAudited(m_connection, audit, name, &failure);
    if (m_connection.commitOrRollback(ok, &failure))
        return true;
    setError(error, failure);
    return false;
}

QByteArray RuleStore::salt(DbError *error)
{
    if (!ensureTables(error))
        return {};
    const auto read = [this, error](QByteArray *salt) {
        const Result<QList<QVariantList>> rows = m_connection.rows(
            QStringLiteral("SELECT salt FROM salvage_erasure_salt WHERE id = 1"));
        if (!rows.report(error))
            return false;
        *salt = rows->isEmpty() ? QByteArray()
                                : QByteArray::fromHex(rows->first().value(0).toString().toLatin1());
        return true;
    };
    QByteArray salt;
    if (!read(&salt))
        return {};
    if (salt.isEmpty()) {
        QList<quint32> words(saltBytes / sizeof(quint32));
        QRandomGenerator::system()->generate(words.begin(), words.end());
        const QByteArray fresh(reinterpret_cast<const char *>(words.constData()), saltBytes);
        // Two admins at once: the first salt wins and both read it back.
        if (!m_connection.exec(QStringLiteral("INSERT INTO salvage_erasure_salt (id, salt) "
                                              "VALUES (1, ?) ON CONFLICT (id) DO NOTHING"),
                               {QString::fromLatin1(fresh.toHex())},
                               error)
            || !read(&salt))
            return {};
    }
    if (salt.size() != saltBytes) {
        setError(error,
                 DbError::refused(tr("The erasure salt in salvage_erasure_salt is damaged "
                                     "(%1 bytes instead of %2). Ask the database owner to "
                                     "check it; nothing was changed.")
                                      .arg(salt.size())
                                      .arg(saltBytes)));
        return {};
    }
    return salt;
}

} // namespace Salvage
