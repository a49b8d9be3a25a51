#include "app/api/deploymentevent.h"

#include "app/api/apijsonkeys.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

QList<DeploymentEvent> DeploymentEvent::listFromJson(const QJsonValue &value)
{
    QList<DeploymentEvent> events;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        DeploymentEvent event;
        event.type = object.value(ApiJsonKeys::Type).toString();
        event.reason = object.value(ApiJsonKeys::Reason).toString();
        event.message = object.value(ApiJsonKeys::Message).toString();
        event.count = object.value(ApiJsonKeys::Count).toInt();
        const QJsonValue observed = object.value(ApiJsonKeys::LastObservedTime);
        // Milliseconds as a number; beyond the 64-bit range (1e300) it is no time at all,
        // and casting it would be undefined behaviour.
        const double ms = observed.toDouble();
        event.lastObserved = observed.isDouble()
            ? (ms >= -9223372036854775808.0 && ms < 9223372036854775808.0
                   ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC)
                   : QDateTime())
            : QDateTime::fromString(observed.toString(), Qt::ISODate);
        events.append(event);
    }
    std::stable_sort(events.begin(), events.end(), [](const DeploymentEvent &a, const DeploymentEvent &b) {
        return a.lastObserved > b.lastObserved;
    });
    return events;
}
