#pragma once

#include "connectionurl.h"

namespace Salvage {

class Connection;

// How the bytes of an open connection travel.
enum class Transport {
    None,        // not connected
    LocalFile,   // SQLite: no network at all
    Encrypted,   // PostgreSQL over TLS
    Unencrypted, // PostgreSQL in plain text (sslmode disable, or allow / prefer that fell back)
};

// The transport of `connection` (libpq's PQsslInUse on QPSQL's native handle).
Transport transportOf(const Connection &connection);

// Whether `host` (a ConnectionUrl host, possibly a comma-separated libpq host list) only names
// this machine: empty or a directory (the unix socket), localhost, 127.0.0.0/8 or ::1.
bool isLocalHost(const QString &host);

// Whether the user must agree before a connection to `url` that ended up on `transport` is
// used: plain text to another machine, where passwords and rows can be read on the way.
bool needsUnencryptedConsent(const ConnectionUrl &url, Transport transport);

} // namespace Salvage
