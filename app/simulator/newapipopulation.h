#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The new API's population: endpoints (/endpoints) and dev pods (/devpods) in the wire shapes
// of the leptonai SDK's translation.py. Legacy deployments from SimulatorPopulation become
// one-component endpoints (component "default", as the SDK's translation names it) and pods
// become dev pods; multiComponentEndpoints() adds hand-written endpoints with several
// components, read from app/simulator/data/endpoints.json (a Qt resource). Every object
// carries fields the console does not model (spec.future_field, a component's
// future_component_field) so tests can check they survive.
class NewApiPopulation
{
public:
    static QJsonObject endpointFromLegacy(const QJsonObject &deployment);
    static QJsonObject devPodFromLegacy(const QJsonObject &pod);
    // The non-pod deployments of `legacy` as endpoints, and its pods as dev pods.
    static QList<QJsonObject> endpoints(const QList<QJsonObject> &legacy);
    static QList<QJsonObject> devPods(const QList<QJsonObject> &legacy);
    // Endpoints with two or more components (timestamps relative to `nowMs`; 0: now).
    static QList<QJsonObject> multiComponentEndpoints(qint64 nowMs = 0);
    // Ray clusters (both generations serve /rayclusters), from app/simulator/data/rayclusters.json.
    static QList<QJsonObject> rayClusters(qint64 nowMs = 0);
    // The demo workspace on the new API: SimulatorPopulation::demo() translated plus the
    // multi-component endpoints.
    static QList<QJsonObject> demoEndpoints();
    static QList<QJsonObject> demoDevPods();
    // The new API's name for a legacy state ("Not Ready" -> "NotReady"; Restarting and
    // Migrating are Updating there); other strings pass through.
    static QString stateFromLegacy(const QString &state);
};
