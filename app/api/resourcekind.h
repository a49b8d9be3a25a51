#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// What a row of the console is: an inference endpoint, a dev pod or a Ray cluster.
// Legacy API: endpoints and pods are both /deployments (a pod has spec.is_pod: true).
// New API: /endpoints and /devpods. Ray clusters are /rayclusters on both.
enum class ResourceKind { Endpoint, Pod, RayCluster };

namespace ResourceKinds {

// "endpoint", "pod", "raycluster": the words of the CLI's KIND/NAME and of --json.
QString toString(ResourceKind kind);
std::optional<ResourceKind> fromString(const QString &word);

} // namespace ResourceKinds

Q_DECLARE_METATYPE(ResourceKind)
