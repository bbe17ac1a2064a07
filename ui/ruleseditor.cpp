#include "ruleseditor.h"

#include "databasesession.h"

#include "privacy/rulestore.h"
#include "privacy/rulesuggester.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Salvage {

namespace {

constexpr int TableRole = Qt::UserRole + 1; // index into m_shown

const RuleKind allKinds[] = {RuleKind::Keep,
                             RuleKind::Null,
                             RuleKind::Fixed,
                             RuleKind::Email,
                             RuleKind::Redact,
                             RuleKind::GeneralizeDate,
                             RuleKind::Random,
                             RuleKind::Hash};

QString ruleText(const AnonymizationRule &rule)
{
    QString text = Rules::kindName(rule.kind);
    if (rule.kind == RuleKind::Fixed)
        text += QStringLiteral(" \u201c%1\u201d").arg(rule.parameter);
    return text;
}

const RuleSuggester::Suggestion *suggestionFor(const QList<RuleSuggester::Suggestion> &list,
                                               const QString &column)
{
    for (const RuleSuggester::Suggestion &suggestion : list) {
        if (suggestion.rule.column == column)
            return &suggestion;
    }
    return nullptr;
}

DbError notConnectedOr(Connection &connection)
{
    return connection.isOpen() ? DbError() : DatabaseSession::notConnected();
}

} // namespace

RulesEditor::RulesEditor(DbWorker *worker,
                         const QList<TableInfo> &tables,
                         const ActorProvider &actor,
                         QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_tables(tables)
    , m_actor(actor)
    , m_tableList(new QListWidget(this))
    , m_purgeCheck(new QCheckBox(this))
    , m_columns(new QTableWidget(0, ColumnCount, this))
    , m_ruleGroup(new QGroupBox(this))
    , m_kind(new QComboBox(this))
    , m_parameter(new QLineEdit(this))
    , m_suggestion(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Rule"), this))
    , m_remove(new QPushButton(tr("Re&move Rule"), this))
    , m_refusal(new QLabel(this))
    , m_status(new QLabel(this))
    , m_import(new QPushButton(tr("&Import..."), this))
    , m_export(new QPushButton(tr("&Export..."), this))
{
    setObjectName(QStringLiteral("rulesEditor"));
    setWindowTitle(tr("Anonymization Rules"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    for (const TableInfo &table : tables) {
        // Salvage's own tables (audit, rules, holds) are never erased.
        if (!table.name.name.startsWith(QLatin1String("salvage_")) && !table.columns.isEmpty())
            m_shown.append(table);
    }

    auto intro = new QLabel(tr("How an erasure overwrites each personal column. The rules are "
                               "stored in this database and shared by everyone who administers "
                               "it. Where no rule is stored, the erasure uses the suggested "
                               "one and says so in its report."),
                            this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_tableList->setObjectName(QStringLiteral("tableList"));
    m_purgeCheck->setObjectName(QStringLiteral("purgeCheck"));
    m_columns->setObjectName(QStringLiteral("columnTable"));
    m_columns->setHorizontalHeaderLabels(
        {tr("Column"), tr("Type"), tr("Stored Rule"), tr("Suggested Rule")});
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setStretchLastSection(true);

    m_ruleGroup->setObjectName(QStringLiteral("ruleGroup"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (RuleKind kind : allKinds)
        m_kind->addItem(Rules::kindTitle(kind), int(kind));
    m_parameter->setObjectName(QStringLiteral("parameterEdit"));
    m_parameter->setPlaceholderText(tr("The placeholder, e.g. [removed]"));
    m_suggestion->setObjectName(QStringLiteral("suggestionLabel"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextFormat(Qt::PlainText);
    m_save->setObjectName(QStringLiteral("saveRuleButton"));
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_refusal->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_refusal->setPalette(palette);
    m_refusal->hide();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));

    auto form = new QFormLayout;
    form->addRow(tr("&Rule:"), m_kind);
    form->addRow(tr("&Placeholder:"), m_parameter);
    auto ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_save);
    ruleButtons->addWidget(m_remove);
    ruleButtons->addStretch(1);
    auto groupLayout = new QVBoxLayout(m_ruleGroup);
    groupLayout->addLayout(form);
    groupLayout->addWidget(m_suggestion);
    groupLayout->addLayout(ruleButtons);
    groupLayout->addWidget(m_refusal);

    auto right = new QWidget(this);
    auto rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_purgeCheck);
    rightLayout->addWidget(m_columns, 1);
    rightLayout->addWidget(m_ruleGroup);
    auto splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tableList);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 620});
    splitter->setChildrenCollapsible(false);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 620);

    connect(m_tableList, &QListWidget::currentRowChanged, this, &RulesEditor::fillColumns);
    connect(m_columns, &QTableWidget::itemSelectionChanged, this, &RulesEditor::showColumn);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RulesEditor::updateEditor);
    connect(m_save, &QPushButton::clicked, this, &RulesEditor::saveRule);
    connect(m_remove, &QPushButton::clicked, this, &RulesEditor::removeRule);
    connect(m_purgeCheck, &QCheckBox::clicked, this, &RulesEditor::setPurgeOnErasure);
    connect(m_import, &QPushButton::clicked, this, &RulesEditor::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &RulesEditor::chooseExport);

    fillTables();
    reload();
}

