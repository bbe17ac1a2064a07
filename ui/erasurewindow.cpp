#include "erasurewindow.h"

#include "databasesession.h"
#include "erasurejobs.h"
#include "erasureplanmodel.h"
#include "erasurepreview.h"
#include "erasuretexts.h"
#include "errorbox.h"
#include "ruleseditor.h"

#include "erasurereportpdf.h"
#include "privacy/erasurereport.h"
#include "trash/auditlog.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace Salvage {

namespace {

using Action = PlannedRow::Action;

constexpr int MaxColumnWidth = 240;
constexpr int MaxActionWidth = 280;

QLabel *wrappedLabel(const char *name, QWidget *parent)
{
    auto label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

ErasureWindow::ErasureWindow(DatabaseSession *session, const ActorProvider &actor, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
    , m_worker(std::make_unique<DbWorker>(session->url()))
    , m_tables(session->tables())
    , m_subject(new QLineEdit(this))
    , m_contains(new QCheckBox(tr("&Contains (substring)"), this))
    , m_ticket(new QLineEdit(this))
    , m_purgeTrashed(new QCheckBox(tr("&Purge trashed rows that nothing refers to"), this))
    , m_strict(new QCheckBox(tr("S&trict: refuse personal columns without a stored rule"), this))
    , m_redactMentions(new QCheckBox(tr("Re&dact mentions in rows outside the plan"), this))
    , m_scrub(new QComboBox(this))
    , m_find(new QPushButton(tr("&Find"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_rules(new QPushButton(tr("&Rules..."), this))
    , m_progress(new QProgressBar(this))
    , m_status(wrappedLabel("statusLabel", this))
    , m_model(new ErasurePlanModel(this))
    , m_view(new QTreeView(this))
    , m_preview(new ErasurePreview(this))
    , m_summary(wrappedLabel("summaryLabel", this))
    , m_resultText(new QPlainTextEdit(this))
    , m_hint(wrappedLabel("hintLabel", this))
    , m_erase(new QPushButton(tr("&Erase..."), this))
    , m_save(new QPushButton(tr("&Save Report..."), this))
{
    setObjectName(QStringLiteral("erasureWindow"));
    setWindowTitle(tr("Erasure Request – %1").arg(session->url().toString()));
    setWindowFlag(Qt::WindowMaximizeButtonHint);

    auto intro = new QLabel(tr("Find every row of a data subject, check what erasing does to "
                               "each, erase, and save the report that proves it."),
                            this);
    intro->setWordWrap(true);

    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setPlaceholderText(tr("An e-mail address, phone number, name..."));
    m_subject->setClearButtonEnabled(true);
    m_contains->setObjectName(QStringLiteral("containsCheck"));
    m_contains->setToolTip(tr("Also find text columns that contain the value, not only those "
                              "equal to it (ignoring case)."));
    m_ticket->setObjectName(QStringLiteral("ticketEdit"));
    m_ticket->setPlaceholderText(tr("The request's id, e.g. GDPR-2024-017 (audit and report)"));
    m_ticket->setClearButtonEnabled(true);
    m_purgeTrashed->setObjectName(QStringLiteral("purgeTrashedCheck"));
    m_purgeTrashed->setToolTip(tr("Rows in the trash that hold the value themselves are deleted "
                                  "for good instead of anonymized, when no other row refers "
                                  "to them."));
    m_strict->setObjectName(QStringLiteral("strictCheck"));
    m_strict->setToolTip(tr("Refuse the erasure when a personal column would be changed by "
                            "a suggested rule rather than a stored one."));
    m_redactMentions->setObjectName(QStringLiteral("redactMentionsCheck"));
    m_redactMentions->setToolTip(tr("Replace the subject's values inside text columns of other "
                                    "rows (a colleague's ticket quoting the e-mail) with "
                                    "[redacted]. Find lists those rows first."));

    m_scrub->setObjectName(QStringLiteral("scrubCombo"));
    m_scrub->addItem(tr("Plain VACUUM: locks nobody out; old bytes may stay in the files"),
                     QVariant::fromValue(ScrubMode::Vacuum));
    m_scrub->addItem(tr("VACUUM FULL: removes old bytes; locks each table while rewriting it"),
                     QVariant::fromValue(ScrubMode::Full));
    m_scrub->addItem(tr("Nothing: the report names the command to run later"),
                     QVariant::fromValue(ScrubMode::None));
    m_scrub->setToolTip(tr("After the commit, PostgreSQL keeps the old row versions in the "
                           "table files. Plain VACUUM frees their space without blocking "
                           "anyone. VACUUM FULL writes new files without them, but no one can "
                           "read or write the table while it runs; Salvage waits at most %n "
                           "second(s) for the lock and otherwise leaves the table as it is "
                           "and names the command for a maintenance window.",
                           nullptr,
                           ErasureScrubber::defaultWaitSeconds));
    auto form = new QGridLayout;
    auto subjectLabel = new QLabel(tr("Data &subject:"), this);
    subjectLabel->setBuddy(m_subject);
    auto ticketLabel = new QLabel(tr("&Ticket:"), this);
    ticketLabel->setBuddy(m_ticket);
    form->addWidget(subjectLabel, 0, 0);
    form->addWidget(m_subject, 0, 1);
    form->addWidget(m_contains, 0, 2);
    form->addWidget(ticketLabel, 1, 0);
    form->addWidget(m_ticket, 1, 1);
    form->addWidget(new QLabel(tr("Options:"), this), 2, 0);
    form->addWidget(m_purgeTrashed, 2, 1, 1, 2);
    form->addWidget(m_strict, 3, 1, 1, 2);
    form->addWidget(m_redactMentions, 4, 1, 1, 2);
    if (session->url().backend == Backend::PostgreSQL) {
        auto scrubLabel = new QLabel(tr("After c&ommit:"), this);
        scrubLabel->setBuddy(m_scrub);
        form->addWidget(scrubLabel, 5, 0);
        form->addWidget(m_scrub, 5, 1, 1, 2);
    } else {
        m_scrub->hide(); // SQLite overwrites freed space during the erasure itself
    }
    form->setColumnStretch(1, 1);

    m_find->setObjectName(QStringLiteral("findButton"));
    m_find->setAutoDefault(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_rules->setObjectName(QStringLiteral("rulesButton"));
    m_rules->setAutoDefault(false);
    m_rules->setToolTip(tr("See and change how each column is anonymized."));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    auto searchRow = new QHBoxLayout;
    searchRow->addWidget(m_find);
    searchRow->addWidget(m_cancelButton);
    searchRow->addWidget(m_progress);
    searchRow->addWidget(m_status, 1);
    searchRow->addWidget(m_rules);

    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    auto splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("erasureSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({860, 420});

    // The outcome and what still holds old copies can run long: scrollable, never crowding
    // out the plan.
    m_resultText->setObjectName(QStringLiteral("resultText"));
    m_resultText->setReadOnly(true);
    m_resultText->setMaximumHeight(8 * fontMetrics().lineSpacing());
    m_resultText->hide();

    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setAutoDefault(false); // Enter must never start an erasure
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setAutoDefault(false);
    auto close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    auto bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_hint, 1);
    bottomRow->addWidget(m_erase);
    bottomRow->addWidget(m_save);
    bottomRow->addWidget(close);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_resultText);
    layout->addLayout(bottomRow);
    resize(1280, 760);

    connect(m_find, &QPushButton::clicked, this, &ErasureWindow::find);
    connect(m_subject, &QLineEdit::returnPressed, this, &ErasureWindow::find);
    connect(m_cancelButton, &QPushButton::clicked, this, &ErasureWindow::cancel);
    connect(m_rules, &QPushButton::clicked, this, &ErasureWindow::showRulesEditor);
    connect(m_erase, &QPushButton::clicked, this, &ErasureWindow::erase);
    connect(m_save, &QPushButton::clicked, this, &ErasureWindow::chooseReportFile);
    connect(close, &QPushButton::clicked, this, &ErasureWindow::reject);
    connect(m_subject, &QLineEdit::textChanged, this, &ErasureWindow::markStale);
    for (QCheckBox *check : {m_contains, m_purgeTrashed, m_strict, m_redactMentions})
        connect(check, &QCheckBox::toggled, this, &ErasureWindow::markStale);
    connect(m_ticket, &QLineEdit::textChanged, this, &ErasureWindow::updateButtons);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ErasureWindow::showSelectedRow);
    // A refreshed schema (F5 in the main window) is used from the next search on.
    connect(session, &DatabaseSession::tablesChanged, this, [this] {
        m_tables = m_session->tables();
    });

    setState(State::Idle);
    m_status->setText(tr("Type the subject's value and choose Find. Nothing changes until "
                         "you erase."));
}

ErasureWindow::~ErasureWindow()
{
    // The worker's destructor interrupts a running statement: an erasure that has not
    // committed rolls back; a search stops.
    if (m_cancel)
        *m_cancel = true;
}

void ErasureWindow::setSubject(const QString &value, bool contains)
{
    m_subject->setText(value);
    m_contains->setChecked(contains);
}

void ErasureWindow::setTicket(const QString &ticket)
{
    m_ticket->setText(ticket);
}

void ErasureWindow::setOptions(bool purgeUnreferencedTrashed, bool strict, bool redactMentions)
{
    m_purgeTrashed->setChecked(purgeUnreferencedTrashed);
    m_strict->setChecked(strict);
    m_redactMentions->setChecked(redactMentions);
}

QString ErasureWindow::summaryText() const
{
    return m_summary->text();
}

QString ErasureWindow::resultText() const
{
    return m_resultText->isHidden() ? QString() : m_resultText->toPlainText();
}

void ErasureWindow::find()
{
    if (isBusy())
        return;
    SubjectSearch search;
    search.value = m_subject->text().trimmed();
    search.contains = m_contains->isChecked();
    if (search.value.isEmpty()) {
        m_status->setText(tr("Type the value to search for: an e-mail address, a phone "
                             "number, a name."));
        return;
    }
    ErasureOptions options;
    options.ticket = m_ticket->text().trimmed();
    options.purgeUnreferencedTrashed = m_purgeTrashed->isChecked();
    options.strict = m_strict->isChecked();
    options.redactMentions = m_redactMentions->isChecked();

    m_model->clear();
    m_hasPlan = false;
    m_hasResult = false;
    m_erased = false;
    m_summary->clear();
    setResult(QString(), true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    setState(State::Finding);
    m_status->setText(tr("Searching every table..."));

    QPointer<ErasureWindow> guard(this);
    DbWorker *worker = m_worker.get();
    // Progress travels like a job result: queued to the worker object in this thread, where
    // the guard is read.
    const SubjectFinder::Progress progress = [worker, guard, generation, cancel](int done,
                                                                                 int total) {
        QMetaObject::invokeMethod(
            worker,
            [guard, generation, done, total] {
                if (guard)
                    guard->showFindProgress(generation, done, total);
            },
            Qt::QueuedConnection);
        return !*cancel;
    };
    m_worker->post<ErasureJobs::Found>(
        [tables = m_tables, search, options, progress](Connection &connection) {
            return ErasureJobs::find(connection, tables, search, options, progress);
        },
        this,
        [this, generation](const ErasureJobs::Found &found) {
            showFound(generation, found.plan, found.holds, found.saltProblem, found.error);
        });
}

void ErasureWindow::showFindProgress(quint64 generation, int done, int total)
{
    if (generation != m_generation || m_state != State::Finding || (m_cancel && *m_cancel))
        return;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_status->setText(done < total ? tr("Searching table %1 of %2...").arg(done + 1).arg(total)
                                   : tr("Following the rows that refer to the subject's "
                                        "rows..."));
}

void ErasureWindow::showFound(quint64 generation,
                              const ErasurePlan &plan,
                              const QList<Hold> &holds,
                              const QString &saltProblem,
                              const DbError &error)
{
    if (generation != m_generation)
        return;
    m_cancel.reset();
    setState(State::Idle);
    if (error.isError()) {
        if (error.kind == DbError::Cancelled) {
            m_status->setText(tr("The search was cancelled."));
        } else {
            m_status->setText(tr("The search failed; nothing was changed."));
            showDbError(this, tr("Find"), error);
        }
        updateButtons();
        emit searchFinished();
        return;
    }
    m_model->setPlan(plan, m_tables, holds);
    m_hasPlan = true;
    m_stale = false;
    m_saltProblem = saltProblem;
    m_view->expandAll();
    // What happens matters most: the action gets the room, the rest their contents.
    for (int column = 0; column < ErasurePlanModel::PathColumn; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column,
                               qMin(m_view->columnWidth(column),
                                    column == ErasurePlanModel::ActionColumn ? MaxActionWidth
                                                                             : MaxColumnWidth));
    }
    m_summary->setText(ErasureTexts::planSummary(plan, m_subject->text().trimmed(), m_saltProblem));
    m_status->setText(plan.isEmpty() ? tr("Nothing found.")
                                     : tr("Found %n row(s). Select a row to see its values "
                                          "before and after.",
                                          nullptr,
                                          int(plan.rows.size())));
    // The first row's preview right away: what erasing means, at a glance.
    const QModelIndex firstTable = m_model->index(0, 0);
    if (firstTable.isValid() && m_model->rowCount(firstTable) > 0)
        m_view->setCurrentIndex(m_model->index(0, 0, firstTable));
    else
        m_preview->showMessage(QString());
    updateButtons();
    emit searchFinished();
}

void ErasureWindow::showSelectedRow()
{
    const QModelIndex current = m_view->currentIndex();
    const PlannedRow *row = m_model->plannedRow(current);
    if (!row) {
        const QModelIndex table = current.sibling(current.row(), 0);
        m_preview->showMessage(
            table.isValid() ? tr("%1: select one of its rows to see its values before and after.")
                                  .arg(table.data().toString())
                            : QString());
        return;
    }
    const QString key
        = current.sibling(current.row(), ErasurePlanModel::RowColumn).data().toString();
    if (m_erased) {
        m_preview->showMessage(tr("Erased: the rows' old values are gone from the database "
                                  "and no longer shown here. The report lists what was done."));
        return;
    }
    QString title = tr("%1 %2 (%3)")
                        .arg(row->row.table.display(),
                             key,
                             row->row.trashed ? tr("trashed") : tr("active"));
    if (row->row.path.size() > 1)
        title += tr(", reached through %1").arg(ErasurePlanModel::pathText(row->row.path));
    m_preview->showRow(*row, m_model->tableInfo(row->row.table), title);
}

void ErasureWindow::markStale()
{
    if (m_hasPlan && !m_erased && !m_stale) {
        m_stale = true;
        m_status->setText(tr("The subject or the options changed: choose Find again."));
    }
    updateButtons();
}

QString ErasureWindow::eraseBlocker() const
{
    const ErasurePlan &plan = m_model->plan();
    if (!m_hasPlan)
        return tr("Find the subject's rows first.");
    if (m_erased)
        return tr("Erased. Save the report for the ticket.");
    if (m_stale)
        return tr("The subject or the options changed: choose Find again.");
    if (!plan.refusal.isEmpty())
        return tr("The erasure is refused: %1").arg(plan.refusal);
    if (plan.isEmpty())
        return tr("Nothing to erase.");
    if (!m_saltProblem.isEmpty())
        return tr("Erasing needs a user who may write to this database: %1").arg(m_saltProblem);
    if (m_ticket->text().trimmed().isEmpty())
        return tr("Enter the ticket id of the request to erase.");
    return QString();
}

bool ErasureWindow::confirmErase(const ErasurePlan &plan)
{
    QList<QualifiedName> tables;
    for (const PlannedRow &row : plan.rows) {
        if (!tables.contains(row.row.table))
            tables.append(row.row.table);
    }
    QMessageBox box(QMessageBox::Warning,
                    tr("Erase Personal Data"),
                    tr("Erase the data subject for ticket %1?").arg(plan.ticket),
                    QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("erasureConfirmBox"));
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(tr("Erase"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setInformativeText(
        tr("%n row(s) anonymized", nullptr, plan.count(Action::Anonymize))
        + tr(", %n purged (deleted for good)", nullptr, plan.count(Action::Purge))
        + tr(", %n kept on legal hold", nullptr, plan.count(Action::KeepHeld))
        + tr(", %n kept without a rule", nullptr, plan.count(Action::KeepNoRule))
        + tr(", in %n table(s).", nullptr, int(tables.size())) + QStringLiteral("\n\n")
        + tr("This is one transaction. Before it commits, every text column of every table is "
             "searched for the subject's values; if one is still found, everything is rolled "
             "back. Each changed row is recorded in %1. This cannot be undone.")
              .arg(AuditLog::tableName()));
    return box.exec() == QMessageBox::Yes;
}

void ErasureWindow::erase()
{
    if (isBusy() || !eraseBlocker().isEmpty())
        return;
    const QString actor = m_actor ? m_actor() : QString();
    if (actor.isEmpty())
        return;
    ErasurePlan plan = m_model->plan();
    plan.ticket = m_ticket->text().trimmed();
    if (!confirmErase(plan))
        return;
    setResult(QString(), true);
    setState(State::Erasing);
    m_status->setText(tr("Erasing and verifying. It is done completely or not at all..."));
    const auto scrub = m_scrub->currentData().value<ScrubMode>();
    m_worker->post<ErasureResult>(
        [tables = m_tables, plan, actor, scrub](Connection &connection) {
            return ErasureJobs::erase(connection, tables, plan, actor, scrub);
        },
        this,
        [this, plan](const ErasureResult &result) { showErased(plan, result); });
}

void ErasureWindow::showErased(const ErasurePlan &plan, const ErasureResult &result)
{
    setState(State::Idle);
    m_appliedPlan = plan;
    m_result = result;
    m_hasResult = true;
    if (!result.ok) {
        setResult(ErasureTexts::failure(result), false);
        m_status->setText(tr("Nothing was changed."));
        updateButtons();
        emit erasureFinished(false);
        return;
    }

    m_erased = true;
    // The values shown before are gone from the database: from this window too.
    m_model->forgetValues();
    showSelectedRow();
    QList<QualifiedName> tables;
    for (const TableOutcome &outcome : result.tables) {
        if (outcome.anonymized + outcome.purged > 0)
            tables << outcome.table;
    }
    setResult(ErasureTexts::success(plan, result), true);
    m_status->setText(tr("Erased. Save the report for ticket %1.").arg(plan.ticket));
    updateButtons();
    emit tablesChanged(tables,
                       tr("Erased for ticket %1: ").arg(plan.ticket)
                           + ErasureTexts::doneCounts(result));
    emit erasureFinished(true);
}

void ErasureWindow::setResult(const QString &text, bool ok)
{
    m_resultText->setPlainText(text);
    m_resultText->setVisible(!text.isEmpty());
    QPalette palette = m_resultText->palette();
    palette.setColor(QPalette::Text, ok ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
    m_resultText->setPalette(palette);
}

void ErasureWindow::cancel()
{
    if (m_state == State::Finding && m_cancel) {
        *m_cancel = true; // checked between tables
        m_status->setText(tr("Cancelling the search..."));
    } else if (m_state == State::Erasing) {
        // Interrupts the running statement of this window's own connection: the erasure
        // rolls back unless it has committed already; the outcome says which.
        m_worker->cancelRunning();
        m_status->setText(tr("Cancelling: rolling back the erasure..."));
    }
}

void ErasureWindow::chooseReportFile()
{
    if (!m_hasResult)
        return;
    const QString jsonFilter = tr("JSON report (*.json)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    QString ticket = m_appliedPlan.ticket;
    ticket.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected = jsonFilter;
    QString fileName
        = QFileDialog::getSaveFileName(this,
                                       tr("Save Erasure Report"),
                                       QDir(folder).filePath(
                                           QStringLiteral("erasure-report-%1.json").arg(ticket)),
                                       jsonFilter + QStringLiteral(";;") + pdfFilter,
                                       &selected);
    if (fileName.isEmpty())
        return;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("pdf"))
        fileName += selected == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".json");
    QString error;
    if (!saveReport(fileName, &error)) {
        QMessageBox::warning(this, tr("Save Report"), error);
        return;
    }
    m_status->setText(tr("Report saved to %1.").arg(QDir::toNativeSeparators(fileName)));
}

bool ErasureWindow::saveReport(const QString &fileName, QString *error) const
{
    if (!m_hasResult) {
        *error = tr("There is no erasure to report yet.");
        return false;
    }
    const QByteArray json = ErasureReport::toJson(m_appliedPlan, m_result, m_session->url());
    if (fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return writeErasureReportPdf(json, fileName, error);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = tr("The report could not be written to %1: %2")
                     .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

void ErasureWindow::showRulesEditor()
{
    if (isBusy())
        return;
    auto editor = new RulesEditor(m_worker.get(), m_tables, m_actor, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_rulesEditor = editor;
    auto changed = std::make_shared<bool>(false);
    connect(editor, &RulesEditor::rulesChanged, this, [changed] { *changed = true; });
    connect(editor, &QDialog::finished, this, [this, changed] {
        // The shown plan was made with the old rules.
        if (*changed && m_hasPlan && !m_erased && !isBusy())
            find();
    });
    // Opened at the first row shown, where a rule is most likely wanted.
    if (const PlannedRow *row = m_model->plannedRow(m_view->currentIndex())) {
        if (!row->changes.isEmpty())
            editor->selectColumn(row->row.table, row->changes.first().column);
        else
            editor->selectTable(row->row.table);
    }
    editor->open();
}

void ErasureWindow::setState(State state)
{
    m_state = state;
    const bool idle = state == State::Idle;
    m_progress->setVisible(!idle);
    m_cancelButton->setVisible(!idle);
    if (state == State::Erasing)
        m_progress->setRange(0, 0); // one transaction: no steps to count
    else
        m_progress->setRange(0, 1);
    m_progress->setValue(0);
    for (QWidget *input : {static_cast<QWidget *>(m_subject),
                           static_cast<QWidget *>(m_contains),
                           static_cast<QWidget *>(m_ticket),
                           static_cast<QWidget *>(m_purgeTrashed),
                           static_cast<QWidget *>(m_strict),
                           static_cast<QWidget *>(m_redactMentions),
                           static_cast<QWidget *>(m_scrub)})
        input->setEnabled(idle);
    updateButtons();
}

void ErasureWindow::updateButtons()
{
    const bool idle = m_state == State::Idle;
    m_find->setEnabled(idle && !m_subject->text().trimmed().isEmpty());
    m_rules->setEnabled(idle);
    const QString blocker = eraseBlocker();
    m_erase->setEnabled(idle && blocker.isEmpty());
    m_save->setEnabled(idle && m_hasResult);
    m_hint->setText(idle ? blocker : QString());
    const bool refused = m_hasPlan && !m_stale && !m_erased && !m_model->plan().refusal.isEmpty();
    setTextColor(m_hint, refused ? QColor(0xb0, 0x00, 0x20) : palette().color(QPalette::WindowText));
}

bool ErasureWindow::canClose()
{
    if (m_state == State::Erasing) {
        m_status->setText(tr("The erasure is running: it finishes or rolls back as a whole. "
                             "Close the window when it is done."));
        return false;
    }
    cancel(); // a search stops
    return true;
}

void ErasureWindow::closeEvent(QCloseEvent *event)
{
    if (canClose())
        QDialog::closeEvent(event);
    else
        event->ignore();
}

void ErasureWindow::reject()
{
    if (canClose())
        QDialog::reject();
}

} // namespace Salvage
