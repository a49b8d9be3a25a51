#include "app/workspaces/workspacesaver.h"

#include "app/credentials/sessiontokens.h"
#include "app/workspaces/workspaceregistry.h"

WorkspaceSaver::WorkspaceSaver(TokenStore *tokenStore, SessionTokens *sessionTokens, WorkspaceRegistry *registry,
                               QObject *parent)
    : QObject(parent)
    , m_tokenStore(tokenStore)
    , m_sessionTokens(sessionTokens)
    , m_registry(registry)
{
    Q_ASSERT(m_tokenStore && m_sessionTokens && m_registry);
}

WorkspaceSaver::Outcome WorkspaceSaver::addToRegistry(WorkspaceRegistry *registry, const WorkspaceCredentials &credentials,
                                                      Outcome::Kind kindWhenAdded)
{
    Outcome outcome;
    outcome.workspaceId = credentials.workspaceId;
    QString error;
    // The registry keeps the id, the name and the URL; it drops the token by design.
    if (!registry->addOrUpdate(credentials, &error)) {
        outcome.kind = Outcome::Kind::RegistryFailed;
        outcome.message = error;
        return outcome;
    }
    outcome.kind = kindWhenAdded;
    return outcome;
}

void WorkspaceSaver::save(const WorkspaceCredentials &credentials, QObject *context, Callback done)
{
    if (!credentials.hasToken()) {
        // Known without a token: the connect dialog asks for it when the workspace is opened.
        done(addToRegistry(m_registry, credentials, Outcome::Kind::Saved));
        return;
    }
    m_tokenStore->writeToken(credentials.workspaceId, credentials.token, context,
                             [registry = m_registry, sessionTokens = m_sessionTokens, credentials, done](const TokenStore::Result &result) {
        Outcome outcome;
        outcome.workspaceId = credentials.workspaceId;
        switch (result.error) {
        case TokenStore::Error::None:
            outcome = addToRegistry(registry, credentials, Outcome::Kind::Saved);
            if (outcome.ok())
                sessionTokens->remove(credentials.workspaceId);
            return done(outcome);
        case TokenStore::Error::NoKeychain:
            outcome.kind = Outcome::Kind::NoKeychain;
            outcome.message = result.message;
            return done(outcome);
        case TokenStore::Error::NotFound:
        case TokenStore::Error::Other:
            outcome.kind = Outcome::Kind::KeychainFailed;
            outcome.message = result.message;
            return done(outcome);
        }
    });
}

WorkspaceSaver::Outcome WorkspaceSaver::keepForSession(const WorkspaceCredentials &credentials)
{
    Outcome outcome = addToRegistry(m_registry, credentials, Outcome::Kind::KeptForSession);
    if (outcome.ok())
        m_sessionTokens->setToken(credentials.workspaceId, credentials.token);
    return outcome;
}
