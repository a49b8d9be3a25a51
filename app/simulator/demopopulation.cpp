#include "app/simulator/demopopulation.h"

#include "app/simulator/newapipopulation.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"

#include <QDateTime>

namespace DemoPopulation {

void seed(WorkspaceSimulator &simulator, int deployments, bool newApi)
{
    const QList<QJsonObject> population = deployments > 0 ? SimulatorPopulation::generate(deployments)
                                                           : SimulatorPopulation::demo();
    if (newApi) {
        simulator.setNewDeploymentApi(true);
        simulator.setEndpoints(NewApiPopulation::endpoints(population) + NewApiPopulation::multiComponentEndpoints());
        simulator.setDevPods(NewApiPopulation::devPods(population));
    } else {
        simulator.setDeployments(population);
    }
    simulator.setRayClusters(NewApiPopulation::rayClusters());
    simulator.setTokenExpiry(QDateTime::currentDateTimeUtc().addYears(1));
}

} // namespace DemoPopulation
