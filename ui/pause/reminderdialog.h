#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;

// Sets, moves or clears the "remind me to look again" date of a paused deployment.
class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` is the reminder the pause has now (null: none).
    ReminderDialog(const QString &deploymentName, const QDate &current, QWidget *parent = nullptr);

    // The chosen date; null when the reminder is to be cleared.
    QDate remindOn() const;
    void setRemindOn(const QDate &date);

private:
    QCheckBox *m_remind;
    QDateEdit *m_date;
};
