#include "app/simulator/simulatorpopulation.h"

#include "app/simulator/populationdata.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <array>

namespace {

constexpr qint64 MsPerMinute = 60LL * 1000;
constexpr qint64 MsPerHour = 60 * MsPerMinute;
constexpr qint64 MsPerDay = 24 * MsPerHour;

struct ShapeInfo
{
    const char *name;
    const char *description;
    double cpu;
    int memoryMiB;
    const char *acceleratorType; // nullptr: CPU only
    double acceleratorNum;
};

constexpr std::array<ShapeInfo, 11> Shapes{{
    {"cpu.small", "1 CPU, 4 GiB", 1, 4096, nullptr, 0},
    {"cpu.medium", "2 CPU, 8 GiB", 2, 8192, nullptr, 0},
    {"cpu.large", "8 CPU, 32 GiB", 8, 32768, nullptr, 0},
    {"gpu.t4", "1x NVIDIA T4, 4 CPU, 16 GiB", 4, 16384, "NVIDIA-T4", 1},
    {"gpu.a10", "1x NVIDIA A10G, 8 CPU, 32 GiB", 8, 32768, "NVIDIA-A10G", 1},
    {"gpu.a10.6xlarge", "4x NVIDIA A10G, 48 CPU, 192 GiB", 48, 196608, "NVIDIA-A10G", 4},
    {"gpu.l40s", "1x NVIDIA L40S, 16 CPU, 64 GiB", 16, 65536, "NVIDIA-L40S", 1},
    {"gpu.a100-40gb", "1x NVIDIA A100 40GB, 12 CPU, 96 GiB", 12, 98304, "NVIDIA-A100-40GB", 1},
    {"gpu.a100-80gb", "1x NVIDIA A100 80GB, 12 CPU, 128 GiB", 12, 131072, "NVIDIA-A100-80GB", 1},
    {"gpu.h100-sxm", "1x NVIDIA H100 SXM 80GB, 16 CPU, 128 GiB", 16, 131072, "NVIDIA-H100-80GB", 1},
    {"gpu.8xh100-sxm", "8x NVIDIA H100 SXM 80GB, 128 CPU, 1.5 TiB", 128, 1572864, "NVIDIA-H100-80GB", 8},
}};

const ShapeInfo *findShape(const QString &name)
{
    for (const ShapeInfo &shape : Shapes) {
        if (name == QLatin1String(shape.name))
            return &shape;
    }
    return nullptr;
}

// What a workload of one kind looks like: image, command, port, shapes it runs on.
enum class Kind { Llm, Nim, Tgi, Diffusion, Speech, Embedding, CpuService, DevPod };

struct Family
{
    const char *stem;
    Kind kind;
    const char *model; // the model id passed in envs / command
    std::array<const char *, 3> shapes;
};

constexpr std::array<Family, 30> Families{{
    {"llama3-8b-chat", Kind::Llm, "meta-llama/Meta-Llama-3-8B-Instruct", {"gpu.a10", "gpu.l40s", "gpu.a100-40gb"}},
    {"llama31-70b-instruct", Kind::Nim, "meta/llama-3.1-70b-instruct", {"gpu.8xh100-sxm", "gpu.8xh100-sxm", "gpu.a10.6xlarge"}},
    {"llama31-8b-instruct", Kind::Nim, "meta/llama-3.1-8b-instruct", {"gpu.h100-sxm", "gpu.a100-80gb", "gpu.l40s"}},
    {"mistral-7b-instruct", Kind::Llm, "mistralai/Mistral-7B-Instruct-v0.3", {"gpu.a10", "gpu.l40s", "gpu.a100-40gb"}},
    {"mixtral-8x7b", Kind::Tgi, "mistralai/Mixtral-8x7B-Instruct-v0.1", {"gpu.a10.6xlarge", "gpu.8xh100-sxm", "gpu.a100-80gb"}},
    {"qwen2-72b-chat", Kind::Llm, "Qwen/Qwen2-72B-Instruct", {"gpu.8xh100-sxm", "gpu.a10.6xlarge", "gpu.8xh100-sxm"}},
    {"qwen25-coder-7b", Kind::Llm, "Qwen/Qwen2.5-Coder-7B-Instruct", {"gpu.a10", "gpu.l40s", "gpu.a10"}},
    {"gemma2-9b-it", Kind::Tgi, "google/gemma-2-9b-it", {"gpu.l40s", "gpu.a100-40gb", "gpu.a10"}},
    {"phi3-mini", Kind::Llm, "microsoft/Phi-3-mini-4k-instruct", {"gpu.t4", "gpu.a10", "gpu.t4"}},
    {"deepseek-coder-v2", Kind::Llm, "deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct", {"gpu.a100-80gb", "gpu.h100-sxm", "gpu.a100-80gb"}},
    {"codellama-34b", Kind::Tgi, "codellama/CodeLlama-34b-Instruct-hf", {"gpu.a100-80gb", "gpu.a10.6xlarge", "gpu.h100-sxm"}},
    {"nemotron-70b", Kind::Nim, "nvidia/llama-3.1-nemotron-70b-instruct", {"gpu.8xh100-sxm", "gpu.8xh100-sxm", "gpu.8xh100-sxm"}},
    {"yi-34b-chat", Kind::Llm, "01-ai/Yi-34B-Chat", {"gpu.a100-80gb", "gpu.h100-sxm", "gpu.a100-80gb"}},
    {"falcon-40b", Kind::Tgi, "tiiuae/falcon-40b-instruct", {"gpu.a10.6xlarge", "gpu.a100-80gb", "gpu.a10.6xlarge"}},
    {"sdxl-turbo", Kind::Diffusion, "stabilityai/sdxl-turbo", {"gpu.a10", "gpu.l40s", "gpu.a10"}},
    {"flux-schnell", Kind::Diffusion, "black-forest-labs/FLUX.1-schnell", {"gpu.h100-sxm", "gpu.a100-80gb", "gpu.l40s"}},
    {"sd3-medium", Kind::Diffusion, "stabilityai/stable-diffusion-3-medium", {"gpu.l40s", "gpu.a10", "gpu.a100-40gb"}},
    {"kandinsky-3", Kind::Diffusion, "kandinsky-community/kandinsky-3", {"gpu.a10", "gpu.a10", "gpu.l40s"}},
    {"whisper-large-v3", Kind::Speech, "openai/whisper-large-v3", {"gpu.a10", "gpu.t4", "gpu.l40s"}},
    {"xtts-v2", Kind::Speech, "coqui/XTTS-v2", {"gpu.t4", "gpu.a10", "gpu.t4"}},
    {"bge-large-embed", Kind::Embedding, "BAAI/bge-large-en-v1.5", {"cpu.large", "gpu.t4", "gpu.a10"}},
    {"e5-mistral-embed", Kind::Embedding, "intfloat/e5-mistral-7b-instruct", {"gpu.a10", "gpu.l40s", "gpu.a10"}},
    {"nv-embedqa", Kind::Embedding, "nvidia/nv-embedqa-e5-v5", {"gpu.t4", "gpu.a10", "cpu.large"}},
    {"rerank-mini", Kind::Embedding, "BAAI/bge-reranker-v2-m3", {"cpu.medium", "cpu.large", "gpu.t4"}},
    {"rag-gateway", Kind::CpuService, "", {"cpu.small", "cpu.medium", "cpu.small"}},
    {"langserve-agent", Kind::CpuService, "", {"cpu.medium", "cpu.small", "cpu.large"}},
    {"eval-dashboard", Kind::CpuService, "", {"cpu.small", "cpu.small", "cpu.medium"}},
    {"gradio-playground", Kind::CpuService, "", {"cpu.medium", "cpu.small", "cpu.medium"}},
    {"tokenizer-svc", Kind::CpuService, "", {"cpu.small", "cpu.medium", "cpu.small"}},
    {"feature-store-api", Kind::CpuService, "", {"cpu.large", "cpu.medium", "cpu.large"}},
}};

constexpr std::array<const char *, 6> PodOwners{"alice", "bob", "chen", "dana", "emeka", "farah"};

constexpr std::array<const char *, 16> Suffixes{
    "", "-prod", "-staging", "-dev", "-canary", "-eval", "-v2", "-blue",
    "-green", "-exp", "-7", "-int4", "-awq", "-fp8", "-batch", "-ab"};

constexpr std::array<const char *, 8> Owners{
    "alice@example.com", "bob@example.com", "chen.wei@example.com", "dana@example.com",
    "emeka@example.com", "farah@example.com", "ci-bot@example.com", "gustavo@example.com"};

constexpr std::array<const char *, 6> Teams{"inference", "research", "platform", "search", "vision", "speech"};

struct WeightedState
{
    const char *state;
    int weight;
};

// Per mille. Every state of the API, the unknown "" and one string no client knows.
constexpr std::array<WeightedState, 13> StateWeights{{
    {"Ready", 580}, {"Stopped", 130}, {"Not Ready", 45}, {"Starting", 40}, {"Updating", 30},
    {"Scaling", 25}, {"Migrating", 10}, {"Stopping", 20}, {"Deleting", 10}, {"Restarting", 20},
    {"Error", 50}, {"", 30}, {"Hibernating", 10},
}};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QString imageFor(Kind kind, const QString &model)
{
    switch (kind) {
    case Kind::Llm:
        return QStringLiteral("vllm/vllm-openai:v0.6.3");
    case Kind::Nim:
        return QStringLiteral("nvcr.io/nim/%1:1.2.3").arg(model);
    case Kind::Tgi:
        return QStringLiteral("ghcr.io/huggingface/text-generation-inference:2.3.1");
    case Kind::Diffusion:
        return QStringLiteral("default/lepton:photon-py3.11-runner-0.21.0");
    case Kind::Speech:
        return QStringLiteral("onerahmet/openai-whisper-asr-webservice:v1.6.0");
    case Kind::Embedding:
        return QStringLiteral("ghcr.io/huggingface/text-embeddings-inference:1.5");
    case Kind::CpuService:
        return QStringLiteral("python:3.11-slim");
    case Kind::DevPod:
        return QStringLiteral("nvcr.io/nvidia/pytorch:24.08-py3");
    }
    return {};
}

void fillWorkload(DeploymentRecipe &recipe, Kind kind, const QString &model, const QString &stem)
{
    recipe.image = imageFor(kind, model);
    switch (kind) {
    case Kind::Llm:
        recipe.port = 8080;
        recipe.command = {QStringLiteral("python3"), QStringLiteral("-m"),
                          QStringLiteral("vllm.entrypoints.openai.api_server"),
                          QStringLiteral("--model"), model, QStringLiteral("--port"),
                          QStringLiteral("8080")};
        recipe.envs = {{QStringLiteral("HF_TOKEN"), QStringLiteral("secret:hf-token")},
                       {QStringLiteral("VLLM_MAX_MODEL_LEN"), QStringLiteral("8192")}};
        recipe.modelCacheMount = true;
        break;
    case Kind::Nim:
        recipe.port = 8000;
        recipe.command = {QStringLiteral("/opt/nim/start_server.sh")};
        recipe.envs = {{QStringLiteral("NGC_API_KEY"), QStringLiteral("secret:ngc-key")},
                       {QStringLiteral("NIM_MAX_MODEL_LEN"), QStringLiteral("8192")}};
        recipe.modelCacheMount = true;
        break;
    case Kind::Tgi:
        recipe.port = 80;
        recipe.command = {};
        recipe.envs = {{QStringLiteral("MODEL_ID"), model},
                       {QStringLiteral("HF_TOKEN"), QStringLiteral("secret:hf-token")},
                       {QStringLiteral("MAX_TOTAL_TOKENS"), QStringLiteral("8192")}};
        recipe.modelCacheMount = true;
        break;
    case Kind::Diffusion:
        recipe.port = 8080;
        recipe.command = {QStringLiteral("lep"), QStringLiteral("photon"), QStringLiteral("runlocal"),
                          QStringLiteral("--name"), stem};
        recipe.envs = {{QStringLiteral("MODEL"), model},
                       {QStringLiteral("TORCH_COMPILE"), QStringLiteral("1")}};
        break;
    case Kind::Speech:
        recipe.port = 9000;
        recipe.command = {};
        recipe.envs = {{QStringLiteral("ASR_MODEL"), model},
                       {QStringLiteral("ASR_ENGINE"), QStringLiteral("faster_whisper")}};
        break;
    case Kind::Embedding:
        recipe.port = 80;
        recipe.command = {QStringLiteral("--model-id"), model};
        recipe.envs = {{QStringLiteral("MAX_BATCH_TOKENS"), QStringLiteral("16384")}};
        break;
    case Kind::CpuService:
        recipe.port = 8080;
        recipe.command = {QStringLiteral("python"), QStringLiteral("-m"), QStringLiteral("uvicorn"),
                          QStringLiteral("app:app"), QStringLiteral("--host"),
                          QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("8080")};
        recipe.envs = {{QStringLiteral("LOG_LEVEL"), QStringLiteral("info")},
                       {QStringLiteral("UPSTREAM_URL"), QStringLiteral("http://llama3-8b-chat:8080/v1")}};
        break;
    case Kind::DevPod:
        recipe.port = 8888;
        recipe.command = {QStringLiteral("sleep"), QStringLiteral("infinity")};
        recipe.envs = {{QStringLiteral("JUPYTER_TOKEN"), QStringLiteral("secret:jupyter-token")}};
        break;
    }
}

// Replicas a deployment in `state` has, given its min and max.
int desiredFor(const DeploymentRecipe &recipe)
{
    if (recipe.desiredReplicas >= 0)
        return recipe.desiredReplicas;
    if (recipe.state == QLatin1String("Stopped") || recipe.state == QLatin1String("Stopping"))
        return 0;
    if (recipe.state.isEmpty() || recipe.state == QLatin1String("Hibernating"))
        return 0;
    return std::max(recipe.minReplicas, 1);
}

QString conditionFor(const DeploymentRecipe &recipe, int desired)
{
    if (!recipe.conditionMessage.isEmpty())
        return recipe.conditionMessage;
    if (recipe.state == QLatin1String("Error"))
        return QStringLiteral("replicas are crash-looping; the autoscaler holds at %1").arg(desired);
    if (recipe.state == QLatin1String("Not Ready"))
        return QStringLiteral("waiting for capacity: no free %1 nodes").arg(recipe.shape);
    return {};
}

} // namespace

