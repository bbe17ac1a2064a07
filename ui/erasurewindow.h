#pragma once

#include "actorprovider.h"

#include "db/dbworker.h"
#include "privacy/erasureservice.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace Salvage {

class DatabaseSession;
class ErasurePlanModel;
class ErasurePreview;
class RulesEditor;

// An erasure request (GDPR Art. 17) from the subject's value to the report: Find shows every
// row of the subject and what will happen to it (anonymize which columns, purge, keep on
// legal hold), a row's preview shows its values now and after; Erase asks, applies the plan
// in one transaction with the verification scan, and shows where values were still found if
// it failed (then nothing was changed); the report is saved as JSON or PDF. The window has
// its own database connection, so that cancelling interrupts only its own work.
class ErasureWindow : public QDialog
{
    Q_OBJECT
public:
    enum class State { Idle, Finding, Erasing };

    ErasureWindow(DatabaseSession *session, const ActorProvider &actor, QWidget *parent = nullptr);
    ~ErasureWindow() override;

    void setSubject(const QString &value, bool contains = false);
    void setTicket(const QString &ticket);
    void setOptions(bool purgeUnreferencedTrashed, bool strict, bool redactMentions = false);

    void find();
    void erase(); // asks for confirmation first
    void cancel();
    // JSON, or PDF when the name ends in .pdf. Returns false and sets *error (translated).
    bool saveReport(const QString &fileName, QString *error) const;
    void showRulesEditor();

    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }
    bool hasPlan() const { return m_hasPlan; }
    bool hasResult() const { return m_hasResult; }
    const ErasureResult &result() const { return m_result; }
    ErasurePlanModel *planModel() const { return m_model; }
    QTreeView *planView() const { return m_view; }
    ErasurePreview *preview() const { return m_preview; }
    RulesEditor *rulesEditor() const { return m_rulesEditor; }
    QString summaryText() const;
    QString resultText() const;
    QString eraseBlocker() const; // why Erase is not possible now; empty when it is

signals:
    void searchFinished();
    void erasureFinished(bool ok);
    // After a committed erasure: rows of these tables changed.
    void tablesChanged(const QList<Salvage::QualifiedName> &tables, const QString &summary);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void showFindProgress(quint64 generation, int done, int total);
    void showFound(quint64 generation,
                   const ErasurePlan &plan,
                   const QList<Hold> &holds,
                   const QString &saltProblem,
                   const DbError &error);
    void showErased(const ErasurePlan &plan, const ErasureResult &result);
    bool confirmErase(const ErasurePlan &plan);
    void chooseReportFile();
    void showSelectedRow();
    void markStale();
    void setState(State state);
    void updateButtons();
    void setResult(const QString &text, bool ok);
    bool canClose();

    DatabaseSession *m_session;
    ActorProvider m_actor;
    std::unique_ptr<DbWorker> m_worker;
    QList<TableInfo> m_tables;
    State m_state = State::Idle;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_hasPlan = false;
    bool m_stale = false;
    bool m_erased = false;
    QString m_saltProblem;
    bool m_hasResult = false;
    ErasurePlan m_appliedPlan; // with the ticket it was erased under
    ErasureResult m_result;
    QPointer<RulesEditor> m_rulesEditor;

    QLineEdit *m_subject;
    QCheckBox *m_contains;
    QLineEdit *m_ticket;
    QCheckBox *m_purgeTrashed;
    QCheckBox *m_strict;
    QCheckBox *m_redactMentions;
    QComboBox *m_scrub; // PostgreSQL: what to do about old row versions after the commit
    QPushButton *m_find;
    QPushButton *m_cancelButton;
    QPushButton *m_rules;
    QProgressBar *m_progress;
    QLabel *m_status;
    ErasurePlanModel *m_model;
    QTreeView *m_view;
    ErasurePreview *m_preview;
    QLabel *m_summary;
    QPlainTextEdit *m_resultText;
    QLabel *m_hint;
    QPushButton *m_erase;
    QPushButton *m_save;
};

} // namespace Salvage
