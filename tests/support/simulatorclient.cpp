#include "tests/support/simulatorclient.h"

#include "app/api/leptonclient.h"
#include "app/simulator/workspacesimulator.h"

std::unique_ptr<LeptonClient> simulatorClient(const WorkspaceSimulator &simulator, std::chrono::milliseconds timeout)
{
    auto client = std::make_unique<LeptonClient>();
    client->setBaseUrl(simulator.baseUrl());
    client->setToken(simulator.token());
    client->setTimeout(timeout);
    return client;
}
