// Fault injection through the window: MainWindow + WorkspaceSession against the workspace
// simulator over real HTTP, with the server misbehaving in every way the gateway and the
// network do (refused, hanging, 401/403/404/409, 429 with Retry-After, 5xx HTML pages, broken
// and truncated JSON, the wrong shape, a 100 MB body, a slow drip). For each: no crash, a clear
// message in the banner (with the server's own words where there are some), the last good
// rows still in the table, the poller backing off (or waiting what Retry-After asked), and
// the table coming back when the server does. Pauses made while the server misbehaves leave
// the ledger and the server agreeing once the console has looked again.
//
// tst_leptonclient covers the client's typed errors one by one; this goes through the UI.
#include "app/api/apierror.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "ui/widgets/errorbanner.h"
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/localdatabase.h"
#include "ui/mainwindow/deploymentactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "app/pause/pausecontroller.h"
#include "app/storage/sqlite/ledgertable.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/scratchdatabase.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/workspaces/workspacesession.h"
#include "app/simulator/workspacesimulator.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <functional>
#include <memory>

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

using namespace std::chrono_literals;
using Fault = WorkspaceSimulator::Fault;

namespace {

constexpr auto kBusy = 1s;          // the poller's busy interval: backoff starts at 2 s
constexpr auto kSettled = 60s;      // no poll of its own during a test case
constexpr auto kTimeout = 1000ms;   // the client's deadline, so hangs end quickly
const QString kPaused = QStringLiteral("llama-chat");

QList<QJsonObject> population()
{
    QList<QJsonObject> list;
    const auto add = [&](const QString &name, int min, int max, SimulatedAutoscale autoscale,
                         const QString &state = QStringLiteral("Ready")) {
        DeploymentRecipe recipe = recipeWithReplicas(name, min, max);
        recipe.autoscale = autoscale;
        recipe.state = state;
        list << SimulatorPopulation::make(recipe);
    };
    add(kPaused, 2, 4, SimulatedAutoscale::GpuUtilization);
    add(QStringLiteral("sdxl-turbo"), 1, 1, SimulatedAutoscale::Static);
    add(QStringLiteral("whisper-large"), 1, 3, SimulatedAutoscale::Throughput);
    add(QStringLiteral("bge-embed"), 0, 2, SimulatedAutoscale::ScaleDownAfterIdle, QStringLiteral("Stopped"));
    add(QStringLiteral("rag-gateway"), 3, -1, SimulatedAutoscale::None);
    return list;
}

int minReplicasOnServer(const QJsonObject &deployment)
{
    return deployment.value(QLatin1String("spec")).toObject().value(QLatin1String("resource_requirement"))
        .toObject().value(QLatin1String("min_replicas")).toInt(-1);
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

// A server that answers GET with a body of `total` bytes written as fast as the client takes
// it, in 1 MB pieces, never more than 2 MB ahead of the socket: what it has sent is what the
// client has read (plus the kernel's buffers). With `contentLength` false the length is not
// announced (the body ends when the connection closes), so only counting can stop the client.
class StreamingServer : public QObject
{
public:
    StreamingServer(qint64 total, bool contentLength)
        : m_total(total)
        , m_contentLength(contentLength)
    {
        m_piece = QByteArray(1024 * 1024, 'x');
        m_piece[0] = '"';
        m_piece[m_piece.size() - 2] = '"';
        m_piece[m_piece.size() - 1] = ',';
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequest(socket); });
                connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2/workspaces/demo").arg(m_server.serverPort())); }
    qint64 sent() const { return m_sent; }

private:
    void onRequest(QTcpSocket *socket)
    {
        m_request += socket->readAll();
        if (!m_request.contains("\r\n\r\n") || m_started)
            return;
        m_started = true;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        head += m_contentLength ? "Content-Length: " + QByteArray::number(m_total) + "\r\n" : QByteArray("Connection: close\r\n");
        socket->write(head + "\r\n[");
        m_sent = 1;
        pump(socket);
    }

    void pump(QTcpSocket *socket)
    {
        while (m_started && m_sent < m_total && socket->bytesToWrite() < 2 * m_piece.size()
               && socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = std::min<qint64>(m_piece.size(), m_total - m_sent);
            socket->write(m_piece.constData(), n);
            m_sent += n;
        }
        if (m_sent >= m_total && !m_contentLength)
            socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_piece;
    QByteArray m_request;
    qint64 m_total;
    qint64 m_sent = 0;
    bool m_contentLength;
    bool m_started = false;
};

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

    std::unique_ptr<WorkspaceSimulator> m_sim;
    ScratchDatabase m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    quint16 m_port = 0;
    int m_cases = 0;

    void startSimulator(quint16 port = 0)
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setTransitionDelay(150ms);
        m_sim->setDeployments(population());
        QVERIFY(m_sim->listen(port));
        m_port = m_sim->port();
    }

    DeploymentTableModel *model() const { return m_session->model(); }
    DeploymentPoller *poller() const { return m_session->poller(); }
    ErrorBanner *banner() const { return m_window->banner(); }

