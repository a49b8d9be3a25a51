// Pause and Resume against the simulator over HTTP, with the ledger in SQLite on disk:
// exact restore of min, max and autoscaler; a second pause keeps the first values; changes
// made while paused are asked about; a failed or interrupted pause loses nothing; bulk.
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/notestable.h"
#include "app/pause/pausecontroller.h"
#include "app/storage/sqlite/ledgertable.h"
#include "tests/support/pausecontrollerfixture.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/simulatorclient.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"

#include <QtTest>

using namespace std::chrono_literals;
using Fault = WorkspaceSimulator::Fault;

namespace {

QJsonObject resources(const QJsonObject &deployment)
{
    return deployment.value("spec").toObject().value("resource_requirement").toObject();
}

QJsonValue autoScaler(const QJsonObject &deployment)
{
    return deployment.value("spec").toObject().value("auto_scaler");
}

QString state(const QJsonObject &deployment)
{
    return deployment.value("status").toObject().value("state").toString();
}

} // namespace

class TestPauseController : public QObject
{
    Q_OBJECT

private:
    PauseControllerFixture m_fixture;
    ScratchDatabase &m_db = m_fixture.database();
    WorkspaceSimulator *m_sim = nullptr;
    PauseController *m_pauses = nullptr;

    PauseOutcome pause(const QString &name, const QString &reason = {})
    {
        return m_fixture.pause(name, {reason, {}});
    }

    PauseOutcome resume(const QString &name, bool force = false, std::optional<int> replicas = {})
    {
        PauseController::ResumeRequest request;
        request.force = force;
        request.replicas = replicas;
        return m_fixture.resume(name, request);
    }

    QList<Deployment> serverList() const { return m_fixture.serverList(); }

