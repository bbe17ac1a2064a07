#include "hostilenames.h"
#include "roles.h"
#include "tablelookup.h"
#include "testdatabase.h"

#include "privacy/anonymizationrule.h"
#include "privacy/legalhold.h"
#include "privacy/rulestore.h"
#include "privacy/rulesuggester.h"
#include "trash/auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

#include <ctime>

using namespace Salvage;
using Salvage::Test::findTable;
using Salvage::Test::inspectTables;
using Salvage::Test::tableName;
using Salvage::Test::TestDatabase;

Q_DECLARE_METATYPE(Salvage::RuleKind)

namespace {

bool isPg(const QString &backend)
{
    return backend == QLatin1String("postgresql");
}

QString timestampType(const QString &backend)
{
    return isPg(backend) ? QStringLiteral("timestamptz") : QStringLiteral("TIMESTAMP");
}

ColumnInfo makeColumn(const QString &name, const QString &type, bool nullable = true)
{
    ColumnInfo column;
    column.name = name;
    column.type = type;
    column.kind = ColumnInfo::kindFromType(type);
    column.nullable = nullable;
    return column;
}

AnonymizationRule makeRule(const QualifiedName &table,
                           const QString &column,
                           RuleKind kind,
                           const QString &parameter = QString())
{
    AnonymizationRule rule;
    rule.table = table;
    rule.column = column;
    rule.kind = kind;
    rule.parameter = parameter;
    return rule;
}

// A rule for `column` of table t, the table of the tests without a database.
AnonymizationRule ruleOn(const ColumnInfo &column,
                         RuleKind kind,
                         const QString &parameter = QString())
{
    return makeRule({QString(), QStringLiteral("t")}, column.name, kind, parameter);
}

// A rule for `column` of people (peopleScript()).
AnonymizationRule peopleRule(const QString &backend,
                             const QString &column,
                             RuleKind kind,
                             const QString &parameter = QString())
{
    return makeRule(tableName(backend, QStringLiteral("people")), column, kind, parameter);
}

const QList<RuleKind> allKinds = {RuleKind::Keep,
                                  RuleKind::Null,
                                  RuleKind::Fixed,
                                  RuleKind::Email,
                                  RuleKind::Redact,
                                  RuleKind::GeneralizeDate,
                                  RuleKind::Random,
                                  RuleKind::Hash};

const QByteArray testSalt = QByteArray(32, '\x5a');

// people: every kind of constraint a rule can break. Unique keys: email (constraint),
// username (unique index), ref (partial unique index), (tenant, handle) (composite), badge_code
// (referenced by badges). codes has a text primary key (SQLite indexes it), pairs a composite
// one; aliases a unique expression index, codes.label a unique index (with INCLUDE on
// PostgreSQL).
QString peopleScript(const QString &backend)
{
    const bool pg = isPg(backend);
    QString script = QStringLiteral(R"(
CREATE TABLE teams (id integer PRIMARY KEY, label text);
CREATE TABLE people (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    username varchar(40) NOT NULL,
    nickname text,
    name text NOT NULL,
    zip varchar(5),
    code varchar(10),
    born date,
    age integer,
    score real,
    active boolean,
    tenant integer NOT NULL,
    handle text NOT NULL,
    ref text,
    short_email varchar(20),
    badge_code text UNIQUE,
    team_id integer REFERENCES teams (id),
    deleted_at TS,
    UNIQUE (tenant, handle)
);
CREATE UNIQUE INDEX people_username ON people (username);
CREATE UNIQUE INDEX people_ref_active ON people (ref) WHERE deleted_at IS NULL;
CREATE INDEX people_name ON people (name);
CREATE TABLE badges (id integer PRIMARY KEY, holder text REFERENCES people (badge_code));
CREATE TABLE codes (code text PRIMARY KEY, label text);
CREATE TABLE pairs (a integer NOT NULL, b integer NOT NULL, note text, PRIMARY KEY (a, b));
CREATE TABLE aliases (id integer PRIMARY KEY, alias text);
CREATE UNIQUE INDEX aliases_lower ON aliases (lower(alias));
INSERT INTO teams VALUES (1, 'red');
INSERT INTO people (id, email, username, name, tenant, handle)
    VALUES (1, 'ann@example.com', 'ann', 'Ann Smith', 1, 'ann');
)");
    script += pg ? QStringLiteral("CREATE UNIQUE INDEX codes_label ON codes (label) "
                                  "INCLUDE (code);\n")
                 : QStringLiteral("CREATE UNIQUE INDEX codes_label ON codes (label);\n");
    script.replace(QStringLiteral(" TS,"), QLatin1Char(' ') + timestampType(backend) + u',');
    return script;
}

// customers: at least 15 typical personal columns and some that are not personal.
QString customersScript(const QString &backend)
{
    QString script = QStringLiteral(R"(
CREATE TABLE countries (id integer PRIMARY KEY, label text);
CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    first_name text,
    "lastName" text NOT NULL,
    full_name varchar(200),
    phone text,
    mobile_number text NOT NULL UNIQUE,
    street_address text,
    city text NOT NULL,
    zip varchar(5) NOT NULL,
    postcode text,
    last_login_ip text,
    date_of_birth date,
    dob text,
    iban text,
    card_number varchar(19),
    ssn text UNIQUE,
    notes text,
    bio text NOT NULL,
    comment text,
    avatar_url text,
    photo BLOBTYPE,
    total numeric(10,2),
    quantity integer,
    status text,
    sku text,
    title text,
    email_verified boolean,
    email_verified_at TS,
    country_id integer REFERENCES countries (id),
    created_at TS,
    deleted_at TS,
    deleted_by text
);
)");
    script.replace(QStringLiteral(" TS,"), QLatin1Char(' ') + timestampType(backend) + u',');
    script.replace(QStringLiteral("BLOBTYPE"),
                   isPg(backend) ? QStringLiteral("bytea") : QStringLiteral("BLOB"));
    return script;
}

// The tables of a script, read once per backend: the rules and the suggester only read them.
QList<TableInfo> cachedTables(const QString &backend, const QString &script)
{
    static QHash<QString, QList<TableInfo>> cache;
    const QString key = backend + QLatin1Char('\n') + script;
    if (!cache.contains(key)) {
        auto db = TestDatabase::create(backend, script);
        if (!db.isValid()) {
            qWarning().noquote() << db.errorString();
            return {};
        }
        Connection connection = db.connect();
        cache.insert(key, inspectTables(connection));
    }
    return cache.value(key);
}

QStringList sortedKeys(const QList<QStringList> &keys)
{
    QStringList result;
    for (const QStringList &key : keys)
        result << key.join(u',');
    result.sort();
    return result;
}

QStringList ruleTexts(const QList<AnonymizationRule> &rules, bool withSchema = true)
{
    QStringList result;
    for (const AnonymizationRule &rule : rules) {
        result << (withSchema ? rule.table.display() : rule.table.name) + u'|' + rule.column + u'|'
                      + Rules::kindName(rule.kind) + u'|' + rule.parameter;
    }
    result.sort();
    return result;
}

QStringList nameTexts(const QList<QualifiedName> &names)
{
    QStringList result;
    for (const QualifiedName &name : names)
        result << name.display();
    result.sort();
    return result;
}

// The stored rules as text, to compare before and after a refused change.
QString ruleRows(const TestDatabase &db)
{
    return db.dump(QStringLiteral("salvage_anonymization_rule"),
                   QStringLiteral("table_name, column_name"));
}

bool hasTable(const TestDatabase &db, const QString &name)
{
    const QString sql
        = isPg(db.backend())
              ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class WHERE relname = '%1'")
              : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'");
    return db.scalar(sql.arg(name)).toInt() > 0;
}

// An empty table canary, which must stay so, and for each hostile name `tableSql` with %1 the
// quoted name.
QString hostileTablesScript(const QString &tableSql)
{
    QString script = QStringLiteral("CREATE TABLE canary (id integer PRIMARY KEY);\n");
    for (const Salvage::Test::HostileName &hostile : Salvage::Test::hostileNames())
        script += tableSql.arg(quoteIdentifier(hostile.name));
    return script;
}

// Code points, as the databases count characters.
QList<uint> codePoints(const QString &text)
{
    return text.toUcs4();
}

bool isWordCharacter(uint c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

} // namespace

class TestAnonymization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // The rules themselves (no database).
    void kindNames();
    void applyExact_data();
    void applyExact();
    void nullInputStaysNull_data();
    void nullInputStaysNull();
    void applyRandom_data();
    void applyRandom();
    void emailIsUniqueAndValid();
    void hashIsPseudonymous_data();
    void hashIsPseudonymous();
    void hostileValues_data();
    void hostileValues();
    void resultsFitTheColumns_data() { TestDatabase::addBackendData(); }
    void resultsFitTheColumns();

    // Unique keys from the catalog, and what they refuse.
    void uniqueKeys_data();
    void uniqueKeys();
    void refusals_data();
    void refusals();
    void refusalsNameHostileColumns();

    // Suggestions.
    void suggestions_data();
    void suggestions();
    void suggestionsNeverBreakConstraints_data() { TestDatabase::addBackendData(); }
    void suggestionsNeverBreakConstraints();
    void transientTables_data();
    void transientTables();

    // The rule store.
    void storeSaveLoadRemove_data() { TestDatabase::addBackendData(); }
    void storeSaveLoadRemove();
    void storeRefusedSaveStoresNothing_data();
    void storeRefusedSaveStoresNothing();
    void storeJsonRoundTrip_data();
    void storeJsonRoundTrip();
    void storeImportWithBadRuleImportsNothing_data();
    void storeImportWithBadRuleImportsNothing();
    void storePurgeOnErasure_data() { TestDatabase::addBackendData(); }
    void storePurgeOnErasure();
    void storeSaltIsStable_data() { TestDatabase::addBackendData(); }
    void storeSaltIsStable();
    void storeHostileTableNames_data() { TestDatabase::addBackendData(); }
    void storeHostileTableNames();
    void storeCreateDenied();

    // Legal holds.
    void holdReleaseList_data() { TestDatabase::addBackendData(); }
    void holdReleaseList();
    void expiredHoldNoLongerHolds_data() { TestDatabase::addBackendData(); }
    void expiredHoldNoLongerHolds();
    void holdAudit_data() { TestDatabase::addBackendData(); }
    void holdAudit();
    void holdRefusals_data();
    void holdRefusals();
    void holdHostileTableNames_data() { TestDatabase::addBackendData(); }
    void holdHostileTableNames();
};

void TestAnonymization::initTestCase()
{
    // Far from UTC, so that local time written as UTC (or the reverse) shows up as hours.
    qputenv("TZ", "Pacific/Auckland");
    tzset();
    QVERIFY(QDateTime::currentDateTime().offsetFromUtc() != 0);
}

