#pragma once

#include "app/credentials/workspacecredentials.h"

#include <QObject>
#include <QString>

#include <memory>

class WorkspaceSession;
class WorkspaceSimulator;

// The built-in demo workspace: the workspace simulator (app/simulator), run in this process
// on 127.0.0.1. The only file of the window that includes the simulator.
//
// In the window (--demo, the welcome page, the switcher) it is started once, on first use,
// and lives as long as this object; credentials() says how to reach it. `lepton-console
// --serve-demo` is DemoServer; both seed DemoPopulation.
class DemoWorkspace : public QObject
{
    Q_OBJECT

public:
    // `deployments`: size of the population; 0 for the hand-picked demo dozen.
    explicit DemoWorkspace(int deployments, QObject *parent = nullptr);
    ~DemoWorkspace() override;

    // Starts the simulator if it is not running yet. False when it could not listen on
    // 127.0.0.1 (the caller tells the user).
    bool start();
    bool isRunning() const { return m_simulator != nullptr; }
    // How to open it (valid once started): id, token, base URL and its display name.
    WorkspaceCredentials credentials() const;
    // Null until started.
    WorkspaceSimulator *simulator() const { return m_simulator.get(); }

    // The first look shows the product: a few deployments paused by the console, with a
    // reason, an author and (one) a review that is due. Made through the real pause path, a
    // PauseController per author on `session`'s client, ledger and notes, against this
    // simulator; emits pausesSeeded() when done. Idempotent over runs on one database: the
    // demo server forgets between runs, the ledger does not, so deployments with an open
    // entry are first put back at zero on the simulator (as a real server would still have
    // them), and a deployment the demo paused once (any ledger history) is not paused again.
    void seedPauses(WorkspaceSession *session);

Q_SIGNALS:
    void pausesSeeded();

private:
    int m_deployments = 0;
    std::unique_ptr<WorkspaceSimulator> m_simulator;
};
