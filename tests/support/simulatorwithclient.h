#pragma once

#include <QJsonObject>
#include <QList>

#include <chrono>
#include <memory>

class LeptonClient;
class WorkspaceSimulator;

// A workspace simulator listening on 127.0.0.1 with the given deployments, and a LeptonClient
// that talks to it: start() in init(), stop() in cleanup().
class SimulatorWithClient
{
public:
    SimulatorWithClient();
    ~SimulatorWithClient();

    // False when the simulator cannot listen.
    bool start(const QList<QJsonObject> &deployments, std::chrono::milliseconds clientTimeout);
    // The client, then the simulator.
    void stop();

    WorkspaceSimulator *simulator() const { return m_simulator.get(); }
    LeptonClient *client() const { return m_client.get(); }

private:
    std::unique_ptr<WorkspaceSimulator> m_simulator;
    std::unique_ptr<LeptonClient> m_client;
};
