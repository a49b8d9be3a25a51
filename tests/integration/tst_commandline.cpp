// The two programs' own command lines, run as built ($LEPTON_CONSOLE, $LEPTON_CLI):
// lepton-console --help, --version and --serve-demo work without a display (no DISPLAY, no
// platform plugin asked for), the served demo API answers over HTTP, --debug adds the debug
// lines to the log, and lepton-console-cli links none of Qt's GUI, widget, HTTP-server or
// WebSockets libraries.
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

// No display of any kind: a QApplication would abort here.
QProcessEnvironment headless(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_LOGGING_RULES"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    return env;
}

Run runToEnd(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    Run run;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    process.start();
    process.closeWriteChannel();
    run.finished = process.waitForFinished(60000); // nothing in this process needs to answer it
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

struct Http
{
    int status = 0;
    QByteArray body;
};

Http get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &token)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Http http;
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    http.body = reply->readAll();
    reply->deleteLater();
    return http;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QString m_console;
    QString m_cli;
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        m_console = qEnvironmentVariable("LEPTON_CONSOLE");
        m_cli = qEnvironmentVariable("LEPTON_CLI");
        QVERIFY2(QFile::exists(m_console), "set LEPTON_CONSOLE to the built lepton-console");
        QVERIFY2(QFile::exists(m_cli), "set LEPTON_CLI to the built lepton-console-cli");
        QVERIFY(m_home.isValid());
    }

    void helpWithoutADisplay()
    {
        const Run run = runToEnd(m_console, {QStringLiteral("--help")}, headless(m_home));
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const char *option : {"--demo", "--workspace", "--url", "--help", "--version", "--serve-demo", "--port",
                                   "--deployments", "--debug"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        QVERIFY2(!run.out.contains(QLatin1String("exit-after-first-load")), "hidden options stay hidden");
    }

    void versionWithoutADisplay()
    {
        const Run run = runToEnd(m_console, {QStringLiteral("--version")}, headless(m_home));
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("lepton-console " LEPTON_CONSOLE_VERSION));
    }

    void windowNeedsADisplay()
    {
        // The other side of the claim: without a display the window itself cannot start, so
        // the two tests above really ran without one.
        const Run run = runToEnd(m_console, {QStringLiteral("--demo")}, headless(m_home));
        QVERIFY(run.finished);
        QVERIFY(run.exitCode != 0);
    }

    void serveDemoAnswersTheApi()
    {
        QProcess server;
        server.setProgram(m_console);
        server.setArguments({QStringLiteral("--serve-demo"), QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--deployments"), QStringLiteral("25"), QStringLiteral("--token"),
                             QStringLiteral("tok-serve-demo-41")});
        server.setProcessEnvironment(headless(m_home));
        server.start();
        QVERIFY(server.waitForStarted(10000));
        QString line;
        QTRY_VERIFY_WITH_TIMEOUT((line += QString::fromUtf8(server.readAllStandardOutput())).contains(QLatin1Char('\n'))
                                     || server.state() == QProcess::NotRunning,
                                 20000);
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/api/v2/workspaces/[^ ]+)")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line + QString::fromUtf8(server.readAllStandardError())));
        const QString base = match.captured(1);

        QNetworkAccessManager nam;
        const Http info = get(nam, QUrl(base + QStringLiteral("/workspace")), "tok-serve-demo-41");
        QCOMPARE(info.status, 200);
        QVERIFY(!QJsonDocument::fromJson(info.body).object().value(QStringLiteral("workspace_name")).toString().isEmpty());
        const Http list = get(nam, QUrl(base + QStringLiteral("/deployments")), "tok-serve-demo-41");
        QCOMPARE(list.status, 200);
        QCOMPARE(QJsonDocument::fromJson(list.body).array().size(), 25);
        const Http refused = get(nam, QUrl(base + QStringLiteral("/deployments")), "demo-token");
        QCOMPARE(refused.status, 401);

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    void debugAddsDebugLines()
    {
        QProcessEnvironment env = headless(m_home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QStringList arguments{QStringLiteral("--demo"), QStringLiteral("--exit-after-first-load")};
        const Run plain = runToEnd(m_console, arguments, env);
        QVERIFY(plain.finished);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        const Run debug = runToEnd(m_console, arguments + QStringList{QStringLiteral("--debug")}, env);
        QVERIFY(debug.finished);
        QVERIFY2(debug.exitCode == 0, qPrintable(debug.err));
        // The API's debug line for the list: present only with --debug.
        static const QRegularExpression listLine(QStringLiteral("lepton\\.api.*GET.*/deployments.*200"));
        QVERIFY2(debug.err.contains(listLine), qPrintable(debug.err.left(2000)));
        QVERIFY2(!plain.err.contains(listLine), qPrintable(plain.err.left(2000)));
        QVERIFY2(!debug.err.contains(QLatin1String("demo-token")), "tokens are never logged");
    }

    void cliLinksNoWidgets()
    {
        // ldd lists every library the loader maps for the binary, indirect ones included.
        const Run cli = runToEnd(QStringLiteral("ldd"), {m_cli}, QProcessEnvironment::systemEnvironment());
        QVERIFY(cli.finished);
        QCOMPARE(cli.exitCode, 0);
        QVERIFY2(cli.out.contains(QLatin1String("libQt6Core.so")), qPrintable(cli.out)); // ldd did read it
        for (const char *library : {"libQt6Widgets", "libQt6Gui", "libQt6HttpServer", "libQt6WebSockets", "libQt6Svg"})
            QVERIFY2(!cli.out.contains(QLatin1String(library)), qPrintable(QStringLiteral("lepton-console-cli links %1").arg(QLatin1String(library))));
        // The same check on the window's binary finds them: the check can see a widget library.
        const Run window = runToEnd(QStringLiteral("ldd"), {m_console}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(window.exitCode, 0);
        QVERIFY(window.out.contains(QLatin1String("libQt6Widgets")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
