#include "commands.h"

#include "db/connectionurl.h"
#include "db/sqldialect.h"
#include "models/rowquery.h"
#include "output.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonObject>

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
    QList<QVariantList> result;
    bool more = false;
    const auto take = [&](QVariantList &&row) {
        if (result.size() == options.limit) {
            more = true;
            return false;
        }
        result.append(std::move(row));
        return true;
    };
    const Result<Done> read
        = session.connection().forEachRow(rows.sql, rows.values, take, int(table.columns.size()));
    if (!read) {
        Session::reportError(tr("cannot read the rows of %1").arg(table.name.display()),
                             read.error());
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
