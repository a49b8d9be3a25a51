#include "app/logs/loghistory.h"

#include "app/api/apitransport.h"
#include "app/logs/logroutes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <algorithm>

LogHistory::LogHistory(const LogAccess &access, QObject *parent)
    : QObject(parent)
    , m_transport(new ApiTransport(this))
{
    m_transport->setBaseUrl(access.baseUrl);
    m_transport->setToken(access.token);
    m_transport->setOrigin(access.origin);
    m_transport->setTimeout(access.timeout);
}

QString LogHistory::queryString(const Query &query)
{
    QStringList items;
    const auto add = [&items](const QString &key, const QString &value) {
        items.append(key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(LogRoutes::historyNameKey(query.generation), query.name);
    if (!query.replica.isEmpty())
        add(QStringLiteral("replica"), query.replica);
    const qint64 endNs = query.endNs > 0 ? query.endNs : QDateTime::currentMSecsSinceEpoch() * 1000000LL;
    add(QStringLiteral("start"), QString::number(std::max<qint64>(0, query.startNs)));
    add(QStringLiteral("end"), QString::number(endNs));
    add(QStringLiteral("limit"), QString::number(std::max(1, query.limit)));
    add(QStringLiteral("direction"), QStringLiteral("backward"));
    if (!query.search.isEmpty())
        add(QStringLiteral("q"), query.search);
    return items.join(QLatin1Char('&'));
}

bool LogHistory::parse(const QByteArray &body, QList<LogEntry> *entries, QString *why)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = tr("the log history is not JSON: %1").arg(error.errorString());
        return false;
    }
    const QJsonValue result = document.object().value(QStringLiteral("data")).toObject().value(QStringLiteral("result"));
    if (!result.isArray()) {
        *why = tr("the log history has no data.result list");
        return false;
    }
    for (const QJsonValue &stream : result.toArray()) {
        const QJsonObject labels = stream.toObject().value(QStringLiteral("stream")).toObject();
        const QString replica = labels.value(QStringLiteral("replica")).toString();
        for (const QJsonValue &value : stream.toObject().value(QStringLiteral("values")).toArray()) {
            const QJsonArray pair = value.toArray();
            bool ok = false;
            const qint64 ns = pair.at(0).toString().toLongLong(&ok);
            if (!ok || pair.size() < 2 || !pair.at(1).isString())
                continue; // an entry we cannot read is left out, not the whole answer
            entries->append(LogEntry{ns, replica, pair.at(1).toString()});
        }
    }
    // Oldest first, as a log reads; lines of the same time keep their order per replica.
    std::stable_sort(entries->begin(), entries->end(),
                     [](const LogEntry &a, const LogEntry &b) { return a.timeNs < b.timeNs; });
    return true;
}

bool LogHistory::isNotOffered(const ApiError &error)
{
    return error.kind() == ApiError::Kind::NotFound;
}

void LogHistory::fetch(const Query &query, QObject *context, ApiCallback<QList<LogEntry>> done)
{
    QPointer<ApiTransport> transport = m_transport;
    m_transport->send("GET", QStringLiteral("/logs"), queryString(query), QByteArray(), context,
                      [transport, context, done](const ApiError &error, const QByteArray &body) {
        if (error.isError())
            return done(ApiResult<QList<LogEntry>>::failure(error));
        if (!transport)
            return done(ApiResult<QList<LogEntry>>::failure(ApiError(ApiError::Kind::Cancelled, QString())));
        // A history of 5,000 lines is megabytes of JSON: parsed off the calling thread.
        transport->parseOffThread<ApiResult<QList<LogEntry>>>(
            context,
            [body] {
                QList<LogEntry> entries;
                QString why;
                if (!parse(body, &entries, &why))
                    return ApiResult<QList<LogEntry>>::failure(ApiError(ApiError::Kind::BadPayload, why));
                return ApiResult<QList<LogEntry>>::success(std::move(entries));
            },
            [done](ApiResult<QList<LogEntry>> &&result) { done(result); });
    });
}
