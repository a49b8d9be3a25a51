#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// How a generated deployment scales, in the shapes the `lep` CLI writes:
//   None                no auto_scaler block at all (created through the API without one)
//   ScaleDownAfterIdle  {scale_down{no_traffic_timeout: T}} only (what `lep endpoint create` adds by default)
//   Static              all three knobs 0, min == max (`--replicas-static N`)
//   GpuUtilization      target_gpu_utilization_percentage P, the others 0 (`--autoscale-gpu-util`)
//   Throughput          target_throughput{qpm: Q}, the others 0 (`--autoscale-qpm`)
enum class SimulatedAutoscale { None, ScaleDownAfterIdle, Static, GpuUtilization, Throughput };

// Everything that makes one simulated deployment differ from another; the rest of the
// LeptonDeployment (endpoints, port status, conditions, timestamps) is derived from it.
struct DeploymentRecipe
{
    QString name;                       // also metadata.id; lower case, digits and '-'
    QString image = QStringLiteral("vllm/vllm-openai:v0.6.3");
    QStringList command;
    int port = 8080;
    QString shape = QStringLiteral("gpu.a10");
    int minReplicas = 1;
    int maxReplicas = 1;                // -1: no max_replicas key (set through --min-replicas only)
    int desiredReplicas = -1;           // -1: derived from the state and min/max
    QString state = QStringLiteral("Ready");
    SimulatedAutoscale autoscale = SimulatedAutoscale::ScaleDownAfterIdle;
    int noTrafficTimeout = 3600;        // seconds
    int gpuUtilization = 80;            // percent, GpuUtilization only
    double qpm = 120;                   // Throughput only
    // Environment variables; a value "secret:NAME" becomes value_from{secret_name_ref: NAME}.
    QList<QPair<QString, QString>> envs;
    QJsonObject labels;
    QString owner = QStringLiteral("alice@example.com");
    QString lastModifiedBy;             // empty: the owner
    bool isPublic = false;              // api_tokens [] instead of the workspace token
    bool isPod = false;
    bool isSystem = false;
    bool modelCacheMount = false;       // a mounts[] entry for a shared model cache
    QString nodeGroup;                  // resource_requirement.affinity.allowed_dedicated_node_groups
    qint64 createdAgoMs = 30LL * 24 * 3600 * 1000;
    qint64 modifiedAgoMs = 2LL * 24 * 3600 * 1000;
    int version = 3;
    QString semanticVersion = QStringLiteral("1.2");
    int replicaVersion = 3;
    QString conditionMessage;           // autoscaler_status.conditions[0].message when not empty
};

struct PopulationOptions
{
    quint32 seed = 1;
    // The instant timestamps (created_at, last_modified_at, ...) are relative to, in ms since
    // the epoch; 0 means the current time. Output is identical for the same seed and nowMs,
    // so tests that compare bytes pass a fixed instant (e.g. ReferenceTimeMs).
    qint64 nowMs = 0;
    QString workspaceId = QStringLiteral("demo"); // used in the endpoint URLs

    static constexpr qint64 ReferenceTimeMs = 1795000000000LL; // 2026-11-18T11:06:40Z
};

// Realistic LeptonDeployment JSON (the shapes of the leptonai SDK's types/deployment.py) for the
// workspace simulator, the demo mode and tests. Every object also carries spec.future_field and
// metadata.replica_version, fields the console does not model, so tests can check they survive.
// About 610 lines in one class: it turns the demo population's data files into records for
// every kind on one time base; each kind is a short function over the same recipe.
class SimulatorPopulation
{
public:
    // `count` deployments (any number, 10,000 take well under a second), deterministic for a
    // given seed and nowMs. Names are unique. With count >= allStates().size() every state appears at
    // least once, including "Not Ready", "Error", "" and the unknown "Hibernating". A few are
    // pods (spec.is_pod), a few have no max_replicas, a few are "idle-scaled": Stopped with
    // min_replicas > 0 because no_traffic_timeout took them to zero (nobody paused them).
    static QList<QJsonObject> generate(int count, const PopulationOptions &options = {});

    // About a dozen hand-picked deployments for the demo and screenshots, one per interesting
    // situation (serving, paused, idle-scaled, starting, updating, failing, no capacity, ...),
    // read from app/simulator/data/demo.json (see PopulationData).
    static QList<QJsonObject> demo(const PopulationOptions &options = {});

    // Builds one deployment from a recipe.
    static QJsonObject make(const DeploymentRecipe &recipe, const PopulationOptions &options = {});

    // WorkspaceInfo.supported_shapes: {name: {description, cpu, memory (MiB), accelerator_type,
    // accelerator_num}}. Every shape a generated deployment uses is in here.
    static QJsonObject supportedShapes();
    static QStringList shapeNames();

    // Every status.state the generator produces: the eleven API states, "" and "Hibernating".
    static QStringList allStates();
};
