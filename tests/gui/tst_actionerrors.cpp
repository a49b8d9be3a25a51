// What a user sees when an action fails because the server cannot be reached, driven on the
// real window against the simulator, which is then stopped (every request refused):
// - the action's error stays in the banner until closed, says what was not done and that
//   nothing was changed; the refresh that fails next does not replace it with "Offline";
// - the row and the actions show the real state: no "Pausing" left behind, no Resume
//   enabled on a running row;
// - while the window knows it is offline, Pause and Resume are off and say why, in the toolbar
//   and in the details panel alike (one rule, ActionAvailability).
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/pause/pauseoutcome.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/mainwindowfixture.h"
#include "ui/deployments/detailspanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/errorbanner.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QtTest>

using namespace std::chrono_literals;

class TestActionErrors : public QObject
{
    Q_OBJECT

private:
    MainWindowFixture m_fixture;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;

    QString badge(const QString &name) const
    {
        const int row = m_session->model()->rowOf(name);
        return row < 0 ? QString() : m_session->model()->index(row, DeploymentTableModel::StatusColumn).data().toString();
    }

    // A running deployment and one stopped outside the console, as the table has them.
    QString first(bool running) const
    {
        for (int row = 0; row < m_session->model()->rowCount(); ++row) {
            const Deployment &d = m_session->model()->deploymentAt(row);
            if (d.isPod)
                continue;
            if (running && d.state == DeploymentState::Ready && d.minReplicas.value_or(0) > 0)
                return d.name;
            if (!running && d.isScaledToZero())
                return d.name;
        }
        return QString();
    }

    QStringList detailsTexts() const
    {
        QStringList texts;
        for (QLabel *label : m_window->detailsPanel()->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }

    // Stops the server and lets one refresh fail, as the poller would.
    void goOffline()
    {
        m_fixture.stopSimulator();
        m_session->poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->lastError().isError(), 10000);
    }

private Q_SLOTS:
    void init()
    {
        WorkspaceSimulator *sim = m_fixture.newSimulator();
        sim->setTransitionDelay(200ms);
        sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(sim->listen());
        m_fixture.openWindow(1h, 1h, 2s); // only the actions and the test refresh
        m_window = m_fixture.window();
        m_session = m_fixture.session();
        m_window->resize(1200, 800);
        m_window->show();
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->hasLoaded(), 10000);
    }

    void cleanup() { m_fixture.close(); }

    void aPauseThatCannotReachTheServerSaysSoAndTheErrorStays()
    {
        const QString name = first(true);
        QVERIFY(!name.isEmpty());
        QVERIFY(m_window->selectDeployment(name));
        QVERIFY(m_window->pauseAction()->isEnabled());
        m_fixture.stopSimulator(); // the window does not know yet
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        m_window->pauseDeployments({name}, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Failed);

        ErrorBanner *banner = m_window->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), ErrorBanner::Kind::Error);
        const QString message = banner->message();
        QVERIFY2(message.startsWith(QStringLiteral("Could not pause %1:").arg(name)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Nothing was changed.")), qPrintable(message));

        // The window refreshes after every action; that refresh fails too. The error stays.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->lastError().isError(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->poller()->isLoading(), 10000);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), ErrorBanner::Kind::Error);
        QCOMPARE(banner->message(), message);
        QVERIFY(!banner->isAutoHidePending());

        // The real state: a running row, offered neither Resume nor a "Pausing" in the details.
        QCOMPARE(badge(name), QStringLiteral("Ready"));
        QVERIFY(!m_window->resumeAction()->isEnabled());
        QVERIFY2(!detailsTexts().contains(QStringLiteral("Pausing")), qPrintable(detailsTexts().join(QLatin1Char('|'))));

        // Closed by the user: now the banner says what the refresh found.
        QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("errorBannerClose")), Qt::LeftButton);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), ErrorBanner::Kind::Offline);
    }

    void offlinePauseAndResumeAreOffWithTheReason()
    {
        const QString running = first(true);
        const QString stopped = first(false);
        QVERIFY(!running.isEmpty());
        QVERIFY(!stopped.isEmpty());
        QVERIFY(m_window->selectDeployment(stopped));
        QVERIFY(m_window->resumeAction()->isEnabled());
        goOffline();

        QVERIFY(m_window->selectDeployment(running));
        QVERIFY(!m_window->pauseAction()->isEnabled());
        QVERIFY2(m_window->pauseAction()->toolTip().contains(QStringLiteral("cannot be reached")),
                 qPrintable(m_window->pauseAction()->toolTip()));
        QVERIFY(m_window->selectDeployment(stopped));
        QVERIFY(!m_window->resumeAction()->isEnabled());
        QVERIFY2(m_window->resumeAction()->toolTip().contains(QStringLiteral("cannot be reached")),
                 qPrintable(m_window->resumeAction()->toolTip()));
    }

    void offlineTheDetailsPanelSaysWhatTheToolbarSays()
    {
        const QString running = first(true);
        const QString stopped = first(false);
        auto *button = m_window->detailsPanel()->findChild<QPushButton *>(QStringLiteral("detailsPauseResume"));
        QVERIFY(button);
        QVERIFY(m_window->selectDeployment(running));
        QTRY_COMPARE(m_window->detailsPanel()->deploymentName(), running);
        QVERIFY(button->isEnabled());
        goOffline();

        QTRY_VERIFY(!m_window->pauseAction()->isEnabled());
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), m_window->pauseAction()->toolTip());
        QVERIFY2(button->toolTip().contains(QStringLiteral("cannot be reached")), qPrintable(button->toolTip()));

        QVERIFY(m_window->selectDeployment(stopped));
        QTRY_COMPARE(m_window->detailsPanel()->deploymentName(), stopped);
        QCOMPARE(button->accessibleName(), QStringLiteral("Resume"));
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), m_window->resumeAction()->toolTip());
        // A click on it does nothing while it is off.
        QSignalSpy resume(m_window->detailsPanel(), &DetailsPanel::resumeRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(resume.size(), 0);
    }
};

QTEST_MAIN(TestActionErrors)
#include "tst_actionerrors.moc"
