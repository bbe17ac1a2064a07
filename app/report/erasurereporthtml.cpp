#include "erasurereporthtml.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QUuid>

namespace Salvage {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString count(const QJsonValue &value)
{
    return QString::number(value.toInteger());
}

QString cell(const QString &html, const char *cssClass = nullptr)
{
    return cssClass ? QStringLiteral("<td class=\"%1\">%2</td>").arg(QLatin1String(cssClass), html)
                    : QStringLiteral("<td>%1</td>").arg(html);
}

// The heading of a table (repeated on every page it spans); `widths` in percent, 0 = as
// wide as the content.
QString headerRow(const QStringList &labels, const QList<bool> &numeric, const QList<int> &widths)
{
    QString row = QStringLiteral("<thead><tr>");
    for (int i = 0; i < labels.size(); ++i) {
        row += QStringLiteral("<th class=\"%1\"")
                   .arg(numeric.value(i) ? QLatin1String("n") : QLatin1String("t"));
        if (widths.value(i) > 0)
            row += QStringLiteral(" width=\"%1%\"").arg(widths.value(i));
        row += QLatin1Char('>');
        row += esc(labels.at(i)) + QStringLiteral("</th>");
    }
    return row + QStringLiteral("</tr></thead>");
}

QString table(const QString &rows, const char *cssClass = "grid")
{
    return QStringLiteral("<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                          "border=\"1\">%2</table>")
        .arg(QLatin1String(cssClass), rows);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(text));
}

QString subheading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

QString paragraph(const QString &text, const char *cssClass = nullptr)
{
    return cssClass
               ? QStringLiteral("<p class=\"%1\">%2</p>").arg(QLatin1String(cssClass), esc(text))
               : QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue value : array.toArray())
        list << value.toString();
    return list;
}

QString dash()
{
    return QStringLiteral("\u2013");
}

// Reports written before "complete" existed searched everything they listed.
bool verificationComplete(const QJsonObject &report)
{
    return report.value(QLatin1String("verification"))
        .toObject()
        .value(QLatin1String("complete"))
        .toBool(true);
}

QString outcomeText(const QString &outcome, bool complete)
{
    if (outcome == QLatin1String("committed") && !complete)
        return ErasureReportHtml::tr(
            "Carried out: the changes below were made and committed, but not fully verified");
    if (outcome == QLatin1String("committed"))
        return ErasureReportHtml::tr(
            "Carried out: the changes below were made, verified and committed");
    if (outcome == QLatin1String("dry run"))
        return ErasureReportHtml::tr("Dry run: nothing was changed");
    if (outcome == QLatin1String("not applied"))
        return ErasureReportHtml::tr("Not applied: nothing was changed");
    return outcome;
}

QString databaseText(const QJsonObject &database)
{
    const QString backend = database.value(QLatin1String("backend")).toString();
    const QString name = database.value(QLatin1String("name")).toString();
    if (backend == QLatin1String("postgresql")) {
        QString server = database.value(QLatin1String("host")).toString();
        if (server.isEmpty())
            server = ErasureReportHtml::tr("the local server");
        const int port = database.value(QLatin1String("port")).toInt();
        if (port > 0)
            server += QLatin1Char(':') + QString::number(port);
        return ErasureReportHtml::tr("PostgreSQL database %1 on %2").arg(name, server);
    }
    if (backend == QLatin1String("sqlite"))
        return ErasureReportHtml::tr("SQLite file %1").arg(name);
    return ErasureReportHtml::tr("not recorded in this report");
}

QString finishedText(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return ErasureReportHtml::tr("not finished");
    return time.toUTC().toString(Qt::ISODate) + QStringLiteral(" (UTC)");
}

// A held row's key as the report may show it: numbers and UUIDs; a text key may be the
// subject's email and is left out.
QString heldKeyText(const QJsonValue &key)
{
    QStringList parts;
    for (const QJsonValue part : key.toArray()) {
        if (part.isDouble())
            parts << QString::number(part.toDouble(), 'g', 17);
        else if (part.isString() && !QUuid::fromString(part.toString()).isNull())
            parts << part.toString();
        else
            return ErasureReportHtml::tr("(text key, not shown)");
    }
    return parts.join(QStringLiteral(", "));
}

