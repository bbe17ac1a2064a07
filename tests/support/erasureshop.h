// The shop in which one data subject (Jane) spreads over eight tables: the erasure tests'
// shared fixture.
#pragma once

#include <QString>
#include <QStringList>

namespace Salvage::Test {

// Jane (users.id 1) spreads over eight tables, three levels deep (users -> orders ->
// order_items, users -> sessions -> session_events), active and trashed. Ids from 100 belong
// to Bob and Carl, who must stay byte-identical: Bob's order 100 was trashed by Jane and
// Carl's account too (deleted_by = 1), which makes them neither hers nor part of her data.
// The tests put order 12 on legal hold and mark sessions and session_events "purge on
// erasure".
QString erasureShopSchema(const QString &backend);

// The shop's eight tables, each keyed by `id`.
QStringList erasureShopTables();

// Every value of Jane as stored: none may be left anywhere after her erasure, neither in a
// query result nor in the bytes of the database files.
QStringList erasureShopSubjectValues();

} // namespace Salvage::Test
