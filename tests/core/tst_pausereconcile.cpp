// PauseController settles the ledger against the server in one place, used by the window's
// refresh and at the start of every pause and resume (and so every CLI command): a pause
// resumed outside the console is closed with who did it; a pause still in flight is left
// alone; a pause that loses a race with a resume never leaves the server at zero without
// its saved values.
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

namespace {

QJsonObject resources(const QJsonObject &deployment)
{
    return deployment.value("spec").toObject().value("resource_requirement").toObject();
}

} // namespace

class TestPauseReconcile : public QObject
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

    PauseOutcome resume(const QString &name)
    {
        return m_fixture.resume(name, {});
    }

    QList<Deployment> serverList() const { return m_fixture.serverList(); }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(50ms);
        m_sim->setDeployments({SimulatorPopulation::make(recipeWithReplicas("chat", 2, 4))});
        QVERIFY(m_sim->listen());
        QVERIFY2(m_fixture.open(), qPrintable(m_fixture.errorString()));
        m_pauses = m_fixture.pauses();
    }

    void cleanup() { m_fixture.close(); }

    // Someone gave the replicas back on the server: the next refresh closes the pause as
    // resumed outside the console, naming who, and keeps it as history.
    void activePauseResumedOutsideIsClosed()
    {
        QCOMPARE(pause("chat", "weekend").kind, PauseOutcome::Kind::Paused);
        QVERIFY(m_sim->applyOutsideChange("chat", {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 3}}}}}},
                                          "bob@example.com"));
        QSignalSpy changed(m_pauses, &PauseController::ledgerChanged);
        const QStringList settled = m_fixture.reconcile(serverList());
        QCOMPARE(settled.size(), 1);
        QVERIFY2(settled.first().contains("resumed outside the console (by bob@example.com)"), qPrintable(settled.first()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!m_db.ledger()->openEntry("demo", "chat").has_value());
        const QList<PauseEntry> history = m_db.ledger()->history("demo", "chat");
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().state, PauseEntry::State::Closed);
        QVERIFY2(history.first().closedBy.contains("bob@example.com"), qPrintable(history.first().closedBy));
        // Its reason stays as a note.
        QCOMPARE(m_db.notes()->latest("demo", "chat")->text, QStringLiteral("weekend"));
        // A second refresh has nothing more to say.
        QVERIFY(m_fixture.reconcile(serverList()).isEmpty());
    }

    // Resume on such a deployment settles it first: no "changed while paused" question.
    void resumeOfAPauseResumedOutsideIsNotAConflict()
    {
        QCOMPARE(pause("chat").kind, PauseOutcome::Kind::Paused);
        QVERIFY(m_sim->applyOutsideChange("chat", {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 1}}}}}},
                                          "bob@example.com"));
        m_sim->clearRequests();
        const PauseOutcome outcome = resume("chat");
        QCOMPARE(outcome.kind, PauseOutcome::Kind::NotPaused);
        QVERIFY2(outcome.message.contains("bob@example.com"), qPrintable(outcome.message));
        for (const auto &r : m_sim->requests())
            QVERIFY(r.method != "PATCH");
        QVERIFY(!m_db.ledger()->openEntry("demo", "chat").has_value());
        // Pausing now saves what it has now.
        QCOMPARE(pause("chat").kind, PauseOutcome::Kind::Paused);
        QCOMPARE(m_db.ledger()->openEntry("demo", "chat")->savedMinReplicas, 1);
    }

    // A pause another process has written but not yet sent is not called off.
    void pendingPauseStillInFlightIsLeftAlone()
    {
        PauseEntry entry;
        entry.workspaceId = "demo";
        entry.deploymentName = "chat";
        entry.savedMinReplicas = 2;
        entry.savedMaxReplicas = 4;
        entry.pausedBy = "other-process";
        const auto begun = m_db.ledger()->beginPause(entry);
        QVERIFY(begun.ok());
        QVERIFY(m_fixture.reconcile(serverList()).isEmpty());
        QCOMPARE(m_db.ledger()->openEntry("demo", "chat")->state, PauseEntry::State::Pending);
        // Resume does not take it for a change on the server, and sends nothing.
        m_sim->clearRequests();
        const PauseOutcome outcome = resume("chat");
        QCOMPARE(outcome.kind, PauseOutcome::Kind::NotPaused);
        for (const auto &r : m_sim->requests())
            QVERIFY(r.method != "PATCH");
        QCOMPARE(m_db.ledger()->openEntry("demo", "chat")->id, begun.entry.id);
    }

    // A resume in another process closes the entry while this pause's PATCH is on the way:
    // the pause reached the server last, so the deployment is at zero, and the ledger must
    // still hold its saved values in one open entry; the outcome says what is true.
    void pauseThatLosesTheRaceKeepsTheSavedValues()
    {
        // An earlier pause did not reach the server (the gateway failed): a pending entry.
        m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(503, "busy", "text/plain").on("PATCH", "/deployments/chat$"));
        QCOMPARE(pause("chat").kind, PauseOutcome::Kind::Failed);
        const PauseEntry first = *m_db.ledger()->openEntry("demo", "chat");
        QCOMPARE(first.state, PauseEntry::State::Pending);

        LocalDatabase other(m_db.database()->path());
        QVERIFY(other.isOpen());
        LedgerTable otherLedger(other);
        bool closed = false;
        connect(m_sim, &WorkspaceSimulator::requestReceived, this, [&](const QByteArray &method, const QString &) {
            if (method == "PATCH" && !closed)
                closed = otherLedger.markClosed(first.id, "racing-resume");
        });
        m_sim->setLatency(100ms);
        const PauseOutcome outcome = pause("chat");
        QVERIFY(closed);
        QCOMPARE(resources(m_sim->deployment("chat")).value("min_replicas").toInt(-1), 0);
        QCOMPARE(outcome.kind, PauseOutcome::Kind::Paused);
        const QList<PauseEntry> open = m_db.ledger()->openEntries("demo");
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, PauseEntry::State::Active);
        QCOMPARE(open.first().savedMinReplicas, 2);
        QCOMPARE(open.first().savedMaxReplicas, std::optional<int>(4));
        QCOMPARE(outcome.entry.id, open.first().id);
        QCOMPARE(resume("chat").kind, PauseOutcome::Kind::Resumed);
        QCOMPARE(resources(m_sim->deployment("chat")).value("min_replicas").toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPauseReconcile)
#include "tst_pausereconcile.moc"
