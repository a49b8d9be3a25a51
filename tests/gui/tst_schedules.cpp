// Schedules in the window (issue 21), on the real main window over the workspace simulator and
// its SQLite store on disk, with the schedule board's clock at Mon 7 Dec 2026 12:00 Berlin:
// the Schedule page of the details sets a schedule through the store (the core's parser
// refusing a bad time first) and shows the week strip and the next pause and resume; the
// Pause column shows "next: pauses at ..." and a hold's lock; View > Schedules lists the next
// seven days; and the window's runner carries out a due pause once (claimed).
#include "app/deployments/deploymenttablemodel.h"
#include "app/schedule/schedulerunner.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/schedulestore.h"
#include "app/storage/storage.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/mainwindowfixture.h"
#include "tests/support/recipewithreplicas.h"
#include "ui/deployments/detailspanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/schedule/holddialog.h"
#include "ui/schedule/scheduleboard.h"
#include "ui/schedule/scheduledialog.h"
#include "ui/schedule/schedulesplanmodel.h"
#include "ui/schedule/schedulesview.h"
#include "ui/schedule/scheduletab.h"
#include "ui/schedule/weekstrip.h"
#include "ui/schedule/windowschedulerunner.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
// Monday 7 Dec 2026, 12:00 in Berlin (11:00 UTC).
const QDateTime kMondayNoon(QDate(2026, 12, 7), QTime(12, 0), kBerlin);

QString localAndUtc(const QDateTime &at)
{
    return QStringLiteral("%1 (%2 UTC)")
        .arg(QLocale().toString(at.toLocalTime(), QStringLiteral("ddd d MMM HH:mm")), at.toUTC().toString(QStringLiteral("HH:mm")));
}

} // namespace

class TestSchedules : public QObject
{
    Q_OBJECT

private:
    MainWindowFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;
    ScheduleBoard *m_board = nullptr;
    ScheduleTab *m_tab = nullptr;

