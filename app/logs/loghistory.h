#pragma once

#include "app/api/apigeneration.h"
#include "app/api/apiresult.h"
#include "app/logs/logaccess.h"

#include <QList>
#include <QObject>
#include <QString>

class ApiTransport;

// One line of the log history: when (ns since the epoch), which replica, the text.
struct LogEntry
{
    qint64 timeNs = 0;
    QString replica;
    QString line;
};

// The log history, where the workspace offers it: GET /logs?deployment=<name> (new API:
// endpoint=<name>) &replica=&start=<ns>&end=<ns>&limit=&direction=backward&q=, answered
// Loki-shaped {"data":{"result":[{"stream":{...},"values":[["<ns>","<line>"],...]}]}}
// (SDK log.py). The answer is parsed on a worker thread; entries come back oldest first.
// A workspace without the route answers 404: the error's kind is NotFound (isNotOffered()).
class LogHistory : public QObject
{
    Q_OBJECT

public:
    struct Query
    {
        ApiGeneration generation = ApiGeneration::Legacy;
        QString name;
        QString replica;    // empty: every replica
        qint64 startNs = 0; // 0: no lower bound
        qint64 endNs = 0;   // 0: now
        int limit = 5000;   // the newest `limit` lines of the range
        QString search;     // q=: lines that contain it
    };

    explicit LogHistory(const LogAccess &access, QObject *parent = nullptr);

    // The transport the history (and the replica list) is read through.
    ApiTransport *transport() const { return m_transport; }

    void fetch(const Query &query, QObject *context, ApiCallback<QList<LogEntry>> done);

    // The query string, every value percent-encoded.
    static QString queryString(const Query &query);
    // False, with *why set, when `body` is not the Loki shape.
    static bool parse(const QByteArray &body, QList<LogEntry> *entries, QString *why);
    static bool isNotOffered(const ApiError &error);

private:
    ApiTransport *m_transport; // child
};
