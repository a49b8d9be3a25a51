// The token's expiry in the window, against the simulator's GET /tokens: a banner over the
// deployments from a week before (a warning) and once expired (an error), with Replace Token;
// the same sentence in the workspace's tooltip; nothing when the expiry is far off; and a
// new token read again when the workspace restarts with it.
#include "app/credentials/tokenexpirywatcher.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/mainwindowfixture.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/errorbanner.h"
#include "ui/workspaces/workspaceswitcher.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

using namespace std::chrono_literals;

class TestTokenExpiryBanner : public QObject
{
    Q_OBJECT

private:
    MainWindowFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;
    std::unique_ptr<WorkspaceRegistry> m_registry;
    WorkspaceSwitcher *m_switcher = nullptr;

    ErrorBanner *tokenBanner() const { return m_window->findChild<ErrorBanner *>(QStringLiteral("tokenExpiryBanner")); }

    void open(const QDateTime &expiry)
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setDeployments(SimulatorPopulation::demo());
        m_sim->setTokenExpiry(expiry);
        QVERIFY(m_sim->listen());
        m_fixture.openWindow(1h, 1h, 5s);
        m_window = m_fixture.window();
        m_session = m_fixture.session();
        // As WorkspaceFlow puts it in the toolbar.
        m_registry = std::make_unique<WorkspaceRegistry>(m_fixture.settings());
        m_switcher = new WorkspaceSwitcher(m_registry.get(), m_window);
        m_window->mainToolBar()->insertWidget(m_window->mainToolBar()->actions().value(0), m_switcher);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->hasLoaded(), 10000);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_fixture.close();
        m_registry.reset();
    }

    void warnsAWeekBeforeWithAWayToReplaceTheToken()
    {
        open(QDateTime::currentDateTimeUtc().addDays(2).addSecs(600));
        ErrorBanner *banner = tokenBanner();
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QCOMPARE(banner->kind(), ErrorBanner::Kind::Warning);
        const QString name = m_session->displayName();
        QVERIFY2(banner->message().startsWith(QStringLiteral("The token for workspace %1 expires in 2 days").arg(name)),
                 qPrintable(banner->message()));
        // Over the deployments, not over a row of them.
        QVERIFY(banner->mapTo(m_window, QPoint(0, banner->height())).y()
                <= m_window->table()->mapTo(m_window, QPoint(0, 0)).y());
        // The same sentence in the workspace's tooltip.
        QVERIFY2(m_switcher->comboBox()->toolTip().contains(banner->message()), qPrintable(m_switcher->comboBox()->toolTip()));

        auto *replace = banner->findChild<QPushButton *>(QStringLiteral("errorBannerAction"));
        QVERIFY(replace);
        QVERIFY(replace->isVisible());
        QCOMPARE(replace->text(), QStringLiteral("&Replace Token…"));
        QSignalSpy requested(m_window, &MainWindow::replaceTokenRequested);
        QTest::mouseClick(replace, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);

        // A new token good for a month; the workspace starts again with it (as after the
        // re-enter-token dialog): the banner goes, and so does the tooltip's line.
        m_sim->setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(30));
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QVERIFY(!m_switcher->comboBox()->toolTip().contains(QStringLiteral("token")));
    }

    void anExpiredTokenIsAnError()
    {
        open(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600 - 60));
        ErrorBanner *banner = tokenBanner();
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QCOMPARE(banner->kind(), ErrorBanner::Kind::Error);
        QVERIFY2(banner->message().contains(QStringLiteral("expired 3 h ago")), qPrintable(banner->message()));
    }

    void farOffShowsNothing()
    {
        open(QDateTime::currentDateTimeUtc().addDays(40));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tokenExpiryWatcher()->lifetime().known(), 10000);
        QVERIFY(!tokenBanner()->isVisible());
        QVERIFY(!m_switcher->comboBox()->toolTip().contains(QStringLiteral("token")));
    }
};

QTEST_MAIN(TestTokenExpiryBanner)
#include "tst_tokenexpirybanner.moc"
