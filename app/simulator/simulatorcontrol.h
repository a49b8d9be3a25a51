#pragma once

#include "app/simulator/simulatorreply.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class WorkspaceSimulator;

// The simulator's test-only control routes (NOT part of the Lepton API; a real workspace has
// nothing like them): they let a test, or someone trying the console against the demo, force
// what a real workspace does on its own, over HTTP, in both API generations.
//
//   POST {base}/simulator/state       {"kind": "endpoint"|"pod"|"raycluster", "name": "...",
//                                      "state": "Error", "message": "CUDA out of memory"}
//        Sets the resource's status.state (and status.phase on the legacy /deployments) as an
//        outside change; `message` goes where the server puts its own words (legacy
//        status.autoscaler_status.conditions, new API status.auto_scaler_status.conditions).
//        Answers the stored object; 404 for an unknown resource, 400 for a bad body.
//   POST {base}/simulator/crash-loop  {"kind": ..., "name": ..., "restarts": 3, "every_ms": 500,
//                                      "reason": "OOMKilled", "message": "..."}
//        Adds `restarts` restarts now (default 1) and, with every_ms > 0, one more every
//        every_ms (every_ms 0 stops a running loop). Each restart raises the first replica's
//        status.restart_count (GET .../replicas, both generations) and adds a termination
//        record {started_at, finished_at, exit_code, reason, message} to it (legacy
//        GET /deployments/{name}/termination). Answers {"restarts": total}.
//
// WorkspaceSimulator answers these routes and passes its replica and termination answers
// through withRestarts() / withTerminations(); the logic lives here.
class SimulatorControl : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorControl(WorkspaceSimulator *simulator);
    ~SimulatorControl() override;

    SimulatorReply stateReply(const QByteArray &body);
    SimulatorReply crashLoopReply(const QByteArray &body);

    // The same from C++ (tests that hold the simulator): false with *error when refused.
    bool forceState(const QString &kind, const QString &name, const QString &state, const QString &message,
                    QString *error = nullptr);
    int addRestarts(const QString &kind, const QString &name, int count, const QString &reason = QString(),
                    const QString &message = QString());
    int restarts(const QString &kind, const QString &name) const;

    // `replicas` (a GET .../replicas answer) with the restart counts of `kind`/`name`.
    SimulatorReply withRestarts(const QString &kind, const QString &name, SimulatorReply replicas) const;
    // `termination` (a legacy GET .../termination answer) with the crash loop's records, on the
    // first replica of `replicas`.
    SimulatorReply withTerminations(const QString &name, SimulatorReply termination, const SimulatorReply &replicas) const;

private:
    struct Record
    {
        qint64 startedAtMs = 0;
        qint64 finishedAtMs = 0;
        QString reason;
        QString message;
    };
    struct Loop
    {
        QList<Record> records;
        std::unique_ptr<QTimer> timer;
        QString reason;
        QString message;
    };

    QString keyOf(const QString &kind, const QString &name) const;
    bool exists(const QString &kind, const QString &name) const;

    WorkspaceSimulator *m_simulator;
    QHash<QString, std::shared_ptr<Loop>> m_loops;
};
