#include "reasondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Salvage {

ReasonDialog::ReasonDialog(Operation operation, const QString &table, int rows, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(operationTitle(operation));

    QString question;
    switch (operation) {
    case Operation::Trash:
        question = tr("Move %n row(s) of %1 to the trash?", nullptr, rows).arg(table);
        break;
    case Operation::Restore:
        question = tr("Restore %n row(s) of %1 from the trash?", nullptr, rows).arg(table);
        break;
    case Operation::Purge:
        question = tr("Permanently delete %n row(s) of %1?", nullptr, rows).arg(table);
        break;
    }
    auto label = new QLabel(question, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);

    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Optional, recorded in the audit log"));
    m_reason->setClearButtonEnabled(true);
    auto form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(operationTitle(operation));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

} // namespace Salvage
