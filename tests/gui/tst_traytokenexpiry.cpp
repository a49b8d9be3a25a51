// The tray warns of the token's expiry as the window's banner and the CLI do (issue 18 item 5):
// its tooltip says it. Against the simulator's GET /tokens. The one desktop notification when
// the warning starts is the TokenExpiring alert's (tst_alertnotifications,
// theTokenWarningIsOneNotificationOfItsAlert), never the tray's.
#include "app/credentials/tokenexpirywatcher.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/mainwindowfixture.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notifications/trayicon.h"

#include <QtTest>

using namespace std::chrono_literals;

class TestTrayTokenExpiry : public QObject
{
    Q_OBJECT

    MainWindowFixture m_fixture;

    TrayIcon *open(const QDateTime &expiry)
    {
        WorkspaceSimulator *sim = m_fixture.newSimulator();
        sim->setDeployments(SimulatorPopulation::demo());
        sim->setTokenExpiry(expiry);
        if (!sim->listen())
            return nullptr;
        m_fixture.openWindow(1h, 1h, 5s);
        // The window is not shown (not in front): the tray speaks.
        return m_fixture.window()->findChild<TrayIcon *>();
    }

private Q_SLOTS:
    void cleanup() { m_fixture.close(); }

    void tooltipWhenTheWarningStarts()
    {
        TrayIcon *tray = open(QDateTime::currentDateTimeUtc().addDays(2).addSecs(600));
        QVERIFY(tray);
        QSignalSpy posted(tray, &TrayIcon::notificationPosted);
        QSignalSpy checked(m_fixture.window()->tokenExpiryWatcher(), &TokenExpiryWatcher::checked);
        m_fixture.session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 1, 10000);
        const QString name = m_fixture.session()->displayName();
        const QString sentence = QStringLiteral("The token for workspace %1 expires in 2 days").arg(name);
        QTRY_VERIFY2(tray->toolTip().contains(sentence), qPrintable(tray->toolTip()));

        // The next daily check says the same: the tooltip keeps it; the tray posts nothing.
        m_fixture.window()->tokenExpiryWatcher()->check();
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 2, 10000);
        QCOMPARE(posted.size(), 0);
        QVERIFY(tray->toolTip().contains(sentence));
    }

    void nothingWhenTheExpiryIsFarOff()
    {
        TrayIcon *tray = open(QDateTime::currentDateTimeUtc().addDays(30));
        QVERIFY(tray);
        QSignalSpy posted(tray, &TrayIcon::notificationPosted);
        QSignalSpy checked(m_fixture.window()->tokenExpiryWatcher(), &TokenExpiryWatcher::checked);
        m_fixture.session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 1, 10000);
        QVERIFY(!tray->toolTip().contains(QStringLiteral("token")));
        QCOMPARE(posted.size(), 0);
    }
};

QTEST_MAIN(TestTrayTokenExpiry)
#include "tst_traytokenexpiry.moc"
