#pragma once

#include "app/simulator/simulatorpopulation.h"

#include <QString>

// A simulated deployment `name` in `state` (as the server words it: "Ready", "Not Ready",
// "Error"), scaled between `replicas` and `maxReplicas`, on `shape`; everything else as
// DeploymentRecipe has it unless the caller changes it.
DeploymentRecipe recipeInState(const QString &name, const QString &state, int replicas, int maxReplicas,
                               const QString &shape = QStringLiteral("gpu.l40s"));
