#include "app/credentials/environmentcredentials.h"

#include "app/credentials/credentialstring.h"

namespace {

const QLatin1String kIdVariable("LEPTON_WORKSPACE_ID");
const QLatin1String kTokenVariable("LEPTON_WORKSPACE_TOKEN");
const QLatin1String kUrlVariable("LEPTON_WORKSPACE_URL");
const QLatin1String kOriginVariable("LEPTON_WORKSPACE_ORIGIN_URL");

} // namespace

EnvironmentCredentials::Result EnvironmentCredentials::read(const QProcessEnvironment &environment)
{
    const QString id = CredentialString::trimmedPaste(environment.value(kIdVariable));
    const QString token = CredentialString::trimmedPaste(environment.value(kTokenVariable));
    const QString url = environment.value(kUrlVariable).trimmed();
    const QString origin = environment.value(kOriginVariable).trimmed();

    Result result;
    const auto invalid = [&result](const QString &message) {
        result.status = Status::Invalid;
        result.credentials = WorkspaceCredentials();
        result.originUrl.clear();
        result.errorMessage = message;
        return result;
    };

    if (id.isEmpty()) {
        if (token.isEmpty() && url.isEmpty())
            return result; // NotSet
        return invalid(tr("%1 is set but %2 is not; set the workspace id too, or unset "
                          "the other LEPTON_WORKSPACE_* variables.")
                           .arg(token.isEmpty() ? kUrlVariable : kTokenVariable, kIdVariable));
    }

    // The SDK accepts a whole credential string "<id>:<token>" as the workspace id, split
    // at the first colon; an empty token part falls back to LEPTON_WORKSPACE_TOKEN.
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    const QString workspaceId = colon < 0 ? id : id.left(colon);
    const QString embeddedToken = colon < 0 ? QString() : id.mid(colon + 1);
    if (!CredentialString::isValidWorkspaceId(workspaceId))
        return invalid(tr("%1 does not start with a workspace id: it may contain only "
                          "letters, digits, '-', '_' and '.'.")
                           .arg(kIdVariable));
    result.credentials.workspaceId = workspaceId;
    if (!embeddedToken.isEmpty()) {
        if (!CredentialString::isValidToken(embeddedToken))
            return invalid(tr("The token in %1 contains spaces, line breaks or other "
                              "characters a Lepton token cannot have.")
                               .arg(kIdVariable));
        result.credentials.token = embeddedToken;
    }

    if (result.credentials.token.isEmpty() && !token.isEmpty()) {
        if (!CredentialString::isValidToken(token))
            return invalid(tr("%1 contains spaces, line breaks or other characters a "
                              "Lepton token cannot have.")
                               .arg(kTokenVariable));
        result.credentials.token = token;
    }

    if (!url.isEmpty()) {
        const QUrl baseUrl(url, QUrl::StrictMode);
        QString why;
        if (!WorkspaceUrl::isAllowedBaseUrl(baseUrl, &why))
            return invalid(tr("%1 cannot be used: %2").arg(kUrlVariable, why));
        result.credentials.baseUrl = baseUrl;
    }

    if (!origin.isEmpty()) {
        const QUrl originUrl(origin, QUrl::StrictMode);
        if (!originUrl.isValid() || originUrl.scheme().isEmpty())
            return invalid(tr("%1 is not a valid URL.").arg(kOriginVariable));
        result.originUrl = originUrl;
        result.credentials.originUrl = originUrl;
    }

    result.status = Status::Ok;
    return result;
}
