// LeptonClient against a server that tries to get the token or the memory: redirects to other
// addresses, the token echoed back in error pages, bodies far beyond the size limit (a 401 among
// them), a deployment list with one unreadable entry. Real HTTP to simulators on 127.0.0.1.
#include "app/api/leptonclient.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/simulatorclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

#include <optional>

using namespace std::chrono_literals;
using Fault = WorkspaceSimulator::Fault;

namespace {

// A token long enough that any leaked piece of it is recognisable.
const QString Token = QStringLiteral("tok-7f3a9c2e5b1d8f4a6c0e2b9d7f1a3c5e8b0d2f4a");

template <typename T, typename Call>
std::optional<ApiResult<T>> await(Call call, std::chrono::milliseconds limit = 20s)
{
    std::optional<ApiResult<T>> result;
    int calls = 0;
    call([&](const ApiResult<T> &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, int(limit.count())))
        qWarning("no callback within %lld ms", qlonglong(limit.count()));
    return calls == 1 ? result : std::nullopt;
}

// A self-signed certificate for localhost and 127.0.0.1 (valid until 2126) and its key, made
// for this test only (openssl req -x509 -newkey rsa:2048 -nodes -days 36500): the https
// server the client trusts for the https -> http redirect.
const char TestCertificate[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIDJzCCAg+gAwIBAgIUdznOR/CTxQCvsVMzPlS6BxIewtQwDQYJKoZIhvcNAQEL\n"
    "BQAwFDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwNzExMzAwMloYDzIxMjYx\n"
    "MTEzMTEzMDAyWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwggEiMA0GCSqGSIb3DQEB\n"
    "AQUAA4IBDwAwggEKAoIBAQCicp/45nrdJ0ZcU/5kYwy6MHfwO9YUmDkdhTwFLtfg\n"
    "zEGKvp+LfcswmljFYdQjB+uEPgiRC/eNJUXeI80rmJ09KrhX/E2H8MVePTgEWtdL\n"
    "xhjteM+XqsVA07DrbrEwXVaFiDLCk9FCcZ/8OuRn0SI4LKbK8AUZ4Qs1PQvOHR0s\n"
    "0U5GRKtFpaxO3K4XAWKAg7EYcrXhvPIobOcA+JQ/O3tbsOKDD0ykTH7WONh0dcH/\n"
    "+PUM15+uyfIQEDtUpOUX/RerqcBoWuvZjSLb/L2S2YsV+PFgdU7vaOh5YK2EwZnp\n"
    "e9nZtwhxtdWJZDK8HdWjSqR3J5+DkyTFfxj8cL+m7JsTAgMBAAGjbzBtMB0GA1Ud\n"
    "DgQWBBRjKcQDfnx2JNTWMTfCYotJ9v9+PDAfBgNVHSMEGDAWgBRjKcQDfnx2JNTW\n"
    "MTfCYotJ9v9+PDAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQTMBGCCWxvY2FsaG9z\n"
    "dIcEfwAAATANBgkqhkiG9w0BAQsFAAOCAQEAMMeGAO5d6FMvZu7pjX4lQRponw+u\n"
    "3XmJcxhdjECWBwMJRjogWnmKPg58BVwq3vb6qEHF48kXzYnJp0Sk0da56k9vMErM\n"
    "9GL4ZNzS4LQ39RJUObZ9YmDTEiTJlfEo4gQPNWB7AtmL+cI1lqNpH830GQ45SQ5R\n"
    "IM2lKEXO9Y9vGdt+PE+uWXud01bC1JlbYQVbY6FAVP1FIYwKWxTxJBWoI8HujnXS\n"
    "Icn+E05XSQq8Obetpo1RUbVvJ9PiEhKvlER4qveZZAKIyMyE60fM8TxK2Em/08TU\n"
    "5da7aADMCcoMlcflDregvjRjyUdCaltvM2VyVNIyV8RrRLZDY8DkgvqSZA==\n"
    "-----END CERTIFICATE-----\n";
const char TestKey[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCicp/45nrdJ0Zc\n"
    "U/5kYwy6MHfwO9YUmDkdhTwFLtfgzEGKvp+LfcswmljFYdQjB+uEPgiRC/eNJUXe\n"
    "I80rmJ09KrhX/E2H8MVePTgEWtdLxhjteM+XqsVA07DrbrEwXVaFiDLCk9FCcZ/8\n"
    "OuRn0SI4LKbK8AUZ4Qs1PQvOHR0s0U5GRKtFpaxO3K4XAWKAg7EYcrXhvPIobOcA\n"
    "+JQ/O3tbsOKDD0ykTH7WONh0dcH/+PUM15+uyfIQEDtUpOUX/RerqcBoWuvZjSLb\n"
    "/L2S2YsV+PFgdU7vaOh5YK2EwZnpe9nZtwhxtdWJZDK8HdWjSqR3J5+DkyTFfxj8\n"
    "cL+m7JsTAgMBAAECggEASjmnwLnHH+/HJX63eTUM5rIoy1r72ZMoXcW4BAJAX5XU\n"
    "yMmK6tjCk+WidCXcIVmIEnepwGTAavzB7Ntc7vOfvQgdDQ7aeifYdtPwGYVMZHIS\n"
    "h8cwy3MbCCDx8NE2Iwwy8XanAuM5tWtnl39tR8Z2JUa5u3ZqTkXWsi+/iiEhaI1L\n"
    "ppYUm5wUkTkewV0KWT/kV8gRqOru/Voq+EOkn8E7c6zjkirp11RTmF3TKuTUru8r\n"
    "kJgIkmiLYK4jHGQzeGaj3tpJiA+3inBMAYkiqNkB9BhhkGzU+me1525k6F5R3e9V\n"
    "MBK6i2kEY4YBgp5OuauwR29HChd2IxoD3Xg84pdkwQKBgQDbPX+6UXyvy3Ody80V\n"
    "FL7S8wtXBAhyuL0isS0u7izxLTruDIYBrqM1iJDGCdA9MZlj1XrlwegDvw6fgq4B\n"
    "WmdKhWjzjsmQBSIptZXG3tcljU8Gk1pslWYUIlov33UCwvrsA+tuujjuKjXXOKeP\n"
    "dRuuUAaRwda9FRUYQyYPYwlAYQKBgQC9r2ipXfTr4gZh9VKeolFze6JUTLEWaMcT\n"
    "xWGAC8SxElt1nvXdeGzp9Xp+HF8ywTnnlJEhWPDkvVfr1ZhWumU7bWnouab5WAf9\n"
    "MfNhI3ChE6i/t0JIedvX5SZo7vj6qJ4oNEv3kQnI2xQWCflAIu3t/vydIzdLiE0D\n"
    "cDA1kBDf8wKBgEO/sWTGIZ3BZSzx+aH2EzHk4TA2ktXAuNGrpqbF+yVcMMW3IQIM\n"
    "EWtNlE9eYPdICHqNUbkGPshJlh88psDMSvcAWvpIuYjDzVbOQkZ+PkXgcPc7Ocos\n"
    "MKswImaAywvbbObaHzrMWSNf79teKoluSuuG10DbgZxUk3w3498FX6qBAoGACUJJ\n"
    "qpLChM0YoKl36fRkY22yg8jmkAB3TzjARJ7OcBJEUp56w9+/+T+ZRhSedPzHlc1D\n"
    "tEwCHjg71XAsqncYv+jcVZbSVrN8WFia17ACLGqoPwtz+dOw7n3p/Q9FKf8XEUFU\n"
    "P/Zdcud2uIiuGPpbgNWEgSsZ5N73W2abg9HPcQ8CgYBPQxPiPygvolzEva24pO3Q\n"
    "SOgsNSELcIrNDfRB6Nfvd14F70L2UjEo+wo/KtwULWvdtoKX62sactQVOAsYeebQ\n"
    "sb9S+Kpdnc9bAZuGac/CvbVgQUfApwHqjpIsGL+OPLZ/3Q50LZVnBwDj0FdTsp/c\n"
    "xosStZrvco9sRFEYlhA/pw==\n"
    "-----END PRIVATE KEY-----\n";

// The longest run of the token's characters found in `text`, ignoring whitespace in `text`
// (a leak split by a line break is still a leak).
int longestTokenPiece(const QString &text)
{
    QString joined = text;
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    int longest = 0;
    for (int length = 1; length <= Token.size(); ++length) {
        bool found = false;
        for (int from = 0; from + length <= Token.size() && !found; ++from)
            found = joined.contains(Token.mid(from, length));
        if (!found)
            break;
        longest = length;
    }
    return longest;
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<WorkspaceSimulator> m_elsewhere; // another server on another port
    std::unique_ptr<LeptonClient> m_client;

    QString firstName() const { return m_sim->deploymentNames().first(); }

    QUrl elsewhereUrl(const QString &apiPath) const
    {
        QUrl url = m_elsewhere->baseUrl();
        url.setPath(url.path() + apiPath);
        return url;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setToken(Token);
        m_sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_sim->listen());
        // The same workspace, the same token: a client that went there would even succeed.
        m_elsewhere = std::make_unique<WorkspaceSimulator>();
        m_elsewhere->setToken(Token);
        m_elsewhere->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_elsewhere->listen());
        QVERIFY(m_elsewhere->port() != m_sim->port());
        m_client = simulatorClient(*m_sim, 10s);
    }

    void cleanup()
    {
        m_client.reset();
        m_elsewhere.reset();
        m_sim.reset();
    }

    void redirectToAnotherPortIsNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("patch");
        for (const int status : {301, 302, 307, 308}) {
            QTest::addRow("GET %d", status) << status << false;
            QTest::addRow("PATCH %d", status) << status << true;
        }
    }

