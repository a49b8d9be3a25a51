// The window's Pause and Resume (toolbar, Deployment menu, shortcuts) and Logs… act on the
// selection of whichever kind tab is current, with the rule of that tab's row menu: a paused
// dev pod selected in its tab is resumed by the toolbar's Resume, over HTTP to the simulator;
// where an action cannot be used it is off and its tooltip says why, in the kind's words.
#include "app/resources/resourcesession.h"
#include "app/simulator/newapipopulation.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/kindspopulation.h"
#include "tests/support/mainwindowfixture.h"
#include "tests/support/recipewithreplicas.h"
#include "app/logs/logbuffermodel.h"
#include "ui/logs/logsview.h"
#include "ui/mainwindow/deploymentactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/resources/kindtabs.h"
#include "ui/resources/resourceview.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

bool podStopped(const WorkspaceSimulator *sim, const QString &name)
{
    return sim->devPod(name).value("spec").toObject().value("stopped").toBool(false);
}

} // namespace

class TestKindActions : public QObject
{
    Q_OBJECT

    MainWindowFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    KindTabs *m_tabs = nullptr;

    // `newApi`: the new deployment API (dev pods at /devpods); else the legacy one (dev pods are
    // deployments with is_pod).
    void open(bool newApi = true)
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(50ms);
        KindsPopulation::populate(*m_sim, newApi);
        QVERIFY(m_sim->listen());
        // The tables ask often while something is on its way, so a pause shows soon.
        m_fixture.openWindow(200ms, 1h, 5s);
        m_tabs = m_fixture.window()->findChild<KindTabs *>();
        QVERIFY(m_tabs);
        m_fixture.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window()));
        m_fixture.session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_tabs->resources() && m_tabs->resources()->hasLoaded(ResourceKind::Pod), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_tabs->resources()->hasLoaded(ResourceKind::RayCluster), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.session()->hasLoaded(), 10000);
    }

    // The toolbar's button of `action`, as the user sees it.
    QToolButton *toolButton(QAction *action) const
    {
        return qobject_cast<QToolButton *>(m_fixture.window()->mainToolBar()->widgetForAction(action));
    }

