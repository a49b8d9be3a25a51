#include "app/pause/replicafields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace {

// A JSON value as the server wrote it, for a message: "\"2\"", "true", "null", "1.5".
QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return ReplicaFields::tr("nothing");
    // A one-element array prints any value, scalars included, in JSON syntax.
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

std::optional<int> wholeReplicas(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d) || d < 0 || d > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(d);
}

} // namespace

ReplicaFields ReplicaFields::of(const Deployment &deployment)
{
    return ofSpec(deployment.spec());
}

ReplicaFields ReplicaFields::ofSpec(const QJsonObject &spec)
{
    ReplicaFields fields;
    QStringList problems;
    const QJsonValue resourcesValue = spec.value(QLatin1String("resource_requirement"));
    if (!resourcesValue.isObject()) {
        problems << tr("resource_requirement is %1, not an object").arg(shown(resourcesValue));
    } else {
        const QJsonObject resources = resourcesValue.toObject();
        const QJsonValue min = resources.value(QLatin1String("min_replicas"));
        fields.m_min = wholeReplicas(min);
        if (!fields.m_min)
            problems << tr("min_replicas is %1, not a whole number of replicas").arg(shown(min));
        const QJsonValue max = resources.value(QLatin1String("max_replicas"));
        if (!max.isUndefined() && !max.isNull()) {
            fields.m_max = wholeReplicas(max);
            if (!fields.m_max)
                problems << tr("max_replicas is %1, not a whole number of replicas").arg(shown(max));
            else if (fields.m_min && *fields.m_max < *fields.m_min)
                problems << tr("max_replicas (%1) is below min_replicas (%2)").arg(*fields.m_max).arg(*fields.m_min);
        }
    }
    const QJsonValue autoScaler = spec.value(QLatin1String("auto_scaler"));
    if (autoScaler.isObject()) {
        fields.m_hasAutoScaler = true;
        fields.m_autoScaler = autoScaler.toObject();
    } else if (!autoScaler.isUndefined() && !autoScaler.isNull()) {
        problems << tr("auto_scaler is %1, not an object").arg(shown(autoScaler));
    }
    fields.m_problem = problems.join(QStringLiteral("; "));
    return fields;
}
