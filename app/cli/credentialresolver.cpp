#include "app/cli/credentialresolver.h"

#include "app/cli/clitext.h"
#include "app/credentials/credentialstring.h"
#include "app/credentials/environmentcredentials.h"
#include "app/credentials/tokenstore.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/credentials/workspaceurl.h"

#include <QFile>
#include <QSettings>

#include <optional>

namespace {

QString readStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(in.readAll());
}

// The console's saved workspace: default QSettings under the console's application name.
std::optional<WorkspaceRegistry::Entry> savedWorkspace(const QString &workspaceId, QString *current = nullptr)
{
    QSettings settings;
    WorkspaceRegistry registry(&settings);
    if (current)
        *current = registry.currentWorkspaceId();
    if (workspaceId.isEmpty())
        return std::nullopt;
    return registry.workspace(workspaceId);
}

} // namespace

CredentialResolver::CredentialResolver(QObject *parent)
    : QObject(parent)
    , m_readToken(readStandardInput)
{
}

void CredentialResolver::resolve(const Request &request, Callback done)
{
    Result result;
    const auto failWith = [&done](ExitCode::Code code, const QString &message) {
        Result failed;
        failed.code = code;
        failed.message = message;
        done(failed);
    };

    const EnvironmentCredentials::Result env = EnvironmentCredentials::read(m_environment);

    // The workspace.
    QString workspaceId = request.workspaceOption.trimmed();
    if (!request.workspaceOption.isNull() && !CredentialString::isValidWorkspaceId(workspaceId))
        return failWith(ExitCode::Usage, tr("--workspace takes a workspace id (letters, digits, '-', '_' and '.')."));
    if (workspaceId.isEmpty()) {
        if (env.status == EnvironmentCredentials::Status::Invalid)
            return failWith(ExitCode::Usage, env.errorMessage);
        if (env.isOk())
            workspaceId = env.credentials.workspaceId;
    }
    std::optional<WorkspaceRegistry::Entry> saved;
    // --workspace names a workspace saved by the console. One that is not saved, and not the
    // environment's, is a typo far more often than a workspace to reach with a token from
    // standard input: say which ones are saved instead of failing later at the keychain.
    if (!workspaceId.isEmpty() && !request.tokenFromStdin && !(env.isOk() && env.credentials.workspaceId == workspaceId)) {
        QSettings settings;
        WorkspaceRegistry registry(&settings);
        if (!registry.contains(workspaceId)) {
            QStringList ids;
            for (const WorkspaceRegistry::Entry &entry : registry.workspaces())
                ids.append(entry.workspaceId);
            ids.sort();
            const QString known = ids.isEmpty()
                ? tr("The console has no saved workspaces; connect one in the console, or set LEPTON_WORKSPACE_ID "
                     "and LEPTON_WORKSPACE_TOKEN.")
                : tr("Saved workspaces: %1.").arg(ids.join(QStringLiteral(", ")));
            return failWith(ExitCode::NotFound, tr("No workspace %1 is saved by the console. %2%3")
                                                    .arg(workspaceId, known, CliText::didYouMean(workspaceId, ids)));
        }
    }
    if (workspaceId.isEmpty()) {
        QString current;
        savedWorkspace(QString(), &current);
        workspaceId = current;
    }
    if (workspaceId.isEmpty())
        return failWith(ExitCode::Usage, tr("No workspace: set LEPTON_WORKSPACE_ID and LEPTON_WORKSPACE_TOKEN, "
                                            "or pass --workspace ID for a workspace saved by the console."));
    // The environment's token and URL belong to the environment's workspace only.
    const bool envSameWorkspace = env.isOk() && env.credentials.workspaceId == workspaceId;
    result.credentials.workspaceId = workspaceId;

    // The URL.
    if (!request.urlOption.isNull()) {
        const QUrl url(request.urlOption.trimmed(), QUrl::StrictMode);
        QString why;
        if (!WorkspaceUrl::isAllowedBaseUrl(url, &why))
            return failWith(ExitCode::Usage, tr("--url cannot be used: %1").arg(why));
        result.credentials.baseUrl = url;
    } else if (envSameWorkspace && !env.credentials.baseUrl.isEmpty()) {
        result.credentials.baseUrl = env.credentials.baseUrl;
    } else if (request.needToken) {
        saved = savedWorkspace(workspaceId);
        if (saved)
            result.credentials.baseUrl = saved->baseUrl;
    }
    // The origin header (the SDK's workspace_origin_url): the environment's, else the one saved
    // with the workspace.
    if (envSameWorkspace && !env.credentials.originUrl.isEmpty()) {
        result.credentials.originUrl = env.credentials.originUrl;
    } else {
        if (!saved)
            saved = savedWorkspace(workspaceId);
        if (saved)
            result.credentials.originUrl = saved->originUrl;
    }
    if (saved)
        result.credentials.displayName = saved->displayName;

    if (!request.needToken)
        return done(result);

    // The token.
    if (request.tokenFromStdin) {
        const QString token = CredentialString::trimmedPaste(m_readToken ? m_readToken() : QString());
        if (token.isEmpty())
            // No token found is the same failure wherever it was looked for (README: exit 3).
            return failWith(ExitCode::Unauthorized, tr("--token-stdin: standard input held no token."));
        if (!CredentialString::isValidToken(token))
            return failWith(ExitCode::Usage, tr("--token-stdin: the token on standard input contains spaces, line "
                                                "breaks or other characters a Lepton token cannot have."));
        result.credentials.token = token;
        return done(result);
    }
    if (envSameWorkspace && env.credentials.hasToken()) {
        result.credentials.token = env.credentials.token;
        return done(result);
    }

    auto *store = new TokenStore(this);
    store->setTimeout(std::chrono::seconds(30));
    const bool tokenOptional = request.tokenOptional;
    store->readToken(workspaceId, this, [store, result, done, workspaceId, tokenOptional](const TokenStore::Result &read) mutable {
        store->deleteLater();
        if (read.isOk()) {
            result.credentials.token = read.token;
            return done(result);
        }
        Result failed = tokenOptional ? result : Result();
        failed.code = tokenOptional ? ExitCode::Ok : ExitCode::Unauthorized;
        failed.message = read.error == TokenStore::Error::NotFound
            ? tr("No token for workspace %1: the console has none in the keychain. Set LEPTON_WORKSPACE_TOKEN, "
                 "or pass the token on standard input with --token-stdin.").arg(workspaceId)
            : tr("The token of workspace %1 could not be read from the keychain: %2 Set LEPTON_WORKSPACE_TOKEN, "
                 "or pass the token on standard input with --token-stdin.").arg(workspaceId, read.message);
        done(failed);
    });
}
