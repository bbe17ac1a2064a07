#pragma once

#include "databasesession.h"
#include "db/sqldialect.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTabBar;
class QTableView;
class QTimer;

namespace Salvage {

// The centre of the main window: a banner (read-only reason, errors), the scope tabs
// Active / Trash / All with counts, the server-side search field and the row view.
class RecordPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 250;

    explicit RecordPane(QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QTabBar *scopeTabs() const { return m_scopeTabs; }

    void showBanner(const QString &text, bool isError);
    void setScopes(const TableCounts &counts, bool softDeletable, Scope current);
    void clearSearch();
    void resetSortIndicator();
    void autoSizeColumns();

signals:
    void scopeChosen(Salvage::Scope scope);
    void searchChanged(const QString &text); // debounced

private:
    QLabel *m_banner;
    QTabBar *m_scopeTabs;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QTableView *m_view;
};

} // namespace Salvage
