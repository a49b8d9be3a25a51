#include "deploymentevent.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

QList<DeploymentEvent> DeploymentEvent::listFromJson(const QJsonValue &value)
{
    QList<DeploymentEvent> events;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        DeploymentEvent event;
        event.type = object.value(QLatin1String("type")).toString();
        event.reason = object.value(QLatin1String("reason")).toString();
        event.count = object.value(QLatin1String("count")).toInt();
        const QJsonValue observed = object.value(QLatin1String("last_observed_time"));
        event.lastObserved = observed.isDouble()
            ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(observed.toDouble()), Qt::UTC)
            : QDateTime::fromString(observed.toString(), Qt::ISODate);
        events.append(event);
    }
    std::stable_sort(events.begin(), events.end(), [](const DeploymentEvent &a, const DeploymentEvent &b) {
        return a.lastObserved > b.lastObserved;
    });
    return events;
}
