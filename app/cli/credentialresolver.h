#pragma once

#include "app/cli/exitcode.h"
#include "app/credentials/workspacecredentials.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>

// Finds the workspace and its token for lepton-console-cli, as the SDK does and never from
// a command-line argument:
//
//  workspace id: --workspace ID, else LEPTON_WORKSPACE_ID, else the console's current
//                workspace (WorkspaceRegistry).
//  token:        --token-stdin (standard input), else LEPTON_WORKSPACE_TOKEN (when the
//                environment names the same workspace), else the system keychain (TokenStore,
//                where the console keeps it).
//  base URL:     --url, else LEPTON_WORKSPACE_URL (same workspace), else the URL the console
//                saved for the workspace, else the default gateway URL.
//
// Errors never quote the token.
class CredentialResolver : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString workspaceOption;   // --workspace
        QString urlOption;         // --url
        bool tokenFromStdin = false;
        bool needToken = false;    // false: only the workspace id is needed
        bool tokenOptional = false; // with needToken: a token that cannot be found is no error
    };
    struct Result
    {
        ExitCode::Code code = ExitCode::Ok;
        QString message;           // when code != Ok; or why there is no token (tokenOptional)
        WorkspaceCredentials credentials;
        bool ok() const { return code == ExitCode::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialResolver(QObject *parent = nullptr);

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // What --token-stdin reads; standard input by default.
    void setTokenReader(std::function<QString()> reader) { m_readToken = std::move(reader); }

    // Calls back exactly once, possibly before returning (no keychain needed) or later.
    void resolve(const Request &request, Callback done);

private:
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    std::function<QString()> m_readToken;
};
