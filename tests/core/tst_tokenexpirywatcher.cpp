// TokenExpiryWatcher over HTTP against the simulator's GET /tokens: a notice when the token
// expires within a week, none when it is far off, "expired" once the moment passes (looked at
// again on time, not at the next daily read), and nothing for another client's late answer.
#include "app/api/leptonclient.h"
#include "app/credentials/tokenexpirywatcher.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/simulatorwithclient.h"

#include <QtTest>

using namespace std::chrono_literals;

class TestTokenExpiryWatcher : public QObject
{
    Q_OBJECT

private:
    SimulatorWithClient m_server;

private Q_SLOTS:
    void init() { QVERIFY(m_server.start({}, 5s)); }
    void cleanup() { m_server.stop(); }

    void warnsWithinAWeek()
    {
        m_server.simulator()->setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(2).addSecs(600));
        TokenExpiryWatcher watcher;
        QSignalSpy changed(&watcher, &TokenExpiryWatcher::noticeChanged);
        watcher.setClient(m_server.client());
        watcher.check();
        QVERIFY(changed.wait(5000));
        QCOMPARE(watcher.notice().level(), TokenExpiryNotice::Level::ExpiresSoon);
        QCOMPARE(watcher.notice().phrase(), QStringLiteral("expires in 2 days"));
        QCOMPARE(changed.last().first().value<TokenExpiryNotice>(), watcher.notice());

        // A new token, good for a month: the next read says nothing any more.
        m_server.simulator()->setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(30));
        watcher.check();
        QVERIFY(changed.wait(5000));
        QVERIFY(watcher.notice().isEmpty());
    }

    void farOffSaysNothing()
    {
        m_server.simulator()->setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(60));
        TokenExpiryWatcher watcher;
        QSignalSpy checked(&watcher, &TokenExpiryWatcher::checked);
        watcher.setClient(m_server.client());
        watcher.check();
        QVERIFY(checked.wait(5000));
        QVERIFY(watcher.lifetime().known());
        QVERIFY(watcher.notice().isEmpty());
    }

    void turnsExpiredWhenTheMomentPasses()
    {
        m_server.simulator()->setTokenExpiry(QDateTime::currentDateTimeUtc().addSecs(2));
        TokenExpiryWatcher watcher;
        QSignalSpy checked(&watcher, &TokenExpiryWatcher::checked);
        watcher.setClient(m_server.client());
        watcher.check();
        QVERIFY(checked.wait(5000));
        QCOMPARE(watcher.notice().level(), TokenExpiryNotice::Level::ExpiresSoon);
        // The daily read is far off; the watcher looks again when the token expires.
        QTRY_COMPARE_WITH_TIMEOUT(watcher.notice().level(), TokenExpiryNotice::Level::Expired, 10000);
    }

    void anotherClientsAnswerIsDropped()
    {
        m_server.simulator()->setTokenExpiry(QDateTime::currentDateTimeUtc().addDays(1));
        TokenExpiryWatcher watcher;
        QSignalSpy changed(&watcher, &TokenExpiryWatcher::noticeChanged);
        watcher.setClient(m_server.client());
        watcher.check();
        watcher.setClient(nullptr); // the workspace closed before the answer came
        QSignalSpy answered(m_server.client(), &LeptonClient::requestFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server.simulator()->requests().isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 1, 5000);
        QCoreApplication::processEvents();
        QVERIFY(watcher.notice().isEmpty());
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenExpiryWatcher)
#include "tst_tokenexpirywatcher.moc"
