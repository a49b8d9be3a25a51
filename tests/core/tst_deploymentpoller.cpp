// The README's refresh claims, through the real session, client and simulator: the console
// polls every 2 s while something is moving and every 15 s when all is settled (read from the
// poller's own timer, not by waiting 15 s), and the list is parsed off the GUI thread.
// The poller's timer is a Qt::VeryCoarseTimer (whole seconds), so "2 s" may read up to 3 s.
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/deployments/deploymentpoller.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/simulatorclient.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <optional>

using namespace std::chrono_literals;

namespace {

QJsonObject deploymentIn(const QString &name, const QString &state)
{
    DeploymentRecipe recipe;
    recipe.name = name;
    recipe.state = state;
    recipe.minReplicas = 1;
    recipe.maxReplicas = 2;
    return SimulatorPopulation::make(recipe);
}

} // namespace

class TestDeploymentPoller : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<LocalDatabase> m_db;

    WorkspaceCredentials credentials() const
    {
        WorkspaceCredentials c;
        c.workspaceId = m_sim->workspaceId();
        c.token = m_sim->token();
        c.baseUrl = m_sim->baseUrl();
        return c;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<WorkspaceSimulator>();
        QVERIFY(m_sim->listen());
        m_db = std::make_unique<LocalDatabase>(m_dir->filePath(QStringLiteral("console.sqlite")));
        QVERIFY(m_db->isOpen());
    }

    void cleanup()
    {
        m_db.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void defaultsAreTwoAndFifteenSeconds()
    {
        SqliteStorage sessionStorage((m_db.get())->path());
        WorkspaceSession session(credentials(), &sessionStorage);
        QCOMPARE(session.poller()->busyInterval(), std::chrono::milliseconds(2s));
        QCOMPARE(session.poller()->settledInterval(), std::chrono::milliseconds(15s));
    }

    void fastWhileMovingSlowWhenSettled()
    {
        // One deployment on its way somewhere (the simulator leaves it "Starting").
        m_sim->setDeployments({deploymentIn(QStringLiteral("moving"), QStringLiteral("Starting")),
                               deploymentIn(QStringLiteral("calm"), QStringLiteral("Ready"))});
        SqliteStorage sessionStorage((m_db.get())->path());
        WorkspaceSession session(credentials(), &sessionStorage); // the product's own intervals
        QSignalSpy refreshed(&session, &WorkspaceSession::refreshed);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        DeploymentPoller *poller = session.poller();
        QVERIFY(poller->isRunning());
        QVERIFY2(poller->nextPollIn() > 0ms && poller->nextPollIn() <= 3s,
                 qPrintable(QStringLiteral("next poll in %1 ms while a deployment is Starting").arg(poller->nextPollIn().count())));

        // It arrives: everything is settled, so the next poll is ~15 s away.
        m_sim->setDeployments({deploymentIn(QStringLiteral("moving"), QStringLiteral("Ready")),
                               deploymentIn(QStringLiteral("calm"), QStringLiteral("Ready"))});
        poller->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 10000);
        QVERIFY2(poller->nextPollIn() > 10s && poller->nextPollIn() <= 16s,
                 qPrintable(QStringLiteral("next poll in %1 ms with everything settled").arg(poller->nextPollIn().count())));

        // Something starts moving again: the next poll comes back to 2 s at once.
        m_sim->setDeployments({deploymentIn(QStringLiteral("moving"), QStringLiteral("Ready")),
                               deploymentIn(QStringLiteral("calm"), QStringLiteral("Updating"))});
        poller->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 3, 10000);
        QVERIFY2(poller->nextPollIn() > 0ms && poller->nextPollIn() <= 3s,
                 qPrintable(QStringLiteral("next poll in %1 ms while a deployment is Updating").arg(poller->nextPollIn().count())));
        session.stop();
    }

    void theFastPollReallyComes()
    {
        // The 2 s timer is real: a change on the server shows up without refreshNow().
        m_sim->setDeployments({deploymentIn(QStringLiteral("moving"), QStringLiteral("Starting"))});
        SqliteStorage sessionStorage((m_db.get())->path());
        WorkspaceSession session(credentials(), &sessionStorage);
        QSignalSpy refreshed(&session, &WorkspaceSession::refreshed);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        m_sim->clearRequests();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 2, 10000);
        int lists = 0;
        for (const WorkspaceSimulator::RecordedRequest &r : m_sim->requests())
            lists += r.method == "GET" && r.apiPath() == QLatin1String("/deployments") ? 1 : 0;
        QVERIFY(lists >= 1);
        session.stop();
    }

    void listIsParsedOffTheGuiThread()
    {
        m_sim->setDeployments(SimulatorPopulation::generate(50));
        auto client = simulatorClient(*m_sim, 10s);
        // Every worker of the pool the client parses on is held: if the list were parsed on
        // this (the GUI) thread, the answer would arrive anyway.
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore release;
        QSemaphore held;
        const int workers = pool->maxThreadCount();
        for (int i = 0; i < workers; ++i) {
            pool->start([&release, &held] {
                held.release();
                release.acquire();
            });
        }
        QVERIFY(held.tryAcquire(workers, 10000));

        QSignalSpy finished(client.get(), &LeptonClient::requestFinished);
        std::optional<ApiResult<QList<Deployment>>> result;
        client->listDeployments(this, [&result](const ApiResult<QList<Deployment>> &r) { result = r; });
        QVERIFY(finished.wait(10000));                       // the body is here
        QCOMPARE(finished.first().at(2).toInt(), 200);
        for (int turn = 0; turn < 20; ++turn)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        const bool arrivedWhileWorkersHeld = result.has_value();
        release.release(workers);
        QVERIFY2(!arrivedWhileWorkersHeld, "the list was parsed on the calling thread");
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(result->ok());
        QCOMPARE(result->value.size(), 50);
        pool->waitForDone(10000);
    }
};

QTEST_GUILESS_MAIN(TestDeploymentPoller)
#include "tst_deploymentpoller.moc"
