#pragma once

#include "trash/bulkoperation.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Salvage {

class DbWorker;

// Asks which rows a bulk operation takes ("everything in the trash matching this"): the
// view's search, who deleted them and when, and a reason; shows how many rows match now,
// counted on the worker. The operation itself runs elsewhere (OperationController).
class BulkOperationDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int RecountDelayMs = 250;

    BulkOperationDialog(DbWorker *worker,
                        Operation operation,
                        const TableInfo &table,
                        const QString &search,
                        QWidget *parent = nullptr);

    RowFilter filter() const;
    QString reason() const;
    // Rows matching the filter when last counted; -1 while counting or after an error.
    qint64 matchingCount() const { return m_count; }
    bool isReady() const { return m_count > 0 && !m_counting; }

    void setDeletedBy(const QString &actor);
    // An invalid time leaves that end of the range open.
    void setDeletedRange(const QDateTime &from, const QDateTime &to);
    void setReason(const QString &reason);

    void accept() override; // refuses until a current count says rows match

signals:
    void countChanged(qint64 rows);

private:
    void scheduleCount();
    void count();
    void showCount(quint64 generation, qint64 rows, const DbError &error);
    void updateButton();

    DbWorker *m_worker;
    Operation m_operation;
    TableInfo m_table;
    QString m_search;
    QLineEdit *m_deletedBy = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_reason;
    QLabel *m_countLabel;
    QPushButton *m_run = nullptr;
    QTimer *m_recount;
    quint64 m_generation = 0;
    qint64 m_count = -1;
    bool m_counting = false;
};

} // namespace Salvage
