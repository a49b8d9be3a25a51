#pragma once

#include "app/simulator/simulatorreply.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <memory>

class QTcpSocket;
class QTimer;

// The simulated workspace's logs: one growing log per replica, served two ways.
//
//   GET .../replicas/{rid}/log   text/plain, chunked, streamed until the server closes: first
//                                the replica's last replayLines() lines (as `kubectl logs -f`
//                                replays), then new lines at linesPerSecond() for as long as the
//                                connection lasts (or until streamLineLimit() new lines, then
//                                the server ends the body cleanly).
//   GET /logs?deployment=|endpoint=<name>&replica=&start=<ns>&end=<ns>&limit=&direction=&q=
//                                the history, Loki-shaped: {"status":"success","data":
//                                {"resultType":"streams","result":[{"stream":{...},
//                                "values":[["<ns>","<line>"],...]}]}}; 404 when
//                                setHistoryOffered(false), as a workspace without it answers.
//
// A replica's log starts from the kind's static log text (its seed) the first time it is
// asked for. Every line carries a sequence number, so lines are unique and tests can count.
// Lives on the simulator's thread; not thread-safe.
class SimulatedLogs : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedLogs(QObject *parent = nullptr);
    ~SimulatedLogs() override;

    // New lines per second on each replica with an open stream (default 2; 0: none, the
    // stream stays open and quiet after the replay).
    void setLinesPerSecond(int rate);
    int linesPerSecond() const { return m_rate; }
    // Lines replayed when a stream opens (default 200).
    void setReplayLines(int lines) { m_replay = lines; }
    int replayLines() const { return m_replay; }
    // After this many new lines a stream ends cleanly (terminating chunk); 0 (default): never.
    void setStreamLineLimit(int lines) { m_streamLimit = lines; }
    // Each write ends in the middle of a line, the rest following with the next write (at the
    // next tick): how a client's reads cut lines on a real network (default off).
    void setSplitLines(bool split) { m_split = split; }
    // Whether GET /logs exists (default true).
    void setHistoryOffered(bool offered) { m_historyOffered = offered; }
    bool historyOffered() const { return m_historyOffered; }

    // Streams open now, and streams opened since the simulator started.
    int openStreams() const;
    int streamsOpened() const { return m_streamsOpened; }
    // Cuts every open stream as a dropped connection does (socket aborted mid-body).
    void cutStreams();
    // Appends a line to a replica's log now (open streams of it get it at once).
    void appendLine(const QString &resource, const QString &replica, const QString &text);
    // A replica's log so far, oldest first, without times.
    QStringList lines(const QString &resource, const QString &replica) const;

    // The live route: `seed` is the kind's answer for the replica (its static text); an error
    // answer (unknown name or replica) comes back as it is, else an answer that streams.
    SimulatorReply streamReply(const QString &resource, const QString &replica, const SimulatorReply &seed);
    // The history route. `nameKey` is "deployment" or "endpoint"; `replicas` lists the
    // resource's replica ids (an empty list and no such resource: 404 from `missing`);
    // `seedFor` gives the kind's static text of one replica.
    SimulatorReply historyReply(const QUrlQuery &query, const QString &nameKey,
                                const std::function<std::optional<QStringList>(const QString &)> &replicas,
                                const std::function<SimulatorReply(const QString &, const QString &)> &seedFor);

signals:
    void streamOpened(const QString &resource, const QString &replica);

private:
    struct Line
    {
        qint64 ns = 0;
        QString text;
    };
    struct ReplicaLog
    {
        QString resource;
        QString replica;
        QList<Line> lines;
        qint64 sequence = 0;
        QList<QPointer<QTcpSocket>> streams;
        QTimer *timer = nullptr;
        double owed = 0; // fractional lines carried between ticks
        QByteArray held;   // the end of a line split off the last write (setSplitLines)
    };

    ReplicaLog &logOf(const QString &resource, const QString &replica, const SimulatorReply &seed);
    void open(ReplicaLog &log, QTcpSocket *socket);
    void tick(ReplicaLog &log);
    void write(ReplicaLog &log, const QStringList &texts);
    void restartTimers();

    QHash<QString, std::shared_ptr<ReplicaLog>> m_logs; // key: resource + '/' + replica
    int m_rate = 2;
    int m_replay = 200;
    int m_streamLimit = 0;
    bool m_historyOffered = true;
    bool m_split = false;
    int m_streamsOpened = 0;
};
