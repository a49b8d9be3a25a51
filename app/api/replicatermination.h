#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

// GET /deployments/{name}/termination (legacy API only; the SDK's DeploymentTerminations):
// {replica_id: [{started_at, finished_at, exit_code, reason, message}]}, one record per time a
// replica's container ended (a crash, an OOM kill, a restart).
struct ReplicaTermination
{
    QString replicaId;
    QDateTime startedAt;  // UTC; invalid when the server sent none
    QDateTime finishedAt; // UTC; invalid when the server sent none
    int exitCode = 0;
    QString reason;       // "OOMKilled", "Error", "Completed" ...
    QString message;

    bool operator==(const ReplicaTermination &other) const = default;
};

// The answer of the termination route, or that the workspace does not offer it (the new API
// has no such route; a server that answers 404 does not have it either).
struct ReplicaTerminations
{
    bool offered = true;
    QList<ReplicaTermination> records; // newest finished first

    // Parses the route's body. The SDK types every field (times as integers); a body that is
    // not an object of lists of objects is refused: false, and *why says where it went wrong
    // (nothing is half-read). Times are epoch milliseconds; a number below 1e11 is read as
    // seconds (a millisecond time that small would be in 1973, a second time that large in
    // the year 5138), and an ISO 8601 string is read too. A missing field is empty (exit code 0).
    static bool fromJson(const QJsonValue &value, ReplicaTerminations *out, QString *why);
};