    template <typename T>
    T *child(QObject *parent, const char *name) const
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }

    QString pauseCell(const QString &name) const
    {
        const int row = m_session->model()->rowOf(name);
        return row < 0 ? QString() : m_session->model()->index(row, DeploymentTableModel::PauseColumn).data().toString();
    }

    // Sets "pause Mon-Fri 20:00, resume Mon-Fri 07:30" in Berlin on chat through the Schedule
    // page's dialog, as a user would, after the core's parser refused "25:00".
    bool setScheduleInDialog()
    {
        if (!m_window->selectDeployment(QStringLiteral("chat")) || m_tab->resourceName() != QLatin1String("chat"))
            return false;
        auto *pages = child<QTabWidget>(m_window, "detailsPages");
        pages->setCurrentWidget(m_tab);
        if (pages->tabText(pages->currentIndex()) != QLatin1String("Schedule"))
            return false;
        child<QPushButton>(m_tab, "scheduleSet")->click();
        ScheduleDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = m_tab->findChild<ScheduleDialog *>()) && dialog->isVisible(); }, 5000))
            return false;
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->findChild<QLineEdit *>(QStringLiteral("pauseEdit"))->setText(QStringLiteral("Mon-Fri 25:00"));
        dialog->findChild<QLineEdit *>(QStringLiteral("resumeEdit"))->setText(QStringLiteral("Mon-Fri 07:30"));
        dialog->findChild<QComboBox *>(QStringLiteral("zoneCombo"))->setCurrentText(QStringLiteral("Europe/Berlin"));
        const QString refusal = dialog->findChild<QLabel *>(QStringLiteral("message"))->text();
        if (ok->isEnabled() || !refusal.startsWith(QLatin1String("Pause: "))) {
            qWarning() << "a bad time was not refused:" << refusal;
            return false;
        }
        dialog->findChild<QLineEdit *>(QStringLiteral("pauseEdit"))->setText(QStringLiteral("Mon-Fri 20:00"));
        if (!ok->isEnabled()) {
            qWarning() << "refused:" << dialog->findChild<QLabel *>(QStringLiteral("message"))->text();
            return false;
        }
        ok->click();
        return QTest::qWaitFor([&] { return m_board->entry(ResourceKind::Endpoint, QStringLiteral("chat")).schedule.has_value(); }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        m_sim = m_fixture.listeningSimulator({SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("chat"), 2, 4)),
                                               SimulatorPopulation::make(recipeWithReplicas(QStringLiteral("embed"), 1, 1))},
                                              100ms);
        QVERIFY(m_sim);
        m_fixture.openWindow(150ms, 300ms, 5s);
        m_window = m_fixture.window();
        m_session = m_fixture.session();
        m_board = child<ScheduleBoard>(m_window, "scheduleBoard");
        QVERIFY(m_board);
        m_board->setClock([] { return kMondayNoon; });
        m_tab = m_window->findChild<ScheduleTab *>();
        QVERIFY(m_tab);
        QVERIFY(m_fixture.showAndLoad());
        QTRY_VERIFY(m_board->hasLoaded());
    }

    void cleanup() { m_fixture.close(); }

    void detailsPageSetsScheduleThroughStore()
    {
        QVERIFY(setScheduleInDialog());
        // In the store on disk, as the dialog said it.
        std::unique_ptr<ScheduleStore> store = ScheduleStore::open(*m_session->storage());
        QVERIFY(store);
        QList<ScheduleRecord> stored;
        bool read = false;
        store->schedules(m_session->workspaceId(), this, [&](const StoreResult<QList<ScheduleRecord>> &result) {
            QVERIFY(result.ok());
            stored = result.value;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("chat"));
        QCOMPARE(stored.first().pause, QStringLiteral("Mon-Fri 20:00"));
        QCOMPARE(stored.first().resume, QStringLiteral("Mon-Fri 07:30"));
        QCOMPARE(stored.first().timeZone, QStringLiteral("Europe/Berlin"));

        // The page: the schedule in words, the week strip, the next pause and resume.
        QTRY_COMPARE(child<QLabel>(m_tab, "scheduleWords")->text(), QStringLiteral("Pauses Mon-Fri 20:00, resumes Mon-Fri 07:30"));
        auto *strip = m_tab->findChild<WeekStrip *>();
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->week().firstDay(), QDate(2026, 12, 7));
        QCOMPARE(strip->accessibleDescription(), QStringLiteral("Paused Mon–Fri 20:00–07:30, weekends all day"));
        QCOMPARE(child<QLabel>(m_tab, "scheduleWeekWords")->text(), strip->accessibleDescription());
        const QDateTime nextPause(QDate(2026, 12, 7), QTime(19, 0), Qt::UTC);
        const QDateTime nextResume(QDate(2026, 12, 8), QTime(6, 30), Qt::UTC);
        QCOMPARE(child<QLabel>(m_tab, "scheduleNext")->text(),
                 QStringLiteral("Next pause: %1\nNext resume: %2").arg(localAndUtc(nextPause), localAndUtc(nextResume)));
        QVERIFY(child<QLabel>(m_tab, "scheduleZone")->text().startsWith(QStringLiteral("Europe/Berlin (UTC+01:00")));

        // Hold it until Tuesday 10:00 UTC: the lock with the owner, the reason and the expiry.
        child<QPushButton>(m_tab, "scheduleHoldButton")->click();
        HoldDialog *hold = nullptr;
        QTRY_VERIFY((hold = m_tab->findChild<HoldDialog *>()) && hold->isVisible());
        hold->findChild<QDateTimeEdit *>(QStringLiteral("holdUntil"))
            ->setDateTime(QDateTime(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC).toLocalTime());
        hold->findChild<QLineEdit *>(QStringLiteral("holdReason"))->setText(QStringLiteral("debugging the tokenizer"));
        hold->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(child<QLabel>(m_tab, "scheduleHold")->isVisible());
        QVERIFY2(child<QLabel>(m_tab, "scheduleHold")->text().startsWith(QStringLiteral("🔒 Held by ")), qPrintable(child<QLabel>(m_tab, "scheduleHold")->text()));
        QVERIFY(child<QLabel>(m_tab, "scheduleHold")->text().endsWith(QStringLiteral(": debugging the tokenizer")));
        QCOMPARE(child<QPushButton>(m_tab, "scheduleHoldButton")->text(), QStringLiteral("Release"));
    }

    void pauseColumnShowsTheHint()
    {
        QCOMPARE(pauseCell(QStringLiteral("chat")), QString());
        QVERIFY(setScheduleInDialog());
        const QString at = QLocale().toString(QDateTime(QDate(2026, 12, 7), QTime(19, 0), Qt::UTC).toLocalTime().time(), QStringLiteral("HH:mm"));
        QTRY_COMPARE(pauseCell(QStringLiteral("chat")), QStringLiteral("next: pauses at %1").arg(at));
        QCOMPARE(pauseCell(QStringLiteral("embed")), QString());
        const int row = m_session->model()->rowOf(QStringLiteral("chat"));
        QVERIFY(m_session->model()->index(row, DeploymentTableModel::PauseColumn).data(Qt::ToolTipRole).toString()
                    .contains(QStringLiteral("pause Mon-Fri 20:00 · resume Mon-Fri 07:30 (Europe/Berlin)")));

        // A hold puts its lock first (from the CLI's store, read again on the store's change).
        bool held = false;
        m_board->hold(ResourceKind::Endpoint, QStringLiteral("chat"), QDateTime(QDate(2026, 12, 7), QTime(17, 0), Qt::UTC),
                      QStringLiteral("demo"), [&](const QString &error) { held = error.isEmpty(); });
        QTRY_VERIFY(held);
        const QString until = QLocale().toString(QDateTime(QDate(2026, 12, 7), QTime(17, 0), Qt::UTC).toLocalTime().time(), QStringLiteral("HH:mm"));
        QTRY_COMPARE(pauseCell(QStringLiteral("chat")), QStringLiteral("🔒 held until %1 · next: pauses at %2").arg(until, at));
    }

    void schedulesViewListsTheNextSevenDays()
    {
        QVERIFY(setScheduleInDialog());
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("schedulesAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
        action->trigger();
        auto *view = m_window->findChild<SchedulesView *>();
        QVERIFY(view && view->isVisible());
        // Mon 12:00 .. Mon 12:00: five pauses (Mon–Fri 20:00), five resumes (Tue–Fri, Mon 07:30).
        QTRY_COMPARE(view->model()->rowCount(), 10);
        const QAbstractItemModel *shown = view->table()->model();
        const auto cell = [shown](int row, int column) { return shown->index(row, column).data().toString(); };
        QCOMPARE(cell(0, SchedulesPlanModel::UtcColumn), QStringLiteral("2026-12-07 19:00"));
        QCOMPARE(cell(0, SchedulesPlanModel::ActionColumn), QStringLiteral("Pause"));
        QCOMPARE(cell(0, SchedulesPlanModel::ResourceColumn), QStringLiteral("endpoint/chat"));
        QCOMPARE(cell(1, SchedulesPlanModel::UtcColumn), QStringLiteral("2026-12-08 06:30"));
        QCOMPARE(cell(1, SchedulesPlanModel::ActionColumn), QStringLiteral("Resume"));
        QCOMPARE(cell(9, SchedulesPlanModel::UtcColumn), QStringLiteral("2026-12-14 06:30"));
        QCOMPARE(cell(0, SchedulesPlanModel::HeldColumn), QString());

        // A hold until Tuesday 10:00 UTC: Monday's pause and Tuesday's resume will be skipped.
        bool held = false;
        m_board->hold(ResourceKind::Endpoint, QStringLiteral("chat"), QDateTime(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC),
                      QStringLiteral("demo"), [&](const QString &error) { held = error.isEmpty(); });
        QTRY_VERIFY(held);
        QTRY_COMPARE(cell(0, SchedulesPlanModel::HeldColumn), QStringLiteral("🔒 held: skipped"));
        QCOMPARE(cell(1, SchedulesPlanModel::HeldColumn), QStringLiteral("🔒 held: skipped"));
        QCOMPARE(cell(2, SchedulesPlanModel::HeldColumn), QString());
        QCOMPARE(view->model()->rowCount(), 10);

        // Sorted by resource, the order is still complete and stable.
        view->table()->sortByColumn(SchedulesPlanModel::ActionColumn, Qt::AscendingOrder);
        QCOMPARE(cell(0, SchedulesPlanModel::ActionColumn), QStringLiteral("Pause"));
        QCOMPARE(cell(9, SchedulesPlanModel::ActionColumn), QStringLiteral("Resume"));
    }

    // A transition that failed (as a runner records it: its claim finished "failed") shows in
    // the Pause column, its tooltip and the Schedule page until a later one succeeds.
    void failedTransitionShows()
    {
        QVERIFY(setScheduleInDialog());
        TransitionClaim claim;
        claim.workspaceId = m_session->workspaceId();
        claim.kind = QStringLiteral("endpoint");
        claim.name = QStringLiteral("chat");
        claim.action = QStringLiteral("resume");
        claim.transitionAt = QDateTime(QDate(2026, 12, 7), QTime(6, 30), Qt::UTC);
        claim.source = QStringLiteral("schedule");
        claim.claimedBy = QStringLiteral("runner");
        bool finished = false;
        m_board->store()->claim(claim, this, [&](const StoreResult<ScheduleStore::Claimed> &claimed) {
            QVERIFY(claimed.ok() && claimed.value.won);
            m_board->store()->finishClaim(claimed.value.claim.id, QStringLiteral("failed"),
                                          QStringLiteral("The server refused: quota exceeded."), this,
                                          [&](const StoreResult<StoreNothing> &result) { finished = result.ok(); });
        });
        QTRY_VERIFY(finished);
        QTRY_VERIFY2(pauseCell(QStringLiteral("chat")).startsWith(QStringLiteral("⚠ schedule failed · next: pauses")),
                     qPrintable(pauseCell(QStringLiteral("chat"))));
        const int row = m_session->model()->rowOf(QStringLiteral("chat"));
        QVERIFY(m_session->model()->index(row, DeploymentTableModel::PauseColumn).data(Qt::ToolTipRole).toString()
                    .contains(QStringLiteral("The server refused: quota exceeded.")));
        auto *failure = child<QLabel>(m_tab, "scheduleFailure");
        QTRY_VERIFY(failure->isVisible());
        QVERIFY(failure->text().startsWith(QStringLiteral("⚠ The scheduled resume at ")));
        QVERIFY(failure->text().endsWith(QStringLiteral("failed: The server refused: quota exceeded.")));
    }

    // At Mon 20:01 Berlin the window's runner pauses chat, claimed once: a second run does not
    // pause it again (the claim says it was done).
    void windowRunnerCarriesOutDueTransitionOnce()
    {
        QVERIFY(setScheduleInDialog());
        auto *runner = m_board->findChild<WindowScheduleRunner *>();
        QVERIFY(runner);
        QTRY_VERIFY(!runner->isRunning());
        m_board->setClock([] { return QDateTime(QDate(2026, 12, 7), QTime(20, 1), kBerlin); });
        QSignalSpy ran(runner, &WindowScheduleRunner::ran);
        runner->runNow();
        QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 1, 10000);
        const ScheduleRunner::Report report = ran.last().first().value<ScheduleRunner::Report>();
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(report.items.first().kind, ScheduleRunner::Item::Kind::Done);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.badge(QStringLiteral("chat")), QStringLiteral("Paused"), 10000);
        QCOMPARE(m_fixture.badge(QStringLiteral("embed")), QStringLiteral("Ready"));
        QTRY_VERIFY(pauseCell(QStringLiteral("chat")).contains(QStringLiteral("next: resumes")));

        runner->runNow();
        QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 2, 10000);
        const ScheduleRunner::Report again = ran.last().first().value<ScheduleRunner::Report>();
        QCOMPARE(again.items.size(), 1);
        QCOMPARE(again.items.first().kind, ScheduleRunner::Item::Kind::AlreadyClaimed);
    }
};

QTEST_MAIN(TestSchedules)
#include "tst_schedules.moc"