QString facts(const QJsonObject &report)
{
    const auto row = [](const QString &label, const QString &html) {
        return QStringLiteral("<tr><td class=\"label\" width=\"27%\">%1</td><td>%2</td></tr>")
            .arg(esc(label), html);
    };
    QString rows;
    rows += row(ErasureReportHtml::tr("Ticket"),
                QStringLiteral("<b>%1</b>")
                    .arg(esc(report.value(QLatin1String("ticket")).toString())));
    rows += row(ErasureReportHtml::tr("Outcome"),
                esc(outcomeText(report.value(QLatin1String("outcome")).toString(),
                                verificationComplete(report))));
    rows += row(
        ErasureReportHtml::tr("Data subject (salted hash)"),
        QStringLiteral("<span class=\"hash\">%1</span><br/><span class=\"note\">%2</span>")
            .arg(esc(report.value(QLatin1String("subject_hash")).toString()),
                 esc(ErasureReportHtml::tr("%1. The subject's value itself is not in this report.")
                         .arg(report.value(QLatin1String("subject_hash_method")).toString()))));
    rows += row(ErasureReportHtml::tr("Carried out by"),
                esc(report.value(QLatin1String("actor")).toString()));
    rows += row(ErasureReportHtml::tr("Finished"),
                esc(finishedText(report.value(QLatin1String("finished_at")).toString())));
    const QString operation = report.value(QLatin1String("operation_id")).toString();
    rows += row(ErasureReportHtml::tr("Operation (audit log)"),
                operation.isEmpty() ? dash() : esc(operation));
    rows += row(ErasureReportHtml::tr("Database"),
                esc(databaseText(report.value(QLatin1String("database")).toObject())));
    for (const char *key : {"error", "refusal"}) {
        const QString text = report.value(QLatin1String(key)).toString();
        if (!text.isEmpty()) {
            const QString label = qstrcmp(key, "error") == 0 ? ErasureReportHtml::tr("Error")
                                                             : ErasureReportHtml::tr("Refused");
            rows += row(label, QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(text)));
        }
    }
    return table(rows, "facts");
}

QString tablesSection(const QJsonArray &tables)
{
    QString html = heading(ErasureReportHtml::tr("Rows per table"));
    if (tables.isEmpty())
        return html + paragraph(ErasureReportHtml::tr("No row of the data subject was found."));
    QString rows = headerRow({ErasureReportHtml::tr("Table"),
                              ErasureReportHtml::tr("Anonymized"),
                              ErasureReportHtml::tr("Purged"),
                              ErasureReportHtml::tr("Held"),
                              ErasureReportHtml::tr("Unchanged"),
                              ErasureReportHtml::tr("Columns anonymized")},
                             {false, true, true, true, true, false},
                             {24, 0, 0, 0, 0, 0});
    qint64 totals[4] = {0, 0, 0, 0};
    const char *keys[4] = {"rows_anonymized", "rows_purged", "rows_held", "rows_unchanged"};
    for (const QJsonValue value : tables) {
        const QJsonObject t = value.toObject();
        rows += QStringLiteral("<tr>") + cell(esc(t.value(QLatin1String("table")).toString()));
        for (int i = 0; i < 4; ++i) {
            rows += cell(count(t.value(QLatin1String(keys[i]))), "n");
            totals[i] += t.value(QLatin1String(keys[i])).toInteger();
        }
        const QStringList columns = strings(t.value(QLatin1String("columns")));
        rows += cell(columns.isEmpty() ? dash() : esc(columns.join(QStringLiteral(", "))));
        rows += QStringLiteral("</tr>");
    }
    rows += QStringLiteral("<tr class=\"total\">") + cell(esc(ErasureReportHtml::tr("Total")));
    for (const qint64 total : totals)
        rows += cell(QString::number(total), "n");
    rows += cell(QString()) + QStringLiteral("</tr>");
    return html + table(rows)
           + paragraph(ErasureReportHtml::tr(
                           "Anonymized rows stay in the database with their personal "
                           "columns overwritten by rule; purged rows were deleted. Held "
                           "rows are on legal hold and were not changed. Unchanged rows "
                           "refer to the subject but hold no personal column with a rule."),
                       "note");
}