void RulesEditor::reload()
{
    if (!m_worker)
        return;
    setBusy(true);
    m_worker->post<Stored>(
        [](Connection &connection) {
            Stored stored;
            stored.error = notConnectedOr(connection);
            if (stored.error.isError())
                return stored;
            RuleStore store(connection);
            stored.rules = store.rules(&stored.error);
            if (!stored.error.isError())
                stored.purge = store.purgeOnErasure(&stored.error);
            return stored;
        },
        this,
        [this](const Stored &stored) { showStored(stored); });
}

void RulesEditor::showStored(const Stored &stored)
{
    setBusy(false);
    if (stored.error.isError()) {
        m_status->setText(tr("The stored rules could not be read: %1").arg(stored.error.message));
        return;
    }
    m_rules = stored.rules;
    m_purge = stored.purge;
    const QualifiedName table = currentTable() ? currentTable()->name : QualifiedName();
    const QString column = currentColumn();
    fillTables();
    if (!selectColumn(table, column) && !selectTable(table) && m_tableList->count() > 0)
        m_tableList->setCurrentRow(0);
    emit loaded();
}

void RulesEditor::fillTables()
{
    const QSignalBlocker blocker(m_tableList);
    const int current = m_tableList->currentRow();
    m_tableList->clear();
    for (int i = 0; i < m_shown.size(); ++i) {
        const TableInfo &table = m_shown.at(i);
        int stored = 0;
        for (const AnonymizationRule &rule : std::as_const(m_rules))
            stored += rule.table == table.name ? 1 : 0;
        QString text = table.name.display();
        if (m_purge.contains(table.name))
            text += tr(" (purged)");
        else if (stored > 0)
            text += tr(" (%n rule(s))", nullptr, stored);
        auto item = new QListWidgetItem(text, m_tableList);
        item->setData(TableRole, i);
        if (m_purge.contains(table.name)) {
            item->setIcon(QIcon(QStringLiteral(":/icons/purge.svg")));
            item->setToolTip(tr("Rows of %1 are purged on erasure.").arg(table.name.display()));
        }
    }
    m_tableList->setCurrentRow(current);
}

bool RulesEditor::selectTable(const QualifiedName &table)
{
    for (int row = 0; row < m_tableList->count(); ++row) {
        if (m_shown.at(m_tableList->item(row)->data(TableRole).toInt()).name == table) {
            m_tableList->setCurrentRow(row);
            fillColumns(); // also when it was current already: the rules may be new
            return true;
        }
    }
    return false;
}

bool RulesEditor::selectColumn(const QualifiedName &table, const QString &column)
{
    if (!selectTable(table))
        return false;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        if (m_columns->item(row, NameColumn)->text() == column) {
            m_columns->selectRow(row);
            showColumn();
            return true;
        }
    }
    return false;
}

const TableInfo *RulesEditor::currentTable() const
{
    const QListWidgetItem *item = m_tableList->currentItem();
    return item ? &m_shown.at(item->data(TableRole).toInt()) : nullptr;
}

QString RulesEditor::currentColumn() const
{
    const QList<QTableWidgetItem *> selected = m_columns->selectedItems();
    return selected.isEmpty() ? QString()
                              : m_columns->item(selected.first()->row(), NameColumn)->text();
}

const AnonymizationRule *RulesEditor::storedRule(const QualifiedName &table,
                                                 const QString &column) const
{
    for (const AnonymizationRule &rule : m_rules) {
        if (rule.table == table && rule.column == column)
            return &rule;
    }
    return nullptr;
}

