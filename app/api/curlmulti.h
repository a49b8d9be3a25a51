#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <curl/curl.h>

#include <functional>

class QSocketNotifier;

// libcurl's multi interface on this thread's Qt event loop: the sockets libcurl asks to be
// watched become QSocketNotifiers and its timeout a QTimer, so transfers run with no thread
// and no polling. libcurl (not Qt's HTTP stack) carries the console's requests because it
// hands every byte of a body to the caller as it arrives, whatever the status: Qt 6.4 reads
// a 401 or 407 page whole before it emits anything for it, which no size limit can stop.
class CurlMulti : public QObject
{
    Q_OBJECT

public:
    // What became of a transfer: libcurl's result code.
    using Finished = std::function<void(CURLcode result)>;

    explicit CurlMulti(QObject *parent = nullptr);
    // Transfers still running are dropped without their callbacks.
    ~CurlMulti() override;

    // Starts `easy` (configured, still owned by the caller, who must not free it before
    // `finished` ran or remove() was called). `finished` runs once, from the event loop.
    void start(CURL *easy, Finished finished);
    // Stops `easy` without calling its callback. Nothing happens for a handle not running.
    void remove(CURL *easy);
    QList<CURL *> running() const { return m_running.keys(); }

private:
    static int onSocketRequest(CURL *easy, curl_socket_t socket, int what, void *self, void *socketData);
    static int onTimerRequest(CURLM *multi, long timeoutMs, void *self);
    void watch(curl_socket_t socket, int what);
    void act(curl_socket_t socket, int events);
    void collectFinished();

    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    CURLM *m_multi = nullptr;
    QTimer m_timer;
    QHash<curl_socket_t, Watch> m_watches;
    QHash<CURL *, Finished> m_running;
};
