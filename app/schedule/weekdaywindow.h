#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>

#include <optional>

// One side of a schedule: on which weekdays, at which wall-clock time. Written the way a
// person says it: "Mon-Fri 20:00", "Sat,Sun 09:00", "daily 07:30", "Fri-Mon 18:30" (a range
// wraps past Sunday), "Mon,Wed-Fri 7:05". Days are Mon Tue Wed Thu Fri Sat Sun (any case;
// the full English names too); "daily" is every day. The time is H:MM or HH:MM, 00:00..23:59.
// The time is a wall-clock time in the schedule's zone (see ScheduleCalendar for what
// daylight-saving changes do to it).
class WeekdayWindow
{
    Q_DECLARE_TR_FUNCTIONS(WeekdayWindow)

public:
    // Reads `text`. nullopt, with a sentence that names the 1-based character position of
    // the problem in *error ("at character 5: ..."), when it cannot.
    static std::optional<WeekdayWindow> parse(const QString &text, QString *error);

    // Canonical text: "Mon-Fri 20:00", "Sat,Sun 09:00", "daily 07:30". parse(toString()) gives
    // the same window back.
    QString toString() const;

    // Qt's numbering: 1 = Monday .. 7 = Sunday.
    bool hasDay(int dayOfWeek) const { return dayOfWeek >= 1 && dayOfWeek <= 7 && (m_days & (1u << (dayOfWeek - 1))); }
    // Bit d-1 set for day d (1 = Monday).
    quint8 days() const { return m_days; }
    QTime time() const { return m_time; }
    bool isValid() const { return m_days != 0 && m_time.isValid(); }

    WeekdayWindow() = default;
    WeekdayWindow(quint8 days, QTime time) : m_days(days & 0x7f), m_time(time) {}
    bool operator==(const WeekdayWindow &other) const = default;

private:
    quint8 m_days = 0;
    QTime m_time;
};