void RulesEditor::fillColumns()
{
    const TableInfo *table = currentTable();
    const QString selected = currentColumn();
    const QSignalBlocker blocker(m_columns);
    m_columns->setRowCount(0);
    setRefusal(QString());
    if (!table) {
        m_purgeCheck->setText(tr("Purge on erasure"));
        updateEditor();
        return;
    }
    const QList<RuleSuggester::Suggestion> suggestions = RuleSuggester::suggest(*table);
    for (const ColumnInfo &column : table->columns) {
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        m_columns->setItem(row, NameColumn, new QTableWidgetItem(column.name));
        m_columns->setItem(row, TypeColumn, new QTableWidgetItem(column.type));
        const AnonymizationRule *stored = storedRule(table->name, column.name);
        m_columns->setItem(row,
                           StoredColumn,
                           new QTableWidgetItem(stored ? ruleText(*stored) : QString()));
        auto suggested = new QTableWidgetItem;
        if (const RuleSuggester::Suggestion *s = suggestionFor(suggestions, column.name)) {
            suggested->setText(ruleText(s->rule));
            suggested->setToolTip(s->why);
        }
        m_columns->setItem(row, SuggestedColumn, suggested);
        if (stored) {
            QFont font = m_columns->item(row, StoredColumn)->font();
            font.setBold(true);
            m_columns->item(row, StoredColumn)->setFont(font);
        }
    }
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        if (m_columns->item(row, NameColumn)->text() == selected)
            m_columns->selectRow(row);
    }

    const bool transient = RuleSuggester::looksTransient(*table);
    m_purgeCheck->setText(transient ? tr("P&urge the rows of %1 on erasure (suggested: it "
                                         "looks like transient data)")
                                          .arg(table->name.display())
                                    : tr("P&urge the rows of %1 on erasure (for transient "
                                         "data such as sessions and tokens)")
                                          .arg(table->name.display()));
    m_purgeCheck->setChecked(m_purge.contains(table->name));
    showColumn();
}

void RulesEditor::showColumn()
{
    const TableInfo *table = currentTable();
    const QString column = currentColumn();
    setRefusal(QString());
    if (!table || column.isEmpty()) {
        m_ruleGroup->setTitle(tr("Rule"));
        m_suggestion->setText(tr("Select a column to see or change its rule."));
        updateEditor();
        return;
    }
    m_ruleGroup->setTitle(tr("Rule for %1.%2").arg(table->name.display(), column));
    const AnonymizationRule *stored = storedRule(table->name, column);
    const QList<RuleSuggester::Suggestion> suggestions = RuleSuggester::suggest(*table);
    const RuleSuggester::Suggestion *suggestion = suggestionFor(suggestions, column);
    AnonymizationRule shown;
    if (stored)
        shown = *stored;
    else if (suggestion)
        shown = suggestion->rule;
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(shown.kind)));
    }
    m_parameter->setText(shown.parameter);
    if (stored) {
        m_suggestion->setText(tr("Stored: %1.").arg(ruleText(*stored)));
    } else if (suggestion) {
        m_suggestion->setText(tr("No rule is stored; the erasure uses the suggested rule "
                                 "%1 (%2). Save it to make it the rule.")
                                  .arg(ruleText(suggestion->rule), suggestion->why));
    } else {
        m_suggestion->setText(tr("No rule is stored or suggested: the erasure keeps this "
                                 "column as it is."));
    }
    updateEditor();
}

void RulesEditor::updateEditor()
{
    const bool column = currentTable() && !currentColumn().isEmpty();
    const bool idle = !m_busy && m_worker;
    const RuleKind kind = RuleKind(m_kind->currentData().toInt());
    m_kind->setEnabled(idle && column);
    m_parameter->setEnabled(idle && column && kind == RuleKind::Fixed);
    m_save->setEnabled(idle && column);
    m_remove->setEnabled(idle && column && storedRule(currentTable()->name, currentColumn()));
    m_purgeCheck->setEnabled(idle && currentTable());
    m_import->setEnabled(idle);
    m_export->setEnabled(idle);
    m_tableList->setEnabled(!m_busy);
    m_columns->setEnabled(!m_busy);
}

void RulesEditor::setKind(RuleKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void RulesEditor::setParameter(const QString &parameter)
{
    m_parameter->setText(parameter);
}

QString RulesEditor::refusalText() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

QString RulesEditor::statusText() const
{
    return m_status->text();
}

void RulesEditor::setRefusal(const QString &text)
{
    m_refusal->setText(text);
    m_refusal->setVisible(!text.isEmpty());
}

void RulesEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateEditor();
}

void RulesEditor::run(const Job &job, const QString &doneText)
{
    if (!m_worker || m_busy)
        return;
    setBusy(true);
    setRefusal(QString());
    m_status->clear();
    m_worker->post<DbError>(
        [job](Connection &connection) {
            const DbError error = notConnectedOr(connection);
            return error.isError() ? error : job(connection);
        },
        this,
        [this, doneText](const DbError &error) {
            setBusy(false);
            if (error.isError()) {
                setRefusal(error.message.isEmpty() ? tr("The database refused the change.")
                                                   : error.message);
                // A refused purge mark: show the stored state again.
                if (const TableInfo *table = currentTable())
                    m_purgeCheck->setChecked(m_purge.contains(table->name));
                emit jobFinished(false);
                return;
            }
            m_changed = true;
            m_status->setText(doneText);
            emit rulesChanged();
            emit jobFinished(true);
            reload();
        });
}

