#pragma once

#include "app/credentials/tokenexpirynotice.h"

#include "app/cli/clicontext.h"
#include "app/cli/credentialresolver.h"
#include "app/cli/exitcode.h"
#include "app/api/resourcekind.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class CliOutput;
class Command;
class LeptonClient;
class CliLedger;
class CliNotes;
class PauseController;
class Storage;

// Runs one lepton-console-cli invocation: parses the global options and the command
// ("lepton-console-cli [options] COMMAND [options] [arguments]"; the global options are also
// accepted after the command), sets up what the command needs (the local database, the
// workspace credentials, the API client and PauseController), runs it on the event loop and
// reports its exit code through finished().
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(CliOutput *output, QObject *parent = nullptr);
    ~CliRunner() override;

    // `arguments` as QCoreApplication::arguments() gives them (the program first).
    void start(const QStringList &arguments);

    static QString globalHelpText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void usageError(const QString &message, const QString &command = QString());
    void finish(int exitCode);
    // Announces the end: the token's expiry warning first (after a success), then finished().
    void announceFinished();
    // Resolves the credentials (and sends the workspace read as soon as they are known) and
    // opens the database, then goes on with continueCommand().
    void startCommand(const QString &dataDir, const QString &workspace, const QString &url, bool tokenFromStdin);
    // Once the database is open and the credentials are known (each when needed): reports
    // what went wrong, or sets up the context and runs the command.
    void continueCommand();
    void execute();

    // Before a command that reads or writes pauses runs: the open ledger entries of every kind
    // settled against the server by PauseController::reconcile(), the code the window runs at every
    // refresh. A server that cannot be reached leaves them as they are (the command then says
    // what it cannot do).
    void reconcileThenExecute();
    // Lists the first of `kinds` (endpoints, pods or Ray clusters), settles its open pauses,
    // then goes on with the rest; execute() at the end.
    void reconcileKinds(QList<ResourceKind> kinds);

    CliOutput *m_output;
    CliContext m_context;
    bool m_finished = false;
    bool m_announced = false;
    int m_exitCode = 0;
    // The token's expiry, asked for beside the workspace read; the command's end waits a
    // moment for it so that a warning is never lost to a race.
    bool m_tokenCheckPending = false;
    TokenExpiryNotice m_tokenNotice;
    CredentialResolver *m_resolver = nullptr; // a child: QObject ownership
    bool m_needsCredentials = false;
    bool m_storageReady = false;
    std::optional<CredentialResolver::Result> m_resolved;
    // Destroyed bottom to top: the command, then the controller and the client it uses, then
    // the stores, then the database they work on.
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<CliLedger> m_ledger;
    std::unique_ptr<CliNotes> m_notes;
    std::unique_ptr<LeptonClient> m_client;
    std::unique_ptr<PauseController> m_pauses;
    std::unique_ptr<Command> m_command;
};
