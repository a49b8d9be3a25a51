// The Dev Pods and Ray Clusters tabs of the main window, over HTTP to the simulator on both API
// generations: the tabs list what the server has with the counts in their text, Ctrl+1..3
// switch them, and Pause from a kind's own view sends that kind's stop (a new-API dev pod's
// spec.stopped, a legacy pod's zero replicas, a Ray cluster's spec.suspend) with a ledger entry
// naming the kind, and Resume puts back exactly the spec it had (issue 18 item 3).
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/resources/devpodtablemodel.h"
#include "app/resources/rayclustertablemodel.h"
#include "app/resources/resourcesession.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/kindspopulation.h"
#include "tests/support/mainwindowfixture.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/resources/kindtabs.h"
#include "ui/resources/resourceview.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTableView>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

QStringList shownNames(const ResourceView &view)
{
    QStringList names;
    for (int row = 0; row < view.proxy()->rowCount(); ++row)
        names << view.proxy()->index(row, 0).data(DeploymentTableModel::NameRole).toString();
    names.sort();
    return names;
}

} // namespace

class TestResourceViews : public QObject
{
    Q_OBJECT

    MainWindowFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    KindTabs *m_tabs = nullptr;

    void open(bool newApi)
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(50ms);
        KindsPopulation::populate(*m_sim, newApi);
        QVERIFY(m_sim->listen());
        m_fixture.openWindow(1h, 1h, 5s);
        m_tabs = m_fixture.window()->findChild<KindTabs *>();
        QVERIFY(m_tabs);
        m_fixture.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window()));
        m_fixture.session()->start();
    }

    // The resource as the server stores it.
    QJsonObject onServer(ResourceKind kind, bool newApi, const QString &name) const
    {
        if (kind == ResourceKind::RayCluster)
            return m_sim->rayCluster(name);
        return newApi ? m_sim->devPod(name) : m_sim->deployment(name);
    }

