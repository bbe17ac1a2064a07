#pragma once

#include <QList>
#include <QString>

namespace Salvage::Test {

struct HostileIdentifier
{
    QString tag;  // what it tries, ASCII, for test output
    QString name; // the identifier itself
};

// At least 200 identifiers, generated, that break naive SQL building, message formatting and
// command-line parsing: every printable ASCII punctuation character at the start, in the
// middle and at the end; quotes, dots, semicolons, spaces, newlines and tabs; Unicode with
// right-to-left text, combining marks, zero-width characters and emoji; reserved words;
// QString::arg and printf placeholders; option look-alikes; names of exactly 63 bytes
// (PostgreSQL's limit) in one-, two-, three- and four-byte characters; and on PostgreSQL
// names that differ only in case. Every name is valid on `backend` ("sqlite" or
// "postgresql"), and no two are the same table there.
QList<HostileIdentifier> hostileIdentifiers(const QString &backend);

} // namespace Salvage::Test
