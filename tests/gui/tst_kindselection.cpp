// The window's side parts follow the selected row of whichever kind tab is current (issue 18):
// the details panel and the Notes dock show a dev pod or Ray cluster selected in its own tab,
// the details' Pause/Resume pauses and resumes that kind, and the notes written there are that
// resource's. Over HTTP to the simulator in new-API mode.
#include "app/api/resourcekind.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/statuspresentation.h"
#include "app/resources/resourcesession.h"
#include "app/resources/resourcetablemodel.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/kindspopulation.h"
#include "tests/support/mainwindowfixture.h"
#include "ui/deployments/detailspanel.h"
#include "ui/mainwindow/deploymentactions.h"
#include "ui/mainwindow/deploymentsview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notes/notespanel.h"
#include "ui/pause/pausedservicesview.h"
#include "app/pause/pausedservicesmodel.h"
#include "ui/resources/kindtabs.h"
#include "ui/resources/resourceview.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/valuelabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

QString valueOf(const DetailsPanel *panel, const char *objectName)
{
    const auto *label = panel->findChild<ValueLabel *>(QLatin1String(objectName));
    return label && label->isVisibleTo(const_cast<DetailsPanel *>(panel)) ? label->text() : QStringLiteral("<hidden>");
}

} // namespace

class TestKindSelection : public QObject
{
    Q_OBJECT

    MainWindowFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    KindTabs *m_tabs = nullptr;

    // `busyPoll`: how often the tables ask while something is on its way.
    void open(std::chrono::milliseconds busyPoll = 1h)
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(50ms);
        KindsPopulation::populate(*m_sim, true);
        QVERIFY(m_sim->listen());
        m_fixture.openWindow(busyPoll, 1h, 5s);
        m_tabs = m_fixture.window()->findChild<KindTabs *>();
        QVERIFY(m_tabs);
        m_fixture.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window()));
        m_fixture.session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_tabs->resources() && m_tabs->resources()->hasLoaded(ResourceKind::Pod), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_tabs->resources()->hasLoaded(ResourceKind::RayCluster), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.session()->hasLoaded(), 10000);
    }

