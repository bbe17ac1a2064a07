#include "dialoganswerer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>

DialogAnswerer::DialogAnswerer()
{
    connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::answer);
    m_timer.start(20);
}

void DialogAnswerer::answer()
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || modal == m_answering)
        return;
    m_answering = modal;
    seen << modal->objectName();
    if (auto box = qobject_cast<QMessageBox *>(modal)) {
        lastText = box->text();
        lastInformativeText = box->informativeText();
        lastDetailedText = box->detailedText();
        QAbstractButton *button = box->button(QMessageBox::Yes);
        if (!button)
            button = box->button(QMessageBox::Ok);
        QTimer::singleShot(0, button, &QAbstractButton::click);
    } else if (auto dialog = qobject_cast<QDialog *>(modal)) {
        const bool known = fillKnown && fillKnown(dialog);
        if (known || !fill || fill(dialog))
            QTimer::singleShot(0, dialog, &QDialog::accept);
    }
}
