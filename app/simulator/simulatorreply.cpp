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