private Q_SLOTS:
    void cleanup() { m_fixture.close(); }

    void toolbarPausesAndResumesTheSelectedDevPod()
    {
        open();
        MainWindow *window = m_fixture.window();
        // An endpoint selected on its tab first: what the Dev Pods tab shows must win.
        QVERIFY(window->selectDeployment("chat"));
        QAction *pause = window->pauseAction();
        QAction *resume = window->resumeAction();

        m_tabs->showKind(ResourceKind::Pod);
        ResourceView *pods = m_tabs->view(ResourceKind::Pod);
        QVERIFY(pods->selectResource("alice-dev"));
        // A running pod: Pause is on, Resume off with the reason in the pod's words.
        QTRY_VERIFY(pause->isEnabled());
        QVERIFY(!resume->isEnabled());
        QVERIFY2(resume->toolTip().contains(QStringLiteral("dev pods are running")), qPrintable(resume->toolTip()));
        QVERIFY(toolButton(pause) && toolButton(pause)->isEnabled());
        QVERIFY(!toolButton(resume)->isEnabled());
        // The Deployment menu holds the same actions.
        QMenu *deploymentMenu = nullptr;
        for (QAction *top : window->menuBar()->actions()) {
            if (top->menu() && top->menu()->actions().contains(resume))
                deploymentMenu = top->menu();
        }
        QVERIFY(deploymentMenu);
        QVERIFY(deploymentMenu->actions().contains(pause));

        // The toolbar's Pause pauses the pod (spec.stopped over HTTP) and records it as a pod.
        pause->trigger();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_VERIFY_WITH_TIMEOUT(podStopped(m_sim, "alice-dev"), 10000);
        LedgerTable ledger(*m_fixture.database());
        QTRY_VERIFY_WITH_TIMEOUT(ledger.openEntry(m_sim->workspaceId(), "alice-dev").has_value(), 10000);
        QCOMPARE(ledger.openEntry(m_sim->workspaceId(), "alice-dev")->kind, QStringLiteral("pod"));

        // Paused: now Resume is on and Pause off, with its reason.
        QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 10000);
        QVERIFY(!pause->isEnabled());
        QVERIFY(!pause->toolTip().isEmpty());
        QVERIFY(toolButton(resume)->isEnabled());

        // The toolbar's Resume (by its shortcut's action) brings the pod back, over HTTP.
        resume->trigger();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_VERIFY_WITH_TIMEOUT(!podStopped(m_sim, "alice-dev"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!ledger.openEntry(m_sim->workspaceId(), "alice-dev").has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 10000);
        // The endpoint selected on the other tab was never touched.
        QVERIFY(!ledger.openEntry(m_sim->workspaceId(), "chat").has_value());
    }

    void actionsSayWhyPerKind()
    {
        open();
        MainWindow *window = m_fixture.window();
        QVERIFY(window->selectDeployment("chat"));
        QTRY_VERIFY(window->pauseAction()->isEnabled());

        // Ray clusters, nothing selected: off, and the tooltip says what to do.
        m_tabs->showKind(ResourceKind::RayCluster);
        QTRY_VERIFY(!window->pauseAction()->isEnabled());
        QVERIFY(!window->resumeAction()->isEnabled());
        QVERIFY2(window->resumeAction()->toolTip().contains(QStringLiteral("select a Ray cluster first")),
                 qPrintable(window->resumeAction()->toolTip()));
        QVERIFY2(toolButton(window->resumeAction())->toolTip().contains(QStringLiteral("select a Ray cluster first")),
                 qPrintable(toolButton(window->resumeAction())->toolTip()));
        // A Ray cluster has no log: Logs… is off and says so; Edit is the endpoints' alone.
        ResourceView *ray = m_tabs->view(ResourceKind::RayCluster);
        QTRY_VERIFY(ray->proxy()->rowCount() > 0);
        ray->table()->selectRow(0);
        QAction *logs = window->deploymentActions()->logsAction();
        QTRY_VERIFY(!logs->isEnabled());
        QVERIFY2(logs->toolTip().contains(QStringLiteral("no log route for Ray clusters")), qPrintable(logs->toolTip()));
        QVERIFY(!window->editAction()->isEnabled());

        // Back on Endpoints: the endpoint's selection and rule again.
        m_tabs->showKind(ResourceKind::Endpoint);
        QTRY_VERIFY(window->pauseAction()->isEnabled());
        QVERIFY(window->editAction()->isEnabled());
    }

    void logsOfTheSelectedDevPod()
    {
        open();
        MainWindow *window = m_fixture.window();
        m_tabs->showKind(ResourceKind::Pod);
        ResourceView *pods = m_tabs->view(ResourceKind::Pod);
        QVERIFY(pods->selectResource("alice-dev"));
        QAction *logs = window->deploymentActions()->logsAction();
        QTRY_VERIFY(logs->isEnabled());
        QVERIFY(!logs->shortcuts().isEmpty()); // Ctrl+Alt+L, as on the endpoints
        logs->trigger();
        LogsView *view = nullptr;
        QTRY_VERIFY((view = window->findChild<LogsView *>()) != nullptr);
        QCOMPARE(view->resourceName(), QStringLiteral("alice-dev"));
        // This workspace's dev pod API has no live log route: the view says so, in words.
        QTRY_VERIFY_WITH_TIMEOUT(view->statusLabel()->text().contains(QStringLiteral("no log route")), 10000);
        view->close();
    }

    void logsOfALegacyDevPodFollowItsReplica()
    {
        // On the legacy API a dev pod is a deployment: its replicas' live log is served.
        open(false);
        MainWindow *window = m_fixture.window();
        m_tabs->showKind(ResourceKind::Pod);
        ResourceView *pods = m_tabs->view(ResourceKind::Pod);
        QVERIFY(pods->selectResource("alice-dev"));
        QAction *logs = window->deploymentActions()->logsAction();
        QTRY_VERIFY(logs->isEnabled());
        logs->trigger();
        LogsView *view = nullptr;
        QTRY_VERIFY((view = window->findChild<LogsView *>()) != nullptr);
        QCOMPARE(view->resourceName(), QStringLiteral("alice-dev"));
        QTRY_VERIFY_WITH_TIMEOUT(view->replicaBox()->count() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 3, 10000);
        // The same key again raises that window rather than opening a second one.
        logs->trigger();
        QCOMPARE(window->findChildren<LogsView *>().size(), 1);
        view->close();
    }
};

QTEST_MAIN(TestKindActions)
#include "tst_kindactions.moc"
