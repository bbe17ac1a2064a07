#include "recordpane.h"

#include "recorddelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Salvage {

namespace {
constexpr int MinColumnWidth = 48;
constexpr int MaxColumnWidth = 280;
} // namespace

RecordPane::RecordPane(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_scopeTabs(new QTabBar(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("recordPane"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);

    m_scopeTabs->setObjectName(QStringLiteral("scopeTabs"));
    m_scopeTabs->setDrawBase(false);
    m_scopeTabs->setExpanding(false);
    // Tab order follows enum Scope: Active, Trash, All.
    m_scopeTabs->addTab(tr("Active"));
    m_scopeTabs->addTab(QIcon(QStringLiteral(":/icons/trash.svg")), tr("Trash"));
    m_scopeTabs->addTab(tr("All"));
    connect(m_scopeTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            emit scopeChosen(Scope(index));
    });

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search text columns..."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        emit searchChanged(m_search->text().trimmed());
    });

    m_view->setObjectName(QStringLiteral("recordView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new RecordDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_scopeTabs);
    bar->addStretch(1);
    bar->addWidget(m_search);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void RecordPane::showBanner(const QString &text, bool isError)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_banner->setStyleSheet(
        isError ? QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #e8a3aa;"
                                 " border-radius: 3px; padding: 6px; color: #5c0011; }")
                : QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e5cf84;"
                                 " border-radius: 3px; padding: 6px; color: #3d3000; }"));
}

void RecordPane::setScopes(const TableCounts &counts, bool softDeletable, Scope current)
{
    const auto label = [](const QString &text, qint64 count) {
        return count < 0 ? text : tr("%1 (%L2)").arg(text).arg(count);
    };
    const QSignalBlocker blocker(m_scopeTabs);
    m_scopeTabs->setTabText(int(Scope::Active), label(tr("Active"), counts.active));
    m_scopeTabs->setTabText(int(Scope::Trash), label(tr("Trash"), counts.trashed));
    m_scopeTabs->setTabText(int(Scope::All), label(tr("All"), counts.total));
    m_scopeTabs->setTabEnabled(int(Scope::Active), softDeletable);
    m_scopeTabs->setTabEnabled(int(Scope::Trash), softDeletable);
    m_scopeTabs->setCurrentIndex(int(current));
}

void RecordPane::clearSearch()
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_searchTimer->stop();
}

void RecordPane::resetSortIndicator()
{
    const QSignalBlocker blocker(m_view->horizontalHeader());
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

void RecordPane::autoSizeColumns()
{
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column,
                              qBound(MinColumnWidth,
                                     header->sectionSize(column) + 8,
                                     MaxColumnWidth));
}

} // namespace Salvage
