#include "app/cli/clirunner.h"

#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/cli/command.h"
#include "app/cli/credentialresolver.h"
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/common/localuser.h"
#include "app/cli/cliledger.h"
#include "app/cli/clinotes.h"
#include "app/storage/storagefactory.h"
#include "app/pause/pausecontroller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <filesystem>
#include <system_error>

namespace {

const QString kDataDir = QStringLiteral("data-dir");
const QString kWorkspace = QStringLiteral("workspace");
const QString kUrl = QStringLiteral("url");
const QString kTokenStdin = QStringLiteral("token-stdin");
const QString kStore = QStringLiteral("store");

QString tr(const char *text)
{
    return QCoreApplication::translate("CliRunner", text);
}

// Command::Need::DatabaseIfExists: true only when `choice` is the local file and the system says
// that it does not exist (no such file, or no such folder). Anything else, a file that is
// there, one that cannot be looked at (a folder without access) or a team store, is opened,
// so that every real trouble with it is reported as before.
bool localStoreMissing(const StorageFactory::Choice &choice)
{
    if (choice.backend != StorageFactory::Backend::Sqlite)
        return false;
    const QString path = choice.target.isEmpty() ? LocalDatabase::defaultPath() : choice.target;
    std::error_code error;
    std::filesystem::status(std::filesystem::path(QFile::encodeName(path).toStdString()), error);
    return error == std::errc::no_such_file_or_directory;
}

} // namespace

CliRunner::CliRunner(CliOutput *output, QObject *parent)
    : QObject(parent)
    , m_output(output)
{
    m_context.output = output;
    m_context.userName = LocalUser::name();
}

// The members go in the order their declaration gives (command first, database last).
CliRunner::~CliRunner() = default;

QString CliRunner::globalHelpText()
{
    QString text = tr("Usage: lepton-console-cli [options] COMMAND [command options] [arguments]\n"
                      "Pause and resume Lepton deployments from scripts and CI/CD, sharing the Lepton Console's "
                      "pause ledger and notes.\n\nCommands:\n");
    for (const Command::Entry &entry : Command::table())
        text += QStringLiteral("  %1%2\n").arg(entry.name.leftJustified(15), entry.description);
    text += tr("\nOptions (before or after the command):\n");
    for (const QCommandLineOption &option : Command::commonOptions()) {
        QString syntax = QStringLiteral("--") + option.names().first();
        if (!option.valueName().isEmpty())
            syntax += QStringLiteral(" <%1>").arg(option.valueName());
        text += QStringLiteral("  %1%2\n").arg(syntax.leftJustified(20), option.description());
    }
    text += QStringLiteral("  %1%2\n").arg(QStringLiteral("-h, --help").leftJustified(20), tr("Show this help, or a command's."));
    text += QStringLiteral("  %1%2\n").arg(QStringLiteral("-v, --version").leftJustified(20), tr("Show the version."));
    text += tr("\nCredentials: LEPTON_WORKSPACE_ID, LEPTON_WORKSPACE_TOKEN and LEPTON_WORKSPACE_URL from the "
               "environment, as the Lepton SDK reads them; or --workspace ID for a workspace saved by the console "
               "(token from the system keychain); or --token-stdin. A token is never taken as an argument.\n");
    text += tr("\nExit codes:\n");
    for (const ExitCode::Code code : ExitCode::all())
        text += QStringLiteral("  %1  %2\n").arg(int(code)).arg(ExitCode::name(code));
    text += tr("\nRun \"lepton-console-cli COMMAND --help\" for a command's options.");
    return text;
}

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    if (m_tokenCheckPending) {
        // Its answer is usually here already; a server slow to give it does not hold the
        // command up for long.
        QTimer::singleShot(std::chrono::seconds(2), this, &CliRunner::announceFinished);
        return;
    }
    announceFinished();
}

void CliRunner::announceFinished()
{
    if (m_announced)
        return;
    m_announced = true;
    // One line on standard error, never on standard output (so --json stays whole), and only
    // after a success: a failure's one error line stays the only one.
    if (m_exitCode == 0 && !m_tokenNotice.isEmpty() && m_resolved)
        m_output->warning(m_tokenNotice.message(m_resolved->credentials.displayName.isEmpty()
                                                    ? m_resolved->credentials.workspaceId
                                                    : m_resolved->credentials.displayName));
    Q_EMIT finished(m_exitCode);
}

void CliRunner::usageError(const QString &message, const QString &command)
{
    m_output->setCommandName(command);
    m_output->error(command.isEmpty()
                        ? tr("%1 See \"lepton-console-cli --help\".").arg(CliOutput::oneLine(message))
                        : tr("%1 See \"lepton-console-cli %2 --help\".").arg(CliOutput::oneLine(message), command));
    finish(ExitCode::Usage);
}

