#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A schedule as the store keeps it (ScheduleStore): one per workspace + kind + resource name.
// The store does not interpret the times: `pause` and `resume` are WeekdayWindow texts
// ("Mon-Fri 20:00"), `exceptions` DateRange texts ("2026-12-24..2027-01-01"), and app/schedule's
// Schedule reads them (Schedule::fromRecord). Times are UTC.
struct ScheduleRecord
{
    qint64 id = 0; // the store's row id; 0 before it is stored
    QString workspaceId;
    QString kind;  // "endpoint", "pod", "raycluster" (ResourceKinds' words)
    QString name;
    QString pause;        // WeekdayWindow text
    QString resume;       // WeekdayWindow text
    QString timeZone;     // IANA id ("Europe/Berlin"); filled in with the setter's zone when set
    QStringList exceptions; // DateRange texts, dates in timeZone
    bool force = false;   // resume over changes made on the server while paused
    QString setBy;        // user
    QString setProgram;   // ChangeOrigin of the process that set it
    QString setHost;
    QDateTime setAt;      // UTC; null becomes now when stored

    bool operator==(const ScheduleRecord &other) const = default;
};

Q_DECLARE_METATYPE(ScheduleRecord)
