#pragma once

#include <QString>

#include <functional>

namespace Salvage {

// Who is acting, asked for when it is not known yet (ActorDialog); empty when the user
// cancelled. The main window's OperationController remembers it per connection.
using ActorProvider = std::function<QString()>;

} // namespace Salvage
