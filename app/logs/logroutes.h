#pragma once

#include "app/api/apigeneration.h"
#include "app/api/resourcekind.h"

#include <QString>
#include <QUrlQuery>

class LeptonClient;

// Where a resource's logs are, on each API generation (SDK deployment.py, endpoint.py,
// devpod.py, log.py):
//   live:    {resource}/replicas/{rid}/log  — endpoints on both generations, dev pods on the
//            legacy API (they are /deployments there); the new devpod API has no log route and
//            Ray clusters have none on either.
//   history: GET /logs?deployment=<name> (new API: endpoint=<name>), Loki-shaped.
namespace LogRoutes {

bool hasLiveLog(ResourceKind kind, ApiGeneration generation);
// Why there is no log, in the user's words, when hasLiveLog() is false.
QString noLiveLogReason(ResourceKind kind, ApiGeneration generation);
// The live log route of one replica, under the workspace URL ("/endpoints/chat/replicas/r1/log").
QString livePath(const LeptonClient &client, ResourceKind kind, const QString &name, const QString &replica);
QString replicasPath(const LeptonClient &client, ResourceKind kind, const QString &name);
// The history's name parameter: "deployment" (legacy) or "endpoint" (new).
QString historyNameKey(ApiGeneration generation);

} // namespace LogRoutes
