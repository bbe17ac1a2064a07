#include "purgeconfirmdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Salvage {

PurgeConfirmDialog::PurgeConfirmDialog(const QString &table, int rows, QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("purgeConfirmDialog"));
    setWindowTitle(tr("Purge rows"));

    auto icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto text = new QLabel(this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setText(tr("Permanently delete %n row(s) from the table %1?\n\n"
                     "Purged rows cannot be restored. The audit log keeps their keys only.",
                     nullptr,
                     rows)
                      .arg(table));
    auto top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);

    auto form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Optional, recorded in the audit log"));
    form->addRow(tr("&Reason:"), m_reason);
    if (needsTypedCount()) {
        m_count = new QLineEdit(this);
        m_count->setObjectName(QStringLiteral("countEdit"));
        m_count->setPlaceholderText(QString::number(rows));
        form->addRow(tr("Type %1 to confirm:").arg(rows), m_count);
        connect(m_count, &QLineEdit::textChanged, this, &PurgeConfirmDialog::updateButton);
    }

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_purge = buttons->addButton(tr("&Purge"), QDialogButtonBox::DestructiveRole);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_purge->setIcon(QIcon(QStringLiteral(":/icons/purge.svg")));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_purge, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateButton();
}

QString PurgeConfirmDialog::reason() const
{
    return m_reason->text().trimmed();
}

void PurgeConfirmDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void PurgeConfirmDialog::setTypedCount(const QString &text)
{
    if (m_count)
        m_count->setText(text);
}

bool PurgeConfirmDialog::isConfirmed() const
{
    return !m_count || m_count->text().trimmed() == QString::number(m_rows);
}

void PurgeConfirmDialog::accept()
{
    if (isConfirmed())
        QDialog::accept();
}

void PurgeConfirmDialog::updateButton()
{
    m_purge->setEnabled(isConfirmed());
}

} // namespace Salvage
