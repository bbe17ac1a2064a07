#include "connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Salvage {

namespace {
constexpr int MaxRecent = 10;
const char RecentKey[] = "recent";
enum Page { SqlitePage, PostgresPage };
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(new QListWidget(this))
    , m_driver(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to a Database"));

    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->addItems(recentConnections());
    m_recent->setMaximumHeight(120);
    connect(m_recent, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        const ConnectionUrl url = ConnectionUrl::parse(text);
        if (url.isValid())
            setUrl(url);
    });
    connect(m_recent, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    auto recentBox = new QGroupBox(tr("Recent connections"), this);
    auto recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent);
    recentBox->setVisible(m_recent->count() > 0);

    m_driver->setObjectName(QStringLiteral("driverCombo"));
    m_driver->addItem(tr("SQLite"));
    m_driver->addItem(tr("PostgreSQL"));
    m_sqlitePage = createSqlitePage();
    m_postgresPage = createPostgresPage();
    m_postgresPage->hide();
    connect(m_driver, &QComboBox::currentIndexChanged, this, [this](int index) {
        // Shown one at a time (not stacked) so the dialog fits the page it shows.
        m_sqlitePage->setVisible(index == SqlitePage);
        m_postgresPage->setVisible(index == PostgresPage);
        updateState();
        QTimer::singleShot(0, this, &QWidget::adjustSize);
    });
    auto driverForm = new QFormLayout;
    driverForm->addRow(tr("&Driver:"), m_driver);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(recentBox);
    layout->addLayout(driverForm);
    layout->addWidget(m_sqlitePage);
    layout->addWidget(m_postgresPage);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    updateState();
}

QWidget *ConnectionDialog::createSqlitePage()
{
    auto page = new QWidget(this);
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("Path of the database file"));
    auto browse = new QToolButton(page);
    browse->setText(tr("Browse..."));
    connect(browse, &QToolButton::clicked, this, &ConnectionDialog::browse);
    auto pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(0, 0, 0, 0);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_create = new QCheckBox(tr("Create the file if it does not exist"), page);
    m_create->setObjectName(QStringLiteral("createCheck"));

    auto form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    auto pathLabel = new QLabel(tr("&File:"), page);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_create);
    connect(m_path, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    return page;
}

QWidget *ConnectionDialog::createPostgresPage()
{
    auto page = new QWidget(this);
    m_host = new QLineEdit(QStringLiteral("localhost"), page);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(page);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: PGPASSWORD or ~/.pgpass"));
    m_sslMode = new QComboBox(page);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode));
    m_sslMode->setCurrentText(QStringLiteral("prefer"));

    auto form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Data&base:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    return page;
}

ConnectionUrl ConnectionDialog::url() const
{
    ConnectionUrl url;
    if (m_driver->currentIndex() == SqlitePage) {
        url.backend = Backend::SQLite;
        url.path = m_path->text().trimmed();
        url.createIfMissing = m_create->isChecked();
        return url;
    }
    url.backend = Backend::PostgreSQL;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    url.password = m_password->text();
    url.options.insert(QStringLiteral("sslmode"), m_sslMode->currentText());
    return url;
}

void ConnectionDialog::setUrl(const ConnectionUrl &url)
{
    if (url.backend == Backend::SQLite) {
        m_driver->setCurrentIndex(SqlitePage);
        m_path->setText(url.path);
        m_create->setChecked(url.createIfMissing);
    } else if (url.backend == Backend::PostgreSQL) {
        m_driver->setCurrentIndex(PostgresPage);
        m_host->setText(url.host);
        m_port->setValue(url.port > 0 ? url.port : 5432);
        m_database->setText(url.database);
        m_user->setText(url.user);
        m_password->clear();
        m_sslMode->setCurrentText(
            url.options.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
    }
    updateState();
}

QStringList ConnectionDialog::recentConnections()
{
    return QSettings().value(QLatin1String(RecentKey)).toStringList();
}

void ConnectionDialog::addRecentConnection(const ConnectionUrl &url)
{
    const QString text = url.toString(); // never contains the password
    QStringList recent = recentConnections();
    recent.removeAll(text);
    recent.prepend(text);
    QSettings().setValue(QLatin1String(RecentKey), recent.mid(0, MaxRecent));
}

void ConnectionDialog::browse()
{
    const QString path
        = m_create->isChecked()
              ? QFileDialog::getSaveFileName(this,
                                             tr("New SQLite Database"),
                                             m_path->text(),
                                             tr("SQLite databases (*.db *.sqlite *.sqlite3);;"
                                                "All files (*)"),
                                             nullptr,
                                             QFileDialog::DontConfirmOverwrite)
              : QFileDialog::getOpenFileName(this,
                                             tr("Open SQLite Database"),
                                             m_path->text(),
                                             tr("SQLite databases (*.db *.sqlite *.sqlite3);;"
                                                "All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ConnectionDialog::updateState()
{
    const bool ok
        = m_driver->currentIndex() == SqlitePage
              ? !m_path->text().trimmed().isEmpty()
              : !m_database->text().trimmed().isEmpty(); // an empty host means the local socket
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Salvage
