// The table's room at the size of a small laptop screen (1024x640), on the real window
// against the simulator: the Pause column is in view and the endpoint does not take the
// width; Ctrl+F finds
// the filter box even when the toolbar is too narrow, and never types into the table; the
// filter says when nothing matches, and Escape clears it.
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/mainwindowfixture.h"
#include "ui/mainwindow/mainwindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

using namespace std::chrono_literals;

class TestTableRoom : public QObject
{
    Q_OBJECT

private:
    MainWindowFixture m_fixture;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;

private Q_SLOTS:
    void init()
    {
        WorkspaceSimulator *sim = m_fixture.newSimulator();
        sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(sim->listen());
        m_fixture.openWindow(1h, 1h, 5s);
        m_window = m_fixture.window();
        m_session = m_fixture.session();
        m_window->resize(1024, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->hasLoaded(), 10000);
        QTRY_VERIFY(m_window->table()->isVisible());
    }

    void cleanup() { m_fixture.close(); }

    void thePauseColumnIsInViewAndTheEndpointTakesWhatIsLeft()
    {
        QHeaderView *header = m_window->table()->horizontalHeader();
        const int viewport = m_window->table()->viewport()->width();
        const int pauseRight = header->sectionViewportPosition(DeploymentTableModel::PauseColumn)
            + header->sectionSize(DeploymentTableModel::PauseColumn);
        QVERIFY2(pauseRight <= viewport, qPrintable(QStringLiteral("Pause column ends at %1 of %2 px").arg(pauseRight).arg(viewport)));
        // Next to the status, which is where the eye looks for the state.
        QCOMPARE(header->visualIndex(DeploymentTableModel::PauseColumn), header->visualIndex(DeploymentTableModel::StatusColumn) + 1);
        QCOMPARE(header->visualIndex(DeploymentTableModel::EndpointColumn), DeploymentTableModel::ColumnCount - 1);
    }

    void ctrlFFindsTheFilterAtAnyWidth()
    {
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QVERIFY(filter);
        // The application adds its workspace switcher to the toolbar (a longer language does
        // the same): at 1024 px, what does not fit goes to the toolbar's overflow menu.
        auto *switcher = new QLabel(QStringLiteral("staging-eu-west (Lepton, team plan)"));
        switcher->setMinimumWidth(420);
        m_window->mainToolBar()->addWidget(switcher);
        QCoreApplication::sendPostedEvents();
        m_window->table()->setFocus();
        const QStringList before = m_window->selectedNames();
        QTest::keyClick(m_window->table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        QVERIFY(filter->isVisible());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("lla"));
        QCOMPARE(filter->text(), QStringLiteral("lla"));
        QCOMPARE(m_window->selectedNames(), before); // nothing was typed into the table
    }

    void nothingMatchesSaysSoAndEscapeClears()
    {
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        auto *placeholder = m_window->findChild<QLabel *>(QStringLiteral("tablePlaceholder"));
        QVERIFY(filter && placeholder);
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("no-such-thing"));
        QCOMPARE(m_window->proxy()->rowCount(), 0);
        QTRY_VERIFY(placeholder->isVisible());
        QVERIFY2(placeholder->text().contains(QStringLiteral("No deployment matches “no-such-thing”")), qPrintable(placeholder->text()));
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QTRY_VERIFY(m_window->table()->isVisible());
        QCOMPARE(m_window->proxy()->rowCount(), m_session->model()->rowCount());
    }
};

QTEST_MAIN(TestTableRoom)
#include "tst_tableroom.moc"
