// BulkPause against the simulator over HTTP, with the ledger in SQLite on disk and no widgets:
// every deployment gets its own PauseOutcome, the table shows each as pausing until its own
// answer, and the one Outcome at the end names what paused and what failed.
#include "app/api/deployment.h"
#include "app/api/leptonclient.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/pause/bulkpause.h"
#include "app/pause/pausecontroller.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/ledgertable.h"
#include "tests/support/pausecontrollerfixture.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/simulatorclient.h"

#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;
using Fault = WorkspaceSimulator::Fault;

class TestBulkPause : public QObject
{
    Q_OBJECT

    PauseControllerFixture m_fixture;
    ScratchDatabase &m_db = m_fixture.database();
    WorkspaceSimulator *m_sim = nullptr;
    PauseController *m_pauses = nullptr;
    std::unique_ptr<DeploymentTableModel> m_model;

    void addDeployments(const QStringList &names)
    {
        QList<Deployment> rows;
        for (const QString &name : names) {
            m_sim->setDeployment(SimulatorPopulation::make(recipeWithReplicas(name, 2, 4)));
            Deployment d;
            QVERIFY(Deployment::fromJson(m_sim->deployment(name), &d));
            rows << d;
        }
        m_model->applyDeployments(rows);
    }

    int minReplicas(const QString &name) const
    {
        return m_sim->deployment(name).value("spec").toObject().value("resource_requirement").toObject().value("min_replicas").toInt(-1);
    }

    struct Run
    {
        std::optional<BulkPause::Outcome> outcome;
        QList<PauseOutcome> each;
        int outcomesBeforeTheEnd = -1;
    };

    Run run(const QStringList &names)
    {
        Run result;
        QPointer<BulkPause> bulk = new BulkPause(m_pauses, m_model.get());
        connect(bulk, &BulkPause::pauseFinished, this, [&](const PauseOutcome &o) {
            // the table no longer shows this one as pausing
            QCOMPARE(m_model->pendingAction(o.deploymentName), PendingAction::None);
            result.each << o;
        });
        connect(bulk, &BulkPause::finished, this, [&](const BulkPause::Outcome &o) {
            QVERIFY(!result.outcome);
            result.outcomesBeforeTheEnd = int(result.each.size());
            result.outcome = o;
        });
        bulk->start(names, {QStringLiteral("weekend"), {}});
        for (const QString &name : names)
            [&] { QCOMPARE(m_model->pendingAction(name), PendingAction::Pausing); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.outcome.has_value(), 15000); }();
        [&] { QTRY_VERIFY(bulk.isNull()); }();
        return result;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<BulkPause::Outcome>(); }

    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(100ms);
        m_sim->setDeployments({});
        QVERIFY(m_sim->listen());
        QVERIFY2(m_fixture.open(5s), qPrintable(m_fixture.errorString()));
        m_pauses = m_fixture.pauses();
        m_model = std::make_unique<DeploymentTableModel>();
    }

    void cleanup()
    {
        m_model.reset();
        m_fixture.close();
    }

    void pausesEveryOne()
    {
        const QStringList names {"alpha", "bravo", "charlie"};
        addDeployments(names);
        const Run result = run(names);
        QCOMPARE(result.outcome->total, 3);
        QCOMPARE(result.outcome->outcomes.size(), 3);
        QCOMPARE(result.outcomesBeforeTheEnd, 3); // each came before the summary
        QVERIFY(result.outcome->allOk());
        QVERIFY(result.outcome->failures().isEmpty());
        QStringList paused = result.outcome->pausedNames();
        paused.sort();
        QCOMPARE(paused, names);
        for (const QString &name : names) {
            QCOMPARE(minReplicas(name), 0);
            const auto entry = m_db.ledger()->openEntry("demo", name);
            QVERIFY(entry.has_value());
            QCOMPARE(entry->savedMinReplicas, 2);
            QCOMPARE(m_model->pendingAction(name), PendingAction::None);
        }
    }

    void namesTheFailures()
    {
        const QStringList names {"alpha", "bravo", "charlie"};
        addDeployments(names);
        m_sim->injectFault(Fault::httpStatus(500, R"({"message":"the node of bravo is gone"})").on("PATCH", "/deployments/bravo$").times(-1));
        const Run result = run(names);
        QCOMPARE(result.outcome->total, 3);
        QVERIFY(!result.outcome->allOk());
        QStringList paused = result.outcome->pausedNames();
        paused.sort();
        QCOMPARE(paused, (QStringList {"alpha", "charlie"}));
        const QList<PauseOutcome> failed = result.outcome->failures();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().deploymentName, QStringLiteral("bravo"));
        QCOMPARE(failed.first().kind, PauseOutcome::Kind::Failed);
        QVERIFY2(failed.first().message.contains(QStringLiteral("the node of bravo is gone")), qPrintable(failed.first().message));
        QCOMPARE(minReplicas("bravo"), 2);
        QCOMPARE(minReplicas("alpha"), 0);
        QCOMPARE(m_model->pendingAction("bravo"), PendingAction::None);
    }

    void alreadyPausedCountsAsPaused()
    {
        addDeployments({"alpha"});
        QCOMPARE(run({"alpha"}).outcome->outcomes.first().kind, PauseOutcome::Kind::Paused);
        const Run again = run({"alpha"});
        QCOMPARE(again.outcome->total, 1);
        QCOMPARE(again.outcome->outcomes.first().kind, PauseOutcome::Kind::AlreadyPaused);
        QCOMPARE(again.outcome->pausedNames(), QStringList {"alpha"});
        QVERIFY(again.outcome->allOk());
    }

    void nothingToPauseEndsAtOnce()
    {
        auto *bulk = new BulkPause(m_pauses, m_model.get());
        QSignalSpy finished(bulk, &BulkPause::finished);
        QPointer<BulkPause> guard = bulk;
        bulk->start({}, {});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<BulkPause::Outcome>().total, 0);
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(m_sim->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkPause)
#include "tst_bulkpause.moc"
