#pragma once

#include <QHash>
#include <QQueue>
#include <QString>
#include <QStringList>

// Keeps a reconnected live log from showing a line twice.
//
// The log route replays the replica's recent lines when a stream opens (as `kubectl logs -f`
// does), so after a drop the new stream starts with lines already shown, and perhaps with
// older lines before them. This remembers the last capacity() lines shown. After
// beginResync(), incoming lines that were shown are skipped and lines never shown are held,
// until the last line shown comes back: then what was held is dropped (it was older than what
// we remember) and everything after it is new. When it does not come back (the replica's log
// started afresh, or rotated), release() gives the held lines as new; the reader calls it
// after a short wait, and take() does when more than maxHeld() are held. Log lines carry
// times, so they are practically unique; a replica that prints the same line without a time
// right after a reconnect may lose those repeats.
class LogResync
{
public:
    explicit LogResync(int capacity = 5000, int maxHeld = 20000);

    // A line was shown.
    void shown(const QString &line);
    // The stream reconnected: the next lines may repeat what was shown.
    void beginResync();
    bool resyncing() const { return m_resyncing; }
    bool holding() const { return !m_held.isEmpty(); }
    // The lines to show now for one incoming line (none, it, or what was held and it).
    QStringList take(const QString &line);
    // Ends the resync: the held lines are new after all.
    QStringList release();
    // Lines skipped as repeats (or as older than a repeat) since the last clear().
    qint64 skipped() const { return m_skipped; }
    int capacity() const { return m_capacity; }
    int maxHeld() const { return m_maxHeld; }
    void clear();

private:
    int m_capacity;
    int m_maxHeld;
    QQueue<QString> m_recent;
    QHash<QString, int> m_counts;
    QString m_last;
    QStringList m_held;
    bool m_resyncing = false;
    qint64 m_skipped = 0;
};
