#pragma once

#include "tableinfo.h"

#include <optional>

namespace Salvage {

// Per-connection, per-table convention overrides stored in QSettings.
class ConventionStore
{
public:
    explicit ConventionStore(const QString &connectionKey);

    std::optional<Convention> load(const QualifiedName &table) const;
    void save(const QualifiedName &table, const Convention &convention);
    void clear(const QualifiedName &table);

private:
    QString groupFor(const QualifiedName &table) const;
    QString m_connectionKey;
};

} // namespace Salvage
