#pragma once

#include "schema/tableinfo.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Salvage {

// Overrides the detected soft-delete convention of one table: kind, marker, actor and
// reason column, checked by the core's validateConvention() before it can be saved.
class ConventionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConventionDialog(const TableInfo &table, QWidget *parent = nullptr);

    Convention convention() const;
    // True when the user asked to drop the override and use the detected convention.
    bool resetRequested() const { return m_reset; }

private:
    void updateState();
    QComboBox *columnCombo(bool optional);

    TableInfo m_table;
    QComboBox *m_kind;
    QComboBox *m_marker;
    QComboBox *m_actor;
    QComboBox *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_reset = false;
};

} // namespace Salvage
