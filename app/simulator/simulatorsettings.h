#pragma once

#include <QString>

#include <chrono>

// What every simulated resource kind needs to know about its workspace; owned by
// WorkspaceSimulator, read by the resource stores it hands a reference to.
struct SimulatorSettings
{
    QString workspaceId = QStringLiteral("demo");
    QString user = QStringLiteral("demo-user@example.com"); // who API changes are made by
    std::chrono::milliseconds transitionDelay{1500};        // a transitional state lasts this long
};
