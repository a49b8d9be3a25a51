#pragma once

#include <QAbstractListModel>
#include <QStringList>

class QTimer;

// The lines of a log on screen, bounded: at most capacity() lines, the oldest dropped first.
//
// Lines given to append() are queued and land in one batch per flushInterval() (one
// rowsInserted, one rowsRemoved), so a stream of thousands of lines a second costs the view
// a few updates a second, not one per line. A search (case-insensitive text) marks the lines
// that contain it (MatchRole) and keeps their count as lines come and go; findNext() walks
// from one hit to the next.
class LogBufferModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { LineNumberRole = Qt::UserRole + 1, MatchRole };

    static constexpr int DefaultCapacity = 100000;

    explicit LogBufferModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCapacity(int lines); // drops the oldest at once when there are more
    int capacity() const { return m_capacity; }
    void setFlushInterval(int ms);
    int flushInterval() const;

    // Queues lines; they appear with the next flush.
    void append(const QStringList &lines);
    // Applies what is queued now (tests, and before a save).
    void flush();
    void clear();
    int queued() const { return int(m_incoming.size()); }

    QString line(int row) const { return m_lines.value(row); }
    QStringList lines() const { return m_lines; } // shared, not copied
    // Lines ever appended, and lines dropped off the top to stay within capacity().
    qint64 appendedCount() const { return m_firstNumber + m_lines.size() - 1; }
    qint64 droppedCount() const { return m_firstNumber - 1; }
    // Rows appended by the last flush (0 when none).
    int lastBatchSize() const { return m_lastBatch; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    bool matches(const QString &line) const;
    int matchCount() const { return m_matchCount; }
    // The next row at or after `from` (before, when backwards) whose line matches, wrapping
    // around; -1 when none does.
    int findNext(int from, bool backwards = false) const;

Q_SIGNALS:
    // After each flush that added rows: `rows` new ones at the end.
    void batchAppended(int rows);
    void matchCountChanged(int count);

private:
    void dropOldest(int count);
    int countMatches(qsizetype from, qsizetype to) const;

    QStringList m_lines;
    QStringList m_incoming;
    QTimer *m_flushTimer = nullptr;
    int m_capacity = DefaultCapacity;
    qint64 m_firstNumber = 1; // the line number of row 0
    int m_lastBatch = 0;
    QString m_search;
    int m_matchCount = 0;
};
