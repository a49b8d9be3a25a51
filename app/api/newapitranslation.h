#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The new deployment API's shapes (/endpoints, /devpods) seen through the legacy
// LeptonDeployment shape the rest of the console speaks, and back. Written from the rules of
// the SDK's translation.py (itself a port of the Lepton dashboard's translators); pure
// functions on JSON, no I/O.
//
// An endpoint has spec.components[]; the frontend component (the one with frontend: true,
// else the first) is what the legacy shape calls container / resource_requirement /
// auto_scaler. PATCH replaces spec.components whole (RFC 7386 replaces arrays), so every
// change is the whole array from a fresh GET with only the intended fields different.
namespace NewApiTranslation {

// --- endpoints, reading

// The index of the frontend component: the first with "frontend": true, else 0.
int frontendIndex(const QJsonArray &components);
// A new-API endpoint spec in the legacy spec shape: the frontend component unfolded into
// container{image, command, ports}, resource_requirement{resource_shape, min_replicas,
// max_replicas, shared_memory_size, affinity, host_network}, auto_scaler (= autoscaling),
// envs, mounts, ...; endpoint-level fields under their legacy names (access_config →
// auth_config, load_balancing → load_balance_config).
QJsonObject endpointSpecToLegacy(const QJsonObject &endpointSpec);

// --- endpoints, writing

// The components of a freshly read endpoint, when they are safe to send back whole: a
// non-empty list of objects with non-empty, distinct names and, when there are several,
// exactly one frontend. Otherwise nullopt and `why` (for the user): a made-up array would
// delete live components.
std::optional<QJsonArray> checkedComponents(const QJsonObject &endpoint, QString *why);

// The PATCH body for /endpoints/{name} that makes the change a legacy-shaped merge patch
// ({"spec":{"resource_requirement":{...},"container":{...},"auto_scaler":...}}) asks for:
// the change goes onto the frontend component (merge-patch rules: null removes), every
// other component and field goes back as `endpoint` has it:
//   {"metadata":{...},"spec":{"components":[the whole array], endpoint-level fields}}
// nullopt with `why` when the endpoint's components are not safe to send back, or when the
// patch holds a field the new API cannot take (it would be silently lost).
std::optional<QJsonObject> endpointPatchFromLegacy(const QJsonObject &endpoint, const QJsonObject &legacyPatch,
                                                   QString *why);

// --- dev pods

// A /devpods spec in the legacy pod shape: is_pod true, resource_requirement{resource_shape,
// min_replicas: 0 when stopped else 1, max_replicas 1}, container, envs, mounts, ...
QJsonObject devPodSpecToLegacy(const QJsonObject &devPodSpec);

} // namespace NewApiTranslation
