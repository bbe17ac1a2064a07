#pragma once

#include <QString>

namespace Salvage {

// The one way a password is kept out of what Salvage shows, prints, stores or reports.

// `text` (a database URL as typed, which may not parse, or libpq conninfo) with its password
// replaced by "****": in a URL everything between the first ':' of the user info and the last
// '@' (masking too much rather than too little), and the value of any `password=` keyword.
QString redactUrlText(const QString &text);

// The password part of a URL as typed (not decoded; may be malformed), or an empty string.
QString urlTextPassword(const QString &text);

// `text` with every occurrence of `secret` replaced by "****", also in its percent-encoded and
// percent-decoded forms. Unchanged when `secret` is empty.
QString scrubSecret(const QString &text, const QString &secret);

} // namespace Salvage
