#include "ui/schedule/pausedweek.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PausedWeek", text);
}

// Local midnight of `date` in `zone` (the first instant of the day, also on a day whose
// midnight a daylight-saving change skips).
QDateTime startOfDay(const QDate &date, const QTimeZone &zone)
{
    return date.startOfDay(zone);
}

QString dayText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

} // namespace

PausedWeek::PausedWeek(const QDate &firstDay, const QTimeZone &zone, const QList<Interval> &paused,
                       const QList<QDate> &exceptions)
    : m_firstDay(firstDay)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_paused(paused)
    , m_exceptions(exceptions)
{
    std::sort(m_paused.begin(), m_paused.end(), [](const Interval &a, const Interval &b) {
        if (!a.start.isValid() || !b.start.isValid())
            return !a.start.isValid() && b.start.isValid();
        return a.start < b.start;
    });
    for (int i = 0; i < DayCount; ++i) {
        const QDateTime dayStart = startOfDay(day(i), m_zone);
        const QDateTime dayEnd = startOfDay(day(i + 1), m_zone);
        QList<Range> ranges;
        for (const Interval &interval : std::as_const(m_paused)) {
            const QDateTime from = !interval.start.isValid() || interval.start < dayStart ? dayStart : interval.start;
            const QDateTime to = !interval.end.isValid() || interval.end > dayEnd ? dayEnd : interval.end;
            if (from >= to)
                continue;
            // The wall clock, not the instants: 20:00 is 20:00 also on a 23-hour day.
            const Range range {from == dayStart ? 0 : minuteOf(from), to == dayEnd ? MinutesPerDay : minuteOf(to)};
            if (range.to <= range.from)
                continue; // inside the hour a fall-back change repeats: shown once
            if (!ranges.isEmpty() && ranges.last().to >= range.from)
                ranges.last().to = std::max(ranges.last().to, range.to);
            else
                ranges << range;
        }
        m_ranges[i] = ranges;
    }
}

QList<PausedWeek::Range> PausedWeek::pausedRanges(int index) const
{
    return index >= 0 && index < DayCount ? m_ranges[index] : QList<Range>();
}

bool PausedWeek::isException(int index) const
{
    return m_exceptions.contains(day(index));
}

bool PausedWeek::isPausedAt(const QDateTime &instant) const
{
    return std::any_of(m_paused.cbegin(), m_paused.cend(), [&](const Interval &interval) {
        return (!interval.start.isValid() || interval.start <= instant) && (!interval.end.isValid() || instant < interval.end);
    });
}

int PausedWeek::dayOf(const QDateTime &instant) const
{
    const qint64 days = m_firstDay.daysTo(instant.toTimeZone(m_zone).date());
    return days >= 0 && days < DayCount ? int(days) : -1;
}

int PausedWeek::minuteOf(const QDateTime &instant) const
{
    const QTime time = instant.toTimeZone(m_zone).time();
    return time.hour() * 60 + time.minute();
}

