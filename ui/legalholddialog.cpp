#include "legalholddialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Salvage {

LegalHoldDialog::LegalHoldDialog(const QString &table, int rows, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_untilCheck(new QCheckBox(tr("&Until:"), this))
    , m_until(new QDateEdit(this))
{
    setObjectName(QStringLiteral("legalHoldDialog"));
    setWindowTitle(tr("Legal Hold"));

    auto intro = new QLabel(tr("Put %n row(s) of %1 on legal hold. Erasure requests and "
                               "purges leave held rows as they are until the hold is released "
                               "or its date has passed. The hold is recorded in the audit log.",
                               nullptr,
                               rows)
                                .arg(table),
                            this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Required, e.g. tax audit 2024, case 12-345"));
    m_reason->setClearButtonEnabled(true);
    m_untilCheck->setObjectName(QStringLiteral("untilCheck"));
    m_until->setObjectName(QStringLiteral("untilEdit"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setMinimumDate(QDate::currentDate());
    m_until->setDate(QDate::currentDate().addYears(1));
    m_until->setEnabled(false);
    connect(m_untilCheck, &QCheckBox::toggled, m_until, &QWidget::setEnabled);

    auto form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto untilHint = new QLabel(tr("(the hold lasts through this day; unticked: until "
                                   "released)"),
                                this);
    untilHint->setWordWrap(true);
    form->addRow(m_untilCheck, m_until);
    form->addRow(QString(), untilHint);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Put on &Hold"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("holdButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &LegalHoldDialog::updateButton);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateButton();
}

QString LegalHoldDialog::reason() const
{
    return m_reason->text().trimmed();
}

QDate LegalHoldDialog::until() const
{
    return m_untilCheck->isChecked() ? m_until->date() : QDate();
}

void LegalHoldDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void LegalHoldDialog::setUntil(const QDate &date)
{
    m_untilCheck->setChecked(date.isValid());
    if (date.isValid())
        m_until->setDate(date);
}

void LegalHoldDialog::accept()
{
    if (!reason().isEmpty())
        QDialog::accept();
}

void LegalHoldDialog::updateButton()
{
    m_ok->setEnabled(!reason().isEmpty());
}

} // namespace Salvage
