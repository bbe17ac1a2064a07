#include "rulesuggester.h"

#include <QSet>

namespace Salvage {
namespace RuleSuggester {

namespace {

enum class Category { None, Email, Ip, Birth, Phone, Identifier, Name, Address, Notes, Photo };

// first_name, firstName, FIRST-NAME and IPAddress all give lower-case words; letters and
// digits stay together (address1, ipv4).
QStringList wordsOf(const QString &name)
{
    QStringList words;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            words << current.toLower();
        current.clear();
    };
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty() && c.isUpper()) {
            const QChar previous = current.back();
            const bool nextIsLower = i + 1 < name.size() && name.at(i + 1).isLower();
            if (previous.isLower() || previous.isDigit() || (previous.isUpper() && nextIsLower))
                flush();
        }
        current += c;
    }
    flush();
    return words;
}

bool hasAny(const QStringList &words, std::initializer_list<const char *> wanted)
{
    for (const char *w : wanted) {
        if (words.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

bool containsAny(const QString &joined, std::initializer_list<const char *> wanted)
{
    for (const char *w : wanted) {
        if (joined.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

bool isOneOf(const QString &text, std::initializer_list<const char *> wanted)
{
    for (const char *w : wanted) {
        if (text == QLatin1String(w))
            return true;
    }
    return false;
}

bool isPersonName(const QStringList &words, const QString &joined)
{
    if (isOneOf(joined,
                {"name",
                 "firstname",
                 "lastname",
                 "fullname",
                 "surname",
                 "forename",
                 "forenames",
                 "givenname",
                 "givennames",
                 "familyname",
                 "middlename",
                 "maidenname",
                 "displayname",
                 "nickname",
                 "username",
                 "realname",
                 "legalname",
                 "fname",
                 "lname"}))
        return true;
    if (hasAny(words, {"surname", "forename", "firstname", "lastname", "fullname"}))
        return true;
    if (words.size() < 2)
        return false;
    const QString &last = words.last();
    const QString &before = words.at(words.size() - 2);
    if (last == QLatin1String("name")) {
        return isOneOf(before,
                       {"first",     "last",     "full",    "given",      "family",  "middle",
                        "maiden",    "display",  "nick",    "user",       "real",    "legal",
                        "contact",   "customer", "holder",  "cardholder", "billing", "shipping",
                        "recipient", "person",   "owner",   "parent",     "spouse",  "emergency",
                        "sur",       "fore",     "patient", "member",     "employee"});
    }
    return words.first() == QLatin1String("name")
           && isOneOf(words.at(1), {"first", "last", "full", "given", "family", "middle"});
}

Category categoryOf(const QString &columnName)
{
    const QStringList words = wordsOf(columnName);
    if (words.isEmpty())
        return Category::None;
    // References and bookkeeping about personal data are not personal data themselves.
    if (isOneOf(words.last(),
                {"id",
                 "ids",
                 "uuid",
                 "guid",
                 "count",
                 "type",
                 "kind",
                 "brand",
                 "status",
                 "enabled",
                 "verified",
                 "flag",
                 "format",
                 "at",
                 "on"}))
        return Category::None;
    const QString joined = words.join(QString());
    if (containsAny(joined, {"email"}) || hasAny(words, {"mail", "mailaddress"}))
        return Category::Email;
    if (hasAny(words, {"ip", "ipaddr", "ipaddress", "ipv4", "ipv6"})
        || joined.endsWith(QLatin1String("remoteaddr")))
        return Category::Ip;
    if (containsAny(joined, {"birth"}) || hasAny(words, {"dob", "bday", "born"}))
        return Category::Birth;
    if (containsAny(joined, {"phone"})
        || hasAny(words, {"mobile", "tel", "fax", "cell", "msisdn", "mobil"}))
        return Category::Phone;
    if (containsAny(joined,
                    {"iban",
                     "creditcard",
                     "cardnumber",
                     "socialsecurity",
                     "passport",
                     "nationalid",
                     "taxid",
                     "taxnumber",
                     "accountnumber"})
        || hasAny(words, {"card", "cardno", "ccnumber", "ssn", "pan"}))
        return Category::Identifier;
    if (isPersonName(words, joined))
        return Category::Name;
    if (containsAny(joined, {"address", "street", "postcode", "zipcode", "postalcode"})
        || hasAny(words, {"addr", "city", "town", "zip", "postal", "housenumber", "houseno"}))
        return Category::Address;
    if (hasAny(words,
               {"note",
                "notes",
                "bio",
                "biography",
                "comment",
                "comments",
                "remark",
                "remarks",
                "about",
                "aboutme"}))
        return Category::Notes;
    if (containsAny(joined, {"avatar", "photo", "portrait"})
        || hasAny(words, {"picture", "pic", "image", "headshot", "selfie"}))
        return Category::Photo;
    return Category::None;
}

bool isFreeText(const ColumnInfo &column)
{
    return column.kind == ColumnInfo::Kind::Text
           && column.type.compare(QLatin1String("uuid"), Qt::CaseInsensitive) != 0
           && !column.type.trimmed().endsWith(QLatin1String("]"));
}

bool typeFits(Category category, const ColumnInfo &column)
{
    switch (category) {
    case Category::Birth:
        return isFreeText(column) || column.kind == ColumnInfo::Kind::Date
               || column.kind == ColumnInfo::Kind::Timestamp;
    case Category::Ip:
    case Category::Photo:
        return isFreeText(column) || column.kind == ColumnInfo::Kind::Other;
    case Category::Identifier:
        return isFreeText(column) || column.kind == ColumnInfo::Kind::Integer;
    case Category::Email:
    case Category::Phone:
    case Category::Name:
    case Category::Address:
    case Category::Notes:
        return isFreeText(column);
    case Category::None:
        break;
    }
    return false;
}

QString describe(Category category, const QString &column)
{
    switch (category) {
    case Category::Email:
        return tr("\"%1\" looks like an email address").arg(column);
    case Category::Ip:
        return tr("\"%1\" looks like an IP address").arg(column);
    case Category::Birth:
        return tr("\"%1\" looks like a date of birth").arg(column);
    case Category::Phone:
        return tr("\"%1\" looks like a phone number").arg(column);
    case Category::Identifier:
        return tr("\"%1\" looks like a bank, card or identity number").arg(column);
    case Category::Name:
        return tr("\"%1\" looks like a person's name").arg(column);
    case Category::Address:
        return tr("\"%1\" looks like part of a postal address").arg(column);
    case Category::Notes:
        return tr("\"%1\" looks like free text about a person").arg(column);
    case Category::Photo:
        return tr("\"%1\" looks like a photo or avatar").arg(column);
    case Category::None:
        break;
    }
    return QString();
}

// In order of preference; the first that the column's constraints allow is proposed.
QList<AnonymizationRule> candidates(Category category)
{
    const auto rule = [](RuleKind kind, const QString &parameter = QString()) {
        AnonymizationRule r;
        r.kind = kind;
        r.parameter = parameter;
        return r;
    };
    const QString placeholder = QStringLiteral("erased");
    switch (category) {
    case Category::Email:
        return {rule(RuleKind::Email), rule(RuleKind::Null), rule(RuleKind::Hash)};
    case Category::Ip:
        return {rule(RuleKind::Null),
                rule(RuleKind::Fixed, QStringLiteral("0.0.0.0")),
                rule(RuleKind::Hash)};
    case Category::Birth:
        return {rule(RuleKind::GeneralizeDate), rule(RuleKind::Null)};
    case Category::Phone:
    case Category::Name:
        return {rule(RuleKind::Redact), rule(RuleKind::Null), rule(RuleKind::Hash)};
    case Category::Identifier:
        return {rule(RuleKind::Random), rule(RuleKind::Null), rule(RuleKind::Hash)};
    case Category::Address:
        return {rule(RuleKind::Null),
                rule(RuleKind::Fixed, placeholder),
                rule(RuleKind::Fixed, QString()),
                rule(RuleKind::Hash)};
    case Category::Notes:
    case Category::Photo:
        return {rule(RuleKind::Null),
                rule(RuleKind::Fixed, placeholder),
                rule(RuleKind::Fixed, QString())};
    case Category::None:
        break;
    }
    return {};
}

// Columns whose values name rows, their trash state or other rows.
QSet<QString> untouchable(const TableInfo &table)
{
    QSet<QString> columns(table.primaryKey.cbegin(), table.primaryKey.cend());
    columns << table.convention.marker << table.convention.actor << table.convention.reason;
    for (const ForeignKey &fk : table.references) {
        for (const QString &c : fk.fromColumns)
            columns << c;
    }
    for (const ForeignKey &fk : table.referencedBy) {
        if (fk.toTable != table.name)
            continue;
        for (const QString &c : fk.toColumns)
            columns << c;
    }
    columns.remove(QString());
    return columns;
}

QString constraintText(const TableInfo &table, const ColumnInfo &column)
{
    const bool unique = table.uniqueKeyOf(column.name) != nullptr;
    if (unique && !column.nullable)
        return tr("NOT NULL and UNIQUE");
    return unique ? tr("UNIQUE") : tr("NOT NULL");
}

} // namespace

QList<Suggestion> suggest(const TableInfo &table)
{
    QList<Suggestion> result;
    const QSet<QString> skip = untouchable(table);
    for (const ColumnInfo &column : table.columns) {
        if (skip.contains(column.name) || column.kind == ColumnInfo::Kind::Boolean)
            continue;
        const Category category = categoryOf(column.name);
        if (category == Category::None || !typeFits(category, column))
            continue;
        const QList<AnonymizationRule> choices = candidates(category);
        for (int i = 0; i < choices.size(); ++i) {
            AnonymizationRule rule = choices.at(i);
            rule.table = table.name;
            rule.column = column.name;
            if (!Rules::refusal(rule, table).isEmpty())
                continue;
            Suggestion suggestion;
            suggestion.rule = rule;
            suggestion.why = describe(category, column.name);
            if (i > 0) {
                suggestion.why += tr("; the column is %1, so \"%2\" rather than \"%3\"")
                                      .arg(constraintText(table, column),
                                           Rules::kindName(rule.kind),
                                           Rules::kindName(choices.first().kind));
            }
            if (Rules::isPseudonymisation(rule.kind))
                suggestion.why += tr(" (a salted hash is pseudonymisation, not anonymisation)");
            result << suggestion;
            break;
        }
    }
    return result;
}

bool looksTransient(const TableInfo &table)
{
    const QStringList words = wordsOf(table.name.name);
    const QString joined = words.join(QString());
    return hasAny(words,
                  {"session", "sessions", "token", "tokens", "otp", "otps", "nonce", "nonces"})
           || containsAny(joined,
                          {"loginattempt",
                           "signinattempt",
                           "authattempt",
                           "passwordattempt",
                           "failedlogin",
                           "passwordreset",
                           "verificationcode",
                           "remembertoken",
                           "accesstoken",
                           "refreshtoken"});
}

} // namespace RuleSuggester
} // namespace Salvage
