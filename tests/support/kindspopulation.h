#pragma once

#include <QJsonObject>
#include <QString>

class WorkspaceSimulator;

// The workspace the tests of the resource kinds use, on either API generation: the endpoint
// "chat" (1-2 replicas), the dev pods "alice-dev" (running) and "bob-dev" (stopped), and the
// simulator's Ray clusters.
namespace KindsPopulation {

// A dev pod as a legacy workspace lists it among /deployments (spec.is_pod): one replica of
// gpu.a100-80gb without autoscaling, "Stopped" at `minReplicas` 0.
QJsonObject legacyPod(const QString &name, int minReplicas);

// Puts that workspace on `simulator` in the generation's shapes (the new API's /endpoints and
// /devpods, or the legacy /deployments). Before listen().
void populate(WorkspaceSimulator &simulator, bool newApi);

} // namespace KindsPopulation
