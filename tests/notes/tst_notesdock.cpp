// The Notes dock at the size of a small laptop window (#24): at 1024x640 the deployments (the
// table, its bars and the details beside it) keep at least 60 % of the height, the dock starts compact, and the notes stay usable in it (the
// search, the history and the new-note box are all shown). The real window over the simulator,
// offscreen.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/mainwindowfixture.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notes/notespanel.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QtTest>

using namespace std::chrono_literals;

class TestNotesDock : public QObject
{
    Q_OBJECT

    MainWindowFixture m_fixture;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        WorkspaceSimulator *sim = m_fixture.newSimulator();
        sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(sim->listen());
        m_fixture.openWindow(200ms, 400ms, 5s);
    }

    void cleanup() { m_fixture.close(); }

    void tableKeepsMostOfASmallWindow()
    {
        MainWindow *window = m_fixture.window();
        window->resize(1024, 640);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        m_fixture.session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.session()->hasLoaded(), 10000);
        QVERIFY(m_fixture.session()->model()->rowCount() > 0);
        window->selectDeployment(m_fixture.session()->model()->index(0, 0).data().toString());

        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("notesDock"));
        auto *panel = window->findChild<NotesPanel *>(QStringLiteral("notesPanel"));
        QVERIFY(dock && panel);
        QTRY_VERIFY(dock->isVisible());
        QTRY_COMPARE(window->height(), 640);
        // The deployments (the table with its bars and the details beside it) and the dock.
        auto *deployments = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(deployments);
        const int table = window->table()->height();
        qInfo("window %d px high: deployments %d px (table %d px), notes dock %d px (panel minimum %d px)",
              window->height(), deployments->height(), table, dock->height(), panel->minimumSizeHint().height());
        if (auto *paused = window->findChild<QDockWidget *>(QStringLiteral("pausedServicesDock")))
            qInfo("the Paused Services dock beside it: minimum %d px, widget minimum %d px",
                  paused->minimumSizeHint().height(), paused->widget()->minimumSizeHint().height());
        // The main area (the kind tabs with the deployments and details) keeps most of the
        // window; the dock takes at most a quarter (it took a third).
        const int mainArea = window->centralWidget()->height();
        QVERIFY2(mainArea >= window->height() * 6 / 10,
                 qPrintable(QStringLiteral("the main area has %1 of %2 px; the notes dock %3")
                                .arg(mainArea).arg(window->height()).arg(dock->height())));
        // Compact, and still the notes: search, history and editor in view.
        QVERIFY2(dock->height() <= window->height() / 4, qPrintable(QString::number(dock->height())));
        QVERIFY(panel->findChild<QLineEdit *>(QStringLiteral("notesSearch"))->isVisible());
        QTRY_VERIFY(panel->findChild<QPlainTextEdit *>(QStringLiteral("notesEditor"))->isVisible());
        QVERIFY(panel->findChild<QWidget *>(QStringLiteral("notesHistory"))->height() > 0);
    }
};

QTEST_MAIN(TestNotesDock)
#include "tst_notesdock.moc"
