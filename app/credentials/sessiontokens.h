#pragma once

#include <QHash>
#include <QString>

// Tokens the user chose to use "for this session only", typically because no system
// keychain is available (TokenStore::Error::NoKeychain). Held in memory, never written
// anywhere, gone when the console quits. One instance, owned by whoever owns TokenStore.
class SessionTokens
{
public:
    SessionTokens() = default;
    ~SessionTokens() { clear(); }
    SessionTokens(const SessionTokens &) = delete;
    SessionTokens &operator=(const SessionTokens &) = delete;

    void setToken(const QString &workspaceId, const QString &token);
    // Empty when there is none.
    QString token(const QString &workspaceId) const;
    bool contains(const QString &workspaceId) const;
    void remove(const QString &workspaceId);
    void clear();
    bool isEmpty() const { return m_tokens.isEmpty(); }

private:
    QHash<QString, QString> m_tokens;
};
