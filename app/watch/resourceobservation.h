#pragma once

#include "app/api/deploymentstate.h"
#include "app/api/resourcekind.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct Deployment;
struct Replica;

// What one poll saw of one deployment, pod or Ray cluster: the plain values the AlertEngine
// decides on (no client types, so tests make them by hand).
struct ResourceObservation
{
    ResourceKind kind = ResourceKind::Endpoint;
    QString name;
    DeploymentState state = DeploymentState::Unknown;
    QString stateText;      // the state as the server wrote it ("Not Ready"), for messages
    QString serverMessage;  // the server's own words about it, when it said any
    // At zero replicas (paused, stopped, suspended, or scaled to zero by the platform).
    bool atZero = false;
    // Scaled to zero by the platform after no traffic (min_replicas still > 0).
    bool idleAtZero = false;
    // Restarts summed over the replicas, when the replicas say (status.restart_count).
    std::optional<int> restartCount;
    // When each termination record ended (GET .../termination), when they were read.
    QList<QDateTime> terminations;
    QString lastTermination; // the newest record's reason and message, for the crash-loop alert

    // The typed fields of a listed deployment (state, zero, the state's own words).
    static ResourceObservation of(const Deployment &deployment);
    // Adds what the replicas say (restart counts, summed; a replica without one counts 0).
    static void addReplicas(ResourceObservation *observation, const QList<Replica> &replicas);
};
