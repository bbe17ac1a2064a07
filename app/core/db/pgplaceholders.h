#pragma once

#include <QString>

namespace Salvage {

// Rewrites QtSql's positional `?` placeholders as PostgreSQL's $1, $2, ... in order, for
// libpq's PQsendQueryParams. A `?` inside a quoted identifier ("a?b", "" escapes), a string
// literal ('...', '' escapes; E'...' with backslash escapes), a dollar-quoted string or a
// comment is text, not a placeholder, and stays as it is. *count (optional) receives the
// number of placeholders.
QString numberedPlaceholders(const QString &sql, int *count = nullptr);

} // namespace Salvage
