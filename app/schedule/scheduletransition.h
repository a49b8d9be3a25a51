#pragma once

#include <QDateTime>
#include <QString>

// One planned change of a schedule: pause or resume at an instant. `at` is UTC; `local` is
// the same instant in the schedule's zone (what the user wrote, unless a daylight-saving
// change moved it: see ScheduleCalendar). `wallTime` is the time the window names.
struct ScheduleTransition
{
    enum class Action { Pause, Resume };

    Action action = Action::Pause;
    QDateTime at;    // UTC
    QDateTime local; // `at` in the schedule's zone

    // "pause" / "resume": the words of the store (TransitionClaim::action) and of --json.
    static QString actionName(Action action) { return action == Action::Pause ? QStringLiteral("pause") : QStringLiteral("resume"); }
    QString actionName() const { return actionName(action); }
    bool operator==(const ScheduleTransition &other) const = default;
};
