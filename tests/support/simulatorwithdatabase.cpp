#include "tests/support/simulatorwithdatabase.h"

#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/localdatabase.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace std::chrono_literals;

SimulatorWithDatabase::SimulatorWithDatabase() = default;

SimulatorWithDatabase::~SimulatorWithDatabase()
{
    close();
}

bool SimulatorWithDatabase::open()
{
    close();
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<WorkspaceSimulator>();
    m_simulator->setTransitionDelay(50ms);
    if (!m_dir->isValid())
        return false;
    m_database = std::make_unique<LocalDatabase>(m_dir->filePath(QStringLiteral("console.sqlite")));
    return m_database->isOpen();
}

void SimulatorWithDatabase::close()
{
    m_database.reset();
    m_simulator.reset();
    m_dir.reset();
}

WorkspaceCredentials SimulatorWithDatabase::credentials() const
{
    WorkspaceCredentials c;
    c.workspaceId = m_simulator->workspaceId();
    c.token = m_simulator->token();
    c.baseUrl = m_simulator->baseUrl();
    return c;
}
