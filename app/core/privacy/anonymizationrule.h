#pragma once

#include "db/identifier.h"
#include "schema/tableinfo.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace Salvage {

// How one personal column is made anonymous. Hash is pseudonymisation (GDPR Art. 4(5)), not
// anonymisation: the same input always gives the same output, so it stays linkable.
enum class RuleKind { Keep, Null, Fixed, Email, Redact, GeneralizeDate, Random, Hash };

struct AnonymizationRule
{
    QualifiedName table;
    QString column;
    RuleKind kind = RuleKind::Keep;
    QString parameter; // Fixed: the placeholder; Hash: nothing (the salt is per database)

    bool operator==(const AnonymizationRule &o) const
    {
        return table == o.table && column == o.column && kind == o.kind && parameter == o.parameter;
    }
};

namespace Rules {
// Q_DECLARE_TR_FUNCTIONS cannot stand in a namespace (it opens with "public:"); this is the
// same tr(), with the context lupdate records for calls inside namespace Rules.
inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Salvage::Rules", sourceText, disambiguation, n);
}

QString kindName(RuleKind kind); // "keep", "null", "fixed", "email", ...
bool kindFromName(const QString &name, RuleKind *kind);
QString kindTitle(RuleKind kind);       // translated, for the rules editor
bool isPseudonymisation(RuleKind kind); // Hash

// The new value of `column` for one row. `rowSeed` is unique per row (the table and row key
// identity), so Email gives distinct addresses to distinct rows; `salt` is the database's
// erasure salt (Email, Hash). A NULL input (QVariant::isNull(), as QSqlQuery returns it)
// stays NULL for every kind except Fixed. Lengths are counted in code points, as the
// databases count characters.
// - Fixed: the placeholder as the column's type (integer, real, boolean; dates as the ISO
//   text given).
// - Email: "erased-<16 hex>@erased.invalid", the hex from HMAC-SHA256(salt, rowSeed and the
//   column name): the same row always gets the same address.
// - Redact: keeps the first character of each word, spaces and punctuation ("J*** D**");
//   phone-like values (only digits, + - ( ) . , / and spaces, at least 5 digits) keep a
//   leading +country code and the last two digits ("+49 *** ****12").
// - GeneralizeDate: the year only. A QDate becomes January 1st; a QDateTime the text
//   "YYYY-01-01 00:00:00" without zone, which the database reads in its session time zone
//   (QPSQL would send a UTC instant and shift the year); its year is the wall clock's for a
//   naive timestamp and UTC's for a timestamp with time zone, so within hours of New Year it
//   can differ from the year in a session zone other than UTC. SQLite's ISO text keeps its
//   format with the rest zeroed; Unix seconds stay seconds; other text keeps "YYYY"; no year
//   found: NULL, or '' when NOT NULL.
// - Random: random ASCII digits, upper- and lower-case letters in the places of digits and
//   letters, everything else kept (an integer column: as many digits, no leading zero, the
//   same sign), from QRandomGenerator::system().
// - Hash: hex of HMAC-SHA256(salt, value), cut to the column's length.
// A kind the column cannot take (see refusal()) gives NULL, never the old value.
QVariant apply(const AnonymizationRule &rule,
               const ColumnInfo &column,
               const QVariant &value,
               const QString &rowSeed,
               const QByteArray &salt);

// Why `rule` cannot be stored for `table` (translated, naming the column, the table and the
// constraint), or an empty string. Refused: a rule for another table; an unknown column;
// anything but Keep on a primary-key column, the soft-delete marker or a column other
// tables' foreign keys refer to; anything but Keep or Null on a foreign-key column; Null on a
// NOT NULL column; a Fixed placeholder the column's type or length cannot hold; Email, Redact
// or Hash on a non-text column (uuid counts as non-text), Random on anything but text or
// integer, GeneralizeDate on anything but date, timestamp or text; Email or Hash where the
// declared length is too short (38, 16); Fixed, Redact, GeneralizeDate or Random on a column
// of a UNIQUE constraint or unique index (TableInfo::uniqueKeys), where two rows could end up
// alike. Email, Hash and Null keep unique keys intact (PostgreSQL's NULLS NOT DISTINCT aside).
QString refusal(const AnonymizationRule &rule, const TableInfo &table);

} // namespace Rules
} // namespace Salvage
