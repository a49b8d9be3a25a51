// Desktop notifications for alerts, end to end: the console as main() builds it
// (ConsoleApplication, the demo workspace over HTTP) sends its notifications to a
// notification service this test registers on a D-Bus daemon of its own (so no other test's
// service or none can interfere). With the window hidden in the tray, an alert for a
// deployment that went into Error gives exactly one Notify (summary, body, actions, hints) and
// no tray message besides; the service's ActionInvoked "show" brings the window back with
// that row selected (also for a pod), and "resume" asks the toolbar's question and resumes.
// Without a service, or with one that never answers, nothing waits: the dock and the tray
// have the alert. An alert that closes (the deployment recovered, forced over the simulator's
// HTTP control route) or is acknowledged in the dock withdraws its notification
// (CloseNotification with the id Notify returned). The rules the notifier reads are loaded
// once and read again when the Alert Rules page saves.
#include "app/credentials/tokenexpirywatcher.h"
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/notifications/freedesktopnotifications.h"
#include "app/simulator/simulatorfault.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/watch/alertbook.h"
#include "app/watch/alertlistmodel.h"
#include "app/watch/alertnotifier.h"
#include "app/watch/alertrules.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/mainwindowfixture.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notifications/trayicon.h"
#include "ui/resources/kindtabs.h"
#include "ui/resources/resourceview.h"
#include "ui/shell/consoleapplication.h"
#include "app/storage/schedulestore.h"
#include "ui/schedule/scheduleboard.h"
#include "ui/schedule/windowschedulerunner.h"
#include "ui/settings/alertrulespage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/workspaceflow.h"
#include "ui/watch/alertsview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>

#include <QSettings>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kService = QStringLiteral("lepton-console-tests-alerts");

// The desktop's notification service, as far as the console uses it.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
    };
    QList<Call> calls;
    QList<uint> closes; // CloseNotification's ids, in order
    bool holdReplies = false;
    QList<QDBusMessage> held;
    QDBusConnection bus{QString()};

    // The user clicked an action of notification `id`.
    void invoke(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << action;
        QVERIFY(bus.send(signal));
    }

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout,
                const QDBusMessage &message)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(timeout)
        Call call{appName, appIcon, summary, body, actions, hints, uint(100 + calls.size())};
        calls << call;
        if (holdReplies) {
            message.setDelayedReply(true);
            held << message;
        }
        return call.id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    // As a desktop's service: the notification goes, NotificationClosed says so (reason 3).
    void CloseNotification(uint id)
    {
        closes << id;
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("NotificationClosed"));
        signal << id << uint(3);
        bus.send(signal);
    }
};

} // namespace

class TestAlertNotifications : public QObject
{
    Q_OBJECT

private:
    int m_baseAlerts = 0;
    QProcess m_daemon;
    QString m_address;
    FakeNotifications m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleApplication> m_console;

    MainWindow *window() const { return m_console->window(); }

    bool registerService(bool on)
    {
        const QString name = QString::fromLatin1(FreedesktopNotifications::Service);
        return on ? m_fake.bus.registerService(name) : m_fake.bus.unregisterService(name);
    }

    // `on`: the rules that watch the demo; `quietStart`: nothing is notified at start.
    void startConsole(const QList<Alert::Rule> &on = {Alert::Rule::EnteredError}, bool quietStart = true)
    {
        {
            // Only the Error rule watches the demo here: its seeded pauses (one due for review
            // today) and its moving states are news of their own, kept out of these counts.
            QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            AlertRules rules;
            for (int i = 0; i <= int(Alert::Rule::ApiUnreachable); ++i)
                rules.setOn(Alert::Rule(i), on.contains(Alert::Rule(i)));
            rules.save(settings, QStringLiteral("demo"));
        }
        m_console = std::make_unique<ConsoleApplication>(m_dir->filePath(QStringLiteral("settings.ini")));
        ConsoleApplication::Options options;
        options.demo = true;
        options.keychainService = kService;
        options.notificationBus = m_address;
        QVERIFY(m_console->start(options));
        QTRY_VERIFY_WITH_TIMEOUT(window()->proxy()->rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_console->flow()->session(), 5000);
        // What the demo already had in Error when it opened: listed (not notified).
        m_baseAlerts = int(m_console->alertBook()->alerts().size());
        if (quietStart)
            QVERIFY(m_fake.calls.isEmpty());
    }

