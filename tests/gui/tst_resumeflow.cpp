// Resume in the window, against the simulator (which records every request): Resume sends
// exactly one PATCH; a deployment changed on the server while paused asks first, in the
// "changed while paused" dialog; a Resume can be undone from the banner; a deployment the
// platform scaled to zero after no traffic shows the Idle badge and Resume wakes it with a
// restart, keeping its replicas.
#include "app/api/leptonclient.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/pause/pausecontroller.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/workspaces/workspacesession.h"
#include "ui/mainwindow/mainwindow.h"
#include "tests/support/mainwindowfixture.h"
#include "tests/support/recipewithreplicas.h"
#include "ui/widgets/errorbanner.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

QJsonObject resources(const QJsonObject &deployment)
{
    return deployment.value("spec").toObject().value("resource_requirement").toObject();
}

} // namespace

class TestResumeFlow : public QObject
{
    Q_OBJECT

private:
    MainWindowFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;

    QList<WorkspaceSimulator::RecordedRequest> mutations() const
    {
        QList<WorkspaceSimulator::RecordedRequest> found;
        for (const WorkspaceSimulator::RecordedRequest &r : m_sim->requests()) {
            if (r.method != "GET")
                found << r;
        }
        return found;
    }

    QMessageBox *changedWhilePausedDialog() const
    {
        return m_window->findChild<QMessageBox *>("changedWhilePausedDialog");
    }

