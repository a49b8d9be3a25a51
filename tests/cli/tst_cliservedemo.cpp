// The two real programs together (issue 18): `lepton-console --serve-demo --new-api --port P`
// runs headless (no display) as a child process, and `lepton-console-cli` lists, pauses and
// resumes a two-component endpoint of it over HTTP. The server must say it speaks the new
// generation, and the CLI must take its routes.
#include "app/simulator/newapipopulation.h"
#include "tests/support/cliprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kToken = QStringLiteral("tok-servedemo-new-9b3e17c2");

struct Http
{
    int status = 0;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

Http get(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Http http {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return http;
}

// min/max replicas of every component, by name: what pause must zero and resume bring back.
QStringList replicasOf(const QJsonObject &endpoint)
{
    QStringList replicas;
    for (const QJsonValue &value : endpoint.value(QStringLiteral("spec")).toObject().value(QStringLiteral("components")).toArray()) {
        const QJsonObject component = value.toObject();
        replicas << QStringLiteral("%1:%2-%3").arg(component.value(QStringLiteral("name")).toString())
                        .arg(component.value(QStringLiteral("min_replicas")).toInt(-1))
                        .arg(component.value(QStringLiteral("max_replicas")).toInt(-1));
    }
    return replicas;
}

} // namespace

class TestCliServeDemo : public QObject
{
    Q_OBJECT

    QString m_cli;
    QString m_console;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    QProcess m_server;
    QString m_base;

    CliRun cli(const QStringList &arguments)
    {
        return CliProcess::run(m_cli, arguments + QStringList {QStringLiteral("--data-dir"), m_data.path()},
                               CliProcess::environment(m_home.path(), QStringLiteral("demo"), kToken, QUrl(m_base)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = CliProcess::program();
        m_console = qEnvironmentVariable("LEPTON_CONSOLE");
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
        QVERIFY2(QFile::exists(m_console), qPrintable(QStringLiteral("LEPTON_CONSOLE=") + m_console));
        QVERIFY(m_home.isValid() && m_data.isValid());

        // A port free a moment ago; the server says which one it took.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        // Headless: no display of any kind, and a home of its own.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        m_server.setProcessEnvironment(env);
        m_server.start(m_console, {QStringLiteral("--serve-demo"), QStringLiteral("--new-api"), QStringLiteral("--port"),
                                   QString::number(port), QStringLiteral("--token"), kToken});
        QVERIFY(m_server.waitForStarted(10000));
        QString line;
        QTRY_VERIFY_WITH_TIMEOUT((line += QString::fromUtf8(m_server.readAllStandardOutput())).contains(QLatin1Char('\n'))
                                     || m_server.state() == QProcess::NotRunning,
                                 30000);
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:(\\d+)/api/v2/workspaces/[^ ]+)")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line + QString::fromUtf8(m_server.readAllStandardError())));
        QCOMPARE(match.captured(2).toUInt(), uint(port));
        m_base = match.captured(1);
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(10000))
                m_server.kill();
        }
    }

    void serverSpeaksTheNewGeneration()
    {
        QNetworkAccessManager nam;
        const Http info = get(nam, QUrl(m_base + QStringLiteral("/workspace")));
        QCOMPARE(info.status, 200);
        QCOMPARE(info.object().value(QStringLiteral("features")).toObject().value(QStringLiteral("enable_new_deployment_api")),
                 QJsonValue(true));
        // In that mode the legacy resources do not exist.
        QCOMPARE(get(nam, QUrl(m_base + QStringLiteral("/deployments"))).status, 404);
    }

    // The headless demo seeds what the window's demo does: its Ray clusters (and dev pods), so
    // every tab and `list --kind` has something to show.
    void seedsEveryKindTheWindowsDemoHas()
    {
        QStringList expected;
        for (const QJsonObject &cluster : NewApiPopulation::rayClusters())
            expected << cluster.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        expected.sort();
        QVERIFY(!expected.isEmpty());
        const CliRun ray = cli({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("raycluster"), QStringLiteral("--json")});
        QVERIFY2(ray.exitCode == 0, ray.describe().constData());
        QStringList names;
        for (const QJsonValue &value : ray.json().value(QStringLiteral("deployments")).toArray())
            names << value.toObject().value(QStringLiteral("name")).toString();
        names.sort();
        QCOMPARE(names, expected);

        const CliRun pods = cli({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("pod"), QStringLiteral("--json")});
        QVERIFY2(pods.exitCode == 0, pods.describe().constData());
        QVERIFY2(!pods.json().value(QStringLiteral("deployments")).toArray().isEmpty(), pods.out.constData());
    }

    void listsPausesAndResumesATwoComponentEndpoint()
    {
        const CliRun listed = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.describe().constData());
        QJsonObject rag;
        for (const QJsonValue &value : listed.json().value(QStringLiteral("deployments")).toArray()) {
            if (value.toObject().value(QStringLiteral("name")).toString() == QLatin1String("rag-pipeline"))
                rag = value.toObject();
        }
        QVERIFY2(!rag.isEmpty(), listed.out.constData());
        QCOMPARE(rag.value(QStringLiteral("kind")).toString(), QStringLiteral("endpoint"));
        QCOMPARE(rag.value(QStringLiteral("state")).toString(), QStringLiteral("Ready"));

        QNetworkAccessManager nam;
        const QUrl endpoint(m_base + QStringLiteral("/endpoints/rag-pipeline"));
        const Http before = get(nam, endpoint);
        QCOMPARE(before.status, 200);
        QCOMPARE(replicasOf(before.object()), (QStringList {QStringLiteral("gateway:1-2"), QStringLiteral("reranker:1-3")}));

        const CliRun paused = cli({QStringLiteral("pause"), QStringLiteral("endpoint/rag-pipeline"), QStringLiteral("--note"),
                                   QStringLiteral("demo pause"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                                   QStringLiteral("60")});
        QVERIFY2(paused.exitCode == 0, paused.describe().constData());
        QCOMPARE(replicasOf(get(nam, endpoint).object()), (QStringList {QStringLiteral("gateway:0-2"), QStringLiteral("reranker:0-3")}));

        const CliRun resumed = cli({QStringLiteral("resume"), QStringLiteral("rag-pipeline")});
        QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
        const Http after = get(nam, endpoint);
        QCOMPARE(after.object().value(QStringLiteral("spec")).toObject().value(QStringLiteral("components")),
                 before.object().value(QStringLiteral("spec")).toObject().value(QStringLiteral("components")));
    }
};

QTEST_GUILESS_MAIN(TestCliServeDemo)
#include "tst_cliservedemo.moc"
