// lepton-console: the window. Everything it does lives in app/ (the core) and ui/ (widgets).
// --help, --version and --serve-demo need no window: they run on a QCoreApplication, so they
// work on a machine without a display (a headless box, a container, CI).
#include "app/common/applicationidentity.h"
#include "app/common/processhardening.h"
#include "app/common/translationloader.h"
#include "app/credentials/credentialstring.h"
#include "app/credentials/workspaceurl.h"
#include "app/diagnostics/logcapture.h"
#include "app/simulator/demoserver.h"
#include "ui/shell/consoleapplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QCoreApplication>
#include <QIcon>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// True when the command line asks only for something that needs no window. Decided before any
// application object exists, since QApplication aborts without a display.
bool runsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version"
            || arg == "-v" || arg == "--serve-demo")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // First: the token will be in this process's memory, and no core file may carry it.
    ProcessHardening::disableCoreDumps();
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
    std::unique_ptr<QCoreApplication> app;
    if (runsHeadless(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("lepton-console"), QIcon(QStringLiteral(":/icons/lepton-console.svg"))));
        QApplication::setApplicationDisplayName(QStringLiteral("Lepton Console"));
        QApplication::setDesktopFileName(QStringLiteral("lepton-console"));
    }
    TranslationLoader::install(app.get());
    // The names the CLI uses too: one settings file (~/.config/lepton-console/, moved there
    // from where older versions kept it) and one data folder.
    ApplicationIdentity::apply();
    QCoreApplication::setApplicationVersion(QStringLiteral(LEPTON_CONSOLE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A native console for Lepton AI deployments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("demo"), QCoreApplication::translate("main", "Open the built-in demo workspace (a local simulator).")},
        {QStringLiteral("workspace"), QCoreApplication::translate("main", "Open the saved workspace <id> (its token from the system keychain)."), QStringLiteral("id")},
        {QStringLiteral("url"), QCoreApplication::translate("main", "Use <url> as the workspace API base URL (https, or http to this computer only)."), QStringLiteral("url")},
        {QStringLiteral("store"), QCoreApplication::translate("main", "Keep pauses and notes in <uri>: postgresql://user@host/database (a team store) or sqlite: (this computer). Wins over LEPTON_CONSOLE_STORE and the settings."), QStringLiteral("uri")},
        {QStringLiteral("serve-demo"), QCoreApplication::translate("main", "Only run the demo workspace's API server (no window).")},
        {QStringLiteral("port"), QCoreApplication::translate("main", "Port for --serve-demo (0: any free port)."), QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("token"), QCoreApplication::translate("main", "Token the --serve-demo server accepts."), QStringLiteral("token")},
        {QStringLiteral("deployments"), QCoreApplication::translate("main", "Size of the demo population (default: a hand-picked dozen)."), QStringLiteral("count"), QStringLiteral("0")},
        {QStringLiteral("new-api"), QCoreApplication::translate("main", "With --serve-demo: speak the new API generation (/endpoints, /devpods).")},
        {QStringLiteral("debug"), QCoreApplication::translate("main", "Log debug messages (Help > Show Log; tokens are never logged).")},
    });
    QCommandLineOption exitAfterFirstLoad(QStringLiteral("exit-after-first-load"));
    exitAfterFirstLoad.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitAfterFirstLoad);
    parser.process(*app);
    if (parser.isSet(QStringLiteral("debug")))
        LogCapture::setDebugLogging(true);

    const int deployments = parser.value(QStringLiteral("deployments")).toInt();
    if (parser.isSet(QStringLiteral("serve-demo"))) {
        // Only the simulator, for other clients to point at.
        DemoServer::Options serve;
        serve.port = parser.value(QStringLiteral("port"));
        if (parser.isSet(QStringLiteral("token")))
            serve.token = parser.value(QStringLiteral("token"));
        serve.deployments = deployments;
        serve.newApi = parser.isSet(QStringLiteral("new-api"));
        return DemoServer::run(serve);
    }

    ConsoleApplication::Options options;
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
    options.store = parser.value(QStringLiteral("store"));
    options.exitAfterFirstLoad = parser.isSet(exitAfterFirstLoad);
    options.startClock = startClock;

    ConsoleApplication console;
    if (!console.start(options))
        return 1;
    return QApplication::exec();
}
