#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

// Plain HTTP to the simulator with raw JSON, for the simulator's own tests: deliberately not
// the console's client, so these tests check the server's wire behaviour by themselves.
class RawHttp
{
public:
    struct Result
    {
        int status = 0;
        QByteArray body;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
        QString message() const { return object().value(QStringLiteral("message")).toString(); }
    };

    explicit RawHttp(QUrl base, QString token = QStringLiteral("demo-token"));

    // `path` below the workspace base, optionally with "?query".
    Result send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Result get(const QString &path) { return send("GET", path); }
    Result patch(const QString &path, const QJsonObject &body);
    // Any URL (e.g. the workspace URL itself, not below it).
    Result sendTo(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_nam;
};