void CliRunner::start(const QStringList &arguments)
{
    QCommandLineParser global;
    global.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions(Command::commonOptions());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    global.addOption(help);
    global.addOption(version);
    global.addPositionalArgument(QStringLiteral("command"), QString());
    if (!global.parse(arguments))
        return usageError(global.errorText());

    QStringList rest = global.positionalArguments();
    if (global.isSet(version)) {
        m_output->print(QStringLiteral("lepton-console-cli %1").arg(QCoreApplication::applicationVersion()));
        return finish(ExitCode::Ok);
    }
    if (rest.isEmpty()) {
        if (global.isSet(help)) {
            m_output->print(globalHelpText());
            return finish(ExitCode::Ok);
        }
        return usageError(tr("No command given."));
    }
    QString name = rest.takeFirst();
    if (name == QStringLiteral("help")) {
        if (rest.isEmpty()) {
            m_output->print(globalHelpText());
            return finish(ExitCode::Ok);
        }
        name = rest.takeFirst();
        rest = {QStringLiteral("--help")};
    }
    m_command = Command::create(name);
    if (!m_command) {
        QStringList names;
        for (const Command::Entry &entry : Command::table())
            names.append(entry.name);
        return usageError(tr("Unknown command \"%1\".").arg(name) + CliText::didYouMean(name, names));
    }
    if (global.isSet(help))
        rest.append(QStringLiteral("--help"));

    const QString error = m_command->parse(rest);
    if (!error.isEmpty())
        return usageError(error, name);
    if (m_command->helpRequested()) {
        m_output->print(m_command->helpText());
        return finish(ExitCode::Ok);
    }

    // A common option after the command wins over the same one before it.
    const QCommandLineParser &local = m_command->parser();
    const auto value = [&](const QString &option) {
        return local.isSet(option) ? local.value(option) : global.isSet(option) ? global.value(option) : QString();
    };
    if (!value(kStore).isEmpty()) // read by StorageFactory::choose(), like --data-dir below
        qputenv(StorageFactory::EnvVar, value(kStore).toLocal8Bit());
    startCommand(value(kDataDir), value(kWorkspace), value(kUrl), local.isSet(kTokenStdin) || global.isSet(kTokenStdin));
}

void CliRunner::startCommand(const QString &dataDir, const QString &workspace, const QString &url, bool tokenFromStdin)
{
    const QString name = m_command->name();
    m_output->setCommandName(name);
    const Command::Needs needs = m_command->needs();

    if (!dataDir.isEmpty()) {
        // The core finds the database through this variable (LocalDatabase::defaultPath()).
        qputenv(LocalDatabase::DataDirEnvVar, QDir(dataDir).absolutePath().toLocal8Bit());
    }

    // The credentials first, and with them the first request (the workspace read), so that it
    // is on the wire while the local database opens: the command's own calls wait for that
    // read anyway, and the database is needed only once their answers are there. What is
    // reported keeps its order (continueCommand): the database's trouble before the
    // credentials'.
    const bool wantsServer = needs.testFlag(Command::Need::Server) || needs.testFlag(Command::Need::ServerIfAvailable);
    m_needsCredentials = needs.testFlag(Command::Need::Workspace) || wantsServer;
    if (m_needsCredentials) {
        CredentialResolver::Request request;
        request.workspaceOption = workspace.isEmpty() ? QString() : workspace;
        request.urlOption = url.isEmpty() ? QString() : url;
        request.tokenFromStdin = tokenFromStdin;
        request.needToken = wantsServer;
        request.tokenOptional = !needs.testFlag(Command::Need::Server);
        m_resolver = new CredentialResolver(this);
        m_resolver->resolve(request, [this](const CredentialResolver::Result &result) {
            if (m_finished)
                return;
            m_resolved = result;
            if (result.ok() && !result.credentials.token.isEmpty()) {
                m_output->addSecret(result.credentials.token);
                m_client = std::make_unique<LeptonClient>();
                m_client->setBaseUrl(result.credentials.effectiveBaseUrl());
                m_client->setToken(result.credentials.token);
                m_client->setOrigin(result.credentials.originUrl);
                // Which deployment API the workspace speaks (features.enable_new_deployment_api):
                // every later call waits for this read and takes the routes it chose. A failed
                // read leaves the legacy API, as the SDK does; the command's own calls report
                // the trouble.
                m_client->getWorkspaceInfo(this, [](const ApiResult<WorkspaceInfo> &) {});
                // When the token expires (GET /tokens), for a warning from three days before.
                m_tokenCheckPending = true;
                m_client->getTokenLifetime(this, [this](const ApiResult<TokenLifetime> &lifetime) {
                    m_tokenCheckPending = false;
                    if (lifetime.ok())
                        m_tokenNotice = TokenExpiryNotice::of(lifetime.value);
                    if (m_finished)
                        announceFinished();
                });
                // The command's own reads (the list's GET) go out now too, behind the
                // workspace read, while the local store opens.
                m_command->prefetch(m_client.get());
            }
            continueCommand();
        });
        if (m_finished)
            return;
    }

    // The composition root: the one place that picks the backend.
    const StorageFactory::Choice store = StorageFactory::choose();
    // A reading command on a machine that never recorded anything: no pauses, no notes, and
    // no file made for them (a fresh store is a schema, a journal and syncs at close).
    const bool openStore = needs.testFlag(Command::Need::Database)
        || (needs.testFlag(Command::Need::DatabaseIfExists) && !localStoreMissing(store));
    if (openStore) {
        QString storeError;
        m_storage = StorageFactory::open(store, &storeError);
        if (!m_storage) {
            if (m_client)
                m_client->abortAll();
            m_output->error(storeError);
            return finish(ExitCode::Usage);
        }
        StorageFactory::waitUntilOpen(*m_storage); // a team store connects on its worker
        const Storage::Status status = m_storage->status();
        if (!status.open) {
            if (m_client)
                m_client->abortAll();
            m_output->error(tr("The pause ledger and notes (%1) could not be opened: %2")
                                .arg(QDir::toNativeSeparators(status.location), status.errorString));
            return finish(ExitCode::LocalStoreError);
        }
        if (!status.recoveryMessage.isEmpty())
            m_output->warning(status.recoveryMessage);
        m_ledger = std::make_unique<CliLedger>(m_storage->ledger());
        m_notes = std::make_unique<CliNotes>(m_storage->notes());
        m_context.storage = m_storage.get();
        m_context.databasePath = status.location;
        m_context.databaseReadOnly = status.readOnly;
        m_context.databaseRecovered = !status.recoveryMessage.isEmpty();
        m_context.ledger = m_ledger.get();
        m_context.notes = m_notes.get();
    }
    m_storageReady = true;
    continueCommand();
}

