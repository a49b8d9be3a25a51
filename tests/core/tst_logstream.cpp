// The log client against the simulator over real HTTP (issue 20, item 5): a replica's live
// log streamed line by line (lines cut across reads put together), a reconnect after the
// simulator cuts the connection that shows no line twice, a clean end by the server, clear
// errors (404, 401 without the token in the message, refused), and the /logs history with a
// time range, the new API's endpoint= and the 404 of a workspace without it.
#include "app/api/apitransport.h"
#include "app/logs/logaccess.h"
#include "app/api/leptonclient.h"
#include "app/logs/loghistory.h"
#include "app/logs/logroutes.h"
#include "app/logs/logstreamreader.h"
#include "app/simulator/newapipopulation.h"
#include "app/simulator/simulatedlogs.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/simulatorclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

DeploymentRecipe chat()
{
    DeploymentRecipe r;
    r.name = QStringLiteral("chat");
    r.minReplicas = 2;
    r.maxReplicas = 2;
    return r;
}

struct Collected
{
    QStringList lines;
    QList<LogStreamReader::State> states;
    QString lastMessage;
};

void collect(LogStreamReader *reader, Collected *into)
{
    QObject::connect(reader, &LogStreamReader::linesReceived, reader, [into](const QStringList &lines) { into->lines += lines; });
    QObject::connect(reader, &LogStreamReader::stateChanged, reader, [into](LogStreamReader::State state, const QString &message) {
        into->states.append(state);
        into->lastMessage = message;
    });
}

} // namespace

class TestLogStream : public QObject
{
    Q_OBJECT

    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<LeptonClient> m_client; // for the routes (LogRoutes)
    LogAccess m_access;
    QString m_replica;

    QString replicaOf(const QString &name)
    {
        QByteArray body;
        bool done = false;
        LogHistory reader(m_access);
        reader.transport()->send("GET", LogRoutes::replicasPath(*m_client, ResourceKind::Endpoint, name), QString(),
                                    QByteArray(), nullptr, [&](const ApiError &, const QByteArray &b) {
                                        body = b;
                                        done = true;
                                    });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return QString();
        const QJsonArray list = QJsonDocument::fromJson(body).array();
        return list.isEmpty() ? QString() : list.first().toObject().value(QStringLiteral("id")).toString();
    }

    std::unique_ptr<LogStreamReader> reader(const QString &replica)
    {
        auto r = std::make_unique<LogStreamReader>(m_access);
        r->setPath(LogRoutes::livePath(*m_client, ResourceKind::Endpoint, QStringLiteral("chat"), replica));
        r->setBackoff(50ms, 200ms);
        return r;
    }

    QStringList served() const { return m_sim->logs()->lines(QStringLiteral("chat"), m_replica); }

