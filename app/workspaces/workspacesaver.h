#pragma once

#include "app/credentials/tokenstore.h"
#include "app/credentials/workspacecredentials.h"

#include <QObject>
#include <QString>

#include <functional>

class SessionTokens;
class WorkspaceRegistry;

// Saves a workspace the user connected or imported, in the one order that never leaves a
// token behind where it should not be:
//  1. the token into the system keychain (TokenStore);
//  2. the workspace (id, name, address; never the token) into the WorkspaceRegistry;
//  3. any session-only token of that workspace dropped, since the keychain has it now.
// When there is no keychain (NoKeychain), nothing is written and the caller may offer
// keepForSession(): the workspace goes into the registry and its token stays in memory
// (SessionTokens) until the console quits. Credentials without a token (known from the lep
// CLI, its token asked for when opened) go into the registry only.
class WorkspaceSaver : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Kind {
            Saved,          // in the keychain (if it had a token) and in the registry
            KeptForSession, // in the registry; the token in memory only
            NoKeychain,     // no keychain to store in: nothing written; keepForSession() may follow
            KeychainFailed, // the keychain refused: nothing written to the registry
            RegistryFailed, // the registry refused the workspace (its id or address)
        };
        Kind kind = Kind::KeychainFailed;
        QString workspaceId;
        QString message; // the keychain's or the registry's words, for the user; never the token
        bool ok() const { return kind == Kind::Saved || kind == Kind::KeptForSession; }
    };
    using Callback = std::function<void(const Outcome &)>;

    // The three must outlive the saver and every save() still under way.
    WorkspaceSaver(TokenStore *tokenStore, SessionTokens *sessionTokens, WorkspaceRegistry *registry,
                   QObject *parent = nullptr);

    // Ends in exactly one callback while `context` lives (at once when there is no token).
    void save(const WorkspaceCredentials &credentials, QObject *context, Callback done);
    // The session-only fallback: registry, and the token in memory. Saved at once.
    Outcome keepForSession(const WorkspaceCredentials &credentials);

private:
    static Outcome addToRegistry(WorkspaceRegistry *registry, const WorkspaceCredentials &credentials,
                                 Outcome::Kind kindWhenAdded);

    TokenStore *m_tokenStore;
    SessionTokens *m_sessionTokens;
    WorkspaceRegistry *m_registry;
};
