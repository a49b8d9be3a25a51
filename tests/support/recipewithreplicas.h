#pragma once

#include "app/simulator/simulatorpopulation.h"

#include <QString>

// A simulated deployment `name` scaled between `minReplicas` and `maxReplicas` (-1: no max),
// everything else as DeploymentRecipe has it unless the caller changes it.
DeploymentRecipe recipeWithReplicas(const QString &name, int minReplicas, int maxReplicas);
