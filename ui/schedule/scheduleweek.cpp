#include "ui/schedule/scheduleweek.h"

#include "app/schedule/schedule.h"
#include "app/schedule/schedulecalendar.h"

namespace ScheduleWeek {

PausedWeek of(const Schedule &schedule, const QDate &firstDay)
{
    // A week before and after, so that every stretch that reaches into the week is whole
    // (the words say on which weekday it starts).
    const QDateTime from = firstDay.addDays(-8).startOfDay(schedule.zone).toUTC();
    const QDateTime to = firstDay.addDays(PausedWeek::DayCount + 8).startOfDay(schedule.zone).toUTC();
    QList<PausedWeek::Interval> intervals;
    std::optional<QDateTime> pausedSince;
    if (ScheduleCalendar::pausedAt(schedule, from))
        pausedSince = QDateTime();
    for (const ScheduleTransition &transition : ScheduleCalendar::between(schedule, from, to)) {
        if (transition.action == ScheduleTransition::Action::Pause) {
            if (!pausedSince)
                pausedSince = transition.at;
        } else if (pausedSince) {
            intervals.append({*pausedSince, transition.at});
            pausedSince.reset();
        }
    }
    if (pausedSince)
        intervals.append({*pausedSince, QDateTime()});
    QList<QDate> exceptions;
    for (int i = 0; i < PausedWeek::DayCount; ++i) {
        if (schedule.isException(firstDay.addDays(i)))
            exceptions << firstDay.addDays(i);
    }
    return PausedWeek(firstDay, schedule.zone, intervals, exceptions);
}

} // namespace ScheduleWeek
