#include "app/simulator/simulatedlogs.h"

#include "app/simulator/simulatorjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <limits>

using SimulatorJson::isoTime;
using SimulatorJson::nowMs;

namespace {

constexpr int MaxLinesKept = 200000; // per replica: the oldest go first

bool connected(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

void writeChunk(QTcpSocket *socket, const QByteArray &data)
{
    if (!data.isEmpty())
        socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000LL;
}

// The time at the start of a seed line ("2026-12-08T00:12:03Z INFO ..."), in ns; `fallback`
// when it has none.
qint64 leadingTimeNs(const QString &line, qint64 fallback)
{
    const QDateTime time = QDateTime::fromString(line.section(QLatin1Char(' '), 0, 0), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() * 1000000LL : fallback;
}

} // namespace

SimulatedLogs::SimulatedLogs(QObject *parent)
    : QObject(parent)
{
}

SimulatedLogs::~SimulatedLogs()
{
    // The sockets belong to the HTTP server; only the timers are ours (children).
}

void SimulatedLogs::setLinesPerSecond(int rate)
{
    m_rate = std::max(0, rate);
    restartTimers();
}

int SimulatedLogs::openStreams() const
{
    int open = 0;
    for (const auto &log : m_logs) {
        for (const QPointer<QTcpSocket> &socket : log->streams)
            open += connected(socket) ? 1 : 0;
    }
    return open;
}

void SimulatedLogs::cutStreams()
{
    for (const auto &log : std::as_const(m_logs)) {
        const QList<QPointer<QTcpSocket>> streams = log->streams;
        log->streams.clear();
        log->held.clear();
        for (const QPointer<QTcpSocket> &socket : streams) {
            if (socket)
                socket->abort();
        }
        if (log->timer)
            log->timer->stop();
    }
}

QStringList SimulatedLogs::lines(const QString &resource, const QString &replica) const
{
    QStringList texts;
    if (const auto log = m_logs.value(resource + QLatin1Char('/') + replica)) {
        for (const Line &line : log->lines)
            texts.append(line.text);
    }
    return texts;
}

SimulatedLogs::ReplicaLog &SimulatedLogs::logOf(const QString &resource, const QString &replica, const SimulatorReply &seed)
{
    const QString key = resource + QLatin1Char('/') + replica;
    auto &slot = m_logs[key];
    if (!slot) {
        slot = std::make_shared<ReplicaLog>();
        slot->resource = resource;
        slot->replica = replica;
        const qint64 start = nowNs();
        const QStringList texts = QString::fromUtf8(seed.body).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &text : texts)
            slot->lines.append(Line{leadingTimeNs(text, start), text});
    }
    return *slot;
}

void SimulatedLogs::appendLine(const QString &resource, const QString &replica, const QString &text)
{
    ReplicaLog &log = logOf(resource, replica, SimulatorReply{});
    write(log, {text});
}

SimulatorReply SimulatedLogs::streamReply(const QString &resource, const QString &replica, const SimulatorReply &seed)
{
    if (seed.status != 200)
        return seed;
    ReplicaLog &log = logOf(resource, replica, seed);
    SimulatorReply reply;
    reply.contentType = "text/plain; charset=utf-8";
    const QString key = resource + QLatin1Char('/') + replica;
    reply.stream = [this, key](QTcpSocket *socket) {
        if (const auto found = m_logs.value(key))
            open(*found, socket);
    };
    Q_UNUSED(log);
    return reply;
}

void SimulatedLogs::open(ReplicaLog &log, QTcpSocket *socket)
{
    if (!connected(socket))
        return;
    ++m_streamsOpened;
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n");
    QByteArray replay;
    for (qsizetype i = std::max<qsizetype>(0, log.lines.size() - m_replay); i < log.lines.size(); ++i)
        replay += log.lines.at(i).text.toUtf8() + '\n';
    writeChunk(socket, replay);
    socket->setProperty("logLinesLeft", m_streamLimit > 0 ? m_streamLimit : -1);
    log.streams.append(socket);
    if (!log.timer) {
        log.timer = new QTimer(this);
        log.timer->setTimerType(Qt::PreciseTimer);
        connect(log.timer, &QTimer::timeout, this, [this, key = log.resource + QLatin1Char('/') + log.replica] {
            if (const auto found = m_logs.value(key))
                tick(*found);
        });
    }
    if (!log.timer->isActive() && m_rate > 0) {
        log.owed = 0;
        log.timer->start(m_rate >= 50 ? 20 : 1000 / m_rate);
    }
    emit streamOpened(log.resource, log.replica);
}

void SimulatedLogs::restartTimers()
{
    for (const auto &log : std::as_const(m_logs)) {
        if (!log->timer)
            continue;
        log->timer->stop();
        if (m_rate > 0 && !log->streams.isEmpty())
            log->timer->start(m_rate >= 50 ? 20 : 1000 / m_rate);
    }
}

void SimulatedLogs::tick(ReplicaLog &log)
{
    log.streams.removeIf([](const QPointer<QTcpSocket> &socket) { return !connected(socket); });
    if (log.streams.isEmpty()) {
        log.timer->stop();
        log.held.clear();
        return;
    }
    log.owed += double(m_rate) * log.timer->interval() / 1000.0;
    const int count = int(log.owed);
    log.owed -= count;
    QStringList texts;
    texts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qint64 sequence = log.sequence + i + 1;
        texts.append(QStringLiteral("%1 INFO %2 request %3: \"POST /v1/chat/completions HTTP/1.1\" 200 OK (%4 ms)")
                         .arg(isoTime(nowMs()), log.replica)
                         .arg(sequence)
                         .arg(120 + (sequence * 37) % 900));
    }
    if (!texts.isEmpty())
        write(log, texts);
}

