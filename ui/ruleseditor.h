#pragma once

#include "actorprovider.h"

#include "db/dbworker.h"
#include "privacy/anonymizationrule.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Salvage {

// The anonymization rules of the database: per table its columns with the stored rule and
// the suggested one, an editor for one column's rule and "purge on erasure" per table.
// Saving goes through RuleStore on the worker, which validates (Rules::refusal); a refusal
// is shown in words beside the editor and nothing is stored. Import and export JSON files.
class RulesEditor : public QDialog
{
    Q_OBJECT
public:
    enum ColumnsColumn { NameColumn, TypeColumn, StoredColumn, SuggestedColumn, ColumnCount };

    RulesEditor(DbWorker *worker,
                const QList<TableInfo> &tables,
                const ActorProvider &actor,
                QWidget *parent = nullptr);

    bool selectTable(const QualifiedName &table);
    bool selectColumn(const QualifiedName &table, const QString &column);
    void setKind(RuleKind kind);
    void setParameter(const QString &parameter);
    // Run on the worker; the outcome arrives with jobFinished().
    void saveRule(); // the selected column's rule as edited
    void removeRule();
    void setPurgeOnErasure(bool purge); // the selected table
    void importFile(const QString &fileName);
    void exportFile(const QString &fileName);
    void reload();

    bool isBusy() const { return m_busy; }
    bool hasChanged() const { return m_changed; } // something was stored since it opened
    QString refusalText() const;                  // why the last change was refused
    QString statusText() const;
    const QList<AnonymizationRule> &storedRules() const { return m_rules; }
    const QList<QualifiedName> &purgedTables() const { return m_purge; }

signals:
    void loaded();
    void jobFinished(bool ok);
    void rulesChanged();

private:
    struct Stored
    {
        QList<AnonymizationRule> rules;
        QList<QualifiedName> purge;
        DbError error;
    };
    using Job = std::function<DbError(Connection &)>;

    void run(const Job &job, const QString &doneText);
    void showStored(const Stored &stored);
    void fillTables();
    void fillColumns();
    void showColumn();
    void chooseImport();
    void chooseExport();
    void setBusy(bool busy);
    void setRefusal(const QString &text);
    void updateEditor();

    const TableInfo *currentTable() const;
    QString currentColumn() const;
    const AnonymizationRule *storedRule(const QualifiedName &table, const QString &column) const;

    QPointer<DbWorker> m_worker;
    QList<TableInfo> m_tables; // every table, for validation
    QList<TableInfo> m_shown;  // the tables a rule can be stored for
    ActorProvider m_actor;
    QList<AnonymizationRule> m_rules;
    QList<QualifiedName> m_purge;
    bool m_busy = false;
    bool m_changed = false;

    QListWidget *m_tableList;
    QCheckBox *m_purgeCheck;
    QTableWidget *m_columns;
    QGroupBox *m_ruleGroup;
    QComboBox *m_kind;
    QLineEdit *m_parameter;
    QLabel *m_suggestion;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_refusal;
    QLabel *m_status;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace Salvage
