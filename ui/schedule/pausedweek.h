#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// One week of a schedule as the week strip shows it: seven days from `firstDay` in the
// schedule's time zone, and for each day the wall-clock minutes in which the resource is
// paused. Built from plain instants (when a pause starts, when the resume ends it), so it
// knows nothing of how a schedule is written; daylight-saving days have 23 or 25 hours of
// instants but are shown, like a clock on the wall, from 00:00 to 24:00.
//
// description() says the same in words for a screen reader and a tooltip ("Paused Mon–Fri
// 20:00–07:30, weekends all day"), so the strip never relies on colour alone.
class PausedWeek
{
public:
    // A paused stretch: from `start` (a pause) to `end` (the resume). Give the stretches
    // whole, not cut at the week's edges, so that the words can say where each one starts;
    // an invalid `start` means "paused since before anything known", an invalid `end`
    // "stays paused".
    struct Interval
    {
        QDateTime start;
        QDateTime end;
        bool operator==(const Interval &other) const = default;
    };
    // Wall-clock minutes of one day, [from, to), 0..1440.
    struct Range
    {
        int from = 0;
        int to = 0;
        bool operator==(const Range &other) const = default;
    };

    static constexpr int DayCount = 7;
    static constexpr int MinutesPerDay = 24 * 60;

    PausedWeek() = default;
    PausedWeek(const QDate &firstDay, const QTimeZone &zone, const QList<Interval> &paused,
               const QList<QDate> &exceptions = {});

    bool isValid() const { return m_firstDay.isValid(); }
    QDate firstDay() const { return m_firstDay; }
    QDate day(int index) const { return m_firstDay.addDays(index); }
    QTimeZone zone() const { return m_zone; }
    const QList<Interval> &intervals() const { return m_paused; }

    // The paused minutes of day `index` (0..6), merged and in order.
    QList<Range> pausedRanges(int index) const;
    // True when the exception dates of the schedule include day `index`.
    bool isException(int index) const;
    // Whether the resource is paused at `instant`.
    bool isPausedAt(const QDateTime &instant) const;
    // The day and minute of `instant` on the strip's clock; day -1 when outside the week.
    int dayOf(const QDateTime &instant) const;
    int minuteOf(const QDateTime &instant) const;

    // The week in words: "Paused Mon–Fri 20:00–07:30, weekends all day", "Running all week",
    // "Paused all week", with exception days named ("no schedule on Thu 24 Dec").
    QString description() const;
    // One day in words for a tooltip: "Mon 7 Dec: paused until 07:30 and from 20:00".
    QString dayDescription(int index) const;
    // The zone in words with the offset from local time: "Europe/Berlin (UTC+01:00, 1 h
    // ahead of local time)", or "Europe/Berlin (UTC+01:00, local time)".
    QString zoneText(const QDateTime &at, const QTimeZone &local = QTimeZone::systemTimeZone()) const;

    // "Mon–Fri", "Sat, Sun", "Mon, Wed–Fri" for a set of ISO weekdays (1..7).
    static QString weekdaysText(const QList<int> &weekdays);
    // "20:00" for a minute of the day; 1440 is "24:00".
    static QString clockText(int minute);

private:
    QDate m_firstDay;
    QTimeZone m_zone;
    QList<Interval> m_paused;
    QList<QDate> m_exceptions;
    QList<Range> m_ranges[DayCount];
};
