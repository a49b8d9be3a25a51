// View > Savings… in the main window (issue 22): a pause made in the window shows up in the
// Savings window it opens, for the workspace shown, with the deployment's shape; switching
// the window to no workspace empties it. The window over the simulator (HTTP) and the ledger
// on disk, driven under offscreen.
#include "app/pause/pauseoutcome.h"
#include "app/savings/savingstablemodel.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/mainwindowfixture.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/savings/savingsview.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace std::chrono_literals;

class TestSavingsMenu : public QObject
{
    Q_OBJECT

    MainWindowFixture m_fixture;

private Q_SLOTS:
    void init()
    {
        WorkspaceSimulator *sim = m_fixture.newSimulator();
        sim->setTransitionDelay(50ms);
        DeploymentRecipe chat;
        chat.name = QStringLiteral("chat");
        chat.shape = QStringLiteral("gpu.a10");
        chat.minReplicas = 2;
        chat.maxReplicas = 2;
        sim->setDeployments({SimulatorPopulation::make(chat)});
        QVERIFY(sim->listen());
        m_fixture.openWindow(200ms, 400ms, 5s);
        m_fixture.window()->show();
        m_fixture.session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.session()->hasLoaded(), 5000);
    }

    void cleanup() { m_fixture.close(); }

    void aPauseShowsInTheSavingsWindow()
    {
        MainWindow *window = m_fixture.window();
        QVERIFY(window->selectDeployment(QStringLiteral("chat")));
        QSignalSpy finished(window, &MainWindow::pauseFinished);
        window->pauseDeployments({QStringLiteral("chat")}, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Paused);

        auto *action = window->findChild<QAction *>(QStringLiteral("savingsAction"));
        QVERIFY(action);
        QVERIFY(!window->findChild<SavingsView *>());
        action->trigger();
        auto *savings = window->findChild<SavingsView *>();
        QVERIFY(savings);
        QVERIFY(savings->isVisible());
        QVERIFY(savings->isWindow());
        QAbstractItemModel *model = savings->tableView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QCOMPARE(model->index(0, SavingsTableModel::ResourceColumn).data().toString(), QStringLiteral("endpoint/chat"));
        QCOMPARE(model->index(0, SavingsTableModel::ShapeColumn).data().toString(), QStringLiteral("gpu.a10"));
        QCOMPARE(model->index(0, SavingsTableModel::PausesColumn).data().toString(), QStringLiteral("1"));
        QVERIFY(model->index(0, SavingsTableModel::ResourceColumn).data(Qt::ToolTipRole).toString().contains(
            QLatin1String("still paused")));

        // Triggered again: the same window, not a second one.
        action->trigger();
        QCOMPARE(window->findChildren<SavingsView *>().size(), 1);

        // No workspace: nothing shown.
        window->setSession(nullptr);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(savings->summaryLabel()->text(), QStringLiteral("No workspace."));
    }
};

QTEST_MAIN(TestSavingsMenu)
#include "tst_savingsmenu.moc"
