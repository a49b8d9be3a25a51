// The tray's logic without a tray: the trouble count and tooltip, pause and resume outcomes,
// the notifications switch kept in the settings, and the badge drawing. With an AlertBook
// (issue 20): the badge and tooltip count its open alerts. An Error change or the token's
// expiry is an alert's notification (tst_alertnotifications), never the tray's.
#include "app/deployments/deploymenttablemodel.h"
#include "app/watch/alertbook.h"
#include "ui/shell/theme.h"
#include "ui/widgets/tonecolors.h"
#include "ui/notifications/trayicon.h"
#include "app/common/translationloader.h"
#include "tests/support/deploymentinstate.h"

#include <QAction>
#include <QJsonObject>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestTrayIcon : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

private Q_SLOTS:
    // As at start-up: the English catalogue has the plural forms ("1 deployment", "2 deployments").
    void initTestCase() { TranslationLoader::install(qApp, QLocale(QLocale::English)); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("tray.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void countsDeploymentsInTroubleInIconAndTooltip()
    {
        DeploymentTableModel model;
        model.applyDeployments(fleetInStates("Ready", "Error", "Not Ready", 1));
        TrayIcon tray(m_settings.get());
        QCOMPARE(tray.troubleCount(), 0);
        QSignalSpy counts(&tray, &TrayIcon::troubleCountChanged);

        tray.setWorkspaceName(QStringLiteral("prod"));
        tray.setModel(&model);
        QCOMPARE(tray.troubleCount(), 2);
        QCOMPARE(counts.size(), 1);
        QVERIFY2(tray.toolTip().contains(QLatin1String("prod")), qPrintable(tray.toolTip()));
        QVERIFY2(tray.toolTip().contains(QLatin1String("2 deployment")), qPrintable(tray.toolTip()));
        QVERIFY(!tray.icon().isNull());

        model.applyDeployments(fleetInStates("Ready", "Ready", "Ready", 2));
        QCOMPARE(tray.troubleCount(), 0);
        QVERIFY2(tray.toolTip().contains(QLatin1String("No deployment needs attention")), qPrintable(tray.toolTip()));

        tray.setModel(nullptr);
        QCOMPARE(tray.troubleCount(), 0);
    }

    void newDeploymentsAreNotAnnounced()
    {
        DeploymentTableModel model;
        model.applyDeployments({deploymentInState("llama", "Ready")});
        TrayIcon tray(m_settings.get());
        tray.setModel(&model);
        QSignalSpy posted(&tray, &TrayIcon::notificationPosted);
        model.applyDeployments({deploymentInState("llama", "Ready"), deploymentInState("broken", "Error")});
        QTest::qWait(10);
        QCOMPARE(posted.size(), 0);
        QCOMPARE(tray.troubleCount(), 1);
    }

    void pauseAndResumeOutcomes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("announced");
        QTest::addColumn<QString>("titleContains");
        QTest::newRow("paused") << int(PauseOutcome::Kind::Paused) << true << "Paused llama";
        QTest::newRow("resumed") << int(PauseOutcome::Kind::Resumed) << true << "Resumed llama";
        QTest::newRow("failed") << int(PauseOutcome::Kind::Failed) << true << "llama";
        QTest::newRow("store failed") << int(PauseOutcome::Kind::LocalStoreFailed) << true << "llama";
        QTest::newRow("already paused") << int(PauseOutcome::Kind::AlreadyPaused) << false << "";
        QTest::newRow("not paused") << int(PauseOutcome::Kind::NotPaused) << false << "";
        QTest::newRow("needs replicas") << int(PauseOutcome::Kind::NeedsReplicaCount) << false << "";
        QTest::newRow("changed while paused") << int(PauseOutcome::Kind::ChangedWhilePaused) << false << "";
    }

    void pauseAndResumeOutcomes()
    {
        QFETCH(int, kind);
        QFETCH(bool, announced);
        QFETCH(QString, titleContains);
        TrayIcon tray(m_settings.get());
        QSignalSpy posted(&tray, &TrayIcon::notificationPosted);
        PauseOutcome outcome;
        outcome.kind = PauseOutcome::Kind(kind);
        outcome.deploymentName = QStringLiteral("llama");
        outcome.message = QStringLiteral("Something happened to llama.");
        tray.notifyPauseFinished(outcome);
        QCOMPARE(posted.size(), announced ? 1 : 0);
        if (announced) {
            const auto n = posted.at(0).at(0).value<TrayIcon::Notification>();
            QVERIFY2(n.title.contains(titleContains), qPrintable(n.title));
            QCOMPARE(n.message, outcome.message);
        }
    }

    void switchOffIsRememberedAndSilences()
    {
        {
            TrayIcon tray(m_settings.get());
            QVERIFY(tray.notificationsEnabled());
            QVERIFY(tray.notificationsAction()->isChecked());
            QSignalSpy changed(&tray, &TrayIcon::notificationsEnabledChanged);
            tray.notificationsAction()->trigger(); // the menu's check box
            QCOMPARE(changed.size(), 1);
            QVERIFY(!tray.notificationsEnabled());
        }
        QCOMPARE(m_settings->value(TrayIcon::notificationsKey()).toBool(), false);

        TrayIcon tray(m_settings.get());
        QVERIFY(!tray.notificationsEnabled());
        QVERIFY(!tray.notificationsAction()->isChecked());
        QSignalSpy posted(&tray, &TrayIcon::notificationPosted);
        DeploymentTableModel model;
        model.applyDeployments({deploymentInState("llama", "Ready")});
        tray.setModel(&model);
        model.applyDeployments({deploymentInState("llama", "Error", 2)});
        PauseOutcome outcome;
        outcome.kind = PauseOutcome::Kind::Paused;
        outcome.deploymentName = QStringLiteral("llama");
        tray.notifyPauseFinished(outcome);
        QTest::qWait(10);
        QCOMPARE(posted.size(), 0);
        QCOMPARE(tray.troubleCount(), 1); // the badge still counts

        tray.setNotificationsEnabled(true);
        QVERIFY(tray.notificationsAction()->isChecked());
        tray.notifyPauseFinished(outcome);
        QCOMPARE(posted.size(), 1);
    }

    void noTrayNoIcon()
    {
        // The offscreen platform has no tray: show() says so and nothing breaks.
        TrayIcon tray(m_settings.get());
        QCOMPARE(tray.show(), TrayIcon::isSystemTrayAvailable());
        if (!TrayIcon::isSystemTrayAvailable())
            QVERIFY(!tray.systemTrayIcon());
    }

    void withAlertsTheBadgeCountsOpenAlerts()
    {
        DeploymentTableModel model;
        model.applyDeployments(fleetInStates("Ready", "Error", "Not Ready", 1));
        AlertBook book;
        TrayIcon tray(m_settings.get());
        tray.setModel(&model);
        QCOMPARE(tray.badgeCount(), 2); // no book: the deployments in trouble, as before
        QSignalSpy counts(&tray, &TrayIcon::alertCountChanged);
        tray.setAlertBook(&book);
        QCOMPARE(tray.badgeCount(), 0);
        QVERIFY2(tray.toolTip().contains(QLatin1String("No open alerts")), qPrintable(tray.toolTip()));

        Alert alert;
        alert.name = QStringLiteral("mistral");
        alert.workspaceId = QStringLiteral("prod");
        alert.message = QStringLiteral("mistral is in the Error state.");
        const quint64 first = book.raise(alert);
        alert.name = QStringLiteral("whisper");
        alert.rule = Alert::Rule::StuckNotReady;
        book.raise(alert);
        QCOMPARE(tray.alertCount(), 2);
        QCOMPARE(tray.badgeCount(), 2);
        QVERIFY2(tray.toolTip().contains(QLatin1String("2 open alert")), qPrintable(tray.toolTip()));
        QCOMPARE(counts.size(), 2);

        // Acknowledged or closed: no longer counted; the icon is drawn with the new number.
        QVERIFY(book.acknowledge(first));
        QCOMPARE(tray.alertCount(), 1);
        QVERIFY2(tray.toolTip().contains(QLatin1String("1 open alert")), qPrintable(tray.toolTip()));
        QCOMPARE(tray.icon().pixmap(32).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 TrayIcon::renderIcon(1, 32).convertToFormat(QImage::Format_ARGB32_Premultiplied));
        book.clear();
        QCOMPARE(tray.alertCount(), 0);
        QCOMPARE(tray.troubleCount(), 2); // the tooltip still says what the table has
    }

    // The alert of an Error change brings its own notification (AlertNotifier): the tray posts
    // no "changed to Error", nor one for the token warning (its tooltip says it).
    void withAlertsAnErrorIsNotAnnouncedTwice()
    {
        DeploymentTableModel model;
        model.applyDeployments(fleetInStates("Ready", "Ready", "Ready", 1));
        AlertBook book;
        TrayIcon tray(m_settings.get());
        tray.setModel(&model);
        tray.setAlertBook(&book);
        QSignalSpy posted(&tray, &TrayIcon::notificationPosted);
        model.applyDeployments(fleetInStates("Error", "Ready", "Ready", 2));
        tray.setTokenWarning(QStringLiteral("The token for workspace prod expires in 2 days."));
        QTest::qWait(10);
        QCOMPARE(posted.size(), 0);
        QVERIFY2(tray.toolTip().contains(QLatin1String("expires in 2 days")), qPrintable(tray.toolTip()));
    }

    void badgeDrawing()
    {
        const QImage plain = TrayIcon::renderIcon(0, 32);
        const QImage three = TrayIcon::renderIcon(3, 32);
        QCOMPARE(plain.size(), QSize(32, 32));
        QVERIFY(plain != three);
        // The badge sits in the bottom right corner, in red; the top left is the icon alone.
        const QColor corner = three.pixelColor(27, 27);
        QVERIFY2(corner.red() > 150 && corner.green() < 120, qPrintable(corner.name()));
        QCOMPARE(three.pixelColor(8, 8), plain.pixelColor(8, 8));

        // High-DPI: twice the pixels, same logical size.
        const QImage hidpi = TrayIcon::renderIcon(3, 32, 2.0);
        QCOMPARE(hidpi.size(), QSize(64, 64));
        QCOMPARE(hidpi.devicePixelRatio(), 2.0);
        // Above 99 the badge says "99+", as it does for 100.
        QCOMPARE(TrayIcon::renderIcon(150, 32), TrayIcon::renderIcon(100, 32));

        // In the dark theme the badge is drawn from the dark palette: still red, ringed in its
        // window colour, and not the light theme's picture.
        const QPalette dark = Theme::darkPalette();
        const QImage darkThree = TrayIcon::renderIcon(3, 32, 1.0, dark);
        const QColor darkCorner = darkThree.pixelColor(27, 27);
        QVERIFY2(darkCorner.red() > 150 && darkCorner.green() < 130, qPrintable(darkCorner.name()));
        QVERIFY(ToneColors::contrastRatio(darkCorner, dark.color(QPalette::Window)) >= 3.0);
        QVERIFY(darkThree != TrayIcon::renderIcon(3, 32, 1.0, Theme::lightPalette()));
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
