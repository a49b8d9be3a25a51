// lepton-screenshots: the pictures in the README, taken from the real widgets on the demo
// workspace (the simulator over HTTP, a scratch database). Not a test and not run by ctest:
// scripts/screenshots builds it and runs it under the offscreen platform, with
// LEPTON_SHOTS_DIR naming the folder (resources/screenshots/). Each function takes one
// group of pictures; a QVERIFY here only reports that a picture could not be set up or saved.
#include "app/common/translationloader.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/diagnostics/logcapture.h"
#include "app/diagnostics/loggingcategories.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/pause/pausedservicesmodel.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/storage/postgres/postgresstorage.h"
#include "app/storage/pricelist.h"
#include "app/storage/sql/sqldatabase.h"
#include "app/credentials/tokenstore.h"
#include "app/pause/deploymenthistorymodel.h"
#include "app/savings/savingstablemodel.h"
#include "app/watch/alertbook.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/addconfirmedpause.h"
#include "tests/support/cliprocess.h"
#include "tests/support/scratchdatabase.h"
#include "app/storage/notesstore.h"
#include "app/timeline/timelinemodel.h"
#include "ui/deployments/detailspanel.h"
#include "ui/diagnostics/logwindow.h"
#include "ui/timeline/timelineview.h"
#include "ui/history/deploymenthistorydialog.h"
#include "ui/logs/logsview.h"
#include "app/logs/logbuffermodel.h"
#include "app/simulator/simulatedlogs.h"
#include "ui/mainwindow/deploymentactions.h"
#include "app/api/resourcekind.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/resources/kindtabs.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/storestatusindicator.h"
#include "ui/settings/teamstorepage.h"
#include "ui/shell/theme.h"
#include "ui/widgets/errorbanner.h"
#include "ui/notes/notespanel.h"
#include "ui/pause/pausedservicesview.h"
#include "app/deployments/costrates.h"
#include "ui/savings/savingsview.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/demoworkspace.h"
#include "ui/notifications/trayicon.h"
#include "ui/watch/alertsview.h"
#include "ui/schedule/scheduleboard.h"
#include "ui/schedule/schedulesview.h"
#include "ui/schedule/scheduletab.h"
#include "ui/widgets/themedicon.h"

#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QDir>
#include <QJsonObject>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QComboBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString kWorkspace = QStringLiteral("ws-shots");

QString shotPath(const QString &file)
{
    return QDir(qEnvironmentVariable("LEPTON_SHOTS_DIR")).filePath(file);
}

QPalette paletteWithText(const QColor &window, const QColor &text)
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Active, QPalette::WindowText, text);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, text);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return palette;
}

// The main window on the demo workspace, connected to a simulator over HTTP.
struct DemoWindow
{
    QTemporaryDir dir;
    WorkspaceSimulator sim;
    std::unique_ptr<LocalDatabase> db;
    QString storeUri; // empty: a scratch file; else a team store (PostgresStorage)
    std::unique_ptr<Storage> storage;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<WorkspaceSession> session;

    ~DemoWindow()
    {
        window.reset();
        session.reset();
    }

    bool start()
    {
        sim.setTransitionDelay(300ms);
        sim.setDeployments(SimulatorPopulation::demo());
        if (!sim.listen())
            return false;
        db = std::make_unique<LocalDatabase>(dir.filePath(QStringLiteral("console.sqlite")));
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        window = std::make_unique<MainWindow>(settings.get());
        WorkspaceCredentials credentials;
        credentials.workspaceId = sim.workspaceId();
        credentials.token = sim.token();
        credentials.baseUrl = sim.baseUrl();
        if (storeUri.isEmpty())
            storage = std::make_unique<SqliteStorage>(dir.filePath(QStringLiteral("console.sqlite")));
        else
            storage = std::make_unique<PostgresStorage>(storeUri);
        session = std::make_unique<WorkspaceSession>(credentials, storage.get());
        session->poller()->setIntervals(200ms, 400ms);
        window->setSession(session.get());
        window->show();
        session->start();
        return QTest::qWaitFor([this] { return session->hasLoaded(); }, 10000);
    }

    QString badge(const QString &name) const
    {
        const int row = session->model()->rowOf(name);
        return row < 0 ? QString()
                       : session->model()->index(row, DeploymentTableModel::StatusColumn).data().toString();
    }

    // Ready endpoints with replicas, in the demo's order.
    QStringList readyEndpoints() const
    {
        QStringList names;
        for (const QJsonObject &d : sim.deployments()) {
            const QJsonObject spec = d.value(QStringLiteral("spec")).toObject();
            const QJsonObject rr = spec.value(QStringLiteral("resource_requirement")).toObject();
            if (d.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString() == QLatin1String("Ready")
                && rr.value(QStringLiteral("min_replicas")).toInt() > 0 && !spec.value(QStringLiteral("is_pod")).toBool())
                names << d.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        }
        return names;
    }
};

} // namespace

class Screenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("LEPTON_SHOTS_DIR"), "set LEPTON_SHOTS_DIR (scripts/screenshots does)");
        QVERIFY(QDir().mkpath(qEnvironmentVariable("LEPTON_SHOTS_DIR")));
        QStandardPaths::setTestModeEnabled(true);
        // As main() does: the English plural forms ("3 replicas").
        QVERIFY(!TranslationLoader::install(qApp, QLocale(QLocale::English)).appFile.isEmpty());
    }

    // logs.png: Deployment > Logs… following a replica's live log on the demo workspace, with
    // the search "request 1" highlighted in the lines that have it.
    void logsView()
    {
        DemoWindow demo;
        demo.sim.logs()->setLinesPerSecond(12);
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        const QStringList ready = demo.readyEndpoints();
        QVERIFY(!ready.isEmpty());
        QVERIFY(window->selectDeployment(ready.first()));
        QAction *logs = window->findChild<QAction *>(QStringLiteral("logsAction"));
        QVERIFY(logs && logs->isEnabled());
        logs->trigger();
        LogsView *view = nullptr;
        QTRY_VERIFY(view = window->findChild<LogsView *>(QStringLiteral("logsView:") + ready.first()));
        view->resize(1100, 560);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 40, 15000);
        view->searchField()->setText(QStringLiteral("request 1"));
        QTest::qWait(1500); // a few more lines arrive and the view follows them
        QVERIFY(view->model()->matchCount() > 0);
        QVERIFY(view->grab().save(shotPath(QStringLiteral("logs.png"))));
        view->close();
    }

    // The window at 1024x640 (mainwindow-1024.png), the question Pause asks
    // (confirm-pause.png), an action's error that stays (action-error.png), the window in
    // the Dark theme (mainwindow-dark.png) and Help > Keyboard Shortcuts (shortcuts.png).
    void safetyAndTheme()
    {
        DemoWindow demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        window->resize(1024, 640);
        const QStringList ready = demo.readyEndpoints();
        QVERIFY(ready.size() >= 2);
        QVERIFY(window->selectDeployment(ready.first()));
        QTest::qWait(500);
        QVERIFY(window->grab().save(shotPath(QStringLiteral("mainwindow-1024.png"))));

        window->pauseAction()->trigger();
        QWidget *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QWidget *>(QStringLiteral("confirmActionDialog"))) && box->isVisible());
        QTest::qWait(200);
        QVERIFY(box->grab().save(shotPath(QStringLiteral("confirm-pause.png"))));
        box->close();

        window->banner()->showError(QStringLiteral("Could not pause %1: Could not reach the Lepton server. (Connection refused) "
                                                   "Nothing was changed.").arg(ready.first()), false);
        QTest::qWait(300);
        QVERIFY(window->grab().save(shotPath(QStringLiteral("action-error.png"))));
        window->banner()->hideBanner();

        Theme::apply(Theme::Choice::Dark);
        QTest::qWait(500);
        QVERIFY(window->grab().save(shotPath(QStringLiteral("mainwindow-dark.png"))));
        Theme::apply(Theme::Choice::System);

        window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        QDialog *keys = nullptr;
        QTRY_VERIFY((keys = window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) && keys->isVisible());
        QTest::qWait(200);
        QVERIFY(keys->grab().save(shotPath(QStringLiteral("shortcuts.png"))));
        keys->close();
    }

    // mainwindow.png, paused.png (a paused deployment with its reason) and editdialog.png.
    void mainWindow()
    {
        DemoWindow demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        window->resize(1500, 950);
        const QStringList ready = demo.readyEndpoints();
        QVERIFY(ready.size() >= 2);
        const QString paused = ready.last();
        QSignalSpy finished(window, &MainWindow::pauseFinished);
        window->pauseDeployments({paused}, QStringLiteral("Waiting for the customer's go-live on Monday; see https://example.com/TICKET-42"),
                                 QDate::currentDate().addDays(3));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(demo.badge(paused), QStringLiteral("Paused"), 5000);
        QVERIFY(window->selectDeployment(paused));
        QTest::qWait(800); // let the details and notes docks settle before the picture
        QVERIFY(window->grab().save(shotPath(QStringLiteral("paused.png"))));

        QVERIFY(window->selectDeployment(ready.first()));
        QTest::qWait(500);
        QVERIFY(window->grab().save(shotPath(QStringLiteral("mainwindow.png"))));

        window->editAction()->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QDialog *>(QStringLiteral("editDeploymentDialog"))) && dialog->isVisible());
        const auto spins = dialog->findChildren<QSpinBox *>();
        for (QSpinBox *spin : spins) {
            if (spin->objectName().contains(QLatin1String("max"), Qt::CaseInsensitive)) {
                spin->setValue(spin->value() + 2);
                break;
            }
        }
        QTest::qWait(300);
        QVERIFY(dialog->grab().save(shotPath(QStringLiteral("editdialog.png"))));
        dialog->reject();
    }

    // timeline.png: the details panel's Timeline for an endpoint whose replica crashed twice,
    // then was paused with a reason and given a note: the server's BackOff event and
    // termination records between the console's pause and note, newest first.
    void timeline()
    {
        DemoWindow demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        window->resize(1500, 1000);
        const QStringList ready = demo.readyEndpoints();
        QVERIFY(!ready.isEmpty());
        const QString name = ready.first();
        QVERIFY(demo.sim.crashReplica(name, 0));
        QTest::qWait(1100); // the server's event times have a resolution of one second
        QVERIFY(demo.sim.crashReplica(name, 0));
        QTest::qWait(1100);
        QSignalSpy finished(window, &MainWindow::pauseFinished);
        window->pauseDeployments({name}, QStringLiteral("Replica 0 runs out of GPU memory under load; paused until the new shape is approved"),
                                 QDate::currentDate().addDays(2));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(demo.badge(name), QStringLiteral("Paused"), 5000);
        QTest::qWait(1100);
        Note note;
        note.workspaceId = demo.sim.workspaceId();
        note.deploymentName = name;
        note.text = QStringLiteral("Asked the platform team for gpu.h100 quota, ticket INFRA-311");
        note.author = QStringLiteral("alice");
        std::optional<bool> noted;
        demo.storage->notes().add(note, window, [&noted](const StoreResult<Note> &r) { noted = r.ok(); });
        QTRY_VERIFY(noted.value_or(false));
        QVERIFY(window->selectDeployment(name));
        if (auto *splitter = window->findChild<QSplitter *>())
            splitter->setSizes({600, 900});
        auto *details = window->findChild<DetailsPanel *>(QStringLiteral("detailsPanel"));
        QVERIFY(details);
        QTRY_VERIFY_WITH_TIMEOUT(details->timeline()->model()->hasLoaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(details->timeline()->model()->rowCount() >= 5, 10000);
        auto *scroll = details->findChild<QScrollArea *>(QStringLiteral("detailsScroll"));
        QVERIFY(scroll);
        scroll->ensureWidgetVisible(details->timeline(), 0, 0);
        details->timeline()->view()->resizeColumnToContents(TimelineModel::EventColumn);
        QTest::qWait(500);
        QVERIFY(details->grab().save(shotPath(QStringLiteral("timeline.png"))));
    }

    // devpods.png: the Dev Pods tab with a pod selected: the details panel and the Notes dock
    // follow the tab that is up.
    void devPods()
    {
        DemoWindow demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        window->resize(1500, 950);
        auto *tabs = window->findChild<KindTabs *>();
        QVERIFY(tabs);
        QTRY_VERIFY_WITH_TIMEOUT(tabs->revealResource(ResourceKind::Pod, QStringLiteral("dev-pod-alice")), 10000);
        QTest::qWait(800); // let the details and notes docks settle before the picture
        QVERIFY(window->grab().save(shotPath(QStringLiteral("devpods.png"))));
    }

    // schedule.png: the Schedule page of the details for an endpoint paused on weeknights and
    // weekends (Europe/Berlin, an exception over the holidays): the week strip of the coming
    // seven days, the next pause and resume, a hold's lock; the Pause column's hints ("next:
    // pauses ...", a colleague's hold, "awake until"); the board's clock is Wed 9 Dec 2026
    // 14:10 in Berlin so the picture is the same every time. schedules.png: View > Schedules.
    void schedule()
    {
        qputenv("LEPTON_CONSOLE_USER", "alice"); // the hold's and the wake-up's owner
        DemoWindow demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        window->resize(1500, 950);
        auto *board = window->findChild<ScheduleBoard *>(QStringLiteral("scheduleBoard"));
        QVERIFY(board);
        const QTimeZone berlin("Europe/Berlin");
        board->setClock([berlin] { return QDateTime(QDate(2026, 12, 9), QTime(14, 10), berlin); });
        const QStringList ready = demo.readyEndpoints();
        QVERIFY(ready.size() >= 3);
        int pending = 0;
        const auto done = [&pending](const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            --pending;
        };
        for (const QString &name : {ready.at(0), ready.at(1)}) {
            ScheduleRecord record;
            record.kind = QStringLiteral("endpoint");
            record.name = name;
            record.pause = QStringLiteral("Mon-Fri 20:00");
            record.resume = QStringLiteral("Mon-Fri 07:30");
            record.timeZone = QStringLiteral("Europe/Berlin");
            record.exceptions = {QStringLiteral("2026-12-24..2027-01-01")};
            record.setBy = QStringLiteral("alice");
            ++pending;
            board->setSchedule(record, done);
        }
        ++pending;
        board->hold(ResourceKind::Endpoint, ready.at(1), QDateTime(QDate(2026, 12, 9), QTime(18, 0), berlin),
                    QStringLiteral("debugging the tokenizer"), done);
        ++pending;
        board->wake(ResourceKind::Endpoint, ready.at(2), QDateTime(QDate(2026, 12, 9), QTime(16, 40), berlin), done);
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(board->entry(ResourceKind::Endpoint, ready.at(2)).wakeUp.has_value(), 5000);
        QVERIFY(window->selectDeployment(ready.at(1))); // scheduled, and held this afternoon
        auto *pages = window->findChild<QTabWidget *>(QStringLiteral("detailsPages"));
        QVERIFY(pages);
        pages->setCurrentWidget(window->findChild<ScheduleTab *>());
        QTest::qWait(800); // let the details and notes docks settle before the picture
        QVERIFY(window->grab().save(shotPath(QStringLiteral("schedule.png"))));

        window->findChild<QAction *>(QStringLiteral("schedulesAction"))->trigger();
        auto *view = window->findChild<SchedulesView *>();
        QVERIFY(view);
        QTest::qWait(300);
        QVERIFY(view->grab().save(shotPath(QStringLiteral("schedules.png"))));
        qunsetenv("LEPTON_CONSOLE_USER");
    }

    // tokenexpiry.png: the banner over the deployments when the token expires within three days.
    void tokenExpiry()
    {
        DemoWindow demo;
        demo.sim.setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(2).addSecs(3600));
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        window->resize(1500, 950);
        QTRY_VERIFY_WITH_TIMEOUT(window->tokenBanner()->isVisible(), 10000);
        QVERIFY(window->selectDeployment(demo.readyEndpoints().first()));
        QTest::qWait(500); // let the details settle before the picture
        QVERIFY(window->grab().save(shotPath(QStringLiteral("tokenexpiry.png"))));
    }

    // empty.png: a workspace with no deployments.
    // firstlook.png: the demo as it opens (DemoWorkspace with its pauses made by the console),
    // errordetails.png: why a deployment is in Error, under its badge; editminmax.png: the edit
    // dialog saying a minimum above the maximum in words.
    void firstLook()
    {
        QTemporaryDir dir;
        DemoWorkspace demo(0);
        QVERIFY(demo.start());
        SqliteStorage storage(dir.filePath(QStringLiteral("console.sqlite")));
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto window = std::make_unique<MainWindow>(&settings);
        auto session = std::make_unique<WorkspaceSession>(demo.credentials(), &storage);
        QSignalSpy seeded(&demo, &DemoWorkspace::pausesSeeded);
        window->setSession(session.get());
        window->resize(1280, 800);
        window->show();
        session->start();
        demo.seedPauses(session.get());
        QVERIFY(!seeded.isEmpty() || seeded.wait(20000));
        QVERIFY(QTest::qWaitFor([&] { return session->hasLoaded(); }, 10000));
        session->poller()->refreshNow();
        QTest::qWait(1500);
        QVERIFY(window->grab().save(shotPath(QStringLiteral("firstlook.png"))));

        QVERIFY(window->selectDeployment(QStringLiteral("qwen2-72b-chat")));
        QTest::qWait(1500);
        QVERIFY(window->grab().save(shotPath(QStringLiteral("errordetails.png"))));

        QVERIFY(window->selectDeployment(QStringLiteral("gemma2-9b-it-eval")));
        QTest::qWait(1000);
        QVERIFY(window->grab().save(shotPath(QStringLiteral("pauseddetails.png"))));

        QVERIFY(window->selectDeployment(QStringLiteral("llama3-8b-chat")));
        window->editAction()->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QDialog *>(QStringLiteral("editDeploymentDialog"))) && dialog->isVisible());
        auto *min = dialog->findChild<QSpinBox *>(QStringLiteral("minReplicasSpin"));
        min->setValue(dialog->findChild<QSpinBox *>(QStringLiteral("maxReplicasSpin"))->value() + 2);
        QTest::qWait(300);
        QVERIFY(dialog->grab().save(shotPath(QStringLiteral("editminmax.png"))));
        dialog->reject();
        window.reset();
        session.reset();
    }

    void emptyWorkspace()
    {
        DemoWindow demo;
        QVERIFY(demo.start());
        demo.sim.setDeployments({});
        demo.session->poller()->refreshNow();
        auto *placeholder = demo.window->findChild<QLabel *>(QStringLiteral("tablePlaceholder"));
        QVERIFY(placeholder);
        QTRY_VERIFY_WITH_TIMEOUT(placeholder->isVisible(), 5000);
        demo.window->resize(1100, 640);
        QTest::qWait(300);
        QVERIFY(demo.window->grab().save(shotPath(QStringLiteral("empty.png"))));
    }

    // notespanel.png and notespanel-search.png.
    void notesPanel()
    {
        ScratchDatabase db;
        QVERIFY2(db.open(QStringLiteral("notes.sqlite")), qPrintable(db.errorString()));
        const auto add = [&db](const QString &deployment, const QString &text, const QString &author,
                               const QDateTime &at = {}, bool atPause = false) {
            Note note;
            note.workspaceId = kWorkspace;
            note.deploymentName = deployment;
            note.text = text;
            note.author = author;
            note.createdAt = at;
            note.atPause = atPause;
            return db.notes()->add(note);
        };
        QVERIFY(add(QStringLiteral("llama-70b"),
                    QStringLiteral("Paused for cost: nobody calls it on weekends.\nDashboard: https://grafana.example.com/d/llama"),
                    QStringLiteral("bob"), QDateTime::currentDateTimeUtc().addDays(-12), true));
        const auto edited = add(QStringLiteral("llama-70b"), QStringLiteral("Owner: ML platform team (ask @dana)"),
                                QStringLiteral("carol"), QDateTime::currentDateTimeUtc().addDays(-4));
        QVERIFY(edited);
        QVERIFY(db.notes()->edit(edited->id, QStringLiteral("Owner: ML platform team (ask @dana, not @erin)")));
        QVERIFY(add(QStringLiteral("llama-70b"), QStringLiteral("Customer confirmed: resume on Monday."),
                    QStringLiteral("alice"), QDateTime::currentDateTimeUtc().addSecs(-2 * 3600)));
        QVERIFY(add(QStringLiteral("mistral-7b"), QStringLiteral("Waiting for the customer to sign"), QStringLiteral("dave")));

        NotesPanel panel;
        panel.setStorage(db.storage(), kWorkspace, QStringLiteral("alice"));
        panel.setDeployment(kWorkspace, QStringLiteral("llama-70b"));
        panel.resize(440, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(!panel.isBusy());
        panel.findChild<QPlainTextEdit *>(QStringLiteral("notesEditor"))
            ->setPlainText(QStringLiteral("Checked the logs, see https://logs.example.com/q/123"));
        QTest::qWait(50);
        QVERIFY(panel.grab().save(shotPath(QStringLiteral("notespanel.png"))));

        QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("notesSearch")), QStringLiteral("customer"));
        QTRY_VERIFY(panel.findChild<QListWidget *>(QStringLiteral("notesSearchResults"))->isVisible());
        QTest::qWait(50);
        QVERIFY(panel.grab().save(shotPath(QStringLiteral("notespanel-search.png"))));
    }

    // pausedservices.png: four pauses, two reviews due, one row selected.
    void pausedServices()
    {
        ScratchDatabase db;
        QVERIFY2(db.open(QStringLiteral("view.sqlite")), qPrintable(db.errorString()));
        const QDate today = QDate::currentDate();
        const auto pause = [&db](const QString &name, int min, std::optional<int> max, const QString &reason,
                                 int daysAgo, const QDate &remindOn, const QString &by, const QJsonObject &scaler = {}) {
            PauseEntry entry;
            entry.workspaceId = kWorkspace;
            entry.deploymentName = name;
            entry.savedMinReplicas = min;
            entry.savedMaxReplicas = max;
            entry.hadAutoScaler = !scaler.isEmpty();
            entry.savedAutoScaler = scaler;
            entry.pausedBy = by;
            entry.pausedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
            entry.reason = reason;
            entry.remindOn = remindOn;
            addConfirmedPause(*db.ledger(), *db.notes(), entry);
        };
        pause(QStringLiteral("mistral-7b"), 1, 3, QStringLiteral("Cost: idle on weekends, see https://wiki.example.com/cost"),
              12, today.addDays(-2), QStringLiteral("bob"),
              QJsonObject{{QStringLiteral("target_gpu_utilization_percentage"), 70}});
        pause(QStringLiteral("llama-70b"), 2, std::nullopt, QStringLiteral("Incident INC-4411: OOM on startup"), 3,
              today.addDays(10), QStringLiteral("alice"));
        pause(QStringLiteral("embedder"), 0, 4, QString(), 40, today, QStringLiteral("carol"),
              QJsonObject{{QStringLiteral("scale_down"), QJsonObject{{QStringLiteral("no_traffic_timeout"), 600}}}});
        pause(QStringLiteral("whisper"), 1, 1, QStringLiteral("Waiting for the customer to sign"), 1, QDate(),
              QStringLiteral("alice"));

        PausedServicesView view;
        view.setSources(&db.storage()->ledger(), kWorkspace);
        view.resize(1100, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 4);
        QTableView *table = view.tableView();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(PausedServicesModel::NameRole).toString() == QLatin1String("mistral-7b"))
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                  table->visualRect(table->model()->index(row, PausedServicesModel::NameColumn)).center());
        }
        QCOMPARE(view.selectedName(), QStringLiteral("mistral-7b"));
        QVERIFY(view.grab().save(shotPath(QStringLiteral("pausedservices.png"))));
    }

    // savings.png and savings-dark.png: View > Savings… on the demo workspace after six pauses
    // of four deployments over the last 12 weeks (one still open), with prices set for two
    // shapes: the weekly chart stacked by deployment, the top savers and the table with money.
    void savings()
    {
        DemoWindow demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        window->resize(1280, 800);
        LedgerTable ledger(*demo.db);
        constexpr qint64 kHourMs = 3600 * 1000;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A pause of `name` (`replicas` replicas of `shape`) from `daysAgo` days ago, for
        // `hours` hours; hours < 0: still paused.
        const auto pause = [&](const QString &name, const QString &shape, int replicas, double daysAgo, double hours,
                               const QString &by, const QString &reason) {
            PauseEntry e;
            e.workspaceId = demo.sim.workspaceId();
            e.deploymentName = name;
            e.savedMinReplicas = replicas;
            e.savedMaxReplicas = replicas + 1;
            e.pausedSnapshot = QJsonObject{{QStringLiteral("resource_requirement"),
                                            QJsonObject{{QStringLiteral("resource_shape"), shape},
                                                        {QStringLiteral("min_replicas"), 0}}}};
            e.pausedBy = by;
            e.pausedAt = now.addMSecs(-qint64(daysAgo * 24 * kHourMs));
            e.reason = reason;
            const LedgerTable::BeginResult begun = ledger.beginPause(e);
            if (!begun.ok() || !begun.created || !ledger.markActive(begun.entry.id))
                return false;
            if (hours < 0)
                return true;
            if (!ledger.markClosed(begun.entry.id, by))
                return false;
            QSqlQuery query(demo.db->connection());
            query.prepare(QStringLiteral("UPDATE pause_ledger SET closed_at = :at WHERE id = :id"));
            query.bindValue(QStringLiteral(":at"), SqlDatabase::toDbTime(e.pausedAt.addMSecs(qint64(hours * kHourMs))));
            query.bindValue(QStringLiteral(":id"), begun.entry.id);
            return query.exec();
        };
        QVERIFY(pause(QStringLiteral("llama31-70b-instruct"), QStringLiteral("gpu.8xh100-sxm"), 1, 76, 30,
                      QStringLiteral("alice"), QStringLiteral("Freeing the H100s for the quarterly load test")));
        QVERIFY(pause(QStringLiteral("mixtral-8x7b-staging"), QStringLiteral("gpu.a100-80gb"), 2, 62, 96,
                      QStringLiteral("bob"), QStringLiteral("Staging idle during the code freeze")));
        QVERIFY(pause(QStringLiteral("llama3-8b-chat"), QStringLiteral("gpu.a10"), 2, 47, 60,
                      QStringLiteral("chen"), QStringLiteral("Nobody calls it on weekends")));
        QVERIFY(pause(QStringLiteral("llama31-70b-instruct"), QStringLiteral("gpu.8xh100-sxm"), 1, 33, 16,
                      QStringLiteral("alice"), QStringLiteral("Overnight: no traffic until the EU morning")));
        QVERIFY(pause(QStringLiteral("llama3-8b-chat"), QStringLiteral("gpu.a10"), 3, 19, 110,
                      QStringLiteral("dana"), QStringLiteral("Customer pilot on hold")));
        QVERIFY(pause(QStringLiteral("gemma2-9b-it-eval"), QStringLiteral("gpu.l40s"), 1, 9, -1,
                      QStringLiteral("bob"), QStringLiteral("Eval round finished; next one in January")));

        std::unique_ptr<PriceList> prices = PriceList::open(*demo.storage);
        QVERIFY(prices);
        int priced = 0;
        const auto setPrice = [&](const QString &shape, const QString &amount) {
            ShapePrice price;
            price.shape = shape;
            price.micros = ShapePrice::parseMicros(amount).value_or(0);
            price.currency = QStringLiteral("USD");
            price.setBy = QStringLiteral("alice");
            prices->set(price, window, [&priced](const StoreResult<ShapePrice> &result) {
                priced += result.ok() ? 1 : 1000;
            });
        };
        setPrice(QStringLiteral("gpu.8xh100-sxm"), QStringLiteral("31.6"));
        setPrice(QStringLiteral("gpu.a10"), QStringLiteral("1.21"));
        QTRY_VERIFY_WITH_TIMEOUT(priced >= 2, 10000);
        QCOMPARE(priced, 2);

        auto *action = window->findChild<QAction *>(QStringLiteral("savingsAction"));
        QVERIFY(action);
        action->trigger();
        SavingsView *view = window->findChild<SavingsView *>();
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->tableView()->model()->rowCount(), 4, 10000);
        view->resize(1000, 720);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        // The shape on one line (the Resource column gives up the room).
        view->tableView()->resizeColumnToContents(SavingsTableModel::ShapeColumn);
        view->tableView()->resizeRowsToContents();
        QTest::qWait(800);
        QVERIFY(view->grab().save(shotPath(QStringLiteral("savings.png"))));

        Theme::apply(Theme::Choice::Dark);
        QTest::qWait(800);
        QVERIFY(view->grab().save(shotPath(QStringLiteral("savings-dark.png"))));
        Theme::apply(Theme::Choice::System);
        view->close();
    }

    // running-cost.png: the demo workspace with prices set for four GPU shapes and one
    // deployment paused: the Cost/hour column (a range for autoscaling, "no price set" for
    // the unpriced shapes, 0 for the paused one) and the running total in the status bar.
    void runningCost()
    {
        DemoWindow demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        window->resize(1500, 900);
        std::unique_ptr<PriceList> prices = PriceList::open(*demo.storage);
        QVERIFY(prices);
        int priced = 0;
        const auto setPrice = [&](const QString &shape, const QString &amount) {
            ShapePrice price;
            price.shape = shape;
            price.micros = ShapePrice::parseMicros(amount).value_or(0);
            price.currency = QStringLiteral("USD");
            price.setBy = QStringLiteral("alice");
            prices->set(price, window, [&priced](const StoreResult<ShapePrice> &result) { priced += result.ok() ? 1 : 1000; });
        };
        setPrice(QStringLiteral("gpu.a10"), QStringLiteral("1.21"));
        setPrice(QStringLiteral("gpu.l40s"), QStringLiteral("1.95"));
        setPrice(QStringLiteral("gpu.a100-80gb"), QStringLiteral("3.4"));
        setPrice(QStringLiteral("gpu.8xh100-sxm"), QStringLiteral("31.6"));
        QTRY_VERIFY_WITH_TIMEOUT(priced >= 4, 10000);
        QCOMPARE(priced, 4);
        const QStringList ready = demo.readyEndpoints();
        QVERIFY(ready.size() >= 2);
        QSignalSpy finished(window, &MainWindow::pauseFinished);
        window->pauseDeployments({ready.last()}, QStringLiteral("Idle until the pilot restarts"), QDate());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(demo.badge(ready.last()), QStringLiteral("Paused"), 5000);
        auto *line = window->findChild<QLabel *>(QStringLiteral("runningCostLine"));
        QVERIFY(line);
        QTRY_VERIFY_WITH_TIMEOUT(line->text().startsWith(QStringLiteral("Running: ")), 10000);
        // The cost beside the replicas and the shape, so the picture shows them together.
        auto *table = window->findChild<QTableView *>(QStringLiteral("deploymentTable"));
        QVERIFY(table);
        QHeaderView *header = table->horizontalHeader();
        header->moveSection(header->visualIndex(DeploymentTableModel::CostColumn),
                                header->visualIndex(DeploymentTableModel::ShapeColumn) + 1);
        QVERIFY(window->selectDeployment(ready.first()));
        QTest::qWait(800);
        QVERIFY(window->grab().save(shotPath(QStringLiteral("running-cost.png"))));
    }

    // pausedservices-ranked.png: Paused Services ranking long pauses by what they would cost
    // per hour if resumed, then by age, three of them "stale".
    void pausedServicesRanked()
    {
        ScratchDatabase db;
        QVERIFY2(db.open(QStringLiteral("ranked.sqlite")), qPrintable(db.errorString()));
        const auto pause = [&db](const QString &name, const QString &shape, int min, int max, const QString &reason,
                                 int daysAgo, const QString &by) {
            PauseEntry entry;
            entry.workspaceId = kWorkspace;
            entry.deploymentName = name;
            entry.savedMinReplicas = min;
            entry.savedMaxReplicas = max;
            entry.pausedBy = by;
            entry.pausedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
            entry.reason = reason;
            entry.pausedSnapshot = QJsonObject {{QStringLiteral("resource_requirement"),
                                                 QJsonObject {{QStringLiteral("resource_shape"), shape},
                                                              {QStringLiteral("min_replicas"), 0}}}};
            addConfirmedPause(*db.ledger(), *db.notes(), entry);
        };
        pause(QStringLiteral("llama31-70b-instruct"), QStringLiteral("gpu.8xh100-sxm"), 1, 2,
              QStringLiteral("Freeing the H100s for the load test"), 45, QStringLiteral("alice"));
        pause(QStringLiteral("mixtral-8x7b-staging"), QStringLiteral("gpu.a100-80gb"), 2, 4,
              QStringLiteral("Staging idle during the code freeze"), 21, QStringLiteral("bob"));
        pause(QStringLiteral("llama3-8b-chat"), QStringLiteral("gpu.a10"), 2, 2, QStringLiteral("Customer pilot on hold"),
              3, QStringLiteral("dana"));
        pause(QStringLiteral("embedder-old"), QStringLiteral("gpu.a10"), 1, 1, QStringLiteral("Replaced by embedder-v2"),
              60, QStringLiteral("chen"));
        pause(QStringLiteral("whisper-cpu"), QStringLiteral("cpu.large"), 1, 1, QString(), 30, QStringLiteral("bob"));
        CostRates rates;
        rates.prices.insert(QStringLiteral("gpu.a10"), CostRates::Price {1210000, QStringLiteral("USD")});
        rates.prices.insert(QStringLiteral("gpu.a100-80gb"), CostRates::Price {3400000, QStringLiteral("USD")});
        rates.prices.insert(QStringLiteral("gpu.8xh100-sxm"), CostRates::Price {31600000, QStringLiteral("USD")});

        PausedServicesView view;
        view.setSources(&db.storage()->ledger(), kWorkspace);
        view.setCostRates(rates);
        view.resize(1300, 380);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 5);
        QTest::qWait(300);
        QVERIFY(view.grab().save(shotPath(QStringLiteral("pausedservices-ranked.png"))));
    }

    // about.png
    void aboutDialog()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(shotPath(QStringLiteral("about.png"))));
    }

    // logwindow.png: a warning with its token redacted, and a pause.
    void logWindow()
    {
        LogCapture::install();
        LogCapture::instance()->clear();
        // A made-up token, assembled so that no committed line looks like a real credential.
        const QString madeUpToken = QStringLiteral("Xk29fPq81") + QStringLiteral("LmZa0Rt7Yb3");
        qCWarning(lcApi) << "GET /api/v2/deployments failed:" << qPrintable(QStringLiteral("Authorization: Bearer ") + madeUpToken);
        qCInfo(lcPause, "paused llama-3-8b (saved min_replicas 2)");
        {
            LogWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.grab().save(shotPath(QStringLiteral("logwindow.png"))));
        }
        LogCapture::uninstall();
    }

    // icons.png: the action icons at 16, 24 and 48 px (and 24 px disabled), light and dark.
    void actionIcons()
    {
        const QStringList icons{"pause", "resume", "edit", "refresh", "notes"};
        const int sizes[] = {16, 24, 48};
        const int cell = 64;
        QImage sheet(cell * int(icons.size()), cell * 8, QImage::Format_ARGB32);
        QPainter p(&sheet);
        const QColor backgrounds[] = {QColor(0xf5, 0xf5, 0xf5), QColor(0x20, 0x21, 0x24)};
        const QColor texts[] = {QColor(0x20, 0x20, 0x20), QColor(0xe8, 0xea, 0xed)};
        for (int theme = 0; theme < 2; ++theme) {
            QApplication::setPalette(paletteWithText(backgrounds[theme], texts[theme]));
            p.fillRect(0, theme * cell * 4, sheet.width(), cell * 4, backgrounds[theme]);
            for (int i = 0; i < int(icons.size()); ++i) {
                const QIcon icon = ThemedIcon::icon(icons.at(i));
                for (int row = 0; row < 4; ++row) {
                    const int size = row < 3 ? sizes[row] : 24;
                    const QIcon::Mode mode = row < 3 ? QIcon::Normal : QIcon::Disabled;
                    const QPoint at(i * cell + (cell - size) / 2, (theme * 4 + row) * cell + (cell - size) / 2);
                    p.drawPixmap(at, icon.pixmap(QSize(size, size), 1.0, mode));
                }
            }
        }
        p.end();
        QApplication::setPalette(QPalette());
        QVERIFY(sheet.save(shotPath(QStringLiteral("icons.png"))));
    }

    // A team store (issue 19), on the PostgreSQL server scripts/screenshots starts
    // (LEPTON_SHOTS_PG_URI): teamstore-colleague.png, a pause made by a colleague (a real
    // lepton-console-cli run with another data folder, as user alice, against the same server)
    // as this window shows it live, with its author and note; history.png, that deployment's
    // History; teamstore-settings.png, Edit > Preferences > Team Store after Test Connection.
    void teamStore()
    {
        const QString uri = qEnvironmentVariable("LEPTON_SHOTS_PG_URI");
        if (uri.isEmpty())
            QSKIP("LEPTON_SHOTS_PG_URI is not set: scripts/screenshots starts a PostgreSQL server for this scene.");
        DemoWindow demo;
        demo.storeUri = uri;
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        window->resize(1500, 950);
        // As ConsoleApplication does: the store in the status bar.
        auto *indicator = new StoreStatusIndicator(window);
        window->statusBar()->addPermanentWidget(indicator);
        indicator->setStorage(demo.storage.get());
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text().endsWith(QStringLiteral("· live")), 20000);

        const QString name = demo.readyEndpoints().first();
        QVERIFY(window->selectDeployment(name));
        QTemporaryDir aliceHome;
        QProcessEnvironment env = CliProcess::environment(aliceHome.path(), demo.sim.workspaceId(), demo.sim.token(),
                                                          demo.sim.baseUrl());
        env.insert(QStringLiteral("LEPTON_CONSOLE_USER"), QStringLiteral("alice"));
        env.insert(QStringLiteral("LEPTON_CONSOLE_STORE"), uri);
        const CliRun run = CliProcess::run(CliProcess::program(),
                                           {QStringLiteral("pause"), name, QStringLiteral("--note"),
                                            QStringLiteral("Freeing the H100s for the release pipeline's load test; back on Friday")},
                                           env);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QTRY_COMPARE_WITH_TIMEOUT(demo.badge(name), QStringLiteral("Paused"), 20000);
        // Room for alice's note under its header.
        if (auto *notes = window->findChild<QDockWidget *>(QStringLiteral("notesDock")))
            window->resizeDocks({notes}, {230}, Qt::Vertical);
        QTest::qWait(1000); // let the details and notes docks settle before the picture
        QVERIFY(window->grab().save(shotPath(QStringLiteral("teamstore-colleague.png"))));

        window->deploymentActions()->historyAction()->trigger();
        DeploymentHistoryDialog *history = nullptr;
        QTRY_VERIFY((history = window->findChild<DeploymentHistoryDialog *>()) && history->model()->hasLoaded());
        QVERIFY(QTest::qWaitForWindowExposed(history));
        QTest::qWait(300);
        QVERIFY(history->grab().save(shotPath(QStringLiteral("history.png"))));
        history->close();

        QSettings settings(demo.dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat);
        TokenStore passwords(QStringLiteral("lepton-console-shots-store"));
        SettingsDialog dialog(window);
        auto *page = new TeamStorePage(&settings, &passwords);
        dialog.addPage(page);
        const QUrl server(uri);
        page->teamButton()->setChecked(true);
        page->hostEdit()->setText(server.host());
        page->portEdit()->setValue(server.port(5432));
        page->databaseEdit()->setText(server.path().mid(1));
        page->userEdit()->setText(server.userName());
        page->sslModeBox()->setCurrentIndex(page->sslModeBox()->findData(int(StoreSettings::SslMode::Disable)));
        dialog.resize(820, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy tested(page, &TeamStorePage::testFinished);
        page->testButton()->click();
        QVERIFY(tested.wait(20000));
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(shotPath(QStringLiteral("teamstore-settings.png"))));
    }

    // alerts.png and alerts-dark.png: the Alerts dock (View > Alerts) with a few open, acknowledged
    // and closed alerts, the first one selected in the dock and its deployment in the table;
    // alerts-tray.png: the tray icon with the open alerts' count beside its tooltip.
    void alertsDock()
    {
        DemoWindow demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window.get();
        window->resize(1400, 900);
        AlertBook book;
        window->setAlertBook(&book);
        const QStringList ready = demo.readyEndpoints();
        QVERIFY(ready.size() >= 3);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto raise = [&](Alert::Rule rule, ResourceKind kind, const QString &name, const QString &message, int minutesAgo) {
            Alert alert;
            alert.rule = rule;
            alert.kind = kind;
            alert.name = name;
            alert.workspaceId = demo.sim.workspaceId();
            alert.message = message;
            alert.raisedAt = now.addSecs(-60 * minutesAgo);
            return book.raise(alert);
        };
        const quint64 closed = raise(Alert::Rule::StuckNotReady, ResourceKind::Endpoint, ready.at(2),
                                     QStringLiteral("%1 was Not Ready for 10 minutes after a resume.").arg(ready.at(2)), 95);
        book.close(closed, now.addSecs(-60 * 80));
        const quint64 review = raise(Alert::Rule::ReviewDue, ResourceKind::Endpoint, QStringLiteral("mistral-7b"),
                                     QStringLiteral("The review of the pause of mistral-7b (paused by bob) is due today."), 42);
        book.acknowledge(review);
        raise(Alert::Rule::TokenExpiring, ResourceKind::Endpoint, QString(),
              QStringLiteral("The token for workspace demo expires in 2 days."), 30);
        raise(Alert::Rule::CrashLoop, ResourceKind::Pod, QStringLiteral("dev-pod-alice"),
              QStringLiteral("dev-pod-alice restarted 4 times in 10 minutes (OOMKilled)."), 6);
        const quint64 error = raise(Alert::Rule::EnteredError, ResourceKind::Endpoint, ready.at(0),
                                    QStringLiteral("%1 entered Error: CrashLoopBackOff on replica 2.").arg(ready.at(0)), 1);

        window->alertsDock()->show();
        window->alertsDock()->raise();
        window->resizeDocks({window->alertsDock()}, {260}, Qt::Vertical);
        QVERIFY(window->alertsView()->selectAlert(error));
        Q_EMIT window->alertsView()->tableView()->activated(window->alertsView()->tableView()->currentIndex());
        QTest::qWait(800);
        QVERIFY(window->grab().save(shotPath(QStringLiteral("alerts.png"))));

        Theme::apply(Theme::Choice::Dark);
        QTest::qWait(500);
        QVERIFY(window->grab().save(shotPath(QStringLiteral("alerts-dark.png"))));
        Theme::apply(Theme::Choice::System);

        // The tray's icon and tooltip (the offscreen platform has no tray to grab).
        TrayIcon *tray = window->trayIcon();
        QLabel tip;
        tip.setText(tray->toolTip());
        tip.setMargin(8);
        tip.adjustSize();
        const QImage icon = TrayIcon::renderIcon(tray->badgeCount(), 48);
        QImage sheet(icon.width() + tip.width() + 36, std::max(icon.height(), tip.height()) + 24, QImage::Format_ARGB32);
        sheet.fill(QApplication::palette().color(QPalette::Window));
        QPainter p(&sheet);
        p.drawImage(QPoint(12, 12), icon);
        p.drawImage(QPoint(icon.width() + 24, 12), tip.grab().toImage());
        p.end();
        QVERIFY(sheet.save(shotPath(QStringLiteral("alerts-tray.png"))));
        window->setAlertBook(nullptr);
    }

    // tray.png: the tray icon at the sizes panels use, on a light and a dark panel.
    void trayIcon()
    {
        const int sizes[] = {16, 22, 24, 32, 48, 64};
        const int counts[] = {0, 1, 3, 12, 150};
        const int pad = 12;
        QImage sheet(pad + int(std::size(sizes)) * (64 + pad), pad + 2 * int(std::size(counts)) * (64 + pad),
                     QImage::Format_ARGB32);
        sheet.fill(QColor(0xf4, 0xf4, 0xf5));
        QPainter p(&sheet);
        p.fillRect(0, sheet.height() / 2, sheet.width(), sheet.height() / 2, QColor(0x20, 0x21, 0x24));
        for (int panel = 0; panel < 2; ++panel) {
            for (int c = 0; c < int(std::size(counts)); ++c) {
                for (int s = 0; s < int(std::size(sizes)); ++s) {
                    const int x = pad + s * (64 + pad) + (64 - sizes[s]) / 2;
                    const int y = pad + (panel * int(std::size(counts)) + c) * (64 + pad) + (64 - sizes[s]) / 2;
                    p.drawImage(QPoint(x, y), TrayIcon::renderIcon(counts[c], sizes[s]));
                }
            }
        }
        p.end();
        QVERIFY(sheet.save(shotPath(QStringLiteral("tray.png"))));
    }
};

QTEST_MAIN(Screenshots)
#include "screenshots.moc"
