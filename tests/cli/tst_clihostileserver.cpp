// lepton-console-cli against a hostile server, end to end: the CLI runs as a child process,
// the simulators run here on 127.0.0.1 (this process keeps its event loop turning while the
// child runs). What a script sees: the documented exit code and one error line.
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/cliprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;
using Fault = WorkspaceSimulator::Fault;

namespace {

const QString kToken = QStringLiteral("tok-H0STILE-cli-5e6f7a8b9c0d");

// The documented exit codes (README, "Scripts and CI/CD"), pinned here on purpose.
enum Exit { Ok = 0, Unauthorized = 3, ServerError = 6 };

} // namespace

class TestCliHostileServer : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<WorkspaceSimulator> m_elsewhere;

    CliRun run(const QStringList &arguments)
    {
        const QProcessEnvironment env = CliProcess::environment(m_home.path(), m_sim->workspaceId(), kToken, m_sim->baseUrl());
        return CliProcess::run(m_cli, arguments + QStringList {QStringLiteral("--data-dir"), m_dataDir->path()}, env);
    }

    QUrl elsewhereUrl(const QString &apiPath) const
    {
        QUrl url = m_elsewhere->baseUrl();
        url.setPath(url.path() + apiPath);
        return url;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = CliProcess::program();
        QVERIFY2(QFile::exists(m_cli), "lepton-console-cli not found (set LEPTON_CLI)");
        QVERIFY(m_home.isValid());
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("config")));
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("data")));
    }

    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setToken(kToken);
        m_sim->setTransitionDelay(50ms);
        m_sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_sim->listen());
        m_elsewhere = std::make_unique<WorkspaceSimulator>();
        m_elsewhere->setToken(kToken);
        m_elsewhere->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_elsewhere->listen());
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
    }

    void cleanup()
    {
        m_sim.reset();
        m_elsewhere.reset();
        m_dataDir.reset();
    }

    void redirectedPauseIsExit6AndNothingElsewhere()
    {
        QString name;
        for (const QJsonObject &d : m_sim->deployments()) {
            if (d["status"].toObject()["state"].toString() == QLatin1String("Ready")) {
                name = d["metadata"].toObject()["name"].toString();
                break;
            }
        }
        QVERIFY(!name.isEmpty());
        const QJsonObject before = m_sim->deployment(name);
        m_sim->injectFault(Fault::redirect(307, elsewhereUrl(QStringLiteral("/deployments/") + name))
                               .on("PATCH", QStringLiteral("/deployments/"))
                               .times(-1));
        const CliRun r = run({QStringLiteral("pause"), name});
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == ServerError, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.errText())));
        QVERIFY2(r.errText().contains(QLatin1String("not followed")), r.err.constData());
        QCOMPARE(m_elsewhere->requests().size(), 0);
        QCOMPARE(m_sim->deployment(name)["spec"], before["spec"]);
    }

    void hugeUnauthorizedBodyIsExit3()
    {
        Fault fault = Fault::streamedBody(401, 96LL * 1024 * 1024); // beyond the 64 MB default
        fault.body = R"({"code":"Unauthorized","message":"invalid token"})";
        fault.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        m_sim->injectFault(fault.on("GET", QStringLiteral("/deployments$")));
        const CliRun r = run({QStringLiteral("list")});
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == Unauthorized, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.errText())));
        QVERIFY2(!r.err.contains(kToken.toUtf8()), r.err.constData());
    }

    void oneUnreadableDeploymentLeavesTheRestListed()
    {
        const QList<QJsonObject> all = m_sim->deployments();
        QByteArray list = "[";
        for (int i = 0; i < all.size(); ++i) {
            QByteArray text = QJsonDocument(all.at(i)).toJson(QJsonDocument::Compact);
            if (i == 0)
                text.replace("\"image\":\"", "\"image\":\"\xc3\x28");
            list += (i > 0 ? "," : "") + text;
        }
        list += "]";
        m_sim->injectFault(Fault::httpStatus(200, list, "application/json").on("GET", QStringLiteral("/deployments$")));
        const CliRun r = run({QStringLiteral("list")});
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == Ok, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.errText())));
        const QString unreadable = all.first()["metadata"].toObject()["name"].toString();
        const QString shown = QString::fromUtf8(r.out);
        for (int i = 1; i < all.size(); ++i) {
            const QJsonObject d = all.at(i);
            if (d["spec"].toObject()["is_pod"].toBool())
                continue;
            const QString name = d["metadata"].toObject()["name"].toString();
            QVERIFY2(shown.contains(name), qPrintable(name + QStringLiteral(" missing from:\n") + shown));
        }
        QVERIFY2(r.errText().contains(QStringLiteral("1 deployment could not be read")), r.err.constData());
        QVERIFY2(r.errText().contains(unreadable), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHostileServer)
#include "tst_clihostileserver.moc"
