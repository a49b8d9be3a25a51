#include "app/schedule/schedulecalendar.h"

#include <algorithm>

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr int ChunkDays = 7;

} // namespace

QDateTime ScheduleCalendar::instant(QDate date, QTime time, const QTimeZone &zone)
{
    // The wall time read as if it were UTC; the zone's offsets a day before and after are the
    // two candidates (a zone changes its offset at most once within two days).
    const QDateTime naive(date, time, Qt::UTC);
    const int before = zone.offsetFromUtc(naive.addSecs(-Day));
    const int after = zone.offsetFromUtc(naive.addSecs(Day));
    std::optional<QDateTime> first;
    for (const int offset : {before, after}) {
        const QDateTime candidate = naive.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) != offset)
            continue;
        if (!first || candidate < *first)
            first = candidate;
    }
    if (first)
        return *first; // exists once, or twice (then its first occurrence)
    // In the gap: the moment the clocks jump, which lies between the two readings.
    const QDateTime early = naive.addSecs(-after);
    const QTimeZone::OffsetData jump = zone.nextTransition(early);
    if (jump.atUtc.isValid())
        return jump.atUtc.toUTC();
    return naive.addSecs(-before);
}

QList<ScheduleTransition> ScheduleCalendar::between(const Schedule &schedule, const QDateTime &from,
                                                    const QDateTime &to)
{
    QList<ScheduleTransition> result;
    if (!from.isValid() || !to.isValid() || !(from < to) || !schedule.zone.isValid())
        return result;
    // Local dates that can hold an instant in [from, to): one more on each side for zones far
    // from UTC.
    const QDate firstDate = from.toTimeZone(schedule.zone).date().addDays(-1);
    const QDate lastDate = to.toTimeZone(schedule.zone).date().addDays(1);
    struct Item {
        ScheduleTransition transition;
        QTime wall;
    };
    QList<Item> items;
    for (QDate date = firstDate; date <= lastDate; date = date.addDays(1)) {
        if (schedule.isException(date))
            continue;
        const int weekday = date.dayOfWeek();
        for (const auto &[window, action] : {std::pair{schedule.pause, ScheduleTransition::Action::Pause},
                                             std::pair{schedule.resume, ScheduleTransition::Action::Resume}}) {
            if (!window.isValid() || !window.hasDay(weekday))
                continue;
            const QDateTime at = instant(date, window.time(), schedule.zone);
            if (at < from || !(at < to))
                continue;
            ScheduleTransition t;
            t.action = action;
            t.at = at;
            t.local = at.toTimeZone(schedule.zone);
            items.append({t, QTime(window.time())});
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.transition.at != b.transition.at)
            return a.transition.at < b.transition.at;
        return a.wall < b.wall;
    });
    for (const Item &item : std::as_const(items))
        result.append(item.transition);
    return result;
}

std::optional<ScheduleTransition> ScheduleCalendar::next(const Schedule &schedule, ScheduleTransition::Action action,
                                                         const QDateTime &after)
{
    QDateTime from = after.toUTC().addMSecs(1);
    for (int days = 0; days < SearchDays; days += ChunkDays) {
        const QDateTime to = from.addSecs(ChunkDays * Day);
        for (const ScheduleTransition &t : between(schedule, from, to)) {
            if (t.action == action)
                return t;
        }
        from = to;
    }
    return std::nullopt;
}

std::optional<ScheduleTransition> ScheduleCalendar::next(const Schedule &schedule, const QDateTime &after)
{
    QDateTime from = after.toUTC().addMSecs(1);
    for (int days = 0; days < SearchDays; days += ChunkDays) {
        const QDateTime to = from.addSecs(ChunkDays * Day);
        const QList<ScheduleTransition> found = between(schedule, from, to);
        if (!found.isEmpty())
            return found.first();
        from = to;
    }
    return std::nullopt;
}

std::optional<ScheduleTransition> ScheduleCalendar::latest(const Schedule &schedule, const QDateTime &now)
{
    QDateTime to = now.toUTC().addMSecs(1); // `now` itself counts
    for (int days = 0; days < SearchDays; days += ChunkDays) {
        const QDateTime from = to.addSecs(-ChunkDays * Day);
        const QList<ScheduleTransition> found = between(schedule, from, to);
        if (!found.isEmpty())
            return found.last();
        to = from;
    }
    return std::nullopt;
}

std::optional<ScheduleTransition> ScheduleCalendar::due(const Schedule &schedule, const QDateTime &now,
                                                        std::chrono::seconds catchUp)
{
    const std::optional<ScheduleTransition> last = latest(schedule, now);
    if (!last || last->at.secsTo(now) > catchUp.count())
        return std::nullopt;
    return last;
}

bool ScheduleCalendar::pausedAt(const Schedule &schedule, const QDateTime &time)
{
    const std::optional<ScheduleTransition> last = latest(schedule, time);
    return last && last->action == ScheduleTransition::Action::Pause;
}
