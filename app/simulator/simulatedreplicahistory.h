#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

// What the platform remembers of one resource's replicas besides their state: the termination
// records of the legacy route GET /deployments/{name}/termination (the SDK's
// DeploymentTerminations: {replica_id: [{started_at, finished_at, exit_code, reason, message}]},
// times in epoch seconds as the simulator has always sent them), and the events a crash adds
// to the resource's event list, counted the way Kubernetes aggregates a repeated event (one
// entry per type, reason and message whose count and last_observed_time move on) instead of
// one entry per occurrence.
//
// Records accumulate: every crash or restart of a replica adds one, at most MaxPerReplica per
// replica (the oldest go first), as a real server keeps a bounded history.
class SimulatedReplicaHistory
{
public:
    static constexpr int MaxPerReplica = 20;
    static constexpr int MaxEvents = 50;

    // A replica's container ended at `finishedMs` after running since `startedMs`.
    void addTermination(const QString &replicaId, qint64 startedMs, qint64 finishedMs, int exitCode,
                        const QString &reason, const QString &message);
    // When the replica's current container started: the end of its last record, else `fallbackMs`.
    qint64 runningSince(const QString &replicaId, qint64 fallbackMs) const;
    // The route's answer; an empty object when nothing ended yet.
    QJsonObject terminationsJson() const;
    bool isEmpty() const { return m_byReplica.isEmpty(); }

    // Adds an event to `events` (oldest first, as the simulator keeps them), or, when the newest
    // event of the same type, reason and message is already there, counts it once more and
    // moves it to the end with the new time. `regardingKind` is "LeptonDeployment" or "Endpoint".
    static void addCountedEvent(QJsonArray &events, const QString &type, const QString &reason, const QString &message,
                                const QString &regardingKind, const QString &name, qint64 atMs);

private:
    QMap<QString, QJsonArray> m_byReplica; // oldest first
};