void TestAnonymization::kindNames()
{
    QSet<QString> names;
    QSet<QString> titles;
    for (const RuleKind kind : allKinds) {
        const QString name = Rules::kindName(kind);
        RuleKind parsed = RuleKind::Keep;
        QVERIFY2(Rules::kindFromName(name, &parsed), qPrintable(name));
        QCOMPARE(parsed, kind);
        names.insert(name);
        titles.insert(Rules::kindTitle(kind));
        QCOMPARE(Rules::isPseudonymisation(kind), kind == RuleKind::Hash);
    }
    QCOMPARE(names.size(), allKinds.size());
    QCOMPARE(titles.size(), allKinds.size());
    QVERIFY(!titles.contains(QString()));
    QCOMPARE(Rules::kindName(RuleKind::GeneralizeDate), QStringLiteral("generalize-date"));
    QVERIFY(Rules::kindTitle(RuleKind::Hash).contains(QLatin1String("pseudonymisation")));
    RuleKind untouched = RuleKind::Random;
    QVERIFY(!Rules::kindFromName(QStringLiteral("purge"), &untouched));
    QVERIFY(!Rules::kindFromName(QStringLiteral("EMAIL"), &untouched));
    QVERIFY(!Rules::kindFromName(QString(), &untouched));
    QCOMPARE(untouched, RuleKind::Random);
}

void TestAnonymization::applyExact_data()
{
    QTest::addColumn<RuleKind>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("expected"); // invalid: NULL

    const QDateTime utc(QDate(1990, 5, 17), QTime(13, 14, 15), Qt::UTC);
    const QDateTime local(QDate(1990, 12, 31), QTime(23, 30), Qt::LocalTime);
    // clang-format off
    QTest::newRow("redact name") << RuleKind::Redact << "text" << true << ""
        << QVariant("John Doe") << QVariant("J*** D**");
    QTest::newRow("redact keeps punctuation") << RuleKind::Redact << "text" << true << ""
        << QVariant("Jean-Luc O'Neil, Jr.") << QVariant("J***-L** O'N***, J*.");
    QTest::newRow("redact phone with country code") << RuleKind::Redact << "text" << true << ""
        << QVariant("+49 151 234512") << QVariant("+49 *** ****12");
    QTest::newRow("redact phone with dashes") << RuleKind::Redact << "text" << true << ""
        << QVariant("+1-555-867-5309") << QVariant("+1-***-***-**09");
    QTest::newRow("redact phone with parentheses") << RuleKind::Redact << "text" << true << ""
        << QVariant("(030) 123 4567") << QVariant("(***) *** **67");
    QTest::newRow("redact phone without separators") << RuleKind::Redact << "text" << true
        << "" << QVariant("+4915123451267") << QVariant("+***********67");
    QTest::newRow("redact accents") << RuleKind::Redact << "text" << true << ""
        << QVariant(QStringLiteral("Zoë Ångström")) << QVariant(QStringLiteral("Z** Å*******"));
    QTest::newRow("redact cjk") << RuleKind::Redact << "text" << true << ""
        << QVariant(QStringLiteral("山田 太郎")) << QVariant(QStringLiteral("山* 太*"));
    QTest::newRow("redact astral letters count once")
        << RuleKind::Redact << "varchar(5)" << true << ""
        << QVariant(QStringLiteral("𝐀𝐁𝐂 x")) << QVariant(QStringLiteral("𝐀** x"));
    QTest::newRow("redact empty") << RuleKind::Redact << "text" << true << ""
        << QVariant("") << QVariant("");
    QTest::newRow("redact multi-line") << RuleKind::Redact << "text" << true << ""
        << QVariant("ab\ncd\te") << QVariant("a*\nc*\te");
    QTest::newRow("generalize date") << RuleKind::GeneralizeDate << "date" << true << ""
        << QVariant(QDate(1990, 5, 17)) << QVariant(QDate(1990, 1, 1));
    QTest::newRow("generalize utc timestamp")
        << RuleKind::GeneralizeDate << "timestamp with time zone" << true << ""
        << QVariant(utc) << QVariant("1990-01-01 00:00:00");
    QTest::newRow("generalize timestamptz takes the year in UTC")
        << RuleKind::GeneralizeDate << "timestamp with time zone" << true << ""
        << QVariant(local) << QVariant("1990-01-01 00:00:00");
    QTest::newRow("generalize timestamptz read as next year's local time")
        << RuleKind::GeneralizeDate << "timestamp with time zone" << true << ""
        << QVariant(QDateTime(QDate(1990, 12, 31), QTime(23, 0), Qt::UTC).toLocalTime())
        << QVariant("1990-01-01 00:00:00");
    QTest::newRow("generalize local timestamp keeps its own year")
        << RuleKind::GeneralizeDate << "timestamp without time zone" << true << ""
        << QVariant(local) << QVariant("1990-01-01 00:00:00");
    QTest::newRow("generalize timestamp in a text column") << RuleKind::GeneralizeDate
        << "text" << true << "" << QVariant(utc) << QVariant("1990");
    QTest::newRow("generalize date in a text column") << RuleKind::GeneralizeDate
        << "text" << true << "" << QVariant(QDate(987, 6, 5)) << QVariant("0987");
    QTest::newRow("generalize sqlite date text") << RuleKind::GeneralizeDate << "DATE" << true
        << "" << QVariant("1990-05-17") << QVariant("1990-01-01");
    QTest::newRow("generalize sqlite timestamp text")
        << RuleKind::GeneralizeDate << "TIMESTAMP" << true << ""
        << QVariant("1990-05-17 13:14:15") << QVariant("1990-01-01 00:00:00");
    QTest::newRow("generalize sqlite timestamp with zone")
        << RuleKind::GeneralizeDate << "DATETIME" << true << ""
        << QVariant("1990-05-17T13:14:15.123+02:00")
        << QVariant("1990-01-01T00:00:00.000+02:00");
    QTest::newRow("generalize sqlite utc timestamp")
        << RuleKind::GeneralizeDate << "TIMESTAMP" << true << ""
        << QVariant("1990-05-17T13:14:15Z") << QVariant("1990-01-01T00:00:00Z");
    QTest::newRow("generalize unix seconds") << RuleKind::GeneralizeDate << "TIMESTAMP"
        << true << "" << QVariant(qlonglong(643036455)) << QVariant(qlonglong(631152000));
    QTest::newRow("generalize other text in a date column")
        << RuleKind::GeneralizeDate << "DATE" << true << ""
        << QVariant("17.05.1990") << QVariant("1990");
    QTest::newRow("generalize iso text to year") << RuleKind::GeneralizeDate << "text" << true
        << "" << QVariant("1990-05-17") << QVariant("1990");
    QTest::newRow("generalize european text to year") << RuleKind::GeneralizeDate
        << "varchar(10)" << true << "" << QVariant("17.05.1990") << QVariant("1990");
    QTest::newRow("generalize text without year, nullable")
        << RuleKind::GeneralizeDate << "text" << true << ""
        << QVariant("sometime in May") << QVariant();
    QTest::newRow("generalize text without year, not null")
        << RuleKind::GeneralizeDate << "text" << false << ""
        << QVariant("sometime in May") << QVariant("");
    QTest::newRow("fixed text") << RuleKind::Fixed << "text" << true << "erased"
        << QVariant("Ann") << QVariant("erased");
    QTest::newRow("fixed empty text") << RuleKind::Fixed << "text" << false << ""
        << QVariant("Ann") << QVariant("");
    QTest::newRow("fixed integer") << RuleKind::Fixed << "integer" << true << "0"
        << QVariant(42) << QVariant(qlonglong(0));
    QTest::newRow("fixed real") << RuleKind::Fixed << "real" << true << "0.5"
        << QVariant(2.25) << QVariant(0.5);
    QTest::newRow("fixed boolean") << RuleKind::Fixed << "boolean" << true << "false"
        << QVariant(true) << QVariant(false);
    QTest::newRow("fixed date") << RuleKind::Fixed << "date" << true << "1970-01-01"
        << QVariant(QDate(1990, 5, 17)) << QVariant("1970-01-01");
    QTest::newRow("fixed replaces NULL too") << RuleKind::Fixed << "text" << true << "erased"
        << QVariant() << QVariant("erased");
    QTest::newRow("null") << RuleKind::Null << "text" << true << ""
        << QVariant("Ann") << QVariant();
    QTest::newRow("keep") << RuleKind::Keep << "text" << true << ""
        << QVariant("Ann") << QVariant("Ann");
    // A kind the column cannot take (refusal() says so) never returns the old value.
    QTest::newRow("redact on integer gives NULL") << RuleKind::Redact << "integer" << true << ""
        << QVariant(12345678) << QVariant();
    QTest::newRow("email on integer gives NULL") << RuleKind::Email << "bigint" << true << ""
        << QVariant(7) << QVariant();
    QTest::newRow("hash on uuid gives NULL") << RuleKind::Hash << "uuid" << true << ""
        << QVariant("0b7e1f43-5a8c-4b8e-9a43-2f3c1d5e6f70") << QVariant();
    QTest::newRow("redact on text array gives NULL") << RuleKind::Redact << "text[]" << true
        << "" << QVariant("{Ann,Bob}") << QVariant();
    QTest::newRow("random on real gives NULL") << RuleKind::Random << "double precision"
        << true << "" << QVariant(3.5) << QVariant();
    QTest::newRow("invalid fixed number gives NULL") << RuleKind::Fixed << "integer" << true
        << "none" << QVariant(3) << QVariant();
    // clang-format on
}

void TestAnonymization::applyExact()
{
    QFETCH(RuleKind, kind);
    QFETCH(QString, type);
    QFETCH(bool, nullable);
    QFETCH(QString, parameter);
    QFETCH(QVariant, input);
    QFETCH(QVariant, expected);
    const ColumnInfo column = makeColumn(QStringLiteral("c"), type, nullable);
    const AnonymizationRule rule = ruleOn(column, kind, parameter);

    const QVariant result = Rules::apply(rule, column, input, QStringLiteral("t/1"), testSalt);
    if (!expected.isValid()) {
        QVERIFY2(result.isNull(), qPrintable(result.toString()));
        return;
    }
    QVERIFY(!result.isNull());
    QCOMPARE(result.typeId(), expected.typeId());
    if (expected.typeId() == QMetaType::QDateTime) {
        QCOMPARE(result.toDateTime(), expected.toDateTime());
        QCOMPARE(result.toDateTime().timeSpec(), expected.toDateTime().timeSpec());
    } else {
        QCOMPARE(result, expected);
    }
    if (kind == RuleKind::Redact)
        QCOMPARE(codePoints(result.toString()).size(), codePoints(input.toString()).size());
}

void TestAnonymization::nullInputStaysNull_data()
{
    QTest::addColumn<RuleKind>("kind");
    QTest::addColumn<QString>("type");
    for (const RuleKind kind : allKinds) {
        if (kind == RuleKind::Fixed)
            continue;
        QTest::addRow("%s text", qPrintable(Rules::kindName(kind))) << kind << "text";
    }
    QTest::newRow("generalize-date date") << RuleKind::GeneralizeDate << "date";
    QTest::newRow("random integer") << RuleKind::Random << "bigint";
}

