#pragma once

#include <QString>

namespace Salvage {

// The bundled demo: a SQLite file in the user's data directory, created on first use from
// the schema and data in resources/demo/.
namespace DemoDatabase {
QString defaultPath();
// Creates the file at `path` if it does not exist yet. Returns false and sets *error on failure.
bool ensure(const QString &path, QString *error);
QString url(const QString &path); // "sqlite:" + path
} // namespace DemoDatabase

} // namespace Salvage
