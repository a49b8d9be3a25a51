#include "app/simulator/simulatedreplicahistory.h"

#include "app/simulator/simulatorjson.h"

void SimulatedReplicaHistory::addTermination(const QString &replicaId, qint64 startedMs, qint64 finishedMs, int exitCode,
                                             const QString &reason, const QString &message)
{
    QJsonArray &records = m_byReplica[replicaId];
    records.append(QJsonObject{
        {QStringLiteral("started_at"), startedMs / 1000},
        {QStringLiteral("finished_at"), finishedMs / 1000},
        {QStringLiteral("exit_code"), exitCode},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
    });
    while (records.size() > MaxPerReplica)
        records.removeFirst();
}

qint64 SimulatedReplicaHistory::runningSince(const QString &replicaId, qint64 fallbackMs) const
{
    const QJsonArray records = m_byReplica.value(replicaId);
    if (records.isEmpty())
        return fallbackMs;
    return records.last().toObject().value(QStringLiteral("finished_at")).toVariant().toLongLong() * 1000;
}

QJsonObject SimulatedReplicaHistory::terminationsJson() const
{
    QJsonObject map;
    for (auto it = m_byReplica.constBegin(); it != m_byReplica.constEnd(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

void SimulatedReplicaHistory::addCountedEvent(QJsonArray &events, const QString &type, const QString &reason,
                                              const QString &message, const QString &regardingKind, const QString &name,
                                              qint64 atMs)
{
    int count = 1;
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const QJsonObject event = events.at(i).toObject();
        if (event.value(QStringLiteral("type")).toString() == type
            && event.value(QStringLiteral("reason")).toString() == reason
            && event.value(QStringLiteral("message")).toString() == message) {
            count = event.value(QStringLiteral("count")).toInt(1) + 1;
            events.removeAt(i);
            break;
        }
    }
    events.append(QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
        {QStringLiteral("count"), count},
        {QStringLiteral("last_observed_time"), SimulatorJson::isoTime(atMs)},
        {QStringLiteral("regarding"),
         QJsonObject{{QStringLiteral("kind"), regardingKind}, {QStringLiteral("name"), name}}},
    });
    while (events.size() > MaxEvents)
        events.removeFirst();
}
