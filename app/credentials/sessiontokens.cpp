#include "app/credentials/sessiontokens.h"

namespace {

// Overwrites the characters before the string is released. QString shares data
// implicitly, so this is a best effort against the token lingering in freed memory,
// not a guarantee.
void wipe(QString &text)
{
    if (text.isDetached())
        text.fill(QLatin1Char('\0'));
    text.clear();
}

} // namespace

void SessionTokens::setToken(const QString &workspaceId, const QString &token)
{
    if (token.isEmpty()) {
        remove(workspaceId);
        return;
    }
    auto it = m_tokens.find(workspaceId);
    if (it != m_tokens.end())
        wipe(it.value());
    m_tokens.insert(workspaceId, token);
}

QString SessionTokens::token(const QString &workspaceId) const
{
    return m_tokens.value(workspaceId);
}

bool SessionTokens::contains(const QString &workspaceId) const
{
    return m_tokens.contains(workspaceId);
}

void SessionTokens::remove(const QString &workspaceId)
{
    auto it = m_tokens.find(workspaceId);
    if (it == m_tokens.end())
        return;
    wipe(it.value());
    m_tokens.erase(it);
}

void SessionTokens::clear()
{
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        wipe(it.value());
    m_tokens.clear();
}
