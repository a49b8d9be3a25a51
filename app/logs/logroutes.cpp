#include "app/logs/logroutes.h"

#include "app/api/leptonclient.h"

#include <QCoreApplication>
#include <QUrl>

namespace LogRoutes {

bool hasLiveLog(ResourceKind kind, ApiGeneration generation)
{
    switch (kind) {
    case ResourceKind::Endpoint:
        return true;
    case ResourceKind::Pod:
        return generation == ApiGeneration::Legacy;
    case ResourceKind::RayCluster:
        return false;
    }
    return false;
}

QString noLiveLogReason(ResourceKind kind, ApiGeneration generation)
{
    if (kind == ResourceKind::RayCluster)
        return QCoreApplication::translate("LogRoutes", "The Lepton API has no log route for Ray clusters.");
    if (kind == ResourceKind::Pod && generation == ApiGeneration::New)
        return QCoreApplication::translate("LogRoutes",
                                           "This workspace's dev pod API has no log route; the web portal shows dev pod logs.");
    return QString();
}

QString replicasPath(const LeptonClient &client, ResourceKind kind, const QString &name)
{
    return client.resourcePath(kind, name) + QStringLiteral("/replicas");
}

QString livePath(const LeptonClient &client, ResourceKind kind, const QString &name, const QString &replica)
{
    return replicasPath(client, kind, name) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(replica))
        + QStringLiteral("/log");
}

QString historyNameKey(ApiGeneration generation)
{
    return generation == ApiGeneration::New ? QStringLiteral("endpoint") : QStringLiteral("deployment");
}

} // namespace LogRoutes
