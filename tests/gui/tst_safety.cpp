// No one-key outage, driven on the real window against the simulator over HTTP:
// - Pause, Resume and a bulk pause ask first, naming the deployments and their replicas,
//   and Cancel sends nothing; a per-workspace setting (menu, or the dialog's check box)
//   skips the question;
// - Ctrl+R refreshes, as everywhere else, and never resumes;
// - Edit ▸ Undo (Ctrl+Z) takes back the last pause or resume, through the same path as the
//   banner's Undo, for as long as it still applies;
// - showing and hiding a banner never moves a row under the pointer;
// - "Done: Paused" is said only once the row shows Paused; until then the banner says the
//   pause was sent and the server is stopping the replicas (issue 24, item 10).
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/pause/pauseoutcome.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/mainwindowfixture.h"
#include "ui/mainwindow/deploymentactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/errorbanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace std::chrono_literals;

class TestSafety : public QObject
{
    Q_OBJECT

private:
    MainWindowFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;

    // Running deployments with replicas, as the server has them, with "(2–4 replicas)".
    QList<std::pair<QString, QString>> running(int count) const
    {
        QList<std::pair<QString, QString>> found;
        for (const QJsonObject &d : m_sim->deployments()) {
            const QJsonObject spec = d.value("spec").toObject();
            const QJsonObject rr = spec.value("resource_requirement").toObject();
            const int min = rr.value("min_replicas").toInt();
            const int max = rr.value("max_replicas").toInt(min);
            if (d.value("status").toObject().value("state").toString() != "Ready" || min <= 0 || spec.value("is_pod").toBool())
                continue;
            const QString range = min == max ? (min == 1 ? QStringLiteral("1 replica") : QStringLiteral("%1 replicas").arg(min))
                                             : QStringLiteral("%1–%2 replicas").arg(min).arg(max);
            found.append({d.value("metadata").toObject().value("name").toString(), range});
            if (found.size() == count)
                break;
        }
        return found;
    }

    int patches() const
    {
        int count = 0;
        for (const auto &r : m_sim->requests())
            count += r.method == "PATCH" ? 1 : 0;
        return count;
    }

