#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

class QTcpSocket;

// One answer of the simulated workspace, before faults and latency are applied to it.
struct SimulatorReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    // When set, the answer is written over time by this, to the connection's socket, instead
    // of status and body at once (a live log; see SimulatedLogs).
    std::function<void(QTcpSocket *socket)> stream;

    // 200 (or `status`) with `value` as compact JSON.
    static SimulatorReply json(const QJsonValue &value, int status = 200);
    // The backend's error body {"code": "...", "message": "..."}.
    static SimulatorReply error(int status, const QString &code, const QString &message);
    static SimulatorReply notFound(const QString &message);
    // Go's plain "404 page not found" for a route the server does not have.
    static SimulatorReply noRoute();
    // 400 InvalidRequest: the request was understood and refused.
    static SimulatorReply invalid(const QString &message);
    // A request body that must be one JSON object: nullopt and `*object` set, or the 400.
    static std::optional<SimulatorReply> readObject(const QByteArray &body, QJsonObject *object);
};