    QStringList rowNames() const
    {
        QStringList names;
        for (int row = 0; row < model()->rowCount(); ++row)
            names << model()->deploymentAt(row).name;
        return names;
    }

    QList<Deployment> rows() const
    {
        QList<Deployment> list;
        for (int row = 0; row < model()->rowCount(); ++row)
            list << model()->deploymentAt(row);
        return list;
    }

    // GET /deployments requests the simulator has seen (the details panel makes others).
    int listRequests() const
    {
        if (!m_sim)
            return 0;
        const auto requests = m_sim->requests();
        return int(std::count_if(requests.cbegin(), requests.cend(), [](const WorkspaceSimulator::RecordedRequest &r) {
            return r.method == "GET" && r.apiPath() == QLatin1String("/deployments");
        }));
    }

    QString statusLine() const
    {
        const auto *label = m_window->findChild<QLabel *>(QStringLiteral("statusLine"));
        return label ? label->text() : QString();
    }

    // Refreshes through the window's action and waits for the one outcome.
    bool refreshFails()
    {
        // A poll already on its way (the window refreshes after every pause) answers first.
        if (!QTest::qWaitFor([&] { return !poller()->isLoading(); }, 15000))
            return false;
        QSignalSpy failed(m_session.get(), &WorkspaceSession::refreshFailed);
        QSignalSpy refreshed(m_session.get(), &WorkspaceSession::refreshed);
        m_window->refreshAction()->trigger();
        if (!QTest::qWaitFor([&] { return !failed.isEmpty() || !refreshed.isEmpty(); }, 15000))
            return false;
        return !failed.isEmpty();
    }

    bool refreshSucceeds()
    {
        if (!QTest::qWaitFor([&] { return !poller()->isLoading(); }, 15000))
            return false;
        QSignalSpy refreshed(m_session.get(), &WorkspaceSession::refreshed);
        QSignalSpy failed(m_session.get(), &WorkspaceSession::refreshFailed);
        poller()->refreshNow();
        if (!QTest::qWaitFor([&] { return !failed.isEmpty() || !refreshed.isEmpty(); }, 15000))
            return false;
        return !refreshed.isEmpty();
    }

    // The ledger and the server tell the same story about `name`: an open entry exactly when
    // the server is at zero replicas, Active and holding what it had before; none left Pending.
    void verifyLedgerAgreesWithServer(const QString &name, int originalMin)
    {
        const auto open = m_db.ledger()->openEntry(QStringLiteral("demo"), name);
        QVERIFY2(m_db.ledger()->lastError().isEmpty(), qPrintable(m_db.ledger()->lastError()));
        const int serverMin = minReplicasOnServer(m_sim->deployment(name));
        if (open) {
            QCOMPARE(open->state, PauseEntry::State::Active);
            QCOMPARE(serverMin, 0);
            QCOMPARE(open->savedMinReplicas, originalMin);
        } else {
            QCOMPARE(serverMin, originalMin);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY2(m_db.open(QStringLiteral("console.sqlite")), qPrintable(m_db.errorString()));
        startSimulator();
        m_settings = std::make_unique<QSettings>(m_db.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

        WorkspaceCredentials credentials;
        credentials.workspaceId = m_sim->workspaceId();
        credentials.token = m_sim->token();
        credentials.baseUrl = m_sim->baseUrl();
        m_session = std::make_unique<WorkspaceSession>(credentials, m_db.storage());
        m_session->client()->setTimeout(kTimeout);
        m_session->poller()->setIntervals(kBusy, kSettled);
        m_session->pauses()->setUserName(QStringLiteral("tester"));
        m_session->pauses()->setReconcileGrace(0ms);

        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->setSession(m_session.get());
        m_window->deploymentActions()->setAskBeforeActing(false); // the faults are tested here, not the question
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::firstLoadFinished);
        m_session->start();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(model()->rowCount(), 5);
        QVERIFY(!banner()->isVisible());
        QVERIFY(m_window->selectDeployment(QStringLiteral("whisper-large")));
    }

    void cleanup()
    {
        if (m_window)
            m_window->setSession(nullptr);
        m_window.reset();
        m_session.reset();
        m_sim.reset();
        m_settings.reset();
        m_db.close();
    }

    void cleanupTestCase()
    {
        qInfo("fault cases run: %d", m_cases);
    }

    // --- Refresh faults --------------------------------------------------------------------

    void refreshFaultKeepsLastGoodData_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");           // ApiError::Kind
        QTest::addColumn<bool>("offline");       // banner says "Offline" rather than "Error"
        QTest::addColumn<QStringList>("words");  // must all be in the banner
        QTest::addColumn<int>("retryAfter");     // seconds, -1: none

        using K = ApiError::Kind;
        QTest::newRow("connection refused") << "refused" << int(K::Network) << true
                                            << QStringList {"Could not reach the Lepton server", "refused"} << -1;
        QTest::newRow("connection closed") << "closed" << int(K::Network) << true
                                           << QStringList {"Could not reach the Lepton server"} << -1;
        QTest::newRow("hang") << "hang" << int(K::Timeout) << true
                              << QStringList {"did not answer in time", "after 1 s"} << -1;
        QTest::newRow("slow drip past the deadline") << "drip" << int(K::Timeout) << true
                                                     << QStringList {"did not answer in time"} << -1;
        QTest::newRow("401 token rotated") << "401" << int(K::Unauthorized) << false
                                           << QStringList {"token was refused", "HTTP 401", "invalid token"} << -1;
        QTest::newRow("403") << "403" << int(K::Forbidden) << false
                             << QStringList {"not allowed", "HTTP 403", "token may not list deployments"} << -1;
        QTest::newRow("404 workspace gone") << "404" << int(K::NotFound) << false
                                            << QStringList {"Not found", "HTTP 404", "workspace demo not found"} << -1;
        QTest::newRow("409") << "409" << int(K::Conflict) << false
                             << QStringList {"conflict", "HTTP 409", "workspace is being migrated"} << -1;
        QTest::newRow("429 Retry-After") << "429" << int(K::RateLimited) << false
                                         << QStringList {"try again in 30 s", "HTTP 429", "rate limit exceeded"} << 30;
        QTest::newRow("500 html") << "500" << int(K::Server) << false
                                  << QStringList {"internal problem", "HTTP 500: 500 Internal Server Error"} << -1;
        QTest::newRow("502 nginx") << "502" << int(K::Server) << false
                                   << QStringList {"internal problem", "HTTP 502: 502 Bad Gateway"} << -1;
        QTest::newRow("503 html without title") << "503" << int(K::Server) << false
                                                << QStringList {"HTTP 503: Service Temporarily Unavailable", "try again"} << -1;
        QTest::newRow("malformed json") << "malformed" << int(K::BadPayload) << false
                                        << QStringList {"could not be understood", "not valid JSON"} << -1;
        QTest::newRow("truncated body") << "truncated" << int(K::Network) << true
                                        << QStringList {"broke off in the middle", "HTTP 200"} << -1;
        QTest::newRow("object instead of list") << "shape" << int(K::BadPayload) << false
                                                << QStringList {"could not be understood", "not a JSON list"} << -1;
        QTest::newRow("list of non-deployments") << "junk list" << int(K::BadPayload) << false
                                                 << QStringList {"could not be understood", "none of the 3 entries"} << -1;
        QTest::newRow("100 MB body") << "huge" << int(K::BadPayload) << false
                                     << QStringList {"could not be understood", "larger than 64 MB"} << -1;
    }