QJsonObject SimulatorPopulation::supportedShapes()
{
    QJsonObject shapes;
    for (const ShapeInfo &shape : Shapes) {
        QJsonObject info{
            {QStringLiteral("description"), QLatin1String(shape.description)},
            {QStringLiteral("cpu"), shape.cpu},
            {QStringLiteral("memory"), shape.memoryMiB},
        };
        if (shape.acceleratorType) {
            info.insert(QStringLiteral("accelerator_type"), QLatin1String(shape.acceleratorType));
            info.insert(QStringLiteral("accelerator_num"), shape.acceleratorNum);
            info.insert(QStringLiteral("accelerator_fraction"), 1.0);
        }
        shapes.insert(QLatin1String(shape.name), info);
    }
    return shapes;
}

QStringList SimulatorPopulation::shapeNames()
{
    QStringList names;
    for (const ShapeInfo &shape : Shapes)
        names.append(QLatin1String(shape.name));
    return names;
}

QStringList SimulatorPopulation::allStates()
{
    QStringList states;
    for (const WeightedState &entry : StateWeights)
        states.append(QLatin1String(entry.state));
    return states;
}

QJsonObject SimulatorPopulation::make(const DeploymentRecipe &recipe, const PopulationOptions &options)
{
    const qint64 now = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 createdAt = now - recipe.createdAgoMs;
    const qint64 modifiedAt = std::max(createdAt, now - recipe.modifiedAgoMs);
    const int desired = desiredFor(recipe);

    QJsonObject metadata{
        {QStringLiteral("id"), recipe.name},
        {QStringLiteral("name"), recipe.name},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("version"), recipe.version},
        {QStringLiteral("created_by"), recipe.owner},
        {QStringLiteral("last_modified_by"),
         recipe.lastModifiedBy.isEmpty() ? recipe.owner : recipe.lastModifiedBy},
        {QStringLiteral("last_modified_at"), modifiedAt},
        {QStringLiteral("owner"), recipe.owner},
        {QStringLiteral("labels"), recipe.labels},
        {QStringLiteral("visibility"),
         recipe.isPublic ? QStringLiteral("public") : QStringLiteral("private")},
        {QStringLiteral("semantic_version"), recipe.semanticVersion},
        {QStringLiteral("replica_version"), QString::number(recipe.replicaVersion)},
    };

    // spec.container
    QJsonObject port{{QStringLiteral("container_port"), recipe.port},
                     {QStringLiteral("protocol"), QStringLiteral("TCP")},
                     {QStringLiteral("expose_strategies"), QJsonArray{QStringLiteral("IngressProxy")}}};
    QJsonObject container{{QStringLiteral("image"), recipe.image},
                          {QStringLiteral("ports"), QJsonArray{port}}};
    if (!recipe.command.isEmpty())
        container.insert(QStringLiteral("command"), toArray(recipe.command));

    // spec.resource_requirement, per-replica resources filled in from the shape
    QJsonObject resources{{QStringLiteral("resource_shape"), recipe.shape},
                          {QStringLiteral("min_replicas"), recipe.minReplicas}};
    if (recipe.maxReplicas >= 0)
        resources.insert(QStringLiteral("max_replicas"), recipe.maxReplicas);
    if (const ShapeInfo *shape = findShape(recipe.shape)) {
        resources.insert(QStringLiteral("cpu"), shape->cpu);
        resources.insert(QStringLiteral("memory"), shape->memoryMiB);
        if (shape->acceleratorType) {
            resources.insert(QStringLiteral("accelerator_type"), QLatin1String(shape->acceleratorType));
            resources.insert(QStringLiteral("accelerator_num"), shape->acceleratorNum);
            resources.insert(QStringLiteral("shared_memory_size"), std::min(16384, shape->memoryMiB / 4));
        }
    }
    if (!recipe.nodeGroup.isEmpty()) {
        resources.insert(QStringLiteral("affinity"),
                         QJsonObject{{QStringLiteral("allowed_dedicated_node_groups"),
                                      QJsonArray{recipe.nodeGroup}}});
    }

    QJsonObject spec{{QStringLiteral("container"), container},
                     {QStringLiteral("resource_requirement"), resources}};

    // spec.auto_scaler
    const auto knobs = [](int timeout, int gpu, double qpm) {
        return QJsonObject{
            {QStringLiteral("scale_down"), QJsonObject{{QStringLiteral("no_traffic_timeout"), timeout}}},
            {QStringLiteral("target_gpu_utilization_percentage"), gpu},
            {QStringLiteral("target_throughput"), QJsonObject{{QStringLiteral("qpm"), qpm}}},
        };
    };
    switch (recipe.autoscale) {
    case SimulatedAutoscale::None:
        break;
    case SimulatedAutoscale::ScaleDownAfterIdle:
        spec.insert(QStringLiteral("auto_scaler"),
                    QJsonObject{{QStringLiteral("scale_down"),
                                 QJsonObject{{QStringLiteral("no_traffic_timeout"), recipe.noTrafficTimeout}}}});
        break;
    case SimulatedAutoscale::Static:
        spec.insert(QStringLiteral("auto_scaler"), knobs(0, 0, 0));
        break;
    case SimulatedAutoscale::GpuUtilization:
        spec.insert(QStringLiteral("auto_scaler"), knobs(0, recipe.gpuUtilization, 0));
        break;
    case SimulatedAutoscale::Throughput: {
        QJsonObject scaler = knobs(0, 0, recipe.qpm);
        QJsonObject throughput = scaler.value(QStringLiteral("target_throughput")).toObject();
        throughput.insert(QStringLiteral("paths"), QJsonArray{QStringLiteral("/v1/chat/completions")});
        throughput.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("POST")});
        scaler.insert(QStringLiteral("target_throughput"), throughput);
        spec.insert(QStringLiteral("auto_scaler"), scaler);
        break;
    }
    }

    QJsonArray envs;
    for (const auto &[name, value] : recipe.envs) {
        if (value.startsWith(QLatin1String("secret:"))) {
            envs.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("value_from"),
                                     QJsonObject{{QStringLiteral("secret_name_ref"), value.mid(7)}}}});
        } else {
            envs.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
        }
    }
    spec.insert(QStringLiteral("envs"), envs);

    QJsonArray mounts;
    if (recipe.modelCacheMount) {
        mounts.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("/models")},
                                  {QStringLiteral("from"), QStringLiteral("node-nfs:lepton-shared-fs")},
                                  {QStringLiteral("mount_path"), QStringLiteral("/root/.cache/huggingface")},
                                  {QStringLiteral("mount_options"),
                                   QJsonObject{{QStringLiteral("read_only"), false}}}});
    }
    spec.insert(QStringLiteral("mounts"), mounts);

    spec.insert(QStringLiteral("api_tokens"),
                recipe.isPublic ? QJsonArray{}
                                : QJsonArray{QJsonObject{{QStringLiteral("value_from"),
                                                          QJsonObject{{QStringLiteral("token_name_ref"),
                                                                       QStringLiteral("WORKSPACE_TOKEN")}}}}});
    if (findShape(recipe.shape) && findShape(recipe.shape)->acceleratorType) {
        spec.insert(QStringLiteral("health"),
                    QJsonObject{{QStringLiteral("liveness"),
                                 QJsonObject{{QStringLiteral("initial_delay_seconds"), 600}}}});
    }
    spec.insert(QStringLiteral("log"), QJsonObject{{QStringLiteral("enable_collection"), true}});
    spec.insert(QStringLiteral("is_pod"), recipe.isPod);
    // A field from a newer server: the console must carry it through untouched.
    spec.insert(QStringLiteral("future_field"),
                QJsonObject{{QStringLiteral("rollout"), QStringLiteral("surge")},
                            {QStringLiteral("max_surge"), 1}});

    // status
    const QString endpointHost = QStringLiteral("%1-%2").arg(options.workspaceId, recipe.name);
    QJsonObject endpoint{
        {QStringLiteral("internal_endpoint"),
         QStringLiteral("http://%1.ws-%2.svc.cluster.local:8080").arg(recipe.name, options.workspaceId)},
        {QStringLiteral("external_endpoint"),
         recipe.isPod ? QString() : QStringLiteral("https://%1.xenon.lepton.run").arg(endpointHost)},
    };
    QJsonArray conditions;
    const QString message = conditionFor(recipe, desired);
    const bool troubled = recipe.state == QLatin1String("Error") || recipe.state == QLatin1String("Not Ready");
    conditions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("AbleToScale")},
                                  {QStringLiteral("status"), troubled ? QStringLiteral("False") : QStringLiteral("True")},
                                  {QStringLiteral("last_transition_time"), modifiedAt / 1000},
                                  {QStringLiteral("message"), message}});
    QJsonObject status{
        {QStringLiteral("state"), recipe.state},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("container_port_status"),
         QJsonArray{QJsonObject{{QStringLiteral("container_port"), recipe.port},
                                {QStringLiteral("protocol"), QStringLiteral("TCP")}}}},
        {QStringLiteral("autoscaler_status"),
         QJsonObject{{QStringLiteral("desired_replicas"), desired},
                     {QStringLiteral("last_transition_time"), modifiedAt / 1000},
                     {QStringLiteral("conditions"), conditions}}},
        {QStringLiteral("is_system"), recipe.isSystem},
    };

    return QJsonObject{{QStringLiteral("metadata"), metadata},
                       {QStringLiteral("spec"), spec},
                       {QStringLiteral("status"), status}};
}