void RulesEditor::saveRule()
{
    const TableInfo *table = currentTable();
    const QString column = currentColumn();
    if (!table || column.isEmpty() || m_busy)
        return;
    const QString actor = m_actor ? m_actor() : QString();
    if (actor.isEmpty())
        return;
    AnonymizationRule rule;
    rule.table = table->name;
    rule.column = column;
    rule.kind = RuleKind(m_kind->currentData().toInt());
    if (rule.kind == RuleKind::Fixed)
        rule.parameter = m_parameter->text();
    const QList<TableInfo> tables = m_tables;
    run(
        [rule, tables, actor](Connection &connection) {
            DbError error;
            RuleStore(connection).saveRule(rule, tables, actor, &error);
            return error;
        },
        tr("Stored the rule %1 for %2.%3.").arg(ruleText(rule), rule.table.display(), rule.column));
}

void RulesEditor::removeRule()
{
    const TableInfo *table = currentTable();
    const QString column = currentColumn();
    if (!table || column.isEmpty())
        return;
    const QString actor = m_actor ? m_actor() : QString();
    if (actor.isEmpty())
        return;
    const QualifiedName name = table->name;
    run(
        [name, column, actor](Connection &connection) {
            DbError error;
            RuleStore(connection).removeRule(name, column, actor, &error);
            return error;
        },
        tr("Removed the rule of %1.%2; the suggested rule applies again.")
            .arg(name.display(), column));
}

void RulesEditor::setPurgeOnErasure(bool purge)
{
    const TableInfo *table = currentTable();
    if (!table)
        return;
    const QString actor = m_actor ? m_actor() : QString();
    if (actor.isEmpty()) {
        m_purgeCheck->setChecked(m_purge.contains(table->name));
        return;
    }
    m_purgeCheck->setChecked(purge);
    const QualifiedName name = table->name;
    run(
        [name, purge, actor](Connection &connection) {
            DbError error;
            RuleStore(connection).setPurgeOnErasure(name, purge, actor, &error);
            return error;
        },
        purge
            ? tr("The rows of %1 are purged on erasure.").arg(name.display())
            : tr("The rows of %1 are anonymized on erasure, no longer purged.").arg(name.display()));
}

void RulesEditor::chooseImport()
{
    const QString fileName = QFileDialog::getOpenFileName(this,
                                                          tr("Import Anonymization Rules"),
                                                          QString(),
                                                          tr("JSON files (*.json)"));
    if (!fileName.isEmpty())
        importFile(fileName);
}

void RulesEditor::chooseExport()
{
    QString fileName = QFileDialog::getSaveFileName(this,
                                                    tr("Export Anonymization Rules"),
                                                    QStringLiteral("anonymization-rules.json"),
                                                    tr("JSON files (*.json)"));
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        fileName += QLatin1String(".json");
    exportFile(fileName);
}

void RulesEditor::importFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        setRefusal(tr("%1 could not be read: %2").arg(fileName, file.errorString()));
        return;
    }
    const QByteArray json = file.readAll();
    const QString actor = m_actor ? m_actor() : QString();
    if (actor.isEmpty())
        return;
    const QList<TableInfo> tables = m_tables;
    run(
        [json, tables, actor](Connection &connection) {
            DbError error;
            RuleStore(connection).importJson(json, tables, actor, &error);
            return error;
        },
        tr("Imported the rules of %1.").arg(fileName));
}

void RulesEditor::exportFile(const QString &fileName)
{
    if (!m_worker || m_busy)
        return;
    struct Exported
    {
        QByteArray json;
        DbError error;
    };
    setBusy(true);
    setRefusal(QString());
    m_worker->post<Exported>(
        [](Connection &connection) {
            Exported result;
            result.error = notConnectedOr(connection);
            if (!result.error.isError())
                result.json = RuleStore(connection).exportJson(&result.error);
            return result;
        },
        this,
        [this, fileName](const Exported &result) {
            setBusy(false);
            if (result.error.isError()) {
                setRefusal(tr("The rules could not be read: %1").arg(result.error.message));
                emit jobFinished(false);
                return;
            }
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly) || file.write(result.json) != result.json.size()
                || !file.commit()) {
                setRefusal(tr("%1 could not be written: %2").arg(fileName, file.errorString()));
                emit jobFinished(false);
                return;
            }
            m_status->setText(tr("Exported the rules to %1.").arg(fileName));
            emit jobFinished(true);
        });
}

} // namespace Salvage
