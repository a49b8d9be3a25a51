#include "app/api/replicatermination.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

// The route's keys, spelled here: they belong to this answer alone.
const QLatin1String StartedAt("started_at");
const QLatin1String FinishedAt("finished_at");
const QLatin1String ExitCode("exit_code");
const QLatin1String Reason("reason");
const QLatin1String Message("message");

QString tr(const char *text)
{
    return QCoreApplication::translate("ReplicaTermination", text);
}

// Epoch seconds or milliseconds as a number, or an ISO 8601 string; anything else is no time.
QDateTime timeOf(const QJsonValue &value)
{
    if (value.isString())
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    if (!value.isDouble())
        return {};
    const double number = value.toDouble();
    if (!std::isfinite(number) || number <= 0 || number >= 9.2e15)
        return {};
    const double ms = number < 1e11 ? number * 1000.0 : number;
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC);
}

} // namespace

bool ReplicaTerminations::fromJson(const QJsonValue &value, ReplicaTerminations *out, QString *why)
{
    const auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!value.isObject())
        return refuse(tr("the termination records are not an object of replicas"));
    ReplicaTerminations parsed;
    const QJsonObject byReplica = value.toObject();
    for (auto it = byReplica.constBegin(); it != byReplica.constEnd(); ++it) {
        if (it.value().isNull())
            continue; // a replica with nothing to say
        if (!it.value().isArray())
            return refuse(tr("the termination records of replica %1 are not a list").arg(it.key()));
        for (const QJsonValue &item : it.value().toArray()) {
            if (!item.isObject())
                return refuse(tr("a termination record of replica %1 is not an object").arg(it.key()));
            const QJsonObject object = item.toObject();
            ReplicaTermination record;
            record.replicaId = it.key();
            record.startedAt = timeOf(object.value(StartedAt));
            record.finishedAt = timeOf(object.value(FinishedAt));
            const double code = object.value(ExitCode).toDouble();
            record.exitCode = std::isfinite(code) && std::abs(code) < 1e9 ? int(code) : 0;
            record.reason = object.value(Reason).toString();
            record.message = object.value(Message).toString();
            parsed.records.append(record);
        }
    }
    std::stable_sort(parsed.records.begin(), parsed.records.end(),
                     [](const ReplicaTermination &a, const ReplicaTermination &b) { return a.finishedAt > b.finishedAt; });
    *out = std::move(parsed);
    return true;
}