void CliRunner::continueCommand()
{
    // Both the database (when asked for) and the credentials (when asked for) are needed.
    if (m_finished || !m_storageReady || (m_needsCredentials && !m_resolved))
        return;
    if (!m_needsCredentials)
        return execute();
    const CredentialResolver::Result result = *m_resolved;
    if (!result.ok()) {
        m_output->error(result.message);
        return finish(result.code);
    }
    m_context.workspaceId = result.credentials.workspaceId;
    m_context.credentials = result.credentials;
    if (result.credentials.token.isEmpty() && !result.message.isEmpty()) {
        // ServerIfAvailable without a token: the ledger as recorded, said so once.
        m_output->warning(tr("Not checked against the server: %1").arg(result.message));
    }
    if (m_client) {
        m_context.client = m_client.get();
        if (m_ledger) {
            m_pauses = std::make_unique<PauseController>(m_client.get(), m_storage.get(), m_context.workspaceId);
            m_pauses->setUserName(m_context.userName);
            m_context.pauses = m_pauses.get();
            return reconcileThenExecute();
        }
    }
    execute();
}

void CliRunner::reconcileThenExecute()
{
    // Only when something is open: a ledger with nothing open costs no request.
    const QList<PauseEntry> open = m_ledger->openEntries(m_context.workspaceId);
    if (open.isEmpty())
        return execute();
    // Each kind with an open pause is listed on its own route, the endpoints first (their list
    // tells the API generation, and holds a legacy workspace's dev pods).
    QList<ResourceKind> kinds {ResourceKind::Endpoint};
    for (const PauseEntry &entry : open) {
        const ResourceKind kind = ResourceKinds::fromString(entry.kind).value_or(ResourceKind::Endpoint);
        if (!kinds.contains(kind))
            kinds.append(kind);
    }
    reconcileKinds(kinds);
}

void CliRunner::reconcileKinds(QList<ResourceKind> kinds)
{
    if (kinds.isEmpty())
        return execute();
    const ResourceKind kind = kinds.takeFirst();
    // A legacy workspace's dev pods came with the endpoints' list.
    if (kind == ResourceKind::Pod && m_client->apiGeneration() == ApiGeneration::Legacy)
        return reconcileKinds(kinds);
    const auto settle = [this, kinds](const ApiResult<QList<Deployment>> &listed) {
        if (!listed.ok())
            return reconcileKinds(kinds); // that kind stays as recorded; the command says what it cannot do
        m_pauses->reconcile(listed.value, this, [this, kinds](const QStringList &) { reconcileKinds(kinds); });
    };
    if (kind == ResourceKind::Endpoint)
        m_client->listDeployments(this, settle);
    else
        m_client->listResources(kind, this, settle);
}

void CliRunner::execute()
{
    connect(m_command.get(), &Command::finished, this, &CliRunner::finish);
    m_command->execute(&m_context);
}
