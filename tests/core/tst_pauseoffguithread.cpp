// The pause ledger's waits leave the caller's thread: while another program holds the
// database's write lock, a Pause started from the controller the window uses keeps the
// thread's event loop running (a timer on it keeps ticking and is what finally releases the
// lock), sends nothing before its ledger entry is written, and completes once the lock goes.
// Real path: the simulator over HTTP, the ledger in SQLite on disk, a second connection
// holding BEGIN IMMEDIATE as lepton-console-cli import-ledger would.
#include "app/pause/pausecontroller.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "tests/support/pausecontrollerfixture.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/scratchdatabase.h"

#include <QSqlQuery>
#include <QTimer>
#include <QtTest>

class TestPauseOffGuiThread : public QObject
{
    Q_OBJECT

private:
    PauseControllerFixture m_fixture;
    ScratchDatabase &m_db = m_fixture.database();
    WorkspaceSimulator *m_sim = nullptr;

    bool simulatorSaw(const QByteArray &method, const QString &apiPath) const
    {
        const auto requests = m_sim->requests();
        return std::any_of(requests.cbegin(), requests.cend(), [&](const WorkspaceSimulator::RecordedRequest &r) {
            return r.method == method && r.apiPath() == apiPath;
        });
    }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setDeployments({});
        QVERIFY(m_sim->listen());
        QVERIFY2(m_fixture.open(), qPrintable(m_fixture.errorString()));
    }

    void cleanup() { m_fixture.close(); }

    void pauseWaitsForTheWriteLockWithoutBlockingTheThread()
    {
        m_sim->setDeployment(SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("llama-chat"), 2, 4)));

        // Another program takes the write lock and keeps it.
        LocalDatabase other(m_db.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY2(other.isOpen(), qPrintable(other.errorString()));
        QSqlQuery lock(other.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        int ticks = 0;
        bool released = false;
        bool committed = false;
        bool patchBeforeRelease = false;
        bool doneBeforeRelease = false;
        int ticksWhileWaiting = 0; // ticks after the pause read the server, before the release
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            if (released || !simulatorSaw("GET", QStringLiteral("/deployments/llama-chat")))
                return;
            // The pause has read the deployment and is now at its ledger write, which waits
            // for the lock. This timer runs on the same thread as the controller.
            if (++ticksWhileWaiting < 20)
                return;
            committed = lock.exec(QStringLiteral("COMMIT"));
            released = true;
        });
        connect(m_fixture.pauses(), &PauseController::patchSending, this, [&] {
            if (!released)
                patchBeforeRelease = true;
        });
        ticker.start();

        std::optional<PauseOutcome> outcome;
        QObject context;
        m_fixture.pauses()->pause(QStringLiteral("llama-chat"), {}, &context, [&](const PauseOutcome &o) {
            outcome = o;
            doneBeforeRelease = !released;
        });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        qInfo("timer ticks on the controller's thread while its ledger write waited for the lock: %d",
              ticksWhileWaiting);

        QVERIFY2(!doneBeforeRelease, qPrintable(QStringLiteral("the pause ended while the lock was held "
                                                               "(the thread was blocked): %1").arg(outcome->message)));
        QVERIFY(released);
        QVERIFY(committed);
        QVERIFY(ticksWhileWaiting >= 20);
        QVERIFY2(!patchBeforeRelease, "the PATCH left before the ledger entry was written");
        QCOMPARE(outcome->kind, PauseOutcome::Kind::Paused);
        QVERIFY(simulatorSaw("PATCH", QStringLiteral("/deployments/llama-chat")));
        const auto entry = m_db.ledger()->openEntry(QStringLiteral("demo"), QStringLiteral("llama-chat"));
        QVERIFY(entry.has_value());
        QCOMPARE(entry->state, PauseEntry::State::Active);
        QCOMPARE(entry->savedMinReplicas, 2);
        QCOMPARE(entry->savedMaxReplicas, std::optional<int>(4));
    }
};

QTEST_GUILESS_MAIN(TestPauseOffGuiThread)
#include "tst_pauseoffguithread.moc"
