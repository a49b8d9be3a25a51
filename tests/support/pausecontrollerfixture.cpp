#include "tests/support/pausecontrollerfixture.h"

#include "app/storage/sqlite/sqlitestorage.h"

#include "app/api/leptonclient.h"
#include "app/api/deployment.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/simulatorclient.h"

#include <QtTest>

namespace {

// QTRY_VERIFY returns from the function it is in: a lambda keeps it from returning here.
PauseOutcome waitFor(std::optional<PauseOutcome> &outcome)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000); }();
    return outcome.value_or(PauseOutcome {});
}

} // namespace

PauseControllerFixture::PauseControllerFixture() = default;

PauseControllerFixture::~PauseControllerFixture()
{
    close();
}

WorkspaceSimulator *PauseControllerFixture::newSimulator()
{
    close();
    m_simulator = std::make_unique<WorkspaceSimulator>();
    return m_simulator.get();
}

bool PauseControllerFixture::open(std::chrono::milliseconds clientTimeout)
{
    m_client = simulatorClient(*m_simulator, clientTimeout);
    if (!m_database.open(QStringLiteral("ledger.sqlite")))
        return false;
    m_pauses = std::make_unique<PauseController>(m_client.get(), m_database.storage(), QStringLiteral("demo"));
    m_pauses->setUserName(QStringLiteral("tester"));
    return true;
}

PauseController *PauseControllerFixture::restartController()
{
    m_pauses.reset();
    m_pauses = std::make_unique<PauseController>(m_client.get(), m_database.storage(), QStringLiteral("demo"));
    return m_pauses.get();
}

void PauseControllerFixture::close()
{
    m_pauses.reset();
    m_database.close();
    m_client.reset();
    m_simulator.reset();
}

PauseOutcome PauseControllerFixture::pause(const QString &name, const PauseController::PauseRequest &request)
{
    std::optional<PauseOutcome> outcome;
    m_pauses->pause(name, request, &m_context, [&](const PauseOutcome &o) { outcome = o; });
    return waitFor(outcome);
}

PauseOutcome PauseControllerFixture::resume(const QString &name, const PauseController::ResumeRequest &request)
{
    std::optional<PauseOutcome> outcome;
    m_pauses->resume(name, request, &m_context, [&](const PauseOutcome &o) { outcome = o; });
    return waitFor(outcome);
}

QList<Deployment> PauseControllerFixture::serverList() const
{
    QList<Deployment> list;
    for (const QJsonObject &object : m_simulator->deployments()) {
        Deployment d;
        if (Deployment::fromJson(object, &d))
            list.append(d);
    }
    return list;
}

Deployment PauseControllerFixture::serverCopy(const QString &name) const
{
    for (const Deployment &deployment : serverList()) {
        if (deployment.name == name)
            return deployment;
    }
    return {};
}

QStringList PauseControllerFixture::reconcile(const QList<Deployment> &deployments)
{
    std::optional<QStringList> settled;
    QObject context;
    m_pauses->reconcile(deployments, &context, [&settled](const QStringList &sentences) { settled = sentences; });
    // A reconcile that never ends comes back as a sentence no test expects, so it fails there.
    if (!QTest::qWaitFor([&settled] { return settled.has_value(); }, 10000))
        return {QStringLiteral("(reconcile did not end)")};
    return *settled;
}
