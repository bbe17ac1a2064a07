#pragma once

#include "db/connectionurl.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Salvage {

// Asks where to connect: a SQLite file or a PostgreSQL server, or one of the recent
// connections (stored without passwords). Produces a ConnectionUrl; connecting is the
// caller's job, on a worker.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    ConnectionUrl url() const;
    void setUrl(const ConnectionUrl &url);

    static QStringList recentConnections();
    static void addRecentConnection(const ConnectionUrl &url);

private:
    QWidget *createSqlitePage();
    QWidget *createPostgresPage();
    void browse();
    void updateState();

    QListWidget *m_recent;
    QComboBox *m_driver;
    QWidget *m_sqlitePage;
    QWidget *m_postgresPage;
    QLineEdit *m_path;
    QCheckBox *m_create;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QDialogButtonBox *m_buttons;
};

} // namespace Salvage
