#include "app/schedule/schedulesettings.h"

#include "app/schedule/schedulecalendar.h"

std::chrono::seconds ScheduleSettings::catchUp()
{
    QSettings settings;
    bool ok = false;
    const int minutes = settings.value(QLatin1String(CatchUpKey)).toInt(&ok);
    if (!ok || minutes < 1)
        return ScheduleCalendar::DefaultCatchUp;
    return std::chrono::minutes(minutes);
}

void ScheduleSettings::setCatchUp(std::chrono::minutes window)
{
    QSettings settings;
    settings.setValue(QLatin1String(CatchUpKey), qMax<qint64>(1, window.count()));
}