void TestAnonymization::nullInputStaysNull()
{
    QFETCH(RuleKind, kind);
    QFETCH(QString, type);
    const ColumnInfo column = makeColumn(QStringLiteral("c"), type);
    const AnonymizationRule rule = ruleOn(column, kind);
    QVERIFY(Rules::apply(rule, column, QVariant(), QStringLiteral("t/1"), testSalt).isNull());
    QVERIFY(Rules::apply(rule,
                         column,
                         QVariant(QMetaType::fromType<QString>()),
                         QStringLiteral("t/1"),
                         testSalt)
                .isNull());
}

void TestAnonymization::applyRandom_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("pattern");

    // clang-format off
    QTest::newRow("iban") << "text" << QVariant("DE89 3704 0044 0532 0130 00")
        << R"(^[A-Z]{2}\d{2} \d{4} \d{4} \d{4} \d{4} \d{2}$)";
    QTest::newRow("card number") << "varchar(19)" << QVariant("4111-1111-1111-1111")
        << R"(^\d{4}-\d{4}-\d{4}-\d{4}$)";
    QTest::newRow("ssn") << "text" << QVariant("123-45-6789") << R"(^\d{3}-\d{2}-\d{4}$)";
    QTest::newRow("mixed classes") << "text" << QVariant("ab12CD.x")
        << R"(^[a-z]{2}\d{2}[A-Z]{2}\.[a-z]$)";
    QTest::newRow("unicode letters become ascii") << "text"
        << QVariant(QStringLiteral("Zoë-7 山田")) << R"(^[A-Z][a-z]{2}-\d [a-z]{2}$)";
    QTest::newRow("integer") << "integer" << QVariant(123456789) << R"(^[1-9]\d{8}$)";
    QTest::newRow("negative integer") << "bigint" << QVariant(qlonglong(-4567))
        << R"(^-[1-9]\d{3}$)";
    QTest::newRow("largest bigint") << "bigint"
        << QVariant(std::numeric_limits<qlonglong>::max()) << R"(^[1-9]\d{18}$)";
    QTest::newRow("single digit") << "integer" << QVariant(7) << R"(^\d$)";
    // clang-format on
}

void TestAnonymization::applyRandom()
{
    QFETCH(QString, type);
    QFETCH(QVariant, input);
    QFETCH(QString, pattern);
    const ColumnInfo column = makeColumn(QStringLiteral("c"), type);
    const AnonymizationRule rule = ruleOn(column, RuleKind::Random);
    const QRegularExpression expression(pattern);
    QSet<QString> seen;
    for (int i = 0; i < 20; ++i) {
        const QVariant result = Rules::apply(rule, column, input, QString(), QByteArray());
        QVERIFY(!result.isNull());
        if (column.kind == ColumnInfo::Kind::Integer)
            QCOMPARE(result.typeId(), int(QMetaType::LongLong));
        QVERIFY2(expression.match(result.toString()).hasMatch(), qPrintable(result.toString()));
        QCOMPARE(codePoints(result.toString()).size(), codePoints(input.toString()).size());
        seen.insert(result.toString());
    }
    // 20 draws of several random characters are not all the same (one digit: 10 values).
    QVERIFY(seen.size() > 1);
    if (input.toString().size() >= 8)
        QVERIFY(!seen.contains(input.toString()));
}

void TestAnonymization::emailIsUniqueAndValid()
{
    const ColumnInfo column = makeColumn(QStringLiteral("email"), QStringLiteral("text"), false);
    const AnonymizationRule rule = makeRule({QStringLiteral("public"), QStringLiteral("users")},
                                            column.name,
                                            RuleKind::Email);
    const QRegularExpression valid(QStringLiteral("^erased-[0-9a-f]{16}@erased\\.invalid$"));
    QSet<QString> addresses;
    for (int i = 1; i <= 1000; ++i) {
        const QString seed = QStringLiteral("public.users/%1").arg(i);
        const QString address
            = Rules::apply(rule, column, QStringLiteral("ann@example.com"), seed, testSalt)
                  .toString();
        QVERIFY2(valid.match(address).hasMatch(), qPrintable(address));
        QVERIFY2(!address.contains(QLatin1String("ann")), qPrintable(address));
        addresses.insert(address);
        // The same row always gets the same address (an erasure can be repeated).
        QCOMPARE(Rules::apply(rule, column, QStringLiteral("other@example.com"), seed, testSalt)
                     .toString(),
                 address);
    }
    QCOMPARE(addresses.size(), 1000);

    const QString seed = QStringLiteral("public.users/1");
    const QString first
        = Rules::apply(rule, column, QStringLiteral("a@b.c"), seed, testSalt).toString();
    QVERIFY(
        Rules::apply(rule, column, QStringLiteral("a@b.c"), seed, QByteArray(32, '\1')).toString()
        != first);
    const ColumnInfo other = makeColumn(QStringLiteral("backup_email"), QStringLiteral("text"));
    QVERIFY(Rules::apply(rule, other, QStringLiteral("a@b.c"), seed, testSalt).toString() != first);
}

void TestAnonymization::hashIsPseudonymous_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("length");
    QTest::newRow("text") << "text" << 64;
    QTest::newRow("varchar(100)") << "varchar(100)" << 64;
    QTest::newRow("character varying(20)") << "character varying(20)" << 20;
    QTest::newRow("char(16)") << "char(16)" << 16;
}

void TestAnonymization::hashIsPseudonymous()
{
    QFETCH(QString, type);
    QFETCH(int, length);
    const ColumnInfo column = makeColumn(QStringLiteral("c"), type);
    const AnonymizationRule rule = ruleOn(column, RuleKind::Hash);
    const QString a
        = Rules::apply(rule, column, QStringLiteral("ann"), QStringLiteral("t/1"), testSalt)
              .toString();
    QCOMPARE(a.size(), length);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]+$")).match(a).hasMatch());
    // Linkable: the same value hashes alike in every row...
    QCOMPARE(Rules::apply(rule, column, QStringLiteral("ann"), QStringLiteral("t/2"), testSalt)
                 .toString(),
             a);
    // ...but not without the salt, and distinct values stay distinct.
    const QByteArray otherSalt(32, '\1');
    const QVariant otherHash = Rules::apply(rule, column, QStringLiteral("ann"), {}, otherSalt);
    QVERIFY(otherHash.toString() != a);
    QVERIFY(Rules::apply(rule, column, QStringLiteral("bob"), QString(), testSalt).toString() != a);
    QVERIFY(Rules::isPseudonymisation(RuleKind::Hash));
}

void TestAnonymization::hostileValues_data()
{
    QTest::addColumn<QString>("value");
    QString huge;
    huge.reserve(1 << 20);
    while (huge.size() < (1 << 20))
        huge += QStringLiteral("Lorem ipsum dolor sit amet 12345, ");
    QString emoji;
    for (int i = 0; i < 50000; ++i)
        emoji += QStringLiteral("😀a");
    QTest::newRow("1 MiB of text") << huge;
    QTest::newRow("100k emoji and letters") << emoji;
    QTest::newRow("sql injection") << QStringLiteral("x'); DROP TABLE users; --");
    QTest::newRow("nul character") << QStringLiteral("ab") + QChar(0) + QStringLiteral("cd");
    QTest::newRow("combining accent") << QStringLiteral("Rene\u0301e Zoe\u0308");
    QTest::newRow("right to left") << QStringLiteral("مرحبا بالعالم");
    QTest::newRow("only punctuation") << QStringLiteral("--- ... !!!");
    QTest::newRow("placeholders") << QStringLiteral("? :name $1 %s {0}");
}

void TestAnonymization::hostileValues()
{
    QFETCH(QString, value);
    const ColumnInfo column = makeColumn(QStringLiteral("c"), QStringLiteral("text"));
    const auto apply = [&](RuleKind kind, const QString &seed = QString()) {
        return Rules::apply(ruleOn(column, kind), column, value, seed, testSalt);
    };
    const QList<uint> input = codePoints(value);

    // Redact: one character per character, no two letters or digits of the value in a row.
    const QString redacted = apply(RuleKind::Redact).toString();
    const QList<uint> r = codePoints(redacted);
    QCOMPARE(r.size(), input.size());
    int kept = -1;
    for (int i = 1; i < r.size() && kept < 0; ++i) {
        if (isWordCharacter(r.at(i - 1)) && isWordCharacter(r.at(i)))
            kept = i;
    }
    QCOMPARE(kept, -1);

    // Random: the same classes in the same places, punctuation kept.
    const QString random = apply(RuleKind::Random).toString();
    const QList<uint> n = codePoints(random);
    QCOMPARE(n.size(), input.size());
    int wrong = -1;
    for (int i = 0; i < n.size() && wrong < 0; ++i) {
        const bool letterOrDigit = isWordCharacter(input.at(i));
        const bool same = letterOrDigit ? isWordCharacter(n.at(i)) && n.at(i) < 128
                                        : n.at(i) == input.at(i);
        if (!same)
            wrong = i;
    }
    QCOMPARE(wrong, -1);

    // Hash, Email and GeneralizeDate: nothing of the value survives.
    const QString hash = apply(RuleKind::Hash).toString();
    QCOMPARE(hash.size(), 64);
    const QString email = apply(RuleKind::Email, QStringLiteral("t/1")).toString();
    QVERIFY(email.endsWith(QLatin1String("@erased.invalid")));
    QCOMPARE(email.size(), 38);
    const QVariant year = apply(RuleKind::GeneralizeDate);
    QVERIFY(year.isNull()
            || QRegularExpression(QStringLiteral("^\\d{4}$")).match(year.toString()).hasMatch());
}

