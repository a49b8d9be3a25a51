#pragma once

#include "ui/schedule/pausedweek.h"

struct Schedule;

// A schedule's week for the week strip: the paused stretches ScheduleCalendar plans (the
// one calculation the runner follows, daylight saving and exception dates included) over the
// seven days from `firstDay` in the schedule's zone.
namespace ScheduleWeek {

PausedWeek of(const Schedule &schedule, const QDate &firstDay);

} // namespace ScheduleWeek
