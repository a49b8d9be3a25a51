#include "app/credentials/credentialstring.h"

namespace {

// Characters a copy from a web page or a terminal brings along at the ends of a paste.
bool isPasteNoise(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF) /* BOM */ || c == QChar(0x200B) /* ZWSP */
           || c == QChar(0x200C) || c == QChar(0x200D) || c == QChar(0x2060);
}

bool containsWhitespace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

} // namespace

QString CredentialString::trimmedPaste(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isPasteNoise(text.at(begin)))
        ++begin;
    while (end > begin && isPasteNoise(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

bool CredentialString::isValidWorkspaceId(const QString &workspaceId)
{
    if (workspaceId.isEmpty() || workspaceId == QLatin1String(".")
        || workspaceId == QLatin1String(".."))
        return false;
    for (const QChar c : workspaceId) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                        || u == '-' || u == '_' || u == '.';
        if (!ok)
            return false;
    }
    return true;
}

bool CredentialString::isValidToken(const QString &token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7F)
            return false;
    }
    return true;
}

CredentialString::Result CredentialString::parse(const QString &text)
{
    Result result;
    const auto fail = [&result](Error error, const QString &message) {
        result.workspaceId.clear();
        result.token.clear();
        result.error = error;
        result.errorMessage = message;
        return result;
    };

    const QString cleaned = trimmedPaste(text);
    if (cleaned.isEmpty())
        return fail(Error::Empty,
                    tr("Paste the credential from the Lepton dashboard, in the form "
                       "<workspace_id>:<token>."));

    const qsizetype colon = cleaned.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(Error::MissingColon,
                    tr("This is not a credential string: it has no colon. A credential "
                       "has the form <workspace_id>:<token>, with the workspace id before "
                       "the colon."));

    const QString workspaceId = cleaned.left(colon);
    const QString token = cleaned.mid(colon + 1);

    if (workspaceId.isEmpty())
        return fail(Error::EmptyWorkspaceId,
                    tr("The workspace id before the colon is missing. A credential has "
                       "the form <workspace_id>:<token>."));
    if (token.isEmpty())
        return fail(Error::EmptyToken,
                    tr("The token after the colon is missing. A credential has the form "
                       "<workspace_id>:<token>."));
    if (containsWhitespace(workspaceId))
        return fail(Error::WhitespaceInside,
                    tr("The workspace id contains a space or line break. Copy the "
                       "credential again as one piece."));
    if (containsWhitespace(token))
        return fail(Error::WhitespaceInside,
                    tr("The token contains a space or line break. Copy the credential "
                       "again as one piece."));
    if (!isValidWorkspaceId(workspaceId))
        return fail(Error::InvalidWorkspaceId,
                    tr("The workspace id may contain only letters, digits, '-', '_' and "
                       "'.'. Check that the text before the colon is the workspace id."));
    if (!isValidToken(token))
        return fail(Error::InvalidToken,
                    tr("The token contains characters a Lepton token cannot have "
                       "(invisible or non-ASCII characters). Copy the credential again."));

    result.workspaceId = workspaceId;
    result.token = token;
    return result;
}
