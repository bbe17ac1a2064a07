#include "conventiondialog.h"

#include "schema/conventiondetector.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Salvage {

ConventionDialog::ConventionDialog(const TableInfo &table, QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_kind(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(QStringLiteral("conventionDialog"));
    setWindowTitle(tr("Soft-Delete Convention of %1").arg(table.name.display()));
    m_marker = columnCombo(false);
    m_marker->setObjectName(QStringLiteral("markerCombo"));
    m_actor = columnCombo(true);
    m_actor->setObjectName(QStringLiteral("actorCombo"));
    m_reason = columnCombo(true);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Not soft-deletable"), int(Convention::Kind::None));
    m_kind->addItem(tr("Timestamp marker (NULL = active)"), int(Convention::Kind::Timestamp));
    m_kind->addItem(tr("Boolean flag (true = trashed)"), int(Convention::Kind::Flag));

    const Convention &current = table.convention;
    m_kind->setCurrentIndex(m_kind->findData(int(current.kind)));
    m_marker->setCurrentText(current.marker);
    if (!current.actor.isEmpty())
        m_actor->setCurrentText(current.actor);
    if (!current.reason.isEmpty())
        m_reason->setCurrentText(current.reason);

    auto intro = new QLabel(tr("Salvage detected this convention from the column names. "
                               "A change is stored for this connection only."),
                            this);
    intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("conventionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problem->setPalette(palette);

    auto form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Marker column:"), m_marker);
    form->addRow(tr("&Actor column:"), m_actor);
    form->addRow(tr("&Reason column:"), m_reason);

    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Use &Detected"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setEnabled(current.overridden);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults),
            &QPushButton::clicked,
            this,
            [this] {
                m_reset = true;
                accept();
            });
    for (QComboBox *combo : {m_kind, m_marker, m_actor, m_reason})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConventionDialog::updateState);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateState();
}

QComboBox *ConventionDialog::columnCombo(bool optional)
{
    auto combo = new QComboBox(this);
    if (optional)
        combo->addItem(tr("(none)"), QString());
    for (const ColumnInfo &column : std::as_const(m_table.columns))
        combo->addItem(column.name, column.name);
    return combo;
}

Convention ConventionDialog::convention() const
{
    Convention convention;
    convention.kind = Convention::Kind(m_kind->currentData().toInt());
    convention.overridden = true;
    if (convention.kind == Convention::Kind::None) {
        convention.whyNone = tr("Marked as not soft-deletable by hand.");
        return convention;
    }
    convention.marker = m_marker->currentData().toString();
    convention.actor = m_actor->currentData().toString();
    convention.reason = m_reason->currentData().toString();
    return convention;
}

void ConventionDialog::updateState()
{
    const bool softDelete = m_kind->currentData().toInt() != int(Convention::Kind::None);
    m_marker->setEnabled(softDelete);
    m_actor->setEnabled(softDelete);
    m_reason->setEnabled(softDelete);
    const QString problem = softDelete ? validateConvention(convention(), m_table.columns)
                                       : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Salvage