    void refreshFaultKeepsLastGoodData()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        QFETCH(bool, offline);
        QFETCH(QStringList, words);
        QFETCH(int, retryAfter);
        ++m_cases;

        const QList<Deployment> before = rows();
        const QStringList names = rowNames();
        const QList<QJsonObject> serverState = m_sim->deployments();
        const QString list = QStringLiteral("/deployments$");

        // Each fault hits the next two list requests (the refresh and one retry), then the
        // server is well again (`heal`).
        std::function<void()> heal = [this] { m_sim->clearFaults(); };
        if (fault == u"refused") {
            m_sim.reset(); // the port is closed: connection refused
            heal = [this, serverState] {
                m_sim = std::make_unique<WorkspaceSimulator>();
                m_sim->setDeployments(serverState);
                QVERIFY(m_sim->listen(m_port));
            };
        } else if (fault == u"closed") {
            // Qt silently retries a GET once when the connection closes: close every time.
            m_sim->injectFault(Fault::ofKind(Fault::Kind::CloseConnection).on("GET", list).times(-1));
        } else if (fault == u"hang") {
            m_sim->injectFault(Fault::ofKind(Fault::Kind::Hang).on("GET", list).times(2));
        } else if (fault == u"drip") {
            Fault drip = Fault::ofKind(Fault::Kind::SlowDrip).on("GET", list).times(2);
            drip.chunkSize = 64;
            drip.interval = 100ms;
            m_sim->injectFault(drip);
        } else if (fault == u"401") {
            m_sim->setToken(QStringLiteral("rotated-elsewhere"));
            heal = [this] { m_sim->setToken(m_session->credentials().token); };
        } else if (fault == u"403") {
            m_sim->injectFault(Fault::httpStatus(403, R"({"code":"Forbidden","message":"token may not list deployments"})").on("GET", list).times(2));
        } else if (fault == u"404") {
            m_sim->setWorkspaceId(QStringLiteral("moved"));
            heal = [this] { m_sim->setWorkspaceId(QStringLiteral("demo")); };
        } else if (fault == u"409") {
            m_sim->injectFault(Fault::httpStatus(409, R"({"code":"Conflict","message":"workspace is being migrated"})").on("GET", list).times(2));
        } else if (fault == u"429") {
            m_sim->injectFault(Fault::rateLimited(30).on("GET", list).times(2));
        } else if (fault == u"500") {
            m_sim->injectFault(Fault::httpStatus(500, "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>"
                                                      "<body><h1>Internal Server Error</h1><p>upstream <b>crashed</b></p></body></html>",
                                                 "text/html").on("GET", list).times(2));
        } else if (fault == u"502") {
            m_sim->injectFault(Fault::badGateway().on("GET", list).times(2));
        } else if (fault == u"503") {
            m_sim->injectFault(Fault::httpStatus(503, "<html><body><h1>Service Temporarily Unavailable</h1>"
                                                      "<p>The server is down for maintenance, try again in a few minutes.</p></body></html>",
                                                 "text/html").on("GET", list).times(2));
        } else if (fault == u"malformed") {
            m_sim->injectFault(Fault::ofKind(Fault::Kind::MalformedJson).on("GET", list).times(2));
        } else if (fault == u"truncated") {
            m_sim->injectFault(Fault::ofKind(Fault::Kind::TruncatedBody).on("GET", list).times(-1));
        } else if (fault == u"shape") {
            m_sim->injectFault(Fault::ofKind(Fault::Kind::WrongShape).on("GET", list).times(2));
        } else if (fault == u"junk list") {
            Fault junk = Fault::ofKind(Fault::Kind::WrongShape).on("GET", list).times(2);
            junk.body = R"(["llama-chat", 42, {"name": "not a deployment"}])";
            m_sim->injectFault(junk);
        } else if (fault == u"huge") {
            Fault huge = Fault::ofKind(Fault::Kind::HugeBody).on("GET", list).times(2);
            huge.size = 100LL * 1024 * 1024;
            m_sim->injectFault(huge);
        } else {
            QFAIL("unknown fault");
        }

