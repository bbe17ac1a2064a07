#pragma once

#include "anonymizationrule.h"

#include <QCoreApplication>
#include <QList>

namespace Salvage {

// Proposes rules from column names (split into words: first_name, firstName) and types:
// email/mail -> Email; name, first/last/full name -> Redact; phone, mobile -> Redact;
// address, street, city, zip/postcode -> Null (Fixed placeholder when NOT NULL); ip -> Null;
// birth/dob -> GeneralizeDate; iban, card, ssn -> Random; notes, bio, comment text -> Null;
// avatar/photo -> Null. Every suggestion passes Rules::refusal: when the first choice would
// break NOT NULL or UNIQUE, the next that holds is taken (Null, a placeholder, Hash), or
// none. Columns of the key, the soft-delete convention and foreign keys, *_id columns and
// booleans are never proposed; dates and timestamps only for birth dates.
namespace RuleSuggester {
// Q_DECLARE_TR_FUNCTIONS cannot stand in a namespace; the same tr() for namespace RuleSuggester.
inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Salvage::RuleSuggester", sourceText, disambiguation, n);
}

struct Suggestion
{
    AnonymizationRule rule;
    QString why; // translated: "name contains \"email\""
};

QList<Suggestion> suggest(const TableInfo &table);
// Whether the table holds transient data (sessions, tokens, login attempts) that is best
// purged on erasure.
bool looksTransient(const TableInfo &table);

} // namespace RuleSuggester
} // namespace Salvage
