#include "commands.h"

#include "db/connectionurl.h"
#include "db/sqldialect.h"
#include "models/rowquery.h"
#include "output.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace Salvage::Cli {

int Commands::list(Session &session)
{
    const Options &options = session.options();
    TableInfo table;
    if (const int code = session.findTable(options.table, &table); code != ExitOk)
        return code;

    Scope scope = options.scope;
    if (!table.convention.isSoftDeletable()) {
        if (scope == Scope::Trash) {
            printError(tr("%1 has no trash: %2").arg(table.name.display(), table.readOnlyReason()));
            return ExitFailed;
        }
        scope = Scope::All; // every row of such a table is active
    }
    // The core's page query (scope, search, keyset order); one row more than asked for
    // tells whether rows were left out.
    RowQuery builder(table, session.backend());
    builder.setScope(scope);
    builder.setSearch(options.search);
    builder.setLimit(options.limit + 1);
    const RowQuery::Statement rows = builder.page({});
    QSqlQuery query(session.connection().database());
    query.setForwardOnly(true);
    bool ok = query.prepare(rows.sql);
    for (const QVariant &value : rows.values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok) {
        Session::reportError(tr("cannot read the rows of %1").arg(table.name.display()),
                             DbError::fromSql(query.lastError(), session.backend()));
        return ExitFailed;
    }

    QList<QVariantList> result;
    bool more = false;
    while (query.next()) {
        if (result.size() == options.limit) {
            more = true;
            break;
        }
        QVariantList row;
        for (int c = 0; c < table.columns.size(); ++c)
            row.append(query.value(c));
        result.append(row);
    }
    if (query.lastError().isValid()) {
        Session::reportError(tr("cannot read the rows of %1").arg(table.name.display()),
                             DbError::fromSql(query.lastError(), session.backend()));
        return ExitFailed;
    }

    if (options.json) {
        QJsonArray array;
        for (const QVariantList &row : result) {
            QJsonObject object;
            for (int c = 0; c < table.columns.size(); ++c) {
                const ColumnInfo &column = table.columns.at(c);
                object.insert(column.name, jsonValue(row.at(c), column));
            }
            array.append(object);
        }
        printJson(array);
    } else {
        QStringList headers;
        for (const ColumnInfo &column : table.columns)
            headers.append(column.name);
        TextTable text(headers);
        for (int c = 0; c < table.columns.size(); ++c) {
            const ColumnInfo::Kind kind = table.columns.at(c).kind;
            text.setRightAligned(c,
                                 kind == ColumnInfo::Kind::Integer
                                     || kind == ColumnInfo::Kind::Real);
        }
        for (const QVariantList &row : result) {
            QStringList cells;
            for (int c = 0; c < table.columns.size(); ++c)
                cells.append(displayValue(row.at(c), table.columns.at(c)));
            text.addRow(cells);
        }
        printOut(text.toString());
    }
    if (more) {
        printError(
            tr("showing the first %n row(s); more match (raise --limit)", nullptr, options.limit));
    }
    return ExitOk;
}

} // namespace Salvage::Cli