    void redirectToAnotherPortIsNotFollowed()
    {
        QFETCH(int, status);
        QFETCH(bool, patch);
        const QString name = firstName();
        const QJsonObject before = m_elsewhere->deployment(name);
        const QJsonObject ownBefore = m_sim->deployment(name);
        ApiError error;
        if (patch) {
            m_sim->injectFault(Fault::redirect(status, elsewhereUrl(QStringLiteral("/deployments/") + name))
                                   .on("PATCH", QStringLiteral("/deployments/"))
                                   .times(-1));
            const QJsonObject change {{"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 0}}}}}};
            auto result = await<QJsonObject>([&](auto cb) {
                m_client->patchDeployment(name, change, LeptonClient::PatchMode::Apply, this, cb);
            });
            QVERIFY(result.has_value());
            error = result->error;
        } else {
            m_sim->injectFault(Fault::redirect(status, elsewhereUrl(QStringLiteral("/deployments")))
                                   .on("GET", QStringLiteral("/deployments$"))
                                   .times(-1));
            auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
            QVERIFY(result.has_value());
            error = result->error;
        }
        // The other server never heard of us: no token, no replayed PATCH.
        QCOMPARE(m_elsewhere->requests().size(), 0);
        QCOMPARE(m_elsewhere->deployment(name), before);
        QCOMPARE(m_sim->deployment(name), ownBefore);
        QCOMPARE(error.kindName(), QStringLiteral("redirect-refused"));
        QVERIFY2(error.userMessage().contains(QStringLiteral("the token was not sent")), qPrintable(error.userMessage()));
        QVERIFY(!error.isTransient());
    }

    void redirectToPlainHttpNameIsNotFollowed()
    {
        // A name, not this computer: never connected to (".invalid" never resolves either).
        QUrl target(QStringLiteral("http://lepton-console-test.invalid/api/v2/workspaces/demo/deployments"));
        target.setPort(m_elsewhere->port());
        m_sim->injectFault(Fault::redirect(302, target).on("GET", QStringLiteral("/deployments$")).times(-1));
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY(result.has_value());
        QCOMPARE(result->error.kindName(), QStringLiteral("redirect-refused"));
        QVERIFY2(result->error.userMessage().contains(QStringLiteral("lepton-console-test.invalid")),
                 qPrintable(result->error.userMessage()));
    }

    void redirectWithinTheSameServerIsFollowed()
    {
        const QString name = firstName();
        QUrl same = m_sim->baseUrl();
        same.setPath(same.path() + QStringLiteral("/deployments/") + name);
        m_sim->injectFault(Fault::redirect(307, same).on("PATCH", QStringLiteral("/deployments/")).times(1));
        const QJsonObject change {{"spec", QJsonObject {{"container", QJsonObject {{"image", "example/moved:1"}}}}}};
        auto result = await<QJsonObject>([&](auto cb) {
            m_client->patchDeployment(name, change, LeptonClient::PatchMode::Apply, this, cb);
        });
        QVERIFY(result && result->ok());
        const auto requests = m_sim->requests();
        QCOMPARE(requests.size(), 2);
        for (const auto &request : requests) {
            QCOMPARE(request.method, QByteArray("PATCH"));
            QCOMPARE(request.header("Authorization"), "Bearer " + Token.toUtf8());
        }
        QCOMPARE(m_sim->deployment(name)["spec"].toObject()["container"].toObject()["image"].toString(),
                 QStringLiteral("example/moved:1"));
    }

    void redirectFromHttpsToHttpIsNotFollowed()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QSslCertificate certificate {QByteArray(TestCertificate)};
        const QSslKey key {QByteArray(TestKey), QSsl::Rsa};
        QVERIFY(!certificate.isNull());
        QVERIFY(!key.isNull());
        QSslConfiguration serverConfiguration = QSslConfiguration::defaultConfiguration();
        serverConfiguration.setLocalCertificate(certificate);
        serverConfiguration.setPrivateKey(key);
        serverConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
        QSslServer server;
        server.setSslConfiguration(serverConfiguration);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        // Whatever is asked, "302 Found" to the same path on the plain http server.
        const QUrl target = elsewhereUrl(QStringLiteral("/deployments"));
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server, target] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto request = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, request, target] {
                    request->append(socket->readAll());
                    if (!request->contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 302 Found\r\nLocation: " + target.toEncoded()
                                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        // The client trusts the test certificate.
        m_client->setCaCertificates(QByteArray(TestCertificate));

        m_client->setBaseUrl(QUrl(QStringLiteral("https://localhost:%1/api/v2/workspaces/demo").arg(server.serverPort())));
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY(result.has_value());
        QCOMPARE(m_elsewhere->requests().size(), 0);
        // Not "the server refused the request": the CLI's exit code 6, not 5.
        QCOMPARE(result->error.kindName(), QStringLiteral("redirect-refused"));
        QCOMPARE(result->error.httpStatus(), 302);
        QVERIFY2(result->error.userMessage().contains(QStringLiteral("http://127.0.0.1:%1").arg(m_elsewhere->port())),
                 qPrintable(result->error.userMessage()));
    }

    void echoedTokenIsHidden_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        const QByteArray token = Token.toUtf8();
        const QByteArray half1 = token.left(token.size() / 2);
        const QByteArray half2 = token.mid(token.size() / 2);
        // The message is cut at 500 characters: the token starts 23 before the cut.
        const QByteArray pad(470, 'a');
        QTest::newRow("json, across the cut")
            << QByteArray(R"({"message":")" + pad + "Bearer " + token + R"( was refused"})") << QByteArray("application/json");
        QTest::newRow("text, across the cut")
            << QByteArray(pad + "Bearer " + token + " was refused") << QByteArray("text/plain");
        QTest::newRow("text, split by a line break")
            << QByteArray("request headers: Authorization: Bearer " + half1 + "\r\n" + half2 + "\r\n") << QByteArray("text/plain");
        QTest::newRow("json, split by an escaped line break")
            << QByteArray(R"({"message":"Authorization: Bearer )" + half1 + R"(\n)" + half2 + R"("})") << QByteArray("application/json");
        QTest::newRow("html, split by markup")
            << QByteArray("<html><body><pre>Authorization: Bearer " + half1 + "<br>\n" + half2 + "</pre></body></html>")
            << QByteArray("text/html");
    }