QString suggestedSection(const QJsonArray &suggested)
{
    QString html = heading(ErasureReportHtml::tr("Rules that were only suggested"));
    if (suggested.isEmpty())
        return html
               + paragraph(ErasureReportHtml::tr("None: every column changed had a stored rule."));
    return html
           + paragraph(ErasureReportHtml::tr(
               "No rule was stored for these columns; Salvage used the rule it "
               "suggests from the column's name and type:"))
           + bulletList(strings(suggested));
}

QString heldSection(const QJsonArray &tables)
{
    QString rows;
    for (const QJsonValue value : tables) {
        const QJsonObject t = value.toObject();
        for (const QJsonValue held : t.value(QLatin1String("held_rows")).toArray()) {
            const QJsonObject h = held.toObject();
            rows += QStringLiteral("<tr>") + cell(esc(t.value(QLatin1String("table")).toString()))
                    + cell(esc(heldKeyText(h.value(QLatin1String("key")))))
                    + cell(esc(h.value(QLatin1String("reason")).toString()))
                    + QStringLiteral("</tr>");
        }
    }
    QString html = heading(ErasureReportHtml::tr("Rows on legal hold"));
    if (rows.isEmpty())
        return html + paragraph(ErasureReportHtml::tr("None."));
    return html
           + paragraph(
               ErasureReportHtml::tr("These rows were kept unchanged, with their personal values, "
                                     "because of a legal hold:"))
           + table(headerRow({ErasureReportHtml::tr("Table"),
                              ErasureReportHtml::tr("Row key"),
                              ErasureReportHtml::tr("Reason")},
                             {},
                             {26, 20, 54})
                   + rows);
}

QString verificationStatus(const QJsonObject &report, const QJsonObject &verification)
{
    const int values = verification.value(QLatin1String("values_searched")).toInt();
    const QStringList remaining = strings(verification.value(QLatin1String("remaining_at")));
    if (verification.value(QLatin1String("clean")).toBool()) {
        const QString clean
            = ErasureReportHtml::tr("Clean: none of the %n value(s) searched for was found.",
                                    "",
                                    values);
        return QStringLiteral("<p class=\"good\">%1</p>").arg(esc(clean));
    }
    if (!verificationComplete(report) && remaining.isEmpty()) {
        QStringList places;
        for (const QJsonValue value : verification.value(QLatin1String("unsearched")).toArray()) {
            const QJsonObject u = value.toObject();
            const QString column = u.value(QLatin1String("column")).toString();
            QString place = u.value(QLatin1String("table")).toString();
            if (!column.isEmpty())
                place += QLatin1Char('.') + column;
            places << ErasureReportHtml::tr("%1 (%2)").arg(place,
                                                           u.value(QLatin1String("why")).toString());
        }
        return paragraph(ErasureReportHtml::tr("Not verified: these columns could not be "
                                               "searched: %1. None of the %n value(s) was found "
                                               "in the columns that were searched.",
                                               "",
                                               values)
                             .arg(places.join(QStringLiteral(", "))),
                         "bad");
    }
    if (!remaining.isEmpty()) {
        return QStringLiteral("<p class=\"bad\">%1</p>")
            .arg(esc(ErasureReportHtml::tr(
                         "Not clean: a value was still found in %1; everything was rolled "
                         "back.")
                         .arg(remaining.join(QStringLiteral(", ")))));
    }
    if (report.value(QLatin1String("outcome")).toString() != QLatin1String("committed"))
        return paragraph(ErasureReportHtml::tr("Not verified: the erasure was not carried out."),
                         "bad");
    return paragraph(ErasureReportHtml::tr("Not clean: the verification found a value."), "bad");
}

// One verification query: it searched the text columns of one table.
struct QueryRow
{
    QString table;
    QStringList columns;
    qint64 values = 0;
    qint64 hits = 0;
};

