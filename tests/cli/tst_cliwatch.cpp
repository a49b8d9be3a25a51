// `lepton-console-cli watch` end to end: the real binary as a child process, polling the
// simulator over HTTP while the test changes the workspace through the simulator's control
// routes (also over HTTP). A forced Error prints the state line and the alert line and, with
// --exit-on-alert, ends with exit code 10; --until Ready ends with 0 once Ready and with 7
// (wait-timeout) when Ready does not come in time; a crash loop is an alert too.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kToken = QStringLiteral("tok-watch-6c1d02aa");
enum Exit { Ok = 0, Usage = 2, NotFound = 4, WaitTimeout = 7, AlertRaised = 10 };

DeploymentRecipe recipe(const QString &name, const QString &state)
{
    DeploymentRecipe r;
    r.name = name;
    r.state = state;
    r.minReplicas = 1;
    r.maxReplicas = 2;
    return r;
}

QList<QJsonObject> linesOf(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

} // namespace

class TestCliWatch : public QObject
{
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    std::unique_ptr<WorkspaceSimulator> m_sim;
    QNetworkAccessManager m_network;

    QProcess *startWatch(const QStringList &arguments)
    {
        return CliProcess::start(m_cli,
                                 QStringList {QStringLiteral("watch")} + arguments
                                     + QStringList {QStringLiteral("--interval"), QStringLiteral("0.2"),
                                                    QStringLiteral("--data-dir"), m_data.path()},
                                 CliProcess::environment(m_home.path(), m_sim->workspaceId(), kToken, m_sim->baseUrl()),
                                 this);
    }

    // A control route of the simulator, over HTTP as any client would call it.
    int control(const QString &route, const QJsonObject &body)
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(url.path() + QStringLiteral("/simulator/") + route);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // Waits until the watch has read `path` `polls` times: the state did not change in between,
    // so those polls must print nothing more.
    bool waitForPolls(const QString &path, int polls)
    {
        const auto count = [this, path] {
            int n = 0;
            for (const WorkspaceSimulator::RecordedRequest &request : m_sim->requests())
                n += request.method == "GET" && request.apiPath() == path ? 1 : 0;
            return n;
        };
        return QTest::qWaitFor([&] { return count() >= polls; }, 20000);
    }

    // Waits for the child to end by itself; its standard output read as it came.
    static bool waitForEnd(QProcess *process, int ms = 30000)
    {
        QSignalSpy finished(process, &QProcess::finished);
        return process->state() == QProcess::NotRunning || finished.wait(ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = CliProcess::program();
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
        QVERIFY(m_home.isValid() && m_data.isValid());
    }

    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setToken(kToken);
        m_sim->setDeployments({SimulatorPopulation::make(recipe(QStringLiteral("chat"), QStringLiteral("Ready"))),
                               SimulatorPopulation::make(recipe(QStringLiteral("slow"), QStringLiteral("Not Ready")))});
        QVERIFY(m_sim->listen());
    }

    void cleanup() { m_sim.reset(); }