    // `shown` is a run of the served log, in order, with nothing twice and nothing left out.
    void verifyContiguous(const QStringList &shown)
    {
        const QStringList all = served();
        QVERIFY(!shown.isEmpty());
        const qsizetype start = all.indexOf(shown.first());
        QVERIFY2(start >= 0, qPrintable(shown.first()));
        QVERIFY2(start + shown.size() <= all.size(), "more lines shown than served");
        for (qsizetype i = 0; i < shown.size(); ++i)
            QVERIFY2(shown.at(i) == all.at(start + i),
                     qPrintable(QStringLiteral("line %1: shown \"%2\", served \"%3\"").arg(i).arg(shown.at(i), all.at(start + i))));
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setDeployments({SimulatorPopulation::make(chat())});
        m_sim->logs()->setLinesPerSecond(40);
        QVERIFY(m_sim->listen());
        m_client = simulatorClient(*m_sim, 5s);
        m_access = LogAccess{m_sim->baseUrl(), m_sim->token(), QString(), 5s};
        m_replica = replicaOf(QStringLiteral("chat"));
        QVERIFY(!m_replica.isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void streamsTheReplayThenNewLines()
    {
        auto r = reader(m_replica);
        Collected got;
        collect(r.get(), &got);
        r->start();
        // The replay (the kind's own start-up lines) first, then new lines as they are written.
        QTRY_VERIFY_WITH_TIMEOUT(got.lines.join(QLatin1Char('\n')).contains(QStringLiteral(" request 5:")), 10000);
        QCOMPARE(r->state(), LogStreamReader::State::Streaming);
        QVERIFY2(got.lines.first().contains(QStringLiteral("Starting")), qPrintable(got.lines.first()));
        verifyContiguous(got.lines);
        // The request carried the token and the origin the transport puts on every request.
        const auto requests = m_sim->requests();
        QCOMPARE(requests.last().header("Authorization"), QByteArray("Bearer ") + m_sim->token().toUtf8());
    }

    void putsLinesCutAcrossReadsTogether()
    {
        m_sim->logs()->setSplitLines(true);
        auto r = reader(m_replica);
        Collected got;
        collect(r.get(), &got);
        r->start();
        QTRY_VERIFY_WITH_TIMEOUT(got.lines.size() >= 30, 10000);
        // Every line whole: never half of one, never two run together.
        verifyContiguous(got.lines);
        for (const QString &line : std::as_const(got.lines))
            QVERIFY2(served().contains(line), qPrintable(line));
    }

    void reconnectsAfterACutWithoutRepeatingALine()
    {
        auto r = reader(m_replica);
        Collected got;
        collect(r.get(), &got);
        r->start();
        QTRY_VERIFY_WITH_TIMEOUT(got.lines.size() >= 15, 10000);
        const qsizetype before = got.lines.size();
        m_sim->logs()->cutStreams();
        QTRY_VERIFY_WITH_TIMEOUT(r->reconnects() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(got.lines.size() >= before + 15, 10000);
        QVERIFY(got.states.contains(LogStreamReader::State::Waiting));
        QCOMPARE(m_sim->logs()->streamsOpened(), 2);
        // The second stream replayed what was shown already; none of it is shown again, and
        // the lines written while the connection was down are there.
        QCOMPARE(QSet<QString>(got.lines.cbegin(), got.lines.cend()).size(), got.lines.size());
        verifyContiguous(got.lines);
        QVERIFY(r->skippedRepeats() > 0);
    }

    void aCleanEndEndsTheReader()
    {
        m_sim->logs()->setStreamLineLimit(5);
        m_sim->logs()->setSplitLines(true);
        auto r = reader(m_replica);
        Collected got;
        collect(r.get(), &got);
        r->start();
        QTRY_COMPARE_WITH_TIMEOUT(r->state(), LogStreamReader::State::Ended, 10000);
        QVERIFY(got.lines.last().contains(QStringLiteral(" request 5:")));
        verifyContiguous(got.lines);
        QCOMPARE(m_sim->logs()->streamsOpened(), 1);
    }

    void unknownReplicaIsNotFoundInTheServersWords()
    {
        auto r = reader(QStringLiteral("chat-nope"));
        Collected got;
        collect(r.get(), &got);
        r->start();
        QTRY_COMPARE_WITH_TIMEOUT(r->state(), LogStreamReader::State::Failed, 10000);
        QCOMPARE(r->lastError().kind(), ApiError::Kind::NotFound);
        QVERIFY2(got.lastMessage.contains(QStringLiteral("replica chat-nope not found")), qPrintable(got.lastMessage));
        QVERIFY(got.lines.isEmpty());
    }

    void aRefusedTokenIsUnauthorizedAndNotEchoed()
    {
        const QString wrong = QStringLiteral("tok-wrong-6f1d2a9b7c");
        m_access.token = wrong;
        m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(
                               401, QByteArray(R"({"code":"Unauthorized","message":"token tok-wrong-6f1d2a9b7c is invalid"})"))
                               .on("GET", QStringLiteral("/log$")));
        auto r = reader(m_replica);
        Collected got;
        collect(r.get(), &got);
        r->start();
        QTRY_COMPARE_WITH_TIMEOUT(r->state(), LogStreamReader::State::Failed, 10000);
        QCOMPARE(r->lastError().kind(), ApiError::Kind::Unauthorized);
        QVERIFY2(!got.lastMessage.contains(wrong), qPrintable(got.lastMessage));
        QVERIFY2(got.lastMessage.contains(QStringLiteral("is invalid")), qPrintable(got.lastMessage));
    }

    void aServerErrorOnReconnectIsRetried()
    {
        auto r = reader(m_replica);
        Collected got;
        collect(r.get(), &got);
        r->start();
        QTRY_VERIFY_WITH_TIMEOUT(got.lines.size() >= 10, 10000);
        m_sim->injectFault(WorkspaceSimulator::Fault::badGateway().on("GET", QStringLiteral("/log$")).times(2));
        m_sim->logs()->cutStreams();
        QTRY_VERIFY_WITH_TIMEOUT(r->reconnects() >= 1, 10000);
        QCOMPARE(m_sim->pendingFaults(), 0);
        QCOMPARE(r->state(), LogStreamReader::State::Streaming);
        verifyContiguous(got.lines);
    }

    void aRefusedConnectionSaysSo()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QUrl url = m_sim->baseUrl();
        url.setPort(port);
        m_access.baseUrl = url;
        auto r = reader(m_replica);
        Collected got;
        collect(r.get(), &got);
        r->start();
        QTRY_COMPARE_WITH_TIMEOUT(r->state(), LogStreamReader::State::Failed, 10000);
        QCOMPARE(r->lastError().kind(), ApiError::Kind::Network);
        QVERIFY2(got.lastMessage.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(got.lastMessage));
    }

    void historyWithinARange()
    {
        LogHistory history(m_access);
        LogHistory::Query all;
        all.name = QStringLiteral("chat");
        all.replica = m_replica;
        ApiResult<QList<LogEntry>> everything;
        bool done = false;
        history.fetch(all, nullptr, [&](const ApiResult<QList<LogEntry>> &result) { everything = result; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(everything.ok(), qPrintable(everything.error.userMessage()));
        QVERIFY(everything.value.size() >= 10);
        for (qsizetype i = 1; i < everything.value.size(); ++i)
            QVERIFY(everything.value.at(i - 1).timeNs <= everything.value.at(i).timeNs); // oldest first
        QCOMPARE(everything.value.first().replica, m_replica);

        // A range from the third line's time to the sixth's: exactly those lines.
        LogHistory::Query range = all;
        range.startNs = everything.value.at(2).timeNs;
        range.endNs = everything.value.at(5).timeNs;
        ApiResult<QList<LogEntry>> some;
        done = false;
        history.fetch(range, nullptr, [&](const ApiResult<QList<LogEntry>> &result) { some = result; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(some.ok());
        QStringList expected;
        for (const LogEntry &entry : std::as_const(everything.value)) {
            if (entry.timeNs >= range.startNs && entry.timeNs <= range.endNs)
                expected.append(entry.line);
        }
        QStringList got;
        for (const LogEntry &entry : std::as_const(some.value))
            got.append(entry.line);
        QCOMPARE(got, expected);
        QVERIFY(got.size() < everything.value.size());
        const QUrlQuery sent = m_sim->requests().last().query;
        QCOMPARE(sent.queryItemValue(QStringLiteral("deployment")), QStringLiteral("chat"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("start")), QString::number(range.startNs));
        QCOMPARE(sent.queryItemValue(QStringLiteral("end")), QString::number(range.endNs));
        QCOMPARE(sent.queryItemValue(QStringLiteral("direction")), QStringLiteral("backward"));
    }

    void historyOnTheNewApiAsksByEndpoint()
    {
        m_sim->setNewDeploymentApi(true);
        m_sim->setEndpoints(NewApiPopulation::endpoints({SimulatorPopulation::make(chat())}));
        const QString name = m_sim->endpoints().first().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        LogHistory history(m_access);
        LogHistory::Query query;
        query.generation = ApiGeneration::New;
        query.name = name;
        ApiResult<QList<LogEntry>> result;
        bool done = false;
        history.fetch(query, nullptr, [&](const ApiResult<QList<LogEntry>> &r) { result = r; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QCOMPARE(m_sim->requests().last().query.queryItemValue(QStringLiteral("endpoint")), name);
    }

    void historyNotOfferedIsA404()
    {
        m_sim->logs()->setHistoryOffered(false);
        LogHistory history(m_access);
        LogHistory::Query query;
        query.name = QStringLiteral("chat");
        ApiResult<QList<LogEntry>> result;
        bool done = false;
        history.fetch(query, nullptr, [&](const ApiResult<QList<LogEntry>> &r) { result = r; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!result.ok());
        QVERIFY(LogHistory::isNotOffered(result.error));
    }

    void historyThatIsNotLokiIsABadPayload()
    {
        QList<LogEntry> entries;
        QString why;
        QVERIFY(!LogHistory::parse(QByteArray(R"({"data": {"rows": []}})"), &entries, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(LogHistory::parse(QByteArray(R"({"data":{"result":[{"stream":{"replica":"a"},"values":[["20","b"],["10","a"],["x","bad"]]}]}})"),
                                  &entries, &why));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().line, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestLogStream)
#include "tst_logstream.moc"