    // The first deployment the table shows in `state`.
    QString shownIn(const QString &state) const
    {
        const QAbstractItemModel *model = window()->proxy();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, DeploymentTableModel::StatusColumn).data().toString() == state)
                return model->index(row, DeploymentTableModel::NameColumn).data(DeploymentTableModel::NameRole).toString();
        }
        return QString();
    }

    // POST {base}/simulator/state: the server changes the resource's state on its own.
    void forceState(const QString &name, const QString &state, const QString &message = QString())
    {
        QNetworkAccessManager http;
        QUrl url = m_console->simulator()->baseUrl();
        url.setPath(url.path() + QStringLiteral("/simulator/state"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_console->simulator()->token().toUtf8());
        const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("endpoint")},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("state"), state},
                               {QStringLiteral("message"), message}};
        QNetworkReply *reply = http.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    Alert alertFor(Alert::Rule rule, ResourceKind kind, const QString &name, const QString &message) const
    {
        Alert alert;
        alert.rule = rule;
        alert.kind = kind;
        alert.name = name;
        alert.workspaceId = m_console->flow()->session()->workspaceId();
        alert.message = message;
        alert.raisedAt = QDateTime::currentDateTimeUtc();
        return alert;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A session bus of this test's own: the notification service below is the only one.
        m_daemon.setProgram(QStringLiteral("dbus-daemon"));
        m_daemon.setArguments({QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        m_daemon.start();
        if (!m_daemon.waitForStarted(5000))
            QSKIP("dbus-daemon is not installed (package dbus)");
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 5000);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        m_fake.bus = QDBusConnection::connectToBus(m_address, QStringLiteral("fake-notifications"));
        QVERIFY2(m_fake.bus.isConnected(), qPrintable(m_fake.bus.lastError().message()));
        QVERIFY(m_fake.bus.registerObject(QString::fromLatin1(FreedesktopNotifications::Path), &m_fake,
                                          QDBusConnection::ExportAllSlots));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("lepton-notifications"));
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv(LocalDatabase::DataDirEnvVar, m_dir->filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("LEPTON_CACHE_DIR", m_dir->filePath(QStringLiteral("lep")).toLocal8Bit());
        for (const char *name : {"LEPTON_WORKSPACE_ID", "LEPTON_WORKSPACE_TOKEN", "LEPTON_WORKSPACE_URL",
                                 "LEPTON_WORKSPACE_ORIGIN_URL", "LEPTON_CONSOLE_STORE"})
            qunsetenv(name);
        m_fake.calls.clear();
        m_fake.closes.clear();
        m_fake.held.clear();
        m_fake.holdReplies = false;
        QVERIFY(registerService(true));
    }

    void cleanup()
    {
        m_console.reset();
        m_dir.reset();
    }

    // The issue's "done when": window hidden, a deployment goes into Error, exactly one
    // desktop notification, and its "Show" brings the window to that row.
    void hiddenWindowOneNotifyAndShowSelectsTheRow()
    {
        startConsole();
        MainWindow *w = window();
        const QString name = shownIn(QStringLiteral("Ready"));
        QVERIFY(!name.isEmpty());
        w->table()->clearSelection();
        w->hide(); // in the tray
        QVERIFY(!w->isVisible());
        QSignalSpy trayPosted(w->trayIcon(), &TrayIcon::notificationPosted);

        // The server says Error; the table sees it (the old path would announce it).
        WorkspaceSimulator *simulator = m_console->simulator();
        QJsonObject deployment = simulator->deployment(name);
        QJsonObject status = deployment.value(QStringLiteral("status")).toObject();
        status.insert(QStringLiteral("state"), QStringLiteral("Error"));
        if (status.contains(QStringLiteral("phase")))
            status.insert(QStringLiteral("phase"), QStringLiteral("Error"));
        deployment.insert(QStringLiteral("status"), status);
        simulator->setDeployment(deployment);
        w->refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shownIn(QStringLiteral("Error")), name, 15000);

        // ... and the engine, fed by the window's poll, raises its alert: exactly one.
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake.calls.isEmpty(), 10000);
        QCOMPARE(m_fake.calls.size(), 1);
        QCOMPARE(m_console->alertBook()->alerts().size(), m_baseAlerts + 1);
        const Alert alert = m_console->alertBook()->alerts().last();
        QVERIFY(!alert.foundAtFirstSight);
        QCOMPARE(alert.rule, Alert::Rule::EnteredError);
        QCOMPARE(alert.name, name);
        const quint64 id = alert.id;
        const FakeNotifications::Call call = m_fake.calls.at(0);
        QVERIFY2(call.summary.contains(name) && call.summary.contains(QLatin1String("Entered Error")), qPrintable(call.summary));
        QVERIFY2(call.body.contains(alert.message), qPrintable(call.body));
        QCOMPARE(call.appName, QStringLiteral("Lepton Console"));
        QCOMPARE(call.appIcon, QStringLiteral("lepton-console"));
        QVERIFY2(call.actions.contains(QLatin1String("show")) && call.actions.contains(QLatin1String("Show")),
                 qPrintable(call.actions.join(QLatin1Char(','))));
        QVERIFY(!call.actions.contains(QLatin1String("resume"))); // nothing to resume in an Error
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("lepton-console"));
        // One notification: the tray posts no "changed to Error" of its own.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(trayPosted.size(), 0);
        QCOMPARE(m_fake.calls.size(), 1);
        QCOMPARE(w->trayIcon()->alertCount(), m_baseAlerts + 1);

        m_fake.invoke(call.id, QStringLiteral("show"));
        QTRY_VERIFY_WITH_TIMEOUT(w->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(w->selectedNames(), QStringList{name}, 5000);
        QCOMPARE(w->alertsView()->currentAlertId(), id);
        QCOMPARE(m_fake.calls.size(), 1);
    }

    void showSelectsAPodInItsTab()
    {
        startConsole();
        MainWindow *w = window();
        auto *tabs = w->findChild<KindTabs *>();
        ResourceView *pods = tabs->view(ResourceKind::Pod);
        QVERIFY(pods);
        QTRY_VERIFY_WITH_TIMEOUT(pods->table()->model()->rowCount() > 0, 15000);
        const QString pod = pods->table()->model()->index(0, 0).data(Qt::DisplayRole).toString();
        QVERIFY(!pod.isEmpty());
        QVERIFY(tabs->currentKind() == ResourceKind::Endpoint);
        w->hide();

        m_console->alertBook()->raise(alertFor(Alert::Rule::CrashLoop, ResourceKind::Pod, pod,
                                               QStringLiteral("%1 restarted 3 times in 10 minutes.").arg(pod)));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
        QVERIFY(m_fake.calls.at(0).summary.contains(pod));
        m_fake.invoke(m_fake.calls.at(0).id, QStringLiteral("show"));
        QTRY_VERIFY_WITH_TIMEOUT(w->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(tabs->currentKind() == ResourceKind::Pod, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(pods->selectedNames(), QStringList{pod}, 5000);
    }

    // A workspace-wide alert has no row: "Show" brings the Alerts dock forward with it current.
    void showOfAWorkspaceAlertRaisesTheDock()
    {
        startConsole();
        MainWindow *w = window();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->alertsDock()->hide(); // the user closed it
        w->hide();
        Alert token = alertFor(Alert::Rule::TokenExpiring, ResourceKind::Endpoint, QString(),
                               QStringLiteral("The token for workspace demo expires in 2 days."));
        const quint64 id = m_console->alertBook()->raise(token);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
        QCOMPARE(m_fake.calls.at(0).summary, Alert::ruleTitle(Alert::Rule::TokenExpiring));
        m_fake.invoke(m_fake.calls.at(0).id, QStringLiteral("show"));
        QTRY_VERIFY_WITH_TIMEOUT(w->isVisible(), 5000);
        QTRY_VERIFY(w->alertsDock()->isVisible());
        QCOMPARE(w->alertsView()->currentAlertId(), id);
    }

    // A pause whose review is due: "Resume" is offered, and choosing it asks the toolbar's
    // question and resumes through the window's own path.
    void resumeRunsTheWindowsResume()
    {
        startConsole();
        MainWindow *w = window();
        QString paused;
        QTRY_VERIFY_WITH_TIMEOUT(!(paused = shownIn(QStringLiteral("Paused"))).isEmpty(), 15000);
        w->hide();
        m_console->alertBook()->raise(alertFor(Alert::Rule::ReviewDue, ResourceKind::Endpoint, paused,
                                               QStringLiteral("The review of the pause of %1 is due.").arg(paused)));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
        QVERIFY2(m_fake.calls.at(0).actions.contains(QLatin1String("resume")),
                 qPrintable(m_fake.calls.at(0).actions.join(QLatin1Char(','))));
        QSignalSpy finished(w, &MainWindow::pauseFinished);
        m_fake.invoke(m_fake.calls.at(0).id, QStringLiteral("resume"));
        QVERIFY2(MainWindowFixture::confirmAction(), "Resume did not ask first");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.at(0).at(0).value<PauseOutcome>().kind, PauseOutcome::Kind::Resumed);
        QVERIFY(w->isVisible());
    }

    // No notification service on the bus: the alert is in the dock and the tray, the call
    // fails from the event loop, nothing else happens.
    void withoutAServiceTheDockAndTrayStillWork()
    {
        QVERIFY(registerService(false));
        startConsole();
        MainWindow *w = window();
        w->hide();
        QSignalSpy failed(m_console->alertNotifier()->client(), &FreedesktopNotifications::failed);
        const QString name = shownIn(QStringLiteral("Ready"));
        const quint64 id = m_console->alertBook()->raise(
            alertFor(Alert::Rule::StuckNotReady, ResourceKind::Endpoint, name, QStringLiteral("Not ready for 11 minutes.")));
        QVERIFY(failed.isEmpty()); // the answer comes later, never inside raise()
        QCOMPARE(w->alertsView()->model()->rowCount(), m_baseAlerts + 1);
        QVERIFY(w->alertsView()->selectAlert(id)); // listed beside what the demo had in Error
        QCOMPARE(w->trayIcon()->alertCount(), m_baseAlerts + 1);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(m_fake.calls.isEmpty());
        // The dock's row still leads to the deployment.
        w->show();
        QVERIFY(w->alertsView()->selectAlert(id));
        emit w->alertsView()->tableView()->activated(w->alertsView()->tableView()->currentIndex());
        QTRY_COMPARE(w->selectedNames(), QStringList{name});
    }

    // Good news (a resume became Ready) is notified only while its rule is on for the alert's
    // workspace; with the notifications switch off nothing is notified at all.
    void goodNewsOnlyWhenItsRuleIsOn()
    {
        QSettings settings(m_dir->filePath(QStringLiteral("notifier.ini")), QSettings::IniFormat);
        AlertBook book;
        AlertNotifier notifier(QDBusConnection::connectToBus(m_address, QStringLiteral("lepton-notifications")), &settings);
        notifier.setAlertBook(&book);
        QSignalSpy notified(&notifier, &AlertNotifier::notified);
        Alert ready;
        ready.rule = Alert::Rule::ResumeReady;
        ready.name = QStringLiteral("llama");
        ready.workspaceId = QStringLiteral("prod");
        ready.message = QStringLiteral("llama is Ready again, 2 minutes after its resume.");
        book.raise(ready); // off by default
        QCOMPARE(notified.size(), 0);

        AlertRules rules = AlertRules::load(settings, QStringLiteral("prod"));
        rules.resumeReady = true;
        rules.save(settings, QStringLiteral("prod"));
        notifier.reloadRules(); // as the Alert Rules page's save does
        book.raise(ready);
        QCOMPARE(notified.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 5000);
        QVERIFY(m_fake.calls.at(0).summary.contains(QLatin1String("llama")));
        QCOMPARE(m_fake.calls.at(0).hints.value(QStringLiteral("urgency")).toInt(), 0); // low: good news

        settings.setValue(TrayIcon::notificationsKey(), false);
        Alert error = ready;
        error.rule = Alert::Rule::EnteredError;
        book.raise(error);
        QCOMPARE(notified.size(), 1);
    }

    // A service that never answers: the window's thread goes on (the service, on this very
    // thread, receives the call while it is out), and the call ends after its timeout.
    void aServiceThatNeverAnswersBlocksNothing()
    {
        m_fake.holdReplies = true;
        startConsole();
        FreedesktopNotifications *client = m_console->alertNotifier()->client();
        client->setCallTimeout(1500);
        window()->hide();
        QSignalSpy failed(client, &FreedesktopNotifications::failed);
        QSignalSpy delivered(client, &FreedesktopNotifications::delivered);
        m_console->alertBook()->raise(alertFor(Alert::Rule::EnteredError, ResourceKind::Endpoint,
                                               shownIn(QStringLiteral("Ready")), QStringLiteral("Error.")));
        QVERIFY(failed.isEmpty() && delivered.isEmpty()); // raise() did not wait for an answer
        QCOMPARE(window()->alertsView()->model()->rowCount(), m_baseAlerts + 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.held.size(), 1, 5000);
        QVERIFY(failed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(delivered.isEmpty());
    }

    // A deployment in Error that recovers closes its alert, and the "Entered Error" bubble
    // leaves the desktop's notification centre: CloseNotification with the id Notify returned.
    void aRecoveredDeploymentWithdrawsItsNotification()
    {
        startConsole();
        MainWindow *w = window();
        const QString name = shownIn(QStringLiteral("Ready"));
        QVERIFY(!name.isEmpty());
        w->hide();
        forceState(name, QStringLiteral("Error"), QStringLiteral("CUDA out of memory"));
        w->refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 15000);
        const uint notified = m_fake.calls.at(0).id;
        QVERIFY(m_fake.calls.at(0).summary.contains(name));
        const Alert alert = m_console->alertBook()->alerts().last();
        QVERIFY(alert.isOpen());
        QVERIFY(m_fake.closes.isEmpty());

        forceState(name, QStringLiteral("Ready"));
        w->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_console->alertBook()->find(alert.id)->isOpen(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.closes, QList<uint>{notified}, 5000);
        QCOMPARE(m_fake.calls.size(), 1); // closing is not news
        // The service's NotificationClosed came back: the client holds nothing for it.
        QTRY_COMPARE(m_console->alertNotifier()->client()->liveCount(), 0);
    }

    // Acknowledged in the Alerts dock: seen, so its bubble goes as well (the alert stays open).
    void acknowledgingInTheDockWithdrawsTheNotification()
    {
        startConsole();
        MainWindow *w = window();
        w->hide();
        const QString name = shownIn(QStringLiteral("Ready"));
        const quint64 id = m_console->alertBook()->raise(
            alertFor(Alert::Rule::StuckNotReady, ResourceKind::Endpoint, name, QStringLiteral("Not ready for 11 minutes.")));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
        QTRY_COMPARE(m_console->alertNotifier()->client()->liveCount(), 1); // Notify answered
        w->show();
        QVERIFY(w->alertsView()->selectAlert(id));
        w->alertsView()->acknowledgeAction()->trigger();
        QVERIFY(m_console->alertBook()->find(id)->acknowledged);
        QVERIFY(m_console->alertBook()->find(id)->isOpen());
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.closes, QList<uint>{m_fake.calls.at(0).id}, 5000);
    }

    // Closed before the service answered Notify: withdrawn as soon as the id is known.
    void closedBeforeTheServiceAnsweredIsWithdrawnWhenItDoes()
    {
        m_fake.holdReplies = true;
        startConsole();
        window()->hide();
        const quint64 id = m_console->alertBook()->raise(alertFor(Alert::Rule::EnteredError, ResourceKind::Endpoint,
                                                                  shownIn(QStringLiteral("Ready")), QStringLiteral("Error.")));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.held.size(), 1, 10000);
        QVERIFY(m_console->alertBook()->close(id, QDateTime::currentDateTimeUtc()));
        QCoreApplication::processEvents();
        QVERIFY(m_fake.closes.isEmpty()); // no id yet to close
        QDBusMessage held = m_fake.held.takeFirst();
        QVERIFY(m_fake.bus.send(held.createReply(QVariant::fromValue(m_fake.calls.at(0).id))));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.closes, QList<uint>{m_fake.calls.at(0).id}, 5000);
    }

    // The notifier reads the rules once, not on every alert: a change written behind its back
    // is not seen; the Alert Rules page's save is, at once.
    void rulesAreReadOnceAndAgainWhenThePageSaves()
    {
        startConsole();
        window()->hide();
        const QString workspace = m_console->flow()->session()->workspaceId();
        Alert ready = alertFor(Alert::Rule::ResumeReady, ResourceKind::Endpoint, shownIn(QStringLiteral("Ready")),
                               QStringLiteral("Ready again, 2 minutes after its resume."));
        QSignalSpy notified(m_console->alertNotifier(), &AlertNotifier::notified);
        m_console->alertBook()->raise(ready); // off (as startConsole saved the rules)
        QCOMPARE(notified.size(), 0);
        {
            QSettings behind(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            AlertRules rules = AlertRules::load(behind, workspace);
            rules.resumeReady = true;
            rules.save(behind, workspace);
        }
        m_console->settings()->sync();
        m_console->alertBook()->raise(ready);
        QCOMPARE(notified.size(), 0); // not read again for each alert

        // The page shows what the settings hold; the user changes a threshold and applies.
        SettingsDialog *dialog = m_console->showSettings();
        auto *page = dialog->findChild<AlertRulesPage *>();
        QVERIFY(page);
        QVERIFY(page->ruleSwitch(Alert::Rule::ResumeReady)->isChecked());
        QSignalSpy saved(page, &AlertRulesPage::rulesChanged);
        page->stuckMinutes()->setValue(page->stuckMinutes()->value() + 1);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QTRY_COMPARE(saved.size(), 1);
        m_console->alertBook()->raise(ready);
        QCOMPARE(notified.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 5000);
        dialog->close();
    }

    // The token's expiry warning starts: one desktop notification, the TokenExpiring alert's,
    // and no tray message of its own; the next check says the same and notifies nothing.
    void theTokenWarningIsOneNotificationOfItsAlert()
    {
        startConsole({Alert::Rule::EnteredError, Alert::Rule::TokenExpiring});
        MainWindow *w = window();
        TokenExpiryWatcher *watcher = w->tokenExpiryWatcher();
        QSignalSpy checked(watcher, &TokenExpiryWatcher::checked);
        // Far off first (the demo's token, as DGX Cloud's, lasts a day): no warning.
        m_console->simulator()->setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(30));
        watcher->check();
        QVERIFY(checked.wait(10000));
        QTRY_VERIFY(watcher->notice().isEmpty());
        w->hide();
        QSignalSpy trayPosted(w->trayIcon(), &TrayIcon::notificationPosted);
        m_fake.calls.clear();

        m_console->simulator()->setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(2).addSecs(600));
        watcher->check();
        QVERIFY(checked.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
        QCOMPARE(m_fake.calls.at(0).summary, Alert::ruleTitle(Alert::Rule::TokenExpiring));
        QVERIFY2(m_fake.calls.at(0).body.contains(QLatin1String("expires in 2 days")), qPrintable(m_fake.calls.at(0).body));
        QVERIFY2(w->trayIcon()->toolTip().contains(QLatin1String("expires in 2 days")), qPrintable(w->trayIcon()->toolTip()));

        watcher->check();
        QVERIFY(checked.wait(10000));
        QCoreApplication::processEvents();
        QCOMPARE(m_fake.calls.size(), 1);
        QCOMPARE(trayPosted.size(), 0);
    }

    // A scheduled pause the server refuses: the window's schedule runner reports it failed, an
    // alert with the server's words is in the dock and on the desktop; the next transition
    // (the resume, carried out) closes it and withdraws the notification.
    void aFailedScheduledPauseIsAnAlertUntilALaterTransitionSucceeds()
    {
        startConsole({Alert::Rule::EnteredError, Alert::Rule::ScheduleFailed});
        MainWindow *w = window();
        const QString name = shownIn(QStringLiteral("Ready"));
        QVERIFY(!name.isEmpty());
        auto *board = w->findChild<ScheduleBoard *>();
        auto *runner = w->findChild<WindowScheduleRunner *>(QStringLiteral("scheduleRunner"));
        QVERIFY(board && runner && board->store());
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 10000);
        const QTimeZone berlin("Europe/Berlin");
        QDateTime at(QDate(2026, 12, 7), QTime(20, 1), berlin); // a Monday, just after the pause
        board->setClock([&at] { return at; });
        ScheduleRecord record;
        record.workspaceId = m_console->flow()->session()->workspaceId();
        record.kind = QStringLiteral("endpoint");
        record.name = name;
        record.pause = QStringLiteral("Mon-Fri 20:00");
        record.resume = QStringLiteral("Mon-Fri 21:00");
        record.timeZone = QStringLiteral("Europe/Berlin");
        bool stored = false;
        board->store()->setSchedule(record, this, [&](const StoreResult<ScheduleRecord> &result) {
            QVERIFY2(result.ok(), qPrintable(result.error.message));
            stored = true;
        });
        QTRY_VERIFY(stored);
        w->hide();
        m_console->simulator()->injectFault(WorkspaceSimulator::Fault::httpStatus(
            403, R"({"code":"Forbidden","message":"GPU quota exceeded"})", "application/json").on("PATCH", name).times(-1));

        QSignalSpy ran(runner, &WindowScheduleRunner::ran);
        runner->runNow();
        QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 1, 15000);
        const ScheduleRunner::Report report = ran.last().first().value<ScheduleRunner::Report>();
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(report.items.first().kind, ScheduleRunner::Item::Kind::Failed);

        const Alert alert = m_console->alertBook()->alerts().last();
        QCOMPARE(alert.rule, Alert::Rule::ScheduleFailed);
        QCOMPARE(alert.name, name);
        QVERIFY(alert.isOpen());
        QVERIFY2(alert.message.contains(QLatin1String("GPU quota exceeded")), qPrintable(alert.message));
        QVERIFY(w->alertsView()->selectAlert(alert.id)); // in the Alerts dock
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
        QVERIFY2(m_fake.calls.at(0).summary.contains(name)
                     && m_fake.calls.at(0).summary.contains(Alert::ruleTitle(Alert::Rule::ScheduleFailed)),
                 qPrintable(m_fake.calls.at(0).summary));
        QVERIFY2(m_fake.calls.at(0).body.contains(QLatin1String("GPU quota exceeded")), qPrintable(m_fake.calls.at(0).body));

        // The resume at 21:00 is carried out (nothing was paused, nothing to restore): closed.
        m_console->simulator()->clearFaults();
        at = QDateTime(QDate(2026, 12, 7), QTime(21, 1), berlin);
        runner->runNow();
        QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 2, 15000);
        QCOMPARE(ran.last().first().value<ScheduleRunner::Report>().items.first().kind, ScheduleRunner::Item::Kind::Done);
        QVERIFY(!m_console->alertBook()->find(alert.id)->isOpen());
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.closes, QList<uint>{m_fake.calls.at(0).id}, 5000);
    }
};

QTEST_MAIN(TestAlertNotifications)
#include "tst_alertnotifications.moc"
