#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The simulator's population kept as data: JSON files in app/simulator/data, compiled into
// the Qt resource :/simulator (see CMakeLists.txt) and read at start. In them, a key ending
// in "_at" or "_time" may hold a time relative to now, "<n>d", "<n>h" or "<n>m" ago, which
// load() turns into milliseconds ("_at") or seconds ("_time") since the epoch, as the API
// writes them.
class PopulationData
{
public:
    // The array of objects in :/simulator/<file>; timestamps relative to `nowMs` (0: now).
    // A missing or malformed file is a build mistake: it stops the program with a message.
    static QList<QJsonObject> load(const QString &file, qint64 nowMs = 0);
};
