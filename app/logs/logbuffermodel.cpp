#include "app/logs/logbuffermodel.h"

#include <QTimer>

#include <algorithm>

LogBufferModel::LogBufferModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(50);
    connect(m_flushTimer, &QTimer::timeout, this, &LogBufferModel::flush);
}

int LogBufferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogBufferModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_lines.at(index.row());
    case Qt::AccessibleTextRole:
        return tr("Line %1: %2").arg(m_firstNumber + index.row()).arg(m_lines.at(index.row()));
    case LineNumberRole:
        return m_firstNumber + index.row();
    case MatchRole:
        return matches(m_lines.at(index.row()));
    default:
        return {};
    }
}

QHash<int, QByteArray> LogBufferModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LineNumberRole, "lineNumber");
    names.insert(MatchRole, "match");
    return names;
}

void LogBufferModel::setCapacity(int lines)
{
    m_capacity = std::max(1, lines);
    if (m_lines.size() > m_capacity)
        dropOldest(int(m_lines.size()) - m_capacity);
}

void LogBufferModel::setFlushInterval(int ms)
{
    m_flushTimer->setInterval(std::max(0, ms));
}

int LogBufferModel::flushInterval() const
{
    return m_flushTimer->interval();
}

void LogBufferModel::append(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    m_incoming += lines;
    // More than the buffer holds can wait for nobody: only the newest capacity() survive.
    if (m_incoming.size() > m_capacity)
        m_incoming.remove(0, m_incoming.size() - m_capacity);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void LogBufferModel::flush()
{
    m_flushTimer->stop();
    m_lastBatch = 0;
    if (m_incoming.isEmpty())
        return;
    QStringList batch;
    batch.swap(m_incoming);
    const qsizetype overflow = m_lines.size() + batch.size() - m_capacity;
    if (overflow > 0) {
        // Lines dropped from the queue itself never reached the view; count them as dropped.
        const qsizetype fromView = std::min<qsizetype>(overflow, m_lines.size());
        dropOldest(int(fromView));
    }
    const int first = int(m_lines.size());
    const int matched = m_search.isEmpty() ? 0 : int(std::count_if(batch.cbegin(), batch.cend(),
                                                                   [this](const QString &l) { return matches(l); }));
    beginInsertRows(QModelIndex(), first, first + int(batch.size()) - 1);
    m_lines += batch;
    endInsertRows();
    m_lastBatch = int(batch.size());
    if (matched > 0) {
        m_matchCount += matched;
        Q_EMIT matchCountChanged(m_matchCount);
    }
    Q_EMIT batchAppended(m_lastBatch);
}

void LogBufferModel::dropOldest(int count)
{
    if (count <= 0)
        return;
    const int lost = m_search.isEmpty() ? 0 : countMatches(0, count);
    beginRemoveRows(QModelIndex(), 0, count - 1);
    m_lines.remove(0, count);
    m_firstNumber += count;
    endRemoveRows();
    if (lost > 0) {
        m_matchCount -= lost;
        Q_EMIT matchCountChanged(m_matchCount);
    }
}

void LogBufferModel::clear()
{
    m_flushTimer->stop();
    m_incoming.clear();
    beginResetModel();
    m_lines.clear();
    m_firstNumber = 1;
    endResetModel();
    m_lastBatch = 0;
    if (m_matchCount != 0) {
        m_matchCount = 0;
        Q_EMIT matchCountChanged(0);
    }
}

bool LogBufferModel::matches(const QString &line) const
{
    return !m_search.isEmpty() && line.contains(m_search, Qt::CaseInsensitive);
}

int LogBufferModel::countMatches(qsizetype from, qsizetype to) const
{
    int count = 0;
    for (qsizetype i = from; i < to && i < m_lines.size(); ++i)
        count += matches(m_lines.at(i)) ? 1 : 0;
    return count;
}

void LogBufferModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_matchCount = countMatches(0, m_lines.size());
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1), {MatchRole});
    Q_EMIT matchCountChanged(m_matchCount);
}

int LogBufferModel::findNext(int from, bool backwards) const
{
    const int rows = int(m_lines.size());
    if (m_search.isEmpty() || rows == 0 || m_matchCount == 0)
        return -1;
    from = std::clamp(from, 0, rows - 1);
    for (int step = 0; step < rows; ++step) {
        const int row = backwards ? (from - step + rows) % rows : (from + step) % rows;
        if (matches(m_lines.at(row)))
            return row;
    }
    return -1;
}