QList<QJsonObject> SimulatorPopulation::generate(int count, const PopulationOptions &requested)
{
    QList<QJsonObject> result;
    if (count <= 0)
        return result;
    result.reserve(count);
    PopulationOptions options = requested;
    if (options.nowMs <= 0)
        options.nowMs = QDateTime::currentMSecsSinceEpoch();

    QRandomGenerator rng(options.seed);
    const auto chance = [&rng](int percent) { return int(rng.bounded(100)) < percent; };
    const auto between = [&rng](int low, int high) { return low + int(rng.bounded(high - low + 1)); };

    // States: weighted, then every state forced once at evenly spread positions so that a
    // population large enough to hold them all shows each one.
    QStringList states;
    states.reserve(count);
    for (int i = 0; i < count; ++i) {
        int roll = int(rng.bounded(1000));
        QString state = QStringLiteral("Ready");
        for (const WeightedState &entry : StateWeights) {
            if (roll < entry.weight) {
                state = QLatin1String(entry.state);
                break;
            }
            roll -= entry.weight;
        }
        states.append(state);
    }
    if (count >= int(StateWeights.size())) {
        const int stride = count / int(StateWeights.size());
        for (int j = 0; j < int(StateWeights.size()); ++j)
            states[j * stride + stride / 2] = QLatin1String(StateWeights[j].state);
    }

    QSet<QString> usedNames;
    usedNames.reserve(count);
    QHash<QString, int> nextNumber; // per base name, the next number to try on a collision
    for (int i = 0; i < count; ++i) {
        DeploymentRecipe recipe;
        recipe.state = states.at(i);

        const bool pod = chance(3);
        QString stem;
        if (pod) {
            const QString who = QLatin1String(PodOwners[rng.bounded(int(PodOwners.size()))]);
            stem = (chance(50) ? QStringLiteral("dev-pod-") : QStringLiteral("jupyter-")) + who;
            recipe.isPod = true;
            recipe.owner = who + QStringLiteral("@example.com");
            fillWorkload(recipe, Kind::DevPod, QString(), stem);
            recipe.shape = chance(50) ? QStringLiteral("gpu.a10") : QStringLiteral("gpu.h100-sxm");
        } else {
            const Family &family = Families[rng.bounded(int(Families.size()))];
            stem = QLatin1String(family.stem);
            fillWorkload(recipe, family.kind, QLatin1String(family.model), stem);
            recipe.shape = QLatin1String(family.shapes[rng.bounded(int(family.shapes.size()))]);
            recipe.owner = QLatin1String(Owners[rng.bounded(int(Owners.size()))]);
        }

        // A unique name: stem + suffix, numbered on collision.
        QString name = stem + QLatin1String(Suffixes[rng.bounded(int(Suffixes.size()))]);
        if (usedNames.contains(name)) {
            const QString base = name;
            int &next = nextNumber[base];
            next = std::max(next, 2);
            do
                name = base + QLatin1Char('-') + QString::number(next++);
            while (usedNames.contains(name));
        }
        usedNames.insert(name);
        recipe.name = name;

        // Scaling policy and replicas.
        const int policy = int(rng.bounded(100));
        if (recipe.isPod) {
            recipe.autoscale = SimulatedAutoscale::None;
            recipe.minReplicas = 1;
            recipe.maxReplicas = 1;
        } else if (policy < 15) {
            recipe.autoscale = SimulatedAutoscale::None;
            recipe.minReplicas = between(1, 2);
            recipe.maxReplicas = chance(30) ? -1 : recipe.minReplicas;
        } else if (policy < 50) {
            recipe.autoscale = SimulatedAutoscale::ScaleDownAfterIdle;
            recipe.noTrafficTimeout = chance(70) ? 3600 : between(1, 12) * 600;
            recipe.minReplicas = chance(80) ? 1 : 2;
            recipe.maxReplicas = recipe.minReplicas;
        } else if (policy < 70) {
            recipe.autoscale = SimulatedAutoscale::Static;
            recipe.minReplicas = between(1, 4);
            recipe.maxReplicas = recipe.minReplicas;
        } else if (policy < 85) {
            recipe.autoscale = SimulatedAutoscale::GpuUtilization;
            recipe.gpuUtilization = between(6, 9) * 10;
            recipe.minReplicas = between(1, 2);
            recipe.maxReplicas = recipe.minReplicas + between(1, 7);
        } else {
            recipe.autoscale = SimulatedAutoscale::Throughput;
            static constexpr std::array<double, 5> Qpms{60, 120, 240, 600, 1000.5};
            recipe.qpm = Qpms[rng.bounded(int(Qpms.size()))];
            recipe.minReplicas = between(1, 2);
            recipe.maxReplicas = recipe.minReplicas + between(1, 9);
        }

        const QString &state = recipe.state;
        if (state == QLatin1String("Stopped") || state == QLatin1String("Stopping")) {
            // Idle-scaled: no_traffic_timeout took it to zero; min_replicas is still set.
            const bool idle = state == QLatin1String("Stopped")
                && recipe.autoscale == SimulatedAutoscale::ScaleDownAfterIdle && chance(40);
            if (idle) {
                recipe.desiredReplicas = 0;
                recipe.conditionMessage =
                    QStringLiteral("no traffic for %1s: scaled to zero").arg(recipe.noTrafficTimeout);
            } else {
                recipe.minReplicas = 0;
            }
        } else if (state == QLatin1String("Starting")) {
            recipe.desiredReplicas = std::max(1, recipe.minReplicas);
        } else if (!state.isEmpty() && state != QLatin1String("Hibernating")) {
            const int low = std::max(1, recipe.minReplicas);
            const int high = recipe.maxReplicas >= low ? recipe.maxReplicas : low;
            recipe.desiredReplicas = between(low, high);
        }

        // Metadata.
        recipe.createdAgoMs = between(1, 400) * MsPerDay + between(0, 23) * MsPerHour;
        recipe.modifiedAgoMs = chance(20) ? between(1, 59) * MsPerMinute : between(1, 60) * MsPerDay;
        recipe.modifiedAgoMs = std::min(recipe.modifiedAgoMs, recipe.createdAgoMs);
        recipe.version = between(1, 40);
        recipe.semanticVersion = QStringLiteral("%1.%2").arg(between(1, 5)).arg(between(0, 9));
        recipe.replicaVersion = between(1, recipe.version);
        recipe.lastModifiedBy = chance(25) ? QLatin1String(Owners[rng.bounded(int(Owners.size()))]) : QString();
        recipe.isPublic = !recipe.isPod && chance(15);
        recipe.isSystem = !recipe.isPod && chance(1);
        if (chance(85)) {
            static constexpr std::array<const char *, 3> Envs{"prod", "staging", "dev"};
            recipe.labels = QJsonObject{
                {QStringLiteral("team"), QLatin1String(Teams[rng.bounded(int(Teams.size()))])},
                {QStringLiteral("env"), QLatin1String(Envs[rng.bounded(int(Envs.size()))])},
            };
        }
        if (recipe.shape.startsWith(QLatin1String("gpu.")) && chance(30))
            recipe.nodeGroup = QStringLiteral("ng-%1-pool").arg(recipe.shape.mid(4).section(QLatin1Char('.'), 0, 0));
        if (!recipe.modelCacheMount)
            recipe.modelCacheMount = chance(10);

        QJsonObject deployment = make(recipe, options);
        if (!recipe.isPod && chance(10)) {
            QJsonObject spec = deployment.value(QStringLiteral("spec")).toObject();
            spec.insert(QStringLiteral("ingress_timeout_seconds"), 600);
            spec.insert(QStringLiteral("scheduling_policy"),
                        QJsonObject{{QStringLiteral("replica_spread"), QStringLiteral("Preferred")}});
            deployment.insert(QStringLiteral("spec"), spec);
        }
        result.append(deployment);
    }
    return result;
}

QList<QJsonObject> SimulatorPopulation::demo(const PopulationOptions &options)
{
    // Data, not code: app/simulator/data/demo.json (written for the workspace "demo").
    QList<QJsonObject> list = PopulationData::load(QStringLiteral("demo.json"), options.nowMs);
    if (options.workspaceId == QLatin1String("demo"))
        return list;
    for (QJsonObject &deployment : list) {
        QByteArray text = QJsonDocument(deployment).toJson(QJsonDocument::Compact);
        text.replace("://demo-", "://" + options.workspaceId.toUtf8() + '-');
        text.replace(".ws-demo.", ".ws-" + options.workspaceId.toUtf8() + '.');
        deployment = QJsonDocument::fromJson(text).object();
    }
    return list;
}
