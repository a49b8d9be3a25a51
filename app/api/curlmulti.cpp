#include "app/api/curlmulti.h"

#include <QSocketNotifier>

#include <mutex>

namespace {

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

void retire(QSocketNotifier *&notifier)
{
    if (!notifier)
        return;
    // It may be the one whose signal is being handled right now: not deleted under it.
    notifier->setEnabled(false);
    notifier->deleteLater();
    notifier = nullptr;
}

} // namespace

CurlMulti::CurlMulti(QObject *parent)
    : QObject(parent)
{
    initialiseCurlOnce();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocketRequest);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimerRequest);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
}

CurlMulti::~CurlMulti()
{
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
        curl_multi_remove_handle(m_multi, it.key());
    m_running.clear();
    curl_multi_cleanup(m_multi);
    // The socket notifiers are children: QObject deletes them.
}

void CurlMulti::start(CURL *easy, Finished finished)
{
    m_running.insert(easy, std::move(finished));
    // libcurl asks for a timer at once (onTimerRequest) and starts from there.
    curl_multi_add_handle(m_multi, easy);
}

void CurlMulti::remove(CURL *easy)
{
    if (m_running.remove(easy))
        curl_multi_remove_handle(m_multi, easy);
}

int CurlMulti::onSocketRequest(CURL *, curl_socket_t socket, int what, void *self, void *)
{
    static_cast<CurlMulti *>(self)->watch(socket, what);
    return 0;
}

int CurlMulti::onTimerRequest(CURLM *, long timeoutMs, void *self)
{
    auto *multi = static_cast<CurlMulti *>(self);
    if (timeoutMs < 0)
        multi->m_timer.stop();
    else
        multi->m_timer.start(int(timeoutMs)); // 0: as soon as the event loop runs, never from here
    return 0;
}

void CurlMulti::watch(curl_socket_t socket, int what)
{
    Watch &w = m_watches[socket];
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (what == CURL_POLL_REMOVE || !wantRead)
        retire(w.read);
    if (what == CURL_POLL_REMOVE || !wantWrite)
        retire(w.write);
    if (what == CURL_POLL_REMOVE) {
        m_watches.remove(socket);
        return;
    }
    if (wantRead && !w.read) {
        w.read = new QSocketNotifier(qintptr(socket), QSocketNotifier::Read, this);
        connect(w.read, &QSocketNotifier::activated, this, [this, socket] { act(socket, CURL_CSELECT_IN); });
    }
    if (wantWrite && !w.write) {
        w.write = new QSocketNotifier(qintptr(socket), QSocketNotifier::Write, this);
        connect(w.write, &QSocketNotifier::activated, this, [this, socket] { act(socket, CURL_CSELECT_OUT); });
    }
}

void CurlMulti::act(curl_socket_t socket, int events)
{
    int stillRunning = 0;
    curl_multi_socket_action(m_multi, socket, events, &stillRunning);
    collectFinished();
}

void CurlMulti::collectFinished()
{
    // Taken out first: a callback may start (or remove) other transfers.
    QList<std::pair<Finished, CURLcode>> done;
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL *easy = message->easy_handle;
        const CURLcode result = message->data.result;
        curl_multi_remove_handle(m_multi, easy);
        if (Finished finished = m_running.take(easy))
            done.append({std::move(finished), result});
    }
    for (auto &[finished, result] : done)
        finished(result);
}
