#pragma once

#include "app/deployments/resourcepoller.h"

class LeptonClient;

// Keeps a workspace's deployment list fresh (every /deployments entry on the legacy API, dev
// pods included, so the ledger settles them too; /endpoints on the new one): the adaptive
// polling of ResourcePoller (fast while something moves, slow when settled, backing off and
// honouring Retry-After while the server fails) over LeptonClient::listDeployments.
class DeploymentPoller : public ResourcePoller
{
    Q_OBJECT

public:
    explicit DeploymentPoller(LeptonClient *client, QObject *parent = nullptr);
};
