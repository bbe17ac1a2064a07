#include "transportstatus.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Salvage {

QString transportStatusText(Transport transport)
{
    switch (transport) {
    case Transport::Encrypted:
        return QCoreApplication::translate("Salvage::TransportStatus", "Encrypted (TLS)");
    case Transport::Unencrypted:
        return QCoreApplication::translate("Salvage::TransportStatus", "Not encrypted");
    case Transport::None:
    case Transport::LocalFile:
        break;
    }
    return QString();
}

QString transportStatusToolTip(Transport transport)
{
    switch (transport) {
    case Transport::Encrypted:
        return QCoreApplication::translate("Salvage::TransportStatus",
                                           "The connection to the database server is encrypted "
                                           "with TLS.");
    case Transport::Unencrypted:
        return QCoreApplication::translate("Salvage::TransportStatus",
                                           "The connection to the database server is not "
                                           "encrypted. Set SSL mode to \"require\" or stricter "
                                           "to refuse unencrypted connections.");
    case Transport::None:
    case Transport::LocalFile:
        break;
    }
    return QString();
}

void askUnencryptedConsent(QWidget *parent,
                           const ConnectionUrl &url,
                           const std::function<void(bool)> &answered)
{
    auto box = new QMessageBox(
        QMessageBox::Warning,
        QCoreApplication::translate("Salvage::TransportStatus", "Unencrypted Connection"),
        QCoreApplication::translate("Salvage::TransportStatus",
                                    "The connection to %1 is not encrypted. Passwords and the "
                                    "rows you look at could be read or changed on the way.")
            .arg(url.host),
        QMessageBox::Yes | QMessageBox::Cancel,
        parent);
    box->setObjectName(QStringLiteral("unencryptedConsentBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        QCoreApplication::translate("Salvage::TransportStatus",
                                    "Nothing has been read from the database yet. Connect "
                                    "anyway? To refuse such connections, set SSL mode to "
                                    "\"require\" or stricter."));
    box->button(QMessageBox::Yes)
        ->setText(QCoreApplication::translate("Salvage::TransportStatus", "Connect &Unencrypted"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [answered](int result) {
        answered(result == QMessageBox::Yes);
    });
    box->open();
}

} // namespace Salvage