        // 1. The refresh fails, with a typed error.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(refreshFails());
        const qint64 firstFailureMs = timer.elapsed();
        QCOMPARE(int(m_session->lastError().kind()), kind);
        if (fault == u"huge") // refused from its announced length, not after reading 100 MB
            QVERIFY2(firstFailureMs < 5000, qPrintable(QString::number(firstFailureMs)));

        // 2. A clear message: what happened in words, the server's own words, no markup.
        QVERIFY(banner()->isVisible());
        QCOMPARE(banner()->kind(), offline ? ErrorBanner::Kind::Offline : ErrorBanner::Kind::Error);
        const QString message = banner()->message();
        qInfo("banner: %s", qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("Refreshing failed; showing the last data received.")), qPrintable(message));
        for (const QString &word : std::as_const(words))
            QVERIFY2(message.contains(word, Qt::CaseInsensitive), qPrintable(QStringLiteral("'%1' not in: %2").arg(word, message)));
        QVERIFY2(!message.contains(QRegularExpression(QStringLiteral("<[a-zA-Z/!][^>]*>"))), qPrintable(message));
        QVERIFY(message.size() < 1000);
        QVERIFY(!message.contains(m_session->credentials().token));
        QVERIFY2(statusLine().contains(QStringLiteral("stale")), qPrintable(statusLine()));

        // 3. The last good data stays, and so does the user's selection.
        QCOMPARE(rowNames(), names);
        const QList<Deployment> after = rows();
        for (qsizetype i = 0; i < before.size(); ++i)
            QVERIFY2(after.at(i).sameAs(before.at(i)), qPrintable(before.at(i).name));
        QCOMPARE(m_window->selectedNames(), QStringList {QStringLiteral("whisper-large")});
        QVERIFY(m_window->table()->isVisible());

        // 4. Backoff: 2 s after the first failure, 4 s after the second (the poller's timer
        // has whole-second precision), or what Retry-After asked for.
        QCOMPARE(poller()->consecutiveFailures(), 1);
        const qint64 first = poller()->nextPollIn().count();
        const qint64 expectedFirst = retryAfter > 0 ? retryAfter * 1000 : 2 * 1000;
        QVERIFY2(first >= expectedFirst - 1100 && first <= expectedFirst + 1100, qPrintable(QString::number(first)));
        QVERIFY(first < std::chrono::milliseconds(kSettled).count()); // sooner than a settled poll: the outage may be short

        const int requestsBefore = listRequests();
        QVERIFY(refreshFails()); // the user presses F5 during the outage
        QCOMPARE(poller()->consecutiveFailures(), 2);
        const qint64 second = poller()->nextPollIn().count();
        if (retryAfter > 0) {
            QVERIFY2(second >= retryAfter * 1000 - 1100, qPrintable(QString::number(second)));
            // And no list request goes out on its own before the server's time is up.
            const int requests = listRequests();
            QTest::qWait(1200);
            QCOMPARE(listRequests(), requests);
        } else {
            QVERIFY2(second > first, qPrintable(QStringLiteral("%1 then %2").arg(first).arg(second)));
            QVERIFY2(second >= 3000 && second <= 5100, qPrintable(QString::number(second)));
        }
        if (m_sim)
            QVERIFY(listRequests() > requestsBefore);
        QCOMPARE(rowNames(), names);
        QVERIFY(banner()->isVisible());

        // 5. The server is well again: the next refresh succeeds, the banner goes, the
        // poller is back to its settled pace and the rows are the same rows.
        heal();
        QVERIFY(refreshSucceeds());
        QCOMPARE(poller()->consecutiveFailures(), 0);
        QVERIFY(!banner()->isVisible());
        QVERIFY(!statusLine().contains(QStringLiteral("stale")));
        QVERIFY(poller()->nextPollIn() > kSettled - 2s);
        QCOMPARE(rowNames(), names);
        QCOMPARE(m_window->selectedNames(), QStringList {QStringLiteral("whisper-large")});
    }

    // Backoff keeps growing through a long outage, and stops at two minutes (with the
    // console's own busy interval of 2 s: 4, 8, 16, 32, 64, 120, 120 s...).
    void backoffGrowsToItsCap()
    {
        ++m_cases;
        constexpr auto busy = 2s;
        poller()->setIntervals(busy, kSettled);
        m_sim->injectFault(Fault::badGateway().on("GET", "/deployments$").times(-1));
        qint64 previous = 0;
        for (int failure = 1; failure <= 8; ++failure) {
            QVERIFY(refreshFails());
            QCOMPARE(poller()->consecutiveFailures(), failure);
            const qint64 next = poller()->nextPollIn().count();
            const qint64 expected = std::min<qint64>(std::chrono::milliseconds(busy).count() << std::min(failure, 6), 120000);
            QVERIFY2(next >= expected - 1100 && next <= expected + 1100,
                     qPrintable(QStringLiteral("failure %1: %2 ms").arg(failure).arg(next)));
            QVERIFY(next >= previous - 1100);
            previous = next;
        }
        QVERIFY(previous >= 119000 && previous <= 121000);
        QCOMPARE(model()->rowCount(), 5);
    }

    // A slow drip that ends within the deadline is just a slow answer, not an error.
    void slowDripWithinTheDeadlineIsFine()
    {
        ++m_cases;
        Fault drip = Fault::ofKind(Fault::Kind::SlowDrip).on("GET", "/deployments$");
        drip.chunkSize = 2048;
        drip.interval = 20ms;
        m_sim->injectFault(drip);
        m_sim->applyOutsideChange(QStringLiteral("sdxl-turbo"), QJsonObject {{"spec", QJsonObject {{"container", QJsonObject {{"image", "sdxl:v2"}}}}}});
        QVERIFY(refreshSucceeds());
        QCOMPARE(m_sim->pendingFaults(), 0);
        QVERIFY(!banner()->isVisible());
        QCOMPARE(model()->deployment(QStringLiteral("sdxl-turbo"))->image, QStringLiteral("sdxl:v2"));
    }

    // A 200 whose deployments carry the wrong types (state as a number, version as a word,
    // endpoint as a string) is shown as well as it can be, and never crashes or empties.
    void wrongTypesInsideDeploymentsAreShownAsUnknown()
    {
        ++m_cases;
        QJsonArray items;
        for (QJsonObject d : m_sim->deployments()) {
            QJsonObject status = d.value(QLatin1String("status")).toObject();
            status.insert(QStringLiteral("state"), 3);
            status.insert(QStringLiteral("phase"), 3); // a legacy server sends both; both wrong here
            status.insert(QStringLiteral("endpoint"), QStringLiteral("unavailable"));
            d.insert(QStringLiteral("status"), status);
            QJsonObject metadata = d.value(QLatin1String("metadata")).toObject();
            metadata.insert(QStringLiteral("version"), QStringLiteral("seven"));
            d.insert(QStringLiteral("metadata"), metadata);
            items.append(d);
        }
        Fault shape = Fault::ofKind(Fault::Kind::WrongShape).on("GET", "/deployments$");
        shape.body = QJsonDocument(items).toJson(QJsonDocument::Compact);
        m_sim->injectFault(shape);
        QVERIFY(refreshSucceeds());
        QCOMPARE(model()->rowCount(), 5);
        const Deployment *d = model()->deployment(kPaused);
        QVERIFY(d);
        QCOMPARE(d->state, DeploymentState::Unknown);
        QCOMPARE(d->rawState, QStringLiteral("3"));
        QVERIFY(d->endpointUrl().isEmpty());
        const int row = model()->rowOf(kPaused);
        QVERIFY(!model()->index(row, DeploymentTableModel::StatusColumn).data().toString().isEmpty());
        m_window->grab(); // paints every row with the odd values
        // The next good answer puts everything back.
        QVERIFY(refreshSucceeds());
        QCOMPARE(model()->deployment(kPaused)->state, DeploymentState::Ready);
    }

    // One deployment with text that is not UTF-8: the others stay in the table and the banner
    // names the one left out, once (not again at every refresh of the same list).
    void unreadableDeploymentIsNamedAndTheRestShown()
    {
        ++m_cases;
        const QList<QJsonObject> all = m_sim->deployments();
        QByteArray list = "[";
        for (int i = 0; i < all.size(); ++i) {
            QByteArray text = QJsonDocument(all.at(i)).toJson(QJsonDocument::Compact);
            if (i == 0)
                text.replace("\"image\":\"", "\"image\":\"\xff\xfe");
            list += (i > 0 ? "," : "") + text;
        }
        list += "]";
        const QString unreadable = all.at(0)[QLatin1String("metadata")].toObject()[QLatin1String("name")].toString();
        m_sim->injectFault(Fault::httpStatus(200, list, "application/json").on("GET", QStringLiteral("/deployments$")).times(2));
        QVERIFY(refreshSucceeds());
        QCOMPARE(model()->rowCount(), all.size() - 1);
        QVERIFY(!rowNames().contains(unreadable));
        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(banner()->kind(), ErrorBanner::Kind::Warning);
        QVERIFY2(banner()->message().contains(unreadable), qPrintable(banner()->message()));
        QVERIFY2(banner()->message().startsWith(QStringLiteral("1 deployment could not be read")), qPrintable(banner()->message()));
        banner()->hide();
        QVERIFY(refreshSucceeds());
        QVERIFY2(!banner()->isVisible(), "the same warning came back at the next refresh");
        // The good list brings the row back.
        QVERIFY(refreshSucceeds());
        QVERIFY(rowNames().contains(unreadable));
    }

    // The 100 MB answer at the client: refused early and without buffering it, whether its
    // length is announced (refused at once) or not (refused at the limit).
    void hugeBodyIsRefusedWithBoundedMemory_data()
    {
        QTest::addColumn<bool>("contentLength");
        QTest::newRow("announced length") << true;
        QTest::newRow("no length, until close") << false;
    }

    void hugeBodyIsRefusedWithBoundedMemory()
    {
        QFETCH(bool, contentLength);
        ++m_cases;
        constexpr qint64 kTotal = 100LL * 1024 * 1024;
        StreamingServer server(kTotal, contentLength);
        QVERIFY(server.listen());
        LeptonClient client;
        client.setBaseUrl(server.baseUrl());
        client.setToken(QStringLiteral("t"));
        client.setTimeout(20s);
        QCOMPARE(client.maxResponseBytes(), LeptonClient::DefaultMaxResponseBytes);

        const qint64 baseline = residentBytes();
        qint64 peak = baseline;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = std::max(peak, residentBytes()); });
        sampler.start(5);

        std::optional<ApiResult<QList<Deployment>>> result;
        QElapsedTimer timer;
        timer.start();
        client.listDeployments(this, [&](const ApiResult<QList<Deployment>> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        const qint64 elapsed = timer.elapsed();
        sampler.stop();
        peak = std::max(peak, residentBytes());

        QCOMPARE(result->error.kind(), ApiError::Kind::BadPayload);
        QVERIFY2(result->error.userMessage().contains(QStringLiteral("larger than 64 MB")), qPrintable(result->error.userMessage()));
        const qint64 limit = LeptonClient::DefaultMaxResponseBytes;
        qInfo("%s: refused after %lld ms, server sent %lld MB, resident memory grew by %lld MB",
              contentLength ? "announced" : "unannounced", elapsed, server.sent() >> 20, (peak - baseline) >> 20);
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        constexpr qint64 MB = 1024 * 1024;
        if (contentLength) {
            // Refused from the header: never more read than what sits in socket buffers.
            QVERIFY2(server.sent() < 16 * MB, qPrintable(QString::number(server.sent())));
            QVERIFY2(peak - baseline < 16 * MB, qPrintable(QString::number(peak - baseline)));
        } else {
            // Read up to the limit, then refused: the rest of the 100 MB is never sent.
            QVERIFY2(server.sent() < limit + 16 * MB, qPrintable(QString::number(server.sent())));
#ifdef UNDER_ASAN
            // AddressSanitizer keeps freed blocks in quarantine: the resident size says nothing.
            Q_UNUSED(peak);
#else
            // The buffer grows by reallocation, so old and new blocks briefly coexist.
            QVERIFY2(peak - baseline < limit + 32 * MB, qPrintable(QString::number(peak - baseline)));
#endif
        }
    }

    // --- Pausing while the server misbehaves ------------------------------------------------

    void pauseDuringFaultLeavesLedgerConsistent_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("applied");           // the server did scale it to zero
        QTest::addColumn<int>("outcome");            // PauseOutcome::Kind
        QTest::addColumn<int>("ledgerAfterPause");   // -1: no entry at all, else PauseEntry::State
        QTest::addColumn<QStringList>("words");      // in the outcome message and the banner
        QTest::addColumn<QString>("settledWords");   // the reconcile warning afterwards; empty: none

        using O = PauseOutcome::Kind;
        using S = PauseEntry::State;
        const QString reached = QStringLiteral("reached the server");
        const QString never = QStringLiteral("never reached the server");
        QTest::newRow("PATCH 502, not applied") << "502" << false << int(O::Failed) << int(S::Pending)
                                                << QStringList {"did not complete", "502 Bad Gateway", "saved replicas are kept"} << never;
        QTest::newRow("PATCH 502, applied by the backend") << "502 applied" << true << int(O::Failed) << int(S::Pending)
                                                           << QStringList {"did not complete", "502 Bad Gateway"} << reached;
        QTest::newRow("PATCH hangs, not applied") << "hang" << false << int(O::Failed) << int(S::Pending)
                                                  << QStringList {"did not complete", "did not answer in time"} << never;
        QTest::newRow("PATCH hangs, applied") << "hang applied" << true << int(O::Failed) << int(S::Pending)
                                              << QStringList {"did not answer in time"} << reached;
        QTest::newRow("PATCH connection closed, applied") << "closed applied" << true << int(O::Failed) << int(S::Pending)
                                                          << QStringList {"Could not reach the Lepton server"} << reached;
        QTest::newRow("PATCH answer truncated (applied)") << "truncated" << true << int(O::Failed) << int(S::Pending)
                                                          << QStringList {"did not complete"} << reached;
        QTest::newRow("PATCH 429") << "429" << false << int(O::Failed) << int(S::Pending)
                                   << QStringList {"try again in 5 s", "rate limit exceeded"} << never;
        QTest::newRow("PATCH 409 conflict") << "409" << false << int(O::Failed) << int(S::Abandoned)
                                            << QStringList {"refused to pause", "being deleted"} << QString();
        QTest::newRow("PATCH answer malformed (applied)") << "malformed" << true << int(O::Paused) << int(S::Active)
                                                          << QStringList {"Paused llama-chat", "2–4 replicas"} << QString();
        QTest::newRow("read before pause 503") << "get 503" << false << int(O::Failed) << -1
                                               << QStringList {"Could not read llama-chat before pausing it", "HTTP 503"} << QString();
        QTest::newRow("read before pause 401") << "get 401" << false << int(O::Failed) << -1
                                               << QStringList {"Could not read llama-chat", "token was refused"} << QString();
        QTest::newRow("server down") << "refused" << false << int(O::Failed) << -1
                                     << QStringList {"Could not read llama-chat", "Could not reach the Lepton server"} << QString();
        QTest::newRow("list failing, pause fine") << "list 502" << true << int(O::Paused) << int(S::Active)
                                                  << QStringList {"Paused llama-chat"} << QString();
    }

    void pauseDuringFaultLeavesLedgerConsistent()
    {
        QFETCH(QString, fault);
        QFETCH(bool, applied);
        QFETCH(int, outcome);
        QFETCH(int, ledgerAfterPause);
        QFETCH(QStringList, words);
        QFETCH(QString, settledWords);
        ++m_cases;

        const QString patchPath = QStringLiteral("/deployments/llama-chat$");
        const QList<QJsonObject> serverState = m_sim->deployments();
        std::function<void()> heal = [this] { m_sim->clearFaults(); };
        const auto patchFault = [&](Fault fault, bool apply) {
            fault.on("PATCH", patchPath);
            fault.applyRequest = apply;
            m_sim->injectFault(fault);
        };
        if (fault == u"502" || fault == u"502 applied") {
            patchFault(Fault::badGateway(), applied);
        } else if (fault == u"hang" || fault == u"hang applied") {
            patchFault(Fault::ofKind(Fault::Kind::Hang), applied);
        } else if (fault == u"closed applied") {
            patchFault(Fault::ofKind(Fault::Kind::CloseConnection).times(2), true);
        } else if (fault == u"truncated") {
            patchFault(Fault::ofKind(Fault::Kind::TruncatedBody), true);
        } else if (fault == u"429") {
            patchFault(Fault::rateLimited(5), false);
        } else if (fault == u"409") {
            patchFault(Fault::httpStatus(409, R"({"code":"Conflict","message":"deployment llama-chat is being deleted"})"), false);
        } else if (fault == u"malformed") {
            patchFault(Fault::ofKind(Fault::Kind::MalformedJson), true);
        } else if (fault == u"get 503") {
            m_sim->injectFault(Fault::httpStatus(503, "<html><head><title>503 Service Unavailable</title></head></html>", "text/html")
                                   .on("GET", patchPath));
        } else if (fault == u"get 401") {
            m_sim->setToken(QStringLiteral("rotated-elsewhere"));
            heal = [this] { m_sim->setToken(m_session->credentials().token); };
        } else if (fault == u"refused") {
            m_sim.reset();
            heal = [this, serverState] {
                m_sim = std::make_unique<WorkspaceSimulator>();
                m_sim->setDeployments(serverState);
                QVERIFY(m_sim->listen(m_port));
            };
        } else if (fault == u"list 502") {
            m_sim->injectFault(Fault::badGateway().on("GET", "/deployments$").times(-1));
        } else {
            QFAIL("unknown fault");
        }

        // Pause through the window, as a user does. What the ledger and the server hold is
        // read the moment the pause reports back, before any refresh could settle it; the
        // banner right after the window has shown the outcome.
        struct AtFinish {
            std::optional<PauseOutcome> outcome;
            QList<PauseEntry> history;
            int serverMin = -1;
            bool bannerVisible = false;
            ErrorBanner::Kind bannerKind = ErrorBanner::Kind::Info;
            QString bannerMessage;
        } at;
        QVERIFY(m_window->selectDeployment(kPaused));
        const auto connection = connect(m_window.get(), &MainWindow::pauseFinished, this, [&](const PauseOutcome &o) {
            at.outcome = o;
            at.history = m_db.ledger()->history(QStringLiteral("demo"), kPaused);
            at.serverMin = m_sim ? minReplicasOnServer(m_sim->deployment(kPaused)) : -1;
            QTimer::singleShot(0, this, [&] {
                at.bannerVisible = banner()->isVisible();
                at.bannerKind = banner()->kind();
                at.bannerMessage = banner()->message();
            });
        });
        m_window->pauseAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(at.outcome.has_value(), 10000);
        disconnect(connection);
        QTRY_VERIFY(at.bannerVisible);
        const PauseOutcome result = *at.outcome;
        QCOMPARE(int(result.kind), outcome);
        for (const QString &word : std::as_const(words))
            QVERIFY2(result.message.contains(word), qPrintable(QStringLiteral("'%1' not in: %2").arg(word, result.message)));
        QVERIFY(!m_session->pauses()->isBusy(kPaused));
        // A pause the server took is "sent; waiting" until the row shows it (then the
        // controller's words as a success); with the list failing the row cannot follow, and
        // the window keeps saying it is waiting rather than claim it is done (issue 24).
        if (result.ok() && at.bannerKind == ErrorBanner::Kind::Info) {
            QVERIFY2(at.bannerMessage.startsWith(QStringLiteral("Pause of %1 sent; waiting").arg(kPaused)),
                     qPrintable(at.bannerMessage));
            if (fault != u"list 502")
                QTRY_COMPARE_WITH_TIMEOUT(banner()->kind(), ErrorBanner::Kind::Success, 10000);
            at.bannerKind = banner()->kind();
            at.bannerMessage = banner()->message();
        }
        if (fault != u"list 502" || !result.ok())
            QCOMPARE(at.bannerKind, result.ok() ? ErrorBanner::Kind::Success : ErrorBanner::Kind::Error);
        // The controller's words; when nothing was written or sent, the window says what was
        // not done and that nothing changed (issue 24).
        if (result.ok() && at.bannerKind == ErrorBanner::Kind::Success)
            QCOMPARE(at.bannerMessage, result.message);
        else if (!result.ok() && ledgerAfterPause >= 0)
            QCOMPARE(at.bannerMessage, result.message);
        else if (!result.ok())
            QCOMPARE(at.bannerMessage, QStringLiteral("Could not pause %1: %2 Nothing was changed.")
                                           .arg(kPaused, result.error.userMessage()));

        // The ledger at that moment: written before the PATCH, settled only by what is known.
        if (ledgerAfterPause < 0) {
            QVERIFY(at.history.isEmpty());
            if (m_sim) {
                for (const auto &request : m_sim->requests())
                    QVERIFY(request.method != "PATCH"); // nothing was sent
            }
        } else {
            QCOMPARE(at.history.size(), 1);
            QCOMPARE(int(at.history.first().state), ledgerAfterPause);
            QCOMPARE(at.history.first().savedMinReplicas, 2);
            QCOMPARE(at.history.first().savedMaxReplicas, std::optional<int>(4));
        }
        if (m_sim)
            QCOMPARE(at.serverMin == 0, applied);

        // The console looks again (the window refreshes after every pause; the poller retries):
        // a pending entry is settled by what the server has, and the user is told.
        heal();
        QVERIFY(refreshSucceeds());
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const PauseEntry &e : m_db.ledger()->history(QStringLiteral("demo"), kPaused))
                if (e.state == PauseEntry::State::Pending)
                    return false;
            return true;
        }(), 5000);
        verifyLedgerAgreesWithServer(kPaused, 2);
        if (!settledWords.isEmpty()) {
            QVERIFY(banner()->isVisible());
            QVERIFY2(banner()->message().contains(settledWords), qPrintable(banner()->message()));
        }
        // The table shows what the ledger says.
        const QModelIndex index = model()->index(model()->rowOf(kPaused), 0);
        QCOMPARE(index.data(DeploymentTableModel::PausedRole).toBool(),
                 m_db.ledger()->openEntry(QStringLiteral("demo"), kPaused).has_value());

        // And when it is paused, Resume gives back exactly what it had.
        if (applied) {
            std::optional<PauseOutcome> resumed;
            connect(m_window.get(), &MainWindow::pauseFinished, this, [&](const PauseOutcome &o) { resumed = o; });
            m_window->resumeDeployment(kPaused);
            QTRY_VERIFY_WITH_TIMEOUT(resumed.has_value(), 10000);
            disconnect(m_window.get(), &MainWindow::pauseFinished, this, nullptr);
            QCOMPARE(resumed->kind, PauseOutcome::Kind::Resumed);
            const QJsonObject resources = m_sim->deployment(kPaused).value("spec").toObject().value("resource_requirement").toObject();
            QCOMPARE(resources.value("min_replicas").toInt(), 2);
            QCOMPARE(resources.value("max_replicas").toInt(), 4);
            QVERIFY(!m_db.ledger()->openEntry(QStringLiteral("demo"), kPaused));
        }
    }
};

QTEST_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