void SimulatedLogs::write(ReplicaLog &log, const QStringList &texts)
{
    const qint64 ns = nowNs();
    QByteArray data = log.held;
    log.held.clear();
    for (const QString &text : texts) {
        log.lines.append(Line{ns, text});
        data += text.toUtf8() + '\n';
    }
    log.sequence += texts.size();
    if (log.lines.size() > MaxLinesKept)
        log.lines.remove(0, log.lines.size() - MaxLinesKept);
    if (m_split && data.size() > 2) {
        // Cut inside the last line: the client must put it together from two reads.
        const qsizetype lastStart = data.lastIndexOf('\n', data.size() - 2) + 1;
        const qsizetype cut = lastStart + (data.size() - lastStart) / 2;
        log.held = data.mid(cut);
        data.truncate(cut);
    }
    for (const QPointer<QTcpSocket> &socket : std::as_const(log.streams)) {
        if (!connected(socket))
            continue;
        writeChunk(socket, data);
        const int left = socket->property("logLinesLeft").toInt();
        if (left > 0) {
            const int now = std::max(0, left - int(texts.size()));
            socket->setProperty("logLinesLeft", now);
            if (now == 0) {
                // The server ends the log: the rest of a split line, the last chunk, then close.
                writeChunk(socket, log.held);
                socket->write("0\r\n\r\n");
                socket->disconnectFromHost();
            }
        }
    }
}

SimulatorReply SimulatedLogs::historyReply(const QUrlQuery &query, const QString &nameKey,
                                           const std::function<std::optional<QStringList>(const QString &)> &replicas,
                                           const std::function<SimulatorReply(const QString &, const QString &)> &seedFor)
{
    if (!m_historyOffered)
        return SimulatorReply::noRoute();
    const QString name = query.queryItemValue(nameKey);
    if (name.isEmpty())
        return SimulatorReply::invalid(QStringLiteral("%1 is required").arg(nameKey));
    const std::optional<QStringList> ids = replicas(name);
    if (!ids)
        return SimulatorReply::notFound(QStringLiteral("%1 not found").arg(name));
    const QString onlyReplica = query.queryItemValue(QStringLiteral("replica"));
    bool ok = false;
    const qint64 start = query.queryItemValue(QStringLiteral("start")).toLongLong(&ok);
    const qint64 from = ok ? start : 0;
    const qint64 endValue = query.queryItemValue(QStringLiteral("end")).toLongLong(&ok);
    const qint64 to = ok ? endValue : std::numeric_limits<qint64>::max();
    const int limitValue = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    const int limit = ok && limitValue > 0 ? limitValue : 5000;
    const bool backward = query.queryItemValue(QStringLiteral("direction")) != QLatin1String("forward");
    const QString needle = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);

    QJsonArray result;
    for (const QString &id : *ids) {
        if (!onlyReplica.isEmpty() && id != onlyReplica)
            continue;
        const ReplicaLog &log = logOf(name, id, seedFor(name, id));
        QList<const Line *> picked;
        for (const Line &line : log.lines) {
            if (line.ns >= from && line.ns <= to && (needle.isEmpty() || line.text.contains(needle)))
                picked.append(&line);
        }
        // Loki's limit keeps the newest (backward) or the oldest (forward) entries.
        if (picked.size() > limit)
            picked = backward ? picked.mid(picked.size() - limit) : picked.mid(0, limit);
        if (backward)
            std::reverse(picked.begin(), picked.end());
        QJsonArray values;
        for (const Line *line : std::as_const(picked))
            values.append(QJsonArray{QString::number(line->ns), line->text});
        result.append(QJsonObject{{QStringLiteral("stream"), QJsonObject{{QStringLiteral("replica"), id},
                                                                        {nameKey, name}}},
                                  {QStringLiteral("values"), values}});
    }
    return SimulatorReply::json(QJsonObject{
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("resultType"), QStringLiteral("streams")},
                                             {QStringLiteral("result"), result}}}});
}
