#pragma once

class WorkspaceSimulator;

// What the demo workspace holds, in one place for both demos: the window's (File > Open Demo
// Workspace) and the headless `lepton-console --serve-demo [--new-api]`. Endpoints (the
// hand-picked dozen, or `deployments` generated ones), their dev pods, the Ray clusters, and a
// token that lasts a year (so neither demo warns of its expiry). On the new API generation the
// endpoints and dev pods take its routes, with the multi-component endpoints added.
namespace DemoPopulation {

void seed(WorkspaceSimulator &simulator, int deployments, bool newApi);

} // namespace DemoPopulation
