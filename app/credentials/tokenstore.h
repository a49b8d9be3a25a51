#pragma once

#include "app/credentials/secretserviceprobe.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

// The workspace tokens, kept in the system keychain (Secret Service, macOS Keychain,
// Windows Credential Manager) through QtKeychain's asynchronous jobs: service
// "lepton-console", key = workspace id, the token as the secret.
//
// Every call ends in exactly one callback, always later from the event loop (never from
// inside the call), and only while `context` is alive: a closed window gets nothing.
// The outcome is a value: None, NotFound ("no token yet", not an error to show),
// NoKeychain (no keychain backend, no D-Bus, Secret Service not running, keychain locked
// or access refused: offer to use the token for this session only, see SessionTokens),
// or Other.
//
// Why a job failed is asked of the Secret Service through SecretServiceProbe, asynchronously:
// no call blocks the caller's thread, whatever the keychain does.
//
// Never uses QtKeychain's insecure plain-text fallback. Never logs or reports a token.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Error { None, NotFound, NoKeychain, Other };
    Q_ENUM(Error)

    struct Result
    {
        QString token;        // readToken only, when error == None
        Error error = Error::None;
        QString message;      // for the user when error is NoKeychain or Other
        bool isOk() const { return error == Error::None; }
    };

    using Callback = std::function<void(const TokenStore::Result &)>;

    static constexpr const char *defaultServiceName = "lepton-console";
    // How long a job may run before it is reported as NoKeychain: an unlock prompt of
    // the desktop keychain counts against it.
    static constexpr std::chrono::milliseconds defaultTimeout{std::chrono::seconds(60)};

    explicit TokenStore(QObject *parent = nullptr);
    // Tests use their own service name so they never meet the console's real entries.
    explicit TokenStore(const QString &serviceName, QObject *parent = nullptr);
    ~TokenStore() override;

    QString serviceName() const { return m_serviceName; }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    // 0 = wait for as long as the keychain takes.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // NotFound when the keychain holds no token for this workspace.
    void readToken(const QString &workspaceId, QObject *context, Callback callback);
    // Creates or overwrites. An empty token or invalid id is refused (Other).
    void writeToken(const QString &workspaceId, const QString &token, QObject *context,
                    Callback callback);
    // Deleting a token that is not there succeeds (None).
    void deleteToken(const QString &workspaceId, QObject *context, Callback callback);

private:
    void finishLater(QObject *context, Callback callback, Result result);
    // True, and `callback` told so later, when `workspaceId` cannot name a keychain entry.
    bool refusedWorkspaceId(const QString &workspaceId, QObject *context, Callback &callback);

    QString m_serviceName;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    SecretServiceProbe m_probe;
};
