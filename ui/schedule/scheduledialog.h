#pragma once

#include "app/storage/schedulerecord.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ScheduleDialog;
}

// Sets or edits a resource's schedule: the pause and resume windows ("Mon-Fri 20:00"), the
// time zone (IANA; the local one by default), exception dates and --force. What the fields say
// is read by the core's parsers (WeekdayWindow, DateRange, Schedule::zoneFromName,
// Schedule::problem) as the user types; their sentence shows under the form and OK waits
// until there is none.
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    // `current`: the schedule to edit (its kind and name say whose); its empty windows start
    // a new one.
    explicit ScheduleDialog(const ScheduleRecord &current, QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    // The schedule the fields describe (valid when problem() is empty).
    ScheduleRecord record() const;
    // The first thing the core's parsers refuse, in their words; empty when none.
    QString problem() const;

private:
    void validate();

    std::unique_ptr<Ui::ScheduleDialog> m_ui;
    ScheduleRecord m_current;
};
