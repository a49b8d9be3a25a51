#include "tests/simulator/rawhttp.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>

RawHttp::RawHttp(QUrl base, QString token)
    : m_base(std::move(base))
    , m_token(std::move(token))
{
}

RawHttp::Result RawHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_base;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return sendTo(method, url, body, headers);
}

RawHttp::Result RawHttp::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

RawHttp::Result RawHttp::sendTo(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}
