#include "app/simulator/simulatorfaults.h"

#include "app/simulator/simulatorjson.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>

using SimulatorJson::setAt;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray rawHead(int status, const QByteArray &contentType,
                   const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    for (const auto &[key, value] : headers)
        head += key + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    return head;
}


QByteArray garble(const QByteArray &body)
{
    if (body.size() < 8)
        return QByteArrayLiteral("{\"metadata\": {\"name\": \"x\",, ]");
    return body.left(body.size() * 2 / 3) + QByteArrayLiteral("\",, ]{oops");
}

QByteArray reshape(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray()) {
        const QJsonArray items = document.array();
        return QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("count"), items.size()}})
            .toJson(QJsonDocument::Compact);
    }
    if (document.isObject()) {
        QJsonObject object = document.object();
        if (object.contains(QStringLiteral("status"))) {
            QJsonObject status = object.value(QStringLiteral("status")).toObject();
            status.insert(QStringLiteral("state"), 3);
            status.insert(QStringLiteral("endpoint"), QStringLiteral("unavailable"));
            object.insert(QStringLiteral("status"), status);
            setAt(object, {QStringLiteral("metadata"), QStringLiteral("version")}, QStringLiteral("seven"));
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        return QJsonDocument(QJsonArray{object}).toJson(QJsonDocument::Compact);
    }
    return QByteArrayLiteral("{\"unexpected\": true}");
}

QByteArray hugeBody(qint64 size, const QByteArray &pattern)
{
    size = std::max<qint64>(size, 4);
    QByteArray body;
    body.reserve(size);
    if (!pattern.isEmpty()) {
        while (body.size() < size)
            body += pattern;
        body.truncate(size);
        return body;
    }
    // A valid JSON array of strings, exactly `size` bytes.
    const QByteArray filler(1000, 'x');
    body += '[';
    while (body.size() + qint64(filler.size()) + 4 < size) {
        if (body.size() > 1)
            body += ',';
        body += '"' + filler + '"';
    }
    const qint64 rest = size - body.size() - 4; // ,"" and ]
    if (body.size() > 1)
        body += ',';
    body += '"' + QByteArray(std::max<qint64>(0, rest + (body.size() > 1 ? 0 : 1)), 'y') + '"';
    body += ']';
    return body;
}

bool connected(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}


void writeReply(QHttpServerResponder &responder, int status, const QByteArray &contentType,
                const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    for (const auto &[key, value] : headers)
        responder.writeHeader(key, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace

SimulatorFault &SimulatorFault::on(const QByteArray &onMethod, const QString &pathPattern)
{
    method = onMethod;
    path = pathPattern;
    return *this;
}

SimulatorFault &SimulatorFault::times(int hits)
{
    count = hits;
    return *this;
}

SimulatorFault SimulatorFault::httpStatus(int status, const QByteArray &body,
                                                                const QByteArray &contentType)
{
    SimulatorFault fault;
    fault.kind = Kind::HttpStatus;
    fault.status = status;
    fault.body = body;
    fault.contentType = contentType;
    return fault;
}

SimulatorFault SimulatorFault::badGateway()
{
    return httpStatus(502,
                      QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                        "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                        "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"),
                      QByteArrayLiteral("text/html"));
}

SimulatorFault SimulatorFault::rateLimited(int retryAfterSeconds)
{
    SimulatorFault fault = httpStatus(
        429,
        QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("TooManyRequests")},
                                  {QStringLiteral("message"),
                                   QStringLiteral("rate limit exceeded, retry after %1s").arg(retryAfterSeconds)}})
            .toJson(QJsonDocument::Compact));
    fault.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return fault;
}

SimulatorFault SimulatorFault::ofKind(Kind kind)
{
    SimulatorFault fault;
    fault.kind = kind;
    return fault;
}

SimulatorFault SimulatorFault::redirect(int status, const QUrl &to)
{
    SimulatorFault fault = httpStatus(status, QByteArray(), "text/plain; charset=utf-8");
    fault.headers.append({QByteArrayLiteral("Location"), to.toEncoded()});
    return fault;
}

SimulatorFault SimulatorFault::streamedBody(int status, qint64 size)
{
    SimulatorFault fault;
    fault.kind = Kind::StreamedBody;
    fault.status = status;
    fault.size = size;
    fault.contentType = "application/json";
    return fault;
}

