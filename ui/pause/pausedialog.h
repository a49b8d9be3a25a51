#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

// Asks for the optional reason of a pause (it becomes the first note) and a "remind me to
// look again" date. For several deployments it also lists what will be paused, as the one
// confirmation of a bulk pause.
class PauseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PauseDialog(const QStringList &names, QWidget *parent = nullptr);

    QString reason() const;
    QDate remindOn() const;   // null when no reminder was asked for
    void setReason(const QString &reason);

private:
    QPlainTextEdit *m_reason;
    QCheckBox *m_remind;
    QDateEdit *m_remindDate;
};
