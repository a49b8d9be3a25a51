#include "app/credentials/workspaceurl.h"

#include <QTest>
#include <QUrl>

class TestWorkspaceUrl : public QObject
{
    Q_OBJECT

private slots:
    void defaultUrl();
    void allowedBaseUrl_data();
    void allowedBaseUrl();
    void loopbackHost_data();
    void loopbackHost();
};

void TestWorkspaceUrl::defaultUrl()
{
    QCOMPARE(WorkspaceUrl::defaultWorkspaceUrl(QStringLiteral("abc123")),
             QUrl(QStringLiteral("https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/abc123")));
    QCOMPARE(WorkspaceUrl::defaultWorkspaceUrl(QStringLiteral("abc123")).toString(),
             QStringLiteral("https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/abc123"));
    QVERIFY(WorkspaceUrl::isAllowedBaseUrl(WorkspaceUrl::defaultWorkspaceUrl(QStringLiteral("ws"))));
    // Nothing that could leave the workspaces path.
    QVERIFY(WorkspaceUrl::defaultWorkspaceUrl(QString()).isEmpty());
    QVERIFY(WorkspaceUrl::defaultWorkspaceUrl(QStringLiteral("..")).isEmpty());
    QVERIFY(WorkspaceUrl::defaultWorkspaceUrl(QStringLiteral("a/../../x")).isEmpty());
    QVERIFY(WorkspaceUrl::defaultWorkspaceUrl(QStringLiteral("a?b")).isEmpty());

    const QUrl custom(QStringLiteral("https://lepton.example.com/api/v2/workspaces/ws"));
    QCOMPARE(WorkspaceUrl::effectiveBaseUrl(QStringLiteral("ws"), custom), custom);
    QCOMPARE(WorkspaceUrl::effectiveBaseUrl(QStringLiteral("ws"), QUrl()),
             WorkspaceUrl::defaultWorkspaceUrl(QStringLiteral("ws")));
}

void TestWorkspaceUrl::allowedBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https default") << "https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/x" << true;
    QTest::newRow("https other host and port") << "https://lepton.example.com:8443/api" << true;
    QTest::newRow("HTTPS upper case") << "HTTPS://lepton.example.com/" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/api/v2/workspaces/sim" << true;
    QTest::newRow("http LOCALHOST") << "http://LocalHost/" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:1234/" << true;
    QTest::newRow("http 127.8.9.10") << "http://127.8.9.10/" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080/" << true;
    QTest::newRow("http v4-mapped loopback") << "http://[::ffff:127.0.0.1]/" << true;

    QTest::newRow("https localhost fqdn") << "https://localhost./" << true;

    QTest::newRow("http remote") << "http://gateway.dgxc-lepton.nvidia.com/api" << false;
    // "localhost." is a name DNS answers (not the hosts file): not trusted as this computer.
    QTest::newRow("http localhost fqdn") << "http://localhost./" << false;
    QTest::newRow("http LOCALHOST fqdn") << "http://LOCALHOST./api" << false;
    QTest::newRow("http private lan") << "http://192.168.1.10/" << false;
    QTest::newRow("http 0.0.0.0") << "http://0.0.0.0:8080/" << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.example/" << false;
    QTest::newRow("http sub.localhost") << "http://api.localhost/" << false;
    QTest::newRow("http 127 as name prefix") << "http://127.0.0.1.evil.example/" << false;
    QTest::newRow("http v4-mapped remote") << "http://[::ffff:10.0.0.1]/" << false;
    QTest::newRow("ftp") << "ftp://lepton.example.com/" << false;
    QTest::newRow("file") << "file:///tmp/x" << false;
    QTest::newRow("no scheme") << "lepton.example.com/api" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no host") << "https:///api" << false;
    QTest::newRow("user info") << "https://user:secret@lepton.example.com/" << false;
    QTest::newRow("query") << "https://lepton.example.com/api?x=1" << false;
    QTest::newRow("fragment") << "https://lepton.example.com/api#x" << false;
}

void TestWorkspaceUrl::allowedBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString why = QStringLiteral("stale");
    QCOMPARE(WorkspaceUrl::isAllowedBaseUrl(QUrl(url), &why), allowed);
    if (allowed) {
        QVERIFY(why.isEmpty());
    } else {
        QVERIFY(why.size() > 10);
        QVERIFY2(!why.contains(QLatin1String("secret")), qPrintable(why));
    }
    QCOMPARE(WorkspaceUrl::isAllowedBaseUrl(QUrl(url)), allowed); // why is optional
}

void TestWorkspaceUrl::loopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("LocalHost") << "LocalHost" << true;
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("localhost.") << "localhost." << false;
    QTest::newRow("localhost..") << "localhost.." << false;
    QTest::newRow("localhost.localdomain") << "localhost.localdomain" << false;
    QTest::newRow("empty") << "" << false;
}

void TestWorkspaceUrl::loopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(WorkspaceUrl::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(TestWorkspaceUrl)
#include "tst_workspaceurl.moc"
