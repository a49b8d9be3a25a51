#pragma once

#include "app/api/deployment.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"

#include <QList>
#include <QString>

// The deployment the edit tests change, on the simulator: a NIM on gpu.a10 with 1-3 replicas
// scaled on throughput (120 qpm), at version 7, owned by alice@example.com, with a command
// the console must never send back.
namespace EditedDeployment {

DeploymentRecipe recipe(const QString &name);

// The deployment `name` as the simulator has it now, read as the console reads it; stops the
// run (qFatal) when the simulator has no such deployment.
Deployment current(const WorkspaceSimulator &simulator, const QString &name);

// The PATCH requests the simulator received, oldest first.
QList<WorkspaceSimulator::RecordedRequest> patches(const WorkspaceSimulator &simulator);

} // namespace EditedDeployment
