// libFuzzer target: GET /deployments and GET /deployments/{name} bodies through
// DeploymentList::parse / Deployment::fromJson, and the edit dialog's merge patch builder
// (DeploymentSettings::mergePatchFrom) on every deployment that parses.
#include "tests/fuzz/fuzzchecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzChecks::checkDeploymentJson(data, size);
    return 0;
}
