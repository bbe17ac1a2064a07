#pragma once

#include "db/connectionsecurity.h"

#include <functional>

class QWidget;

namespace Salvage {

// The status bar's words for how the open connection travels; empty where there is no network
// (SQLite) or no connection.
QString transportStatusText(Transport transport);
QString transportStatusToolTip(Transport transport);

// Asks (window-modal, open() + finished, no nested event loop) whether to use the unencrypted
// connection to `url`, and calls `answered` with the answer once.
void askUnencryptedConsent(QWidget *parent,
                           const ConnectionUrl &url,
                           const std::function<void(bool)> &answered);

} // namespace Salvage
