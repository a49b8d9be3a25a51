// The README's keyboard shortcuts, pressed as key events on the real window against the
// simulator: F5 and Ctrl+R refresh now, Ctrl+Alt+P pauses (after asking), Ctrl+E edits, Ctrl+Shift+P asks for a reason,
// Ctrl+Shift+N, Ctrl+Shift+S and Ctrl+Shift+A show the Notes, Paused Services and Alerts docks, Alt+1…4 pick the
// quick filters, Ctrl+F goes to the filter box. Each key is checked by what it does, not by
// the QAction's shortcut property.
#include "app/api/leptonclient.h"
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/pause/pausecontroller.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/workspaces/workspacesession.h"
#include "ui/mainwindow/mainwindow.h"
#include "tests/support/mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

class TestShortcuts : public QObject
{
    Q_OBJECT

private:
    MainWindowFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;

    QString firstReady() const
    {
        for (int row = 0; row < m_session->model()->rowCount(); ++row) {
            const Deployment &d = m_session->model()->deploymentAt(row);
            if (d.state == DeploymentState::Ready && d.minReplicas.value_or(0) > 0 && !d.isPod)
                return d.name;
        }
        return QString();
    }

    // The key goes to the table, as when the user works in it.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window->table(), Qt::Key(key), modifiers);
    }

    QDialog *openDialog(const char *objectName) const
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String(objectName) && w->isVisible())
                return qobject_cast<QDialog *>(w);
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.listeningSimulator(SimulatorPopulation::demo(), 200ms);
        QVERIFY(m_sim);
        m_fixture.openWindow(1h, 1h, 5s); // only the keys below refresh
        m_window = m_fixture.window();
        m_session = m_fixture.session();
        m_session->pauses()->setReconcileGrace(0ms);
        QVERIFY(m_fixture.showAndLoad(true));
        m_window->table()->setFocus();
    }

    void cleanup() { m_fixture.close(); }

    void f5RefreshesNow()
    {
        QTRY_VERIFY(!m_session->poller()->isLoading());
        const int before = m_fixture.listRequests();
        press(Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.listRequests(), before + 1, 5000);
    }

    void ctrlAltPPauses()
    {
        const QString name = firstReady();
        QVERIFY(!name.isEmpty());
        QVERIFY(m_window->selectDeployment(name));
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        press(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Paused);
        QCOMPARE(m_sim->deployment(name).value("spec").toObject().value("resource_requirement").toObject().value("min_replicas").toInt(-1), 0);
    }

    void ctrlEOpensTheEditor()
    {
        const QString name = firstReady();
        QVERIFY(m_window->selectDeployment(name));
        QVERIFY(!openDialog("editDeploymentDialog"));
        press(Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(openDialog("editDeploymentDialog"));
        QVERIFY2(openDialog("editDeploymentDialog")->windowTitle().contains(name), qPrintable(openDialog("editDeploymentDialog")->windowTitle()));
        openDialog("editDeploymentDialog")->reject();
    }

    void ctrlShiftPAsksForAReason()
    {
        const QString name = firstReady();
        QVERIFY(m_window->selectDeployment(name));
        press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(openDialog("pauseDialog"));
        QDialog *dialog = openDialog("pauseDialog");
        QVERIFY(dialog->findChild<QWidget *>("pauseReason"));
        dialog->reject();
        // Nothing was paused without the reason being confirmed.
        QCOMPARE(m_sim->deployment(name).value("spec").toObject().value("resource_requirement").toObject().value("min_replicas").toInt(), 1);
    }

    void ctrlShiftNAndSShowTheDocks_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("dock");
        QTest::newRow("Ctrl+Shift+N: Notes") << int(Qt::Key_N) << "notesDock";
        QTest::newRow("Ctrl+Shift+S: Paused Services") << int(Qt::Key_S) << "pausedServicesDock";
        QTest::newRow("Ctrl+Shift+A: Alerts") << int(Qt::Key_A) << "alertsDock";
    }

    void ctrlShiftNAndSShowTheDocks()
    {
        QFETCH(int, key);
        QFETCH(QString, dock);
        auto *widget = m_window->findChild<QDockWidget *>(dock);
        QVERIFY(widget);
        widget->hide();
        QVERIFY(!widget->isVisible());
        press(key, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(widget->isVisible());
        press(key, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!widget->isVisible());
    }

    void altDigitsPickTheQuickFilters_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("filter");
        QTest::newRow("Alt+1: All") << int(Qt::Key_1) << int(DeploymentFilterModel::QuickFilter::All);
        QTest::newRow("Alt+2: Running") << int(Qt::Key_2) << int(DeploymentFilterModel::QuickFilter::Running);
        QTest::newRow("Alt+3: Paused") << int(Qt::Key_3) << int(DeploymentFilterModel::QuickFilter::Paused);
        QTest::newRow("Alt+4: Problems") << int(Qt::Key_4) << int(DeploymentFilterModel::QuickFilter::Problems);
    }

    void altDigitsPickTheQuickFilters()
    {
        QFETCH(int, key);
        QFETCH(int, filter);
        // Start from another filter, so that every key has something to change.
        const int start = filter == int(DeploymentFilterModel::QuickFilter::All) ? Qt::Key_4 : Qt::Key_1;
        press(start, Qt::AltModifier);
        QVERIFY(m_window->proxy()->quickFilter() != DeploymentFilterModel::QuickFilter(filter));
        press(key, Qt::AltModifier);
        QCOMPARE(int(m_window->proxy()->quickFilter()), filter);
        const QString actionName = QStringLiteral("quickFilter") + DeploymentFilterModel::quickFilterName(DeploymentFilterModel::QuickFilter(filter));
        QVERIFY(m_window->findChild<QAction *>(actionName)->isChecked());
        // And the rows follow: every shown row belongs to the filter.
        const int total = m_session->model()->rowCount();
        QVERIFY(m_window->proxy()->rowCount() <= total);
        if (filter == int(DeploymentFilterModel::QuickFilter::All))
            QCOMPARE(m_window->proxy()->rowCount(), total);
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
            const QModelIndex index = m_window->proxy()->index(row, 0);
            if (filter == int(DeploymentFilterModel::QuickFilter::Problems))
                QVERIFY(index.data(DeploymentTableModel::ProblemRole).toBool());
            if (filter == int(DeploymentFilterModel::QuickFilter::Running))
                QVERIFY(!index.data(DeploymentTableModel::ScaledToZeroRole).toBool());
        }
    }

    void ctrlFGoesToTheFilter()
    {
        auto *filter = m_window->findChild<QLineEdit *>("filterEdit");
        QVERIFY(filter);
        QVERIFY(!filter->hasFocus());
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