    void forcedErrorPrintsStateAndAlertAndExits()
    {
        QProcess *watch = startWatch({QStringLiteral("endpoint/chat"), QStringLiteral("--json"), QStringLiteral("--exit-on-alert")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watch->readAllStandardOutput()).contains('\n'), 20000);
        QVERIFY(waitForPolls(QStringLiteral("/deployments/chat"), 4));
        QCOMPARE(control(QStringLiteral("state"), {{QStringLiteral("kind"), QStringLiteral("endpoint")},
                                                   {QStringLiteral("name"), QStringLiteral("chat")},
                                                   {QStringLiteral("state"), QStringLiteral("Error")},
                                                   {QStringLiteral("message"), QStringLiteral("CUDA out of memory")}}),
                 200);
        QVERIFY(waitForEnd(watch));
        out += watch->readAllStandardOutput();
        const QByteArray err = watch->readAllStandardError();
        QVERIFY2(watch->exitStatus() == QProcess::NormalExit && watch->exitCode() == AlertRaised, out + err);

        const QList<QJsonObject> lines = linesOf(out);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).value(QStringLiteral("event")).toString(), QStringLiteral("state"));
        QCOMPARE(lines.at(0).value(QStringLiteral("state")).toString(), QStringLiteral("Ready"));
        QVERIFY(lines.at(0).value(QStringLiteral("previous_state")).isNull());
        const QJsonObject state = lines.at(1);
        QCOMPARE(state.value(QStringLiteral("kind")).toString(), QStringLiteral("endpoint"));
        QCOMPARE(state.value(QStringLiteral("name")).toString(), QStringLiteral("chat"));
        QCOMPARE(state.value(QStringLiteral("event")).toString(), QStringLiteral("state"));
        QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("Error"));
        QCOMPARE(state.value(QStringLiteral("previous_state")).toString(), QStringLiteral("Ready"));
        QVERIFY(!QDateTime::fromString(state.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isNull());
        const QJsonObject alert = lines.at(2);
        QCOMPARE(alert.value(QStringLiteral("event")).toString(), QStringLiteral("alert"));
        QCOMPARE(alert.value(QStringLiteral("rule")).toString(), QStringLiteral("error"));
        QCOMPARE(alert.value(QStringLiteral("state")).toString(), QStringLiteral("Error"));
        QCOMPARE(alert.value(QStringLiteral("message")).toString(), QStringLiteral("Endpoint chat entered Error: CUDA out of memory"));
    }

    void untilReadyEndsWhenReady()
    {
        QProcess *watch = startWatch({QStringLiteral("slow"), QStringLiteral("--until"), QStringLiteral("Ready"),
                                      QStringLiteral("--timeout"), QStringLiteral("30")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watch->readAllStandardOutput()).contains('\n'), 20000);
        QVERIFY(waitForPolls(QStringLiteral("/deployments/slow"), 4));
        QCOMPARE(control(QStringLiteral("state"), {{QStringLiteral("name"), QStringLiteral("slow")},
                                                   {QStringLiteral("state"), QStringLiteral("Ready")}}),
                 200);
        QVERIFY(waitForEnd(watch));
        out += watch->readAllStandardOutput();
        QVERIFY2(watch->exitStatus() == QProcess::NormalExit && watch->exitCode() == Ok, out + watch->readAllStandardError());
        const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QStringLiteral("endpoint/slow  Not Ready")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("endpoint/slow  Ready (was Not Ready)")), qPrintable(lines.at(1)));
    }

    void untilTimesOut()
    {
        QProcess *watch = startWatch({QStringLiteral("slow"), QStringLiteral("--until"), QStringLiteral("Ready"),
                                      QStringLiteral("--timeout"), QStringLiteral("1")});
        QVERIFY(waitForEnd(watch));
        const QByteArray err = watch->readAllStandardError();
        QVERIFY2(watch->exitStatus() == QProcess::NormalExit && watch->exitCode() == WaitTimeout, err);
        QVERIFY2(err.contains("Ready"), err);
    }

    void crashLoopIsAnAlert()
    {
        QProcess *watch = startWatch({QStringLiteral("chat"), QStringLiteral("--json"), QStringLiteral("--exit-on-alert")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watch->readAllStandardOutput()).contains('\n'), 20000);
        QCOMPARE(control(QStringLiteral("crash-loop"), {{QStringLiteral("name"), QStringLiteral("chat")},
                                                        {QStringLiteral("restarts"), 3},
                                                        {QStringLiteral("reason"), QStringLiteral("OOMKilled")}}),
                 200);
        QVERIFY(waitForEnd(watch));
        out += watch->readAllStandardOutput();
        QVERIFY2(watch->exitCode() == AlertRaised, out + watch->readAllStandardError());
        const QJsonObject alert = linesOf(out).last();
        QCOMPARE(alert.value(QStringLiteral("rule")).toString(), QStringLiteral("crash-loop"));
        QVERIFY2(alert.value(QStringLiteral("message")).toString().contains(QStringLiteral("3 restarts")), out);
    }

    void deletedWhileWatchedEndsWithNotFound()
    {
        QProcess *watch = startWatch({QStringLiteral("chat")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watch->readAllStandardOutput()).contains('\n'), 20000);
        QVERIFY(m_sim->removeDeployment(QStringLiteral("chat")));
        QVERIFY(waitForEnd(watch));
        const QByteArray err = watch->readAllStandardError();
        QVERIFY2(watch->exitStatus() == QProcess::NormalExit && watch->exitCode() == NotFound, err);
        QVERIFY2(err.count('\n') == 1 && err.contains("chat"), err);
    }

    void badArgumentsAndUnknownNames()
    {
        QProcess *usage = startWatch({QStringLiteral("chat"), QStringLiteral("--until"), QStringLiteral("Sleeping")});
        QVERIFY(waitForEnd(usage));
        QCOMPARE(usage->exitCode(), int(Usage));
        QProcess *unknown = startWatch({QStringLiteral("no-such-endpoint")});
        QVERIFY(waitForEnd(unknown));
        QCOMPARE(unknown->exitCode(), int(NotFound));
    }
};

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cliwatch.moc"