    void addDeployment(const DeploymentRecipe &recipe) { m_sim->setDeployment(SimulatorPopulation::make(recipe)); }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(150ms);
        m_sim->setDeployments({});
        QVERIFY(m_sim->listen());
        QVERIFY2(m_fixture.open(), qPrintable(m_fixture.errorString()));
        m_pauses = m_fixture.pauses();
    }

    void cleanup() { m_fixture.close(); }

    void pauseThenResumeRestoresExactly_data()
    {
        QTest::addColumn<int>("autoscale");
        QTest::addColumn<int>("minReplicas");
        QTest::addColumn<int>("maxReplicas");
        QTest::newRow("gpu utilisation 2-5") << int(SimulatedAutoscale::GpuUtilization) << 2 << 5;
        QTest::newRow("qpm 1-3") << int(SimulatedAutoscale::Throughput) << 1 << 3;
        QTest::newRow("scale down after idle") << int(SimulatedAutoscale::ScaleDownAfterIdle) << 1 << 1;
        QTest::newRow("static 4") << int(SimulatedAutoscale::Static) << 4 << 4;
        QTest::newRow("no autoscaler, no max") << int(SimulatedAutoscale::None) << 2 << -1;
    }

    void pauseThenResumeRestoresExactly()
    {
        QFETCH(int, autoscale);
        QFETCH(int, minReplicas);
        QFETCH(int, maxReplicas);
        DeploymentRecipe recipe = recipeWithReplicas("llama-chat", minReplicas, maxReplicas);
        recipe.autoscale = SimulatedAutoscale(autoscale);
        addDeployment(recipe);
        const QJsonObject before = m_sim->deployment("llama-chat");

        const PauseOutcome paused = pause("llama-chat", "saving money over the weekend");
        QCOMPARE(paused.kind, PauseOutcome::Kind::Paused);
        // The ledger was written, and what was sent is exactly the SDK's stop().
        const auto entry = m_db.ledger()->openEntry("demo", "llama-chat");
        QVERIFY(entry.has_value());
        QCOMPARE(entry->state, PauseEntry::State::Active);
        QCOMPARE(entry->savedMinReplicas, minReplicas);
        QCOMPARE(entry->pausedBy, QStringLiteral("tester"));
        const auto patches = [&] {
            QList<QJsonObject> bodies;
            for (const auto &r : m_sim->requests())
                if (r.method == "PATCH")
                    bodies << r.jsonBody();
            return bodies;
        }();
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first(), QJsonObject({{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 0}}}}}}));
        QCOMPARE(resources(m_sim->deployment("llama-chat")).value("min_replicas").toInt(-1), 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_sim->deployment("llama-chat")), QStringLiteral("Stopped"), 5000);
        // The reason became the first note.
        const auto note = m_db.notes()->latest("demo", "llama-chat");
        QVERIFY(note.has_value());
        QVERIFY(note->atPause);
        QCOMPARE(note->text, QStringLiteral("saving money over the weekend"));

        const PauseOutcome resumed = resume("llama-chat");
        QCOMPARE(resumed.kind, PauseOutcome::Kind::Resumed);
        const QJsonObject after = m_sim->deployment("llama-chat");
        QCOMPARE(resources(after), resources(before));
        QCOMPARE(autoScaler(after), autoScaler(before));
        QVERIFY(!m_db.ledger()->openEntry("demo", "llama-chat").has_value());
        const QList<PauseEntry> history = m_db.ledger()->history("demo", "llama-chat");
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().state, PauseEntry::State::Closed);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_sim->deployment("llama-chat")), QStringLiteral("Ready"), 5000);
    }

    void secondPauseKeepsFirstValues()
    {
        addDeployment(recipeWithReplicas("sdxl", 3, 6));
        QCOMPARE(pause("sdxl").kind, PauseOutcome::Kind::Paused);
        const PauseEntry first = *m_db.ledger()->openEntry("demo", "sdxl");
        m_sim->clearRequests();
        const PauseOutcome again = pause("sdxl", "still paused");
        QCOMPARE(again.kind, PauseOutcome::Kind::AlreadyPaused);
        const PauseEntry kept = *m_db.ledger()->openEntry("demo", "sdxl");
        QCOMPARE(kept.id, first.id);
        QCOMPARE(kept.savedMinReplicas, 3);
        QCOMPARE(kept.savedMaxReplicas, std::optional<int>(6));
        for (const auto &r : m_sim->requests())
            QVERIFY(r.method != "PATCH");
        QCOMPARE(resume("sdxl").kind, PauseOutcome::Kind::Resumed);
        QCOMPARE(resources(m_sim->deployment("sdxl")).value("min_replicas").toInt(), 3);
        QCOMPARE(resources(m_sim->deployment("sdxl")).value("max_replicas").toInt(), 6);
    }

    void resumeAfterOutsideChangeAsks()
    {
        addDeployment(recipeWithReplicas("whisper", 2, 2));
        QCOMPARE(pause("whisper").kind, PauseOutcome::Kind::Paused);
        QString error;
        QVERIFY2(m_sim->applyOutsideChange("whisper", {{"spec", QJsonObject {{"container", QJsonObject {{"image", "example/whisper:9"}}}}}},
                                           "bob@example.com", &error), qPrintable(error));
        m_sim->clearRequests();
        const PauseOutcome asked = resume("whisper");
        QCOMPARE(asked.kind, PauseOutcome::Kind::ChangedWhilePaused);
        QVERIFY2(asked.changes.join('\n').contains("container.image"), qPrintable(asked.changes.join('\n')));
        QVERIFY(asked.message.contains("example/whisper:9"));
        for (const auto &r : m_sim->requests())
            QVERIFY(r.method != "PATCH");
        QVERIFY(m_db.ledger()->openEntry("demo", "whisper").has_value());

        const PauseOutcome forced = resume("whisper", true);
        QCOMPARE(forced.kind, PauseOutcome::Kind::Resumed);
        const QJsonObject after = m_sim->deployment("whisper");
        QCOMPARE(resources(after).value("min_replicas").toInt(), 2);
        // Resume restores replicas and autoscaling only: the new image stays.
        QCOMPARE(after.value("spec").toObject().value("container").toObject().value("image").toString(), QStringLiteral("example/whisper:9"));
    }

    // Replicas given back outside the console end the pause (issue 24): resume has nothing
    // to do and does not ask "changed while paused"; the entry is closed and kept as history.
    void replicasGivenBackOutsideEndThePause()
    {
        addDeployment(recipeWithReplicas("embed", 1, 3));
        QCOMPARE(pause("embed").kind, PauseOutcome::Kind::Paused);
        QVERIFY(m_sim->applyOutsideChange("embed", {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 2}, {"max_replicas", 3}}}}}}));
        const PauseOutcome outcome = resume("embed");
        QCOMPARE(outcome.kind, PauseOutcome::Kind::NotPaused);
        QVERIFY2(outcome.message.contains("resumed outside the console"), qPrintable(outcome.message));
        QVERIFY(!m_db.ledger()->openEntry("demo", "embed").has_value());
        QCOMPARE(m_db.ledger()->history("demo", "embed").first().state, PauseEntry::State::Closed);
        QCOMPARE(resources(m_sim->deployment("embed")).value("min_replicas").toInt(), 2);
    }

    void stoppedOutsideTheConsole()
    {
        DeploymentRecipe recipe = recipeWithReplicas("old-job", 0, 2);
        recipe.state = "Stopped";
        addDeployment(recipe);
        QCOMPARE(pause("old-job").kind, PauseOutcome::Kind::AlreadyStopped);
        QVERIFY(!m_db.ledger()->openEntry("demo", "old-job").has_value());  // no saved zero
        const PauseOutcome asked = resume("old-job");
        QCOMPARE(asked.kind, PauseOutcome::Kind::NeedsReplicaCount);
        QCOMPARE(asked.proposedReplicas, 1);
        QCOMPARE(resume("old-job", false, 2).kind, PauseOutcome::Kind::Resumed);
        QCOMPARE(resources(m_sim->deployment("old-job")).value("min_replicas").toInt(), 2);
        QCOMPARE(resources(m_sim->deployment("old-job")).value("max_replicas").toInt(), 2);
    }

    void refusedPauseIsAbandonedAndNothingChanges()
    {
        addDeployment(recipeWithReplicas("guarded", 2, 2));
        const QJsonObject before = m_sim->deployment("guarded");
        m_sim->injectFault(Fault::httpStatus(403, R"({"code":"Forbidden","message":"read-only token"})").on("PATCH", "/deployments/guarded$"));
        const PauseOutcome outcome = pause("guarded");
        QCOMPARE(outcome.kind, PauseOutcome::Kind::Failed);
        QVERIFY(outcome.message.contains("read-only token"));
        QVERIFY(!m_db.ledger()->openEntry("demo", "guarded").has_value());
        QCOMPARE(m_db.ledger()->history("demo", "guarded").first().state, PauseEntry::State::Abandoned);
        QCOMPARE(m_sim->deployment("guarded"), before);
    }

    void interruptedPauseThatDidNotLand()
    {
        addDeployment(recipeWithReplicas("flaky", 2, 4));
        // The gateway fails and the backend never saw the PATCH.
        m_sim->injectFault(Fault::httpStatus(503, "<html><title>503 Service Unavailable</title></html>", "text/html").on("PATCH", "/deployments/flaky$"));
        const PauseOutcome outcome = pause("flaky");
        QCOMPARE(outcome.kind, PauseOutcome::Kind::Failed);
        QVERIFY(outcome.message.contains("503"));
        const auto pending = m_db.ledger()->openEntry("demo", "flaky");
        QVERIFY(pending.has_value());
        QCOMPARE(pending->state, PauseEntry::State::Pending);

        // Retrying uses the saved entry and succeeds.
        QCOMPARE(pause("flaky").kind, PauseOutcome::Kind::Paused);
        QCOMPARE(m_db.ledger()->openEntry("demo", "flaky")->id, pending->id);
        QCOMPARE(resume("flaky").kind, PauseOutcome::Kind::Resumed);
        QCOMPARE(resources(m_sim->deployment("flaky")).value("max_replicas").toInt(), 4);
        QCOMPARE(resources(m_sim->deployment("flaky")).value("min_replicas").toInt(), 2);
    }

    void crashBetweenLedgerAndPatchIsReconciled()
    {
        addDeployment(recipeWithReplicas("landed", 2, 5));
        addDeployment(recipeWithReplicas("never-sent", 1, 1));
        // "landed": the gateway timed out but the backend applied it, then the console died.
        m_sim->injectFault(Fault::httpStatus(504, "gateway timeout", "text/plain").on("PATCH", "/deployments/landed$"));
        m_sim->clearFaults();
        Fault timedOut = Fault::httpStatus(504, "gateway timeout", "text/plain").on("PATCH", "/deployments/landed$");
        timedOut.applyRequest = true;
        m_sim->injectFault(timedOut);
        QCOMPARE(pause("landed").kind, PauseOutcome::Kind::Failed);
        QCOMPARE(m_db.ledger()->openEntry("demo", "landed")->state, PauseEntry::State::Pending);
        // "never-sent": a process wrote its ledger entry and died before the PATCH.
        PauseEntry orphan;
        orphan.workspaceId = "demo";
        orphan.deploymentName = "never-sent";
        orphan.savedMinReplicas = 1;
        orphan.savedMaxReplicas = 1;
        orphan.pausedBy = "crashed-process";
        orphan.pausedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(m_db.ledger()->beginPause(orphan).ok());

        // A fresh console starts: same database file, new controller.
        m_pauses = m_fixture.restartController();
        m_pauses->setReconcileGrace(0ms);
        const QStringList settled = m_fixture.reconcile(serverList());
        QCOMPARE(settled.size(), 2);
        QCOMPARE(m_db.ledger()->openEntry("demo", "landed")->state, PauseEntry::State::Active);
        QVERIFY(!m_db.ledger()->openEntry("demo", "never-sent").has_value());
        QCOMPARE(m_db.ledger()->history("demo", "never-sent").first().state, PauseEntry::State::Abandoned);
        // And the landed pause resumes to exactly what it had.
        QCOMPARE(resume("landed").kind, PauseOutcome::Kind::Resumed);
        QCOMPARE(resources(m_sim->deployment("landed")).value("min_replicas").toInt(), 2);
        QCOMPARE(resources(m_sim->deployment("landed")).value("max_replicas").toInt(), 5);
    }

    void bulkPauseOfFifty()
    {
        QList<QJsonObject> population = SimulatorPopulation::generate(80);
        QStringList names;
        QHash<QString, QJsonObject> before;
        for (const QJsonObject &object : population) {
            const Deployment d = [&] { Deployment x; Deployment::fromJson(object, &x); return x; }();
            if (names.size() < 50 && d.minReplicas.value_or(0) > 0 && !d.isPod && d.state != DeploymentState::Deleting) {
                names << d.name;
                before.insert(d.name, object);
            }
        }
        QCOMPARE(names.size(), 50);
        m_sim->setDeployments(population);
        int done = 0;
        int paused = 0;
        for (const QString &name : names) {
            m_pauses->pause(name, {"nightly", {}}, this, [&](const PauseOutcome &o) {
                ++done;
                paused += o.kind == PauseOutcome::Kind::Paused ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 50, 20000);
        QCOMPARE(paused, 50);
        QCOMPARE(m_db.ledger()->openEntries("demo").size(), 50);
        int resumed = 0;
        done = 0;
        for (const QString &name : names) {
            m_pauses->resume(name, {}, this, [&](const PauseOutcome &o) {
                ++done;
                resumed += o.kind == PauseOutcome::Kind::Resumed ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 50, 20000);
        QCOMPARE(resumed, 50);
        for (const QString &name : names) {
            QCOMPARE(resources(m_sim->deployment(name)).value("min_replicas"), resources(before.value(name)).value("min_replicas"));
            QCOMPARE(resources(m_sim->deployment(name)).value("max_replicas"), resources(before.value(name)).value("max_replicas"));
            QCOMPARE(autoScaler(m_sim->deployment(name)), autoScaler(before.value(name)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPauseController)
#include "tst_pausecontroller.moc"
