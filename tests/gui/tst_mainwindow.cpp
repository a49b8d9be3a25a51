// The main window against the simulator over HTTP, driven with QTest as a user would:
// rows appear, a server change shows up after a refresh, an error shows the banner and
// keeps the rows, Pause and Resume from the toolbar and the keyboard, bulk pause, the
// selection surviving refreshes.
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "ui/deployments/detailspanel.h"
#include "ui/widgets/errorbanner.h"
#include "app/storage/sqlite/localdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "tests/support/mainwindowfixture.h"
#include "app/common/translationloader.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/workspaces/workspacesession.h"
#include "app/simulator/workspacesimulator.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    MainWindowFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    LocalDatabase *m_db = nullptr;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;

    DeploymentTableModel *model() const { return m_session->model(); }

    QString badge(const QString &name) const
    {
        const int row = model()->rowOf(name);
        return row < 0 ? QString() : model()->index(row, DeploymentTableModel::StatusColumn).data().toString();
    }

    QString stateOnServer(const QString &name) const
    {
        return m_sim->deployment(name).value("status").toObject().value("state").toString();
    }

    QString firstReady() const
    {
        for (const QJsonObject &d : m_sim->deployments()) {
            const QJsonObject rr = d.value("spec").toObject().value("resource_requirement").toObject();
            if (d.value("status").toObject().value("state").toString() == "Ready" && rr.value("min_replicas").toInt() > 0
                && !d.value("spec").toObject().value("is_pod").toBool())
                return d.value("metadata").toObject().value("name").toString();
        }
        return QString();
    }

