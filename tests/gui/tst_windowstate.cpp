// Restarting the console brings the window back as the user left it: size, the splitter
// between table and details, the toolbar, and per workspace the table's columns (hidden,
// widths, order, sort). Each "restart" is a new MainWindow on a new QSettings object reading
// the same file, as a new process would.
#include "app/deployments/deploymentpoller.h"
#include "ui/deployments/detailspanel.h"
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "ui/mainwindow/mainwindow.h"
#include "tests/support/scratchfolder.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/workspaces/workspacesession.h"
#include "app/simulator/workspacesimulator.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

using namespace std::chrono_literals;

class TestWindowState : public QObject
{
    Q_OBJECT

private:
    ScratchFolder m_dir;
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<WorkspaceSimulator> m_otherSim;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<SqliteStorage> m_storage;

    struct Run
    {
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<WorkspaceSession> session;

        QHeaderView *header() const { return window->table()->horizontalHeader(); }
        QSplitter *splitter() const { return window->findChild<QSplitter *>(QStringLiteral("mainSplitter")); }
        // The window closes as when the user quits: closeEvent writes what it keeps.
        void quit()
        {
            window->close();
            window.reset();
            session.reset();
            settings->sync();
            settings.reset();
        }
    };

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<WorkspaceSession> openSession(WorkspaceSimulator *sim)
    {
        WorkspaceCredentials credentials;
        credentials.workspaceId = sim->workspaceId();
        credentials.token = sim->token();
        credentials.baseUrl = sim->baseUrl();
        auto session = std::make_unique<WorkspaceSession>(credentials, m_storage.get());
        session->poller()->setIntervals(200ms, 400ms);
        session->client()->setTimeout(2s);
        return session;
    }

    // Starts the console: a window on the settings file showing the workspace of `sim`.
    Run start(WorkspaceSimulator *sim)
    {
        Run run;
        run.settings = std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
        run.window = std::make_unique<MainWindow>(run.settings.get());
        if (sim) {
            run.session = openSession(sim);
            run.window->setSession(run.session.get());
        }
        run.window->show();
        if (!QTest::qWaitForWindowExposed(run.window.get()))
            qWarning("window not exposed");
        if (run.session) {
            run.session->start();
            if (!QTest::qWaitFor([&] { return run.session->hasLoaded(); }, 5000))
                qWarning("session did not load");
        }
        return run;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString()));
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_sim->listen());
        m_otherSim = std::make_unique<WorkspaceSimulator>();
        m_otherSim->setWorkspaceId(QStringLiteral("other"));
        m_otherSim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_otherSim->listen());
        m_db = std::make_unique<LocalDatabase>(m_dir.filePath(QStringLiteral("console.sqlite")));
        m_storage = std::make_unique<SqliteStorage>(m_dir.filePath(QStringLiteral("console.sqlite")));
    }

    void cleanup()
    {
        m_storage.reset();
        m_db.reset();
        m_otherSim.reset();
        m_sim.reset();
        m_dir.remove();
    }

    void sizeAndSplitterAreRestored()
    {
        Run first = start(m_sim.get());
        first.window->resize(1100, 700);
        QTRY_COMPARE(first.window->size(), QSize(1100, 700));
        first.splitter()->setSizes({760, 300});
        const QList<int> sizes = first.splitter()->sizes();
        first.quit();

        Run second = start(m_sim.get());
        QCOMPARE(second.window->size(), QSize(1100, 700));
        QCOMPARE(second.splitter()->sizes(), sizes);
        second.quit();
    }

    void toolbarVisibilityIsRestored()
    {
        Run first = start(m_sim.get());
        QVERIFY(first.window->mainToolBar()->isVisible());
        first.window->mainToolBar()->toggleViewAction()->trigger();
        QVERIFY(!first.window->mainToolBar()->isVisible());
        first.quit();

        Run second = start(m_sim.get());
        QVERIFY(!second.window->mainToolBar()->isVisible());
        second.quit();
    }

    void columnsAreRestoredPerWorkspace()
    {
        Run first = start(m_sim.get());
        QHeaderView *header = first.header();
        header->setSectionHidden(DeploymentTableModel::ImageColumn, true);
        header->resizeSection(DeploymentTableModel::NameColumn, 333);
        header->moveSection(header->visualIndex(DeploymentTableModel::ShapeColumn), 1);
        first.window->table()->sortByColumn(DeploymentTableModel::LastModifiedColumn, Qt::DescendingOrder);
        const int shapeVisual = header->visualIndex(DeploymentTableModel::ShapeColumn);
        first.quit();

        Run second = start(m_sim.get());
        header = second.header();
        QVERIFY(header->isSectionHidden(DeploymentTableModel::ImageColumn));
        QCOMPARE(header->sectionSize(DeploymentTableModel::NameColumn), 333);
        QCOMPARE(header->visualIndex(DeploymentTableModel::ShapeColumn), shapeVisual);
        QCOMPARE(header->sortIndicatorSection(), int(DeploymentTableModel::LastModifiedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        // Another workspace has a layout of its own (the defaults here).
        second.window->setSession(nullptr);
        std::unique_ptr<WorkspaceSession> other = openSession(m_otherSim.get());
        second.window->setSession(other.get());
        other->start();
        QTRY_VERIFY_WITH_TIMEOUT(other->hasLoaded(), 5000);
        QVERIFY(!header->isSectionHidden(DeploymentTableModel::ImageColumn));
        QVERIFY(header->sectionSize(DeploymentTableModel::NameColumn) != 333);

        // And switching back brings the first workspace's layout back.
        std::unique_ptr<WorkspaceSession> again = openSession(m_sim.get());
        second.window->setSession(again.get());
        QVERIFY(header->isSectionHidden(DeploymentTableModel::ImageColumn));
        QCOMPARE(header->sectionSize(DeploymentTableModel::NameColumn), 333);
        second.window->setSession(nullptr);
        second.quit();
    }

    void hiddenDetailsPanelIsRestored()
    {
        Run first = start(m_sim.get());
        QAction *details = first.window->findChild<QAction *>(QStringLiteral("detailsAction"));
        QVERIFY(details);
        QVERIFY(details->isChecked());
        details->trigger();
        QVERIFY(!first.window->detailsPanel()->isVisible());
        first.quit();

        Run second = start(m_sim.get());
        details = second.window->findChild<QAction *>(QStringLiteral("detailsAction"));
        QVERIFY(!second.window->detailsPanel()->isVisible());
        // Whatever is shown, the menu's check mark says the same.
        QCOMPARE(details->isChecked(), second.window->detailsPanel()->isVisible());
        second.quit();
    }

    void firstStartHasSensibleDefaults()
    {
        Run run = start(m_sim.get());
        QVERIFY(run.window->width() > 600);
        QVERIFY(run.window->height() > 400);
        const QList<int> sizes = run.splitter()->sizes();
        QCOMPARE(sizes.size(), 2);
        QVERIFY2(sizes.at(0) > sizes.at(1), "the table gets most of the room");
        for (int column = 0; column < DeploymentTableModel::ColumnCount; ++column)
            QVERIFY(run.header()->sectionSize(column) > 0);
        run.quit();
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