// Every kind's value as the driver reads it, written back with a bound value, read again.
void TestAnonymization::resultsFitTheColumns()
{
    QFETCH(QString, backend);
    QString script = QStringLiteral(R"(
CREATE TABLE sample (id integer PRIMARY KEY, email varchar(60) NOT NULL UNIQUE,
    name varchar(40), phone varchar(20), born date, seen TS, note text, code varchar(20),
    age integer NOT NULL, active boolean, score real, token varchar(20), place text NOT NULL,
    visit NAIVE);
INSERT INTO sample VALUES (1, 'ann@example.com', 'Ann Smith', '+49 151 234512',
    '1990-05-17', '2021-07-08 09:10:11', 'likes cats', 'DE89-3704', 42, TRUE, 1.5,
    'ann', 'Berlin', '2021-07-08 09:10:11');
INSERT INTO sample VALUES (2, 'bob@example.com', 'Bob Jones', '(030) 123 4567',
    '1985-12-31', '2019-12-31 23:59:59', 'n/a', 'GB29-NWBK', 1234, FALSE, 2.5,
    'bob', 'Paris', '2019-12-31 23:59:59');
)");
    script.replace(QStringLiteral(" TS,"), QLatin1Char(' ') + timestampType(backend) + u',');
    script.replace(QStringLiteral("NAIVE"), QStringLiteral("timestamp"));
    if (!isPg(backend))
        script.replace(QStringLiteral("TRUE"), QStringLiteral("1"))
            .replace(QStringLiteral("FALSE"), QStringLiteral("0"));
    SALVAGE_TEST_DATABASE(db, backend, script);
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    const TableInfo *sample = findTable(tables, QStringLiteral("sample"));
    QVERIFY(sample);
    const QList<AnonymizationRule> rules = {
        makeRule(sample->name, QStringLiteral("email"), RuleKind::Email),
        makeRule(sample->name, QStringLiteral("name"), RuleKind::Redact),
        makeRule(sample->name, QStringLiteral("phone"), RuleKind::Redact),
        makeRule(sample->name, QStringLiteral("born"), RuleKind::GeneralizeDate),
        makeRule(sample->name, QStringLiteral("seen"), RuleKind::GeneralizeDate),
        makeRule(sample->name, QStringLiteral("note"), RuleKind::Null),
        makeRule(sample->name, QStringLiteral("code"), RuleKind::Random),
        makeRule(sample->name, QStringLiteral("age"), RuleKind::Random),
        makeRule(sample->name, QStringLiteral("active"), RuleKind::Fixed, QStringLiteral("false")),
        makeRule(sample->name, QStringLiteral("score"), RuleKind::Fixed, QStringLiteral("0")),
        makeRule(sample->name, QStringLiteral("token"), RuleKind::Hash),
        makeRule(sample->name, QStringLiteral("place"), RuleKind::Fixed, QStringLiteral("erased")),
        makeRule(sample->name, QStringLiteral("visit"), RuleKind::GeneralizeDate),
    };
    QStringList columns;
    for (const AnonymizationRule &rule : rules) {
        const QString why = Rules::refusal(rule, *sample);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        columns << quoteIdentifier(rule.column);
    }

    QList<QVariantList> updates;
    {
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id, %1 FROM sample ORDER BY id")
                               .arg(columns.join(QLatin1String(", ")))));
        while (query.next()) {
            QVariantList values;
            const QString seed = QStringLiteral("sample/") + query.value(0).toString();
            for (int i = 0; i < rules.size(); ++i) {
                values << Rules::apply(rules.at(i),
                                       *sample->column(rules.at(i).column),
                                       query.value(i + 1),
                                       seed,
                                       testSalt);
            }
            values << query.value(0);
            updates << values;
        }
    }
    QCOMPARE(updates.size(), 2);
    QStringList assignments;
    for (const QString &column : std::as_const(columns))
        assignments << column + QLatin1String(" = ?");
    const QString update = QStringLiteral("UPDATE sample SET %1 WHERE id = ?")
                               .arg(assignments.join(QLatin1String(", ")));
    for (const QVariantList &values : std::as_const(updates)) {
        DbError error;
        int changed = 0;
        QVERIFY2(connection.exec(update, values, &error, &changed), qPrintable(error.driverText));
        QCOMPARE(changed, 1);
    }

    // As the database sees it now (the dates in the session's own time zone).
    const QString year = isPg(backend) ? QStringLiteral("CAST(extract(year FROM %1) AS integer)")
                                       : QStringLiteral("CAST(strftime('%Y', %1) AS integer)");
    const QString dayOfYear = isPg(backend) ? QStringLiteral("to_char(%1, 'MM-DD HH24:MI:SS')")
                                            : QStringLiteral("strftime('%m-%d %H:%M:%S', %1)");
    const QString dumped = db.dump(QStringLiteral("sample"), QStringLiteral("id"));
    QCOMPARE(dumped.count(QLatin1String("ann")), 0);
    QCOMPARE(db.scalar("SELECT count(DISTINCT email) FROM sample WHERE email LIKE "
                       "'erased-%@erased.invalid'")
                 .toInt(),
             2);
    QCOMPARE(db.scalar("SELECT name FROM sample WHERE id = 1").toString(),
             QStringLiteral("A** S****"));
    QCOMPARE(db.scalar("SELECT phone FROM sample WHERE id = 1").toString(),
             QStringLiteral("+49 *** ****12"));
    QCOMPARE(db.scalar("SELECT phone FROM sample WHERE id = 2").toString(),
             QStringLiteral("(***) *** **67"));
    QCOMPARE(db.scalar("SELECT " + year.arg("born") + " FROM sample WHERE id = 1").toInt(), 1990);
    QCOMPARE(db.scalar("SELECT " + year.arg("born") + " FROM sample WHERE id = 2").toInt(), 1985);
    QCOMPARE(db.scalar("SELECT " + year.arg("seen") + " FROM sample WHERE id = 1").toInt(), 2021);
    QCOMPARE(db.scalar("SELECT " + year.arg("seen") + " FROM sample WHERE id = 2").toInt(), 2019);
    QCOMPARE(db.scalar("SELECT " + year.arg("visit") + " FROM sample WHERE id = 1").toInt(), 2021);
    QCOMPARE(db.scalar("SELECT " + year.arg("visit") + " FROM sample WHERE id = 2").toInt(), 2019);
    QCOMPARE(db.scalar("SELECT count(*) FROM sample WHERE " + dayOfYear.arg("visit")
                       + " = '01-01 00:00:00'")
                 .toInt(),
             2);
    QCOMPARE(db.scalar("SELECT count(*) FROM sample WHERE " + dayOfYear.arg("seen")
                       + " = '01-01 00:00:00'")
                 .toInt(),
             2);
    QCOMPARE(db.scalar("SELECT count(*) FROM sample WHERE " + dayOfYear.arg("born")
                       + " = '01-01 00:00:00'")
                 .toInt(),
             2);
    QCOMPARE(db.scalar("SELECT count(*) FROM sample WHERE note IS NULL").toInt(), 2);
    QCOMPARE(db.scalar("SELECT count(*) FROM sample WHERE length(code) = 9 "
                       "AND code NOT IN ('DE89-3704', 'GB29-NWBK')")
                 .toInt(),
             2);
    QCOMPARE(db.scalar("SELECT count(*) FROM sample WHERE (id = 1 AND age BETWEEN 10 AND 99) "
                       "OR (id = 2 AND age BETWEEN 1000 AND 9999)")
                 .toInt(),
             2);
    QCOMPARE(db.scalar("SELECT count(*) FROM sample WHERE NOT active").toInt(), 2);
    QCOMPARE(db.scalar("SELECT count(*) FROM sample WHERE score = 0").toInt(), 2);
    QCOMPARE(db.scalar("SELECT count(*) FROM sample WHERE length(token) = 20").toInt(), 2);
    QCOMPARE(db.scalar("SELECT count(*) FROM sample WHERE place = 'erased'").toInt(), 2);
}

void TestAnonymization::uniqueKeys_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("expected");
    for (const QString &backend : TestDatabase::backends()) {
        const auto row = [&](const char *table, const QStringList &expected) {
            QTest::addRow("%s: %s", qPrintable(backend), table) << backend << table << expected;
        };
        row("people", {"badge_code", "email", "ref", "tenant,handle", "username"});
        row("teams", {});
        row("codes", {"label"}); // the text primary key's own index is left out
        row("pairs", {});        // so is a composite primary key
        // Only PostgreSQL tells which columns an expression index reads.
        row("aliases", isPg(backend) ? QStringList{"alias"} : QStringList());
    }
}

void TestAnonymization::uniqueKeys()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    QFETCH(QStringList, expected);
    const QList<TableInfo> tables = cachedTables(backend, peopleScript(backend));
    const TableInfo *info = findTable(tables, table);
    QVERIFY(info);
    QCOMPARE(sortedKeys(info->uniqueKeys), expected);
    // The rest of the inspection is unchanged.
    QVERIFY(!info->primaryKey.isEmpty());
    if (table == QLatin1String("people")) {
        QCOMPARE(info->primaryKey, QStringList{"id"});
        QCOMPARE(info->convention.marker, QStringLiteral("deleted_at"));
        QCOMPARE(info->references.size(), 1);
        QCOMPARE(info->referencedBy.size(), 1);
        QVERIFY(info->uniqueKeyOf(QStringLiteral("handle")));
        QCOMPARE(*info->uniqueKeyOf(QStringLiteral("handle")), QStringList({"tenant", "handle"}));
        QVERIFY(!info->uniqueKeyOf(QStringLiteral("name")));
        QVERIFY(!info->uniqueKeyOf(QStringLiteral("id")));
    }
}

