#pragma once

#include "app/api/apierror.h"
#include "app/logs/logaccess.h"
#include "app/logs/logresync.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Follows one replica's live log: GET {resource}/replicas/{rid}/log, plain text the server
// streams until it closes the connection.
//
// Requests carry what ApiTransport puts on every request (ApiRequestHeaders: bearer token,
// origin); redirects are never followed (the token stays with the workspace), and error
// messages are ApiError::fromHttpStatus's (the server's words, the token cut out). Bytes are cut into
// lines as they arrive: a line split across reads is put together, a UTF-8 character split
// across reads too; "\r\n" counts as one end of line.
//
// A connection that drops after the stream opened (reset, broken chunk, a 5xx or timeout on
// a reconnect) is tried again after a backoff that doubles from firstBackoff() to
// maxBackoff(); the new stream's replay of lines already shown is skipped (LogResync; lines
// never shown wait up to 2 s for the last line shown to come back before they count as new). A
// clean end by the server ends the reader (Ended), unless setReconnectOnEnd(true). Errors
// before the stream first opened, and 401/403/404 at any time, end it (Failed).
class LogStreamReader : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Streaming, Waiting, Ended, Failed };
    Q_ENUM(State)

    explicit LogStreamReader(const LogAccess &access, QObject *parent = nullptr);
    ~LogStreamReader() override;

    // The route under the workspace URL (LogRoutes::livePath).
    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path; }
    void setReconnectOnEnd(bool reconnect) { m_reconnectOnEnd = reconnect; }
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);
    std::chrono::milliseconds firstBackoff() const { return m_firstBackoff; }
    std::chrono::milliseconds maxBackoff() const { return m_maxBackoff; }

    // Opens the stream. `alreadyShown` (e.g. the history printed before) is skipped when the
    // stream's replay repeats it, as after a reconnect.
    void start(const QStringList &alreadyShown = QStringList());
    void stop(); // back to Idle; nothing more is emitted

    State state() const { return m_state; }
    // Reconnections since start(), and lines skipped as repeats of what was shown.
    int reconnects() const { return m_reconnects; }
    qint64 skippedRepeats() const { return m_resync.skipped(); }
    ApiError lastError() const { return m_lastError; }

Q_SIGNALS:
    // Complete lines, in order, without their line ends.
    void linesReceived(const QStringList &lines);
    // `message` says what is going on in the user's words ("Reconnecting in 2 s: ...").
    void stateChanged(LogStreamReader::State state, const QString &message);

private:
    void connectNow();
    void onReadyRead();
    void onFinished();
    void setState(State state, const QString &message);
    void retryLater(const QString &why);
    void takeLines(bool flushPartial);

    LogAccess m_access;
    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_answerTimer = nullptr;
    QTimer *m_releaseTimer = nullptr;
    QString m_path;
    State m_state = State::Idle;
    bool m_reconnectOnEnd = false;
    bool m_everOpened = false;
    bool m_timedOut = false;
    bool m_gotData = false;
    int m_reconnects = 0;
    std::chrono::milliseconds m_firstBackoff{500};
    std::chrono::milliseconds m_maxBackoff{15000};
    std::chrono::milliseconds m_backoff{500};
    QByteArray m_pending;   // bytes of a line not yet ended
    QByteArray m_errorBody; // the page of a non-2xx answer (bounded)
    LogResync m_resync;
    ApiError m_lastError;
};
