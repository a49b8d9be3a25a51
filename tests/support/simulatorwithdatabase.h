#pragma once

#include "app/credentials/workspacecredentials.h"

#include <memory>

class LocalDatabase;
class QTemporaryDir;
class WorkspaceSimulator;

// What a WorkspaceSession test starts from: a workspace simulator (50 ms transitions, not
// listening yet: fill it, then listen()) and the console's local database "console.sqlite" in
// a fresh temporary folder, with QStandardPaths in test mode. open() in init(), close() in
// cleanup().
class SimulatorWithDatabase
{
public:
    SimulatorWithDatabase();
    ~SimulatorWithDatabase();

    // False when the folder cannot be made or the database does not open.
    bool open();
    // The database, the simulator, then the folder.
    void close();

    WorkspaceSimulator *simulator() const { return m_simulator.get(); }
    LocalDatabase *database() const { return m_database.get(); }
    // The simulator's workspace id, token and base URL, for a WorkspaceSession.
    WorkspaceCredentials credentials() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSimulator> m_simulator;
    std::unique_ptr<LocalDatabase> m_database;
};