void TestAnonymization::refusals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<RuleKind>("kind");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QStringList>("mustContain"); // empty: accepted

    struct Case
    {
        const char *tag;
        const char *column;
        RuleKind kind;
        const char *parameter;
        QStringList mustContain;
        const char *table = "people";
    };
    const QStringList accepted;
    // clang-format off
    const QList<Case> cases = {
        {"null on NOT NULL", "name", RuleKind::Null, "", {"\"name\"", "NOT NULL"}},
        {"null on nullable", "nickname", RuleKind::Null, "", accepted},
        {"null on nullable unique", "ref", RuleKind::Null, "", accepted},
        {"fixed on UNIQUE constraint", "email", RuleKind::Fixed, "x@erased.invalid",
         {"\"email\"", "UNIQUE", "(email)"}},
        {"redact on unique index", "username", RuleKind::Redact, "",
         {"\"username\"", "UNIQUE"}},
        {"random on composite unique", "handle", RuleKind::Random, "",
         {"\"handle\"", "UNIQUE", "tenant, handle"}},
        {"generalize-date on partial unique index", "ref", RuleKind::GeneralizeDate, "",
         {"\"ref\"", "UNIQUE"}},
        {"email on unique", "email", RuleKind::Email, "", accepted},
        {"hash on unique", "email", RuleKind::Hash, "", accepted},
        {"text placeholder on integer", "age", RuleKind::Fixed, "unknown",
         {"\"age\"", "unknown", "integer"}},
        {"number placeholder on integer", "age", RuleKind::Fixed, "0", accepted},
        {"invalid date placeholder", "born", RuleKind::Fixed, "1990-13-45",
         {"\"born\"", "1990-13-45", "date"}},
        {"date placeholder", "born", RuleKind::Fixed, "1970-01-01", accepted},
        {"invalid boolean placeholder", "active", RuleKind::Fixed, "maybe",
         {"\"active\"", "maybe"}},
        {"boolean placeholder", "active", RuleKind::Fixed, "false", accepted},
        {"invalid real placeholder", "score", RuleKind::Fixed, "abc", {"\"score\"", "abc"}},
        {"placeholder longer than varchar", "zip", RuleKind::Fixed, "erased",
         {"\"zip\"", "5", "6"}},
        {"placeholder that fits", "zip", RuleKind::Fixed, "00000", accepted},
        {"email in too short a column", "short_email", RuleKind::Email, "",
         {"\"short_email\"", "20"}},
        {"redact on integer", "age", RuleKind::Redact, "", {"\"age\"", "integer", "redact"}},
        {"random on integer", "age", RuleKind::Random, "", accepted},
        {"random on real", "score", RuleKind::Random, "", {"\"score\"", "real", "random"}},
        {"generalize-date on date", "born", RuleKind::GeneralizeDate, "", accepted},
        {"generalize-date on integer", "age", RuleKind::GeneralizeDate, "", {"\"age\""}},
        {"email on integer", "age", RuleKind::Email, "", {"\"age\"", "integer"}},
        {"hash in too short a column", "code", RuleKind::Hash, "", {"\"code\"", "10", "16"}},
        {"redact free text", "nickname", RuleKind::Redact, "", accepted},
        {"null on primary key", "id", RuleKind::Null, "", {"\"id\"", "primary key"}},
        {"fixed on primary key", "id", RuleKind::Fixed, "0", {"\"id\"", "primary key"}},
        {"keep on primary key", "id", RuleKind::Keep, "", accepted},
        {"null on soft-delete marker", "deleted_at", RuleKind::Null, "",
         {"\"deleted_at\"", "soft-delete marker"}},
        {"fixed on soft-delete marker", "deleted_at", RuleKind::Fixed, "2000-01-01",
         {"\"deleted_at\"", "soft-delete marker"}},
        {"unknown column", "nope", RuleKind::Null, "", {"\"nope\"", "people"}},
        {"random on foreign key", "team_id", RuleKind::Random, "", {"\"team_id\"", "teams"}},
        {"null on nullable foreign key", "team_id", RuleKind::Null, "", accepted},
        {"null on referenced column", "badge_code", RuleKind::Null, "",
         {"\"badge_code\"", "badges"}},
        {"rule on composite primary key", "a", RuleKind::Random, "", {"\"a\"", "primary key"},
         "pairs"},
        {"null on unique expression index column", "alias", RuleKind::Null, "", accepted,
         "aliases"},
    };
    // clang-format on
    for (const QString &backend : TestDatabase::backends()) {
        for (const Case &c : cases) {
            QTest::addRow("%s: %s", qPrintable(backend), c.tag)
                << backend << QString::fromLatin1(c.table) << QString::fromLatin1(c.column)
                << c.kind << QString::fromUtf8(c.parameter) << c.mustContain;
        }
        // Expression indexes: known to PostgreSQL only.
        QTest::addRow("%s: redact on unique expression index column", qPrintable(backend))
            << backend << "aliases"
            << "alias" << RuleKind::Redact << QString()
            << (isPg(backend) ? QStringList{"\"alias\"", "UNIQUE"} : accepted);
    }
}

void TestAnonymization::refusals()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(RuleKind, kind);
    QFETCH(QString, parameter);
    QFETCH(QStringList, mustContain);
    const QList<TableInfo> tables = cachedTables(backend, peopleScript(backend));
    const TableInfo *info = findTable(tables, table);
    QVERIFY(info);

    const QString why = Rules::refusal(makeRule(info->name, column, kind, parameter), *info);
    if (mustContain.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
        return;
    }
    QVERIFY(!why.isEmpty());
    for (const QString &part : mustContain)
        QVERIFY2(why.contains(part, Qt::CaseInsensitive),
                 qPrintable(why + QLatin1String(" lacks ") + part));

    // A rule for another table is refused whatever it says.
    const TableInfo *teams = findTable(tables, QStringLiteral("teams"));
    QVERIFY(teams);
    QVERIFY(!Rules::refusal(makeRule(teams->name, QStringLiteral("label"), RuleKind::Null), *info)
                 .isEmpty());
}

void TestAnonymization::refusalsNameHostileColumns()
{
    for (const Salvage::Test::HostileName &hostile : Salvage::Test::hostileNames()) {
        TableInfo table;
        table.name = {QStringLiteral("public"), hostile.name};
        table.columns << makeColumn(hostile.name, QStringLiteral("varchar(5)"), false);
        const auto refusal = [&](RuleKind kind, const QString &parameter = QString()) {
            return Rules::refusal(makeRule(table.name, hostile.name, kind, parameter), table);
        };
        const QString quoted = u'"' + hostile.name + u'"';
        const QString notNull = refusal(RuleKind::Null);
        QVERIFY2(notNull.contains(quoted) && notNull.contains(table.name.display()),
                 qPrintable(notNull));
        const QString tooLong = refusal(RuleKind::Fixed, QStringLiteral("erased"));
        QVERIFY2(tooLong.contains(quoted) && tooLong.contains(QLatin1String("at most 5")),
                 qPrintable(tooLong));
        QVERIFY2(refusal(RuleKind::Fixed, QStringLiteral("x")).isEmpty(), hostile.tag);
    }
    // A name that looks like a placeholder is shown as it is.
    TableInfo table;
    table.name = {QString(), QStringLiteral("t%1")};
    table.columns << makeColumn(QStringLiteral("c%2%3"), QStringLiteral("varchar(3)"));
    const AnonymizationRule hash = makeRule(table.name, QStringLiteral("c%2%3"), RuleKind::Hash);
    const QString why = Rules::refusal(hash, table);
    QVERIFY2(why.contains(QLatin1String("\"c%2%3\" of t%1 holds at most 3")), qPrintable(why));
}

void TestAnonymization::suggestions_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("kind"); // "" : no suggestion
    QTest::addColumn<QString>("parameter");

    // clang-format off
    const QList<QStringList> cases = {
        {"email", "email", ""},
        {"first_name", "redact", ""},
        {"lastName", "redact", ""},
        {"full_name", "redact", ""},
        {"phone", "redact", ""},
        {"mobile_number", "hash", ""},          // NOT NULL and UNIQUE: neither redact nor null
        {"street_address", "null", ""},
        {"city", "fixed", "erased"},            // NOT NULL
        {"zip", "fixed", ""},                   // NOT NULL, varchar(5): "erased" does not fit
        {"postcode", "null", ""},
        {"last_login_ip", "null", ""},
        {"date_of_birth", "generalize-date", ""},
        {"dob", "generalize-date", ""},
        {"iban", "random", ""},
        {"card_number", "random", ""},
        {"ssn", "null", ""},                    // UNIQUE: random could collide
        {"notes", "null", ""},
        {"bio", "fixed", "erased"},
        {"comment", "null", ""},
        {"avatar_url", "null", ""},
        {"photo", "null", ""},
        // Not personal, or not the column to change.
        {"id", "", ""},
        {"total", "", ""},
        {"quantity", "", ""},
        {"status", "", ""},
        {"sku", "", ""},
        {"title", "", ""},
        {"email_verified", "", ""},
        {"email_verified_at", "", ""},
        {"country_id", "", ""},
        {"created_at", "", ""},
        {"deleted_at", "", ""},
        {"deleted_by", "", ""},
    };
    // clang-format on
    for (const QString &backend : TestDatabase::backends()) {
        for (const QStringList &c : cases) {
            QTest::addRow("%s: %s", qPrintable(backend), qPrintable(c.at(0)))
                << backend << c.at(0) << c.at(1) << c.at(2);
        }
    }
}

void TestAnonymization::suggestions()
{
    QFETCH(QString, backend);
    QFETCH(QString, column);
    QFETCH(QString, kind);
    QFETCH(QString, parameter);
    const QList<TableInfo> tables = cachedTables(backend, customersScript(backend));
    const TableInfo *info = findTable(tables, QStringLiteral("customers"));
    QVERIFY(info);
    QVERIFY(info->column(column));

    const QList<RuleSuggester::Suggestion> suggestions = RuleSuggester::suggest(*info);
    QVERIFY(suggestions.size() >= 15);
    const RuleSuggester::Suggestion *found = nullptr;
    for (const RuleSuggester::Suggestion &s : suggestions) {
        if (s.rule.column == column)
            found = &s;
    }
    if (kind.isEmpty()) {
        QVERIFY2(!found, qPrintable(found ? Rules::kindName(found->rule.kind) : QString()));
        return;
    }
    QVERIFY(found);
    QCOMPARE(Rules::kindName(found->rule.kind), kind);
    QCOMPARE(found->rule.parameter, parameter);
    QCOMPARE(found->rule.table, info->name);
    QVERIFY2(found->why.contains(column), qPrintable(found->why));
    QVERIFY2(Rules::refusal(found->rule, *info).isEmpty(),
             qPrintable(Rules::refusal(found->rule, *info)));
    if (found->rule.kind == RuleKind::Hash)
        QVERIFY2(found->why.contains(QLatin1String("pseudonymisation")), qPrintable(found->why));
}

void TestAnonymization::suggestionsNeverBreakConstraints()
{
    QFETCH(QString, backend);
    // Every table of both schemas: whatever is proposed can be saved.
    QList<TableInfo> tables = cachedTables(backend, customersScript(backend));
    tables += cachedTables(backend, peopleScript(backend));
    QVERIFY(tables.size() >= 8);
    int total = 0;
    for (const TableInfo &table : std::as_const(tables)) {
        QSet<QString> columns;
        for (const RuleSuggester::Suggestion &s : RuleSuggester::suggest(table)) {
            QVERIFY2(Rules::refusal(s.rule, table).isEmpty(),
                     qPrintable(Rules::refusal(s.rule, table)));
            QVERIFY(!s.why.isEmpty());
            QVERIFY(!columns.contains(s.rule.column));
            columns.insert(s.rule.column);
            QVERIFY(!table.primaryKey.contains(s.rule.column));
            QVERIFY(s.rule.column != table.convention.marker);
            ++total;
        }
    }
    QVERIFY(total >= 20);
}

void TestAnonymization::transientTables_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("transient");
    QTest::newRow("sessions") << "sessions" << true;
    QTest::newRow("user_sessions") << "user_sessions" << true;
    QTest::newRow("django_session") << "django_session" << true;
    QTest::newRow("personal_access_tokens") << "personal_access_tokens" << true;
    QTest::newRow("RefreshTokens") << "RefreshTokens" << true;
    QTest::newRow("login_attempts") << "login_attempts" << true;
    QTest::newRow("failed_logins") << "failed_logins" << true;
    QTest::newRow("password_resets") << "password_resets" << true;
    QTest::newRow("otp_codes") << "otp_codes" << true;
    QTest::newRow("users") << "users" << false;
    QTest::newRow("orders") << "orders" << false;
    QTest::newRow("tokenizer_settings") << "tokenizer_settings" << false;
    QTest::newRow("login_history") << "login_history" << false;
    QTest::newRow("professions") << "professions" << false;
}

void TestAnonymization::transientTables()
{
    QFETCH(QString, table);
    QFETCH(bool, transient);
    TableInfo info;
    info.name = {QStringLiteral("public"), table};
    QCOMPARE(RuleSuggester::looksTransient(info), transient);
}

