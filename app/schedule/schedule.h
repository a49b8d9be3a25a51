#pragma once

#include "app/api/resourcekind.h"
#include "app/schedule/daterange.h"
#include "app/schedule/weekdaywindow.h"
#include "app/storage/schedulerecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// A resource's pause schedule, read: which resource (workspace, kind, name), when it pauses
// and when it resumes (weekday windows, wall-clock times in `zone`), the exception dates on
// which nothing happens, and whether a resume goes over changes made while paused (force).
// The store keeps it as a ScheduleRecord (text); fromRecord()/toRecord() convert.
//
// Example: pause "Mon-Fri 20:00", resume "Mon-Fri 07:30", zone Europe/Berlin: paused every
// weekday evening, resumed every weekday morning, so paused from Friday 20:00 to Monday 07:30.
struct Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    qint64 id = 0;
    QString workspaceId;
    ResourceKind kind = ResourceKind::Endpoint;
    QString name;
    WeekdayWindow pause;
    WeekdayWindow resume;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QList<DateRange> exceptions;
    bool force = false;
    // Who set it, from where, when (UTC): as stored.
    QString setBy;
    QString setProgram;
    QString setHost;
    QDateTime setAt;

    // "endpoint/chat".
    QString resourceText() const;
    bool isException(QDate localDate) const;

    // A sentence when the schedule cannot work (pause and resume on one day at one time, an
    // invalid zone); empty when it can.
    QString problem() const;

    ScheduleRecord toRecord() const;
    // nullopt with the reason in *error when the record does not read (a window, the zone, an
    // exception or the kind is not understood: written by a newer version, or edited by hand).
    static std::optional<Schedule> fromRecord(const ScheduleRecord &record, QString *error);

    // The zone for an IANA name; empty text: the system's zone. nullopt with a sentence in
    // *error for a name the system's time zone database does not know.
    static std::optional<QTimeZone> zoneFromName(const QString &name, QString *error);
};
