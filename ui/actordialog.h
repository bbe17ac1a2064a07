#pragma once

#include "db/dbworker.h"
#include "schema/tableinfo.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Salvage {

// Asks who is acting. When the table's actor column is a foreign key (deleted_by ->
// users.id) the typed text (an id or e.g. an e-mail) is looked up on the worker and the
// dialog shows what it resolves to. The actor is remembered per connection.
class ActorDialog : public QDialog
{
    Q_OBJECT
public:
    // `table` may be null (no table selected) or a table without an actor foreign key.
    ActorDialog(DbWorker *worker, const TableInfo *table, QWidget *parent = nullptr);

    QString actor() const;
    void setActor(const QString &actor);

    static QString storedActor(const ConnectionUrl &url);
    static void storeActor(const ConnectionUrl &url, const QString &actor);

private:
    void lookUp();
    void updateState();

    QPointer<DbWorker> m_worker;
    TableInfo m_table;
    enum class Lookup { Idle, Pending, Resolved, Failed };
    bool m_needsLookup = false;
    Lookup m_state = Lookup::Idle;
    quint64 m_lookup = 0;
    QLineEdit *m_actor;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
};

} // namespace Salvage
