#pragma once

#include <QList>
#include <QString>

namespace Salvage::Test {

struct HostileName
{
    const char *tag;
    QString name;
};

// Names that break naive SQL building: quotes at either end, dots, comment and statement
// separators, placeholders, LIKE wildcards, reserved words, unicode, PostgreSQL's 63-byte limit.
inline QList<HostileName> hostileNames()
{
    return {
        {"quote at start", QStringLiteral("\"leading")},
        {"quote at end", QStringLiteral("trailing\"")},
        {"quotes both ends", QStringLiteral("\"both\"")},
        {"embedded double quote pair", QStringLiteral("mid\"\"dle")},
        {"single embedded quote", QStringLiteral("a\"b")},
        {"only quotes", QStringLiteral("\"\"\"")},
        {"dot", QStringLiteral("dotted.name")},
        {"leading dot", QStringLiteral(".leadingdot")},
        {"trailing dot", QStringLiteral("trailingdot.")},
        {"quoted dot", QStringLiteral("\"a\".\"b\"")},
        {"semicolon", QStringLiteral("semi;colon")},
        {"space", QStringLiteral("with space")},
        {"leading and trailing space", QStringLiteral(" padded ")},
        {"tab and newline", QStringLiteral("tab\tnew\nline")},
        {"latin accents", QStringLiteral("ünïcödé_Tabellé")},
        {"cjk", QStringLiteral("日本語テーブル")},
        {"emoji", QStringLiteral("trash 🗑😀")},
        {"reserved select", QStringLiteral("select")},
        {"reserved order", QStringLiteral("order")},
        {"reserved user", QStringLiteral("user")},
        {"reserved table", QStringLiteral("table")},
        {"mixed case", QStringLiteral("MixedCase")},
        {"upper case", QStringLiteral("UPPER")},
        {"backslash", QStringLiteral("back\\slash")},
        {"trailing backslash", QStringLiteral("trailing\\")},
        {"line comment", QStringLiteral("dash--comment")},
        {"block comment", QStringLiteral("slash/*comment*/")},
        {"leading digit", QStringLiteral("1leading_digit")},
        {"only digits", QStringLiteral("123")},
        {"single quotes", QStringLiteral("'single'")},
        {"positional placeholder", QStringLiteral("what?")},
        {"named placeholder", QStringLiteral("col:name")},
        {"pg placeholder", QStringLiteral("$1")},
        {"dollar quoting", QStringLiteral("$$dollar$$")},
        {"like wildcards", QStringLiteral("a%b_c")},
        {"brackets and backticks", QStringLiteral("[br]`tick`")},
        {"injection double quote", QStringLiteral("x\"; DROP TABLE canary; --")},
        {"injection single quote", QStringLiteral("x'); DROP TABLE canary; --")},
        {"63 characters", QStringLiteral("L") + QString(61, QLatin1Char('o')) + QLatin1Char('g')},
    };
}

} // namespace Salvage::Test
