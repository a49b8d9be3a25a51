#pragma once

#include "app/pause/pausecontroller.h"
#include "tests/support/scratchdatabase.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class LeptonClient;
class WorkspaceSimulator;
struct Deployment;

// A PauseController for workspace "demo" (user "tester") over HTTP to a workspace simulator on
// 127.0.0.1, with its ledger and notes in a scratch SQLite database. In init(): newSimulator(),
// set the simulator up and listen(), then open(). In cleanup(): close().
class PauseControllerFixture
{
public:
    PauseControllerFixture();
    ~PauseControllerFixture();

    // A simulator that does not listen yet.
    WorkspaceSimulator *newSimulator();
    // The client (`clientTimeout` per call), the database file "ledger.sqlite" and the
    // controller. False, with errorString() saying why, when the database does not open.
    bool open(std::chrono::milliseconds clientTimeout = std::chrono::seconds(3));
    // A new controller on the same client and database, as when the console starts again (no
    // user name set); the old one is deleted.
    PauseController *restartController();
    // The controller, the database, the client, then the simulator.
    void close();
    QString errorString() const { return m_database.errorString(); }

    WorkspaceSimulator *simulator() const { return m_simulator.get(); }
    LeptonClient *client() const { return m_client.get(); }
    ScratchDatabase &database() { return m_database; }
    PauseController *pauses() const { return m_pauses.get(); }

    // Pauses or resumes `name` and waits (10 s at most) for the outcome; a default
    // PauseOutcome, after a failed QTRY_VERIFY, when none came.
    PauseOutcome pause(const QString &name, const PauseController::PauseRequest &request);
    // Runs the controller's reconcile() and waits for its sentences.
    QStringList reconcile(const QList<Deployment> &deployments);
    PauseOutcome resume(const QString &name, const PauseController::ResumeRequest &request);

    // The simulator's deployments, read as the console reads them.
    QList<Deployment> serverList() const;
    // The deployment `name` of serverList(); a default Deployment when there is none.
    Deployment serverCopy(const QString &name) const;

private:
    QObject m_context; // the callbacks' context
    std::unique_ptr<WorkspaceSimulator> m_simulator;
    std::unique_ptr<LeptonClient> m_client;
    ScratchDatabase m_database;
    std::unique_ptr<PauseController> m_pauses;
};
