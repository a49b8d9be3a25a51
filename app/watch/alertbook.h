#pragma once

#include "app/watch/alert.h"

#include <QList>
#include <QObject>

// The alerts of one console: the open ones and the most recent closed ones (at most
// recentLimit() closed alerts are kept, oldest dropped first), in the order they were raised.
// The AlertEngine raises and closes; the Alerts dock, the tray and the notifier read and
// listen. Lives on one thread (the GUI thread in the window, the main thread in the CLI).
class AlertBook : public QObject
{
    Q_OBJECT

public:
    explicit AlertBook(QObject *parent = nullptr);

    // Keeps `alert` (its id is set here; closedAt is cleared) and announces it. Returns the id.
    quint64 raise(Alert alert);
    // Closes the open alert `id` at `when`; false when there is no such open alert.
    bool close(quint64 id, const QDateTime &when);
    // Marks `id` acknowledged (it stays open until its condition ends); false when unknown.
    bool acknowledge(quint64 id);
    // Forgets every alert (another workspace was opened). Emits reset().
    void clear();

    const QList<Alert> &alerts() const { return m_alerts; }
    const Alert *find(quint64 id) const;
    // Open alerts that are problems (not good news) and not acknowledged: the tray's number.
    int openCount() const;

    int recentLimit() const { return m_recentLimit; }
    void setRecentLimit(int limit);

Q_SIGNALS:
    void alertRaised(const Alert &alert);
    void alertClosed(const Alert &alert);
    void alertAcknowledged(const Alert &alert);
    // Some alerts were dropped (recent limit) or all were cleared: read alerts() again.
    void reset();
    void openCountChanged(int count);

private:
    void trimClosed();
    void announceCount(int before);

    QList<Alert> m_alerts;
    quint64 m_nextId = 1;
    int m_recentLimit = 200;
};