    void echoedTokenIsHidden()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        m_sim->injectFault(Fault::httpStatus(400, body, contentType).on("GET", QStringLiteral("/deployments$")));
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        const QString shown = result->error.userMessage() + QLatin1Char(' ') + result->error.serverMessage();
        // No piece of the token longer than what any text shares with it by chance.
        QVERIFY2(longestTokenPiece(shown) < 6, qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("[token hidden]")), qPrintable(shown));
    }

    void hugeUnauthorizedBodyIsAnAuthErrorAndNotReadPastTheCap()
    {
        Fault fault = Fault::streamedBody(401, 40LL * 1024 * 1024);
        fault.body = R"({"code":"Unauthorized","message":"invalid token"})";
        fault.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        m_sim->injectFault(fault.on("GET", QStringLiteral("/deployments$")));
        const qint64 cap = 1024 * 1024;
        m_client->setMaxResponseBytes(cap);
        // The page is never read whole, so this deadline is not what ends the request.
        m_client->setTimeout(90s);
        QSignalSpy authFailed(m_client.get(), &LeptonClient::authorizationFailed);
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); }, 100s);
        QVERIFY(result.has_value());
        // Still what it is: the token was refused (the CLI's exit code 3).
        QCOMPARE(result->error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(authFailed.size(), 1);
        // A bound on what was read, not a time: the cap, plus what the loopback's socket
        // buffers hold.
        QVERIFY2(m_sim->streamedBodyBytes() < cap + 16 * 1024 * 1024,
                 qPrintable(QStringLiteral("%1 bytes went out").arg(m_sim->streamedBodyBytes())));
    }

    void hugeChunkedBodyIsNotReadPastTheCap()
    {
        m_sim->injectFault(Fault::streamedBody(200, 256LL * 1024 * 1024).on("GET", QStringLiteral("/deployments$")));
        const qint64 cap = 1024 * 1024;
        m_client->setMaxResponseBytes(cap);
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY(result.has_value());
        QCOMPARE(result->error.kind(), ApiError::Kind::BadPayload);
        QVERIFY2(m_sim->streamedBodyBytes() < cap + 16 * 1024 * 1024,
                 qPrintable(QStringLiteral("%1 bytes went out").arg(m_sim->streamedBodyBytes())));
    }

    void invalidUtf8InOneDeploymentSkipsOnlyThatOne()
    {
        const QList<QJsonObject> all = m_sim->deployments();
        QVERIFY(all.size() >= 3);
        QByteArray list = "[";
        for (int i = 0; i < all.size(); ++i) {
            QByteArray text = QJsonDocument(all.at(i)).toJson(QJsonDocument::Compact);
            if (i == 1) // a byte that is never UTF-8, inside the image name
                text.replace("\"image\":\"", "\"image\":\"\xff\xfe");
            list += (i > 0 ? "," : "") + text;
        }
        list += "]";
        m_sim->injectFault(Fault::httpStatus(200, list, "application/json").on("GET", QStringLiteral("/deployments$")));
        QSignalSpy skipped(m_client.get(), SIGNAL(deploymentsSkipped(int,QString)));
        QVERIFY(skipped.isValid());
        auto result = await<QList<Deployment>>([&](auto cb) { m_client->listDeployments(this, cb); });
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error.userMessage()));
        QCOMPARE(result->value.size(), all.size() - 1);
        const QString unreadable = all.at(1)["metadata"].toObject()["name"].toString();
        for (const Deployment &d : result->value)
            QVERIFY(d.name != unreadable);
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().at(0).toInt(), 1);
        const QString message = skipped.first().at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("1 deployment could not be read: ")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
