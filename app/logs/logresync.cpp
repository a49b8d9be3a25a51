#include "app/logs/logresync.h"

#include <algorithm>

LogResync::LogResync(int capacity, int maxHeld)
    : m_capacity(std::max(1, capacity))
    , m_maxHeld(std::max(1, maxHeld))
{
}

void LogResync::shown(const QString &line)
{
    m_recent.enqueue(line);
    ++m_counts[line];
    m_last = line;
    while (m_recent.size() > m_capacity) {
        const QString old = m_recent.dequeue();
        auto it = m_counts.find(old);
        if (it != m_counts.end() && --it.value() <= 0)
            m_counts.erase(it);
    }
}

void LogResync::beginResync()
{
    m_resyncing = !m_recent.isEmpty();
}

QStringList LogResync::take(const QString &line)
{
    if (!m_resyncing) {
        shown(line);
        return {line};
    }
    if (line == m_last) {
        // The last line shown: the replay has caught up. What was held came before it.
        m_skipped += 1 + m_held.size();
        m_held.clear();
        m_resyncing = false;
        return {};
    }
    if (m_counts.contains(line)) {
        ++m_skipped;
        return {};
    }
    m_held.append(line);
    if (m_held.size() > m_maxHeld)
        return release();
    return {};
}

QStringList LogResync::release()
{
    m_resyncing = false;
    QStringList held;
    held.swap(m_held);
    for (const QString &line : std::as_const(held))
        shown(line);
    return held;
}

void LogResync::clear()
{
    m_recent.clear();
    m_counts.clear();
    m_last.clear();
    m_held.clear();
    m_resyncing = false;
    m_skipped = 0;
}
