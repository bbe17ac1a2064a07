#pragma once

#include "rawdb.h"

struct sqlite3;
struct sqlite3_stmt;

namespace Salvage::Bench {

// sqlite3 directly: prepare, bind, step, decode each cell by its storage class.
class RawSqlite : public RawDb
{
public:
    explicit RawSqlite(const QString &path)
        : m_path(path)
    {}
    ~RawSqlite() override;

    bool open(QString *error) override;
    Sample fetchGrid(const QString &sql, const QVariantList &values) override;
    Sample stream(const QString &sql, const QVariantList &values) override;
    Sample exec(const QString &sql, const QVariantList &values) override;
    Sample cancelAfter(const QString &sql, const QVariantList &values, int delayMs) override;

private:
    sqlite3_stmt *prepare(const QString &sql, const QVariantList &values, QString *error);
    QString lastError() const;

    QString m_path;
    sqlite3 *m_db = nullptr;
};

} // namespace Salvage::Bench