private Q_SLOTS:
    // As main() does: the English plural forms ("3 replicas").
    void initTestCase() { QVERIFY(!TranslationLoader::install(qApp, QLocale(QLocale::English)).appFile.isEmpty()); }

    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(300ms);
        m_sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_sim->listen());
        m_fixture.openWindow(200ms, 400ms, 2s);
        m_window = m_fixture.window();
        m_session = m_fixture.session();
        m_db = m_fixture.database();
        m_window->show();
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->hasLoaded(), 5000);
    }

    void cleanup() { m_fixture.close(); }

    void rowsAppearWithWordsOnBadges()
    {
        int endpoints = 0;
        for (const QJsonObject &d : m_sim->deployments())
            endpoints += d.value("spec").toObject().value("is_pod").toBool() ? 0 : 1;
        QCOMPARE(m_window->proxy()->rowCount(), endpoints);
        QCOMPARE(m_window->table()->model()->rowCount(), endpoints);
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
            const QString text = m_window->proxy()->index(row, DeploymentTableModel::StatusColumn).data().toString();
            QVERIFY2(!text.isEmpty(), "every badge carries a word");
        }
        QVERIFY(m_window->findChild<QLabel *>("countLine")->text().contains(QString::number(endpoints)));
    }

    void serverChangeShowsAfterRefresh()
    {
        const QString name = firstReady();
        QVERIFY(!name.isEmpty());
        // A rollout long enough for several polls to see it in progress.
        m_sim->setTransitionDelay(3s);
        QVERIFY(m_sim->applyOutsideChange(name, {{"spec", QJsonObject {{"container", QJsonObject {{"image", "example/changed:7"}}}}}}));
        QCOMPARE(stateOnServer(name), QStringLiteral("Updating"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->deployment(name)->image, QStringLiteral("example/changed:7"), 5000);
        // The intermediate state shows as such, then the end of the rollout.
        QTRY_COMPARE_WITH_TIMEOUT(badge(name), QStringLiteral("Updating"), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(badge(name), QStringLiteral("Ready"), 8000);
    }

    void errorShowsBannerAndKeepsRows()
    {
        const int rows = model()->rowCount();
        m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(503, "<html><head><title>503 Service Temporarily Unavailable</title></head></html>", "text/html")
                               .on("GET", "/deployments$").times(-1));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 5000);
        QVERIFY2(m_window->banner()->message().contains("503 Service Temporarily Unavailable"), qPrintable(m_window->banner()->message()));
        QCOMPARE(model()->rowCount(), rows);
        QVERIFY(m_window->table()->isVisible());
        QVERIFY(m_window->findChild<QLabel *>("statusLine")->text().contains("stale"));
        m_sim->clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->banner()->isVisible(), 30000);
    }

    void selectionAndScrollSurviveRefreshes()
    {
        m_sim->setDeployments(SimulatorPopulation::generate(400));
        m_window->table()->resize(900, 300);
        m_session->poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 300, 5000);
        const QModelIndex target = m_window->proxy()->index(150, 0);
        const QString name = target.data().toString();
        QVERIFY(m_window->selectDeployment(name));
        QScrollBar *bar = m_window->table()->verticalScrollBar();
        const int scroll = bar->value();
        QVERIFY(scroll > 0);
        const QString other = m_window->proxy()->index(3, 0).data().toString();
        QVERIFY(m_sim->applyOutsideChange(other, {{"spec", QJsonObject {{"container", QJsonObject {{"image", "example/x:1"}}}}}}));
        QVERIFY(m_sim->applyOutsideChange(name, {{"spec", QJsonObject {{"container", QJsonObject {{"image", "example/y:1"}}}}}}));
        QTRY_COMPARE_WITH_TIMEOUT(model()->deployment(name)->image, QStringLiteral("example/y:1"), 5000);
        QCOMPARE(m_window->selectedNames(), QStringList {name});
        QCOMPARE(bar->value(), scroll);
    }

    void pauseAndResumeFromTheToolbar()
    {
        const QString name = firstReady();
        const QJsonObject before = m_sim->deployment(name);
        QVERIFY(m_window->selectDeployment(name));
        QVERIFY(m_window->pauseAction()->isEnabled());
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        m_window->pauseAction()->trigger();
        QCOMPARE(badge(name), QStringLiteral("Ready"));     // it asks first
        QVERIFY(MainWindowFixture::confirmAction());
        QCOMPARE(badge(name), QStringLiteral("Pausing"));   // at once, before any answer
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Paused);
        QTRY_COMPARE_WITH_TIMEOUT(stateOnServer(name), QStringLiteral("Stopped"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(badge(name), QStringLiteral("Paused"), 5000);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->banner()->message().contains(name));
        QVERIFY(m_window->resumeAction()->isEnabled());
        QVERIFY(!m_window->pauseAction()->isEnabled());

        // Ctrl+Alt+R resumes with exactly what it had, after asking.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_window->table()->setFocus();
        QTest::keyClick(m_window->table(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(finished.last().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Resumed);
        const QJsonObject after = m_sim->deployment(name);
        QCOMPARE(after.value("spec").toObject().value("resource_requirement"), before.value("spec").toObject().value("resource_requirement"));
        QCOMPARE(after.value("spec").toObject().value("auto_scaler"), before.value("spec").toObject().value("auto_scaler"));
        QTRY_COMPARE_WITH_TIMEOUT(badge(name), QStringLiteral("Ready"), 5000);
    }

    void undoAPause()
    {
        const QString name = firstReady();
        QVERIFY(m_window->selectDeployment(name));
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        m_window->pauseAction()->trigger();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        auto *undo = m_window->banner()->findChild<QPushButton *>("errorBannerUndo");
        QVERIFY(undo);
        // "Done" and its Undo come once the row shows Paused; the banner's Undo is Edit > Undo:
        // it asks as Resume does.
        QTRY_COMPARE_WITH_TIMEOUT(badge(name), QStringLiteral("Paused"), 5000);
        QTRY_VERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(finished.last().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Resumed);
    }

    void bulkPauseWithOneConfirmation()
    {
        QStringList names;
        for (const QJsonObject &d : m_sim->deployments()) {
            const QJsonObject rr = d.value("spec").toObject().value("resource_requirement").toObject();
            if (d.value("status").toObject().value("state").toString() == "Ready" && rr.value("min_replicas").toInt() > 0
                && !d.value("spec").toObject().value("is_pod").toBool() && names.size() < 3)
                names << d.value("metadata").toObject().value("name").toString();
        }
        QCOMPARE(names.size(), 3);
        auto *selection = m_window->table()->selectionModel();
        selection->clear();
        for (const QString &name : names) {
            const QModelIndex index = m_window->proxy()->mapFromSource(model()->index(model()->rowOf(name), 0));
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        m_window->pauseWithNoteAction()->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>("pauseDialog")) && dialog->isVisible());
        auto *reason = dialog->findChild<QPlainTextEdit *>("pauseReason");
        QTest::keyClicks(reason, "cost review");
        QTest::mouseClick(dialog->findChild<QPushButton *>("pauseConfirm"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
        LedgerTable ledger(*m_db);
        for (const QString &name : names) {
            const auto entry = ledger.openEntry(m_sim->workspaceId(), name);
            QVERIFY(entry.has_value());
            QCOMPARE(entry->reason, QStringLiteral("cost review"));
        }
        for (const QString &name : names)
            QTRY_COMPARE_WITH_TIMEOUT(badge(name), QStringLiteral("Paused"), 5000);
    }

    void stoppedOutsideAsksForReplicas()
    {
        QString name;
        for (const QJsonObject &d : m_sim->deployments()) {
            const QJsonObject rr = d.value("spec").toObject().value("resource_requirement").toObject();
            if (rr.value("min_replicas").toInt(-1) == 0 && !d.value("spec").toObject().value("is_pod").toBool())
                name = d.value("metadata").toObject().value("name").toString();
        }
        QVERIFY2(!name.isEmpty(), "the demo has a deployment stopped outside the console");
        QCOMPARE(badge(name), QStringLiteral("Stopped"));
        QVERIFY(m_window->selectDeployment(name));
        QVERIFY(m_window->resumeAction()->isEnabled());
        m_window->resumeAction()->trigger(); // stopped outside: the replica count is the question
        QDialog *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ask = m_window->findChild<QDialog *>("replicaCountDialog")) && ask->isVisible(), 5000);
        auto *box = ask->findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Resumed);
        QCOMPARE(m_sim->deployment(name).value("spec").toObject().value("resource_requirement").toObject().value("min_replicas").toInt(), 1);
    }

    void filterBoxAndQuickFilters()
    {
        QLineEdit *filter = m_window->findChild<QLineEdit *>("filterEdit");
        QVERIFY(filter);
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        const QString name = firstReady();
        QTest::keyClicks(filter, name);
        QCOMPARE(m_window->proxy()->rowCount(), 1);
        filter->clear();
        auto *problems = m_window->findChild<QAction *>("quickFilterProblems");
        QVERIFY(problems);
        problems->trigger();
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
            QVERIFY(m_window->proxy()->index(row, 0).data(DeploymentTableModel::ProblemRole).toBool());
        QVERIFY(m_window->proxy()->rowCount() > 0);
    }

    void columnsCanBeHiddenAndAreRemembered()
    {
        QHeaderView *header = m_window->table()->horizontalHeader();
        header->setSectionHidden(DeploymentTableModel::ImageColumn, true);
        m_window->close();
        MainWindow again(m_fixture.settings());
        again.setSession(m_session);
        QVERIFY(again.table()->horizontalHeader()->isSectionHidden(DeploymentTableModel::ImageColumn));
        again.setSession(nullptr);
    }

    void everyControlIsNamed()
    {
        const auto widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(m_window))
                continue;
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w)) {
                QString name = w->accessibleName().isEmpty()
                    ? (qobject_cast<QAbstractButton *>(w) ? qobject_cast<QAbstractButton *>(w)->text() : QString())
                    : w->accessibleName();
                QVERIFY2(!name.remove('&').trimmed().isEmpty(),
                         qPrintable(QStringLiteral("%1 (%2) has no accessible name").arg(w->objectName(), w->metaObject()->className())));
            }
        }
    }

    // Every deployment deleted on the server: the table gives way to a sentence that says so
    // and how to create one, the count reads 0, and the rows come back when one appears.
    void emptyWorkspaceSaysSo()
    {
        const QList<QJsonObject> all = m_sim->deployments();
        m_sim->setDeployments({});
        m_session->poller()->refreshNow();
        auto *placeholder = m_window->findChild<QLabel *>("tablePlaceholder");
        QVERIFY(placeholder);
        QTRY_VERIFY_WITH_TIMEOUT(placeholder->isVisible(), 5000);
        QVERIFY(!m_window->table()->isVisible());
        QVERIFY2(placeholder->text().contains("no deployments yet"), qPrintable(placeholder->text()));
        QCOMPARE(placeholder->accessibleName(), placeholder->text());
        QVERIFY(m_window->findChild<QLabel *>("countLine")->text().startsWith("0 deployments"));

        m_sim->setDeployments(all);
        m_session->poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->table()->isVisible(), 5000);
        QVERIFY(!placeholder->isVisible());
        QCOMPARE(m_window->proxy()->rowCount(), m_session->model()->rowCount());
        QVERIFY(m_window->proxy()->rowCount() > 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
