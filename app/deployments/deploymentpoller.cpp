#include "app/deployments/deploymentpoller.h"

#include "app/api/leptonclient.h"

#include <QPointer>

DeploymentPoller::DeploymentPoller(LeptonClient *client, QObject *parent)
    : ResourcePoller(
          [client = QPointer<LeptonClient>(client)](QObject *context, ApiCallback<QList<Deployment>> done) {
              if (!client)
                  return false;
              client->listDeployments(context, std::move(done));
              return true;
          },
          parent)
{
}