private Q_SLOTS:
    void cleanup() { m_fixture.close(); }

    void detailsAndNotesFollowTheCurrentTab()
    {
        open();
        MainWindow *window = m_fixture.window();
        DetailsPanel *details = window->detailsPanel();
        NotesPanel *notes = window->notesPanel();
        QVERIFY(window->selectDeployment("chat"));
        QTRY_COMPARE(details->deploymentName(), QStringLiteral("chat"));
        QCOMPARE(notes->deploymentName(), QStringLiteral("chat"));

        // A dev pod selected in its tab: the panel shows the pod as the API gives it.
        m_tabs->showKind(ResourceKind::Pod);
        ResourceView *pods = m_tabs->view(ResourceKind::Pod);
        QVERIFY(pods->selectResource("alice-dev"));
        QTRY_COMPARE(details->deploymentName(), QStringLiteral("alice-dev"));
        QCOMPARE(details->deployment().kind, ResourceKind::Pod);
        QCOMPARE(notes->deploymentName(), QStringLiteral("alice-dev"));
        QVERIFY(valueOf(details, "detailsShape").contains(QStringLiteral("gpu.a100-80gb")));
        QVERIFY(!details->findChild<QPushButton *>(QStringLiteral("detailsEdit"))->isVisibleTo(details));
        QVERIFY(!details->findChild<QPushButton *>(QStringLiteral("detailsRestart"))->isVisibleTo(details));

        // Its Pause button pauses the pod (spec.stopped), and the panel shows the pause marker.
        auto *pauseResume = details->findChild<QPushButton *>(QStringLiteral("detailsPauseResume"));
        QVERIFY(pauseResume->isEnabled());
        QCOMPARE(pauseResume->accessibleName(), QStringLiteral("Pause"));
        QSignalSpy podFinished(pods, &ResourceView::pauseFinished);
        pauseResume->click();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(podFinished.size(), 1, 10000); // the pause's bookkeeping is done
        QVERIFY2(podFinished.first().first().value<PauseOutcome>().kind == PauseOutcome::Kind::Paused,
                 qPrintable(podFinished.first().first().value<PauseOutcome>().message));
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->devPod("alice-dev").value("spec").toObject().value("stopped").toBool(false), 10000);
        LedgerTable ledger(*m_fixture.database());
        QTRY_VERIFY_WITH_TIMEOUT(ledger.openEntry(m_sim->workspaceId(), "alice-dev").has_value(), 10000);
        QCOMPARE(ledger.openEntry(m_sim->workspaceId(), "alice-dev")->kind, QStringLiteral("pod"));
        QTRY_COMPARE_WITH_TIMEOUT(pauseResume->accessibleName(), QStringLiteral("Resume"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(valueOf(details, "detailsPauseMarker").contains(QStringLiteral("Paused by")), 10000);
        QVERIFY(valueOf(details, "detailsPauseMarker").contains(QStringLiteral("running")));

        // A note written in the dock is the pod's, and its row says so.
        auto *editor = notes->findChild<QPlainTextEdit *>(QStringLiteral("notesEditor"));
        editor->setPlainText(QStringLiteral("back Monday"));
        QVERIFY(notes->submit());
        QTRY_COMPARE_WITH_TIMEOUT(notes->shownNoteIds().size(), 1, 10000);
        ResourceTableModel *podModel = m_tabs->resources()->model(ResourceKind::Pod);
        QTRY_VERIFY_WITH_TIMEOUT(podModel->index(podModel->rowOf("alice-dev"), 0).data(DeploymentTableModel::HasNoteRole).toBool(),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(valueOf(details, "detailsPauseMarker").contains(QStringLiteral("back Monday")), 10000);

        // Resume from the panel brings it back.
        QVERIFY(pauseResume->isEnabled());
        pauseResume->click();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(podFinished.size(), 2, 10000);
        const PauseOutcome resumed = podFinished.at(1).first().value<PauseOutcome>();
        QVERIFY2(resumed.kind == PauseOutcome::Kind::Resumed, qPrintable(resumed.message));
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->devPod("alice-dev").value("spec").toObject().value("stopped").toBool(true), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!ledger.openEntry(m_sim->workspaceId(), "alice-dev").has_value(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pauseResume->accessibleName(), QStringLiteral("Pause"), 10000);

        // A Ray cluster: its worker groups, and Pause suspends it.
        m_tabs->showKind(ResourceKind::RayCluster);
        ResourceView *ray = m_tabs->view(ResourceKind::RayCluster);
        QVERIFY(ray->selectResource("ray-train-llama"));
        QTRY_COMPARE(details->deploymentName(), QStringLiteral("ray-train-llama"));
        QCOMPARE(details->deployment().kind, ResourceKind::RayCluster);
        QCOMPARE(notes->deploymentName(), QStringLiteral("ray-train-llama"));
        QVERIFY(notes->shownNoteIds().isEmpty() || !notes->isBusy());
        QVERIFY2(valueOf(details, "detailsReplicaRange").contains(QStringLiteral("gpu-workers")),
                 qPrintable(valueOf(details, "detailsReplicaRange")));
        QVERIFY(pauseResume->isEnabled());
        pauseResume->click();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->rayCluster("ray-train-llama").value("spec").toObject().value("suspend").toBool(false), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(valueOf(details, "detailsPauseMarker").contains(QStringLiteral("gpu-workers")), 10000);

        // Back to the endpoints: their selection again.
        m_tabs->showKind(ResourceKind::Endpoint);
        QTRY_COMPARE(details->deploymentName(), QStringLiteral("chat"));
        QCOMPARE(details->deployment().kind, ResourceKind::Endpoint);
        QCOMPARE(notes->deploymentName(), QStringLiteral("chat"));
        QVERIFY(details->findChild<QPushButton *>(QStringLiteral("detailsEdit"))->isVisibleTo(details));

        // A tab with nothing selected clears both.
        m_tabs->showKind(ResourceKind::Pod);
        pods->table()->clearSelection();
        pods->table()->selectionModel()->clearCurrentIndex();
        QTRY_VERIFY(!details->hasDeployment());
        QVERIFY(notes->deploymentName().isEmpty());
    }

    // A dev pod's or Ray cluster's pause the server took is "sent; waiting" until its row shows
    // Paused; "done" (the outcome's sentence) only then, as the endpoints' banner does.
    void bannerSaysDoneWhenTheRowShowsIt_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("waiting");
        QTest::newRow("dev pod") << int(ResourceKind::Pod) << QStringLiteral("alice-dev")
                                 << QStringLiteral("Pause of alice-dev sent; waiting for the server to stop the pod.");
        QTest::newRow("Ray cluster") << int(ResourceKind::RayCluster) << QStringLiteral("ray-eval")
                                     << QStringLiteral("Pause of ray-eval sent; waiting for the server to suspend the cluster.");
    }

    void bannerSaysDoneWhenTheRowShowsIt()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, waiting);
        open(200ms);
        m_sim->setTransitionDelay(1500ms); // the server takes a while to stop it
        ResourceView *view = m_tabs->view(ResourceKind(kind));
        ResourceTableModel *model = m_tabs->resources()->model(ResourceKind(kind));
        m_tabs->showKind(ResourceKind(kind));
        QSignalSpy finished(view, &ResourceView::pauseFinished);
        view->pause({name}, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const PauseOutcome outcome = finished.first().first().value<PauseOutcome>();
        QCOMPARE(outcome.kind, PauseOutcome::Kind::Paused);
        const auto rowPaused = [&] {
            return model->index(model->rowOf(name), 0).data(DeploymentTableModel::BadgeToneRole).toInt()
                == int(StatusPresentation::Tone::Paused);
        };
        QVERIFY(!rowPaused());
        QCOMPARE(view->banner()->message(), waiting);
        QCOMPARE(view->banner()->kind(), ErrorBanner::Kind::Info);
        QTRY_VERIFY_WITH_TIMEOUT(rowPaused(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(view->banner()->message(), outcome.message, 5000);
        QCOMPARE(view->banner()->kind(), ErrorBanner::Kind::Success);
    }

    // "Do not ask again" ticked in a dev pod's question turns off the Deployment menu's "Ask
    // Before Pausing or Resuming" check at once (one setting, one owner that tells everyone),
    // and turning the check back on makes the dev pod view ask again.
    void doNotAskAgainReachesTheMenuCheck()
    {
        open();
        QAction *ask = m_fixture.window()->deploymentActions()->askBeforeActingAction();
        QVERIFY(ask->isChecked());
        ResourceView *pods = m_tabs->view(ResourceKind::Pod);
        m_tabs->showKind(ResourceKind::Pod);
        QSignalSpy finished(pods, &ResourceView::pauseFinished);
        pods->requestPause({"alice-dev"});
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) != nullptr);
        QCOMPARE(box->objectName(), QStringLiteral("confirmActionDialog"));
        box->findChild<QCheckBox *>(QStringLiteral("confirmSkipCheck"))->setChecked(true);
        box->findChild<QAbstractButton *>(QStringLiteral("confirmActionButton"))->click();
        QCOMPARE(ask->isChecked(), false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

        // Back on from the menu: the pod view asks again.
        ask->trigger();
        QVERIFY(ask->isChecked());
        pods->requestResume({"alice-dev"});
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    }

    // Paused Services lists every kind: showing a dev pod's or Ray cluster's row brings its tab
    // up with the row selected (the filter cleared if it hid it), and its Resume resumes that kind.
    void pausedServicesShowsAndResumesEveryKind()
    {
        open();
        MainWindow *window = m_fixture.window();
        PausedServicesView *paused = window->pausedServicesView();
        ResourceView *pods = m_tabs->view(ResourceKind::Pod);
        ResourceView *ray = m_tabs->view(ResourceKind::RayCluster);
        QSignalSpy podsDone(pods, &ResourceView::pauseFinished);
        QSignalSpy rayDone(ray, &ResourceView::pauseFinished);
        pods->pause({"alice-dev"}, QStringLiteral("back Monday"), {});
        ray->pause({"ray-eval"}, QStringLiteral("eval done"), {});
        QTRY_COMPARE_WITH_TIMEOUT(podsDone.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rayDone.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(paused->model()->rowOf("alice-dev") >= 0 && paused->model()->rowOf("ray-eval") >= 0, 10000);
        auto *show = paused->findChild<QPushButton *>(QStringLiteral("pausedShow"));

        // From the Endpoints tab, with a filter in the pods' tab that hides the row.
        pods->filterEdit()->setText(QStringLiteral("bob"));
        m_tabs->showKind(ResourceKind::Endpoint);
        QVERIFY(paused->selectDeployment("alice-dev"));
        show->click();
        QTRY_COMPARE(m_tabs->currentIndex(), int(ResourceKind::Pod));
        QCOMPARE(pods->selectedNames(), QStringList {"alice-dev"});
        QVERIFY(pods->filterEdit()->text().isEmpty());
        QTRY_COMPARE(window->detailsPanel()->deploymentName(), QStringLiteral("alice-dev"));

        QVERIFY(paused->selectDeployment("ray-eval"));
        show->click();
        QTRY_COMPARE(m_tabs->currentIndex(), int(ResourceKind::RayCluster));
        QCOMPARE(ray->selectedNames(), QStringList {"ray-eval"});
        QTRY_COMPARE(window->detailsPanel()->deploymentName(), QStringLiteral("ray-eval"));

        // An endpoint's row still shows the Endpoints tab.
        QVERIFY(window->deploymentActions());
        QSignalSpy endpointDone(window, &MainWindow::pauseFinished);
        window->pauseDeployments({"chat"}, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(endpointDone.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(paused->model()->rowOf("chat") >= 0, 10000);
        QVERIFY(paused->selectDeployment("chat"));
        show->click();
        QTRY_COMPARE(m_tabs->currentIndex(), int(ResourceKind::Endpoint));
        QCOMPARE(window->selectedNames(), QStringList {"chat"});

        // Resume from the list resumes the pod on its own route.
        QVERIFY(paused->selectDeployment("alice-dev"));
        paused->findChild<QPushButton *>(QStringLiteral("pausedResume"))->click();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->devPod("alice-dev").value("spec").toObject().value("stopped").toBool(true), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(paused->model()->rowOf("alice-dev") < 0, 10000);
    }
};

QTEST_MAIN(TestKindSelection)
#include "tst_kindselection.moc"