QString verificationSection(const QJsonObject &report)
{
    const QJsonObject verification = report.value(QLatin1String("verification")).toObject();
    QString html = heading(ErasureReportHtml::tr("Verification"));
    html += verificationStatus(report, verification);
    html += paragraph(verification.value(QLatin1String("method")).toString(), "note");
    QStringList redacted;
    for (const QJsonValue value : report.value(QLatin1String("redacted")).toArray()) {
        const QJsonObject place = value.toObject();
        redacted << place.value(QLatin1String("table")).toString() + QLatin1Char('.')
                        + place.value(QLatin1String("column")).toString() + QLatin1Char(' ')
                        + QString::fromUtf8(
                            QJsonDocument(place.value(QLatin1String("key")).toObject())
                                .toJson(QJsonDocument::Compact));
    }
    if (!redacted.isEmpty()) {
        html += paragraph(ErasureReportHtml::tr("Mentions of the subject in rows outside the "
                                                "plan were replaced with [redacted]: %1.")
                              .arg(redacted.join(QStringLiteral(", "))));
    }
    QMap<int, QueryRow> queries; // by statement, in the order they ran
    for (const QJsonValue value : verification.value(QLatin1String("columns")).toArray()) {
        const QJsonObject c = value.toObject();
        QueryRow &query = queries[c.value(QLatin1String("statement")).toInt()];
        query.table = c.value(QLatin1String("table")).toString();
        const QString column = c.value(QLatin1String("column")).toString();
        const qint64 hits = c.value(QLatin1String("hits")).toInteger();
        if (hits == 0)
            query.columns << column;
        else
            query.columns << ErasureReportHtml::tr("%1 (%2 found)").arg(column).arg(hits);
        query.values = qMax(query.values, c.value(QLatin1String("values_searched")).toInteger());
        query.hits += hits;
    }
    if (queries.isEmpty())
        return html + paragraph(ErasureReportHtml::tr("No query was run."));
    QString rows = headerRow({ErasureReportHtml::tr("Query"),
                              ErasureReportHtml::tr("Table"),
                              ErasureReportHtml::tr("Columns searched"),
                              ErasureReportHtml::tr("Values searched"),
                              ErasureReportHtml::tr("Found (0 = clean)")},
                             {false, false, false, true, true},
                             {8, 34, 34, 11, 13});
    for (auto it = queries.cbegin(); it != queries.cend(); ++it) {
        rows += QStringLiteral("<tr>") + cell(QStringLiteral("Q%1").arg(it.key() + 1))
                + cell(esc(it->table)) + cell(esc(it->columns.join(QStringLiteral(", "))))
                + cell(QString::number(it->values), "n")
                + cell(QString::number(it->hits), it->hits == 0 ? "n" : "n bad")
                + QStringLiteral("</tr>");
    }
    return html + table(rows, "grid small")
           + paragraph(ErasureReportHtml::tr("The statements of the queries are listed at the "
                                             "end of this report."),
                       "note");
}

QString queriesAppendix(const QJsonObject &report)
{
    const QJsonArray statements = report.value(QLatin1String("verification"))
                                      .toObject()
                                      .value(QLatin1String("statements"))
                                      .toArray();
    if (statements.isEmpty())
        return QString();
    QString html = QStringLiteral("<h2 class=\"appendix\">%1</h2>")
                       .arg(esc(ErasureReportHtml::tr("Appendix: the verification queries")));
    html += paragraph(ErasureReportHtml::tr("As run, inside the erasure's transaction. Each ? is "
                                            "one value searched for, bound separately and never "
                                            "written into the statement."),
                      "note");
    for (int i = 0; i < statements.size(); ++i) {
        html += QStringLiteral("<p class=\"sql\"><b>Q%1</b>&nbsp; %2</p>")
                    .arg(i + 1)
                    .arg(esc(statements.at(i).toString()));
    }
    return html;
}

QString oldCopiesSection(const QJsonObject &report)
{
    QString html = heading(ErasureReportHtml::tr("Old copies of the values"));
    const QString scrubbing = report.value(QLatin1String("scrubbing")).toString();
    html += subheading(ErasureReportHtml::tr("Done after commit"));
    html += paragraph(scrubbing.isEmpty() ? ErasureReportHtml::tr("Nothing.") : scrubbing);
    html += subheading(ErasureReportHtml::tr("Still holding old copies"));
    const QStringList stillHolds = strings(report.value(QLatin1String("still_holds")));
    if (stillHolds.isEmpty())
        return html + paragraph(ErasureReportHtml::tr("Salvage knows of none; see below."));
    return html + bulletList(stillHolds);
}

