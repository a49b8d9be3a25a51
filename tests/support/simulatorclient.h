#pragma once

#include <chrono>
#include <memory>

class LeptonClient;
class WorkspaceSimulator;

// A LeptonClient that talks to `simulator` over HTTP: its base URL, its token, and the given
// deadline for each call.
std::unique_ptr<LeptonClient> simulatorClient(const WorkspaceSimulator &simulator, std::chrono::milliseconds timeout);
