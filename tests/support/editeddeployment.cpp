#include "tests/support/editeddeployment.h"

#include <QtGlobal>

namespace EditedDeployment {

DeploymentRecipe recipe(const QString &name)
{
    DeploymentRecipe r;
    r.name = name;
    r.image = QStringLiteral("nvcr.io/nim/llama:1");
    r.command = QStringList {QStringLiteral("/opt/nim/start_server.sh")}; // must never be resent
    r.shape = QStringLiteral("gpu.a10");
    r.minReplicas = 1;
    r.maxReplicas = 3;
    r.autoscale = SimulatedAutoscale::Throughput;
    r.qpm = 120;
    r.version = 7;
    r.owner = QStringLiteral("alice@example.com");
    return r;
}

Deployment current(const WorkspaceSimulator &simulator, const QString &name)
{
    Deployment d;
    if (!Deployment::fromJson(simulator.deployment(name), &d))
        qFatal("the simulator has no %s", qPrintable(name));
    return d;
}

QList<WorkspaceSimulator::RecordedRequest> patches(const WorkspaceSimulator &simulator)
{
    QList<WorkspaceSimulator::RecordedRequest> result;
    for (const auto &request : simulator.requests()) {
        if (request.method == "PATCH")
            result << request;
    }
    return result;
}

} // namespace EditedDeployment