void TestAnonymization::storeSaveLoadRemove()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, peopleScript(backend));
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    const QualifiedName people = tableName(backend, QStringLiteral("people"));
    const QualifiedName teams = tableName(backend, QStringLiteral("teams"));
    RuleStore store(connection);
    DbError error;

    // Reading creates nothing.
    QVERIFY(store.rules(&error).isEmpty());
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(store.purgeOnErasure(&error).isEmpty());
    QVERIFY(!error.isError());
    QCOMPARE(db.scalar("SELECT count(*) FROM people").toInt(), 1);
    QVERIFY(!hasTable(db, QStringLiteral("salvage_anonymization_rule")));

    const QList<AnonymizationRule> saved = {
        makeRule(people, QStringLiteral("nickname"), RuleKind::Redact),
        makeRule(people, QStringLiteral("email"), RuleKind::Email),
        makeRule(people, QStringLiteral("zip"), RuleKind::Fixed, QStringLiteral("00000")),
        makeRule(people, QStringLiteral("born"), RuleKind::GeneralizeDate),
        makeRule(people, QStringLiteral("age"), RuleKind::Random),
        makeRule(people, QStringLiteral("ref"), RuleKind::Null),
        makeRule(people, QStringLiteral("handle"), RuleKind::Hash),
        makeRule(people, QStringLiteral("name"), RuleKind::Keep),
        makeRule(teams,
                 QStringLiteral("label"),
                 RuleKind::Fixed,
                 QStringLiteral("x'); DROP TABLE people; --")),
    };
    for (const AnonymizationRule &rule : saved) {
        QVERIFY2(store.saveRule(rule, tables, QStringLiteral("alice"), &error),
                 qPrintable(error.message));
    }
    QVERIFY(hasTable(db, QStringLiteral("salvage_anonymization_rule")));
    QCOMPARE(ruleTexts(store.rules(&error)), ruleTexts(saved));
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_anonymization_rule "
                       "WHERE updated_by = 'alice'")
                 .toInt(),
             saved.size());
    QCOMPARE(db.scalar("SELECT count(*) FROM people").toInt(), 1);

    // Saving a column again replaces its rule; another store (another admin) sees it.
    QVERIFY(store.saveRule(makeRule(people, QStringLiteral("nickname"), RuleKind::Null),
                           tables,
                           QStringLiteral("bob"),
                           &error));
    Connection other = db.connect();
    RuleStore otherStore(other);
    QList<AnonymizationRule> expected = saved;
    expected[0].kind = RuleKind::Null;
    QCOMPARE(ruleTexts(otherStore.rules(&error)), ruleTexts(expected));
    QCOMPARE(db.scalar("SELECT updated_by FROM salvage_anonymization_rule "
                       "WHERE column_name = 'nickname'")
                 .toString(),
             QStringLiteral("bob"));

    // A table named without its schema finds the only table of that name.
    QVERIFY2(store.saveRule(makeRule({QString(), QStringLiteral("people")},
                                     QStringLiteral("score"),
                                     RuleKind::Null),
                            tables,
                            QStringLiteral("alice"),
                            &error),
             qPrintable(error.message));
    expected << makeRule(people, QStringLiteral("score"), RuleKind::Null);
    QCOMPARE(ruleTexts(store.rules(&error)), ruleTexts(expected));

    QVERIFY(store.removeRule(people, QStringLiteral("score"), QStringLiteral("alice"), &error));
    expected.removeLast();
    QVERIFY(store.removeRule(teams, QStringLiteral("label"), QStringLiteral("alice"), &error));
    expected.removeLast();
    QCOMPARE(ruleTexts(store.rules(&error)), ruleTexts(expected));
    error = DbError();
    QVERIFY(!store.removeRule(teams, QStringLiteral("label"), QStringLiteral("alice"), &error));
    QCOMPARE(error.kind, DbError::Refused);
    QVERIFY(error.message.contains(QLatin1String("label")));
    QCOMPARE(ruleTexts(store.rules(&error)), ruleTexts(expected));
}

void TestAnonymization::storeRefusedSaveStoresNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<RuleKind>("kind");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("mustContain");
    for (const QString &backend : TestDatabase::backends()) {
        const auto row = [&](const char *tag,
                             const char *table,
                             const char *column,
                             RuleKind kind,
                             const char *actor,
                             const char *part) {
            QTest::addRow("%s: %s", qPrintable(backend), tag)
                << backend << table << column << kind << actor << part;
        };
        row("null on NOT NULL", "people", "name", RuleKind::Null, "alice", "NOT NULL");
        row("random on UNIQUE", "people", "email", RuleKind::Random, "alice", "UNIQUE");
        row("unknown column", "people", "nope", RuleKind::Null, "alice", "nope");
        row("unknown table", "nobody", "email", RuleKind::Null, "alice", "nobody");
        row("primary key", "people", "id", RuleKind::Hash, "alice", "primary key");
        row("no actor", "people", "nickname", RuleKind::Null, " ", "actor");
    }
}

void TestAnonymization::storeRefusedSaveStoresNothing()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(RuleKind, kind);
    QFETCH(QString, actor);
    QFETCH(QString, mustContain);
    SALVAGE_TEST_DATABASE(db, backend, peopleScript(backend));
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    RuleStore store(connection);
    DbError error;
    // One good rule first, on the same column where possible: it must stay as it was.
    const QString keptColumn = column == QLatin1String("name") ? column : QStringLiteral("age");
    QVERIFY2(store.saveRule(peopleRule(backend, keptColumn, RuleKind::Keep), tables, "alice", &error),
             qPrintable(error.message));
    const QString before = ruleRows(db);

    error = DbError();
    QVERIFY(
        !store.saveRule(makeRule(tableName(backend, table), column, kind), tables, actor, &error));
    QCOMPARE(error.kind, DbError::Refused);
    QVERIFY2(error.message.contains(mustContain), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("Nothing was saved"))
                 || mustContain == QLatin1String("actor"),
             qPrintable(error.message));
    QCOMPARE(ruleRows(db), before);
}

void TestAnonymization::storeJsonRoundTrip_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const QStringList backends = TestDatabase::backends();
    for (const QString &from : backends) {
        for (const QString &to : backends) {
            QTest::addRow("%s to %s", qPrintable(from), qPrintable(to)) << from << to;
        }
    }
}

void TestAnonymization::storeJsonRoundTrip()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    SALVAGE_TEST_DATABASE(source, from, peopleScript(from));
    SALVAGE_TEST_DATABASE(target, to, peopleScript(to));
    Connection sourceConnection = source.connect();
    Connection targetConnection = target.connect();
    const QList<TableInfo> sourceTables = inspectTables(sourceConnection);
    const QList<TableInfo> targetTables = inspectTables(targetConnection);
    RuleStore sourceStore(sourceConnection);
    RuleStore targetStore(targetConnection);
    DbError error;

    const QualifiedName people = tableName(from, QStringLiteral("people"));
    const QList<AnonymizationRule> rules = {
        makeRule(people, QStringLiteral("nickname"), RuleKind::Redact),
        makeRule(people, QStringLiteral("email"), RuleKind::Email),
        makeRule(people, QStringLiteral("zip"), RuleKind::Fixed, QStringLiteral("'\";\\")),
        makeRule(people, QStringLiteral("born"), RuleKind::GeneralizeDate),
        makeRule(people, QStringLiteral("handle"), RuleKind::Hash),
        makeRule(tableName(from, QStringLiteral("teams")),
                 QStringLiteral("label"),
                 RuleKind::Fixed,
                 QStringLiteral("ünïcödé 🗑")),
    };
    for (const AnonymizationRule &rule : rules)
        QVERIFY2(sourceStore.saveRule(rule, sourceTables, QStringLiteral("alice"), &error),
                 qPrintable(error.message));
    QVERIFY(sourceStore.setPurgeOnErasure(tableName(from, QStringLiteral("badges")),
                                          true,
                                          QStringLiteral("alice"),
                                          &error));

    const QByteArray json = sourceStore.exportJson(&error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("rules")).toArray().size(), rules.size());
    QCOMPARE(root.value(QStringLiteral("purge_on_erasure")).toArray().size(), 1);

    QVERIFY2(targetStore.importJson(json, targetTables, QStringLiteral("bob"), &error),
             qPrintable(error.message));
    const QList<AnonymizationRule> imported = targetStore.rules(&error);
    if (from == to) {
        QCOMPARE(imported, sourceStore.rules(&error));
        QCOMPARE(targetStore.exportJson(&error), json);
    } else {
        QCOMPARE(ruleTexts(imported, false), ruleTexts(rules, false));
    }
    QCOMPARE(ruleTexts(imported), ruleTexts(targetStore.rules(&error)));
    const QList<QualifiedName> purged = targetStore.purgeOnErasure(&error);
    QCOMPARE(purged.size(), 1);
    QCOMPARE(purged.first(), tableName(to, QStringLiteral("badges")));
    QCOMPARE(target.scalar("SELECT count(DISTINCT updated_by) FROM salvage_anonymization_rule")
                 .toInt(),
             1);

    // Importing the same file again changes nothing.
    QVERIFY(targetStore.importJson(json, targetTables, QStringLiteral("bob"), &error));
    QCOMPARE(targetStore.rules(&error), imported);
}

void TestAnonymization::storeImportWithBadRuleImportsNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mustContain");

    const auto file = [](const QByteArray &badRule, const QByteArray &purge = "[]") {
        return QByteArray(R"({"version": 1, "rules": [
            {"table": "people", "column": "nickname", "rule": "redact", "parameter": ""},
            {"table": "people", "column": "email", "rule": "email", "parameter": ""},
            )") + badRule
               + "], \"purge_on_erasure\": " + purge + "}";
    };
    const QByteArray good = R"({"table": "teams", "column": "label", "rule": "null"})";
    struct Case
    {
        const char *tag;
        QByteArray json;
        const char *mustContain;
    };
    const QList<Case> cases = {
        {"null on NOT NULL",
         file(R"({"table": "people", "column": "name", "rule": "null"})"),
         "Rule 3"},
        {"fixed on UNIQUE",
         file(R"({"table": "people", "column": "email", "rule": "fixed", "parameter": "x"})"),
         "UNIQUE"},
        {"unknown kind", file(R"({"table": "people", "column": "age", "rule": "shred"})"), "shred"},
        {"unknown column", file(R"({"table": "people", "column": "nix", "rule": "null"})"), "nix"},
        {"unknown table", file(R"({"table": "nobody", "column": "x", "rule": "null"})"), "nobody"},
        {"malformed table name",
         file(R"({"table": "\"open", "column": "x", "rule": "null"})"),
         "Rule 3"},
        {"column twice",
         file(R"({"table": "people", "column": "nickname", "rule": "null"})"),
         "Rule 3"},
        {"unknown purge table", file(good, R"(["nobody"])"), "nobody"},
        {"not json", "{\"version\": 1, \"rules\": [", "JSON"},
        {"wrong version", R"({"version": 2, "rules": [], "purge_on_erasure": []})", "version"},
        {"no lists", R"({"version": 1})", "rules"},
    };
    for (const QString &backend : TestDatabase::backends()) {
        for (const Case &c : cases) {
            QTest::addRow("%s: %s", qPrintable(backend), c.tag)
                << backend << c.json << QString::fromLatin1(c.mustContain);
        }
    }
}

