#include "app/credentials/environmentcredentials.h"

#include <QTest>

class TestEnvironmentCredentials : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void originUrl();
};

using Status = EnvironmentCredentials::Status;

void TestEnvironmentCredentials::read_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("expectedToken");
    QTest::addColumn<QString>("expectedUrl");

    const QString none;
    // A null QString leaves the variable out; an empty one sets it to "".
    QTest::newRow("nothing set") << none << none << none << Status::NotSet << none << none << none;
    QTest::newRow("all empty counts as unset")
        << QString("") << QString("") << QString("") << Status::NotSet << none << none << none;
    QTest::newRow("id and token") << "ws1" << "tok-1" << none << Status::Ok << "ws1" << "tok-1" << none;
    QTest::newRow("id, token and url")
        << "ws1" << "tok-1" << "https://lepton.example.com/api/v2/workspaces/ws1" << Status::Ok << "ws1"
        << "tok-1" << "https://lepton.example.com/api/v2/workspaces/ws1";
    QTest::newRow("local simulator url") << "sim" << "t" << "http://127.0.0.1:9000/api/v2/workspaces/sim"
                                         << Status::Ok << "sim" << "t"
                                         << "http://127.0.0.1:9000/api/v2/workspaces/sim";
    QTest::newRow("id only: token to be found elsewhere") << "ws1" << none << none << Status::Ok << "ws1" << none << none;
    QTest::newRow("empty token counts as unset") << "ws1" << QString("") << QString("") << Status::Ok << "ws1" << none << none;
    QTest::newRow("values trimmed") << " ws1\n" << "tok-1\r\n" << " https://h.example/ " << Status::Ok << "ws1"
                                    << "tok-1" << "https://h.example/";
    // As the SDK's APIClient: an id holding a colon is a credential string, and its
    // token wins over LEPTON_WORKSPACE_TOKEN.
    QTest::newRow("credential string as id") << "ws1:tok:with:colons" << none << none << Status::Ok << "ws1"
                                             << "tok:with:colons" << none;
    QTest::newRow("credential string beats token variable")
        << "ws1:embedded" << "separate" << none << Status::Ok << "ws1" << "embedded" << none;
    QTest::newRow("credential string with empty token falls back")
        << "ws1:" << "separate" << none << Status::Ok << "ws1" << "separate" << none;
    QTest::newRow("credential string with bad id") << ":SECRETtok" << none << none << Status::Invalid << none << none << none;
    QTest::newRow("credential string with bad token")
        << "ws1:SECRET tok" << none << none << Status::Invalid << none << none << none;

    QTest::newRow("token without id") << none << "tok-1" << none << Status::Invalid << none << none << none;
    QTest::newRow("url without id") << none << none << "https://h.example/" << Status::Invalid << none << none << none;
    QTest::newRow("bad id") << "ws/1" << "SECRETtok" << none << Status::Invalid << none << none << none;
    QTest::newRow("token with space") << "ws1" << "SECRET k" << none << Status::Invalid << none << none << none;
    QTest::newRow("plain http remote url") << "ws1" << "SECRETtok" << "http://lepton.example.com/" << Status::Invalid
                                           << none << none << none;
    QTest::newRow("not a url") << "ws1" << "SECRETtok" << "::::" << Status::Invalid << none << none << none;
}

void TestEnvironmentCredentials::read()
{
    QFETCH(QString, id);
    QFETCH(QString, token);
    QFETCH(QString, url);
    QFETCH(Status, status);
    QFETCH(QString, expectedId);
    QFETCH(QString, expectedToken);
    QFETCH(QString, expectedUrl);

    QProcessEnvironment env;
    env.insert(QStringLiteral("UNRELATED"), QStringLiteral("x"));
    if (!id.isNull())
        env.insert(QStringLiteral("LEPTON_WORKSPACE_ID"), id);
    if (!token.isNull())
        env.insert(QStringLiteral("LEPTON_WORKSPACE_TOKEN"), token);
    if (!url.isNull())
        env.insert(QStringLiteral("LEPTON_WORKSPACE_URL"), url);

    const EnvironmentCredentials::Result result = EnvironmentCredentials::read(env);
    QCOMPARE(result.status, status);
    QCOMPARE(result.isOk(), status == Status::Ok);
    QCOMPARE(result.credentials.workspaceId, expectedId);
    QCOMPARE(result.credentials.token, expectedToken);
    QCOMPARE(result.credentials.baseUrl, expectedUrl.isEmpty() ? QUrl() : QUrl(expectedUrl));
    QVERIFY(result.credentials.displayName.isEmpty());
    if (status == Status::Invalid) {
        QVERIFY(!result.errorMessage.isEmpty());
        QVERIFY2(!result.errorMessage.contains(QLatin1String("SECRET")), qPrintable(result.errorMessage));
        QVERIFY2(result.errorMessage.contains(QLatin1String("LEPTON_WORKSPACE_")), qPrintable(result.errorMessage));
    } else {
        QVERIFY(result.errorMessage.isEmpty());
    }
    if (status == Status::Ok && expectedUrl.isEmpty()) {
        QCOMPARE(result.credentials.effectiveBaseUrl(),
                 QUrl(QStringLiteral("https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/") + expectedId));
    }
}

void TestEnvironmentCredentials::originUrl()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LEPTON_WORKSPACE_ID"), QStringLiteral("ws1"));
    env.insert(QStringLiteral("LEPTON_WORKSPACE_TOKEN"), QStringLiteral("t"));
    env.insert(QStringLiteral("LEPTON_WORKSPACE_ORIGIN_URL"), QStringLiteral("https://origin.example.com"));
    EnvironmentCredentials::Result result = EnvironmentCredentials::read(env);
    QVERIFY(result.isOk());
    QCOMPARE(result.originUrl, QUrl(QStringLiteral("https://origin.example.com")));

    env.remove(QStringLiteral("LEPTON_WORKSPACE_ORIGIN_URL"));
    QVERIFY(EnvironmentCredentials::read(env).originUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestEnvironmentCredentials)
#include "tst_environmentcredentials.moc"
