#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace Salvage {

// Asks why rows go on legal hold (litigation, tax retention) and, optionally, until when.
// Held rows are left alone by erasure and purge until released or past their date.
class LegalHoldDialog : public QDialog
{
    Q_OBJECT
public:
    LegalHoldDialog(const QString &table, int rows, QWidget *parent = nullptr);

    QString reason() const;
    QDate until() const; // invalid: until released
    void setReason(const QString &reason);
    void setUntil(const QDate &date);

    void accept() override; // refuses without a reason

private:
    void updateButton();

    QLineEdit *m_reason;
    QCheckBox *m_untilCheck;
    QDateEdit *m_until;
    QPushButton *m_ok = nullptr;
};

} // namespace Salvage