void TestAnonymization::storeImportWithBadRuleImportsNothing()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, json);
    QFETCH(QString, mustContain);
    SALVAGE_TEST_DATABASE(db, backend, peopleScript(backend));
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    RuleStore store(connection);
    DbError error;
    QVERIFY(
        store.saveRule(peopleRule(backend, "nickname", RuleKind::Null), tables, "alice", &error));
    const QString before = ruleRows(db);

    QVERIFY(!store.importJson(json, tables, QStringLiteral("bob"), &error));
    QCOMPARE(error.kind, DbError::Refused);
    QVERIFY2(error.message.contains(mustContain), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("Nothing was imported")),
             qPrintable(error.message));
    QCOMPARE(ruleRows(db), before);
}

void TestAnonymization::storePurgeOnErasure()
{
    QFETCH(QString, backend);
    const QString hostile = QStringLiteral("x\"; DROP TABLE people; --");
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          peopleScript(backend)
                              + QStringLiteral("CREATE TABLE user_sessions (id integer PRIMARY "
                                               "KEY, token text);\nCREATE TABLE %1 (id integer "
                                               "PRIMARY KEY);\n")
                                    .arg(quoteIdentifier(hostile)));
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    const TableInfo *sessions = findTable(tables, QStringLiteral("user_sessions"));
    QVERIFY(sessions);
    QVERIFY(RuleSuggester::looksTransient(*sessions));
    RuleStore store(connection);
    DbError error;
    const QualifiedName hostileName = tableName(backend, hostile);

    // Unmarking before anything was stored is fine and creates nothing.
    QVERIFY(store.setPurgeOnErasure(sessions->name, false, QStringLiteral("alice"), &error));
    QVERIFY(!hasTable(db, QStringLiteral("salvage_anonymization_rule")));
    QVERIFY(!store.setPurgeOnErasure(sessions->name, true, QString(), &error));
    QCOMPARE(error.kind, DbError::Refused);

    QVERIFY(store.setPurgeOnErasure(sessions->name, true, QStringLiteral("alice"), &error));
    QVERIFY(store.setPurgeOnErasure(hostileName, true, QStringLiteral("alice"), &error));
    QVERIFY(store.setPurgeOnErasure(hostileName, true, QStringLiteral("bob"), &error));
    QVERIFY(
        store.saveRule(peopleRule(backend, "nickname", RuleKind::Null), tables, "alice", &error));
    QCOMPARE(nameTexts(store.purgeOnErasure(&error)), nameTexts({sessions->name, hostileName}));
    // The marks are not rules.
    QCOMPARE(store.rules(&error).size(), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM people").toInt(), 1);

    QVERIFY(store.setPurgeOnErasure(hostileName, false, QStringLiteral("alice"), &error));
    QCOMPARE(nameTexts(store.purgeOnErasure(&error)), nameTexts({sessions->name}));
    QCOMPARE(store.rules(&error).size(), 1);
}

void TestAnonymization::storeSaltIsStable()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db, backend, QString());
    SALVAGE_TEST_DATABASE(otherDb, backend, QString());
    Connection first = db.connect();
    Connection second = db.connect();
    DbError error;
    const QByteArray salt = RuleStore(first).salt(&error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(salt.size(), 32);
    QVERIFY(salt != QByteArray(32, '\0'));
    QCOMPARE(RuleStore(second).salt(&error), salt);
    QCOMPARE(RuleStore(first).salt(&error), salt);
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_erasure_salt").toInt(), 1);
    QCOMPARE(db.scalar("SELECT salt FROM salvage_erasure_salt").toString(),
             QString::fromLatin1(salt.toHex()));

    Connection third = otherDb.connect();
    const QByteArray otherSalt = RuleStore(third).salt(&error);
    QCOMPARE(otherSalt.size(), 32);
    QVERIFY(otherSalt != salt);
}

void TestAnonymization::storeHostileTableNames()
{
    QFETCH(QString, backend);
    const QString script = hostileTablesScript(
        QStringLiteral("CREATE TABLE %1 (id integer PRIMARY KEY, %1 text);\n"));
    SALVAGE_TEST_DATABASE(db, backend, script);
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    RuleStore store(connection);
    DbError error;
    QList<AnonymizationRule> saved;
    for (const Salvage::Test::HostileName &hostile : Salvage::Test::hostileNames()) {
        const TableInfo *info = findTable(tables, hostile.name);
        QVERIFY2(info, hostile.tag);
        QVERIFY2(info->uniqueKeys.isEmpty(), hostile.tag);
        const AnonymizationRule rule = makeRule(info->name, hostile.name, RuleKind::Redact);
        QVERIFY2(store.saveRule(rule, tables, QStringLiteral("alice"), &error),
                 qPrintable(QString::fromLatin1(hostile.tag) + u' ' + error.message));
        saved << rule;
    }
    QCOMPARE(ruleTexts(store.rules(&error)), ruleTexts(saved));
    const QByteArray json = store.exportJson(&error);
    SALVAGE_TEST_DATABASE(copy, backend, script);
    Connection copyConnection = copy.connect();
    RuleStore copyStore(copyConnection);
    QVERIFY2(copyStore.importJson(json, inspectTables(copyConnection), QStringLiteral("bob"), &error),
             qPrintable(error.message));
    QCOMPARE(copyStore.rules(&error), store.rules(&error));
    QCOMPARE(db.scalar("SELECT count(*) FROM canary").toInt(), 0);
}

void TestAnonymization::storeCreateDenied()
{
    if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is excluded by SALVAGE_TEST_BACKENDS");
    const QString backend = QStringLiteral("postgresql");
    SALVAGE_TEST_DATABASE(db, backend, peopleScript(backend));
    QString problem;
    Connection connection
        = Salvage::Test::connectAsNewRole(db,
                                          QStringLiteral("readonly"),
                                          {"REVOKE CREATE ON SCHEMA public FROM PUBLIC",
                                           "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"},
                                          &problem);
    QVERIFY2(connection.isOpen(), qPrintable(problem));
    const QList<TableInfo> tables = inspectTables(connection);
    RuleStore store(connection);
    DbError error;

    // Reading works without the right to create.
    QVERIFY(store.rules(&error).isEmpty());
    QVERIFY2(!error.isError(), qPrintable(error.message));

    QVERIFY(
        !store.saveRule(peopleRule(backend, "nickname", RuleKind::Null), tables, "alice", &error));
    QCOMPARE(error.kind, DbError::PermissionDenied);
    QVERIFY2(error.message.contains(QLatin1String("salvage_anonymization_rule")),
             qPrintable(error.message));
    QVERIFY(error.message != error.driverText);
    QVERIFY(connection.isOpen());

    error = DbError();
    QVERIFY(store.salt(&error).isEmpty());
    QCOMPARE(error.kind, DbError::PermissionDenied);

    error = DbError();
    LegalHolds holds(connection);
    const TableInfo *people = findTable(tables, QStringLiteral("people"));
    QVERIFY(people);
    QVERIFY(!holds.hold(*people, {{1}}, "case 7", QDate(), "alice", &error));
    QVERIFY(error.isError());
    QVERIFY(error.message != error.driverText);
    QVERIFY(!hasTable(db, QStringLiteral("salvage_anonymization_rule")));
    QVERIFY(!hasTable(db, QStringLiteral("salvage_legal_hold")));
}

namespace {

QString holdsScript(const QString &backend)
{
    QString script = QStringLiteral(R"(
CREATE TABLE orders (id bigint PRIMARY KEY, total integer, deleted_at TS);
CREATE TABLE line_items (line_no integer NOT NULL, order_id integer NOT NULL, sku text,
    PRIMARY KEY (order_id, line_no));
CREATE TABLE log_lines (id integer, body text);
INSERT INTO orders VALUES (1, 10, NULL);
INSERT INTO orders VALUES (2, 20, NULL);
INSERT INTO orders VALUES (9007199254740993, 30, NULL);
INSERT INTO line_items VALUES (1, 1, 'A');
INSERT INTO line_items VALUES (2, 1, 'B');
)");
    script.replace(QStringLiteral(" TS)"), QLatin1Char(' ') + timestampType(backend) + u')');
    return script;
}

// holdsScript() on `backend`, with its two tables that have a primary key.
struct HoldsDatabase : Salvage::Test::InspectedDatabase
{
    explicit HoldsDatabase(const QString &backend)
        : InspectedDatabase(backend, holdsScript(backend))
        , orders(findTable(tables, QStringLiteral("orders")))
        , items(findTable(tables, QStringLiteral("line_items")))
    {
        if (problem.isEmpty() && (!orders || !items))
            problem = QStringLiteral("orders or line_items was not found");
    }

    const TableInfo *orders;
    const TableInfo *items;
};

QStringList holdTexts(const QList<Hold> &holds)
{
    QStringList result;
    for (const Hold &hold : holds) {
        QStringList key;
        for (const QVariant &v : hold.key)
            key << v.toString();
        result << hold.table.name + u'|' + key.join(u',') + u'|' + hold.reason + u'|'
                      + hold.until.toString(Qt::ISODate) + u'|' + hold.actor;
    }
    result.sort();
    return result;
}

} // namespace