QString limitsSection(const QJsonObject &report)
{
    const int values = report.value(QLatin1String("verification"))
                           .toObject()
                           .value(QLatin1String("values_searched"))
                           .toInt();
    const QString operation = report.value(QLatin1String("operation_id")).toString();
    QStringList items;
    items << ErasureReportHtml::tr(
        "That no copy exists outside this database: backups, replicas, exports, "
        "caches, log files and other systems were not searched, nor the places "
        "listed above.");
    items << ErasureReportHtml::tr(
        "That the subject's data is gone in every form: the verification searched "
        "for the %n value(s) taken from the subject's rows. A value written "
        "differently (another spelling, an abbreviation, an encoded or hashed "
        "form) or kept in a column that does not hold text is not found.",
        "",
        values);
    items << ErasureReportHtml::tr(
        "That rows on legal hold are erased: they keep their values until the hold "
        "ends and must be erased then.");
    items << ErasureReportHtml::tr(
        "Who the subject is: the subject is named only by a salted hash, which "
        "someone who knows the value and the database's erasure salt can check "
        "but nobody can reverse.");
    items << (operation.isEmpty()
                  ? ErasureReportHtml::tr("That this report is unaltered: it is not signed.")
                  : ErasureReportHtml::tr(
                        "That this report is unaltered: it is not signed. Compare it with "
                        "the audit log of the database (operation %1).")
                        .arg(operation));
    return heading(ErasureReportHtml::tr("What this report does not prove")) + bulletList(items);
}

const char styleSheet[] = R"css(
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-bottom: 4pt; }
h3 { font-size: 10pt; margin-bottom: 2pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
li { margin-bottom: 2pt; }
table.grid, table.facts { border-collapse: collapse; border-color: #9a9a9a; border-style: solid; }
th { background-color: #e6e6e6; font-weight: bold; text-align: left; }
th.n, td.n { text-align: right; }
table.small { font-size: 8pt; }
td.label { font-weight: bold; background-color: #f2f2f2; }
tr.total td { font-weight: bold; }
h2.appendix { page-break-before: always; }
.note { color: #444444; font-size: 8pt; }
.hash { font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: 8pt; }
.sql { font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: 7pt;
    margin-bottom: 6pt; }
.good { color: #1a6b1a; font-weight: bold; }
.bad { color: #b00000; font-weight: bold; }
)css";

} // namespace

bool ErasureReportHtml::parse(const QByteArray &json, QJsonObject *report, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("This is not an erasure report: it is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("report")).toString() != QLatin1String("salvage-erasure")) {
        return fail(tr("This JSON is not a Salvage erasure report (its \"report\" field is not "
                       "\"salvage-erasure\")."));
    }
    const QJsonValue version = object.value(QLatin1String("version"));
    if (version.toInt() != 1) {
        const QString shown = version.isUndefined() ? tr("none") : version.toVariant().toString();
        return fail(
            tr("This erasure report has version %1; Salvage reads version 1 only.").arg(shown));
    }
    const struct
    {
        const char *key;
        bool ok;
    } required[] = {
        {"ticket", !object.value(QLatin1String("ticket")).toString().isEmpty()},
        {"subject_hash", object.value(QLatin1String("subject_hash")).isString()},
        {"outcome", object.value(QLatin1String("outcome")).isString()},
        {"tables", object.value(QLatin1String("tables")).isArray()},
        {"verification", object.value(QLatin1String("verification")).isObject()},
    };
    for (const auto &field : required) {
        if (!field.ok) {
            return fail(tr("The erasure report is incomplete: \"%1\" is missing.")
                            .arg(QLatin1String(field.key)));
        }
    }
    *report = object;
    return true;
}

QString ErasureReportHtml::title(const QJsonObject &report)
{
    return tr("Erasure report %1").arg(report.value(QLatin1String("ticket")).toString());
}

QString ErasureReportHtml::footer(const QJsonObject &report, int page, int pageCount)
{
    return tr("%1 \u00b7 page %2 of %3").arg(title(report)).arg(page).arg(pageCount);
}

QString ErasureReportHtml::html(const QJsonObject &report)
{
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>")
                       .arg(QLatin1String(styleSheet));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Erasure report")));
    html += paragraph(tr("Erasure of a data subject's personal data (GDPR Art. 17), carried out "
                         "with Salvage."),
                      "note");
    html += facts(report);
    const QJsonArray tables = report.value(QLatin1String("tables")).toArray();
    html += tablesSection(tables);
    html += suggestedSection(report.value(QLatin1String("suggested_rules")).toArray());
    html += heldSection(tables);
    html += verificationSection(report);
    html += oldCopiesSection(report);
    html += limitsSection(report);
    html += queriesAppendix(report);
    return html + QStringLiteral("</body></html>");
}

} // namespace Salvage
