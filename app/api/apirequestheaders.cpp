#include "app/api/apirequestheaders.h"

namespace ApiRequestHeaders {

QUrl urlFor(const QUrl &baseUrl, const QString &path, const QString &query)
{
    QUrl url = baseUrl;
    url.setPath(baseUrl.path() + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QList<QPair<QByteArray, QByteArray>> forWorkspace(const QUrl &baseUrl, const QString &token, const QByteArray &origin)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token.toUtf8()}};
    if (!origin.isEmpty())
        headers.append({"origin", origin});
    else if (baseUrl.host().contains(QLatin1String("dgxc")))
        headers.append({"origin", baseUrl.toString(QUrl::FullyEncoded).toUtf8()});
    return headers;
}

} // namespace ApiRequestHeaders
