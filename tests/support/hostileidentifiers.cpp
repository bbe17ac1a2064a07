#include "hostileidentifiers.h"

#include <QSet>

namespace Salvage::Test {

namespace {

constexpr int PgMaxIdentifierBytes = 63;

void addPunctuation(QList<HostileIdentifier> *out)
{
    const QString punctuation = QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    for (const QChar c : punctuation) {
        const QString hex = QString::number(c.unicode(), 16);
        out->append({QStringLiteral("0x%1 at start").arg(hex), c + QStringLiteral("start")});
        out->append({QStringLiteral("0x%1 in middle").arg(hex),
                     QStringLiteral("mid") + c + QStringLiteral("dle")});
        out->append({QStringLiteral("0x%1 at end").arg(hex), QStringLiteral("end") + c});
    }
}

void addQuotesDotsAndSpaces(QList<HostileIdentifier> *out)
{
    const QList<HostileIdentifier> names{
        {QStringLiteral("one double quote"), QStringLiteral("\"")},
        {QStringLiteral("two double quotes"), QStringLiteral("\"\"")},
        {QStringLiteral("quoted-looking"), QStringLiteral("\"looks quoted\"")},
        {QStringLiteral("qualified-looking"), QStringLiteral("\"a\".\"b\"")},
        {QStringLiteral("one single quote"), QStringLiteral("'")},
        {QStringLiteral("backticks"), QStringLiteral("`tick`")},
        {QStringLiteral("brackets"), QStringLiteral("[bracketed]")},
        {QStringLiteral("injection via double quote"), QStringLiteral("x\"; DROP TABLE canary; --")},
        {QStringLiteral("injection via single quote"), QStringLiteral("x'); DROP TABLE canary; --")},
        {QStringLiteral("only a dot"), QStringLiteral(".")},
        {QStringLiteral("two dots"), QStringLiteral("a..b")},
        {QStringLiteral("three parts"), QStringLiteral("a.b.c")},
        {QStringLiteral("only semicolons"), QStringLiteral(";;")},
        {QStringLiteral("statement pair"), QStringLiteral("a; SELECT 1")},
        {QStringLiteral("only a space"), QStringLiteral(" ")},
        {QStringLiteral("spaces around"), QStringLiteral("  padded  ")},
        {QStringLiteral("inner spaces"), QStringLiteral("two  spaces")},
        {QStringLiteral("tab inside"), QStringLiteral("tab\there")},
        {QStringLiteral("tab first"), QStringLiteral("\ttab")},
        {QStringLiteral("newline inside"), QStringLiteral("new\nline")},
        {QStringLiteral("newline last"), QStringLiteral("newline\n")},
        {QStringLiteral("carriage return"), QStringLiteral("cr\r\nlf")},
        {QStringLiteral("form feed and vertical tab"), QStringLiteral("ff\fvt\v")},
        {QStringLiteral("no-break space"), QStringLiteral("no\u00a0break")},
        {QStringLiteral("ideographic space"), QStringLiteral("wide\u3000space")},
        {QStringLiteral("line separator"), QStringLiteral("line\u2028sep")},
        {QStringLiteral("escape sequence"), QStringLiteral("\x1b[31mred")},
        {QStringLiteral("backslash N"), QStringLiteral("\\N")},
        {QStringLiteral("lone backslash"), QStringLiteral("\\")},
    };
    out->append(names);
}

void addUnicode(QList<HostileIdentifier> *out)
{
    const QList<HostileIdentifier> names{
        {QStringLiteral("precomposed accent"), QStringLiteral("caf\u00e9")},
        {QStringLiteral("combining accent"), QStringLiteral("cafe\u0301")},
        {QStringLiteral("stacked combining marks"), QStringLiteral("Z\u0324\u0308a\u0308\u0324lgo")},
        {QStringLiteral("combining mark first"), QStringLiteral("\u0301first")},
        {QStringLiteral("hebrew"), QStringLiteral("\u05d8\u05d1\u05dc\u05d4")},
        {QStringLiteral("arabic"), QStringLiteral("\u062c\u062f\u0648\u0644")},
        {QStringLiteral("latin then hebrew"), QStringLiteral("abc\u05d0\u05d1")},
        {QStringLiteral("right-to-left override"), QStringLiteral("\u202eevil")},
        {QStringLiteral("left-to-right mark"), QStringLiteral("mark\u200e")},
        {QStringLiteral("zero-width space"), QStringLiteral("zero\u200bwidth")},
        {QStringLiteral("byte order mark inside"), QStringLiteral("zero\ufeffwidth nbsp")},
        {QStringLiteral("cjk"), QStringLiteral("\u65e5\u672c\u8a9e\u30c6\u30fc\u30d6\u30eb")},
        {QStringLiteral("hangul"), QStringLiteral("\ud14c\uc774\ube14")},
        {QStringLiteral("devanagari"), QStringLiteral("\u0928\u092e\u0938\u094d\u0924\u0947")},
        {QStringLiteral("greek"), QStringLiteral("\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2")},
        {QStringLiteral("dotless i"), QStringLiteral("\u0131stanbul")},
        {QStringLiteral("sharp s"), QStringLiteral("stra\u00dfe")},
        {QStringLiteral("emoji"), QStringLiteral("\U0001f5d1")},
        {QStringLiteral("emoji in words"), QStringLiteral("trash \U0001f5d1\U0001f600")},
        {QStringLiteral("zero-width joiner sequence"),
         QStringLiteral("\U0001f469\u200d\U0001f469\u200d\U0001f467")},
        {QStringLiteral("flag"), QStringLiteral("\U0001f1e9\U0001f1ea")},
        {QStringLiteral("skin tone"), QStringLiteral("\U0001f44d\U0001f3fd")},
        {QStringLiteral("math alphanumeric"), QStringLiteral("\U0001d54a\U0001d552\U0001d55d")},
        {QStringLiteral("fullwidth"), QStringLiteral("\uff53\uff45\uff4c\uff45\uff43\uff54")},
        {QStringLiteral("replacement character"), QStringLiteral("bad\ufffd")},
    };
    out->append(names);
}

void addWords(QList<HostileIdentifier> *out)
{
    const char *const reserved[] = {
        "select",
        "from",
        "where",
        "order",
        "group",
        "having",
        "user",
        "table",
        "null",
        "true",
        "false",
        "default",
        "all",
        "and",
        "or",
        "not",
        "limit",
        "offset",
        "primary",
        "key",
        "references",
        "check",
        "constraint",
        "create",
        "drop",
        "delete",
        "update",
        "insert",
        "values",
        "index",
        "column",
        "as",
        "is",
        "case",
        "when",
        "end",
        "union",
        "join",
        "grant",
        "distinct",
        "current_user",
        "rowid",
        "oid",
        "ctid",
        "pg_class",
        "deleted_at",
        "salvage_audit ",
        "salvage_orders",
        "information_schema",
    };
    for (const char *word : reserved)
        out->append({QStringLiteral("word %1").arg(QLatin1String(word)), QLatin1String(word)});
    const QList<HostileIdentifier> names{
        {QStringLiteral("arg placeholder 1"), QStringLiteral("%1")},
        {QStringLiteral("arg placeholder 2"), QStringLiteral("x%2y")},
        {QStringLiteral("localized arg placeholder"), QStringLiteral("%L1")},
        {QStringLiteral("plural placeholder"), QStringLiteral("%n rows")},
        {QStringLiteral("printf"), QStringLiteral("%s%d%%")},
        {QStringLiteral("format braces"), QStringLiteral("{0}{}")},
        {QStringLiteral("shell expansion"), QStringLiteral("${HOME}$(id)")},
        {QStringLiteral("word NULL upper"), QStringLiteral("NULL")},
        {QStringLiteral("printed null"), QStringLiteral("(null)")},
        {QStringLiteral("option yes"), QStringLiteral("--yes")},
        {QStringLiteral("option help"), QStringLiteral("-h")},
        {QStringLiteral("double dash"), QStringLiteral("--")},
        {QStringLiteral("single dash"), QStringLiteral("-")},
        {QStringLiteral("option with value"), QStringLiteral("--db=sqlite:/tmp/x")},
        {QStringLiteral("response file"), QStringLiteral("@args")},
        {QStringLiteral("only digits"), QStringLiteral("123")},
        {QStringLiteral("number with exponent"), QStringLiteral("1e5")},
        {QStringLiteral("key syntax"), QStringLiteral("id=1,b=2")},
    };
    out->append(names);
}

void addLongNames(QList<HostileIdentifier> *out)
{
    const auto fill = [](const QString &unit, const QString &tail) {
        const int unitBytes = int(unit.toUtf8().size());
        const int tailBytes = int(tail.toUtf8().size());
        return unit.repeated((PgMaxIdentifierBytes - tailBytes) / unitBytes) + tail;
    };
    out->append(
        {QStringLiteral("63 one-byte characters"), fill(QStringLiteral("l"), QStringLiteral("g"))});
    out->append({QStringLiteral("63 bytes of two-byte characters"),
                 fill(QStringLiteral("\u00e9"), QStringLiteral("x"))});
    out->append({QStringLiteral("63 bytes of three-byte characters"),
                 fill(QStringLiteral("\u8868"), QString())});
    out->append({QStringLiteral("63 bytes of four-byte characters"),
                 fill(QStringLiteral("\U0001f5d1"), QStringLiteral("abc"))});
    out->append({QStringLiteral("63 bytes ending in a quote"),
                 fill(QStringLiteral("q"), QStringLiteral("\""))});
}

// PostgreSQL compares quoted names exactly; SQLite folds ASCII case, so it gets one of each.
void addCaseTwins(QList<HostileIdentifier> *out)
{
    const QList<HostileIdentifier> names{
        {QStringLiteral("case twin lower"), QStringLiteral("twin")},
        {QStringLiteral("case twin title"), QStringLiteral("Twin")},
        {QStringLiteral("case twin upper"), QStringLiteral("TWIN")},
        {QStringLiteral("case twin SELECT"), QStringLiteral("SELECT")},
        {QStringLiteral("case twin Deleted_At"), QStringLiteral("Deleted_At")},
        {QStringLiteral("case twin greek upper"),
         QStringLiteral("\u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3")},
    };
    out->append(names);
}

QString asciiFolded(const QString &name)
{
    QString folded = name;
    for (QChar &c : folded) {
        if (c.unicode() < 128)
            c = c.toLower();
    }
    return folded;
}

} // namespace

QList<HostileIdentifier> hostileIdentifiers(const QString &backend)
{
    const bool sqlite = backend == QLatin1String("sqlite");
    QList<HostileIdentifier> all;
    addPunctuation(&all);
    addQuotesDotsAndSpaces(&all);
    addUnicode(&all);
    addWords(&all);
    addLongNames(&all);
    addCaseTwins(&all);

    QList<HostileIdentifier> valid;
    QSet<QString> seen;
    for (const HostileIdentifier &identifier : std::as_const(all)) {
        const QString &name = identifier.name;
        if (name.toUtf8().size() > PgMaxIdentifierBytes)
            continue; // PostgreSQL would cut it short: a test bug, caught by the count check
        // SQLite reserves sqlite_ for itself; it folds ASCII case when it compares names.
        if (sqlite && asciiFolded(name).startsWith(QLatin1String("sqlite_")))
            continue;
        // Qt's UTF-8 decoding drops a leading U+FEFF as a byte order mark (QtSql's
        // PostgreSQL driver, JSON files such as the rules): a known limit, named in
        // doc/architecture.md. U+FEFF inside a name works.
        if (name.startsWith(QChar(0xFEFF)))
            continue;
        const QString key = sqlite ? asciiFolded(name) : name;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        valid.append(identifier);
    }
    return valid;
}

} // namespace Salvage::Test
