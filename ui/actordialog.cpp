#include "actordialog.h"

#include "trash/trashservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace Salvage {

namespace {
struct ActorLookup
{
    QVariant value;
    DbError error;
};

QString settingsKeyFor(const ConnectionUrl &url)
{
    return QStringLiteral("actors/") + url.settingsKey();
}
} // namespace

ActorDialog::ActorDialog(DbWorker *worker, const TableInfo *table, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_actor(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("actorDialog"));
    setWindowTitle(tr("Actor"));
    if (table)
        m_table = *table;
    const ForeignKey *foreignKey = table ? table->actorForeignKey() : nullptr;
    m_needsLookup = foreignKey && worker;

    auto intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString text = tr("Who is making changes? The actor is recorded in the audit log with "
                      "every operation and remembered for this connection.");
    if (m_needsLookup) {
        text += QStringLiteral("\n\n")
                + tr("In %1 the column %2 refers to %3 (%4): type that key or a unique value "
                     "of that table, such as an e-mail address.")
                      .arg(m_table.name.display(),
                           m_table.convention.actor,
                           foreignKey->toTable.display(),
                           foreignKey->toColumns.join(QStringLiteral(", ")));
    }
    intro->setText(text);

    m_actor->setObjectName(QStringLiteral("actorEdit"));
    m_actor->setPlaceholderText(m_needsLookup ? tr("e.g. alice@example.com") : tr("e.g. alice"));
    m_status->setObjectName(QStringLiteral("actorStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setVisible(m_needsLookup);

    auto form = new QFormLayout;
    form->addRow(tr("&Actor:"), m_actor);
    form->addRow(QString(), m_status);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ActorDialog::lookUp);
    connect(m_actor, &QLineEdit::textChanged, this, [this] {
        m_state = Lookup::Idle;
        if (m_needsLookup && !actor().isEmpty()) {
            m_state = Lookup::Pending;
            m_status->setText(tr("Looking up..."));
            m_debounce->start();
        } else {
            m_status->clear();
        }
        updateState();
    });

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateState();
}

QString ActorDialog::actor() const
{
    return m_actor->text().trimmed();
}

void ActorDialog::setActor(const QString &actor)
{
    m_actor->setText(actor);
}

QString ActorDialog::storedActor(const ConnectionUrl &url)
{
    return QSettings().value(settingsKeyFor(url)).toString();
}

void ActorDialog::storeActor(const ConnectionUrl &url, const QString &actor)
{
    QSettings().setValue(settingsKeyFor(url), actor);
}

void ActorDialog::lookUp()
{
    const QString text = actor();
    if (!m_needsLookup || text.isEmpty() || !m_worker)
        return;
    const quint64 lookup = ++m_lookup;
    const TableInfo table = m_table;
    m_worker->post<ActorLookup>(
        [table, text](Connection &connection) {
            ActorLookup result;
            if (connection.isOpen())
                result.value = TrashService(connection).resolveActor(table, text, &result.error);
            else
                result.error.message = tr("Not connected to the database.");
            return result;
        },
        this,
        [this, lookup](const ActorLookup &result) {
            if (lookup != m_lookup)
                return;
            const bool resolved = result.value.isValid() && !result.error.isError();
            m_state = resolved ? Lookup::Resolved : Lookup::Failed;
            const ForeignKey *foreignKey = m_table.actorForeignKey();
            if (resolved && foreignKey) {
                m_status->setText(tr("Resolves to %1 %2 = %3")
                                      .arg(foreignKey->toTable.display(),
                                           foreignKey->toColumns.join(QStringLiteral(", ")),
                                           result.value.toString()));
            } else {
                m_status->setText(result.error.message.isEmpty() ? tr("No single row matches.")
                                                                 : result.error.message);
            }
            updateState();
        });
}

void ActorDialog::updateState()
{
    const bool ok = !actor().isEmpty() && (!m_needsLookup || m_state == Lookup::Resolved);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    QPalette palette = this->palette();
    if (m_state == Lookup::Failed)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    else if (m_state == Lookup::Pending)
        palette.setColor(QPalette::WindowText,
                         palette.color(QPalette::Disabled, QPalette::WindowText));
    m_status->setPalette(palette);
}

} // namespace Salvage
