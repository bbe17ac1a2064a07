#pragma once

#include "rawdb.h"

#include "db/connectionurl.h"

struct pg_conn;

namespace Salvage::Bench {

// libpq directly: text-format results, decoded per cell as a grid would.
class RawPg : public RawDb
{
public:
    explicit RawPg(const ConnectionUrl &url)
        : m_url(url)
    {}
    ~RawPg() override;

    bool open(QString *error) override;
    Sample fetchGrid(const QString &sql, const QVariantList &values) override;
    Sample stream(const QString &sql, const QVariantList &values) override;
    Sample exec(const QString &sql, const QVariantList &values) override;
    Sample cancelAfter(const QString &sql, const QVariantList &values, int delayMs) override;

private:
    QString lastError() const;

    ConnectionUrl m_url;
    pg_conn *m_conn = nullptr;
};

} // namespace Salvage::Bench
