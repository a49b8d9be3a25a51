// lepton-console-cli: the console's Pause, Resume, ledger and notes for scripts and CI/CD.
// Built on the same core as the window (app/), without QtWidgets, so it runs on a headless
// runner. Every verb is a Command (app/cli/command.cpp holds the table).
#include "app/cli/clioutput.h"
#include "app/cli/clirunner.h"
#include "app/common/applicationidentity.h"
#include "app/common/processhardening.h"
#include "app/common/translationloader.h"
#include "app/diagnostics/logcapture.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstring>

namespace {

// --debug anywhere before a "--" (CliRunner accepts it before or after the command).
bool debugRequested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--debug") == 0 || std::strcmp(argv[i], "-debug") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // First: the token will be in this process's memory.
    ProcessHardening::disableCoreDumps();
    // Qt's messages and the console's log go to the log capture (redacted); standard error
    // carries only the CLI's own lines, unless --debug asks for the log there too.
    LogCapture::install();
    const bool debug = debugRequested(argc, argv);
    LogCapture::setEcho(debug);
    if (debug)
        LogCapture::setDebugLogging(true);

    QCoreApplication app(argc, argv);
    // The console's names: the same settings (saved workspaces) and the same data folder
    // (ledger and notes) as the window.
    ApplicationIdentity::apply();
    QCoreApplication::setApplicationVersion(QStringLiteral(LEPTON_CONSOLE_VERSION));
    // The window's translations: the system's language where the console has it, and
    // English plural forms ("1 replica", "3 replicas") everywhere else.
    TranslationLoader::install(&app);

    CliOutput output;
    CliRunner runner(&output);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int exitCode) {
        // Leave the callback first, then the event loop.
        QTimer::singleShot(0, qApp, [exitCode] { QCoreApplication::exit(exitCode); });
    });
    QTimer::singleShot(0, &runner, [&runner, &app] { runner.start(app.arguments()); });
    return QCoreApplication::exec();
}