    QMessageBox *confirmation() const
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("confirmActionDialog") && w->isVisible())
                return qobject_cast<QMessageBox *>(w);
        }
        return nullptr;
    }

    void select(const QStringList &names)
    {
        auto *selection = m_window->table()->selectionModel();
        selection->clear();
        for (const QString &name : names) {
            const QModelIndex index = m_window->proxy()->mapFromSource(m_session->model()->index(m_session->model()->rowOf(name), 0));
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    // Pauses `name` through the window, answering the question; waits until it shows Paused.
    void pauseThroughTheWindow(const QString &name)
    {
        QVERIFY(m_window->selectDeployment(name));
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        m_window->pauseAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation()));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmActionButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Paused);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.badge(name), QStringLiteral("Paused"), 5000);
        // As the desktop does when a dialog closes: the window is active again.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.listeningSimulator(SimulatorPopulation::demo(), 100ms);
        QVERIFY(m_sim);
        m_fixture.openWindow(200ms, 1h, 5s); // polls only while something moves
        m_window = m_fixture.window();
        m_session = m_fixture.session();
        m_window->resize(1200, 800);
        QVERIFY(m_fixture.showAndLoad(true));
        m_window->table()->setFocus();
    }

    void cleanup() { m_fixture.close(); }

    void pauseAsksFirstNamingDeploymentsAndReplicas()
    {
        const auto two = running(2);
        QCOMPARE(two.size(), 2);
        select({two[0].first, two[1].first});
        m_window->pauseAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation()));
        QVERIFY2(box->text().startsWith(QStringLiteral("Pause 2 deployments:")), qPrintable(box->text()));
        for (const auto &[name, range] : two)
            QVERIFY2(box->text().contains(QStringLiteral("%1 (%2)").arg(name, range)), qPrintable(box->text()));
        // Cancel is the default: Enter does not pause.
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!confirmation());
        QCOMPARE(patches(), 0);

        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        m_window->pauseAction()->trigger();
        QTRY_VERIFY((box = confirmation()));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmActionButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        for (const auto &[name, range] : two)
            QTRY_COMPARE_WITH_TIMEOUT(m_fixture.badge(name), QStringLiteral("Paused"), 5000);
    }

    void resumeAsksFirstSayingWhatComesBack()
    {
        const auto one = running(1);
        QCOMPARE(one.size(), 1);
        const QString name = one[0].first;
        pauseThroughTheWindow(name);
        const int before = patches();
        m_window->resumeAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation()));
        QVERIFY2(box->text().contains(QStringLiteral("Resume %1: back to %2").arg(name, one[0].second)), qPrintable(box->text()));
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmActionButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Resumed);
        QVERIFY(patches() > before);
    }

    void doneIsSaidOnlyWhenTheRowShowsIt()
    {
        const auto one = running(1);
        QCOMPARE(one.size(), 1);
        const QString name = one[0].first;
        // The server takes its time to stop the replicas, as a real one does.
        m_sim->setTransitionDelay(1500ms);
        m_fixture.settings()->setValue(QStringLiteral("workspaces/%1/askBeforePauseResume").arg(m_sim->workspaceId()), false);
        QVERIFY(m_window->selectDeployment(name));
        ErrorBanner *banner = m_window->banner();
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        bool sawWaiting = false;
        QString doneTooEarly;
        const auto look = [&] {
            const bool done = banner->isVisible() && banner->kind() == ErrorBanner::Kind::Success
                && banner->message().startsWith(QStringLiteral("Paused %1").arg(name));
            if (done && m_fixture.badge(name) != QLatin1String("Paused"))
                doneTooEarly = QStringLiteral("\"%1\" while the row shows %2").arg(banner->message(), m_fixture.badge(name));
            if (banner->isVisible() && banner->message().contains(QStringLiteral("waiting for the server")))
                sawWaiting = true;
            return done && m_fixture.badge(name) == QLatin1String("Paused");
        };
        // No refresh lands while the pause is on its way: when it ends, the row still has what
        // the server said before it (as with a slow server or a long poll interval).
        m_session->poller()->stop();
        m_window->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        look();
        QVERIFY2(doneTooEarly.isEmpty(), qPrintable(doneTooEarly));
        m_session->poller()->start();
        const bool settled = QTest::qWaitFor(look, 15000);
        QVERIFY2(doneTooEarly.isEmpty(), qPrintable(doneTooEarly));
        QVERIFY(settled);
        QCOMPARE(finished.size(), 1);
        QVERIFY(sawWaiting);
        // The Undo of the success is the same as before: it resumes.
        QVERIFY(banner->findChild<QPushButton *>(QStringLiteral("errorBannerUndo"))->isVisible());
    }

    void askingCanBeTurnedOffPerWorkspace()
    {
        auto *ask = m_window->findChild<QAction *>(QStringLiteral("askBeforeActingAction"));
        QVERIFY(ask);
        QVERIFY(ask->isChecked()); // the default: ask
        const auto one = running(2);
        // The dialog's check box turns it off for this workspace...
        QVERIFY(m_window->selectDeployment(one[0].first));
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        m_window->pauseAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation()));
        QVERIFY(box->checkBox());
        box->checkBox()->setChecked(true);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmActionButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(!ask->isChecked());
        QCOMPARE(m_fixture.settings()->value(QStringLiteral("workspaces/%1/askBeforePauseResume").arg(m_sim->workspaceId())),
                 QVariant(false));
        // ...so the next pause goes without a question.
        QVERIFY(m_window->selectDeployment(one[1].first));
        m_window->pauseAction()->trigger();
        QVERIFY(!confirmation());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        // The menu turns it back on; another workspace was never touched.
        ask->trigger();
        QCOMPARE(m_fixture.settings()->value(QStringLiteral("workspaces/%1/askBeforePauseResume").arg(m_sim->workspaceId())),
                 QVariant(true));
        QVERIFY(!m_fixture.settings()->contains(QStringLiteral("workspaces/other/askBeforePauseResume")));
    }

    void ctrlRRefreshesAndNeverResumes()
    {
        const QString name = running(1)[0].first;
        pauseThroughTheWindow(name);
        QVERIFY(m_window->resumeAction()->isEnabled());
        QTRY_VERIFY(!m_session->poller()->isLoading());
        const int lists = m_fixture.listRequests();
        const int before = patches();
        QSignalSpy refreshed(m_window->refreshAction(), &QAction::triggered);
        m_window->table()->setFocus();
        QTest::keyClick(m_window->table(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(refreshed.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.listRequests() > lists, 5000);
        QVERIFY(!confirmation());
        QCOMPARE(patches(), before);
        QCOMPARE(m_fixture.badge(name), QStringLiteral("Paused"));
        for (QAction *action : {m_window->pauseAction(), m_window->resumeAction()}) {
            for (const QKeySequence &key : action->shortcuts())
                QVERIFY2(key != QKeySequence(Qt::CTRL | Qt::Key_R) && key != QKeySequence(Qt::CTRL | Qt::Key_P),
                         qPrintable(key.toString()));
        }
    }

    void ctrlZUndoesTheLastPause()
    {
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled()); // nothing done yet
        const QString name = running(1)[0].first;
        pauseThroughTheWindow(name);
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(name), qPrintable(undo->text()));
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        m_window->table()->setFocus();
        QTest::keyClick(m_window->table(), Qt::Key_Z, Qt::ControlModifier);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation()));
        QVERIFY2(box->text().contains(QStringLiteral("Resume %1").arg(name)), qPrintable(box->text()));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmActionButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Resumed);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.badge(name), QStringLiteral("Ready"), 5000);
    }

    void undoEndsWhenItNoLongerApplies()
    {
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        const QString name = running(1)[0].first;
        pauseThroughTheWindow(name);
        QTRY_VERIFY(undo->isEnabled());
        // Resumed by someone else: undoing the pause has nothing left to undo.
        QVERIFY(m_sim->applyOutsideChange(name, {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 1}}}}}}));
        m_session->poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!undo->isEnabled(), 5000);
    }

    void aBannerNeverMovesTheRowUnderThePointer()
    {
        QTableView *table = m_window->table();
        ErrorBanner *banner = m_window->banner();
        const QModelIndex row = m_window->proxy()->index(3, 0);
        const QString name = row.data(DeploymentTableModel::NameRole).toString();
        const QPoint before = table->viewport()->mapToGlobal(table->visualRect(row).center());
        banner->showSuccess(QStringLiteral("Paused something; Undo takes it back."));
        QTRY_VERIFY(banner->isVisible());
        QCoreApplication::sendPostedEvents();
        const QPoint shown = table->viewport()->mapToGlobal(table->visualRect(row).center());
        QCOMPARE(shown, before);
        // The user aims at the row while the banner shows; it hides just before the click.
        banner->hideBanner();
        QCoreApplication::sendPostedEvents();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->viewport()->mapFromGlobal(shown));
        QCOMPARE(m_window->selectedNames(), QStringList {name});
    }
};

QTEST_MAIN(TestSafety)
#include "tst_safety.moc"
