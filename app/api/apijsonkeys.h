#pragma once

#include <QLatin1String>

// The Lepton API's JSON keys, spelled once for the client (see /work/shared/lepton-api.md).
// Used inside app/api. The simulator spells its own on purpose: a typo here must not be
// mirrored by the server the tests talk to.
namespace ApiJsonKeys {

// LeptonDeployment
inline constexpr QLatin1String Metadata("metadata");
inline constexpr QLatin1String Spec("spec");
inline constexpr QLatin1String Status("status");
// metadata
inline constexpr QLatin1String Id("id");
inline constexpr QLatin1String Name("name");
inline constexpr QLatin1String CreatedAt("created_at");
inline constexpr QLatin1String LastModifiedAt("last_modified_at");
inline constexpr QLatin1String Version("version");
inline constexpr QLatin1String CreatedBy("created_by");
inline constexpr QLatin1String LastModifiedBy("last_modified_by");
inline constexpr QLatin1String Owner("owner");
// spec
inline constexpr QLatin1String Container("container");
inline constexpr QLatin1String Image("image");
inline constexpr QLatin1String ResourceRequirement("resource_requirement");
inline constexpr QLatin1String ResourceShape("resource_shape");
inline constexpr QLatin1String MinReplicas("min_replicas");
inline constexpr QLatin1String MaxReplicas("max_replicas");
inline constexpr QLatin1String AutoScaler("auto_scaler");
inline constexpr QLatin1String ScaleDown("scale_down");
inline constexpr QLatin1String NoTrafficTimeout("no_traffic_timeout");
inline constexpr QLatin1String TargetGpuUtilizationPercentage("target_gpu_utilization_percentage");
inline constexpr QLatin1String TargetThroughput("target_throughput");
inline constexpr QLatin1String Qpm("qpm");
inline constexpr QLatin1String IsPod("is_pod");
// new API (/endpoints, /devpods) and /rayclusters
inline constexpr QLatin1String LeptonMetadata("lepton_metadata");
inline constexpr QLatin1String DeletedAt("deleted_at");
inline constexpr QLatin1String Components("components");
inline constexpr QLatin1String Frontend("frontend");
inline constexpr QLatin1String Autoscaling("autoscaling");
inline constexpr QLatin1String Stopped("stopped");
inline constexpr QLatin1String ExternalUrl("external_url");
inline constexpr QLatin1String AutoScalerStatusNew("auto_scaler_status");
inline constexpr QLatin1String ReadyReplicas("ready_replicas");
inline constexpr QLatin1String Suspend("suspend");
inline constexpr QLatin1String HeadGroupSpec("head_group_spec");
inline constexpr QLatin1String WorkerGroupSpecs("worker_group_specs");
inline constexpr QLatin1String GroupName("group_name");
// status
inline constexpr QLatin1String State("state");
inline constexpr QLatin1String Phase("phase");
inline constexpr QLatin1String Endpoint("endpoint");
inline constexpr QLatin1String ExternalEndpoint("external_endpoint");
inline constexpr QLatin1String InternalEndpoint("internal_endpoint");
inline constexpr QLatin1String AutoscalerStatus("autoscaler_status");
inline constexpr QLatin1String DesiredReplicas("desired_replicas");
inline constexpr QLatin1String IsSystem("is_system");

// Replica
inline constexpr QLatin1String Node("node");
inline constexpr QLatin1String PublicIp("public_ip");

// LeptonEvent, ReplicaReadinessIssue
inline constexpr QLatin1String Type("type");
inline constexpr QLatin1String Reason("reason");
inline constexpr QLatin1String Count("count");
inline constexpr QLatin1String LastObservedTime("last_observed_time");
inline constexpr QLatin1String Message("message");
inline constexpr QLatin1String CreationTimestamp("creationTimestamp");

// WorkspaceInfo
inline constexpr QLatin1String WorkspaceName("workspace_name");
inline constexpr QLatin1String WorkspaceTier("workspace_tier");
inline constexpr QLatin1String WorkspaceState("workspace_state");
inline constexpr QLatin1String BuildTime("build_time");
inline constexpr QLatin1String GitCommit("git_commit");
inline constexpr QLatin1String SupportedShapes("supported_shapes");
inline constexpr QLatin1String Cpu("cpu");
inline constexpr QLatin1String Memory("memory");
inline constexpr QLatin1String AcceleratorNum("accelerator_num");
inline constexpr QLatin1String AcceleratorType("accelerator_type");
inline constexpr QLatin1String Features("features");
inline constexpr QLatin1String EnableNewDeploymentApi("enable_new_deployment_api");

// Error bodies: where a server puts its words ({"message": ...} and the like)
inline constexpr QLatin1String Error("error");
inline constexpr QLatin1String Detail("detail");

} // namespace ApiJsonKeys
