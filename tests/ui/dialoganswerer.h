// Answers the modal dialogs a window under test opens, the way a user would.
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

class QDialog;
class QWidget;

// Polls for the active modal widget and answers it once: a message box with Yes (or OK),
// any other dialog by filling it in and accepting it. Remembers which dialogs it saw (by
// object name) and the last message box's texts, so that a test can check them.
class DialogAnswerer : public QObject
{
public:
    DialogAnswerer();

    QStringList seen;
    QString lastText;
    QString lastInformativeText;
    QString lastDetailedText;
    // Fills in a dialog that every flow of the test shows (a reason, a confirmation) and
    // returns true; false for a dialog it does not know. Set once by the test.
    std::function<bool(QDialog *)> fillKnown;
    // Fills in any other dialog before it is accepted; returns false when it has answered
    // the dialog itself. Set by a test step for the dialog it expects.
    std::function<bool(QDialog *)> fill;

private:
    void answer();

    QTimer m_timer;
    QPointer<QWidget> m_answering;
};
