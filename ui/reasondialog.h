#pragma once

#include "trash/trashservice.h"

#include <QDialog>

class QLineEdit;

namespace Salvage {

// Confirms a move to trash or a restore and asks for an optional reason for the audit log.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(Operation operation, const QString &table, int rows, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);

private:
    QLineEdit *m_reason;
};

} // namespace Salvage
