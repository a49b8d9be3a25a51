// AlertFeed over the window's real sources: a WorkspaceSession polling the simulator over
// HTTP, its ledger in SQLite on disk. A deployment forced into Error raises one alert at the
// next refresh (not one per refresh) and it closes when the deployment is Ready again; the
// console's own pause is no "stopped outside", a scale to zero outside it is; a dead server
// becomes "unreachable" once the rule's minutes have passed on the feed's clock.
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/pause/pausecontroller.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/watch/alertbook.h"
#include "app/watch/alertengine.h"
#include "app/watch/alertfeed.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/recipewithreplicas.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

int countOf(const AlertBook &book, Alert::Rule rule, bool openOnly = false)
{
    int n = 0;
    for (const Alert &alert : book.alerts())
        n += alert.rule == rule && (!openOnly || alert.isOpen()) ? 1 : 0;
    return n;
}

} // namespace

class TestAlertFeed : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSimulator> m_simulator;
    std::unique_ptr<SqliteStorage> m_storage;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<AlertBook> m_book;
    std::unique_ptr<AlertEngine> m_engine;
    std::unique_ptr<AlertFeed> m_feed;
    QDateTime m_now;

    bool refresh()
    {
        QSignalSpy refreshed(m_session->poller(), &ResourcePoller::refreshed);
        m_session->poller()->refreshNow();
        return refreshed.wait(10000);
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_simulator = std::make_unique<WorkspaceSimulator>();
        m_simulator->setTransitionDelay(50ms);
        m_simulator->setDeployments({SimulatorPopulation::make(recipeWithReplicas("chat", 1, 2)),
                                     SimulatorPopulation::make(recipeWithReplicas("embed", 1, 1))});
        QVERIFY(m_simulator->listen());
        m_storage = std::make_unique<SqliteStorage>(m_dir->filePath(QStringLiteral("console.sqlite")));
        WorkspaceCredentials c;
        c.workspaceId = m_simulator->workspaceId();
        c.token = m_simulator->token();
        c.baseUrl = m_simulator->baseUrl();
        m_session = std::make_unique<WorkspaceSession>(c, m_storage.get());
        m_session->poller()->setIntervals(1h, 1h);

        m_book = std::make_unique<AlertBook>();
        m_engine = std::make_unique<AlertEngine>(m_book.get());
        m_feed = std::make_unique<AlertFeed>(m_engine.get());
        m_now = QDateTime::currentDateTimeUtc();
        m_feed->setClock([this] { return m_now; });
        AlertFeed::Sources sources;
        sources.workspaceId = c.workspaceId;
        sources.endpoints = m_session->poller();
        sources.endpointTable = m_session->model();
        m_feed->setSources(sources);
        connect(m_session.get(), &WorkspaceSession::markersChanged, m_feed.get(), &AlertFeed::observeMarkers);
        m_session->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->model()->rowCount(), 2, 10000);
    }

    void cleanup()
    {
        m_feed.reset();
        m_engine.reset();
        m_book.reset();
        m_session.reset();
        m_storage.reset();
        m_simulator.reset();
        m_dir.reset();
    }

    void errorOncePerTransition()
    {
        QSignalSpy raised(m_book.get(), &AlertBook::alertRaised);
        QJsonObject chat = m_simulator->deployment(QStringLiteral("chat"));
        QJsonObject status = chat.value(QStringLiteral("status")).toObject();
        status.insert(QStringLiteral("state"), QStringLiteral("Error"));
        status.insert(QStringLiteral("phase"), QStringLiteral("Error"));
        chat.insert(QStringLiteral("status"), status);
        m_simulator->setDeployment(chat);
        QVERIFY(refresh());
        QVERIFY(refresh());
        QVERIFY(refresh());
        QCOMPARE(raised.count(), 1);
        const Alert alert = raised.first().first().value<Alert>();
        QCOMPARE(alert.rule, Alert::Rule::EnteredError);
        QCOMPARE(alert.name, QStringLiteral("chat"));
        QCOMPARE(alert.workspaceId, m_simulator->workspaceId());

        status.insert(QStringLiteral("state"), QStringLiteral("Ready"));
        status.insert(QStringLiteral("phase"), QStringLiteral("Ready"));
        chat.insert(QStringLiteral("status"), status);
        m_simulator->setDeployment(chat);
        QVERIFY(refresh());
        QCOMPARE(countOf(*m_book, Alert::Rule::EnteredError, true), 0);
    }

    void ownPauseIsNotStoppedOutside()
    {
        std::optional<PauseOutcome> paused;
        m_session->pauses()->pause(QStringLiteral("chat"), {QStringLiteral("night"), {}}, this,
                                   [&](const PauseOutcome &o) { paused = o; });
        QTRY_VERIFY_WITH_TIMEOUT(paused.has_value(), 10000);
        QCOMPARE(paused->kind, PauseOutcome::Kind::Paused);
        QVERIFY(refresh());
        QVERIFY(refresh());
        QCOMPARE(countOf(*m_book, Alert::Rule::StoppedOutside), 0);

        // embed scaled to zero by someone else: that one is.
        QString error;
        QVERIFY2(m_simulator->applyOutsideChange(
                     QStringLiteral("embed"),
                     QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("resource_requirement"),
                                                                       QJsonObject{{QStringLiteral("min_replicas"), 0}}}}}},
                     QStringLiteral("bob@example.com"), &error),
                 qPrintable(error));
        QVERIFY(refresh());
        QCOMPARE(countOf(*m_book, Alert::Rule::StoppedOutside), 1);
        QCOMPARE(m_book->alerts().last().name, QStringLiteral("embed"));
    }

    void unreachableAfterTheRuleMinutes()
    {
        m_simulator->injectFault(WorkspaceSimulator::Fault::badGateway().on("GET", "/deployments$").times(100));
        QSignalSpy failed(m_session->poller(), &ResourcePoller::failed);
        m_session->poller()->refreshNow();
        QVERIFY(failed.wait(10000));
        QCOMPARE(countOf(*m_book, Alert::Rule::ApiUnreachable), 0);
        m_now = m_now.addSecs(6 * 60);
        m_session->poller()->refreshNow();
        QVERIFY(failed.wait(10000));
        QCOMPARE(countOf(*m_book, Alert::Rule::ApiUnreachable, true), 1);
        m_simulator->clearFaults();
        QVERIFY(refresh());
        QCOMPARE(countOf(*m_book, Alert::Rule::ApiUnreachable, true), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertFeed)
#include "tst_alertfeed.moc"
