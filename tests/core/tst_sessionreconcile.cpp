// The window's side of settling pauses: a deployment paused by the console and then given its
// replicas back outside it (the dashboard, `lep`, a teammate) stops showing as paused at the
// next refresh, with a sentence naming who, and its pause stays as history; a pause written by
// another process that has not reached the server yet keeps showing as pausing.
#include "app/deployments/deploymentpoller.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/pause/pausecontroller.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/simulatorwithdatabase.h"

#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;

class TestSessionReconcile : public QObject
{
    Q_OBJECT

    SimulatorWithDatabase m_workspace;
    WorkspaceSimulator *m_simulator = nullptr;

    static bool refreshAndWait(WorkspaceSession &session)
    {
        QSignalSpy refreshed(&session, &WorkspaceSession::refreshed);
        session.poller()->refreshNow();
        return refreshed.wait(10000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_workspace.open());
        m_simulator = m_workspace.simulator();
        m_simulator->setDeployments({SimulatorPopulation::make(recipeWithReplicas("chat", 2, 4)),
                                     SimulatorPopulation::make(recipeWithReplicas("embed", 1, 1))});
        QVERIFY(m_simulator->listen());
    }

    void cleanup() { m_workspace.close(); }

    void resumedOutsideStopsShowingAsPaused()
    {
        SqliteStorage sessionStorage(m_workspace.database()->path());
        WorkspaceSession session(m_workspace.credentials(), &sessionStorage);
        session.poller()->setIntervals(1h, 1h);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.model()->rowCount(), 2, 10000);

        std::optional<PauseOutcome> paused;
        session.pauses()->pause(QStringLiteral("chat"), {QStringLiteral("weekend"), {}}, this,
                                [&](const PauseOutcome &o) { paused = o; });
        QTRY_VERIFY_WITH_TIMEOUT(paused.has_value(), 10000);
        QCOMPARE(paused->kind, PauseOutcome::Kind::Paused);
        QVERIFY(refreshAndWait(session));
        QVERIFY(session.model()->pauseMarker(QStringLiteral("chat")).paused);

        QVERIFY(m_simulator->applyOutsideChange(QStringLiteral("chat"),
                                                {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 2}}}}}},
                                                QStringLiteral("carol@example.com")));
        QSignalSpy reconciled(&session, &WorkspaceSession::reconciled);
        QVERIFY(refreshAndWait(session));
        QTRY_COMPARE(reconciled.size(), 1); // settled on the storage's thread, told when done
        const QStringList messages = reconciled.first().first().toStringList();
        QVERIFY2(messages.join(u' ').contains(QStringLiteral("resumed outside the console (by carol@example.com)")),
                 qPrintable(messages.join(u' ')));
        QTRY_VERIFY(!session.model()->pauseMarker(QStringLiteral("chat")).paused);
        const QList<PauseEntry> history = LedgerTable(*m_workspace.database()).history(session.workspaceId(), QStringLiteral("chat"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().state, PauseEntry::State::Closed);

        // A pause another process (its own connection to the file) has written but not sent
        // yet is not called off.
        LocalDatabase otherProcess(m_workspace.database()->path());
        QVERIFY(otherProcess.isOpen());
        LedgerTable otherLedger(otherProcess);
        PauseEntry other;
        other.workspaceId = session.workspaceId();
        other.deploymentName = QStringLiteral("embed");
        other.savedMinReplicas = 1;
        other.savedMaxReplicas = 1;
        other.pausedBy = QStringLiteral("lepton-console-cli");
        QVERIFY(otherLedger.beginPause(other).ok());
        QVERIFY(refreshAndWait(session));
        QCOMPARE(LedgerTable(*m_workspace.database()).openEntry(session.workspaceId(), QStringLiteral("embed"))->state,
                 PauseEntry::State::Pending);
        QTRY_VERIFY(session.model()->pauseMarker(QStringLiteral("embed")).paused);
    }
};

QTEST_GUILESS_MAIN(TestSessionReconcile)
#include "tst_sessionreconcile.moc"
