#include "ui/shell/demoworkspace.h"

#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

// The strings keep the catalogue context they had before ApplicationController was split.
QString demoName()
{
    return QCoreApplication::translate("ApplicationController", "Demo workspace");
}

QList<QJsonObject> population(int deployments)
{
    return deployments > 0 ? SimulatorPopulation::generate(deployments) : SimulatorPopulation::demo();
}

} // namespace

DemoWorkspace::DemoWorkspace(int deployments, QObject *parent)
    : QObject(parent)
    , m_deployments(deployments)
{
}

DemoWorkspace::~DemoWorkspace() = default;

bool DemoWorkspace::start()
{
    if (m_simulator)
        return true;
    auto simulator = std::make_unique<WorkspaceSimulator>();
    simulator->setWorkspaceName(demoName());
    simulator->setDeployments(population(m_deployments));
    if (!simulator->listen())
        return false;
    m_simulator = std::move(simulator);
    // The demo opens with deployments on their way somewhere (Starting, Scaling, ...);
    // after a while they arrive, as real ones do, and the console goes quiet.
    QTimer::singleShot(std::chrono::seconds(20), m_simulator.get(), &WorkspaceSimulator::settleTransitions);
    return true;
}

WorkspaceCredentials DemoWorkspace::credentials() const
{
    WorkspaceCredentials credentials;
    if (!m_simulator)
        return credentials;
    credentials.workspaceId = m_simulator->workspaceId();
    credentials.token = m_simulator->token();
    credentials.baseUrl = m_simulator->baseUrl();
    credentials.displayName = demoName();
    return credentials;
}

int DemoWorkspace::serve(const QString &port, const std::optional<QString> &token, int deployments)
{
    WorkspaceSimulator simulator;
    simulator.setDeployments(population(deployments));
    if (token)
        simulator.setToken(*token);
    if (!simulator.listen(quint16(port.toUInt()))) {
        std::fprintf(stderr, "lepton-console: could not listen on 127.0.0.1:%s\n", qPrintable(port));
        return 1;
    }
    std::printf("Demo workspace API at %s (token: see --token; default demo-token)\n",
                qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