private Q_SLOTS:
    void cleanup() { m_fixture.close(); }

    void tabsListEachKindOnBothGenerations_data()
    {
        QTest::addColumn<bool>("newApi");
        QTest::newRow("legacy") << false;
        QTest::newRow("new API") << true;
    }

    void tabsListEachKindOnBothGenerations()
    {
        QFETCH(bool, newApi);
        open(newApi);
        QTRY_COMPARE_WITH_TIMEOUT(m_tabs->tabText(1), QStringLiteral("Dev Pods (2)"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_tabs->tabText(2), QStringLiteral("Ray Clusters (3)"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_tabs->tabText(0), QStringLiteral("Endpoints (1)"), 10000);
        QCOMPARE(m_tabs->tabBar()->accessibleTabName(1), QStringLiteral("Dev Pods (2)"));
        QCOMPARE(m_tabs->accessibleName(), QStringLiteral("Resource kinds"));
        QCOMPARE(m_tabs->currentIndex(), 0);

        // Ctrl+2 and Ctrl+3 from the endpoints table, Ctrl+1 back.
        m_fixture.window()->table()->setFocus();
        QTest::keyClick(m_fixture.window()->table(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_tabs->currentIndex(), 1);
        ResourceView *pods = m_tabs->view(ResourceKind::Pod);
        QVERIFY(pods->table()->isVisible());
        QCOMPARE(shownNames(*pods), (QStringList {"alice-dev", "bob-dev"}));
        QCOMPARE(pods->table()->accessibleName(), QStringLiteral("Dev pods"));
        QTest::keyClick(pods->table(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_tabs->currentIndex(), 2);
        ResourceView *ray = m_tabs->view(ResourceKind::RayCluster);
        QCOMPARE(shownNames(*ray), (QStringList {"ray-batch-embed", "ray-eval", "ray-train-llama"}));
        const int train = m_tabs->resources()->rayClusters()->rowOf("ray-train-llama");
        QCOMPARE(m_tabs->resources()->rayClusters()->index(train, RayClusterTableModel::WorkersColumn).data().toString(),
                 QStringLiteral("gpu-workers 2–4 · cpu-workers 1–8"));
        // The filter narrows the kind's own table.
        ray->filterEdit()->setText(QStringLiteral("embed"));
        QCOMPARE(shownNames(*ray), QStringList {"ray-batch-embed"});
        QTest::keyClick(ray->table(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_tabs->currentIndex(), 0);

        // A selected pod stays selected through a refresh that changes nothing.
        m_tabs->showKind(ResourceKind::Pod);
        QVERIFY(pods->selectResource("bob-dev"));
        QSignalSpy refreshed(m_tabs->resources(), &ResourceSession::refreshed);
        m_fixture.window()->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 2, 10000);
        QCOMPARE(pods->selectedNames(), QStringList {"bob-dev"});
    }

    void pauseFromTheViewThenResumeRestoresExactly_data()
    {
        QTest::addColumn<bool>("newApi");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("new API: dev pod") << true << int(ResourceKind::Pod) << QStringLiteral("alice-dev");
        QTest::newRow("legacy: dev pod") << false << int(ResourceKind::Pod) << QStringLiteral("alice-dev");
        QTest::newRow("new API: Ray cluster") << true << int(ResourceKind::RayCluster) << QStringLiteral("ray-train-llama");
    }

    void pauseFromTheViewThenResumeRestoresExactly()
    {
        QFETCH(bool, newApi);
        QFETCH(int, kind);
        QFETCH(QString, name);
        const ResourceKind resourceKind = ResourceKind(kind);
        open(newApi);
        ResourceView *view = m_tabs->view(resourceKind);
        ResourceTableModel *model = m_tabs->resources()->model(resourceKind);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(name) >= 0, 10000);
        const QJsonObject before = onServer(resourceKind, newApi, name);
        const QJsonObject specBefore = before.value("spec").toObject();

        m_tabs->showKind(resourceKind);
        QVERIFY(view->selectResource(name));
        QVERIFY(view->pauseAction()->isEnabled());
        QVERIFY(!view->resumeAction()->isEnabled());
        QSignalSpy finished(view, &ResourceView::pauseFinished);
        auto *pauseButton = view->findChild<QAbstractButton *>(QStringLiteral("resourcePauseActionButton"));
        QVERIFY(pauseButton);
        pauseButton->click();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const PauseOutcome paused = finished.first().first().value<PauseOutcome>();
        QVERIFY2(paused.kind == PauseOutcome::Kind::Paused, qPrintable(paused.message));

        // The server has it stopped the way its kind stops.
        const QJsonObject spec = onServer(resourceKind, newApi, name).value("spec").toObject();
        if (resourceKind == ResourceKind::RayCluster)
            QCOMPARE(spec.value("suspend").toBool(false), true);
        else if (newApi)
            QCOMPARE(spec.value("stopped").toBool(false), true);
        else
            QCOMPARE(spec.value("resource_requirement").toObject().value("min_replicas").toInt(-1), 0);
        // The ledger on disk names the kind.
        LedgerTable ledger(*m_fixture.database());
        const std::optional<PauseEntry> entry = ledger.openEntry(m_sim->workspaceId(), name);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->kind, ResourceKinds::toString(resourceKind));
        QCOMPARE(entry->state, PauseEntry::State::Active);
        // The row shows the console's pause, and Resume is what applies now.
        const int row = model->rowOf(name);
        QTRY_VERIFY_WITH_TIMEOUT(model->index(row, 0).data(DeploymentTableModel::PausedRole).toBool(), 10000);
        QVERIFY(model->index(row, model->pauseColumn()).data().toString().startsWith(QStringLiteral("Paused by ")));
        QTRY_VERIFY(view->resumeAction()->isEnabled());

        // Resume from the row menu's action; the spec is exactly what it was.
        view->resumeAction()->trigger();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        const PauseOutcome resumed = finished.at(1).first().value<PauseOutcome>();
        QVERIFY2(resumed.kind == PauseOutcome::Kind::Resumed, qPrintable(resumed.message));
        QCOMPARE(onServer(resourceKind, newApi, name).value("spec").toObject(), specBefore);
        QVERIFY(!ledger.openEntry(m_sim->workspaceId(), name).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(!model->index(model->rowOf(name), 0).data(DeploymentTableModel::PausedRole).toBool(), 10000);
    }
};

QTEST_MAIN(TestResourceViews)
#include "tst_resourceviews.moc"
