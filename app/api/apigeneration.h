#pragma once

#include <QMetaType>

// Which deployment API a workspace speaks (SDK client.py, `new_deployment_api_enabled`).
//   Legacy: endpoints and pods are both /deployments (pods have spec.is_pod).
//   New:    endpoints are /endpoints (spec.components[]), dev pods are /devpods; the
//           /deployments resources do not exist.
// Only `features.enable_new_deployment_api: true` in GET /workspace selects New.
enum class ApiGeneration { Legacy, New };

Q_DECLARE_METATYPE(ApiGeneration)
