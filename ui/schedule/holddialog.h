#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;

// "Don't touch this, I'm debugging": until when (local time; today 18:00 by default, or two
// hours from now when that has passed) and why. Schedules leave a held resource as it is.
class HoldDialog : public QDialog
{
    Q_OBJECT

public:
    HoldDialog(const QString &resource, const QDateTime &now, QWidget *parent = nullptr);

    QDateTime until() const;
    QString reason() const;

private:
    void validate();

    QDateTime m_now;
    QDateTimeEdit *m_until;
    QLineEdit *m_reason;
    QLabel *m_message;
};
