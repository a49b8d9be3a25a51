#pragma once

#include "app/api/deployment.h"
#include "app/api/deploymentevent.h"
#include "app/api/readinessissue.h"

#include <QList>
#include <QString>

// Why a deployment is in trouble, as one sentence in the server's own words: the one rule
// the details panel (under the badge and in its tooltip) and `lepton-console-cli status`
// ("Reason:") share. Only a deployment in a problem state (Error, Not Ready) has a reason.
namespace StatusReason {

// The first readiness issue (its message, else its reason word), else the newest warning
// event (its message with how often it happened, else its reason word), else what the
// deployment's own status says (fromDeployment). Never shortened.
QString pick(const Deployment &deployment, const QList<ReadinessIssue> &issues, const QList<DeploymentEvent> &events);

// What the deployment list alone says: the first non-empty message among
// status.autoscaler_status.conditions (what the table can show without another call).
QString fromDeployment(const Deployment &deployment);

} // namespace StatusReason
