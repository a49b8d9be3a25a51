#include "tests/support/simulatorwithclient.h"

#include "app/api/leptonclient.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/simulatorclient.h"

SimulatorWithClient::SimulatorWithClient() = default;

SimulatorWithClient::~SimulatorWithClient()
{
    stop();
}

bool SimulatorWithClient::start(const QList<QJsonObject> &deployments, std::chrono::milliseconds clientTimeout)
{
    stop();
    m_simulator = std::make_unique<WorkspaceSimulator>();
    m_simulator->setDeployments(deployments);
    if (!m_simulator->listen())
        return false;
    m_client = simulatorClient(*m_simulator, clientTimeout);
    return true;
}

void SimulatorWithClient::stop()
{
    m_client.reset();
    m_simulator.reset();
}
