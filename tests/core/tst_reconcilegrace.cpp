// The grace period that stops the window from calling off a pause lepton-console-cli still
// has in flight: the CLI writes its pending ledger entry, then sends its PATCH; a window
// refreshing in between must not mark that entry abandoned. Every other test sets the grace
// to 0; this one runs the window's session with the product's own default (the client's
// timeout plus 30 s), the CLI's ledger write coming through a second connection to the same
// database file.
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/deployments/deploymentpoller.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/workspaces/workspacesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

class TestReconcileGrace : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSimulator> m_sim;

    QString databasePath() const { return m_dir->filePath(QLatin1String(LocalDatabase::FileName)); }

    WorkspaceCredentials credentials() const
    {
        WorkspaceCredentials c;
        c.workspaceId = m_sim->workspaceId();
        c.token = m_sim->token();
        c.baseUrl = m_sim->baseUrl();
        return c;
    }

    // What lepton-console-cli does before its PATCH, in its own connection.
    qint64 cliWritesPendingEntry(const QDateTime &pausedAt)
    {
        LocalDatabase cliDatabase(databasePath());
        LedgerTable ledger(cliDatabase);
        PauseEntry entry;
        entry.workspaceId = m_sim->workspaceId();
        entry.deploymentName = QStringLiteral("chat");
        entry.savedMinReplicas = 2;
        entry.savedMaxReplicas = 3;
        entry.pausedBy = QStringLiteral("ci-bot");
        entry.pausedAt = pausedAt;
        const auto result = ledger.beginPause(entry);
        return result.ok() ? ledger.openEntry(m_sim->workspaceId(), QStringLiteral("chat"))->id : 0;
    }

    // One refresh of the window's session, reconcile included.
    void refresh(WorkspaceSession &session)
    {
        QSignalSpy refreshed(&session, &WorkspaceSession::refreshed);
        session.poller()->refreshNow();
        QVERIFY(refreshed.wait(10000));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setTransitionDelay(50ms);
        DeploymentRecipe chat;
        chat.name = QStringLiteral("chat");
        chat.minReplicas = 2;
        chat.maxReplicas = 3;
        m_sim->setDeployments({SimulatorPopulation::make(chat)});
        QVERIFY(m_sim->listen());
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    void windowWaitsForTheCliPatch()
    {
        LocalDatabase database(databasePath());
        SqliteStorage sessionStorage((&database)->path());
        WorkspaceSession session(credentials(), &sessionStorage); // the product's default grace
        session.poller()->setIntervals(1h, 1h);
        QSignalSpy refreshed(&session, &WorkspaceSession::refreshed);
        session.start();
        QVERIFY(refreshed.wait(10000));

        // The CLI has written its entry; its PATCH is still on the way.
        QVERIFY(cliWritesPendingEntry(QDateTime::currentDateTimeUtc()) > 0);
        refresh(session);
        const auto kept = LedgerTable(database).openEntry(m_sim->workspaceId(), QStringLiteral("chat"));
        QVERIFY2(kept.has_value(), "the window called off a pause the CLI still had in flight");
        QCOMPARE(kept->state, PauseEntry::State::Pending);

        // The PATCH lands: the next refresh confirms the pause, with the CLI's saved values.
        QVERIFY(m_sim->applyOutsideChange(QStringLiteral("chat"), {{"spec", QJsonObject{{"resource_requirement", QJsonObject{{"min_replicas", 0}}}}}}));
        refresh(session);
        // Settled on the storage's thread, after the table took the list.
        QTRY_COMPARE(LedgerTable(database).openEntry(m_sim->workspaceId(), QStringLiteral("chat")).value_or(PauseEntry()).state,
                     PauseEntry::State::Active);
        const auto confirmed = LedgerTable(database).openEntry(m_sim->workspaceId(), QStringLiteral("chat"));
        QVERIFY(confirmed.has_value());
        QCOMPARE(confirmed->savedMinReplicas, 2);
        session.stop();
    }

    void aPauseThatNeverLandsIsCalledOffAfterTheGrace()
    {
        // The same entry written longer ago than the grace (the client's timeout + 30 s):
        // the CLI died before its PATCH, so the window closes it as history.
        LocalDatabase database(databasePath());
        SqliteStorage sessionStorage((&database)->path());
        WorkspaceSession session(credentials(), &sessionStorage);
        session.poller()->setIntervals(1h, 1h);
        const qint64 graceMs = session.client()->timeout().count() + 30000;
        QVERIFY(cliWritesPendingEntry(QDateTime::currentDateTimeUtc().addMSecs(-graceMs - 5000)) > 0);
        QSignalSpy refreshed(&session, &WorkspaceSession::refreshed);
        session.start();
        QVERIFY(refreshed.wait(10000));
        QTRY_VERIFY(!LedgerTable(database).openEntry(m_sim->workspaceId(), QStringLiteral("chat")).has_value());
        QCOMPARE(LedgerTable(database).history(m_sim->workspaceId(), QStringLiteral("chat")).first().state, PauseEntry::State::Abandoned);
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestReconcileGrace)
#include "tst_reconcilegrace.moc"
