// lepton-console-cli: the console's Pause, Resume, ledger and notes for scripts and CI/CD.
// Built on the same core as the window (app/), without QtWidgets, so it runs on a headless
// runner. Every verb is a Command (app/cli/command.cpp holds the table).
#include "app/cli/clioutput.h"
#include "app/cli/clirunner.h"
#include "app/common/translationloader.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The console's name, not the program's: the same settings (saved workspaces) and the
    // same data folder (ledger and notes) as the window.
    QCoreApplication::setApplicationName(QStringLiteral("lepton-console"));
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
