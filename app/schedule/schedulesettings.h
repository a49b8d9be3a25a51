#pragma once

#include <QSettings>

#include <chrono>

// The schedules' one setting: the catch-up window (how old a missed transition may be and
// still be carried out; default ScheduleCalendar::DefaultCatchUp, 6 h), in the application's
// QSettings under "schedules/catchUpMinutes", shared by the window and lepton-console-cli.
class ScheduleSettings
{
public:
    static constexpr const char *CatchUpKey = "schedules/catchUpMinutes";

    static std::chrono::seconds catchUp();
    // Minutes, at least 1.
    static void setCatchUp(std::chrono::minutes window);
};
