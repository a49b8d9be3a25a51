#include "tests/support/kindspopulation.h"

#include "app/simulator/newapipopulation.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/recipewithreplicas.h"

namespace KindsPopulation {

QJsonObject legacyPod(const QString &name, int minReplicas)
{
    DeploymentRecipe recipe = recipeWithReplicas(name, minReplicas, 1);
    recipe.isPod = true;
    recipe.autoscale = SimulatedAutoscale::None;
    recipe.shape = QStringLiteral("gpu.a100-80gb");
    if (minReplicas == 0)
        recipe.state = QStringLiteral("Stopped");
    return SimulatorPopulation::make(recipe);
}

void populate(WorkspaceSimulator &simulator, bool newApi)
{
    const QJsonObject endpoint = SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("chat"), 1, 2));
    const QJsonObject running = legacyPod(QStringLiteral("alice-dev"), 1);
    const QJsonObject stopped = legacyPod(QStringLiteral("bob-dev"), 0);
    simulator.setNewDeploymentApi(newApi);
    if (newApi) {
        simulator.setEndpoints({NewApiPopulation::endpointFromLegacy(endpoint)});
        simulator.setDevPods({NewApiPopulation::devPodFromLegacy(running), NewApiPopulation::devPodFromLegacy(stopped)});
    } else {
        simulator.setDeployments({endpoint, running, stopped});
    }
    simulator.setRayClusters(NewApiPopulation::rayClusters());
}

} // namespace KindsPopulation
