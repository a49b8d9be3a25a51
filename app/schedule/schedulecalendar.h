#pragma once

#include "app/schedule/schedule.h"
#include "app/schedule/scheduletransition.h"

#include <QDateTime>
#include <QList>

#include <chrono>
#include <optional>

// When a schedule pauses and resumes: the one calculation behind the runner (CLI and window),
// `schedule list`, the week strip and the Schedules view. Pure functions of the schedule and
// the times given; every QDateTime returned is UTC (ScheduleTransition::local has the zone's).
//
// Rules:
//  - A window's time is a wall-clock time in the schedule's zone, on each of its weekdays.
//  - Exception dates (the schedule's zone) have no transitions at all: the resource stays as
//    the last transition before them left it (paused over a holiday when the pause came
//    first).
//  - Daylight saving. A wall time that does not exist that day (the clocks jump over it, e.g.
//    02:30 in Berlin on 2027-03-28) is carried out at the moment of the jump (03:00 CEST,
//    01:00 UTC). A wall time that happens twice (the clocks go back over it, e.g. 02:30 in
//    Berlin on 2026-10-25) is carried out once, at its first occurrence (02:30 CEST, 00:30 UTC).
//  - When a pause and a resume fall on the same instant (two wall times inside one skipped
//    hour) they keep the order of their wall times.
class ScheduleCalendar
{
public:
    // How far back a missed transition is still carried out (the catch-up window), unless the
    // setting (ScheduleSettings) says otherwise.
    static constexpr std::chrono::hours DefaultCatchUp {6};
    // How far next()/latest() look before giving up (long exception ranges).
    static constexpr int SearchDays = 800;

    // The instant (UTC) of wall time `time` on `date` in `zone`, by the rules above.
    static QDateTime instant(QDate date, QTime time, const QTimeZone &zone);

    // Every transition with from <= at < to, by time.
    static QList<ScheduleTransition> between(const Schedule &schedule, const QDateTime &from, const QDateTime &to);
    // The first transition of `action` strictly after `after`; nullopt when there is none
    // within SearchDays.
    static std::optional<ScheduleTransition> next(const Schedule &schedule, ScheduleTransition::Action action,
                                                  const QDateTime &after);
    // The first transition of either kind strictly after `after`.
    static std::optional<ScheduleTransition> next(const Schedule &schedule, const QDateTime &after);
    // The latest transition (either kind) at or before `now`; nullopt when none within SearchDays.
    static std::optional<ScheduleTransition> latest(const Schedule &schedule, const QDateTime &now);
    // What is due at `now`: latest(now) when it is no older than `catchUp`, else nullopt (a
    // run missed for longer than the catch-up window does not act on it).
    static std::optional<ScheduleTransition> due(const Schedule &schedule, const QDateTime &now,
                                                 std::chrono::seconds catchUp = DefaultCatchUp);
    // Whether the schedule has the resource paused at `time` (the latest transition at or
    // before it is a pause). False when there is none.
    static bool pausedAt(const Schedule &schedule, const QDateTime &time);
};