QString PausedWeek::description() const
{
    if (!isValid())
        return QString();
    QList<int> allDay;
    bool anyPaused = false;
    for (int i = 0; i < DayCount; ++i) {
        anyPaused = anyPaused || !m_ranges[i].isEmpty();
        if (m_ranges[i] == QList<Range> {Range {0, MinutesPerDay}})
            allDay << day(i).dayOfWeek();
    }
    QStringList parts;
    if (!anyPaused) {
        parts << tr("Running all week");
    } else if (allDay.size() == DayCount) {
        parts << tr("Paused all week");
    } else {
        // Each stretch by the weekday and the time it starts and the time it ends, so that the
        // nights of Mon–Fri and the Friday night that runs into Monday read as one pattern.
        const QDateTime weekStart = startOfDay(m_firstDay, m_zone);
        const QDateTime weekEnd = startOfDay(day(DayCount), m_zone);
        QMap<std::pair<int, int>, QList<int>> patterns; // (start minute, end minute or -1) -> weekdays
        QStringList loose;
        for (const Interval &interval : m_paused) {
            if ((interval.end.isValid() && interval.end <= weekStart) || (interval.start.isValid() && interval.start >= weekEnd))
                continue;
            if (!interval.start.isValid()) {
                if (interval.end.isValid())
                    loose << tr("until %1 %2").arg(QLocale().dayName(interval.end.toTimeZone(m_zone).date().dayOfWeek(), QLocale::ShortFormat),
                                                   clockText(minuteOf(interval.end)));
                continue;
            }
            const int from = minuteOf(interval.start);
            const int to = interval.end.isValid() ? minuteOf(interval.end) : -1;
            if (from == 0 && to <= 0)
                continue; // whole days: said by "all day"
            QList<int> &days = patterns[{from, to}];
            const int weekday = interval.start.toTimeZone(m_zone).date().dayOfWeek();
            if (!days.contains(weekday))
                days << weekday;
        }
        QList<std::pair<QList<int>, QString>> ordered;
        for (auto it = patterns.constBegin(); it != patterns.constEnd(); ++it) {
            QList<int> days = it.value();
            std::sort(days.begin(), days.end());
            const QString times = it.key().second < 0 ? tr("from %1").arg(clockText(it.key().first))
                                                      : QStringLiteral("%1–%2").arg(clockText(it.key().first), clockText(it.key().second));
            ordered.append({days, QStringLiteral("%1 %2").arg(weekdaysText(days), times)});
        }
        std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &entry : std::as_const(ordered))
            loose << entry.second;
        if (!allDay.isEmpty()) {
            std::sort(allDay.begin(), allDay.end());
            loose << (allDay == QList<int> {6, 7} ? tr("weekends all day") : tr("%1 all day").arg(weekdaysText(allDay)));
        }
        parts << tr("Paused %1").arg(loose.join(QStringLiteral(", ")));
    }
    QStringList exceptionDays;
    for (int i = 0; i < DayCount; ++i) {
        if (isException(i))
            exceptionDays << dayText(day(i));
    }
    if (!exceptionDays.isEmpty())
        parts << tr("no schedule on %1 (exception)").arg(exceptionDays.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

QString PausedWeek::dayDescription(int index) const
{
    const QList<Range> ranges = pausedRanges(index);
    QString what;
    if (ranges.isEmpty()) {
        what = tr("running all day");
    } else if (ranges == QList<Range> {Range {0, MinutesPerDay}}) {
        what = tr("paused all day");
    } else {
        QStringList pieces;
        for (const Range &range : ranges) {
            if (range.from == 0)
                pieces << tr("until %1").arg(clockText(range.to));
            else if (range.to == MinutesPerDay)
                pieces << tr("from %1").arg(clockText(range.from));
            else
                pieces << QStringLiteral("%1–%2").arg(clockText(range.from), clockText(range.to));
        }
        what = tr("paused %1").arg(pieces.join(tr(" and ")));
    }
    QString text = QStringLiteral("%1: %2").arg(dayText(day(index)), what);
    if (isException(index))
        text += tr(" (exception: the schedule does not apply)");
    return text;
}

QString PausedWeek::zoneText(const QDateTime &at, const QTimeZone &local) const
{
    const int offset = m_zone.offsetFromUtc(at);
    const int difference = offset - local.offsetFromUtc(at);
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString name = QString::fromUtf8(m_zone.id());
    if (difference == 0)
        return tr("%1 (%2, local time)").arg(name, utc);
    const int minutes = std::abs(difference) / 60;
    const QString amount = minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60) : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return difference > 0 ? tr("%1 (%2, %3 ahead of local time)").arg(name, utc, amount)
                          : tr("%1 (%2, %3 behind local time)").arg(name, utc, amount);
}

QString PausedWeek::weekdaysText(const QList<int> &weekdays)
{
    QList<int> days = weekdays;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const QLocale locale;
    QStringList runs;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days.at(j + 1) == days.at(j) + 1)
            ++j;
        const QString first = locale.dayName(days.at(i), QLocale::ShortFormat);
        if (j == i)
            runs << first;
        else if (j == i + 1)
            runs << first << locale.dayName(days.at(j), QLocale::ShortFormat);
        else
            runs << QStringLiteral("%1–%2").arg(first, locale.dayName(days.at(j), QLocale::ShortFormat));
        i = j + 1;
    }
    if (days.size() == 7)
        return tr("daily");
    return runs.join(QStringLiteral(", "));
}

QString PausedWeek::clockText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}