    // Pauses `name` from the toolbar and waits until the table shows it Paused.
    bool pause(const QString &name, QSignalSpy &finished)
    {
        const qsizetype before = finished.size();
        if (!m_window->selectDeployment(name))
            return false;
        m_window->pauseAction()->trigger();
        if (!MainWindowFixture::confirmAction())
            return false;
        if (!QTest::qWaitFor([&] { return finished.size() == before + 1; }, 5000))
            return false;
        if (finished.last().first().value<PauseOutcome>().kind != PauseOutcome::Kind::Paused)
            return false;
        return QTest::qWaitFor([&] { return m_fixture.badge(name) == QLatin1String("Paused"); }, 5000);
    }

private Q_SLOTS:
    void init()
    {
        DeploymentRecipe chat = recipeWithReplicas(QStringLiteral("chat"), 2, 4);
        chat.autoscale = SimulatedAutoscale::GpuUtilization;
        m_sim = m_fixture.listeningSimulator({SimulatorPopulation::make(chat),
                                               SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("embed"), 1, 3))},
                                              150ms);
        QVERIFY(m_sim);
        m_fixture.openWindow(150ms, 300ms, 5s);
        m_window = m_fixture.window();
        m_session = m_fixture.session();
        m_session->pauses()->setReconcileGrace(0ms);
        QVERIFY(m_fixture.showAndLoad());
    }

    void cleanup() { m_fixture.close(); }

    void resumeSendsExactlyOnePatch()
    {
        const QJsonObject before = m_sim->deployment("chat");
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        QVERIFY(pause("chat", finished));
        m_sim->clearRequests();
        QVERIFY(m_window->selectDeployment("chat"));
        QVERIFY(m_window->resumeAction()->isEnabled());
        m_window->resumeAction()->trigger();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(finished.last().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Resumed);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.badge("chat"), QStringLiteral("Ready"), 5000);
        const QList<WorkspaceSimulator::RecordedRequest> sent = mutations();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QByteArray("PATCH"));
        QCOMPARE(sent.first().apiPath(), QStringLiteral("/deployments/chat"));
        // That one patch brought back what the pause changed (a minimal merge patch: the max
        // and the autoscaler the pause left alone need not travel), and the server is whole.
        const QJsonObject body = sent.first().jsonBody().value("spec").toObject();
        QCOMPARE(body.value("resource_requirement").toObject().value("min_replicas").toInt(), 2);
        QCOMPARE(resources(m_sim->deployment("chat")), resources(before));
        QCOMPARE(m_sim->deployment("chat").value("spec").toObject().value("auto_scaler"),
                 before.value("spec").toObject().value("auto_scaler"));
    }

    void changedWhilePausedAsksFirst()
    {
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        QVERIFY(pause("chat", finished));
        // Someone else moves the image while it is paused; the window sees it at a refresh.
        QVERIFY(m_sim->applyOutsideChange("chat", {{"spec", QJsonObject{{"container", QJsonObject{{"image", "example/other:9"}}}}}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->model()->deployment("chat")->image, QStringLiteral("example/other:9"), 5000);
        m_sim->clearRequests();
        QVERIFY(m_window->selectDeployment("chat"));
        m_window->resumeAction()->trigger();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_VERIFY_WITH_TIMEOUT(changedWhilePausedDialog() && changedWhilePausedDialog()->isVisible(), 5000);
        QCOMPARE(finished.last().first().value<PauseOutcome>().kind, PauseOutcome::Kind::ChangedWhilePaused);
        QMessageBox *box = changedWhilePausedDialog();
        QVERIFY2(box->text().contains(QLatin1String("example/other:9")), qPrintable(box->text()));
        QVERIFY2(mutations().isEmpty(), "nothing is sent before the user answers");
        QCOMPARE(resources(m_sim->deployment("chat")).value("min_replicas").toInt(), 0);

        // "Resume Anyway" resumes over the change and keeps it.
        auto *anyway = box->findChild<QPushButton *>("resumeAnywayButton");
        QVERIFY(anyway);
        QTest::mouseClick(anyway, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.last().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Resumed, 5000);
        QCOMPARE(resources(m_sim->deployment("chat")).value("min_replicas").toInt(), 2);
        QCOMPARE(m_sim->deployment("chat").value("spec").toObject().value("container").toObject().value("image").toString(),
                 QStringLiteral("example/other:9"));
    }

    void changedWhilePausedCancelKeepsThePause()
    {
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        QVERIFY(pause("chat", finished));
        QVERIFY(m_sim->applyOutsideChange("chat", {{"spec", QJsonObject{{"container", QJsonObject{{"image", "example/other:9"}}}}}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->model()->deployment("chat")->image, QStringLiteral("example/other:9"), 5000);
        m_sim->clearRequests();
        QVERIFY(m_window->selectDeployment("chat"));
        m_window->resumeAction()->trigger();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_VERIFY_WITH_TIMEOUT(changedWhilePausedDialog() && changedWhilePausedDialog()->isVisible(), 5000);
        changedWhilePausedDialog()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!changedWhilePausedDialog());
        QVERIFY(mutations().isEmpty());
        QVERIFY(LedgerTable(*m_fixture.database()).openEntry(m_sim->workspaceId(), "chat").has_value());
        QCOMPARE(m_fixture.badge("chat"), QStringLiteral("Paused"));
    }

    void undoAResume()
    {
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        QVERIFY(pause("chat", finished));
        QVERIFY(m_window->selectDeployment("chat"));
        m_window->resumeAction()->trigger();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(finished.last().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Resumed);
        // Undo applies once the resume shows: then the banner's Undo asks, as Pause does.
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.badge("chat"), QStringLiteral("Ready"), 5000);
        auto *undo = m_window->banner()->findChild<QPushButton *>("errorBannerUndo");
        QVERIFY(undo);
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 5000);
        QCOMPARE(finished.last().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Paused);
        QCOMPARE(resources(m_sim->deployment("chat")).value("min_replicas").toInt(-1), 0);
        // Paused again with the same saved values.
        const auto entry = LedgerTable(*m_fixture.database()).openEntry(m_sim->workspaceId(), "chat");
        QVERIFY(entry.has_value());
        QCOMPARE(entry->savedMinReplicas, 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.badge("chat"), QStringLiteral("Paused"), 5000);
    }

    void idleShowsIdleAndResumesWithARestart()
    {
        const QJsonObject before = m_sim->deployment("embed");
        QVERIFY(m_sim->simulateIdleScaleDown("embed"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.badge("embed"), QStringLiteral("Idle"), 5000);
        // Not one of the console's pauses: no ledger entry.
        QVERIFY(!LedgerTable(*m_fixture.database()).openEntry(m_sim->workspaceId(), "embed").has_value());

        m_sim->clearRequests();
        QVERIFY(m_window->selectDeployment("embed"));
        QVERIFY(m_window->resumeAction()->isEnabled());
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        m_window->resumeAction()->trigger();
        QVERIFY(MainWindowFixture::confirmAction()); // "woken with a restart, keeping 1–3 replicas"
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY2(finished.first().first().value<PauseOutcome>().ok(), qPrintable(finished.first().first().value<PauseOutcome>().message));
        const QList<WorkspaceSimulator::RecordedRequest> sent = mutations();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QByteArray("PUT"));
        QCOMPARE(sent.first().apiPath(), QStringLiteral("/deployments/embed/restart"));
        // Woken with the replicas it is configured for: the spec is untouched.
        QCOMPARE(resources(m_sim->deployment("embed")), resources(before));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.badge("embed"), QStringLiteral("Ready"), 5000);
    }
};

QTEST_MAIN(TestResumeFlow)
#include "tst_resumeflow.moc"
