#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

// The objects of one simulated kind, by name, in the order the list route returns them, each
// with a generation number. A transition remembers the generation it started under; storing,
// replacing or renewing an entry gives it a new one, so a timer from an older change finds it
// moved on and does nothing. Every kind (deployments, endpoints, dev pods, Ray clusters) keeps
// its entries here and adds only its own per-entry state: `Entry` needs the members `object`
// (QJsonObject) and `generation` (quint64).
template <typename Entry>
class SimulatedEntries
{
public:
    void clear()
    {
        m_entries.clear();
        m_order.clear();
    }
    void reserve(qsizetype size) { m_entries.reserve(size); }

    // Stores `entry` under `name` with a fresh generation; a new name goes to the end.
    Entry &store(const QString &name, Entry entry)
    {
        if (!m_entries.contains(name))
            m_order.append(name);
        entry.generation = m_nextGeneration++;
        return *m_entries.insert(name, std::move(entry));
    }

    bool remove(const QString &name)
    {
        if (!m_entries.remove(name))
            return false;
        m_order.removeAll(name);
        return true;
    }

    Entry *find(const QString &name)
    {
        const auto it = m_entries.find(name);
        return it == m_entries.end() ? nullptr : &*it;
    }
    const Entry *find(const QString &name) const
    {
        const auto it = m_entries.constFind(name);
        return it == m_entries.constEnd() ? nullptr : &*it;
    }
    bool contains(const QString &name) const { return m_entries.contains(name); }

    const QStringList &names() const { return m_order; }
    // The object stored under `name`; empty when there is none.
    QJsonObject object(const QString &name) const
    {
        const Entry *entry = find(name);
        return entry ? entry->object : QJsonObject();
    }
    QList<QJsonObject> objects() const
    {
        QList<QJsonObject> list;
        list.reserve(m_order.size());
        for (const QString &name : m_order)
            list.append(m_entries.value(name).object);
        return list;
    }
    // The list route's body: every object in order, as `onTheWire` shows it (as stored when empty).
    QJsonArray array(const std::function<QJsonObject(const QJsonObject &)> &onTheWire = {}) const
    {
        QJsonArray list;
        for (const QString &name : m_order) {
            const QJsonObject &object = m_entries.value(name).object;
            list.append(onTheWire ? onTheWire(object) : object);
        }
        return list;
    }

    // Iterates the entries (in no particular order).
    auto begin() const { return m_entries.cbegin(); }
    auto end() const { return m_entries.cend(); }

    // Starts a new transition of `entry`: returns the generation a later finish must still find.
    quint64 renew(Entry &entry) { return entry.generation = m_nextGeneration++; }

    // After `delay`, runs `finish(entry)` if the entry named `name` still has `generation`
    // (nothing replaced, removed or renewed it meanwhile). `context` dying cancels it.
    void finishLater(QObject *context, std::chrono::milliseconds delay, const QString &name, quint64 generation,
                     std::function<void(Entry &)> finish)
    {
        QTimer::singleShot(delay, context, [this, name, generation, finish = std::move(finish)] {
            Entry *entry = find(name);
            if (entry && entry->generation == generation)
                finish(*entry);
        });
    }

private:
    QStringList m_order;
    QHash<QString, Entry> m_entries;
    quint64 m_nextGeneration = 1;
};
