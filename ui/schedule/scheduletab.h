#pragma once

#include "app/api/resourcekind.h"

#include <QPointer>
#include <QWidget>

class DetailsPanel;
class QLabel;
class QPushButton;
class ScheduleBoard;
class WeekStrip;

// The Schedule page of the details panel, for the resource it shows (any kind): the schedule in
// words and its zone, the week strip of the coming seven days, the next pause and resume (local
// time and UTC), a hold (lock, owner, reason, expiry) or a wake-up ("awake until 16:40"), the
// last failed or skipped transition, and the controls: set/edit and remove the schedule
// (ScheduleDialog), hold/release (HoldDialog) and wake for a while. Everything is read from and
// written to the ScheduleBoard; a wake also asks for the window's Resume (resumeRequested).
class ScheduleTab : public QWidget
{
    Q_OBJECT

public:
    ScheduleTab(ScheduleBoard *board, DetailsPanel *details, QWidget *parent = nullptr);

    void setResource(ResourceKind kind, const QString &name);
    QString resourceName() const { return m_name; }

    // The buttons' dialogs are opened with open(), not exec(): the window (and a test) goes on.
    void openScheduleDialog();
    void openHoldDialog();
    void openWakeDialog();

Q_SIGNALS:
    // Wake asked for the resource to run now (the window's Resume, with its checks).
    void resumeRequested(const QString &name);

private:
    void refresh();
    void report(const QString &error);

    ScheduleBoard *m_board;
    QPointer<DetailsPanel> m_details;
    ResourceKind m_kind = ResourceKind::Endpoint;
    QString m_name;

    QLabel *m_words;
    QLabel *m_zone;
    WeekStrip *m_strip;
    QLabel *m_weekWords;
    QLabel *m_next;
    QLabel *m_hold;
    QLabel *m_wake;
    QLabel *m_failure;
    QLabel *m_message;
    QPushButton *m_set;
    QPushButton *m_remove;
    QPushButton *m_holdButton;
    QPushButton *m_wakeButton;
};
