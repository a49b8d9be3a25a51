#include "app/watch/alertbook.h"

AlertBook::AlertBook(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Alert>();
}

quint64 AlertBook::raise(Alert alert)
{
    const int before = openCount();
    alert.id = m_nextId++;
    alert.closedAt = QDateTime();
    m_alerts.append(alert);
    emit alertRaised(alert);
    announceCount(before);
    return alert.id;
}

bool AlertBook::close(quint64 id, const QDateTime &when)
{
    for (Alert &alert : m_alerts) {
        if (alert.id != id || !alert.isOpen())
            continue;
        const int before = openCount();
        alert.closedAt = when.isValid() ? when : QDateTime::currentDateTimeUtc();
        const Alert closed = alert;
        emit alertClosed(closed);
        announceCount(before);
        trimClosed();
        return true;
    }
    return false;
}

bool AlertBook::acknowledge(quint64 id)
{
    for (Alert &alert : m_alerts) {
        if (alert.id != id)
            continue;
        if (alert.acknowledged)
            return true;
        const int before = openCount();
        alert.acknowledged = true;
        const Alert acknowledged = alert;
        emit alertAcknowledged(acknowledged);
        announceCount(before);
        return true;
    }
    return false;
}

void AlertBook::clear()
{
    const int before = openCount();
    m_alerts.clear();
    emit reset();
    announceCount(before);
}

const Alert *AlertBook::find(quint64 id) const
{
    for (const Alert &alert : m_alerts) {
        if (alert.id == id)
            return &alert;
    }
    return nullptr;
}

int AlertBook::openCount() const
{
    int count = 0;
    for (const Alert &alert : m_alerts) {
        if (alert.isOpen() && !alert.isGoodNews() && !alert.acknowledged)
            ++count;
    }
    return count;
}

void AlertBook::setRecentLimit(int limit)
{
    m_recentLimit = qMax(0, limit);
    trimClosed();
}

void AlertBook::trimClosed()
{
    qsizetype closed = 0;
    for (const Alert &alert : m_alerts)
        closed += alert.isOpen() ? 0 : 1;
    if (closed <= m_recentLimit)
        return;
    qsizetype excess = closed - m_recentLimit;
    m_alerts.removeIf([&excess](const Alert &alert) {
        if (excess == 0 || alert.isOpen())
            return false;
        --excess;
        return true;
    });
    emit reset();
}

void AlertBook::announceCount(int before)
{
    const int now = openCount();
    if (now != before)
        emit openCountChanged(now);
}