void TestAnonymization::holdReleaseList()
{
    QFETCH(QString, backend);
    HoldsDatabase data(backend);
    QVERIFY2(data.problem.isEmpty(), qPrintable(data.problem));
    LegalHolds holds(data.connection);
    DbError error;
    QVERIFY(holds.holds(QualifiedName(), &error).isEmpty());
    QVERIFY2(!error.isError(), qPrintable(error.message));

    const QDate until = QDate::currentDate().addYears(1);
    const qlonglong big = 9007199254740993LL; // 2^53 + 1: not exact as a double
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    // The same row twice, and as text: held once.
    QVERIFY2(holds.hold(*data.orders,
                        {{1}, {big}, {QStringLiteral("1")}},
                        "case 7",
                        until,
                        "alice",
                        &error),
             qPrintable(error.message));
    QVERIFY2(holds.hold(*data.items, {{1, 2}}, "audit 2024", QDate(), "bob", &error),
             qPrintable(error.message));

    const QString u = until.toString(Qt::ISODate);
    QCOMPARE(holdTexts(holds.holds(data.orders->name, &error)),
             QStringList({"orders|1|case 7|" + u + "|alice",
                          "orders|9007199254740993|case 7|" + u + "|alice"}));
    const QList<Hold> all = holds.holds(QualifiedName(), &error);
    QCOMPARE(all.size(), 3);
    for (const Hold &hold : all) {
        QVERIFY(hold.placedAt >= before);
        QVERIFY(hold.placedAt <= QDateTime::currentDateTimeUtc().addSecs(5));
        QCOMPARE(hold.placedAt.timeSpec(), Qt::UTC);
        if (hold.table == data.items->name) {
            QVERIFY(sameKey(hold.key, {1, 2}));
            QVERIFY(!hold.until.isValid());
        }
        if (hold.table == data.orders->name && hold.key.value(0).toLongLong() != 1)
            QCOMPARE(hold.key.value(0).toLongLong(), big);
    }

    // Holding again replaces the reason; releasing removes only the named rows.
    QVERIFY(holds.hold(*data.orders, {{1}}, "case 8", QDate(), "carol", &error));
    QCOMPARE(holdTexts(holds.holds(data.orders->name, &error)),
             QStringList(
                 {"orders|1|case 8||carol", "orders|9007199254740993|case 7|" + u + "|alice"}));
    QVERIFY2(holds.release(*data.orders, {{big}}, QStringLiteral("alice"), &error),
             qPrintable(error.message));
    QCOMPARE(holdTexts(holds.holds(data.orders->name, &error)),
             QStringList({"orders|1|case 8||carol"}));
    QVERIFY(holds.release(*data.items, {{1, 2}}, QStringLiteral("alice"), &error));
    QCOMPARE(holds.holds(QualifiedName(), &error).size(), 1);
    QCOMPARE(data.db.scalar("SELECT count(*) FROM orders").toInt(), 3);
}

void TestAnonymization::expiredHoldNoLongerHolds()
{
    QFETCH(QString, backend);
    HoldsDatabase data(backend);
    QVERIFY2(data.problem.isEmpty(), qPrintable(data.problem));
    LegalHolds holds(data.connection);
    DbError error;
    const QDate today = QDate::currentDate();
    QVERIFY2(holds.hold(*data.orders, {{1}}, "until today", today, "alice", &error),
             qPrintable(error.message));
    QVERIFY(holds.hold(*data.orders, {{2}}, "open ended", QDate(), "alice", &error));
    // A hold lasts through its last day.
    QCOMPARE(holds.holds(data.orders->name, &error).size(), 2);

    // The day after, it no longer holds (the date moved back instead of the clock forward).
    QVERIFY(data.db.exec(QStringLiteral("UPDATE salvage_legal_hold SET held_until = '%1' "
                                        "WHERE reason = 'until today'")
                             .arg(today.addDays(-1).toString(Qt::ISODate))));
    const QList<Hold> left = holds.holds(data.orders->name, &error);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().reason, QStringLiteral("open ended"));

    // A hold cannot be placed in the past.
    QVERIFY(!holds.hold(*data.orders, {{1}}, "late", today.addDays(-1), "alice", &error));
    QCOMPARE(error.kind, DbError::Refused);
    QCOMPARE(holds.holds(data.orders->name, &error).size(), 1);
}

void TestAnonymization::holdAudit()
{
    QFETCH(QString, backend);
    HoldsDatabase data(backend);
    QVERIFY2(data.problem.isEmpty(), qPrintable(data.problem));
    LegalHolds holds(data.connection);
    DbError error;
    const QDate until = QDate::currentDate().addMonths(6);
    QVERIFY2(holds.hold(*data.orders, {{1}, {2}}, "case 7", until, "alice", &error),
             qPrintable(error.message));
    QVERIFY(holds.hold(*data.items, {{1, 1}}, "case 8", QDate(), "bob", &error));
    QVERIFY(holds.release(*data.orders, {{2}}, QStringLiteral("carol"), &error));

    AuditLog log(data.connection);
    AuditLog::Filter filter;
    filter.action = QStringLiteral("hold");
    const QList<AuditEntry> held = log.entries(filter, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(held.size(), 3);
    QSet<QString> operations;
    QStringList keys;
    for (const AuditEntry &entry : held) {
        operations.insert(entry.operationId);
        keys << entry.tableName + u' ' + entry.rowKey;
        QVERIFY(!entry.databaseUser.isEmpty());
        const QJsonObject details = QJsonDocument::fromJson(entry.details.toUtf8()).object();
        QVERIFY(details.contains(QLatin1String("held_until")));
        if (entry.tableName == data.orders->name.display()) {
            QCOMPARE(entry.actor, QStringLiteral("alice"));
            QCOMPARE(entry.reason, QStringLiteral("case 7"));
            QCOMPARE(details.value(QLatin1String("held_until")).toString(),
                     until.toString(Qt::ISODate));
        } else {
            QCOMPARE(entry.actor, QStringLiteral("bob"));
            QVERIFY(details.value(QLatin1String("held_until")).isNull());
        }
    }
    QCOMPARE(operations.size(), 2); // one operation per hold() call
    keys.sort();
    QCOMPARE(keys,
             QStringList({data.items->name.display() + R"( {"line_no":1,"order_id":1})",
                          data.orders->name.display() + R"( {"id":1})",
                          data.orders->name.display() + R"( {"id":2})"}));

    filter.action = QStringLiteral("unhold");
    const QList<AuditEntry> released = log.entries(filter, &error);
    QCOMPARE(released.size(), 1);
    QCOMPARE(released.first().actor, QStringLiteral("carol"));
    QCOMPARE(released.first().rowKey, QStringLiteral(R"({"id":2})"));
    QCOMPARE(data.db.scalar("SELECT count(*) FROM salvage_audit").toInt(), 4);
}

void TestAnonymization::holdRefusals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QVariantList>("keys"); // each a QVariantList key
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("untilDays"); // from today; 9999: none
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("release");
    QTest::addColumn<QString>("mustContain");
    for (const QString &backend : TestDatabase::backends()) {
        const auto row = [&](const char *tag,
                             const char *table,
                             const QVariantList &keys,
                             const char *reason,
                             int untilDays,
                             const char *actor,
                             bool release,
                             const char *part) {
            QTest::addRow("%s: %s", qPrintable(backend), tag)
                << backend << table << keys << reason << untilDays << actor << release << part;
        };
        const QVariantList one{QVariant(QVariantList{1})};
        row("missing row",
            "orders",
            {QVariantList{1}, QVariantList{404}},
            "case",
            9999,
            "alice",
            false,
            "404");
        row("no reason", "orders", one, "  ", 9999, "alice", false, "reason");
        row("no actor", "orders", one, "case", 9999, "", false, "actor");
        row("until passed", "orders", one, "case", -1, "alice", false, "passed");
        row("no rows", "orders", {}, "case", 9999, "alice", false, "No rows");
        row("key of the wrong size",
            "line_items",
            one,
            "case",
            9999,
            "alice",
            false,
            "order_id, line_no");
        row("no primary key", "log_lines", one, "case", 9999, "alice", false, "primary key");
        row("release unheld row",
            "orders",
            {QVariantList{1}, QVariantList{2}},
            "",
            9999,
            "alice",
            true,
            "2");
        row("release without actor", "orders", one, "", 9999, "", true, "actor");
    }
}

void TestAnonymization::holdRefusals()
{
    QFETCH(QString, backend);
    QFETCH(QString, table);
    QFETCH(QVariantList, keys);
    QFETCH(QString, reason);
    QFETCH(int, untilDays);
    QFETCH(QString, actor);
    QFETCH(bool, release);
    QFETCH(QString, mustContain);
    HoldsDatabase data(backend);
    QVERIFY2(data.problem.isEmpty(), qPrintable(data.problem));
    const TableInfo *info = findTable(data.tables, table);
    QVERIFY(info);
    LegalHolds holds(data.connection);
    DbError error;
    // Order 1 is held already; order 2 is not.
    QVERIFY(holds.hold(*data.orders, {{1}}, "case 1", QDate(), "zed", &error));
    const TestDatabase &db = data.db;
    const QString holdsBefore = db.dump(QStringLiteral("salvage_legal_hold"),
                                        QStringLiteral("table_name, row_key"));
    const QString auditBefore = db.dump(QStringLiteral("salvage_audit"), QStringLiteral("id"));

    QList<RowKey> rowKeys;
    for (const QVariant &key : keys)
        rowKeys << key.toList();
    const QDate until = untilDays == 9999 ? QDate() : QDate::currentDate().addDays(untilDays);
    error = DbError();
    const bool ok = release ? holds.release(*info, rowKeys, actor, &error)
                            : holds.hold(*info, rowKeys, reason, until, actor, &error);
    QVERIFY(!ok);
    QCOMPARE(error.kind, DbError::Refused);
    QVERIFY2(error.message.contains(mustContain), qPrintable(error.message));
    QCOMPARE(db.dump(QStringLiteral("salvage_legal_hold"), QStringLiteral("table_name, row_key")),
             holdsBefore);
    QCOMPARE(db.dump(QStringLiteral("salvage_audit"), QStringLiteral("id")), auditBefore);
}

void TestAnonymization::holdHostileTableNames()
{
    QFETCH(QString, backend);
    SALVAGE_TEST_DATABASE(db,
                          backend,
                          hostileTablesScript(
                              QStringLiteral("CREATE TABLE %1 (%1 integer PRIMARY KEY);\n"
                                             "INSERT INTO %1 VALUES (7);\n")));
    Connection connection = db.connect();
    const QList<TableInfo> tables = inspectTables(connection);
    LegalHolds holds(connection);
    DbError error;
    for (const Salvage::Test::HostileName &hostile : Salvage::Test::hostileNames()) {
        const TableInfo *info = findTable(tables, hostile.name);
        QVERIFY2(info, hostile.tag);
        QVERIFY2(holds.hold(*info, {{7}}, "case 1", QDate(), "alice", &error),
                 qPrintable(QString::fromLatin1(hostile.tag) + u' ' + error.message));
        const QList<Hold> found = holds.holds(info->name, &error);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().table, info->name);
        QVERIFY(sameKey(found.first().key, {7}));
        QVERIFY2(!holds.hold(*info, {{8}}, "case 1", QDate(), "alice", &error), hostile.tag);
    }
    QCOMPARE(holds.holds(QualifiedName(), &error).size(), Salvage::Test::hostileNames().size());
    for (const Salvage::Test::HostileName &hostile : Salvage::Test::hostileNames()) {
        const TableInfo *info = findTable(tables, hostile.name);
        QVERIFY2(holds.release(*info, {{7}}, QStringLiteral("alice"), &error),
                 qPrintable(QString::fromLatin1(hostile.tag) + u' ' + error.message));
        QVERIFY(holds.holds(info->name, &error).isEmpty());
    }
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit WHERE action = 'hold'").toInt(),
             Salvage::Test::hostileNames().size());
    QCOMPARE(db.scalar("SELECT count(*) FROM salvage_audit WHERE action = 'unhold'").toInt(),
             Salvage::Test::hostileNames().size());
    QCOMPARE(db.scalar("SELECT count(*) FROM canary").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestAnonymization)
#include "tst_anonymization.moc"
