#include "app/simulator/simulatorreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SimulatorReply SimulatorReply::json(const QJsonValue &value, int status)
{
    SimulatorReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

SimulatorReply SimulatorReply::error(int status, const QString &code, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}, status);
}

SimulatorReply SimulatorReply::notFound(const QString &message)
{
    return error(404, QStringLiteral("NotFound"), message);
}

SimulatorReply SimulatorReply::noRoute()
{
    return notFound(QStringLiteral("404 page not found"));
}

SimulatorReply SimulatorReply::invalid(const QString &message)
{
    return error(400, QStringLiteral("InvalidRequest"), message);
}

std::optional<SimulatorReply> SimulatorReply::readObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("invalid request body: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return invalid(QStringLiteral("invalid request body: expected a JSON object"));
    *object = document.object();
    return std::nullopt;
}
