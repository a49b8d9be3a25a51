#pragma once

#include "app/api/deployment.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// The three fields a pause saves and a resume restores (spec.resource_requirement.min_replicas,
// .max_replicas and spec.auto_scaler), read exactly from what the server sent, never through
// the lenient typed fields of Deployment (which read "2", true, null or 1.5 as a number).
//
// Whatever cannot be read exactly is not guessed: problem() says which field holds what, and
// Pause refuses, so the ledger never saves a value the deployment did not have.
//  - min_replicas: a whole number 0..2^31-1 (2.0 is 2); anything else, or no value, is a problem.
//  - max_replicas: absent or null (the same in a merge patch) is "no max"; else a whole number
//    not below min_replicas.
//  - auto_scaler: absent or null is "no block"; else it must be an object.
class ReplicaFields
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaFields)

public:
    static ReplicaFields of(const Deployment &deployment);
    static ReplicaFields ofSpec(const QJsonObject &spec);

    // Empty when all three fields were read exactly; else one sentence naming the field and
    // the value the server sent.
    QString problem() const { return m_problem; }
    bool isExact() const { return m_problem.isEmpty(); }

    // min_replicas is exactly 0: paused, stopped or stopping (whatever else is wrong).
    bool isAtZero() const { return m_min == 0; }
    // min_replicas is a whole number above 0: it runs, or is meant to.
    bool isRunning() const { return m_min.has_value() && *m_min > 0; }

    std::optional<int> minReplicas() const { return m_min; }
    std::optional<int> maxReplicas() const { return m_max; }
    bool hasAutoScaler() const { return m_hasAutoScaler; }
    QJsonObject autoScaler() const { return m_autoScaler; }

private:
    std::optional<int> m_min;
    std::optional<int> m_max;
    bool m_hasAutoScaler = false;
    QJsonObject m_autoScaler;
    QString m_problem;
};
