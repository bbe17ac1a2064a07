#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Salvage {

// The last question before a hard DELETE: names the table and the row count; above
// TypeCountThreshold rows the user has to type the count to enable the Purge button.
class PurgeConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int TypeCountThreshold = 100;

    PurgeConfirmDialog(const QString &table, int rows, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    bool needsTypedCount() const { return m_rows > TypeCountThreshold; }
    void setTypedCount(const QString &text);
    bool isConfirmed() const;
    void accept() override; // refuses until the count is typed

private:
    void updateButton();

    int m_rows;
    QLineEdit *m_reason;
    QLineEdit *m_count = nullptr;
    QPushButton *m_purge = nullptr;
};

} // namespace Salvage
