// lepton-console: the window. Everything it does lives in app/ (the core) and ui/ (widgets).
#include "applicationcontroller.h"
#include "credentialstring.h"
#include "localdatabase.h"
#include "logcapture.h"
#include "translationloader.h"
#include "simulatorpopulation.h"
#include "workspacesimulator.h"
#include "workspaceurl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QUrl>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// `lepton-console --serve-demo`: only the simulator, for other clients to point at.
int serveDemo(const QCommandLineParser &parser, int deployments)
{
    WorkspaceSimulator simulator;
    simulator.setDeployments(deployments > 0 ? SimulatorPopulation::generate(deployments) : SimulatorPopulation::demo());
    if (parser.isSet(QStringLiteral("token")))
        simulator.setToken(parser.value(QStringLiteral("token")));
    if (!simulator.listen(quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        std::fprintf(stderr, "lepton-console: could not listen on 127.0.0.1:%s\n", qPrintable(parser.value(QStringLiteral("port"))));
        return 1;
    }
    std::printf("Demo workspace API at %s (token: see --token; default demo-token)\n",
                qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer startClock;
    startClock.start();
#ifdef __GLIBC__
    // Thousands of deployments are thousands of small JSON buffers freed at every refresh:
    // return large blocks to the system and keep the arenas few, so memory follows the
    // data instead of its high-water mark (about 135 -> 98 MiB with 10,000 deployments).
    mallopt(M_MMAP_THRESHOLD, 512 * 1024);
    mallopt(M_ARENA_MAX, 2);
#endif
    LogCapture::install();
    QApplication app(argc, argv);
    TranslationLoader::install(&app);
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("lepton-console"), QIcon(QStringLiteral(":/icons/lepton-console.svg"))));
    QApplication::setApplicationName(QStringLiteral("lepton-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lepton Console"));
    QApplication::setApplicationVersion(QStringLiteral(LEPTON_CONSOLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("lepton-console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A native console for Lepton AI deployments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("demo"), QApplication::translate("main", "Open the built-in demo workspace (a local simulator).")},
        {QStringLiteral("workspace"), QApplication::translate("main", "Open the saved workspace <id> (its token from the system keychain)."), QStringLiteral("id")},
        {QStringLiteral("url"), QApplication::translate("main", "Use <url> as the workspace API base URL (https, or http to this computer only)."), QStringLiteral("url")},
        {QStringLiteral("serve-demo"), QApplication::translate("main", "Only run the demo workspace's API server (no window).")},
        {QStringLiteral("port"), QApplication::translate("main", "Port for --serve-demo (0: any free port)."), QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("token"), QApplication::translate("main", "Token the --serve-demo server accepts."), QStringLiteral("token")},
        {QStringLiteral("deployments"), QApplication::translate("main", "Size of the demo population (default: a hand-picked dozen)."), QStringLiteral("count"), QStringLiteral("0")},
        {QStringLiteral("debug"), QApplication::translate("main", "Log debug messages (Help > Show Log; tokens are never logged).")},
    });
    QCommandLineOption exitAfterFirstLoad(QStringLiteral("exit-after-first-load"));
    exitAfterFirstLoad.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitAfterFirstLoad);
    parser.process(app);
    if (parser.isSet(QStringLiteral("debug")))
        LogCapture::setDebugLogging(true);

    const int deployments = parser.value(QStringLiteral("deployments")).toInt();
    if (parser.isSet(QStringLiteral("serve-demo")))
        return serveDemo(parser, deployments);

    ApplicationController::Options options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.demoDeployments = deployments;
    options.workspaceId = parser.value(QStringLiteral("workspace"));
    if (parser.isSet(QStringLiteral("url"))) {
        options.url = QUrl(parser.value(QStringLiteral("url")).trimmed(), QUrl::StrictMode);
        QString why;
        if (!WorkspaceUrl::isAllowedBaseUrl(options.url, &why)) {
            std::fprintf(stderr, "lepton-console: --url: %s\n", qPrintable(why));
            return 1;
        }
    }
    if (parser.isSet(QStringLiteral("workspace"))
        && !CredentialString::isValidWorkspaceId(options.workspaceId.trimmed())) {
        std::fprintf(stderr, "lepton-console: --workspace: not a workspace ID (letters, digits, '-', '_' and '.' only)\n");
        return 1;
    }
    options.workspaceId = options.workspaceId.trimmed();
    options.exitAfterFirstLoad = parser.isSet(exitAfterFirstLoad);
    options.startClock = startClock;

    ApplicationController controller;
    if (!controller.start(options))
        return 1;
    return QApplication::exec();
}