void SimulatorFaults::perform(const SimulatorFault &fault, QHttpServerResponder &&responder, const SimulatorReply &real)
{
    const QPointer<QTcpSocket> socket = responder.socket();
    const auto later = [this](std::function<void()> action) {
        if (m_latency.count() <= 0)
            action();
        else
            QTimer::singleShot(m_latency, this, std::move(action));
    };

    switch (fault.kind) {
    case SimulatorFault::Kind::HttpStatus:
        deliver(std::move(responder), SimulatorReply{fault.status, fault.body, fault.contentType, fault.headers});
        return;
    case SimulatorFault::Kind::MalformedJson:
        deliver(std::move(responder),
                SimulatorReply{200, fault.body.isEmpty() ? garble(real.body) : fault.body, "application/json", {}});
        return;
    case SimulatorFault::Kind::WrongShape:
        deliver(std::move(responder),
                SimulatorReply{200, fault.body.isEmpty() ? reshape(real.body) : fault.body, "application/json", {}});
        return;
    case SimulatorFault::Kind::HugeBody:
        deliver(std::move(responder), SimulatorReply{200, hugeBody(fault.size, fault.body), "application/json", {}});
        return;
    case SimulatorFault::Kind::Hang:
        // Nothing is ever written; the client's timeout has to end it.
        return;
    case SimulatorFault::Kind::CloseConnection:
        later([socket] {
            if (socket)
                socket->abort();
        });
        return;
    case SimulatorFault::Kind::TruncatedBody:
        later([socket, real] {
            if (!connected(socket))
                return;
            const QByteArray body = real.body.isEmpty() ? QByteArrayLiteral("{\"metadata\":{}}") : real.body;
            socket->write(rawHead(real.status, real.contentType, real.headers, body.size()));
            socket->write(body.left(body.size() / 2));
            socket->disconnectFromHost(); // writes what is buffered, then closes
        });
        return;
    case SimulatorFault::Kind::StreamedBody: {
        const auto written = m_streamedBodyBytes;
        *written = 0;
        later([socket, fault, written] {
            if (!connected(socket))
                return;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(fault.status) + ' ' + reasonPhrase(fault.status) + "\r\n";
            head += "Content-Type: " + fault.contentType + "\r\n";
            for (const auto &[key, value] : fault.headers)
                head += key + ": " + value + "\r\n";
            head += "Transfer-Encoding: chunked\r\n\r\n";
            socket->write(head);
            // Each chunk goes out only when the socket has taken the one before: the body is
            // never in memory here, and what the client read is what went out.
            static constexpr qint64 ChunkSize = 64 * 1024;
            const QByteArray filler = fault.body.isEmpty()
                ? QByteArray(ChunkSize, 'x')
                : fault.body.repeated(int(ChunkSize / fault.body.size() + 1)).left(ChunkSize);
            auto queued = std::make_shared<qint64>(0); // body bytes handed to the socket
            const qint64 total = std::max<qint64>(0, fault.size);
            auto pump = [socket, filler, total, queued] {
                while (connected(socket) && socket->bytesToWrite() < 2 * ChunkSize && *queued < total) {
                    const qint64 n = std::min<qint64>(ChunkSize, total - *queued);
                    socket->write(QByteArray::number(n, 16) + "\r\n" + filler.left(n) + "\r\n");
                    *queued += n;
                }
                if (connected(socket) && *queued >= total && socket->property("streamEnded").isNull()) {
                    socket->setProperty("streamEnded", true);
                    socket->write("0\r\n\r\n");
                }
            };
            // Body bytes the socket has passed to the kernel: everything queued but what waits.
            QObject::connect(socket.data(), &QTcpSocket::bytesWritten, socket.data(), [socket, queued, written, pump] {
                if (!socket)
                    return;
                *written = std::max<qint64>(0, *queued - socket->bytesToWrite());
                pump();
            });
            pump();
        });
        return;
    }
    case SimulatorFault::Kind::SlowDrip: {
        const int chunk = std::max(1, fault.chunkSize);
        const auto interval = fault.interval;
        later([socket, real, chunk, interval] {
            if (!connected(socket))
                return;
            socket->write(rawHead(real.status, real.contentType, real.headers, real.body.size()));
            auto *timer = new QTimer(socket.data()); // dies with the connection
            auto offset = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket.data(), [timer, socket, real, chunk, offset] {
                if (!connected(socket) || *offset >= real.body.size()) {
                    timer->stop();
                    timer->deleteLater();
                    return;
                }
                socket->write(real.body.mid(*offset, chunk));
                *offset += chunk;
            });
            timer->start(interval);
        });
        return;
    }
    }
}

bool SimulatorFault::runsRequest() const
{
    return applyRequest || kind == Kind::MalformedJson || kind == Kind::TruncatedBody || kind == Kind::WrongShape
        || kind == Kind::SlowDrip;
}

SimulatorFaults::SimulatorFaults(QObject *parent)
    : QObject(parent)
{
}

void SimulatorFaults::setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
std::chrono::milliseconds SimulatorFaults::latency() const { return m_latency; }

void SimulatorFaults::inject(const SimulatorFault &fault)
{
    if (fault.count != 0)
        m_faults.append(fault);
}

void SimulatorFaults::clear() { m_faults.clear(); }
int SimulatorFaults::pending() const { return m_faults.size(); }
qint64 SimulatorFaults::streamedBodyBytes() const { return *m_streamedBodyBytes; }

std::optional<SimulatorFault> SimulatorFaults::take(const QByteArray &method, const QString &path)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        SimulatorFault &candidate = m_faults[i];
        if (!candidate.method.isEmpty() && candidate.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!candidate.path.isEmpty()) {
            const QRegularExpression pattern(candidate.path);
            const bool matches = pattern.isValid() ? pattern.match(path).hasMatch() : path.contains(candidate.path);
            if (!matches)
                continue;
        }
        const SimulatorFault fault = candidate;
        if (candidate.count > 0 && --candidate.count == 0)
            m_faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}


void SimulatorFaults::deliver(QHttpServerResponder &&responder, const SimulatorReply &reply)
{
    if (m_latency.count() <= 0) {
        writeReply(responder, reply.status, reply.contentType, reply.headers, reply.body);
        return;
    }
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(m_latency, this, [held, socket, reply] {
        if (connected(socket))
            writeReply(*held, reply.status, reply.contentType, reply.headers, reply.body);
    });
}
