#include "app/simulator/simulatedobjects.h"

#include "app/simulator/simulatorjson.h"
#include "app/simulator/simulatorsettings.h"

#include <QJsonArray>
#include <QTimer>

using namespace SimulatorJson;

SimulatedObjects::SimulatedObjects(const QString &kind, NameOf nameOf, const SimulatorSettings &settings, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_nameOf(std::move(nameOf))
    , m_settings(settings)
{
}

void SimulatedObjects::set(const QList<QJsonObject> &objects)
{
    m_entries.clear();
    m_order.clear();
    for (const QJsonObject &object : objects) {
        const QString name = m_nameOf(object);
        if (name.isEmpty())
            continue;
        if (!m_entries.contains(name))
            m_order.append(name);
        m_entries.insert(name, Entry{object, m_nextGeneration++});
    }
}

QList<QJsonObject> SimulatedObjects::all() const
{
    QList<QJsonObject> list;
    list.reserve(m_order.size());
    for (const QString &name : m_order)
        list.append(m_entries.value(name).object);
    return list;
}

QJsonObject SimulatedObjects::get(const QString &name) const
{
    return m_entries.value(name).object;
}

void SimulatedObjects::put(const QJsonObject &object)
{
    const QString name = m_nameOf(object);
    if (name.isEmpty())
        return;
    if (!m_entries.contains(name))
        m_order.append(name);
    m_entries.insert(name, Entry{object, m_nextGeneration++});
    emit changed(name);
}

bool SimulatedObjects::remove(const QString &name)
{
    if (!m_entries.remove(name))
        return false;
    m_order.removeAll(name);
    emit removed(name);
    return true;
}

QJsonObject *SimulatedObjects::find(const QString &name)
{
    const auto it = m_entries.find(name);
    return it == m_entries.end() ? nullptr : &it->object;
}

void SimulatedObjects::startTransition(const QString &name, const QString &transitional, const QString &finalState)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    const quint64 generation = m_nextGeneration++;
    it->generation = generation;
    setAt(it->object, {QStringLiteral("status"), QStringLiteral("state")}, transitional);
    QTimer::singleShot(m_settings.transitionDelay, this, [this, name, generation, finalState] {
        const auto entry = m_entries.find(name);
        if (entry == m_entries.end() || entry->generation != generation)
            return;
        if (finalState.isNull()) {
            m_entries.erase(entry);
            m_order.removeAll(name);
            emit removed(name);
            return;
        }
        setAt(entry->object, {QStringLiteral("status"), QStringLiteral("state")}, finalState);
        emit changed(name);
    });
}

SimulatorReply SimulatedObjects::listReply() const
{
    QJsonArray list;
    for (const QString &name : m_order)
        list.append(m_entries.value(name).object);
    return SimulatorReply::json(list);
}

SimulatorReply SimulatedObjects::getReply(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return notFound(name);
    return SimulatorReply::json(it->object);
}

SimulatorReply SimulatedObjects::notFound(const QString &name) const
{
    return SimulatorReply::notFound(QStringLiteral("%1 %2 not found").arg(m_kind, name));
}

std::optional<SimulatorReply> SimulatedObjects::refuseChange(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return notFound(name);
    if (stateOf(it->object) == QLatin1String("Deleting"))
        return SimulatorReply::error(409, QStringLiteral("Conflict"), QStringLiteral("%1 %2 is being deleted").arg(m_kind, name));
    return std::nullopt;
}

void SimulatedObjects::stampModified(QJsonObject &object, const QString &by)
{
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("version"), metadata.value(QStringLiteral("version")).toInt() + 1);
    metadata.insert(QStringLiteral("last_modified_at"), nowMs());
    metadata.insert(QStringLiteral("last_modified_by"), by);
    object.insert(QStringLiteral("metadata"), metadata);
}
